// SPDX-License-Identifier: Apache-2.0
#include "ui/mainwindow.h"

#include "ui/builderpanel.h"

#include "marathon/habitatlaunchcommand.h"
#include "package/demopackages.h"
#include "ui/appform.h"
#include "ui/exportdocument.h"
#include "ui/jsonpreview.h"
#include "ui/keyboardrouter.h"
#include "ui/packagebrowser.h"
#include "ui/packagetreemodel.h"
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
#include <QScreen>
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
    m_document->setLayout(m_settings->deploymentLayout());
    m_document->setFlavour(m_settings->jsonFlavour());
    m_document->undoStack()->clear();

    layOutColumns();

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
    // A package that cannot be opened is not shown with the previous one's values.
    connect(m_browser, &PackageBrowser::packageFailed, this, [this](const QString& request, const QString& message) {
        if (m_document->hasPackage() || !m_document->packageRequest().isEmpty())
            m_document->clearPackage();
        updateTitle();
        showStatus(tr("%1 could not be opened: %2").arg(request, message));
    });
    connect(m_browser, &PackageBrowser::demoRequested, this, &MainWindow::openDemo);
    m_browser->builderPanel()->setSettings(m_settings);
    connect(m_browser->builderPanel(), &BuilderPanel::fetchFailed, this, &MainWindow::showStatus);
    connect(m_browser, &PackageBrowser::scanFinished, this,
        [this] { showStatus(tr("%n package(s) found", nullptr, leafCount(m_browser->treeModel(), {}))); });
    connect(m_preview, &JsonPreview::fieldActivated, m_form, &AppForm::focusField);
    connect(m_preview, &JsonPreview::copied, this, &MainWindow::showStatus);
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
    m_browser->setSwitchGuard([this] { return m_keeper->maySwitch(); });
    connect(m_browser, &PackageBrowser::packageLoading, m_keeper, &SessionKeeper::packageLoading);
    connect(m_browser, &PackageBrowser::scanFinished, m_keeper, &SessionKeeper::scanFinished, Qt::QueuedConnection);
    connect(m_keeper, &SessionKeeper::notesChanged, m_preview, &JsonPreview::setNotes);
    createActions();
    new KeyboardRouter(this);
    // A damaged or unreadable settings file was taken as empty: say so rather than start blank silently.
    if (const std::optional<QString> problem = m_settings->loadProblem())
        statusBar()->showMessage(*problem);
    else
        statusBar()->showMessage(tr("Pick a Habitat package to export."));
    updateTitle();
    // Comfortable at 1280×800; on a smaller screen, the screen (the layout is usable at 1024×700).
    resize(QSize(1280, 800).boundedTo(screen() ? screen()->availableSize() : QSize(1280, 800)));
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());

    PackageSources sources;
    sources.artifactCache = m_settings->artifactCacheDir();
    sources.keyDir = m_settings->keyDir();
    sources.installedRoot = m_settings->installedPackagesDir();
    setSources(sources);
    addOperationPanels();
}

MainWindow::~MainWindow()
{
    // The undo stack (the document's, a child) emits cleanChanged while it is destroyed, after
    // this class's part is gone: updateTitle() must not run then.
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
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
    m_settings->setDeploymentLayout(s.layout);
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
