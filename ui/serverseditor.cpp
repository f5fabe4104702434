// SPDX-License-Identifier: Apache-2.0
#include "ui/serverseditor.h"

#include "marathon/httpurl.h"
#include "marathon/marathonclient.h"
#include "marathon/marathonreply.h"
#include "ui/secretstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace habmesos {

ServersEditorDialog::ServersEditorDialog(const QList<MarathonServer>& servers, QWidget* parent)
    : QDialog(parent)
    , m_servers(servers)
{
    for (const MarathonServer& s : m_servers)
        m_typedUrls.append(s.url.toString());
    setWindowTitle(tr("Marathon Servers"));
    m_list = new QListWidget(this);
    m_add = new QPushButton(tr("&Add"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. staging"));
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("https://marathon.example.com:8443"));
    m_auth = new QComboBox(this);
    m_auth->addItem(tr("None"), int(MarathonServer::Auth::None));
    m_auth->addItem(tr("User name and password (HTTP Basic)"), int(MarathonServer::Auth::Basic));
    m_auth->addItem(tr("DC/OS token"), int(MarathonServer::Auth::DcosToken));
    m_auth->addItem(tr("DC/OS login (user name and password)"), int(MarathonServer::Auth::DcosLogin));
    m_user = new QLineEdit(this);
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("Empty: the system's certificate authorities"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_problem = new QLabel(this);
    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testButton->setToolTip(tr("Ask the server for its version and leader (GET /v2/info)"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Names for tests and accessibility tools.
    m_name->setObjectName(QStringLiteral("name"));
    m_url->setObjectName(QStringLiteral("url"));
    m_auth->setObjectName(QStringLiteral("auth"));
    m_user->setObjectName(QStringLiteral("user"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_add->setObjectName(QStringLiteral("add"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto* note = new QLabel(tr("Passwords and tokens are asked for when first needed and never stored in the "
                               "settings file."),
        this);
    note->setWordWrap(true);

    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("Au&thentication:"), m_auth);
    form->addRow(tr("U&ser:"), m_user);
    auto* caLabel = new QLabel(tr("&CA file:"), this); // a row of a layout gets no buddy by itself
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(m_testButton, m_testResult);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto* top = new QHBoxLayout;
    top->addLayout(left);
    top->addLayout(form, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (const MarathonServer& s : m_servers)
        m_list->addItem(s.name);
    connect(m_list, &QListWidget::currentRowChanged, this, &ServersEditorDialog::showServer);
    connect(m_add, &QPushButton::clicked, this, &ServersEditorDialog::addServer);
    connect(m_remove, &QPushButton::clicked, this, &ServersEditorDialog::removeServer);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServersEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : { m_name, m_url, m_user, m_caFile })
        connect(edit, &QLineEdit::textEdited, this, &ServersEditorDialog::storeForm);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ServersEditorDialog::storeForm);
    connect(m_testButton, &QPushButton::clicked, this, &ServersEditorDialog::testConnection);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA Certificate"), m_caFile->text(), tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
            storeForm();
        }
    });
    if (!m_servers.isEmpty())
        m_list->setCurrentRow(0);
    updateForm();
}

ServersEditorDialog::~ServersEditorDialog()
{
    if (m_testReply)
        m_testReply->disconnect(this);
}

QString ServersEditorDialog::problem(const QList<MarathonServer>& servers)
{
    QSet<QString> names;
    for (const MarathonServer& s : servers) {
        const QString name = s.name.trimmed();
        if (name.isEmpty())
            return tr("Every server needs a name.");
        if (names.contains(name))
            return tr("The name \"%1\" is used twice.").arg(name);
        names.insert(name);
        if (!HttpUrl::isHttp(s.url))
            return tr("%1: the URL must start with http:// or https:// and name a host.").arg(name);
        if (MarathonAuth::needsUser(s.auth) && s.userName.isEmpty())
            return tr("%1: this kind of authentication needs a user name.").arg(name);
    }
    return {};
}

void ServersEditorDialog::accept()
{
    storeForm();
    const QString why = problem(m_servers);
    if (!why.isEmpty()) {
        m_problem->setText(why);
        return;
    }
    for (MarathonServer& s : m_servers) {
        s.name = s.name.trimmed();
        s.url = MarathonServer::normalizedUrl(s.url); // drops a password typed into the URL
    }
    QDialog::accept();
}

void ServersEditorDialog::addServer()
{
    MarathonServer s;
    s.name = tr("Marathon %1").arg(m_servers.size() + 1);
    s.url = QUrl(QStringLiteral("http://localhost:8080"));
    m_servers.append(s);
    m_typedUrls.append(s.url.toString());
    m_list->addItem(s.name);
    m_list->setCurrentRow(m_servers.size() - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void ServersEditorDialog::removeServer()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_row = -1; // nothing to store from the form
    m_servers.removeAt(row);
    m_typedUrls.removeAt(row);
    delete m_list->takeItem(row);
    showServer(m_list->currentRow());
}

void ServersEditorDialog::showServer(int row)
{
    m_row = row;
    m_loading = true;
    const bool valid = row >= 0 && row < m_servers.size();
    const MarathonServer s = valid ? m_servers.at(row) : MarathonServer {};
    m_name->setText(s.name);
    // As typed: a URL that does not parse (yet) is not lost by looking at another row.
    m_url->setText(valid ? m_typedUrls.value(row) : QString());
    m_testResult->clear();
    m_auth->setCurrentIndex(m_auth->findData(int(s.auth)));
    m_user->setText(s.userName);
    m_caFile->setText(s.caFile);
    m_loading = false;
    updateForm();
}

void ServersEditorDialog::storeForm()
{
    if (m_loading || m_row < 0 || m_row >= m_servers.size())
        return;
    MarathonServer& s = m_servers[m_row];
    s.name = m_name->text();
    m_typedUrls[m_row] = m_url->text();
    s.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    s.auth = MarathonServer::Auth(m_auth->currentData().toInt());
    s.userName = m_user->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    if (QListWidgetItem* item = m_list->item(m_row))
        item->setText(s.name);
    m_problem->setText(problem(m_servers));
    updateForm();
}

void ServersEditorDialog::updateForm()
{
    const bool have = m_row >= 0 && m_row < m_servers.size();
    for (QWidget* w : std::initializer_list<QWidget*> { m_name, m_url, m_auth, m_caFile, m_browse })
        w->setEnabled(have);
    const auto auth = MarathonServer::Auth(m_auth->currentData().toInt());
    m_user->setEnabled(have && MarathonAuth::needsUser(auth));
    m_testButton->setEnabled(have);
    m_remove->setEnabled(have);
}

QString ServersEditorDialog::testResult() const
{
    return m_testResult->text();
}

void ServersEditorDialog::testConnection()
{
    storeForm();
    if (m_row < 0 || m_row >= m_servers.size())
        return;
    const MarathonServer server = m_servers[m_row];
    const quint64 test = ++m_test;
    if (m_testReply) {
        m_testReply->disconnect(this);
        m_testReply->abort();
    }
    if (!HttpUrl::isHttp(server.url)) {
        m_testResult->setText(tr("The URL must start with http:// or https:// and name a host."));
        Q_EMIT connectionTested(false);
        return;
    }
    m_testResult->setText(tr("Asking %1…").arg(HttpUrl::hostAndPort(server.url)));
    if (!server.needsSecret() || !m_secrets) {
        runTest(server, {});
        return;
    }
    m_secrets->readSecret(SecretStore::keyFor(MarathonServer::normalizedUrl(server.url), server.userName), this,
        [this, test, server](const SecretStore::Reply& reply) {
            if (test == m_test)
                runTest(server, reply.outcome == SecretStore::Outcome::Ok ? reply.secret : QString());
        });
}

void ServersEditorDialog::runTest(const MarathonServer& server, const QString& secret)
{
    MarathonClient::Options o;
    o.url = MarathonServer::normalizedUrl(server.url);
    o.caFile = server.caFile;
    o.auth = server.credentials(secret);
    o.timeoutMs = m_testTimeoutMs;
    o.deadlineMs = m_testTimeoutMs;
    m_testClient = std::make_unique<MarathonClient>(o);
    MarathonReply* reply = m_testClient->info();
    m_testReply = reply;
    const bool noSecret = server.needsSecret() && secret.isEmpty();
    connect(reply, &MarathonReply::finished, this, [this, reply, noSecret] {
        reply->deleteLater();
        if (!reply->ok()) {
            QString text = reply->error().message();
            if (noSecret && reply->error().kind() == MarathonError::Kind::Unauthorized)
                text = tr("The server answers and asks for credentials; none are stored for it yet (they are "
                          "asked for at the first deploy).\n%1")
                           .arg(text);
            m_testResult->setText(text);
            Q_EMIT connectionTested(false);
            return;
        }
        const QJsonObject info = reply->json();
        const QString version = info.value(QStringLiteral("version")).toString();
        const QString leader = info.value(QStringLiteral("leader")).toString();
        if (info.value(QStringLiteral("name")).toString() != u"marathon" || version.isEmpty()) {
            m_testResult->setText(tr("The server answers, but not as Marathon does (no name and version in its "
                                     "/v2/info). Is the URL Marathon's?"));
            Q_EMIT connectionTested(false);
            return;
        }
        m_testResult->setText(leader.isEmpty() ? tr("Marathon %1 answers.").arg(version)
                                               : tr("Marathon %1 answers; the leader is %2.").arg(version, leader));
        Q_EMIT connectionTested(true);
    });
}

} // namespace habmesos
