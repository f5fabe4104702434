// SPDX-License-Identifier: Apache-2.0
#include "marathon/deploymentfollower.h"

#include "logging.h"
#include "marathon/marathonclient.h"
#include "marathon/marathonreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace habmesos {

DeploymentFollower::DeploymentFollower(
    MarathonClient* client, QString appId, QString deploymentId, QString version, Options options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_appId(std::move(appId))
    , m_deploymentId(std::move(deploymentId))
    , m_version(std::move(version))
    , m_options(options)
{
    m_pollTimer.setSingleShot(true);
    m_timeoutTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeploymentFollower::poll);
    connect(&m_timeoutTimer, &QTimer::timeout, this, [this] {
        const QString seen = m_instances < 0 ? tr("the app's state could not be read")
                                             : tr("%1/%2 tasks running").arg(m_running).arg(m_instances);
        QString text = tr("Timed out after %1 s waiting for %2 to run (%3)")
                           .arg(m_options.timeoutMs / 1000.0)
                           .arg(m_appId, seen);
        if (m_lastError.isError())
            text += tr("; last error: %1").arg(m_lastError.message());
        finish(State::TimedOut, text);
    });
}

DeploymentFollower::DeploymentFollower(
    MarathonClient* client, QString appId, QString deploymentId, QString version, QObject* parent)
    : DeploymentFollower(client, std::move(appId), std::move(deploymentId), std::move(version), Options {}, parent)
{ }

DeploymentFollower::~DeploymentFollower()
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
    }
}

void DeploymentFollower::start()
{
    m_clock.start();
    m_timeoutTimer.start(m_options.timeoutMs);
    setState(State::Submitted,
        m_deploymentId.isEmpty() ? tr("Submitted") : tr("Submitted (deployment %1)").arg(m_deploymentId));
    poll();
}

void DeploymentFollower::cancel()
{
    m_canceled = true;
    m_pollTimer.stop();
    m_timeoutTimer.stop();
    if (m_pending)
        m_pending->abort();
}

void DeploymentFollower::poll()
{
    if (isFinished() || m_canceled)
        return;
    m_pending = m_client->listDeployments();
    connect(m_pending, &MarathonReply::finished, this, &DeploymentFollower::onDeployments);
}

void DeploymentFollower::onDeployments()
{
    MarathonReply* reply = m_pending;
    reply->deleteLater();
    if (isFinished() || m_canceled)
        return;
    if (!reply->ok()) {
        m_lastError = reply->error();
        const auto kind = reply->error().kind();
        if (kind == MarathonError::Kind::Unauthorized || kind == MarathonError::Kind::Forbidden)
            return finish(State::Failed, reply->error().message());
        qCInfo(lcMarathon) << "polling deployments failed, retrying:" << reply->error().message();
        return scheduleNext();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(reply->body());
    if (!doc.isArray()) {
        // Not Marathon's answer (a proxy's page?): never read it as "no deployments".
        m_lastError = badResponse(tr("Listing deployments"), reply->body());
        return scheduleNext();
    }
    const QJsonArray deployments = doc.array();
    m_listed = false;
    for (const QJsonValue& d : deployments) {
        const QJsonObject o = d.toObject();
        bool mine = false;
        if (!m_deploymentId.isEmpty()) {
            mine = o.value(QStringLiteral("id")).toString() == m_deploymentId;
        } else {
            for (const QJsonValue& a : o.value(QStringLiteral("affectedApps")).toArray())
                mine = mine || a.toString() == m_appId || a.toString() == u'/' + m_appId;
        }
        m_listed = m_listed || mine;
    }
    m_seen = m_seen || m_listed;
    m_pending = m_client->getApp(m_appId);
    connect(m_pending, &MarathonReply::finished, this, &DeploymentFollower::onApp);
}

void DeploymentFollower::onApp()
{
    MarathonReply* reply = m_pending;
    reply->deleteLater();
    if (isFinished() || m_canceled)
        return;
    if (!reply->ok()) {
        m_lastError = reply->error();
        const auto kind = reply->error().kind();
        const bool fatal = kind == MarathonError::Kind::Unauthorized || kind == MarathonError::Kind::Forbidden
            || (kind == MarathonError::Kind::NotFound && m_clock.elapsed() >= m_options.graceMs);
        if (fatal)
            return finish(State::Failed, reply->error().message());
        return scheduleNext();
    }
    const QJsonObject app = reply->json().value(QStringLiteral("app")).toObject();
    if (app.isEmpty() || !app.value(QStringLiteral("instances")).isDouble()) {
        m_lastError = badResponse(tr("Reading app %1").arg(m_appId), reply->body());
        return scheduleNext();
    }
    m_lastError = {};
    m_instances = app.value(QStringLiteral("instances")).toInt();
    m_running = app.value(QStringLiteral("tasksRunning")).toInt();
    const int healthy = app.value(QStringLiteral("tasksHealthy")).toInt();
    const bool hasHealthChecks = !app.value(QStringLiteral("healthChecks")).toArray().isEmpty();

    bool inApp = false;
    const QJsonArray appDeployments = app.value(QStringLiteral("deployments")).toArray();
    for (const QJsonValue& d : appDeployments)
        inApp = inApp || m_deploymentId.isEmpty()
            || d.toObject().value(QStringLiteral("id")).toString() == m_deploymentId;
    m_seen = m_seen || inApp;

    const QJsonObject failure = app.value(QStringLiteral("lastTaskFailure")).toObject();
    if (!failure.isEmpty()) {
        const QString taskId = failure.value(QStringLiteral("taskId")).toString();
        const bool isNew = m_version.isEmpty() ? (!m_firstAppPoll && taskId != m_baselineFailureTask)
                                               : failure.value(QStringLiteral("version")).toString() == m_version;
        if (m_firstAppPoll)
            m_baselineFailureTask = taskId;
        if (isNew) {
            m_firstAppPoll = false;
            return finish(State::Failed,
                tr("Failed: a task of %1 failed (%2): %3")
                    .arg(m_appId, failure.value(QStringLiteral("state")).toString(),
                        failure.value(QStringLiteral("message")).toString()));
        }
    }
    m_firstAppPoll = false;

    // All tasks of the new version run: the deployment is over even if it was never seen listed
    // (it can be done before the first poll). Without that, only the grace period tells.
    int newVersionRunning = 0;
    for (const QJsonValue& t : app.value(QStringLiteral("tasks")).toArray()) {
        newVersionRunning += !m_version.isEmpty() && t[QStringLiteral("version")].toString() == m_version
            && t[QStringLiteral("state")].toString() == QLatin1String("TASK_RUNNING");
    }
    const bool graceOver = m_clock.elapsed() >= m_options.graceMs || newVersionRunning >= m_instances;
    const bool tasksUp = m_running >= m_instances && (!hasHealthChecks || healthy >= m_instances);
    const QString counts = tr("%1/%2 tasks running").arg(m_running).arg(m_instances);
    if (!m_listed && !inApp && (m_seen || graceOver) && tasksUp)
        return finish(State::Running, tr("Running (%1)").arg(counts));
    setState(State::Deploying, tr("Deploying (%1)").arg(counts));
    scheduleNext();
}

MarathonError DeploymentFollower::badResponse(const QString& operation, const QByteArray& body) const
{
    QString start = QString::fromUtf8(body.left(120)).simplified();
    return {
        MarathonError::Kind::BadResponse,
        tr("%1: the answer is not Marathon's JSON (it starts with “%2”). Is the URL Marathon's?").arg(operation, start)
    };
}

void DeploymentFollower::scheduleNext()
{
    if (!isFinished() && !m_canceled)
        m_pollTimer.start(m_options.intervalMs);
}

void DeploymentFollower::setState(State state, const QString& message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    qCInfo(lcMarathon) << m_appId << message;
    Q_EMIT stateChanged(state, message);
}

void DeploymentFollower::finish(State state, const QString& message)
{
    m_pollTimer.stop();
    m_timeoutTimer.stop();
    setState(state, message);
    // After the state is final, so the aborted poll's handler sees that and does nothing.
    if (m_pending)
        m_pending->abort();
    Q_EMIT finished(state);
}

} // namespace habmesos
