// SPDX-License-Identifier: Apache-2.0
#include "ui/deploypanel.h"

#include "marathon/marathonauth.h"
#include "marathon/marathonclient.h"
#include "marathon/marathonreply.h"
#include "marathon/marathonvalidator.h"
#include "ui/secretpromptdialog.h"
#include "ui/secretstore.h"
#include "ui/serverseditor.h"
#include "ui/settings.h"
#include "marathon/tarballuploader.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace habmesos {

namespace {

constexpr int BarScale = 1000;

QString describeField(const QString& field)
{
    return field.isEmpty() ? DeployPanel::tr("(whole definition)") : field;
}

} // namespace

DeployPanel::DeployPanel(Settings* settings, SecretStore* secrets, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    m_prompt = [this](const MarathonServer& server, bool persistent) -> std::optional<SecretAnswer> {
        SecretPromptDialog dialog(server, persistent, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return SecretAnswer { dialog.secret(), dialog.remember() };
    };

    // Server
    m_server = new QComboBox(this);
    m_server->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_editServers = new QPushButton(tr("&Servers…"), this);
    m_editServers->setToolTip(tr("Add, change or remove Marathon servers"));
    m_forget = new QPushButton(tr("&Forget password"), this);
    m_forget->setToolTip(tr("Forget the password or token of this server; it is asked for again next time"));
    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(new QLabel(tr("Marathon:"), this));
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_editServers);
    serverRow->addWidget(m_forget);

    // Upload
    auto* uploadBox = new QGroupBox(tr("Upload the tarball"), this);
    m_tarball = new QLabel(tr("No tarball built yet."), uploadBox);
    m_tarball->setTextFormat(Qt::PlainText);
    m_tarball->setWordWrap(true);
    m_toUrl = new QRadioButton(tr("To a &URL (WebDAV or pre-signed PUT):"), uploadBox);
    m_toArtifactStore = new QRadioButton(tr("To Marathon's &artifact store (Marathon 1.4 and older)"), uploadBox);
    m_toUrl->setChecked(true);
    m_uploadUrl = new QLineEdit(uploadBox);
    m_uploadUrl->setPlaceholderText(tr("https://files.example.com/habitat/ (a folder URL gets the file name)"));
    m_downloadUrl = new QLineEdit(uploadBox);
    m_downloadUrl->setPlaceholderText(tr("Only if agents download from another URL than the upload URL"));
    m_uploadButton = new QPushButton(tr("U&pload tarball"), uploadBox);
    m_uploadProgress = new QProgressBar(uploadBox);
    m_uploadProgress->setRange(0, BarScale);
    m_uploadProgress->setValue(0);
    auto* uploadForm = new QFormLayout;
    uploadForm->addRow(tr("Upload URL:"), m_uploadUrl);
    uploadForm->addRow(tr("Download URL:"), m_downloadUrl);
    auto* uploadRow = new QHBoxLayout;
    uploadRow->addWidget(m_uploadButton);
    uploadRow->addWidget(m_uploadProgress, 1);
    auto* uploadLayout = new QVBoxLayout(uploadBox);
    uploadLayout->addWidget(m_tarball);
    uploadLayout->addWidget(m_toUrl);
    uploadLayout->addLayout(uploadForm);
    uploadLayout->addWidget(m_toArtifactStore);
    uploadLayout->addLayout(uploadRow);

    // Deploy
    m_deployButton = new QPushButton(tr("&Deploy"), this);
    m_deployButton->setToolTip(tr("Send the application to Marathon and follow the deployment until it runs"));
    m_stopButton = new QPushButton(tr("S&top"), this);
    m_stopButton->setToolTip(tr("Stop the upload, or stop following the deployment (Marathon goes on with it)"));
    m_tasks = new QProgressBar(this);
    m_tasks->setRange(0, 1);
    m_tasks->setValue(0);
    m_tasks->setFormat(tr("%v/%m tasks running"));
    m_tasks->setVisible(false);
    auto* deployRow = new QHBoxLayout;
    deployRow->addWidget(m_deployButton);
    deployRow->addWidget(m_stopButton);
    deployRow->addWidget(m_tasks, 1);
    deployRow->addStretch();

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QTreeWidget(this);
    m_problems->setColumnCount(2);
    m_problems->setHeaderLabels({ tr("Field"), tr("Problem") });
    m_problems->setRootIsDecorated(false);
    m_problems->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->setVisible(false);
    connect(m_problems, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { Q_EMIT problemActivated(item->data(0, Qt::UserRole).toString()); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(serverRow);
    layout->addWidget(uploadBox);
    layout->addLayout(deployRow);
    layout->addWidget(m_status);
    layout->addWidget(m_problems, 1);
    // Takes the spare height while the problem list is hidden (the list's stretch wins otherwise).
    layout->addStretch(0);

    connect(m_editServers, &QPushButton::clicked, this, &DeployPanel::editServers);
    connect(m_forget, &QPushButton::clicked, this, &DeployPanel::forgetSecret);
    connect(m_uploadButton, &QPushButton::clicked, this, &DeployPanel::upload);
    connect(m_deployButton, &QPushButton::clicked, this, &DeployPanel::deploy);
    connect(m_stopButton, &QPushButton::clicked, this, &DeployPanel::stop);
    connect(m_toUrl, &QRadioButton::toggled, this, &DeployPanel::updateButtons);
    connect(m_server, &QComboBox::currentIndexChanged, this, [this] {
        if (m_server->currentIndex() >= 0 && m_settings)
            m_settings->setCurrentMarathonServer(m_server->currentData().toString());
        updateButtons();
    });

    if (m_settings) {
        m_uploadUrl->setText(m_settings->uploadUrl());
        m_downloadUrl->setText(m_settings->downloadUrl());
        (m_settings->uploadToArtifactStore() ? m_toArtifactStore : m_toUrl)->setChecked(true);
    }
    reloadServers();
    updateButtons();
}

DeployPanel::~DeployPanel()
{
    if (m_reply)
        m_reply->disconnect(this);
    if (m_follower)
        m_follower->cancel();
    if (m_uploader) {
        m_uploader->disconnect(this);
        m_uploader->cancel();
    }
}

void DeployPanel::setDefinitionProvider(std::function<Definition()> provider)
{
    m_definitionProvider = std::move(provider);
}

void DeployPanel::setTarballPath(const QString& path)
{
    m_tarballPath = path;
    m_tarball->setText(path.isEmpty() ? tr("No tarball built yet.") : tr("Tarball: %1").arg(path));
    updateButtons();
}

void DeployPanel::setConfirmation(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void DeployPanel::setSecretPrompt(SecretPrompt prompt)
{
    m_prompt = std::move(prompt);
}

void DeployPanel::setFollowerOptions(const DeploymentFollower::Options& options)
{
    m_followerOptions = options;
}

void DeployPanel::setRequestTimeout(int ms)
{
    m_requestTimeoutMs = ms;
    m_client.reset();
}

void DeployPanel::setUploadUrl(const QString& url)
{
    m_uploadUrl->setText(url);
}

void DeployPanel::setDownloadUrl(const QString& url)
{
    m_downloadUrl->setText(url);
}

void DeployPanel::setUploadToArtifactStore(bool artifactStore)
{
    (artifactStore ? m_toArtifactStore : m_toUrl)->setChecked(true);
}

bool DeployPanel::setCurrentServer(const QString& name)
{
    const int index = m_server->findData(name);
    if (index < 0)
        return false;
    m_server->setCurrentIndex(index);
    return true;
}

bool DeployPanel::isBusy() const
{
    return m_task != Task::None;
}

QString DeployPanel::statusText() const
{
    return m_status->text();
}

void DeployPanel::reloadServers()
{
    const QSignalBlocker blocker(m_server);
    m_server->clear();
    if (!m_settings)
        return;
    const QString current = m_settings->currentMarathonServer();
    for (const MarathonServer& s : m_settings->marathonServers()) {
        m_server->addItem(tr("%1 (%2)").arg(s.name, MarathonServer::normalizedUrl(s.url).toString()), s.name);
        if (s.name == current)
            m_server->setCurrentIndex(m_server->count() - 1);
    }
    if (m_server->currentIndex() < 0 && m_server->count() > 0)
        m_server->setCurrentIndex(0);
    updateButtons();
}

std::optional<MarathonServer> DeployPanel::currentServer() const
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

void DeployPanel::editServers()
{
    if (!m_settings)
        return;
    ServersEditorDialog dialog(m_settings->marathonServers(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings->setMarathonServers(dialog.servers());
    const Status synced = m_settings->sync();
    if (!synced.ok())
        setStatus(synced.error());
    m_client.reset();
    reloadServers();
}

void DeployPanel::forgetSecret()
{
    const std::optional<MarathonServer> server = currentServer();
    if (!server || !server->needsSecret() || !m_secrets)
        return;
    m_client.reset();
    m_secrets->deleteSecret(
        SecretStore::keyFor(server->url, server->userName), this, [this](const SecretStore::Reply& r) {
            if (r.outcome == SecretStore::Outcome::Ok || r.outcome == SecretStore::Outcome::NotFound)
                setStatus(tr("The password is forgotten; it is asked for at the next connection."));
            else
                setStatus(tr("The password could not be removed from the keyring: %1").arg(r.error));
        });
}

void DeployPanel::makeClient(const MarathonServer& server, const QString& secret)
{
    MarathonClient::Options o;
    o.url = MarathonServer::normalizedUrl(server.url);
    o.caFile = server.caFile;
    o.timeoutMs = m_requestTimeoutMs;
    switch (server.auth) {
    case MarathonServer::Auth::None:
        break;
    case MarathonServer::Auth::Basic:
        o.auth = MarathonAuth::basic(server.userName, secret);
        break;
    case MarathonServer::Auth::DcosToken:
        o.auth = MarathonAuth::dcosToken(secret);
        break;
    case MarathonServer::Auth::DcosLogin:
        o.auth = MarathonAuth::dcosLogin(server.userName, secret);
        break;
    }
    m_client = std::make_unique<MarathonClient>(o);
    m_clientServer = server;
}

void DeployPanel::withClient(std::function<void(MarathonClient*)> then)
{
    const std::optional<MarathonServer> server = currentServer();
    if (!server) {
        setStatus(tr("Add a Marathon server first (Servers…)."));
        finishTask(false);
        return;
    }
    if (m_client && m_clientServer == *server && !m_askSecretAgain) {
        then(m_client.get());
        return;
    }
    if (!server->needsSecret()) {
        makeClient(*server, {});
        then(m_client.get());
        return;
    }
    const QString key = SecretStore::keyFor(server->url, server->userName);
    auto ask = [this, server = *server, key, then]() {
        const bool persistent = m_secrets && m_secrets->isPersistent();
        std::optional<SecretAnswer> answer;
        if (m_prompt)
            answer = m_prompt(server, persistent);
        if (!answer || answer->secret.isEmpty()) {
            setStatus(tr("Nothing was sent: no password or token was given."));
            finishTask(false);
            return;
        }
        m_askSecretAgain = false;
        // Without a keyring the memory store keeps it for this session; with one, only if the
        // user asked to remember it. Never the settings file.
        if (m_secrets && (!persistent || answer->remember)) {
            m_secrets->writeSecret(key, answer->secret, this, [this](const SecretStore::Reply& r) {
                if (r.outcome != SecretStore::Outcome::Ok)
                    setStatus(tr("The password could not be kept in the keyring: %1").arg(r.error));
            });
        }
        makeClient(server, answer->secret);
        then(m_client.get());
    };
    if (m_askSecretAgain || !m_secrets) {
        ask();
        return;
    }
    setStatus(tr("Reading the password of %1…").arg(server->name));
    m_secrets->readSecret(
        key, this, [this, server = *server, ask, then, generation = m_taskGeneration](const SecretStore::Reply& r) {
            // Stopped meanwhile, perhaps with another task started since (its own read follows).
            if (m_task == Task::None || generation != m_taskGeneration)
                return;
            if (r.outcome == SecretStore::Outcome::Ok && !r.secret.isEmpty()) {
                makeClient(server, r.secret);
                then(m_client.get());
                return;
            }
            ask();
        });
}

void DeployPanel::deploy()
{
    if (isBusy())
        return;
    if (!m_definitionProvider) {
        setStatus(tr("There is no application definition to send yet."));
        return;
    }
    const Definition definition = m_definitionProvider();
    m_sending = definition.app;
    const MarathonFlavour flavour = definition.flavour;
    const FieldProblems& problems = definition.problems;
    if (MarathonValidator::hasErrors(problems)) {
        showProblems(problems);
        int errors = 0;
        for (const FieldProblem& p : problems)
            errors += p.severity == FieldProblem::Severity::Error ? 1 : 0;
        setStatus(tr("Not sent: the definition has %n error(s). Correct them and deploy again.", nullptr, errors));
        Q_EMIT deploymentFinished(false);
        return;
    }
    // Warnings do not stop the deployment but stay listed (the validator's, what the legacy
    // flavour cannot express, ...).
    showProblems(problems);
    m_sendingJson = MarathonJsonWriter::writeCompact(m_sending, flavour);
    startTask(Task::Deploy);
    withClient([this](MarathonClient* client) { sendCreate(client); });
}

void DeployPanel::sendCreate(MarathonClient* client)
{
    setStatus(tr("Creating %1 on %2…").arg(m_sending.id, client->server()));
    m_reply = client->createApp(m_sendingJson);
    MarathonReply* reply = m_reply;
    connect(reply, &MarathonReply::finished, this, [this, reply] { onDeployReply(reply, false); });
}

void DeployPanel::sendUpdate(MarathonClient* client, bool force)
{
    setStatus(force
            ? tr("Updating %1 on %2, canceling the deployments that hold it…").arg(m_sending.id, client->server())
            : tr("Updating %1 on %2…").arg(m_sending.id, client->server()));
    m_reply = client->updateApp(
        m_sending.id, m_sendingJson, force ? MarathonClient::Force::Yes : MarathonClient::Force::No);
    MarathonReply* reply = m_reply;
    connect(reply, &MarathonReply::finished, this, [this, reply] { onDeployReply(reply, true); });
}

void DeployPanel::onDeployReply(MarathonReply* reply, bool wasUpdate)
{
    reply->deleteLater();
    m_reply = nullptr;
    if (m_task != Task::Deploy || !m_client)
        return;
    if (reply->ok()) {
        follow(m_client.get(), reply->deploymentId(), reply->version());
        return;
    }
    const MarathonError error = reply->error();
    switch (error.kind()) {
    case MarathonError::Kind::AlreadyExists:
        if (!wasUpdate
            && m_confirm(tr("Application Exists"),
                tr("An application with the id %1 already exists on %2.\n\nReplace its definition with this one?")
                    .arg(m_sending.id, m_client->server()))) {
            sendUpdate(m_client.get(), false);
            return;
        }
        setStatus(tr("Not deployed: %1 already exists and was left as it is.").arg(m_sending.id));
        finishTask(false);
        return;
    case MarathonError::Kind::Locked: {
        const QString ids = error.deploymentIds().join(QStringLiteral(", "));
        // Forcing cancels the running deployments: asked every time, never assumed.
        if (m_confirm(tr("Application Locked"),
                tr("%1 is locked by the deployment(s) %2, which are still running.\n\nForce the change? This "
                   "cancels those deployments and deploys this definition instead.")
                    .arg(m_sending.id, ids))) {
            sendUpdate(m_client.get(), true);
            return;
        }
        setStatus(tr("Not deployed: %1 is locked by the deployment(s) %2.").arg(m_sending.id, ids));
        finishTask(false);
        return;
    }
    case MarathonError::Kind::Unauthorized:
        // The stored password or token was not accepted: ask again next time (the client, the
        // reply's parent, is replaced then, not here inside the reply's signal).
        m_askSecretAgain = true;
        break;
    default:
        break;
    }
    showError(error);
    if (!error.fieldProblems().isEmpty()
        && (error.kind() == MarathonError::Kind::Validation || error.kind() == MarathonError::Kind::InvalidJson)) {
        showProblems(error.fieldProblems());
        Q_EMIT serverProblems(error.fieldProblems());
    }
    finishTask(false);
}

void DeployPanel::follow(MarathonClient* client, const QString& deploymentId, const QString& version)
{
    if (m_follower)
        m_follower.release()->deleteLater();
    m_follower = std::make_unique<DeploymentFollower>(client, m_sending.id, deploymentId, version, m_followerOptions);
    connect(m_follower.get(), &DeploymentFollower::stateChanged, this, &DeployPanel::onFollowerState);
    connect(m_follower.get(), &DeploymentFollower::finished, this, &DeployPanel::onFollowerFinished);
    m_tasks->setVisible(false);
    m_follower->start();
}

void DeployPanel::onFollowerState(DeploymentFollower::State, const QString& message)
{
    if (m_follower && m_follower->instances() > 0) {
        m_tasks->setRange(0, m_follower->instances());
        m_tasks->setValue(qMin(m_follower->tasksRunning(), m_follower->instances()));
        m_tasks->setVisible(true);
    }
    setStatus(tr("%1: %2").arg(m_sending.id, message));
    Q_EMIT deploymentStateChanged(message);
}

void DeployPanel::onFollowerFinished(DeploymentFollower::State state)
{
    if (!m_follower)
        return;
    const QString message = m_follower->message();
    m_follower.release()->deleteLater(); // we are inside its signal
    switch (state) {
    case DeploymentFollower::State::Running:
        setStatus(tr("%1 runs: %2").arg(m_sending.id, message));
        finishTask(true);
        return;
    default:
        // The follower's last stateChanged already said why ("Failed: a task of ... failed (...)").
        setStatus(tr("%1: %2").arg(m_sending.id, message));
        break;
    }
    finishTask(false);
}

void DeployPanel::upload()
{
    if (isBusy())
        return;
    if (m_tarballPath.isEmpty() || !QFileInfo(m_tarballPath).isFile()) {
        setStatus(m_tarballPath.isEmpty()
                ? tr("Build the tarball first.")
                : tr("%1: the tarball is not there any more; build it again.").arg(m_tarballPath));
        Q_EMIT uploadFinished(false);
        return;
    }
    startTask(Task::Upload);
    m_uploadProgress->setValue(0);
    if (m_toArtifactStore->isChecked()) {
        withClient([this](MarathonClient* client) { startUpload(client); });
        return;
    }
    startUpload(nullptr);
}

void DeployPanel::startUpload(MarathonClient* client)
{
    m_uploader = std::make_unique<TarballUploader>();
    connect(m_uploader.get(), &TarballUploader::progress, this, [this](qint64 sent, qint64 total) {
        m_uploadProgress->setValue(total > 0 ? int(double(sent) / double(total) * BarScale) : 0);
    });
    connect(m_uploader.get(), &TarballUploader::finished, this, &DeployPanel::onUploadFinished, Qt::QueuedConnection);
    m_uploadingPath = m_tarballPath;
    const QString fileName = QFileInfo(m_tarballPath).fileName();
    if (client) {
        setStatus(tr("Uploading %1 to the artifact store of %2…").arg(fileName, client->server()));
        m_uploader->uploadToArtifactStore(client, m_tarballPath);
        return;
    }
    QUrl target(m_uploadUrl->text().trimmed(), QUrl::StrictMode);
    if (!target.isValid() || target.host().isEmpty()
        || (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https"))) {
        m_uploader.reset();
        setStatus(tr("Upload URL: give an http:// or https:// address, e.g. https://files.example.com/habitat/"));
        finishTask(false);
        return;
    }
    if (target.path().isEmpty() || target.path().endsWith(u'/'))
        target.setPath(target.path() + (target.path().isEmpty() ? QStringLiteral("/") : QString()) + fileName);
    TarballUploader::Options options;
    const QString download = m_downloadUrl->text().trimmed();
    if (!download.isEmpty())
        options.fetchUri = QUrl(download, QUrl::StrictMode);
    QUrl shown = target;
    shown.setUserInfo({});
    shown.setQuery(QString());
    setStatus(tr("Uploading %1 to %2…").arg(fileName, shown.toString()));
    m_uploader->uploadTo(target, m_tarballPath, options);
}

void DeployPanel::onUploadFinished()
{
    if (!m_uploader)
        return;
    TarballUploader* up = m_uploader.release();
    up->deleteLater();
    if (up->ok()) {
        if (m_settings) {
            // Next time the same place; a pre-signed URL (a credential) is not kept (Settings).
            m_settings->setUploadToArtifactStore(m_toArtifactStore->isChecked());
            if (m_toUrl->isChecked()) {
                m_settings->setUploadUrl(m_uploadUrl->text());
                m_settings->setDownloadUrl(m_downloadUrl->text());
            }
        }
        const QString uri = up->fetchUri().toString();
        m_uploadProgress->setValue(BarScale);
        if (m_uploadingPath != m_tarballPath) {
            // Another package or format since: this URI would name the wrong tarball.
            setStatus(tr("Uploaded %1; the application now needs another tarball, so its fetch URI was left "
                         "as it is.")
                          .arg(QFileInfo(m_uploadingPath).fileName()));
            finishTask(true);
            return;
        }
        // A download URL may carry a password for the agents; the panel does not show it.
        setStatus(tr("Uploaded. Mesos agents download the tarball from %1")
                      .arg(up->fetchUri().toString(QUrl::RemovePassword)));
        Q_EMIT fetchUriChanged(uri);
        finishTask(true);
        return;
    }
    m_uploadProgress->setValue(0);
    if (up->error().kind() == MarathonError::Kind::Unauthorized)
        m_askSecretAgain = true;
    if (up->error().kind() == MarathonError::Kind::Canceled)
        setStatus(tr("Upload canceled."));
    else
        showError(up->error());
    finishTask(false);
}

void DeployPanel::stop()
{
    switch (m_task) {
    case Task::None:
        return;
    case Task::Upload:
        if (m_uploader) {
            m_uploader->cancel(); // finished() follows
            return;
        }
        setStatus(tr("Upload canceled."));
        break;
    case Task::Deploy:
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
            m_reply = nullptr;
        }
        if (m_follower) {
            m_follower->cancel();
            m_follower.release()->deleteLater();
        }
        setStatus(tr("Stopped following %1; Marathon goes on with what it was sent.").arg(m_sending.id));
        break;
    }
    finishTask(false);
}

void DeployPanel::showError(const MarathonError& error)
{
    setStatus(error.message());
}

void DeployPanel::showProblems(const FieldProblems& problems)
{
    m_listed = problems;
    m_problems->clear();
    for (const FieldProblem& p : problems) {
        auto* item = new QTreeWidgetItem(m_problems, { describeField(p.field), p.message });
        item->setIcon(0,
            style()->standardIcon(p.severity == FieldProblem::Severity::Error ? QStyle::SP_MessageBoxCritical
                                                                              : QStyle::SP_MessageBoxWarning));
        item->setData(0, Qt::UserRole, p.field);
    }
    m_problems->setVisible(!problems.isEmpty());
}

void DeployPanel::setStatus(const QString& text)
{
    m_status->setText(text);
}

void DeployPanel::startTask(Task task)
{
    m_task = task;
    ++m_taskGeneration;
    updateButtons();
}

void DeployPanel::finishTask(bool ok)
{
    const Task task = m_task;
    m_task = Task::None;
    updateButtons();
    if (task == Task::Deploy)
        Q_EMIT deploymentFinished(ok);
    else if (task == Task::Upload)
        Q_EMIT uploadFinished(ok);
}

void DeployPanel::updateButtons()
{
    const bool busy = isBusy();
    const bool haveServer = m_server->currentIndex() >= 0;
    m_deployButton->setEnabled(!busy && haveServer);
    m_uploadButton->setEnabled(!busy && !m_tarballPath.isEmpty() && (m_toUrl->isChecked() || haveServer));
    m_stopButton->setEnabled(busy);
    m_server->setEnabled(!busy);
    m_editServers->setEnabled(!busy);
    const std::optional<MarathonServer> server = haveServer ? currentServer() : std::nullopt;
    m_forget->setEnabled(!busy && server && server->needsSecret());
    m_uploadUrl->setEnabled(m_toUrl->isChecked());
    m_downloadUrl->setEnabled(m_toUrl->isChecked());
}

} // namespace habmesos
