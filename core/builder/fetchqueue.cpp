// SPDX-License-Identifier: Apache-2.0
#include "builder/fetchqueue.h"

#include "builder/builderclient.h"
#include "package/habpaths.h"

namespace habmesos {

FetchQueue::FetchQueue(BuilderClient* client, ClosureDownloader::Options options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    if (m_options.artifactCache.isEmpty())
        m_options.artifactCache = HabPaths::artifactCache();
    if (m_options.channel.isEmpty())
        m_options.channel = m_client->options().settings.channel;
}

FetchQueue::~FetchQueue() = default;

void FetchQueue::start(const QList<FetchPlan::Request>& requests, bool skipPresent)
{
    if (m_running)
        return;
    m_running = true;
    m_result.reset();
    m_outcomes.clear();
    m_requests = requests;
    m_candidate = 0;
    m_skipPresent = skipPresent;
    QMetaObject::invokeMethod(this, &FetchQueue::next, Qt::QueuedConnection);
}

void FetchQueue::cancel()
{
    if (m_downloader && m_downloader->isRunning())
        m_downloader->cancel(); // finishes through candidateDone()
    else
        finish(Error::cancelled());
}

void FetchQueue::next()
{
    if (!m_running)
        return;
    const QString target = m_client->options().target;
    // A dependency an earlier closure brought along needs no question to Builder.
    while (m_skipPresent && !m_requests.isEmpty()) {
        const FetchPlan::Request& first = m_requests.constFirst();
        const PackageIdent& ident = first.candidates.constFirst();
        const bool here = first.candidates.size() == 1 && ident.isFullyQualified()
            && ClosureDownloader::isPresent(m_options, target, ident);
        if (!here)
            break;
        m_requests.removeFirst();
    }
    if (m_requests.isEmpty())
        return finish(success());
    const FetchPlan::Request& request = m_requests.constFirst();
    const PackageIdent candidate = request.candidates.at(m_candidate);
    ClosureDownloader::Options options = m_options;
    if (!request.channel.isEmpty())
        options.channel = request.channel;
    m_downloader = std::make_unique<ClosureDownloader>(m_client, options);
    connect(m_downloader.get(), &ClosureDownloader::progress, this, &FetchQueue::progress);
    connect(m_downloader.get(), &ClosureDownloader::activity, this, &FetchQueue::activity);
    connect(m_downloader.get(), &ClosureDownloader::finished, this, &FetchQueue::candidateDone);
    Q_EMIT fetching(candidate, options.channel, request.why);
    m_downloader->start(candidate);
}

void FetchQueue::candidateDone()
{
    const Result<ClosureDownloader::Outcome> result = *m_downloader->result();
    // Deleted once its signal has returned.
    m_downloader.release()->deleteLater();
    if (!m_running)
        return;
    if (!result) {
        const FetchPlan::Request& request = m_requests.constFirst();
        if (result.errorKind() == ErrorKind::NotFound && m_candidate + 1 < request.candidates.size()) {
            ++m_candidate;
            return next();
        }
        return finish(result.errorInfo());
    }
    m_outcomes << result.value();
    Q_EMIT fetched(result.value());
    m_requests.removeFirst();
    m_candidate = 0;
    next();
}

void FetchQueue::finish(Status status)
{
    if (!m_running)
        return;
    m_running = false;
    m_result = std::move(status);
    Q_EMIT finished();
}

} // namespace habmesos
