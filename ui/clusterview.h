// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/marathonclient.h"

#include <QGroupBox>
#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeView;

namespace habmesos {

class CensusDialog;
class ClusterAppsModel;
class MarathonReply;
class SecretStore;

// "Apps on the server" in the Marathon tab: the apps on the chosen server with their state
// (instances running and healthy of the total, a deployment in progress), refreshed on demand; the
// chosen app's versions, with a roll back to one; scale, restart and destroy, each confirmed; and
// Open, which hands the chosen app's definition to the window (openAppRequested); Census, which
// shows what each task's Supervisor sees of the ring (CensusDialog).
class ClusterView : public QGroupBox
{
    Q_OBJECT
public:
    // Calls ready(client) with a client for the current server, or failed(why) (ServerPicker).
    using ClientRequest
        = std::function<void(std::function<void(MarathonClient*)> ready, std::function<void(const QString&)> failed)>;
    // The questions; the defaults show a QMessageBox and a QInputDialog, tests replace them.
    using Confirm = std::function<bool(const QString& title, const QString& text)>;
    using AskInstances = std::function<std::optional<int>(const QString& appId, int current)>;

    explicit ClusterView(QWidget* parent = nullptr);
    ~ClusterView() override;

    void setClientRequest(ClientRequest request);
    void setConfirmation(Confirm confirm);
    void setInstancesPrompt(AskInstances ask);
    // Where the Supervisors' gateway tokens are kept (the census asks for them); may be null.
    void setSecretStore(SecretStore* secrets);
    // The server the list is about (named in openAppRequested); a new one clears the list.
    void setServerName(const QString& name);
    // While the panel sends something, nothing here starts.
    void setBusy(bool busy);

    ClusterAppsModel* model() const { return m_model; }
    QString selectedAppId() const;
    bool selectApp(const QString& id);
    // The chosen app's versions, newest first.
    QStringList versions() const;
    QString statusText() const;
    // A call to the server is under way (the actions wait for it).
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void refresh();
    void rollBack(const QString& version);
    void scale();
    void restart();
    void destroy();
    void openSelected();
    // Opens the census of the chosen app (non-modal; it deletes itself when closed), or null.
    CensusDialog* showCensus();

Q_SIGNALS:
    // The operator wants to continue editing this app: its definition (without what Marathon adds).
    void openAppRequested(const QByteArray& appJson, const QString& serverName);
    // A refresh, versions read or action is over (ok: it succeeded).
    void operationFinished(bool ok);

private:
    using Call = std::function<MarathonReply*(MarathonClient*, MarathonClient::Force)>;
    // Runs call with a client; a locked app is forced only when the operator agrees. done(reply)
    // with the successful reply.
    void run(const QString& what, Call call, std::function<void(MarathonReply*)> done, bool forced = false);
    void loadVersions();
    void setStatus(const QString& text);
    void updateButtons();

    ClientRequest m_request;
    Confirm m_confirm;
    AskInstances m_askInstances;
    QString m_serverName;
    QPointer<SecretStore> m_secrets;
    bool m_busy = false;
    bool m_running = false;
    QPointer<MarathonReply> m_reply;

    ClusterAppsModel* m_model = nullptr;
    QTreeView* m_apps = nullptr;
    QListWidget* m_versions = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_scale = nullptr;
    QPushButton* m_restart = nullptr;
    QPushButton* m_destroy = nullptr;
    QPushButton* m_census = nullptr;
    QPushButton* m_rollBack = nullptr;
};

} // namespace habmesos
