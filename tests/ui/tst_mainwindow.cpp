// SPDX-License-Identifier: Apache-2.0
// The main window: the package tree and its filter, opening the demo, dropping a .hart file,
// stale details dropped when another package is picked quickly, saving the JSON, and the
// preferences it keeps.
#include "marathon/deploymentfollower.h"
#include "marathon/marathonstub.h"
#include "marathon/marathonvalidator.h"
#include "package/demopackages.h"
#include "support/processrunner.h"
#include "support/testhome.h"
#include "support/testpaths.h"
#include "support/testwait.h"
#include "support/threadgate.h"
#include "ui/appform.h"
#include "ui/buildpanel.h"
#include "ui/dependencytreemodel.h"
#include "ui/deploypanel.h"
#include "ui/exportdocument.h"
#include "ui/hartsuploadbox.h"
#include "ui/healthcheckform.h"
#include "ui/jsonpreview.h"
#include "ui/mainwindow.h"
#include "ui/marathonserver.h"
#include "ui/packagebrowser.h"
#include "ui/packagedetailsloader.h"
#include "ui/packagetreemodel.h"
#include "ui/settings.h"
#include "ui/uploadbox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

using namespace habmesos;
using habmesos::test::MarathonStub;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoOpensWithTreeAndDetails();
    void filterNarrowsTheTree();
    void droppingAHartOpensIt();
    void dropIgnoresOtherFiles();
    void stalePackageDetailsAreDropped();
    void saveRefusesErrorsUnlessForced();
    void preferencesArePersisted();
    void preferencesThatCannotBeSavedAreReported();
    void activatingAProblemShowsItsField();
    void backgroundJobsDoNotStarveTheEngine();
    void buildFromTheWindow();
    void cancelFromTheWindowLeavesNothing();
    void deployFromTheWindow();
    void deployRefusedForTheDocumentsErrors();
    void copyAsCommandLine();
    void savingMarksTheWindowClean();
    void demoSourcesStayWithTheDemo();
    void newSourcesDropTheLoadInFlight();
    void staleResultsStayOut();

private:
    QString hartOf(const QString& name) const;
    bool waitForPackage(MainWindow& window);

    QTemporaryDir m_home;
    DemoPackages::Location m_demo;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    const Status home = test::TestHome::redirect(m_home.path(), true);
    QVERIFY2(home.ok(), qPrintable(home.error()));
    const auto location = DemoPackages::ensure();
    QVERIFY2(location.ok(), qPrintable(location.error()));
    m_demo = location.value();
}

QString tst_MainWindow::hartOf(const QString& name) const
{
    QDirIterator it(m_demo.artifactCache, { QStringLiteral("*.hart") }, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName().startsWith(name))
            return path;
    }
    return {};
}

bool tst_MainWindow::waitForPackage(MainWindow& window)
{
    QSignalSpy shown(&window, &MainWindow::packageShown);
    return shown.wait(test::WaitMs);
}

void tst_MainWindow::demoOpensWithTreeAndDetails()
{
    Settings settings(m_home.filePath(QStringLiteral("a.conf")));
    MainWindow window(&settings);
    QAbstractItemModelTester tree(
        window.browser()->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxy(
        window.browser()->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(&window, &MainWindow::packageShown);
    QVERIFY(window.openDemo());
    QVERIFY(shown.wait(test::WaitMs));
    QVERIFY(window.document()->hasPackage());
    QCOMPARE(window.document()->packageRequest(), DemoPackages::serviceIdent());
    QVERIFY(window.windowTitle().startsWith(DemoPackages::serviceIdent()));
    QVERIFY(!window.preview()->editor()->toPlainText().isEmpty());
    // The tree: origin / name / version / release, the demo's service and the Supervisor's packages.
    const QModelIndex leaf = window.browser()->treeModel()->indexOf(DemoPackages::serviceIdent());
    QVERIFY(leaf.isValid());
    QCOMPARE(leaf.data().toString(), QStringLiteral("20240601120000"));
    QCOMPARE(leaf.parent().parent().data().toString(), QStringLiteral("hello"));
    QCOMPARE(leaf.parent().parent().parent().data().toString(), QStringLiteral("demo"));
    QVERIFY(window.browser()->treeModel()->rowCount() >= 2); // demo and an origin of the Supervisor
    // The dependency tree has the root and its dependencies.
    QVERIFY(window.browser()->dependencyModel()->rowCount() == 1);
    // Demo packages are not recent packages.
    QVERIFY(settings.recentPackages().isEmpty());
}

void tst_MainWindow::filterNarrowsTheTree()
{
    Settings settings(m_home.filePath(QStringLiteral("b.conf")));
    MainWindow window(&settings);
    QVERIFY(window.openDemo());
    QVERIFY(waitForPackage(window));
    QSortFilterProxyModel* filter = window.browser()->filterModel();
    QAbstractItemModelTester tester(filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = filter->rowCount();
    QVERIFY(all >= 2);
    window.browser()->filterEdit()->setText(QStringLiteral("HELLO"));
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->index(0, 0).data().toString(), QStringLiteral("demo"));
    // The whole branch down to the release stays.
    QModelIndex index = filter->index(0, 0);
    for (int depth = 0; depth < 3; ++depth) {
        QVERIFY(filter->rowCount(index) >= 1);
        index = filter->index(0, 0, index);
    }
    QCOMPARE(index.data().toString(), QStringLiteral("20240601120000"));
    window.browser()->filterEdit()->setText(QStringLiteral("no-such-package"));
    QCOMPARE(filter->rowCount(), 0);
    window.browser()->filterEdit()->clear();
    QCOMPARE(filter->rowCount(), all);
}

void tst_MainWindow::droppingAHartOpensIt()
{
    Settings settings(m_home.filePath(QStringLiteral("c.conf")));
    MainWindow window(&settings);
    QVERIFY(window.acceptDrops());
    // The demo's keys, so the dropped artifact verifies.
    PackageSources sources;
    sources.artifactCache = m_demo.artifactCache;
    sources.keyDir = m_demo.keyDir;
    sources.useInstalled = false;
    window.setSources(sources);
    const QString hart = hartOf(QStringLiteral("demo-hello-"));
    QVERIFY(!hart.isEmpty());

    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(hart) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy shown(&window, &MainWindow::packageShown);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(shown.wait(test::WaitMs));
    QCOMPARE(window.document()->packageRequest(), hart);
    QCOMPARE(window.document()->exportOptions().package, hart);
    QCOMPARE(window.document()->service()->ident.toString(), DemoPackages::serviceIdent());
    // Dropped while the cache was being scanned: its dependencies were still found there.
    QVERIFY(window.document()->closure().missing.isEmpty());
    QVERIFY(window.browser()->dependencyModel()->item(0)->rowCount() > 0);
    QVERIFY(!window.document()->hasErrors());
    QCOMPARE(settings.recentPackages().value(0), Settings::normalizedPackage(hart));
    QCOMPARE(settings.lastPackage(), hart);
}

void tst_MainWindow::dropIgnoresOtherFiles()
{
    Settings settings(m_home.filePath(QStringLiteral("d.conf")));
    MainWindow window(&settings);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(m_home.filePath(QStringLiteral("notes.txt"))),
        QUrl(QStringLiteral("https://example.com/x.hart")) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(!enter.isAccepted());
    QVERIFY(!window.openUrls(mime.urls()));
}

void tst_MainWindow::stalePackageDetailsAreDropped()
{
    PackageRepository::Options options;
    options.artifactCache = m_demo.artifactCache;
    options.useInstalled = false;
    PackageRepository repository(options);
    repository.scan();
    const QList<PackageRef> refs = repository.packages();
    QVERIFY(refs.size() >= 2);
    const PackageRef first = refs.at(0);
    const PackageRef second = refs.at(1);

    // The first request's resolution is held back until the second one has been answered.
    QSemaphore releaseFirst;
    PackageDetailsLoader loader;
    loader.setResolve(
        [&](const PackageRef& ref, const PackageRepository&, const KeyCache&, const std::atomic_bool* cancel) {
            PackageClosure closure;
            closure.request = ref.ident.toString();
            if (ref == first) {
                releaseFirst.tryAcquire(1, test::WaitMs); // bounded only for a failing test
                closure.cancelled = cancel && cancel->load();
            }
            return closure;
        });
    QList<QString> answered;
    connect(&loader, &PackageDetailsLoader::loaded, this,
        [&](const PackageRef&, const PackageClosure& closure) { answered.append(closure.request); });
    loader.load(first, repository, m_demo.keyDir);
    QVERIFY(loader.isLoading());
    loader.load(second, repository, m_demo.keyDir);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, test::WaitMs);
    QCOMPARE(answered.first(), second.ident.toString());
    QVERIFY(!loader.isLoading());
    releaseFirst.release();
    QTRY_COMPARE_WITH_TIMEOUT(loader.droppedResults(), 1, test::WaitMs);
    QCOMPARE(answered.size(), 1); // the first's late answer never arrives
}

void tst_MainWindow::saveRefusesErrorsUnlessForced()
{
    Settings settings(m_home.filePath(QStringLiteral("e.conf")));
    MainWindow window(&settings);
    QVERIFY(window.openDemo());
    QVERIFY(waitForPackage(window));
    const QString path = m_home.filePath(QStringLiteral("app.json"));
    QString error;
    QVERIFY2(window.saveJsonTo(path, false, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), window.document()->json());
    file.close();

    window.document()->setAppId(QStringLiteral("/Not Valid"));
    QVERIFY(window.document()->hasErrors());
    const QString bad = m_home.filePath(QStringLiteral("bad.json"));
    QVERIFY(!window.saveJsonTo(bad, false, &error));
    QVERIFY(!QFile::exists(bad));
    QVERIFY(window.saveJsonTo(bad, true, &error));
    QVERIFY(QFile::exists(bad));
    QVERIFY(!window.saveJsonTo(m_home.filePath(QStringLiteral("no/such/dir/x.json")), true, &error));
    QVERIFY2(error.contains(QStringLiteral("x.json")), qPrintable(error));
}

void tst_MainWindow::preferencesArePersisted()
{
    const QString conf = m_home.filePath(QStringLiteral("f.conf"));
    {
        Settings settings(conf);
        MainWindow window(&settings);
        window.resize(900, 650);
        window.document()->setOutputDir(m_home.filePath(QStringLiteral("tarballs")));
        window.document()->setFormat(TarballFormat::Xz);
        window.document()->setLayout(DeploymentLayout::Harts);
        window.document()->setFlavour(MarathonFlavour::Legacy);
        window.close();
    }
    Settings settings(conf);
    QCOMPARE(settings.outputDir(), m_home.filePath(QStringLiteral("tarballs")));
    QCOMPARE(settings.tarballFormat(), TarballFormat::Xz);
    QCOMPARE(settings.deploymentLayout(), DeploymentLayout::Harts);
    QCOMPARE(settings.jsonFlavour(), MarathonFlavour::Legacy);
    QVERIFY(!settings.windowGeometry().isEmpty());
    MainWindow window(&settings);
    QCOMPARE(window.document()->settings().outputDir, m_home.filePath(QStringLiteral("tarballs")));
    QCOMPARE(window.document()->settings().format, TarballFormat::Xz);
    QCOMPARE(window.document()->settings().layout, DeploymentLayout::Harts);
    QCOMPARE(window.document()->flavour(), MarathonFlavour::Legacy);
    QCOMPARE(window.document()->undoStack()->count(), 0);
}

void tst_MainWindow::preferencesThatCannotBeSavedAreReported()
{
    // A file where the settings file's folder should be: nothing can be written there.
    const QString blocker = m_home.filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QString shown;
    {
        Settings settings(blocker + QStringLiteral("/habmesos.conf"));
        MainWindow window(&settings);
        window.show();
        // The warning is modal: read and close it from the event loop its exec() runs.
        QTimer::singleShot(0, &window, [&shown] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        window.close();
        // The settings' own last try, when they go, is logged.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("blocker.*cannot create the folder")));
    }
    QVERIFY2(shown.contains(QStringLiteral("could not be saved")), qPrintable(shown));
    QVERIFY2(shown.contains(blocker), qPrintable(shown));
}

void tst_MainWindow::activatingAProblemShowsItsField()
{
    Settings settings(m_home.filePath(QStringLiteral("g.conf")));
    MainWindow window(&settings);
    QVERIFY(window.openDemo());
    QVERIFY(waitForPackage(window));
    QTabWidget* tabs = window.form()->tabs();
    auto tabOf = [&](const QString& name) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i).remove(u'&') == name)
                return i;
        }
        return -1;
    };
    // A server's 422 detail on a port, next to the validator's problem on the id.
    window.document()->setAppId(QStringLiteral("/Bad Id"));
    window.document()->setServerProblems(
        { { QStringLiteral("portDefinitions/1/name"), QStringLiteral("taken"), FieldProblem::Severity::Error } });
    QListWidget* list = window.preview()->problemList();
    QListWidgetItem* idItem = nullptr;
    QListWidgetItem* portItem = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        const QString field = list->item(i)->data(Qt::UserRole + 1).toString(); // the preview's FieldRole
        if (field == QLatin1String("id"))
            idItem = list->item(i);
        if (field == QLatin1String("portDefinitions/1/name"))
            portItem = list->item(i);
    }
    QVERIFY(idItem);
    QVERIFY(portItem);
    tabs->setCurrentIndex(tabOf(QStringLiteral("Output")));
    Q_EMIT list->itemActivated(portItem);
    QCOMPARE(tabs->currentIndex(), tabOf(QStringLiteral("Ports")));
    auto* portsView = tabs->currentWidget()->findChild<QTableView*>();
    QVERIFY(portsView);
    QCOMPARE(portsView->currentIndex().row(), 1);
    Q_EMIT list->itemActivated(idItem);
    QCOMPARE(tabs->currentIndex(), tabOf(QStringLiteral("Application")));

    // A 422 on a health check field opens the Health check page at that field.
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.document()->setServerProblems({ { QStringLiteral("healthChecks/0/timeoutSeconds"),
        QStringLiteral("is greater than intervalSeconds"), FieldProblem::Severity::Error } });
    QListWidgetItem* healthItem = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(QStringLiteral("Health check: is greater")))
            healthItem = list->item(i);
    }
    QVERIFY(healthItem);
    Q_EMIT list->itemActivated(healthItem);
    QCOMPARE(tabs->currentIndex(), tabOf(QStringLiteral("Health check")));
    QTRY_VERIFY_WITH_TIMEOUT(window.form()->healthCheckForm()->timeoutSpin()->hasFocus(), test::WaitMs);
    QVERIFY(!window.form()->healthCheckForm()->problemLabel()->isHidden());
}

void tst_MainWindow::backgroundJobsDoNotStarveTheEngine()
{
    // The engine's scan and resolver fan out on the global pool and wait for their parts; the
    // window's own jobs must not take those threads (on a one- or two-core machine two jobs at
    // once, a rescan and a closure, used to wait for each other for ever).
    QThreadPool* global = QThreadPool::globalInstance();
    const int threads = global->maxThreadCount();
    global->setMaxThreadCount(1);
    const auto restore = qScopeGuard([global, threads] { global->setMaxThreadCount(threads); });
    {
        Settings settings(m_home.filePath(QStringLiteral("h.conf")));
        MainWindow window(&settings);
        QVERIFY(window.openDemo());
        window.browser()->rescan();
        window.browser()->rescan();
        QVERIFY(waitForPackage(window));
        QVERIFY(window.document()->hasPackage());
        QVERIFY(window.document()->closure().missing.isEmpty());
    }
}

namespace {

BuildPanel* buildPanelOf(MainWindow& window)
{
    for (int i = 0; i < window.sidePanels()->count(); ++i) {
        if (auto* panel = qobject_cast<BuildPanel*>(window.sidePanels()->widget(i)))
            return panel;
    }
    return nullptr;
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

void tst_MainWindow::buildFromTheWindow()
{
    Settings settings(m_home.filePath(QStringLiteral("i.conf")));
    MainWindow window(&settings);
    BuildPanel* panel = buildPanelOf(window);
    QVERIFY(panel);
    QVERIFY(!window.buildAction()->isEnabled()); // nothing to build yet
    QVERIFY(window.openDemo());
    QVERIFY(waitForPackage(window));
    QTemporaryDir out;
    QTemporaryDir segments;
    window.document()->setOutputDir(out.path());
    window.document()->setSegmentCache(segments.path());
    window.sidePanels()->setCurrentIndex(window.sidePanels()->count() - 1);

    QSignalSpy progress(panel, &BuildPanel::progressChanged);
    QSignalSpy finished(panel, &BuildPanel::finished);
    QSignalSpy failed(panel, &BuildPanel::failed);
    QVERIFY(window.buildAction()->isEnabled());
    QVERIFY(!window.cancelBuildAction()->isEnabled());
    window.buildAction()->trigger();
    // Started in the background: the window's actions say so and the Build panel is in front.
    QVERIFY(panel->isRunning());
    QCOMPARE(window.sidePanels()->currentWidget(), panel);
    QVERIFY(!window.buildAction()->isEnabled());
    QVERIFY(window.cancelBuildAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), test::WaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));

    // What the document named, in the folder it named; the progress bar full.
    const auto result = finished.first().first().value<ExportResult>();
    QCOMPARE(result.tarballName, window.document()->tarballFileName());
    QCOMPARE(filesIn(out.path()), QStringList { result.tarballName });
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last()[0].toLongLong(), progress.last()[1].toLongLong());
    auto* bar = panel->findChild<QProgressBar*>();
    QVERIFY(bar);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(result.tarballPath)),
        qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.buildAction()->isEnabled());
    QVERIFY(!window.cancelBuildAction()->isEnabled());
}

void tst_MainWindow::cancelFromTheWindowLeavesNothing()
{
    // The window's own options, with a gate in the progress report: the job waits there until
    // the test has canceled, so the cancel lands while the tarball is half written however fast
    // the machine is. (The gate outlives the window, whose panel waits for the job.)
    test::ThreadGate gate;
    Settings settings(m_home.filePath(QStringLiteral("j.conf")));
    MainWindow window(&settings);
    const auto openAtExit = qScopeGuard([&gate] { gate.open(); });
    QVERIFY(window.openDemo());
    QVERIFY(waitForPackage(window));
    QTemporaryDir out;
    QTemporaryDir segments;
    window.document()->setOutputDir(out.path());
    window.document()->setSegmentCache(segments.path());
    BuildPanel* panel = buildPanelOf(window);
    QVERIFY(panel);
    panel->setOptionsProvider([&, document = window.document()] {
        ExportOptions o = document->exportOptions();
        o.progress = [&](qint64 done, qint64) {
            if (done > 0)
                gate.pass();
        };
        return o;
    });
    QSignalSpy canceled(panel, &BuildPanel::canceled);
    QSignalSpy finished(panel, &BuildPanel::finished);
    window.buildAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(gate.reached(), test::WaitMs);

    // The window does not freeze while the job runs: edits go through and the preview follows.
    window.form()->cpusSpin()->setValue(2);
    QVERIFY(window.document()->json().contains("\"cpus\": 2"));
    QVERIFY(!window.buildAction()->isEnabled());

    window.cancelBuildAction()->trigger();
    gate.open();
    QTRY_COMPARE_WITH_TIMEOUT(canceled.size(), 1, test::WaitMs);
    QVERIFY(finished.isEmpty());
    QCOMPARE(filesIn(out.path()), QStringList()); // no tarball, no temporary file
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("canceled")),
        qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.buildAction()->isEnabled());
    QVERIFY(!window.cancelBuildAction()->isEnabled());
}

namespace {

DeployPanel* findDeployPanel(MainWindow& window)
{
    for (int i = 0; i < window.sidePanels()->count(); ++i) {
        if (auto* panel = qobject_cast<DeployPanel*>(window.sidePanels()->widget(i)))
            return panel;
    }
    return nullptr;
}

// The Marathon panel, once the secret store is known.
DeployPanel* deployPanelOf(MainWindow& window)
{
    if (DeployPanel* panel = findDeployPanel(window))
        return panel;
    QSignalSpy ready(&window, &MainWindow::operationPanelsReady);
    if (!ready.wait(test::WaitMs))
        return nullptr;
    return findDeployPanel(window);
}

Settings* settingsWithServer(QTemporaryDir& dir, const QUrl& url)
{
    auto* settings = new Settings(dir.filePath(QStringLiteral("deploy.conf")));
    MarathonServer server;
    server.name = QStringLiteral("stand-in");
    server.url = url;
    settings->setMarathonServers({ server });
    settings->setCurrentMarathonServer(server.name);
    return settings;
}

} // namespace

void tst_MainWindow::deployFromTheWindow()
{
    // The Marathon stand-in, with a rule of this "site" that no client can know beforehand (as a
    // RunSpecValidator plugin adds them to a real Marathon): at least two instances.
    MarathonStub stub;
    QVERIFY2(stub.start({ QStringLiteral("--advance-on"), QStringLiteral("app-poll") }), qPrintable(stub.errorText()));
    stub.config(
        R"({"site_rules":[{"pointer":"/instances","minimum":2,"error":"this cluster runs at least 2 instances of an app"}]})");
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings(settingsWithServer(dir, stub.url()));
    MainWindow window(settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    DeployPanel* panel = deployPanelOf(window);
    QVERIFY(panel);
    DeploymentFollower::Options follow;
    follow.intervalMs = 50;
    follow.timeoutMs = test::WaitMs; // never reached: the test waits for the deployment's end
    panel->setFollowerOptions(follow);
    QVERIFY(window.openDemo());
    QVERIFY(waitForPackage(window));
    window.document()->setFetchUri(QStringLiteral("https://files.example/demo-hello.tgz"));

    // The site's 422 lands on the instances field: listed beside the preview, and activating it
    // shows the field.
    QSignalSpy done(panel, &DeployPanel::deploymentFinished);
    window.deployAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY(!done.first().first().toBool());
    bool onField = false;
    for (const FieldProblem& p : window.document()->problems())
        onField |= p.field == QLatin1String("instances") && p.message.contains(QLatin1String("at least 2 instances"));
    QVERIFY(onField);
    QListWidget* list = window.preview()->problemList();
    QListWidgetItem* item = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(QStringLiteral("Instances: ")))
            item = list->item(i);
    }
    QVERIFY(item);
    window.form()->tabs()->setCurrentIndex(window.form()->tabs()->count() - 1);
    Q_EMIT list->itemActivated(item);
    QTRY_VERIFY_WITH_TIMEOUT(window.form()->instancesSpin()->hasFocus(), test::WaitMs);

    // The operator corrects it and deploys again: created, followed until it runs.
    window.form()->instancesSpin()->setValue(2);
    QVERIFY(!window.document()->hasErrors()); // the server's problem went with the edit
    window.deployAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, test::WaitMs);
    QVERIFY2(done.last().first().toBool(), qPrintable(panel->statusText()));
    QVERIFY2(panel->statusText().contains(QLatin1String("Running")), qPrintable(panel->statusText()));
    const QJsonObject apps = stub.control("GET", QStringLiteral("/_stub/state")).object();
    QVERIFY2(QJsonDocument(apps).toJson().contains("\"/demo/hello\""), QJsonDocument(apps).toJson().constData());
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Running")));
}

void tst_MainWindow::deployRefusedForTheDocumentsErrors()
{
    // An error only the document knows (the health check's port is gone, so the check would be
    // left out) stops the deploy before anything is sent.
    MarathonStub stub;
    QVERIFY2(stub.start(), qPrintable(stub.errorText()));
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings(settingsWithServer(dir, stub.url()));
    MainWindow window(settings.get());
    DeployPanel* panel = deployPanelOf(window);
    QVERIFY(panel);
    QVERIFY(window.openDemo());
    QVERIFY(waitForPackage(window));
    HealthCheckSettings check = window.document()->healthCheckSettings();
    check.portName = QStringLiteral("gone");
    window.document()->setHealthCheckSettings(check);
    QVERIFY(window.document()->hasErrors());
    QVERIFY(!MarathonValidator::hasErrors(MarathonValidator::validate(window.document()->app())));
    QSignalSpy done(panel, &DeployPanel::deploymentFinished);
    window.deployAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY(!done.first().first().toBool());
    QVERIFY2(panel->statusText().contains(QLatin1String("Not sent")), qPrintable(panel->statusText()));
    bool listed = false;
    for (const FieldProblem& p : panel->listedProblems())
        listed |= p.field == QLatin1String("healthChecks/0/portIndex");
    QVERIFY(listed);
    for (const QString& request : stub.requestsSeen())
        QVERIFY2(!request.startsWith(QLatin1String("POST ")) && !request.startsWith(QLatin1String("PUT ")),
            qPrintable(request));
}

void tst_MainWindow::copyAsCommandLine()
{
    Settings settings(m_home.filePath(QStringLiteral("k.conf")));
    MainWindow window(&settings);
    QVERIFY(window.openDemo());
    QVERIFY(waitForPackage(window));
    QTemporaryDir out;
    window.document()->setOutputDir(out.path());
    window.document()->setEnv(QStringLiteral("MOTTO"), QStringLiteral("it's a $HOME `run` \"day\""));
    window.document()->setLabels({ { QStringLiteral("owner"), QStringLiteral("ops; rm -rf /") } });
    window.document()->setKillGracePeriod(33);
    // The operator's configuration with a table: lines and quotes through the shell, normalised alike.
    window.document()->setEnv(QStringLiteral("HAB_HELLO"), QStringLiteral("[log]\nformat = \"it's json\""));
    const QString text = window.copyCommandLine();
    QVERIFY2(text.contains(QLatin1String("--kill-grace-period=33")), qPrintable(text));
    QVERIFY(text.startsWith(QStringLiteral("habmesos export ")));
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Copied")),
        qPrintable(window.statusBar()->currentMessage()));

    // What the clipboard holds, run by a shell, prints the window's JSON.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "CPU", "MEM", "DISK", "INSTANCES" })
        env.remove(QString::fromLatin1(name));
    const QString script = QString(text).replace(
        QStringLiteral("habmesos export "), test::habmesosBinary() + QStringLiteral(" export --json-only "));
    test::ProcessRunner shell(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), script });
    const test::ProcessRunner::Outcome printed = shell.setEnvironment(env).run();
    QVERIFY2(printed.ok(), qPrintable(printed.describe()));
    QCOMPARE(printed.out, window.document()->json());

    // The harts layout reaches the command (whose JSON only an export can make).
    window.document()->setLayout(DeploymentLayout::Harts);
    const QString harts = window.copyCommandLine();
    QVERIFY2(harts.contains(QLatin1String(" --layout=harts ")), qPrintable(harts));
}

void tst_MainWindow::savingMarksTheWindowClean()
{
    Settings settings(m_home.filePath(QStringLiteral("l.conf")));
    MainWindow window(&settings);
    QVERIFY(window.openDemo());
    QVERIFY(waitForPackage(window));
    QVERIFY(!window.isWindowModified());
    window.document()->setCpus(2);
    QVERIFY(window.isWindowModified());
    QString error;
    QVERIFY2(window.saveJsonTo(m_home.filePath(QStringLiteral("clean.json")), false, &error), qPrintable(error));
    QVERIFY(!window.isWindowModified());
    window.document()->setCpus(3);
    QVERIFY(window.isWindowModified());
    window.document()->undoStack()->undo();
    QVERIFY(!window.isWindowModified()); // what the file has
    // A failed save changes nothing.
    window.document()->setCpus(3);
    QVERIFY(!window.saveJsonTo(m_home.filePath(QStringLiteral("no/such/dir/x.json")), false, &error));
    QVERIFY(window.isWindowModified());
}

void tst_MainWindow::demoSourcesStayWithTheDemo()
{
    // The user's own folders (from the settings), without the demo's packages.
    QTemporaryDir userCache;
    Settings settings(m_home.filePath(QStringLiteral("m.conf")));
    settings.setArtifactCacheDir(userCache.path());
    MainWindow window(&settings);
    const PackageSources user = window.userSources();
    QCOMPARE(user.artifactCache, userCache.path());
    QCOMPARE(window.browser()->sources(), user);
    const QString hart = hartOf(QStringLiteral("demo-hello-"));
    QVERIFY(!hart.isEmpty());
    auto action = [&](const QString& text) -> QAction* {
        for (QAction* a : window.menuBar()->findChildren<QAction*>()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    };
    QAction* rescan = action(QStringLiteral("Res&can Packages")); // &S is Save JSON
    QVERIFY(rescan);

    QVERIFY(window.openDemo());
    QVERIFY(waitForPackage(window));
    QCOMPARE(window.browser()->sources().artifactCache, m_demo.artifactCache);
    QCOMPARE(window.document()->exportOptions().artifactCache, m_demo.artifactCache);

    // Rescan: the user's folders again; the demo's package keeps the folders it came from.
    rescan->trigger();
    QCOMPARE(window.browser()->sources(), user);
    QCOMPARE(window.document()->exportOptions().artifactCache, m_demo.artifactCache);

    // A package opened by name (Open Recent, the command line) after the demo: the user's folders,
    // for the browser, the build and the command line.
    QVERIFY(window.openDemo());
    QVERIFY(waitForPackage(window));
    QVERIFY(window.openPackage(hart));
    QCOMPARE(window.browser()->sources(), user);
    QVERIFY(waitForPackage(window));
    QCOMPARE(window.document()->packageRequest(), hart);
    QCOMPARE(window.document()->exportOptions().artifactCache, userCache.path());
    const QStringList arguments = window.document()->commandLine().arguments;
    QVERIFY2(arguments.contains(QStringLiteral("--cache-dir=") + userCache.path()), qPrintable(arguments.join(u' ')));
    QVERIFY2(
        !arguments.contains(QStringLiteral("--cache-dir=") + m_demo.artifactCache), qPrintable(arguments.join(u' ')));
    QCOMPARE(settings.recentPackages().value(0), Settings::normalizedPackage(hart));

    // A dropped file after the demo: the same.
    QVERIFY(window.openDemo());
    QVERIFY(waitForPackage(window));
    QVERIFY(window.openUrls({ QUrl::fromLocalFile(hart) }));
    QCOMPARE(window.browser()->sources(), user);
    QVERIFY(waitForPackage(window));
    QCOMPARE(window.document()->exportOptions().artifactCache, userCache.path());
}

void tst_MainWindow::newSourcesDropTheLoadInFlight()
{
    PackageBrowser browser;
    QSignalSpy scanned(&browser, &PackageBrowser::scanFinished);
    browser.setSources({ m_demo.artifactCache, m_demo.keyDir, QString(), false });
    QVERIFY(scanned.wait(test::WaitMs));
    // The closure of the package picked is held back until the sources have changed.
    QSemaphore release;
    browser.loader()->setResolve(
        [&](const PackageRef& ref, const PackageRepository&, const KeyCache&, const std::atomic_bool*) {
            release.tryAcquire(1, test::WaitMs); // bounded only for a failing test
            PackageClosure closure;
            closure.request = ref.ident.toString();
            return closure;
        });
    QSignalSpy loaded(&browser, &PackageBrowser::packageLoaded);
    QVERIFY(browser.openPackage(DemoPackages::serviceIdent()));
    QVERIFY(browser.loader()->isLoading());
    QTemporaryDir other;
    browser.setSources({ other.path(), m_demo.keyDir, QString(), false });
    QVERIFY(!browser.loader()->isLoading());
    release.release();
    QTRY_COMPARE_WITH_TIMEOUT(browser.loader()->droppedResults(), 1, test::WaitMs);
    QVERIFY(loaded.isEmpty());
}

void tst_MainWindow::staleResultsStayOut()
{
    MarathonStub stub;
    QVERIFY2(stub.start(), qPrintable(stub.errorText()));
    stub.config(
        R"({"site_rules":[{"pointer":"/instances","minimum":2,"error":"this cluster runs at least 2 instances of an app"}]})");
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings(settingsWithServer(dir, stub.url()));
    MainWindow window(settings.get());
    DeployPanel* panel = deployPanelOf(window);
    QVERIFY(panel);
    BuildPanel* build = buildPanelOf(window);
    QVERIFY(build);
    QVERIFY(!window.deployAction()->isEnabled()); // nothing to deploy yet
    QVERIFY(window.openDemo());
    QVERIFY(waitForPackage(window));
    QVERIFY(window.deployAction()->isEnabled());
    window.document()->setFetchUri(QStringLiteral("https://files.example/demo-hello.tgz"));

    // The tarball built for this package and format goes to the Marathon panel; another format
    // makes it another file, which Upload must not send as this app's.
    ExportResult built;
    built.tarballName = window.document()->tarballFileName();
    built.tarballPath = dir.filePath(built.tarballName);
    Q_EMIT build->finished(built);
    QCOMPARE(panel->tarballPath(), built.tarballPath);
    window.document()->setFormat(TarballFormat::Xz);
    QVERIFY(panel->tarballPath().isEmpty());
    // A build that finishes for what the document no longer names is not taken either.
    Q_EMIT build->finished(built);
    QVERIFY(panel->tarballPath().isEmpty());
    window.document()->undoStack()->undo();
    Q_EMIT build->finished(built);
    QCOMPARE(panel->tarballPath(), built.tarballPath);
    // In the harts layout one tarball is not what the app downloads: Upload does not offer it, the
    // harts upload shows instead, and a harts build's files are what it lists.
    auto* hartsBox = panel->findChild<HartsUploadBox*>();
    QVERIFY(hartsBox);
    QVERIFY(hartsBox->isHidden());
    window.document()->setLayout(DeploymentLayout::Harts);
    QVERIFY(panel->tarballPath().isEmpty());
    QVERIFY(!hartsBox->isHidden());
    QVERIFY(panel->findChild<UploadBox*>()->isHidden());
    Q_EMIT build->finished(built);
    QVERIFY(panel->tarballPath().isEmpty());
    QVERIFY(hartsBox->files().isEmpty());
    ExportResult harts = built;
    harts.layout = DeploymentLayout::Harts;
    harts.service = window.document()->service().value();
    harts.tarballName = QStringLiteral("habmesos-bootstrap-0123456789abcdef.tgz");
    harts.tarballPath = dir.filePath(harts.tarballName);
    harts.tarballSize = 1000;
    ExportResult::Hart hart;
    hart.ident = harts.service.ident;
    hart.fileName = QStringLiteral("demo.hart");
    hart.path = dir.filePath(hart.fileName);
    hart.bytes = 2000;
    harts.harts = { hart };
    Q_EMIT build->finished(harts);
    QCOMPARE(hartsBox->files().size(), 2);
    QCOMPARE(hartsBox->files().at(0).fileName, harts.tarballName);
    QCOMPARE(hartsBox->files().at(1).fileName, hart.fileName);
    QCOMPARE(hartsBox->bytesToMove(), 3000);
    window.document()->undoStack()->undo();
    QVERIFY(hartsBox->isHidden());
    Q_EMIT build->finished(built);
    QCOMPARE(panel->tarballPath(), built.tarballPath);
    window.document()->clearPackage();
    QVERIFY(panel->tarballPath().isEmpty());
    QVERIFY(!window.deployAction()->isEnabled());
    QVERIFY(window.openDemo());
    QVERIFY(waitForPackage(window));
    window.document()->setFetchUri(QStringLiteral("https://files.example/demo-hello.tgz"));

    // Marathon's 422 arrives after an edit: its details were about the app sent, not this one.
    auto instancesProblem = [&] {
        for (const FieldProblem& p : window.document()->problems()) {
            if (p.field == QLatin1String("instances"))
                return true;
        }
        return false;
    };
    QSignalSpy done(panel, &DeployPanel::deploymentFinished);
    window.deployAction()->trigger();
    window.document()->setCpus(2);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY(!done.first().first().toBool());
    bool listed = false;
    for (const FieldProblem& p : panel->listedProblems())
        listed |= p.field == QLatin1String("instances");
    QVERIFY(listed); // the panel says what happened to what it sent
    QVERIFY(!instancesProblem());
    QVERIFY(!window.document()->hasErrors());
    // Unedited meanwhile, they land on the document.
    window.deployAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, test::WaitMs);
    QVERIFY(!done.last().first().toBool());
    QVERIFY(instancesProblem());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
