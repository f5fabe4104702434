// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageident.h"
#include "package/supervisorpackages.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace habmesos {

class KeyCache;
class PackageRepository;

// What must come from Builder before a package can be exported or inspected here: the package
// when no release that satisfies it is here; otherwise each member of its TDEPS that is not here.
// With the Supervisor's packages, the same for each (chef/<name>, else core/<name>, when the
// operator named none). Everything already here is used as it is, without asking Builder: a
// package built on this machine and never uploaded exports as before.
struct FetchPlan
{
    struct Request
    {
        QList<PackageIdent> candidates; // tried in order until Builder has one (chef/, then core/)
        QString channel; // empty: the one the operator chose
        QString why; // for messages: "the Supervisor's hab-sup", "required by acme/app/1.0/2024…"
    };
    QList<Request> requests;

    bool isEmpty() const { return requests.isEmpty(); }

    // `package`: an ident, or a .hart path (then only its missing dependencies). `supervisor`: null when
    // no Supervisor is exported (inspect). `supervisorChannel`: where Habitat's exporters take the
    // Supervisor's packages from (--base-pkgs-channel, default base).
    static Result<FetchPlan> of(const PackageRepository& repository, const KeyCache& keys, const QString& package,
        const SupervisorPackages* supervisor, const QString& supervisorChannel = QStringLiteral("base"));

    Q_DECLARE_TR_FUNCTIONS(habmesos::FetchPlan) // last: it ends in "private:"
};

} // namespace habmesos
