// SPDX-License-Identifier: Apache-2.0
#include "ui/serverpicker.h"

#include "marathon/marathonclient.h"
#include "ui/secretpromptdialog.h"
#include "ui/secretstore.h"
#include "ui/serverseditor.h"
#include "ui/settings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace habmesos {

ServerPicker::ServerPicker(Settings* settings, SecretStore* secrets, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    m_prompt = [this](const MarathonServer& server, bool persistent) -> std::optional<SecretAnswer> {
        SecretPromptDialog dialog(server, persistent, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return SecretAnswer { dialog.secret(), dialog.remember() };
    };

    m_server = new QComboBox(this);
    m_server->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_editServers = new QPushButton(tr("Ser&vers…"), this);
    m_editServers->setToolTip(tr("Add, change or remove Marathon servers"));
    m_forget = new QPushButton(tr("Forget password"), this);
    m_forget->setToolTip(tr("Forget the password or token of this server; it is asked for again next time"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Marathon:"), this));
    row->addWidget(m_server, 1);
    row->addWidget(m_editServers);
    row->addWidget(m_forget);

    connect(m_editServers, &QPushButton::clicked, this, &ServerPicker::editServers);
    connect(m_forget, &QPushButton::clicked, this, &ServerPicker::forgetSecret);
    connect(m_server, &QComboBox::currentIndexChanged, this, [this] {
        if (m_server->currentIndex() >= 0 && m_settings)
            m_settings->setCurrentMarathonServer(m_server->currentData().toString());
        updateButtons();
        Q_EMIT currentServerChanged();
    });
    reloadServers();
}

ServerPicker::~ServerPicker() = default;

void ServerPicker::setSecretPrompt(SecretPrompt prompt)
{
    m_prompt = std::move(prompt);
}

void ServerPicker::setRequestTimeout(int ms)
{
    m_requestTimeoutMs = ms;
    m_client.reset();
}

bool ServerPicker::setCurrentServer(const QString& name)
{
    const int index = m_server->findData(name);
    if (index < 0)
        return false;
    m_server->setCurrentIndex(index);
    return true;
}

bool ServerPicker::hasServer() const
{
    return m_server->currentIndex() >= 0;
}

std::optional<MarathonServer> ServerPicker::currentServer() const
{
    if (!m_settings || m_server->currentIndex() < 0)
        return std::nullopt;
    const QString name = m_server->currentData().toString();
    for (const MarathonServer& s : m_settings->marathonServers()) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

void ServerPicker::reloadServers()
{
    {
        const QSignalBlocker blocker(m_server);
        m_server->clear();
        if (m_settings) {
            const QString current = m_settings->currentMarathonServer();
            for (const MarathonServer& s : m_settings->marathonServers()) {
                m_server->addItem(tr("%1 (%2)").arg(s.name, MarathonServer::normalizedUrl(s.url).toString()), s.name);
                if (s.name == current)
                    m_server->setCurrentIndex(m_server->count() - 1);
            }
            if (m_server->currentIndex() < 0 && m_server->count() > 0)
                m_server->setCurrentIndex(0);
        }
    }
    updateButtons();
    Q_EMIT currentServerChanged();
}

void ServerPicker::editServers()
{
    if (!m_settings)
        return;
    ServersEditorDialog dialog(m_settings->marathonServers(), this);
    dialog.setSecretStore(m_secrets); // for Test Connection
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings->setMarathonServers(dialog.servers());
    const Status synced = m_settings->sync();
    if (!synced.ok())
        Q_EMIT statusChanged(synced.error());
    m_client.reset();
    reloadServers();
}

void ServerPicker::forgetSecret()
{
    const std::optional<MarathonServer> server = currentServer();
    if (!server || !server->needsSecret() || !m_secrets)
        return;
    m_client.reset();
    m_secrets->deleteSecret(
        SecretStore::keyFor(server->url, server->userName), this, [this](const SecretStore::Reply& r) {
            if (r.outcome == SecretStore::Outcome::Ok || r.outcome == SecretStore::Outcome::NotFound)
                Q_EMIT statusChanged(tr("The password is forgotten; it is asked for at the next connection."));
            else
                Q_EMIT statusChanged(tr("The password could not be removed from the keyring: %1").arg(r.error));
        });
}

void ServerPicker::secretRefused()
{
    // The client (the parent of the reply that said so) is replaced at the next request, not here,
    // where the caller may still be inside that reply's signal.
    m_askSecretAgain = true;
}

void ServerPicker::makeClient(const MarathonServer& server, const QString& secret)
{
    MarathonClient::Options o;
    o.url = MarathonServer::normalizedUrl(server.url);
    o.caFile = server.caFile;
    o.timeoutMs = m_requestTimeoutMs;
    o.auth = server.credentials(secret);
    m_client = std::make_unique<MarathonClient>(o);
    m_clientServer = server;
}

void ServerPicker::cancelRequest()
{
    ++m_request;
}

void ServerPicker::requestClient(std::function<void(MarathonClient*)> ready, std::function<void(const QString&)> failed)
{
    const quint64 request = ++m_request;
    const std::optional<MarathonServer> server = currentServer();
    if (!server) {
        failed(tr("Add a Marathon server first (Servers…)."));
        return;
    }
    if (m_client && m_clientServer == *server && !m_askSecretAgain) {
        ready(m_client.get());
        return;
    }
    if (!server->needsSecret()) {
        makeClient(*server, {});
        ready(m_client.get());
        return;
    }
    if (m_askSecretAgain || !m_secrets) {
        askSecret(*server, ready, failed);
        return;
    }
    Q_EMIT statusChanged(tr("Reading the password of %1…").arg(server->name));
    m_secrets->readSecret(SecretStore::keyFor(server->url, server->userName), this,
        [this, server = *server, ready, failed, request](const SecretStore::Reply& r) {
            // Canceled meanwhile, perhaps with another request made since (its own read follows).
            if (request != m_request)
                return;
            if (r.outcome == SecretStore::Outcome::Ok && !r.secret.isEmpty()) {
                makeClient(server, r.secret);
                ready(m_client.get());
                return;
            }
            askSecret(server, ready, failed);
        });
}

void ServerPicker::askSecret(const MarathonServer& server, const std::function<void(MarathonClient*)>& ready,
    const std::function<void(const QString&)>& failed)
{
    const bool persistent = m_secrets && m_secrets->isPersistent();
    std::optional<SecretAnswer> answer;
    if (m_prompt)
        answer = m_prompt(server, persistent);
    if (!answer || answer->secret.isEmpty()) {
        failed(tr("Nothing was sent: no password or token was given."));
        return;
    }
    m_askSecretAgain = false;
    // Without a keyring the memory store keeps it for this session; with one, only if the user
    // asked to remember it. Never the settings file.
    if (m_secrets && (!persistent || answer->remember)) {
        m_secrets->writeSecret(SecretStore::keyFor(server.url, server.userName), answer->secret, this,
            [this](const SecretStore::Reply& r) {
                if (r.outcome != SecretStore::Outcome::Ok)
                    Q_EMIT statusChanged(tr("The password could not be kept in the keyring: %1").arg(r.error));
            });
    }
    makeClient(server, answer->secret);
    ready(m_client.get());
}

void ServerPicker::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ServerPicker::updateButtons()
{
    m_server->setEnabled(!m_busy);
    m_editServers->setEnabled(!m_busy);
    const std::optional<MarathonServer> server = hasServer() ? currentServer() : std::nullopt;
    m_forget->setEnabled(!m_busy && server && server->needsSecret());
}

} // namespace habmesos
