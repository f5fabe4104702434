// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/marathonerror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace habmesos {

class MarathonClient;
class MarathonReply;

// Follows a deployment after create/update until the app's tasks run: polls /v2/deployments and
// /v2/apps/{id} every intervalMs, gives up after timeoutMs. A fresh deployment may not be listed
// yet right after the POST/PUT returned (the race client authors met), so "not listed" only
// counts as "finished" once the deployment was seen, or after graceMs.
class DeploymentFollower : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Submitted,
        Deploying,
        Running,
        Failed,
        TimedOut
    };
    Q_ENUM(State)

    struct Options
    {
        int intervalMs = 2000;
        int timeoutMs = 10 * 60 * 1000;
        int graceMs = 10000;
    };

    // deploymentId and version as create/update answered them (MarathonReply::deploymentId(),
    // version()); either may be empty, the follower then relies on the app's own state.
    DeploymentFollower(MarathonClient* client, QString appId, QString deploymentId, QString version, Options options,
        QObject* parent = nullptr);
    DeploymentFollower(
        MarathonClient* client, QString appId, QString deploymentId, QString version, QObject* parent = nullptr);
    ~DeploymentFollower() override;

    void start();
    // Stops polling; no more signals.
    void cancel();

    State state() const { return m_state; }
    int tasksRunning() const { return m_running; }
    int instances() const { return m_instances; }
    // Failed: the last task failure's message or the error; TimedOut: what was last seen.
    const QString& message() const { return m_message; }
    // The last polling error, if any (polling goes on through transient ones).
    const MarathonError& lastError() const { return m_lastError; }
    bool isFinished() const
    {
        return m_state == State::Running || m_state == State::Failed || m_state == State::TimedOut;
    }

Q_SIGNALS:
    // Every change: a new state, or other task counts while Deploying. message is for a person,
    // e.g. "Deploying (1/3 tasks running)".
    void stateChanged(habmesos::DeploymentFollower::State state, const QString& message);
    // Running, Failed or TimedOut was reached; no more polling.
    void finished(habmesos::DeploymentFollower::State state);

private:
    void poll();
    void onDeployments();
    void onApp();
    void scheduleNext();
    MarathonError badResponse(const QString& operation, const QByteArray& body) const;
    void setState(State state, const QString& message);
    void finish(State state, const QString& message);

    MarathonClient* m_client;
    QString m_appId;
    QString m_deploymentId;
    QString m_version;
    Options m_options;
    State m_state = State::Submitted;
    QString m_message;
    MarathonError m_lastError;
    QElapsedTimer m_clock;
    QTimer m_pollTimer;
    QTimer m_timeoutTimer;
    QPointer<MarathonReply> m_pending;
    bool m_canceled = false;
    bool m_listed = false;
    bool m_seen = false;
    QString m_baselineFailureTask;
    bool m_firstAppPoll = true;
    int m_running = 0;
    int m_instances = -1;
};

} // namespace habmesos
