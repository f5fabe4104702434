// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/marathonserver.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QPushButton;

namespace habmesos {

class MarathonClient;
class SecretStore;
class Settings;

// The "Marathon:" row of the deploy panel: which server (from Settings, edited with
// ServersEditorDialog), and a client for it whose password or token comes from the SecretStore, or
// from the user (SecretPromptDialog) when the store has none. Never writes a secret to Settings.
class ServerPicker : public QWidget
{
    Q_OBJECT
public:
    struct SecretAnswer
    {
        QString secret;
        bool remember = false;
    };
    // The question for a password or token; the default shows a SecretPromptDialog.
    using SecretPrompt = std::function<std::optional<SecretAnswer>(const MarathonServer& server, bool persistent)>;

    ServerPicker(Settings* settings, SecretStore* secrets, QWidget* parent = nullptr);
    ~ServerPicker() override;

    void setSecretPrompt(SecretPrompt prompt);
    // The transfer timeout of the clients made from now on.
    void setRequestTimeout(int ms);
    // Picks the server by its name; false if there is none of that name.
    bool setCurrentServer(const QString& name);
    bool hasServer() const;
    std::optional<MarathonServer> currentServer() const;

    // Calls ready(client) with a client for the current server once its secret is known, or
    // failed(why). One request at a time: a new one, or cancelRequest(), drops the one before
    // (a late answer of the keyring is ignored). The client is kept while the server and its
    // secret stay the same, so that a DC/OS login is reused; it lives in memory only.
    void requestClient(std::function<void(MarathonClient*)> ready, std::function<void(const QString&)> failed);
    void cancelRequest();
    // The server did not accept the secret: ask for it again at the next request.
    void secretRefused();
    // While the panel sends something, the server stays as it is.
    void setBusy(bool busy);

public Q_SLOTS:
    // Forgets the secret of the current server (in the keyring too).
    void forgetSecret();
    void editServers();
    void reloadServers();

Q_SIGNALS:
    void currentServerChanged();
    // What the picker is doing or what went wrong, for the panel's status line.
    void statusChanged(const QString& text);

private:
    void makeClient(const MarathonServer& server, const QString& secret);
    void askSecret(const MarathonServer& server, const std::function<void(MarathonClient*)>& ready,
        const std::function<void(const QString&)>& failed);
    void updateButtons();

    Settings* m_settings;
    SecretStore* m_secrets;
    SecretPrompt m_prompt;
    int m_requestTimeoutMs = 30000;
    std::unique_ptr<MarathonClient> m_client;
    MarathonServer m_clientServer;
    bool m_askSecretAgain = false;
    bool m_busy = false;
    // Counts the requests: a keyring answer for an earlier one is dropped.
    quint64 m_request = 0;

    QComboBox* m_server = nullptr;
    QPushButton* m_editServers = nullptr;
    QPushButton* m_forget = nullptr;
};

} // namespace habmesos
