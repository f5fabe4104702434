// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/supervisorcensus.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTreeView;

namespace habmesos {

class CensusModel;
class MarathonClient;
class MarathonReply;
class SecretStore;

// "Census" of an app in the Cluster view: asks Marathon for the app's tasks, then each task's
// Supervisor for its census (SupervisorCensus), and shows one row per task with the ring members
// it sees, the leader, the gossip and Marathon health, and a verdict line: one ring, several, or
// which instance could not be asked. The proof that the ring formed.
//
// The Supervisors' gateway token (HAB_SUP_GATEWAY_AUTH_TOKEN), when the app sets one, is asked
// for when a gateway answers 401 and kept in the SecretStore (the keyring, or memory only) under
// the Marathon server and the app; it is never shown, written to the settings or logged.
class CensusDialog : public QDialog
{
    Q_OBJECT
public:
    // As ClusterView::ClientRequest: ready(client) for the current server, or failed(why).
    using ClientRequest
        = std::function<void(std::function<void(MarathonClient*)> ready, std::function<void(const QString&)> failed)>;
    struct TokenAnswer
    {
        QString token;
        bool remember = false;
    };
    // The question for the gateway token; refused: the one sent was not accepted. The default
    // shows a dialog with a hidden field; tests replace it.
    using TokenPrompt = std::function<std::optional<TokenAnswer>(const QString& appId, bool persistent, bool refused)>;

    // appInfo: the app as Marathon lists it (its id and ports: which one is hab-http).
    CensusDialog(const QString& serverName, const QJsonObject& appInfo, QWidget* parent = nullptr);
    ~CensusDialog() override;

    void setClientRequest(ClientRequest request);
    void setSecretStore(SecretStore* secrets);
    void setTokenPrompt(TokenPrompt prompt);
    // Time-outs and parallelism of the census (the token is the dialog's own).
    void setCensusOptions(const SupervisorCensus::Options& options);

    CensusModel* model() const { return m_model; }
    QString appId() const { return m_appId; }
    QString verdict() const;
    bool isRunning() const { return m_running; }
    // The key of the gateway token in the SecretStore.
    static QString tokenKey(const QUrl& marathonUrl, const QString& appId);

public Q_SLOTS:
    // Lists the tasks and asks each again.
    void start();
    // Asks for the gateway token now, and then the census again.
    void enterToken();
    // Forgets the token (in the keyring too).
    void forgetToken();

Q_SIGNALS:
    // The verdict is final (ok: the tasks were listed and asked).
    void censusFinished(bool ok);

private:
    void askTasks(MarathonClient* client);
    void readTokenAndAsk();
    void askCensus();
    void censusDone(const QList<SupervisorCensus::Answer>& answers);
    bool promptToken(bool refused);
    void storeToken(const TokenAnswer& answer);
    void finish(bool ok, const QString& message = {});
    void updateButtons();

    QString m_serverName;
    QJsonObject m_appInfo;
    QString m_appId;
    ClientRequest m_request;
    QPointer<SecretStore> m_secrets;
    TokenPrompt m_prompt;
    SupervisorCensus::Options m_options;

    QUrl m_marathonUrl; // of the client that listed the tasks: the token's key
    QString m_token; // in memory while the dialog lives
    bool m_tokenKnown = false; // m_token was read or entered (empty: none)
    std::optional<TokenAnswer> m_unsaved; // entered before the server was known, to be kept
    bool m_prompted = false; // this round already asked for the token
    bool m_running = false;
    bool m_listing = false; // waiting for Marathon's task list
    int m_httpPort = -1;
    QList<MarathonTask> m_tasks;
    QPointer<MarathonReply> m_reply;
    SupervisorCensus* m_census = nullptr;

    CensusModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_tokenState = nullptr;
    QPushButton* m_again = nullptr;
    QPushButton* m_enterToken = nullptr;
    QPushButton* m_forgetToken = nullptr;
};

} // namespace habmesos
