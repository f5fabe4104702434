// SPDX-License-Identifier: Apache-2.0
#include "ui/censusdialog.h"

#include "marathon/marathonclient.h"
#include "marathon/marathonreply.h"
#include "marathon/marathontask.h"
#include "ui/censusmodel.h"
#include "ui/secretstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace habmesos {

namespace {

// The question for the gateway token, as SecretPromptDialog asks for a Marathon password: a
// hidden field, and "remember" only when a keyring keeps it.
std::optional<CensusDialog::TokenAnswer> askToken(QWidget* parent, const QString& appId, bool persistent, bool refused)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(CensusDialog::tr("Supervisor Gateway Token"));
    auto* prompt = new QLabel(refused ? CensusDialog::tr("The Supervisors of %1 refused the gateway token. Enter "
                                                         "the token the app sets as HAB_SUP_GATEWAY_AUTH_TOKEN:")
                                            .arg(appId)
                                      : CensusDialog::tr("The Supervisors of %1 ask for a token. Enter the token the "
                                                         "app sets as HAB_SUP_GATEWAY_AUTH_TOKEN:")
                                            .arg(appId),
        &dialog);
    prompt->setWordWrap(true);
    prompt->setTextFormat(Qt::PlainText);
    auto* field = new QLineEdit(&dialog);
    field->setEchoMode(QLineEdit::Password);
    field->setPlaceholderText(CensusDialog::tr("Token"));
    prompt->setBuddy(field);
    auto* remember = new QCheckBox(CensusDialog::tr("&Remember in the desktop keyring"), &dialog);
    remember->setChecked(true);
    remember->setVisible(persistent);
    auto* note = new QLabel(CensusDialog::tr("No desktop keyring is available. The token is kept in memory until "
                                             "habmesos quits and is never written to disk."),
        &dialog);
    note->setWordWrap(true);
    note->setVisible(!persistent);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(field, &QLineEdit::textChanged, buttons,
        [buttons](const QString& text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto* layout = new QVBoxLayout(&dialog);
    for (QWidget* w : std::initializer_list<QWidget*> { prompt, field, remember, note, buttons })
        layout->addWidget(w);
    if (dialog.exec() != QDialog::Accepted || field->text().isEmpty())
        return std::nullopt;
    return CensusDialog::TokenAnswer { field->text(), persistent && remember->isChecked() };
}

} // namespace

CensusDialog::CensusDialog(const QString& serverName, const QJsonObject& appInfo, QWidget* parent)
    : QDialog(parent)
    , m_serverName(serverName)
    , m_appInfo(appInfo)
    , m_appId(appInfo.value(QLatin1String("id")).toString())
    , m_model(new CensusModel(this))
{
    m_model->setExpectedInstances(appInfo.value(QLatin1String("instances")).toInt());
    setWindowTitle(tr("Census of %1").arg(m_appId));
    m_prompt = [this](const QString& appId, bool persistent, bool refused) {
        return askToken(this, appId, persistent, refused);
    };

    auto* intro = new QLabel(tr("What the Supervisor of each task of %1 on %2 sees: the members of its ring, the "
                                "leader, their health. Instances that see each other form one ring.")
                                 .arg(m_appId, m_serverName),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setMinimumSize(640, 200);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);

    m_tokenState = new QLabel(this);
    m_tokenState->setTextFormat(Qt::PlainText);
    m_enterToken = new QPushButton(tr("Gateway &Token…"), this);
    m_enterToken->setToolTip(tr("The token the app sets as HAB_SUP_GATEWAY_AUTH_TOKEN, when it sets one"));
    m_forgetToken = new QPushButton(tr("&Forget Token"), this);
    m_again = new QPushButton(tr("&Ask Again"), this);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(m_tokenState, 1);
    row->addWidget(m_enterToken);
    row->addWidget(m_forgetToken);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_again);
    bottom->addStretch();
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_verdict);
    layout->addLayout(row);
    layout->addLayout(bottom);

    connect(m_again, &QPushButton::clicked, this, &CensusDialog::start);
    connect(m_enterToken, &QPushButton::clicked, this, &CensusDialog::enterToken);
    connect(m_forgetToken, &QPushButton::clicked, this, &CensusDialog::forgetToken);
    updateButtons();
}

CensusDialog::~CensusDialog()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void CensusDialog::setClientRequest(ClientRequest request)
{
    m_request = std::move(request);
    updateButtons();
}

void CensusDialog::setSecretStore(SecretStore* secrets)
{
    m_secrets = secrets;
}

void CensusDialog::setTokenPrompt(TokenPrompt prompt)
{
    m_prompt = std::move(prompt);
}

void CensusDialog::setCensusOptions(const SupervisorCensus::Options& options)
{
    m_options = options;
}

QString CensusDialog::verdict() const
{
    return m_verdict->text();
}

QString CensusDialog::tokenKey(const QUrl& marathonUrl, const QString& appId)
{
    // The token belongs to the app's Supervisors; the Marathon server tells apps of one id apart.
    return SecretStore::keyFor(marathonUrl, QStringLiteral("hab-gateway-token:") + appId);
}

void CensusDialog::start()
{
    if (m_running || !m_request)
        return;
    m_running = true;
    m_prompted = false;
    m_model->clear();
    m_verdict->setText(tr("Listing the tasks of %1…").arg(m_appId));
    updateButtons();
    m_request([this](MarathonClient* client) { askTasks(client); }, [this](const QString& why) { finish(false, why); });
}

void CensusDialog::askTasks(MarathonClient* client)
{
    if (m_marathonUrl.isEmpty()) {
        m_marathonUrl = client->options().url;
        // A token entered before the server was known is kept now.
        if (m_unsaved)
            storeToken(*std::exchange(m_unsaved, std::nullopt));
    } else if (m_marathonUrl != client->options().url) {
        // Another server: the token read for the one before does not apply.
        m_marathonUrl = client->options().url;
        m_tokenKnown = false;
        m_token.clear();
        updateButtons();
    }
    MarathonReply* reply = client->appTasks(m_appId);
    m_reply = reply;
    // The client goes (and its calls with it) when the server or its password changes meanwhile.
    connect(reply, &QObject::destroyed, this, [this] {
        if (m_listing)
            finish(false, tr("Listing the tasks of %1: canceled, as the server changed. Ask again.").arg(m_appId));
    });
    m_listing = true;
    connect(reply, &MarathonReply::finished, this, [this, reply] {
        m_listing = false;
        reply->deleteLater();
        if (!reply->ok()) {
            finish(false, reply->error().message());
            return;
        }
        Result<QList<MarathonTask>> tasks = MarathonTask::listFromJson(reply->body());
        if (!tasks) {
            finish(false, tr("Listing the tasks of %1 on %2: %3").arg(m_appId, m_serverName, tasks.error()));
            return;
        }
        const Result<int> port = SupervisorCensus::portIndex(m_appInfo);
        if (!port) {
            finish(false, port.error());
            return;
        }
        m_tasks = std::move(tasks).value();
        m_httpPort = port.value();
        readTokenAndAsk();
    });
}

void CensusDialog::readTokenAndAsk()
{
    if (m_tokenKnown || !m_secrets) {
        askCensus();
        return;
    }
    m_verdict->setText(tr("Reading the gateway token of %1…").arg(m_appId));
    m_secrets->readSecret(tokenKey(m_marathonUrl, m_appId), this, [this](const SecretStore::Reply& r) {
        m_tokenKnown = true;
        m_token = r.outcome == SecretStore::Outcome::Ok ? r.secret : QString();
        askCensus();
    });
}

void CensusDialog::askCensus()
{
    if (m_census) {
        // The round before is over or given up: nothing of it may reach the model any more.
        m_census->disconnect();
        m_census->cancel();
        m_census->deleteLater();
    }
    SupervisorCensus::Options options = m_options;
    options.token = m_token;
    m_census = new SupervisorCensus(options, this);
    QList<SupervisorCensus::Answer> pending;
    for (const MarathonTask& task : std::as_const(m_tasks)) {
        SupervisorCensus::Answer a;
        a.task = task;
        pending.append(a);
    }
    m_model->setAnswers(pending, false);
    m_verdict->setText(m_model->verdict());
    connect(m_census, &SupervisorCensus::answered, m_model, &CensusModel::setAnswer);
    connect(m_census, &SupervisorCensus::finished, this, &CensusDialog::censusDone);
    m_census->ask(m_tasks, m_httpPort);
}

void CensusDialog::censusDone(const QList<SupervisorCensus::Answer>& answers)
{
    m_model->setAnswers(answers);
    const bool refused = std::any_of(answers.begin(), answers.end(),
        [](const SupervisorCensus::Answer& a) { return a.failure == SupervisorCensus::Failure::Unauthorized; });
    // One question a round: a wrong token is said in the verdict, not asked for again and again.
    if (refused && !m_prompted) {
        m_prompted = true;
        if (promptToken(!m_token.isEmpty())) {
            askCensus();
            return;
        }
    }
    finish(true);
}

bool CensusDialog::promptToken(bool refused)
{
    const bool persistent = m_secrets && m_secrets->isPersistent();
    const std::optional<TokenAnswer> answer = m_prompt ? m_prompt(m_appId, persistent, refused) : std::nullopt;
    if (!answer || answer->token.isEmpty())
        return false;
    m_token = answer->token;
    m_tokenKnown = true;
    // As ServerPicker: the memory store keeps it for this session; the keyring only when asked to.
    if (!persistent || answer->remember) {
        if (m_marathonUrl.isEmpty())
            m_unsaved = answer;
        else
            storeToken(*answer);
    }
    updateButtons();
    return true;
}

void CensusDialog::storeToken(const TokenAnswer& answer)
{
    if (!m_secrets)
        return;
    m_secrets->writeSecret(tokenKey(m_marathonUrl, m_appId), answer.token, this, [this](const SecretStore::Reply& r) {
        if (r.outcome != SecretStore::Outcome::Ok)
            m_verdict->setText(
                m_verdict->text() + u'\n' + tr("The gateway token could not be kept in the keyring: %1").arg(r.error));
    });
}

void CensusDialog::enterToken()
{
    if (m_running)
        return;
    if (promptToken(false))
        start();
}

void CensusDialog::forgetToken()
{
    m_token.clear();
    m_unsaved.reset();
    m_tokenKnown = true; // known to be none, until one is entered
    if (m_secrets && !m_marathonUrl.isEmpty())
        m_secrets->deleteSecret(tokenKey(m_marathonUrl, m_appId), this, [](const SecretStore::Reply&) {});
    updateButtons();
}

void CensusDialog::finish(bool ok, const QString& message)
{
    m_running = false;
    m_listing = false;
    m_verdict->setText(message.isEmpty() ? m_model->verdict() : message);
    updateButtons();
    Q_EMIT censusFinished(ok);
}

void CensusDialog::updateButtons()
{
    m_again->setEnabled(!m_running && m_request);
    m_enterToken->setEnabled(!m_running);
    m_forgetToken->setEnabled(!m_running && !m_token.isEmpty());
    // Whether a token is used, never the token.
    m_tokenState->setText(
        m_token.isEmpty() ? tr("No gateway token is sent.") : tr("A gateway token is sent (hidden)."));
}

} // namespace habmesos
