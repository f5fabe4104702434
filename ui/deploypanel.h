// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldproblem.h"
#include "marathon/deploymentfollower.h"
#include "marathon/deployworkflow.h"
#include "marathon/hartspublisher.h"
#include "marathon/marathonapp.h"
#include "marathon/marathonjsonwriter.h"
#include "ui/serverpicker.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace habmesos {

class ClusterView;
class FetchProbe;
class MarathonClient;
class SecretStore;
class Settings;
class HartsUploadBox;
class UploadBox;

// Sends the application to Marathon and follows the deployment, and uploads the tarball where the
// Mesos fetcher can download it. The server and its client come from the ServerPicker, the upload
// from the UploadBox; this panel runs one task at a time and shows what happens.
//
// Deploy: local validation first (nothing is sent with errors), then DeployWorkflow: POST; an
// existing app is updated with PUT after the user agrees; an app locked by deployments is forced
// only when the user says so; then the deployment is followed until Running, Failed or TimedOut.
class DeployPanel : public QWidget
{
    Q_OBJECT
public:
    DeployPanel(habmesos::Settings* settings, habmesos::SecretStore* secrets, QWidget* parent = nullptr);
    ~DeployPanel() override;

    // What Deploy sends, read when it is pressed.
    struct Definition
    {
        MarathonApp app;
        MarathonFlavour flavour = MarathonFlavour::Current;
        // Everything wrong with it (Marathon's rules, the flavour's losses, the package's
        // signature, a health check whose port is gone, ...): an error stops the deploy.
        FieldProblems problems;
        // Where the build writes this package's tarball (ExportSettings::tarballPath); a file there
        // is the tarball Upload sends, also one built before a restart. Empty: unknown.
        QString tarballPath;
        // The harts layout: Upload publishes these files (the bootstrap and every .hart of the
        // last build, HartsPublisher::filesOf) into one folder instead of sending a tarball.
        bool hartsLayout = false;
        QList<HartsPublisher::File> hartsFiles;
    };
    void setDefinitionProvider(std::function<Definition()> provider);
    // The tarball Upload sends; empty: none (Upload asks for a build).
    void setTarballPath(const QString& path);
    QString tarballPath() const;
    // The app of the last deploy, as it was sent (its 422 details are about this one).
    const MarathonApp& sentApp() const { return m_sending; }

    // Questions to the user. The defaults show a QMessageBox / SecretPromptDialog; tests (and a
    // window that wants its own dialogs) replace them.
    using Confirm = std::function<bool(const QString& title, const QString& text)>;
    using SecretAnswer = ServerPicker::SecretAnswer;
    using SecretPrompt = ServerPicker::SecretPrompt;
    void setConfirmation(Confirm confirm);
    // Replace an app that exists? With what replacing it changes (or why that is not known). The
    // default shows an AppDiffDialog; with only setConfirmation() given, that is asked with the
    // changes in its text.
    using ConfirmReplace = std::function<bool(
        const QString& appId, const QString& server, const AppDiff::Changes& changes, const QString& changesError)>;
    void setReplaceConfirmation(ConfirmReplace confirm);
    void setSecretPrompt(SecretPrompt prompt);

    void setFollowerOptions(const DeploymentFollower::Options& options);
    void setRequestTimeout(int ms);

    // The upload target: a URL (WebDAV or pre-signed PUT; a folder URL, ending in '/', gets the
    // tarball's name) or Marathon 1.4's artifact store.
    void setUploadUrl(const QString& url);
    // Where the agents download it, when that is not the upload URL; empty: the upload URL.
    void setDownloadUrl(const QString& url);
    void setUploadToArtifactStore(bool artifactStore);
    // Picks the server by its name; false if there is none of that name.
    bool setCurrentServer(const QString& name);

    // The apps on the chosen server (its openAppRequested() is the window's to connect).
    ClusterView* clusterView() const { return m_cluster; }

    bool isBusy() const;
    // The last message shown (state, result or error), for tests and the status bar.
    QString statusText() const;
    // Problems listed in the panel: local validation or the server's 422.
    FieldProblems listedProblems() const { return m_listed; }

public Q_SLOTS:
    void deploy();
    // The definition (package, settings, problems) changed: results about an earlier one (the task
    // bar, the 422 list, the "Not sent" list) are cleared, and a tarball already built at the
    // definition's tarballPath is picked up.
    void definitionChanged();
    // Forgets the last deployment's results (task bar, problem list, status).
    void clearResults();
    void upload();
    // Stops following the deployment or the upload (a running deployment stays on Marathon).
    void stop();
    // Forgets the secret of the current server (in the keyring too).
    void forgetSecret();
    void editServers();
    void reloadServers();

Q_SIGNALS:
    // The tarball that is still setTarballPath's was uploaded: the app should fetch it from uri.
    void fetchUriChanged(const QString& uri);
    // Marathon's 422 details about sentApp(), or the problems that kept it from being sent (a
    // fetch URI the agents cannot download).
    void serverProblems(const habmesos::FieldProblems& problems);
    void deploymentStateChanged(const QString& text);
    // The deployment (or upload) is over: ok is true when the app runs (or the tarball was uploaded).
    void deploymentFinished(bool ok);
    void uploadFinished(bool ok);
    // The user double-clicked (or pressed Enter on) a listed problem: the window can show that field.
    void problemActivated(const QString& field);

private:
    enum class Task
    {
        None,
        Deploy,
        Upload
    };
    void startWorkflow(MarathonClient* client);
    void onDecisionNeeded(DeployWorkflow::Question question);
    void onFollowerState(const QString& message);
    void onWorkflowFinished(DeployWorkflow::Outcome outcome);
    void showProblems(const FieldProblems& problems);
    bool confirmReplace(DeployWorkflow* workflow);
    void setStatus(const QString& text);
    void startTask(Task task);
    void finishTask(bool ok);
    void updateButtons();

    std::function<Definition()> m_definitionProvider;
    Confirm m_confirm;
    bool m_confirmSet = false; // setConfirmation() was called
    ConfirmReplace m_confirmReplace;
    DeploymentFollower::Options m_followerOptions;

    Task m_task = Task::None;
    MarathonApp m_sending;
    MarathonFlavour m_sendingFlavour = MarathonFlavour::Current;
    FieldProblems m_sendingProblems; // what the definition had when it was last deployed
    std::unique_ptr<DeployWorkflow> m_workflow;
    QPointer<FetchProbe> m_probe; // while the fetch URIs are checked
    FieldProblems m_listed;

    ServerPicker* m_servers = nullptr;
    UploadBox* m_upload = nullptr;
    HartsUploadBox* m_hartsUpload = nullptr; // shown instead of m_upload in the harts layout
    ClusterView* m_cluster = nullptr;
    QPushButton* m_deployButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QProgressBar* m_tasks = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_problems = nullptr;
};

} // namespace habmesos
