// SPDX-License-Identifier: Apache-2.0
// The Build and Marathon panels below the JSON, and the Run menu's actions that drive them.
#include "ui/mainwindow.h"

#include "ui/builderpanel.h"

#include "ui/appform.h"
#include "ui/buildpanel.h"
#include "ui/clusterview.h"
#include "ui/deploypanel.h"
#include "ui/exportdocument.h"
#include "ui/packagebrowser.h"
#include "ui/secretstore.h"
#include "ui/serverpicker.h"
#include "ui/servicestab.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>

namespace habmesos {

void MainWindow::addOperationPanels()
{
    auto* build = new BuildPanel;
    // optionsForBuild creates the output folder, as the operator was told it would.
    build->setOptionsProvider([doc = m_document] { return doc->optionsForBuild(); });
    addSidePanel(build, tr("Build"));
    connect(m_buildAction, &QAction::triggered, this, [this, build] {
        m_sidePanels->setCurrentWidget(build); // the progress is there
        build->start();
    });
    connect(m_cancelBuildAction, &QAction::triggered, build, &BuildPanel::cancel);
    // One build at a time, and only of a package.
    auto updateBuildActions = [this, build] {
        build->setPackageAvailable(m_document->hasPackage());
        m_buildAction->setEnabled(m_document->hasPackage() && !build->isRunning());
        m_cancelBuildAction->setEnabled(build->isRunning());
    };
    connect(m_document, &ExportDocument::packageChanged, this, updateBuildActions);
    connect(build, &BuildPanel::started, this, [this, updateBuildActions] {
        updateBuildActions();
        showStatus(tr("Building…"));
    });
    connect(build, &BuildPanel::finished, this, [this, updateBuildActions](const ExportResult& result) {
        m_document->setBuildResult(result); // sizes the disk
        updateBuildActions();
        showStatus(tr("Built %1").arg(QDir::toNativeSeparators(result.tarballPath)));
    });
    connect(build, &BuildPanel::failed, this, [this, updateBuildActions](const QString& message) {
        updateBuildActions();
        showStatus(tr("The build failed: %1").arg(message));
    });
    connect(build, &BuildPanel::canceled, this, [this, updateBuildActions] {
        updateBuildActions();
        showStatus(tr("The build was canceled; nothing was written"));
    });
    updateBuildActions();

    // The Marathon panel needs the secret store, which first asks whether a desktop keyring
    // answers (otherwise passwords and tokens are kept in memory only).
    SecretStore::createBest(this, std::chrono::milliseconds(1500), this, [this, build](SecretStore* secrets) {
        auto* deploy = new DeployPanel(m_settings, secrets);
        deploy->setDefinitionProvider([doc = m_document] {
            DeployPanel::Definition d { doc->app(), doc->flavour(), doc->localProblems(), {} };
            // The harts layout publishes the last build's files into a folder; the tarball layout
            // uploads the one tarball.
            d.hartsLayout = doc->settings().layout == DeploymentLayout::Harts;
            if (d.hartsLayout)
                d.hartsFiles = doc->builtHartsFiles();
            else if (doc->service())
                d.tarballPath = doc->settings().tarballPath(doc->service()->ident);
            return d;
        });
        // A tarball is the document's while it has the file name the document would build (the
        // package and the format) in the tarball layout; an older one must not be uploaded as this app's.
        auto isDocumentsTarball = [doc = m_document](const QString& path) {
            return doc->settings().layout == DeploymentLayout::Tarball
                && QFileInfo(path).fileName() == doc->tarballFileName();
        };
        connect(build, &BuildPanel::finished, deploy, [deploy, isDocumentsTarball](const ExportResult& r) {
            if (isDocumentsTarball(r.tarballPath))
                deploy->setTarballPath(r.tarballPath);
        });
        connect(m_document, &ExportDocument::changed, deploy, [deploy, isDocumentsTarball] {
            if (!deploy->tarballPath().isEmpty() && !isDocumentsTarball(deploy->tarballPath()))
                deploy->setTarballPath(QString());
        });
        connect(deploy, &DeployPanel::fetchUriChanged, m_document, &ExportDocument::setFetchUri);
        // Marathon's details are about the app that was sent; after an edit they may not apply.
        connect(deploy, &DeployPanel::serverProblems, m_document, [doc = m_document, deploy](const FieldProblems& p) {
            if (doc->app() == deploy->sentApp())
                doc->setServerProblems(p);
        });
        connect(deploy, &DeployPanel::deploymentStateChanged, this, &MainWindow::showStatus);
        connect(deploy, &DeployPanel::problemActivated, m_form, &AppForm::focusField);
        // Stale results (task bar, 422 and "Not sent" tables) go when the definition changes.
        connect(m_document, &ExportDocument::changed, deploy, &DeployPanel::definitionChanged);
        deploy->definitionChanged(); // the layout and files of a restored session
        deploy->clusterView()->setSecretStore(secrets); // the Supervisors' gateway tokens
        m_browser->builderPanel()->setSecretStore(secrets); // the Builder token
        connect(deploy->clusterView(), &ClusterView::openAppRequested, this,
            [this](const QByteArray& json, const QString& server) {
                const QString appId = QJsonDocument::fromJson(json).object().value(QLatin1String("id")).toString();
                openDefinition(json, tr("Marathon %1: %2").arg(server, appId));
            });
        // The Services page's "Use the selected server" fills in the server picked here.
        if (auto* picker = deploy->findChild<ServerPicker*>()) {
            auto selectServer = [services = m_form->servicesTab(), document = m_document, picker] {
                const std::optional<MarathonServer> server = picker->currentServer();
                services->setSelectedServerUrl(server ? server->url.toString() : QString());
                document->setDeployServer(server ? server->url : QUrl());
            };
            connect(picker, &ServerPicker::currentServerChanged, m_form->servicesTab(), selectServer);
            selectServer();
        }
        addSidePanel(deploy, tr("Marathon"));
        connect(m_deployAction, &QAction::triggered, deploy, &DeployPanel::deploy);
        // As Build: only a package can be deployed.
        auto updateDeployAction = [this] { m_deployAction->setEnabled(m_document->hasPackage()); };
        connect(m_document, &ExportDocument::packageChanged, this, updateDeployAction);
        updateDeployAction();
        Q_EMIT operationPanelsReady();
    });
}

} // namespace habmesos
