// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "builder/buildersettings.h"
#include "builder/closuredownloader.h"
#include "builder/fetchplan.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QTextStream;

namespace habmesos {

// The headless commands' way to Builder: closures downloaded one request after another on a local
// event loop, progress on standard error when it is a terminal, and one line per request saying
// what came from where. (The window runs ClosureDownloader on its own event loop.)
class BuilderFetch
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::BuilderFetch)
public:
    struct Where
    {
        QString artifactCache; // empty: hab's
        QString keyCache;
        // Also present: what the local repository holds under other names or installed.
        std::function<bool(const PackageIdent&)> alsoPresent;
    };

    BuilderFetch(BuilderSettings settings, Where where, QTextStream& err, QString program, bool progressToTerminal);

    // One closure; `channel` empty: the settings'. Candidates are tried in order while Builder
    // answers "not found".
    Result<ClosureDownloader::Outcome> fetch(
        const QList<PackageIdent>& candidates, const QString& channel, const QString& why);
    // Every request of a plan; the first failure ends it.
    Status run(const FetchPlan& plan);

private:
    Result<QList<ClosureDownloader::Outcome>> runRequests(const QList<FetchPlan::Request>& requests, bool skipPresent);

    BuilderSettings m_settings;
    Where m_where;
    QTextStream& m_err;
    QString m_program;
    bool m_progressToTerminal;
};

} // namespace habmesos
