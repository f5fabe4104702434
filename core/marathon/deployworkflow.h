// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/appdiff.h"
#include "marathon/deploymentfollower.h"
#include "marathon/marathonapp.h"
#include "marathon/marathonerror.h"
#include "marathon/marathonjsonwriter.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

namespace habmesos {

class MarathonClient;
class MarathonReply;

// Sends one app to Marathon, the one way the window and `habmesos export` both do it:
// POST it; if an app with that id exists, PUT it instead (replace); if running deployments lock
// the app, PUT it with ?force=true (which cancels them), but only when that is allowed; then follow
// the deployment until the tasks run, fail, or take too long.
//
// The two questions (replace? force?) are answered by a policy set up front (the command line:
// replace always, force with --force) or, with Answer::Ask, by the operator: decisionNeeded() is
// emitted and the workflow waits for decide(). The window drives it through its signals; the
// command line runs an event loop until finished().
class DeployWorkflow : public QObject
{
    Q_OBJECT
public:
    enum class Answer
    {
        Ask, // emit decisionNeeded() and wait for decide()
        Yes,
        No,
    };
    enum class Question
    {
        Replace, // an app with this id exists: replace its definition?
        Force, // the app is locked by running deployments: cancel them and deploy anyway?
    };
    Q_ENUM(Question)
    enum class Outcome
    {
        Deployed, // Marathon took the app (and, when following, its tasks run)
        Declined, // the app exists or is locked, and was left alone (error() says which)
        DeployFailed, // Marathon could not be reached or refused the app (error())
        DeploymentFailed, // taken, but the tasks failed or did not run in time (message())
    };
    Q_ENUM(Outcome)

    struct Options
    {
        Answer replace = Answer::Ask;
        Answer force = Answer::Ask;
        // When the app exists: read the running definition (GET /v2/apps/{id}) and compare it
        // (changes()) before the Replace question is asked or answered.
        bool compareExisting = true;
        // Follow the deployment until the tasks run; false: done once Marathon took the app.
        bool follow = true;
        DeploymentFollower::Options follower;
    };

    // client is not owned and must outlive the workflow (or the workflow must be stopped first).
    DeployWorkflow(MarathonClient* client, const MarathonApp& app, MarathonFlavour flavour, Options options,
        QObject* parent = nullptr);
    ~DeployWorkflow() override;

    // The downloads the agents cannot make: a fetch URI that is a file on this computer (file://,
    // or a bare path), built or not. Errors on "fetch/<i>/uri" that say the way out; such an app is
    // not sent.
    static FieldProblems undownloadable(const MarathonApp& app);

    void start();
    // The answer to the question of the last decisionNeeded(); ignored when none is open.
    void decide(bool yes);
    // Stops waiting: the pending request is aborted, following ends (Marathon goes on with what it
    // was sent). No more signals.
    void stop();

    const QString& appId() const { return m_appId; }
    MarathonClient* client() const { return m_client; }
    bool isFinished() const { return m_finished; }
    Outcome outcome() const { return m_outcome; }
    // Declined and DeployFailed: Marathon's answer (AlreadyExists, Locked, Validation, ...).
    const MarathonError& error() const { return m_error; }
    // The deployments that held the app when it was last found locked.
    const QStringList& lockingDeployments() const { return m_lockedBy; }
    // After exists(), with compareExisting: what replacing the running app changes, or, when it
    // could not be read, why (changesError()).
    const AppDiff::Changes& changes() const { return m_changes; }
    const QString& changesError() const { return m_changesError; }
    // After submitted(): the app existed and was replaced (PUT), or was created (POST).
    bool updated() const { return m_updated; }
    const QString& deploymentId() const { return m_deploymentId; }
    const QString& version() const { return m_version; }
    // While following: the tasks seen running, of how many (-1: not known yet).
    int tasksRunning() const;
    int instances() const;
    // The follower's last message ("Running (2/2 tasks running)", "Failed: ...", "Timed out ...").
    const QString& message() const { return m_message; }

Q_SIGNALS:
    // POST /v2/apps is on its way.
    void creating();
    // An app with this id exists (409 on POST); with compareExisting, changes() are known.
    void exists();
    // Running deployments lock the app; lockingDeployments() names them.
    void locked();
    // Only with Answer::Ask: waits for decide().
    void decisionNeeded(habmesos::DeployWorkflow::Question question);
    // PUT /v2/apps/{id} is on its way; forced: with ?force=true.
    void updating(bool forced);
    // Marathon took the app: updated(), deploymentId(), version().
    void submitted();
    // Following: every new state of the deployment, message for a person ("Deploying (1/3 tasks running)").
    void followerStateChanged(habmesos::DeploymentFollower::State state, const QString& message);
    void finished(habmesos::DeployWorkflow::Outcome outcome);

private:
    void sendCreate();
    void sendUpdate(bool forced);
    void send(MarathonReply* reply);
    void onReply();
    void onExists();
    void askReplace();
    void onLocked();
    void apply(Question question, bool yes);
    void follow();
    void onFollowerFinished(DeploymentFollower::State state);
    void finish(Outcome outcome);

    MarathonClient* m_client;
    QString m_appId;
    QByteArray m_json;
    Options m_options;
    QPointer<MarathonReply> m_reply;
    std::unique_ptr<DeploymentFollower> m_follower;
    std::optional<Question> m_open; // the question waiting for decide()
    bool m_sentUpdate = false; // the pending reply answers a PUT
    bool m_forced = false; // a forced PUT was sent
    bool m_updated = false;
    bool m_stopped = false;
    bool m_finished = false;
    Outcome m_outcome = Outcome::DeployFailed;
    MarathonError m_error;
    QStringList m_lockedBy;
    AppDiff::Changes m_changes;
    QString m_changesError;
    QString m_deploymentId;
    QString m_version;
    QString m_message;
};

} // namespace habmesos
