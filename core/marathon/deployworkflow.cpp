// SPDX-License-Identifier: Apache-2.0
#include "marathon/deployworkflow.h"

#include "logging.h"
#include "marathon/marathonclient.h"
#include "marathon/marathonreply.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <utility>

namespace habmesos {

DeployWorkflow::DeployWorkflow(
    MarathonClient* client, const MarathonApp& app, MarathonFlavour flavour, Options options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_appId(app.id)
    , m_json(MarathonJsonWriter::writeCompact(app, flavour))
    , m_options(options)
{ }

DeployWorkflow::~DeployWorkflow()
{
    // No answer is wanted any more; the follower stops on its own when destroyed.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

int DeployWorkflow::tasksRunning() const
{
    return m_follower ? m_follower->tasksRunning() : 0;
}

int DeployWorkflow::instances() const
{
    return m_follower ? m_follower->instances() : -1;
}

void DeployWorkflow::start()
{
    if (m_stopped || m_finished || m_reply || m_follower)
        return;
    sendCreate();
}

void DeployWorkflow::sendCreate()
{
    m_sentUpdate = false;
    Q_EMIT creating();
    send(m_client->createApp(m_json));
}

void DeployWorkflow::sendUpdate(bool forced)
{
    m_sentUpdate = true;
    m_forced = m_forced || forced;
    Q_EMIT updating(forced);
    send(m_client->updateApp(m_appId, m_json, forced ? MarathonClient::Force::Yes : MarathonClient::Force::No));
}

void DeployWorkflow::send(MarathonReply* reply)
{
    m_reply = reply;
    connect(reply, &MarathonReply::finished, this, &DeployWorkflow::onReply);
}

void DeployWorkflow::onReply()
{
    MarathonReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_stopped)
        return;
    if (reply->ok()) {
        m_updated = m_sentUpdate;
        m_deploymentId = reply->deploymentId();
        m_version = reply->version();
        qCInfo(lcMarathon) << (m_updated ? "updated" : "created") << m_appId << "deployment" << m_deploymentId;
        Q_EMIT submitted();
        if (m_stopped)
            return;
        if (m_options.follow)
            follow();
        else
            finish(Outcome::Deployed);
        return;
    }
    m_error = reply->error();
    // A PUT that is told "exists", or a forced PUT that is told "locked", is no question any more
    // (Marathon answers neither; never loop on them).
    if (m_error.kind() == MarathonError::Kind::AlreadyExists && !m_sentUpdate)
        return onExists();
    if (m_error.kind() == MarathonError::Kind::Locked && !m_forced)
        return onLocked();
    finish(Outcome::DeployFailed);
}

void DeployWorkflow::onExists()
{
    if (!m_options.compareExisting)
        return askReplace();
    // What replacing changes is shown before the question, so read what runs first.
    MarathonReply* reply = m_client->getApp(m_appId);
    m_reply = reply;
    connect(reply, &MarathonReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_reply != reply || m_stopped)
            return;
        m_reply = nullptr;
        if (reply->ok()) {
            m_changes = AppDiff::compare(
                reply->json().value(QStringLiteral("app")).toObject(), QJsonDocument::fromJson(m_json).object());
        } else {
            m_changesError = reply->error().message();
        }
        askReplace();
    });
}

void DeployWorkflow::askReplace()
{
    Q_EMIT exists();
    if (m_stopped)
        return;
    if (m_options.replace == Answer::Ask) {
        m_open = Question::Replace;
        Q_EMIT decisionNeeded(Question::Replace);
        return;
    }
    apply(Question::Replace, m_options.replace == Answer::Yes);
}

void DeployWorkflow::onLocked()
{
    m_lockedBy = m_error.deploymentIds();
    Q_EMIT locked();
    if (m_stopped)
        return;
    // Forcing cancels the running deployments: never assumed, asked or allowed up front.
    if (m_options.force == Answer::Ask) {
        m_open = Question::Force;
        Q_EMIT decisionNeeded(Question::Force);
        return;
    }
    apply(Question::Force, m_options.force == Answer::Yes);
}

void DeployWorkflow::decide(bool yes)
{
    if (m_stopped || !m_open)
        return;
    const Question question = *std::exchange(m_open, std::nullopt);
    apply(question, yes);
}

void DeployWorkflow::apply(Question question, bool yes)
{
    if (!yes)
        return finish(Outcome::Declined);
    sendUpdate(question == Question::Force);
}

void DeployWorkflow::follow()
{
    m_follower = std::make_unique<DeploymentFollower>(m_client, m_appId, m_deploymentId, m_version, m_options.follower);
    connect(m_follower.get(), &DeploymentFollower::stateChanged, this,
        [this](DeploymentFollower::State state, const QString& message) {
            m_message = message;
            Q_EMIT followerStateChanged(state, message);
        });
    connect(m_follower.get(), &DeploymentFollower::finished, this, &DeployWorkflow::onFollowerFinished);
    m_follower->start();
}

void DeployWorkflow::onFollowerFinished(DeploymentFollower::State state)
{
    m_message = m_follower->message();
    finish(state == DeploymentFollower::State::Running ? Outcome::Deployed : Outcome::DeploymentFailed);
}

void DeployWorkflow::stop()
{
    m_stopped = true;
    m_open.reset();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_follower) {
        m_follower->disconnect(this);
        m_follower->cancel();
    }
}

void DeployWorkflow::finish(Outcome outcome)
{
    if (m_finished || m_stopped)
        return;
    m_finished = true;
    m_outcome = outcome;
    Q_EMIT finished(outcome);
}

FieldProblems DeployWorkflow::undownloadable(const MarathonApp& app)
{
    FieldProblems out;
    for (qsizetype i = 0; i < app.fetch.size(); ++i) {
        const QString uri = app.fetch[i].uri;
        const QUrl url(uri);
        if (!url.isLocalFile() && !url.scheme().isEmpty())
            continue;
        const QString path = url.isLocalFile() ? url.toLocalFile() : uri;
        const QString message = QFileInfo(path).isFile()
            ? tr("%1 is a file on this computer, which the agents cannot download (unless every agent sees this "
                 "same path): upload the tarball (Upload), or enter a URI the agents can reach (http://, https://)")
                  .arg(uri)
            : tr("%1 is a file on this computer, and it is not built yet: build the tarball and upload it "
                 "(Upload), or enter a URI the agents can reach (http://, https://)")
                  .arg(uri);
        out.append({ QStringLiteral("fetch/%1/uri").arg(i), message, FieldProblem::Severity::Error });
    }
    return out;
}

} // namespace habmesos
