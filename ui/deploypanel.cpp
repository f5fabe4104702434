// SPDX-License-Identifier: Apache-2.0
#include "ui/deploypanel.h"

#include "marathon/fetchprobe.h"
#include "marathon/httpurl.h"
#include "marathon/marathonclient.h"
#include "marathon/marathonvalidator.h"
#include "ui/clusterview.h"
#include "ui/hartsuploadbox.h"
#include "ui/uploadbox.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace habmesos {

namespace {

QString describeField(const QString& field)
{
    return field.isEmpty() ? DeployPanel::tr("(whole definition)") : field;
}

} // namespace

DeployPanel::DeployPanel(Settings* settings, SecretStore* secrets, QWidget* parent)
    : QWidget(parent)
{
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };

    m_servers = new ServerPicker(settings, secrets, this);
    m_upload = new UploadBox(settings, this);
    m_hartsUpload = new HartsUploadBox(settings, this);
    m_hartsUpload->setVisible(false);

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

    m_cluster = new ClusterView(this);
    m_cluster->setClientRequest(
        [this](auto ready, auto failed) { m_servers->requestClient(std::move(ready), std::move(failed)); });
    auto serverName = [this] {
        const std::optional<MarathonServer> server = m_servers->currentServer();
        m_cluster->setServerName(server ? server->name : QString());
    };
    serverName();
    connect(m_servers, &ServerPicker::currentServerChanged, this, serverName);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_servers);
    layout->addWidget(m_upload);
    layout->addWidget(m_hartsUpload, 1);
    layout->addLayout(deployRow);
    layout->addWidget(m_status);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_cluster, 1);
    // Takes the spare height while the problem list is hidden (the list's stretch wins otherwise).
    layout->addStretch(0);

    connect(m_deployButton, &QPushButton::clicked, this, &DeployPanel::deploy);
    connect(m_stopButton, &QPushButton::clicked, this, &DeployPanel::stop);
    connect(m_servers, &ServerPicker::currentServerChanged, this, &DeployPanel::updateButtons);
    // What the last deployment showed was about another server.
    connect(m_servers, &ServerPicker::currentServerChanged, this, [this] {
        if (!isBusy())
            clearResults();
    });
    connect(m_servers, &ServerPicker::statusChanged, this, &DeployPanel::setStatus);
    connect(m_upload, &UploadBox::uploadRequested, this, &DeployPanel::upload);
    connect(m_upload, &UploadBox::statusChanged, this, &DeployPanel::setStatus);
    connect(m_upload, &UploadBox::fetchUriChanged, this, &DeployPanel::fetchUriChanged);
    connect(m_upload, &UploadBox::finished, this, [this](bool ok) {
        if (m_task != Task::Upload)
            return;
        if (!ok && m_upload->error().kind() == MarathonError::Kind::Unauthorized)
            m_servers->secretRefused();
        finishTask(ok);
    });
    connect(m_hartsUpload, &HartsUploadBox::uploadRequested, this, &DeployPanel::upload);
    connect(m_hartsUpload, &HartsUploadBox::statusChanged, this, &DeployPanel::setStatus);
    connect(m_hartsUpload, &HartsUploadBox::fetchUriChanged, this, &DeployPanel::fetchUriChanged);
    connect(m_hartsUpload, &HartsUploadBox::finished, this, [this](bool ok) {
        if (m_task == Task::Upload)
            finishTask(ok);
    });
    updateButtons();
}

DeployPanel::~DeployPanel()
{
    if (m_workflow)
        m_workflow->stop();
}

void DeployPanel::setDefinitionProvider(std::function<Definition()> provider)
{
    m_definitionProvider = std::move(provider);
}

void DeployPanel::setTarballPath(const QString& path)
{
    m_upload->setTarballPath(path);
}

QString DeployPanel::tarballPath() const
{
    return m_upload->tarballPath();
}

void DeployPanel::setConfirmation(Confirm confirm)
{
    m_confirm = std::move(confirm);
    m_confirmSet = true;
}

void DeployPanel::setReplaceConfirmation(ConfirmReplace confirm)
{
    m_confirmReplace = std::move(confirm);
}

void DeployPanel::definitionChanged()
{
    if (!m_definitionProvider || isBusy())
        return;
    const Definition definition = m_definitionProvider();
    // A tarball built before (this session or an earlier one) at the definition's path is the one
    // Upload sends.
    if (!definition.tarballPath.isEmpty() && m_upload->tarballPath() != definition.tarballPath
        && QFileInfo(definition.tarballPath).isFile())
        m_upload->setTarballPath(definition.tarballPath);
    m_upload->setVisible(!definition.hartsLayout);
    m_hartsUpload->setVisible(definition.hartsLayout);
    m_hartsUpload->setFiles(definition.hartsFiles);
    if (definition.app != m_sending || definition.problems != m_sendingProblems)
        clearResults();
}

void DeployPanel::clearResults()
{
    m_tasks->setVisible(false);
    m_tasks->setValue(0);
    showProblems({});
    setStatus(QString());
}

void DeployPanel::setSecretPrompt(SecretPrompt prompt)
{
    m_servers->setSecretPrompt(std::move(prompt));
}

void DeployPanel::setFollowerOptions(const DeploymentFollower::Options& options)
{
    m_followerOptions = options;
}

void DeployPanel::setRequestTimeout(int ms)
{
    m_servers->setRequestTimeout(ms);
}

void DeployPanel::setUploadUrl(const QString& url)
{
    m_upload->setUploadUrl(url);
}

void DeployPanel::setDownloadUrl(const QString& url)
{
    m_upload->setDownloadUrl(url);
}

void DeployPanel::setUploadToArtifactStore(bool artifactStore)
{
    m_upload->setUploadToArtifactStore(artifactStore);
}

bool DeployPanel::setCurrentServer(const QString& name)
{
    return m_servers->setCurrentServer(name);
}

bool DeployPanel::isBusy() const
{
    return m_task != Task::None;
}

QString DeployPanel::statusText() const
{
    return m_status->text();
}

void DeployPanel::forgetSecret()
{
    m_servers->forgetSecret();
}

void DeployPanel::editServers()
{
    m_servers->editServers();
}

void DeployPanel::reloadServers()
{
    m_servers->reloadServers();
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
    m_sendingFlavour = definition.flavour;
    m_sendingProblems = definition.problems;
    m_tasks->setVisible(false);
    if (!definition.tarballPath.isEmpty() && m_upload->tarballPath().isEmpty()
        && QFileInfo(definition.tarballPath).isFile())
        m_upload->setTarballPath(definition.tarballPath);
    const FieldProblems& problems = definition.problems;
    if (MarathonValidator::hasErrors(problems)) {
        showProblems(problems);
        int errors = 0;
        for (const FieldProblem& p : problems)
            errors += p.severity == FieldProblem::Severity::Error ? 1 : 0;
        setStatus(
            tr("Not sent: the definition has %n error(s); correct the definition and deploy again.", nullptr, errors));
        Q_EMIT deploymentFinished(false);
        return;
    }
    // A download the agents cannot make would only fail on every agent: not sent, said on the field.
    if (const FieldProblems fetch = DeployWorkflow::undownloadable(definition.app); !fetch.isEmpty()) {
        showProblems(problems + fetch);
        setStatus(tr("Not sent: the agents cannot download the tarball from %1. Upload it, or enter a URI the "
                     "agents can reach.")
                      .arg(definition.app.fetch.value(0).uri));
        Q_EMIT serverProblems(fetch);
        Q_EMIT deploymentFinished(false);
        return;
    }
    // Warnings do not stop the deployment but stay listed (the validator's, what the legacy
    // flavour cannot express, ...).
    showProblems(problems);
    startTask(Task::Deploy);
    // Is the tarball at its http(s) URI yet? Deploying before it is would only fail on every agent.
    auto* probe = new FetchProbe(definition.app, 10000, this);
    m_probe = probe;
    connect(probe, &FetchProbe::finished, this, [this, probe] {
        probe->deleteLater();
        if (m_probe != probe)
            return; // stopped meanwhile
        m_probe = nullptr;
        if (!probe->problems().isEmpty()) {
            showProblems(m_sendingProblems + probe->problems());
            setStatus(tr("Not sent: the tarball is not at %1 yet. Upload it, or enter the URI where it is.")
                          .arg(HttpUrl::forDisplay(QUrl(m_sending.fetch.value(0).uri))));
            Q_EMIT serverProblems(probe->problems());
            finishTask(false);
            return;
        }
        m_servers->requestClient([this](MarathonClient* client) { startWorkflow(client); },
            [this](const QString& why) {
                setStatus(why);
                finishTask(false);
            });
    });
    probe->start();
}

void DeployPanel::stop()
{
    m_servers->cancelRequest();
    switch (m_task) {
    case Task::None:
        return;
    case Task::Upload:
        if (m_upload->isUploading() || m_hartsUpload->isUploading()) {
            m_upload->cancel(); // finished() follows
            m_hartsUpload->cancel();
            return;
        }
        setStatus(tr("Upload canceled."));
        break;
    case Task::Deploy:
        if (m_probe) {
            m_probe->deleteLater();
            m_probe = nullptr;
        }
        if (m_workflow) {
            m_workflow->stop();
            m_workflow.release()->deleteLater();
        }
        setStatus(tr("Stopped following %1; Marathon goes on with what it was sent.").arg(m_sending.id));
        break;
    }
    finishTask(false);
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
    const bool haveServer = m_servers->hasServer();
    m_deployButton->setEnabled(!busy && haveServer);
    m_stopButton->setEnabled(busy);
    m_servers->setBusy(busy);
    m_upload->setBusy(busy, haveServer);
    m_hartsUpload->setBusy(busy);
    m_cluster->setBusy(busy || !haveServer);
}

} // namespace habmesos
