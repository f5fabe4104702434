// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageident.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace habmesos {

class PackageRepository;
struct PackageClosure;

// What a package's closure lacks, said in one line: the first few dependencies named, each with
// the packages that require it and, when it is present only for other targets, which ones; the
// rest counted. The export, `habmesos inspect` and the window all say it with this, so thousands
// of missing dependencies never make one line of hundreds of kilobytes.
class MissingDependencies
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::MissingDependencies)
public:
    static constexpr int Named = 5; // dependencies named; the others are counted
    static constexpr int RequirersNamed = 3; // packages named as requiring one

    struct Dependency
    {
        PackageIdent ident;
        QList<PackageIdent> requiredBy;
        // The targets it is present for when it is not present for the one needed; whether those
        // copies are installed packages rather than artifacts.
        QStringList otherTargets;
        bool otherTargetsInstalled = false;
    };

    // `ident` as `repository` has it: its copies for other targets than `target`, if any.
    static Dependency locate(const PackageIdent& ident, const QList<PackageIdent>& requiredBy,
        const PackageRepository& repository, const QString& target);
    // The missing dependencies of a resolved closure (ClosureResolver reports a copy for another
    // target as a member of the wrong target, not as missing).
    static QList<Dependency> of(const PackageClosure& closure);

    // "core/a/1/20200101000000 (required by acme/app/1/20200101000000)", or for one present for
    // other targets only, "core/b/… is in the artifact cache only for aarch64-linux, but
    // x86_64-linux is needed (required by …)".
    static QString describe(const Dependency& dependency, const QString& neededTarget);
    // "missing dependencies (<n>): <the first Named, described> … and <n - Named> more; looked in
    // <lookedIn>" (without the last part when `lookedIn` is empty).
    static QString summary(const QList<Dependency>& missing, const QString& neededTarget, const QString& lookedIn = {});
    // The same when only the first few were located: `total` is how many are missing in all.
    static QString summary(
        const QList<Dependency>& firstFew, qsizetype total, const QString& neededTarget, const QString& lookedIn = {});
};

} // namespace habmesos
