// SPDX-License-Identifier: Apache-2.0
#include "cli/builderfetch.h"

#include "builder/builderclient.h"
#include "builder/fetchqueue.h"
#include "cli/subcommand.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>

namespace habmesos {

BuilderFetch::BuilderFetch(
    BuilderSettings settings, Where where, QTextStream& err, QString program, bool progressToTerminal)
    : m_settings(std::move(settings))
    , m_where(std::move(where))
    , m_err(err)
    , m_program(std::move(program))
    , m_progressToTerminal(progressToTerminal)
{ }

Result<QList<ClosureDownloader::Outcome>> BuilderFetch::runRequests(
    const QList<FetchPlan::Request>& requests, bool skipPresent)
{
    BuilderClient::Options clientOptions;
    clientOptions.settings = m_settings;
    // hab's socket timeout override (habitat http-client/src/api_client.rs).
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("HAB_CLIENT_SOCKET_TIMEOUT", &ok);
    if (ok && seconds > 0)
        clientOptions.timeoutMs = seconds * 1000;
    BuilderClient client(clientOptions);
    ClosureDownloader::Options options;
    options.artifactCache = m_where.artifactCache;
    options.keyCache = m_where.keyCache;
    options.alsoPresent = m_where.alsoPresent;

    FetchQueue queue(&client, options);
    QEventLoop loop;
    QObject::connect(&queue, &FetchQueue::finished, &loop, &QEventLoop::quit);
    QObject::connect(&queue, &FetchQueue::fetching, &loop,
        [this](const PackageIdent& candidate, const QString& channel, const QString& why) {
            const QString channelText
                = channel == m_settings.channel ? m_settings.describeChannel() : tr("channel %1").arg(channel);
            const QString line = why.isEmpty() || why == candidate.toString()
                ? tr("fetching %1 from %2, %3").arg(candidate.toString(), m_settings.describeUrl(), channelText)
                : tr("fetching %1 (%2) from %3, %4")
                      .arg(candidate.toString(), why, m_settings.describeUrl(), channelText);
            m_err << m_program << QStringLiteral(": ") << Subcommand::oneLine(line) << Qt::endl;
        });
    QObject::connect(&queue, &FetchQueue::fetched, &loop, [this](const ClosureDownloader::Outcome& o) {
        if (m_progressToTerminal)
            m_err << Qt::endl;
        qint64 bytes = 0;
        for (const QString& path : o.downloaded)
            bytes += QFileInfo(path).size();
        m_err << m_program << QStringLiteral(": ")
              << tr("%1: %2 of %n package(s) downloaded and verified (%3 MiB), %4 already here", nullptr,
                     int(o.closure.size()))
                     .arg(o.ident.toString())
                     .arg(o.downloaded.size())
                     .arg(double(bytes) / (1 << 20), 0, 'f', 1)
                     .arg(o.alreadyPresent)
              << Qt::endl;
    });
    if (m_progressToTerminal) {
        QObject::connect(&queue, &FetchQueue::progress, &loop, [this](const ClosureDownloader::Progress& p) {
            m_err << QStringLiteral("\rfetching: %1 of %2 packages, %3 MiB")
                         .arg(p.packagesDone)
                         .arg(p.packages)
                         .arg(double(p.bytes) / (1 << 20), 0, 'f', 1)
                  << Qt::flush;
        });
    }
    queue.start(requests, skipPresent);
    loop.exec();
    if (!*queue.result())
        return queue.result()->errorInfo();
    return queue.outcomes();
}

Result<ClosureDownloader::Outcome> BuilderFetch::fetch(
    const QList<PackageIdent>& candidates, const QString& channel, const QString& why)
{
    const auto outcomes = runRequests({ FetchPlan::Request { candidates, channel, why } }, false);
    if (!outcomes)
        return outcomes.errorInfo();
    return outcomes->constFirst();
}

Status BuilderFetch::run(const FetchPlan& plan)
{
    const auto outcomes = runRequests(plan.requests, true);
    if (!outcomes)
        return outcomes.errorInfo();
    return success();
}

} // namespace habmesos
