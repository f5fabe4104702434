// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "builder/closuredownloader.h"
#include "builder/fetchplan.h"
#include "result.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace habmesos {

class BuilderClient;

// Runs a FetchPlan's requests one after another, each a ClosureDownloader, trying a request's
// candidates in order while Builder answers "not found" (chef/hab, then core/hab). The first other
// failure, or cancel(), ends it. The command line and the window both fetch through this.
class FetchQueue : public QObject
{
    Q_OBJECT
public:
    FetchQueue(BuilderClient* client, ClosureDownloader::Options options, QObject* parent = nullptr);
    ~FetchQueue() override;

    // `skipPresent`: a request for one fully qualified release already here is left out (a
    // dependency an earlier closure brought along) without asking Builder.
    void start(const QList<FetchPlan::Request>& requests, bool skipPresent = true);
    void cancel();
    bool isRunning() const { return m_running; }
    // Set when finished() was emitted: success, or the failure that ended it.
    const std::optional<Status>& result() const { return m_result; }
    // Each request fetched, in order.
    const QList<ClosureDownloader::Outcome>& outcomes() const { return m_outcomes; }

Q_SIGNALS:
    // A candidate of a request is being looked up and fetched.
    void fetching(const habmesos::PackageIdent& candidate, const QString& channel, const QString& why);
    void fetched(const habmesos::ClosureDownloader::Outcome& outcome);
    void progress(const habmesos::ClosureDownloader::Progress& progress);
    void activity(const QString& text);
    void finished();

private:
    void next();
    void candidateDone();
    void finish(Status status);

    BuilderClient* m_client;
    ClosureDownloader::Options m_options;
    QList<FetchPlan::Request> m_requests;
    int m_candidate = 0;
    bool m_skipPresent = true;
    std::unique_ptr<ClosureDownloader> m_downloader;
    bool m_running = false;
    std::optional<Status> m_result;
    QList<ClosureDownloader::Outcome> m_outcomes;
};

} // namespace habmesos
