// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/deploymentfollower.h"
#include "fieldproblem.h"
#include "marathon/marathonapp.h"
#include "marathon/marathonerror.h"
#include "marathon/marathonjsonwriter.h"
#include "ui/marathonserver.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace habmesos {

class MarathonClient;
class MarathonReply;
class SecretStore;
class Settings;
class TarballUploader;

// Sends the application to Marathon and follows the deployment, and uploads the tarball where the
// Mesos fetcher can download it. The server comes from Settings (edited with ServersEditorDialog);
// passwords and tokens from the SecretStore, asked for (SecretPromptDialog) when it has none.
//
// Deploy: local validation first (nothing is sent with errors), POST; an existing app is updated
// with PUT after the user agrees; an app locked by deployments is forced only when the user says
// so; then DeploymentFollower until Running, Failed or TimedOut.
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
    };
    void setDefinitionProvider(std::function<Definition()> provider);
    // The tarball Upload sends; empty: none (Upload asks for a build).
    void setTarballPath(const QString& path);
    QString tarballPath() const { return m_tarballPath; }
    // The app of the last deploy, as it was sent (its 422 details are about this one).
    const MarathonApp& sentApp() const { return m_sending; }

    // Questions to the user. The defaults show a QMessageBox / SecretPromptDialog; tests (and a
    // window that wants its own dialogs) replace them.
    using Confirm = std::function<bool(const QString& title, const QString& text)>;
    struct SecretAnswer
    {
        QString secret;
        bool remember = false;
    };
    using SecretPrompt = std::function<std::optional<SecretAnswer>(const MarathonServer& server, bool persistent)>;
    void setConfirmation(Confirm confirm);
    void setSecretPrompt(SecretPrompt prompt);

    void setFollowerOptions(const DeploymentFollower::Options& options);
    void setRequestTimeout(int ms);

    // The upload target: a URL (WebDAV or pre-signed PUT; a URL ending in '/' gets the tarball's
    // name) or Marathon 1.4's artifact store.
    void setUploadUrl(const QString& url);
    // Where the agents download it, when that is not the upload URL; empty: the upload URL.
    void setDownloadUrl(const QString& url);
    void setUploadToArtifactStore(bool artifactStore);
    // Picks the server by its name; false if there is none of that name.
    bool setCurrentServer(const QString& name);

    bool isBusy() const;
    // The last message shown (state, result or error), for tests and the status bar.
    QString statusText() const;
    // Problems listed in the panel: local validation or the server's 422.
    FieldProblems listedProblems() const { return m_listed; }

public Q_SLOTS:
    void deploy();
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
    // Marathon's 422 details about sentApp().
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
    std::optional<MarathonServer> currentServer() const;
    // Calls then(client) with a client for the current server (asking for the secret if needed),
    // or shows why there is none.
    void withClient(std::function<void(MarathonClient*)> then);
    void makeClient(const MarathonServer& server, const QString& secret);
    void sendCreate(MarathonClient* client);
    void sendUpdate(MarathonClient* client, bool force);
    void onDeployReply(MarathonReply* reply, bool wasUpdate);
    void follow(MarathonClient* client, const QString& deploymentId, const QString& version);
    void onFollowerState(DeploymentFollower::State state, const QString& message);
    void onFollowerFinished(DeploymentFollower::State state);
    void startUpload(MarathonClient* client);
    void onUploadFinished();
    void showError(const MarathonError& error);
    void showProblems(const FieldProblems& problems);
    void setStatus(const QString& text);
    void startTask(Task task);
    void finishTask(bool ok);
    void updateButtons();

    Settings* m_settings;
    SecretStore* m_secrets;
    std::function<Definition()> m_definitionProvider;
    Confirm m_confirm;
    SecretPrompt m_prompt;
    DeploymentFollower::Options m_followerOptions;
    int m_requestTimeoutMs = 30000;
    QString m_tarballPath;

    // The client is kept while the server and its secret stay the same, so a DC/OS login is
    // reused; it lives in memory only.
    std::unique_ptr<MarathonClient> m_client;
    MarathonServer m_clientServer;
    bool m_askSecretAgain = false;

    Task m_task = Task::None;
    // Counts the tasks started: an answer (a keyring read) for an earlier task is dropped.
    quint64 m_taskGeneration = 0;
    QString m_uploadingPath;
    MarathonApp m_sending;
    QByteArray m_sendingJson;
    QPointer<MarathonReply> m_reply;
    std::unique_ptr<DeploymentFollower> m_follower;
    std::unique_ptr<TarballUploader> m_uploader;
    FieldProblems m_listed;

    QComboBox* m_server = nullptr;
    QPushButton* m_editServers = nullptr;
    QPushButton* m_forget = nullptr;
    QRadioButton* m_toUrl = nullptr;
    QRadioButton* m_toArtifactStore = nullptr;
    QLineEdit* m_uploadUrl = nullptr;
    QLineEdit* m_downloadUrl = nullptr;
    QLabel* m_tarball = nullptr;
    QPushButton* m_uploadButton = nullptr;
    QProgressBar* m_uploadProgress = nullptr;
    QPushButton* m_deployButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QProgressBar* m_tasks = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_problems = nullptr;
};

} // namespace habmesos
