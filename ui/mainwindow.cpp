// SPDX-License-Identifier: Apache-2.0
#include "ui/mainwindow.h"

#include "marathon/habitatlaunchcommand.h"
#include "package/demopackages.h"
#include "ui/appform.h"
#include "ui/buildpanel.h"
#include "ui/deploypanel.h"
#include "ui/exportdocument.h"
#include "ui/jsonpreview.h"
#include "ui/packagebrowser.h"
#include "ui/packagetreemodel.h"
#include "ui/secretstore.h"
#include "ui/sessionkeeper.h"
#include "ui/settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace habmesos {

namespace {

int leafCount(const QAbstractItemModel* model, const QModelIndex& parent)
{
    const int rows = model->rowCount(parent);
    if (rows == 0)
        return parent.isValid() ? 1 : 0;
    int n = 0;
    for (int i = 0; i < rows; ++i)
        n += leafCount(model, model->index(i, 0, parent));
    return n;
}

QStringList hartFiles(const QList<QUrl>& urls)
{
    QStringList files;
    for (const QUrl& url : urls) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".hart")))
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

MainWindow::MainWindow(Settings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_ownedSettings(settings ? nullptr : std::make_unique<Settings>())
    , m_settings(settings ? settings : m_ownedSettings.get())
    , m_document(new ExportDocument(this))
    , m_browser(new PackageBrowser(this))
    , m_form(new AppForm(m_document, this))
    , m_preview(new JsonPreview(m_document, this))
    , m_sidePanels(new QTabWidget(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);

    // The operator's output choices from last time; not undoable (no package yet).
    m_document->setOutputDir(m_settings->outputDir());
    m_document->setFormat(m_settings->tarballFormat());
    m_document->setAgentPorts(m_settings->agentPorts());
    m_document->setAgentFetcher(m_settings->agentFetcher());
    m_document->setFlavour(m_settings->jsonFlavour());
    m_document->undoStack()->clear();

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_preview);
    right->addWidget(m_sidePanels);
    m_sidePanels->hide(); // until the integrator adds the Build and Marathon panels
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_browser);
    splitter->addWidget(m_form);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({ 340, 560, 560 });
    setCentralWidget(splitter);

    connect(m_browser, &PackageBrowser::packageLoading, this,
        [this](const QString& request) { showStatus(tr("Reading %1…").arg(request)); });
    connect(
        m_browser, &PackageBrowser::packageLoaded, this, [this](const QString& request, const PackageClosure& closure) {
            // Where this closure was found: builds and the command line look there too.
            m_document->setSources(m_browser->sources());
            m_document->setPackage(request, closure);
            if (m_document->hasPackage()) {
                if (!m_demo) {
                    m_settings->addRecentPackage(request);
                    m_settings->setLastPackage(request);
                    updateRecentMenu();
                }
                showStatus(tr("Opened %1").arg(closure.root.toString()));
            } else {
                showStatus(tr("%1 could not be read").arg(request));
            }
            updateTitle();
            Q_EMIT packageShown();
        });
    connect(m_browser, &PackageBrowser::scanFinished, this,
        [this] { showStatus(tr("%n package(s) found", nullptr, leafCount(m_browser->treeModel(), {}))); });
    connect(m_preview, &JsonPreview::fieldActivated, m_form, &AppForm::focusField);
    connect(m_preview, &JsonPreview::saveRequested, this, &MainWindow::saveJsonDialog);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, [this] { updateTitle(); });
    m_problemCount = new QLabel(this);
    statusBar()->addPermanentWidget(m_problemCount);
    connect(m_document, &ExportDocument::changed, this, [this] {
        m_saveAction->setEnabled(m_document->hasPackage());
        m_copyAction->setEnabled(m_document->hasPackage());
        m_copyCommandAction->setEnabled(m_document->hasPackage());
        updateProblemCount();
    });

    m_keeper = new SessionKeeper(
        m_document, m_settings,
        [this](const QString& package) {
            leaveDemo();
            return m_browser->openPackage(package);
        },
        this);
    connect(m_keeper, &SessionKeeper::message, this, &MainWindow::showStatus);
    connect(m_browser, &PackageBrowser::packageLoading, m_keeper, &SessionKeeper::packageLoading);
    connect(m_browser, &PackageBrowser::scanFinished, m_keeper, &SessionKeeper::scanFinished, Qt::QueuedConnection);
    connect(m_keeper, &SessionKeeper::notesChanged, m_preview, &JsonPreview::setNotes);
    createActions();
    // A damaged or unreadable settings file was taken as empty: say so rather than start blank silently.
    if (const std::optional<QString> problem = m_settings->loadProblem())
        statusBar()->showMessage(*problem);
    else
        statusBar()->showMessage(tr("Pick a Habitat package to export."));
    updateTitle();
    resize(1280, 800);
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());

    PackageSources sources;
    sources.artifactCache = m_settings->artifactCacheDir();
    sources.keyDir = m_settings->keyDir();
    sources.installedRoot = m_settings->installedPackagesDir();
    setSources(sources);
    addOperationPanels();
}

void MainWindow::addOperationPanels()
{
    auto* build = new BuildPanel;
    build->setOptionsProvider([doc = m_document] { return doc->exportOptions(); });
    addSidePanel(build, tr("Build"));
    connect(m_buildAction, &QAction::triggered, this, [this, build] {
        m_sidePanels->setCurrentWidget(build); // the progress is there
        build->start();
    });
    connect(m_cancelBuildAction, &QAction::triggered, build, &BuildPanel::cancel);
    // One build at a time, and only of a package.
    auto updateBuildActions = [this, build] {
        m_buildAction->setEnabled(m_document->hasPackage() && !build->isRunning());
        m_cancelBuildAction->setEnabled(build->isRunning());
    };
    connect(m_document, &ExportDocument::packageChanged, this, updateBuildActions);
    connect(build, &BuildPanel::started, this, [this, updateBuildActions] {
        updateBuildActions();
        showStatus(tr("Building the tarball…"));
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
            return DeployPanel::Definition { doc->app(), doc->flavour(), doc->localProblems() };
        });
        // A tarball is the document's while it has the file name the document would build (the
        // package and the format); an older one must not be uploaded as this app's.
        auto isDocumentsTarball
            = [doc = m_document](const QString& path) { return QFileInfo(path).fileName() == doc->tarballFileName(); };
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
        addSidePanel(deploy, tr("Marathon"));
        connect(m_deployAction, &QAction::triggered, deploy, &DeployPanel::deploy);
        // As Build: only a package can be deployed.
        auto updateDeployAction = [this] { m_deployAction->setEnabled(m_document->hasPackage()); };
        connect(m_document, &ExportDocument::packageChanged, this, updateDeployAction);
        updateDeployAction();
        Q_EMIT operationPanelsReady();
    });
}

MainWindow::~MainWindow()
{
    // The undo stack (the document's, a child) emits cleanChanged while it is destroyed, after
    // this class's part is gone: updateTitle() must not run then.
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open .hart…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Demo Package"), this, &MainWindow::openDemo);
    file->addAction(tr("Open De&finition…"), this, &MainWindow::openDefinitionDialog);
    QAction* rescan = file->addAction(tr("Re&scan Packages"), this, &MainWindow::rescan);
    rescan->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save JSON…"), this, &MainWindow::saveJsonDialog);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_copyAction = edit->addAction(tr("&Copy JSON"), m_preview, &JsonPreview::copyJson);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAction->setEnabled(false);
    m_copyCommandAction = edit->addAction(tr("Copy as Command &Line"), this, &MainWindow::copyCommandLine);
    m_copyCommandAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_copyCommandAction->setEnabled(false);
    QAction* find = edit->addAction(tr("&Find Package"), this, [this] {
        m_browser->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_browser->filterEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    // Build and Deploy run the panels' start() and deploy(); the integrator connects them (see
    // addSidePanel in mainwindow.h) and enables them.
    QMenu* run = menuBar()->addMenu(tr("&Run"));
    m_buildAction = run->addAction(tr("&Build Tarball"));
    m_buildAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_buildAction->setEnabled(false);
    m_cancelBuildAction = run->addAction(tr("&Cancel Build"));
    m_cancelBuildAction->setEnabled(false);
    m_deployAction = run->addAction(tr("&Deploy to Marathon"));
    m_deployAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_deployAction->setEnabled(false);

    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->recentPackages();
    for (const QString& package : recent)
        m_recentMenu->addAction(package, this, [this, package] { openPackage(package); });
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the List"), this, [this] {
            m_settings->clearRecentPackages();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    const QString app = tr("Habitat to Mesos exporter");
    if (!m_document->hasPackage()) {
        setWindowTitle(app);
        setWindowModified(false);
        return;
    }
    setWindowTitle(QStringLiteral("%1[*] — %2").arg(m_document->service()->ident.toString(), app));
    setWindowModified(!m_document->undoStack()->isClean());
}

void MainWindow::updateProblemCount()
{
    int errors = 0, warnings = 0;
    for (const FieldProblem& p : m_document->problems())
        (p.severity == FieldProblem::Severity::Error ? errors : warnings)++;
    m_problemCount->setText(m_document->hasPackage()
            ? tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings)
            : QString());
}

void MainWindow::setSources(const PackageSources& sources)
{
    m_userSources = sources;
    m_demo = false;
    useSources(sources);
}

void MainWindow::useSources(const PackageSources& sources)
{
    m_browser->setSources(sources);
    if (!m_document->hasPackage())
        m_document->setSources(sources);
}

void MainWindow::leaveDemo()
{
    if (!m_demo)
        return;
    m_demo = false;
    useSources(m_userSources);
}

void MainWindow::rescan()
{
    if (m_demo)
        leaveDemo(); // rescans the user's folders
    else
        m_browser->rescan();
}

bool MainWindow::openDemo()
{
    if (!m_keeper->maySwitch())
        return false;
    const auto location = DemoPackages::ensure();
    if (!location) {
        QMessageBox::warning(this, tr("Demo package"), location.error());
        return false;
    }
    m_demo = true;
    PackageSources sources;
    sources.artifactCache = location->artifactCache;
    sources.keyDir = location->keyDir;
    sources.useInstalled = false; // the demo stands on its own, as `export --demo` does
    useSources(sources);
    return m_browser->openPackage(location->package);
}

bool MainWindow::openPackage(const QString& package)
{
    if (!m_keeper->maySwitch())
        return false;
    leaveDemo();
    return m_browser->openPackage(package);
}

bool MainWindow::openUrls(const QList<QUrl>& urls)
{
    const QStringList files = hartFiles(urls);
    if (files.isEmpty() || !m_keeper->maySwitch())
        return false;
    leaveDemo();
    return m_browser->openArtifact(files.first());
}

void MainWindow::openFileDialog()
{
    if (!m_keeper->maySwitch())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a Habitat package"), QString(), tr("Habitat packages (*.hart);;All files (*)"));
    if (path.isEmpty())
        return;
    leaveDemo();
    m_browser->openArtifact(path);
}

bool MainWindow::openDefinition(const QByteArray& json, const QString& whereFrom)
{
    return m_keeper->maySwitch() && m_keeper->openDefinition(json, whereFrom);
}

bool MainWindow::restoreSession()
{
    return m_keeper->restore();
}

void MainWindow::openDefinitionDialog()
{
    if (!m_keeper->maySwitch())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a Marathon app definition"), m_settings->outputDir(), tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_keeper->openDefinitionFile(path);
}

bool MainWindow::saveJsonTo(const QString& path, bool force, QString* error)
{
    if (!m_document->hasPackage() || (m_document->hasErrors() && !force)) {
        if (error)
            *error = tr("The definition has errors.");
        return false;
    }
    const Status status = m_preview->saveJson(path);
    if (!status) {
        if (error)
            *error = status.error();
        return false;
    }
    m_keeper->setDefinitionPath(path); // what Save writes when quitting asks
    m_document->undoStack()->setClean(); // the title's [*] says whether there is more than the file has
    return true;
}

void MainWindow::saveJsonDialog()
{
    if (!m_document->hasPackage())
        return;
    bool force = false;
    if (m_document->hasErrors()) {
        const auto answer = QMessageBox::warning(this, tr("Save JSON"),
            tr("The definition has errors, and Marathon will refuse it. Save it anyway?"),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return;
        force = true;
    }
    const QString suggested = QDir(m_document->settings().outputDir)
                                  .filePath(m_document->service()->ident.archiveStem() + QStringLiteral(".json"));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the Marathon JSON"), suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveJsonTo(path, force, &error))
        showStatus(tr("Saved %1").arg(path));
    else
        QMessageBox::critical(this, tr("Save JSON"), error);
}

void MainWindow::showStatus(const QString& text)
{
    statusBar()->showMessage(text);
}

void MainWindow::addSidePanel(QWidget* panel, const QString& title)
{
    m_sidePanels->addTab(panel, title);
    m_sidePanels->show();
}

QString MainWindow::copyCommandLine()
{
    const ExportDocument::CommandLine command = m_document->commandLine();
    if (command.arguments.isEmpty())
        return {};
    QStringList words { QStringLiteral("habmesos"), QStringLiteral("export") };
    for (const QString& argument : command.arguments)
        words.append(HabitatLaunchCommand::shellQuote(argument));
    const QString text = words.join(u' ');
    QGuiApplication::clipboard()->setText(text);
    if (command.notExpressed.isEmpty())
        showStatus(tr("Copied the command line that exports this package with these settings"));
    else
        showStatus(tr("Copied the command line; it cannot say %1, so it makes the generated ones instead")
                       .arg(command.notExpressed.join(tr(", "))));
    return text;
}

Status MainWindow::storePreferences()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    const ExportSettings& s = m_document->settings();
    m_settings->setOutputDir(s.outputDir);
    m_settings->setTarballFormat(s.format);
    m_settings->setAgentPorts(m_document->agentPorts());
    m_settings->setAgentFetcher(s.agentFetcher);
    m_settings->setJsonFlavour(s.flavour);
    return m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_keeper->maySwitch()) {
        event->ignore();
        return;
    }
    m_keeper->store();
    // The window closes all the same: the operator learns what the next start will not remember.
    if (const Status stored = storePreferences(); !stored)
        QMessageBox::warning(this, tr("Settings"), tr("The settings could not be saved: %1").arg(stored.error()));
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !hartFiles(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (event->mimeData()->hasUrls() && openUrls(event->mimeData()->urls()))
        event->acceptProposedAction();
}

} // namespace habmesos
