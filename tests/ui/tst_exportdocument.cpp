// SPDX-License-Identifier: Apache-2.0
// The document behind the forms and the preview: the forms drive it, the preview is what
// `habmesos export --json-only` prints for the same settings, every edit undoes (spin-box bursts
// as one step), and its item models keep Qt's model rules.
#include "appform.h"
#include "closureresolver.h"
#include "configmodel.h"
#include "demopackages.h"
#include "dependencytreemodel.h"
#include "environmentmodel.h"
#include "exportdocument.h"
#include "jsonpreview.h"
#include "keycache.h"
#include "packagerepository.h"
#include "portsmodel.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;

class tst_ExportDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaults();
    void previewMatchesCli_data();
    void previewMatchesCli();
    void formsDriveTheDocument();
    void spinBoxBurstIsOneUndoStep();
    void undoRedoEveryKindOfEdit();
    void portEditsRegenerateTheCommand();
    void configurationKeysBecomeTheOverride();
    void serverProblemsShowUntilTheNextEdit();
    void modelsKeepTheRules();
    void unverifiedOrIncompletePackagesAreReported();

private:
    void load(ExportDocument& document);

    QTemporaryDir m_home;
    DemoPackages::Location m_demo;
    PackageClosure m_closure;
    QProcessEnvironment m_env;
};

void tst_ExportDocument::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The CLI and this test share one demo cache in a private home.
    for (const char* name : { "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" }) {
        const QString dir = m_home.filePath(QString::fromLatin1(name));
        QVERIFY(QDir().mkpath(dir));
        qputenv(name, dir.toLocal8Bit());
    }
    QCoreApplication::setOrganizationName(QStringLiteral("habmesos"));
    QCoreApplication::setApplicationName(QStringLiteral("habmesos"));
    const auto location = DemoPackages::ensure();
    QVERIFY2(location.ok(), qPrintable(location.error()));
    m_demo = location.value();

    PackageRepository::Options options;
    options.artifactCache = m_demo.artifactCache;
    options.useInstalled = false;
    PackageRepository repository(options);
    repository.scan();
    const auto ref = repository.resolve(PackageIdent::parse(m_demo.package).value());
    QVERIFY(ref);
    m_closure = ClosureResolver(repository, KeyCache(m_demo.keyDir)).resolve(*ref);
    QVERIFY(m_closure.rootFound());

    m_env = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "CPU", "MEM", "DISK", "INSTANCES" })
        m_env.remove(QString::fromLatin1(name));
}

void tst_ExportDocument::load(ExportDocument& document)
{
    document.setOutputDir(m_home.filePath(QStringLiteral("out")));
    document.setPackage(m_demo.package, m_closure);
}

void tst_ExportDocument::defaults()
{
    ExportDocument document;
    QVERIFY(!document.hasPackage());
    QVERIFY(document.json().isEmpty());
    load(document);
    QVERIFY(document.hasPackage());
    QCOMPARE(document.app().cpus, 0.5);
    QCOMPARE(document.app().mem, 256.0);
    QCOMPARE(document.app().disk, 0.0);
    QCOMPARE(document.app().instances, 1);
    QVERIFY(!document.json().isEmpty());
    QVERIFY2(!document.hasErrors(), qPrintable(document.problems().value(0).message));
    QCOMPARE(document.undoStack()->count(), 0); // a new package starts a fresh history

    const ExportOptions options = document.exportOptions();
    QCOMPARE(options.package, m_demo.package);
    QCOMPARE(options.outputDir, m_home.filePath(QStringLiteral("out")));
    QCOMPARE(options.format, TarballFormat::Gzip);
    QVERIFY(document.defaultFetchUri().endsWith(QStringLiteral("/out/demo-hello-1.0.0-20240601120000.tgz")));
}

void tst_ExportDocument::previewMatchesCli_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("edit");
    QTest::newRow("defaults") << QStringList() << QString();
    QTest::newRow("resources") << QStringList { QStringLiteral("--cpu=1.25"), QStringLiteral("--mem=512"),
        QStringLiteral("--disk=100"), QStringLiteral("--instances=3") }
                               << QStringLiteral("resources");
    QTest::newRow("legacy") << QStringList { QStringLiteral("--legacy-json") } << QStringLiteral("legacy");
    QTest::newRow("no supervisor ports") << QStringList { QStringLiteral("--no-supervisor-ports") }
                                         << QStringLiteral("nosup");
    QTest::newRow("fixed ports") << QStringList { QStringLiteral("--fixed-ports") } << QStringLiteral("fixed");
    QTest::newRow("env") << QStringList { QStringLiteral("--env=GREETING=hi there"),
        QStringLiteral("--env=HAB_LICENSE=x") }
                         << QStringLiteral("env");
    QTest::newRow("uri") << QStringList { QStringLiteral("--uri=https://files.example/tarballs/") }
                         << QStringLiteral("uri");
    QTest::newRow("xz") << QStringList { QStringLiteral("--format=txz") } << QStringLiteral("xz");
}

void tst_ExportDocument::previewMatchesCli()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, edit);

    ExportDocument document;
    load(document);
    if (edit == QLatin1String("resources")) {
        document.setCpus(1.25);
        document.setMem(512);
        document.setDisk(100);
        document.setInstances(3);
    } else if (edit == QLatin1String("legacy")) {
        document.setFlavour(MarathonFlavour::Legacy);
    } else if (edit == QLatin1String("nosup")) {
        document.setSupervisorPorts(false);
    } else if (edit == QLatin1String("fixed")) {
        document.setFixedPorts(true);
    } else if (edit == QLatin1String("env")) {
        document.setEnv(QStringLiteral("GREETING"), QStringLiteral("hi there"));
        document.setEnv(QStringLiteral("HAB_LICENSE"), QStringLiteral("x"));
    } else if (edit == QLatin1String("uri")) {
        document.setFetchUri(QStringLiteral("https://files.example/tarballs/") + document.tarballFileName());
    } else if (edit == QLatin1String("xz")) {
        document.setFormat(TarballFormat::Xz);
    }

    QProcess cli;
    cli.setProcessEnvironment(m_env);
    cli.start(test::habmesosBinary(),
        QStringList { QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("--json-only"),
            QStringLiteral("--output-dir"), m_home.filePath(QStringLiteral("out")) }
            + arguments);
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    const QByteArray stderrText = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, stderrText.constData());
    const QByteArray expected = cli.readAllStandardOutput();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(document.json(), expected);

    // And what the preview shows is that text.
    JsonPreview preview(&document);
    QCOMPARE(preview.editor()->toPlainText().toUtf8(), expected);
}

void tst_ExportDocument::formsDriveTheDocument()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    JsonPreview preview(&document);

    QCOMPARE(form.cpusSpin()->value(), 0.5);
    QCOMPARE(form.memSpin()->value(), 256.0);
    QCOMPARE(form.instancesSpin()->value(), 1);
    QCOMPARE(form.idEdit()->text(), document.app().id);

    form.memSpin()->setValue(1024);
    QCOMPARE(document.app().mem, 1024.0);
    QVERIFY(preview.editor()->toPlainText().contains(QStringLiteral("\"mem\": 1024")));
    form.instancesSpin()->setValue(4);
    QCOMPARE(document.app().instances, 4);

    // The id is validated as it is typed; the problem shows under the field and in the list.
    const QString defaultId = document.app().id;
    form.idEdit()->clear();
    QTest::keyClicks(form.idEdit(), QStringLiteral("/Bad Id"));
    QCOMPARE(document.app().id, QStringLiteral("/Bad Id"));
    QVERIFY(document.hasErrors());
    bool listed = false;
    for (int i = 0; i < preview.problemList()->count(); ++i)
        listed |= preview.problemList()->item(i)->text().startsWith(QStringLiteral("id: "));
    QVERIFY(listed);

    // Undo through the form's view of the document.
    document.undoStack()->undo();
    QCOMPARE(form.idEdit()->text(), defaultId);
    document.undoStack()->undo();
    QCOMPARE(form.instancesSpin()->value(), 1);

    // Checkboxes.
    form.fixedPortsCheck()->setChecked(true);
    QVERIFY(document.app().requirePorts);
    form.supervisorPortsCheck()->setChecked(false);
    QVERIFY(document.app().healthChecks.isEmpty());
    QVERIFY(!form.healthCheckCheck()->isChecked());

    // The command is read-only until the operator asks to edit it.
    QVERIFY(form.cmdEdit()->isReadOnly());
    form.editCmdCheck()->setChecked(true);
    QVERIFY(!form.cmdEdit()->isReadOnly());
    form.cmdEdit()->setPlainText(QStringLiteral("echo hand-made"));
    QCOMPARE(document.app().cmd, QStringLiteral("echo hand-made"));
    form.editCmdCheck()->setChecked(false);
    QVERIFY(document.app().cmd != QStringLiteral("echo hand-made"));
}

void tst_ExportDocument::spinBoxBurstIsOneUndoStep()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    for (int i = 0; i < 5; ++i)
        form.cpusSpin()->stepUp();
    QCOMPARE(document.app().cpus, 1.0);
    QCOMPARE(document.undoStack()->count(), 1);
    form.memSpin()->stepUp(); // another field: another step
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.app().mem, 256.0);
    document.undoStack()->undo();
    QCOMPARE(document.app().cpus, 0.5);
    QCOMPARE(form.cpusSpin()->value(), 0.5);
    document.undoStack()->redo();
    QCOMPARE(document.app().cpus, 1.0);
    QCOMPARE(form.cpusSpin()->value(), 1.0);
}

void tst_ExportDocument::undoRedoEveryKindOfEdit()
{
    ExportDocument document;
    load(document);
    const QByteArray original = document.json();
    document.setEnv(QStringLiteral("A"), QStringLiteral("1"));
    document.renameEnv(QStringLiteral("A"), QStringLiteral("B"));
    document.setFetchUri(QStringLiteral("https://x.example/t.tgz"));
    document.setFlavour(MarathonFlavour::Legacy);
    document.setFormat(TarballFormat::Plain);
    document.setFixedPorts(true);
    QCOMPARE(document.app().envValue(u"B"), QStringLiteral("1"));
    QVERIFY(!document.app().envValue(u"A"));
    QVERIFY(document.json().contains("\"uris\""));
    const QByteArray edited = document.json();
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.json(), original);
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    QCOMPARE(document.json(), edited);
    QCOMPARE(document.exportOptions().format, TarballFormat::Plain);

    // The Supervisor's packages reach the export options, typed as one step per field.
    document.setSupervisorPackage(ExportDocument::SupervisorPart::Sup, QStringLiteral("core/hab-sup"));
    document.setSupervisorPackage(ExportDocument::SupervisorPart::Sup, QStringLiteral("core/hab-sup/1.6.1245"));
    QCOMPARE(document.exportOptions().supPackage, QStringLiteral("core/hab-sup/1.6.1245"));
    QVERIFY(document.exportOptions().habPackage.isEmpty());
    document.undoStack()->undo();
    QVERIFY(document.exportOptions().supPackage.isEmpty());

    // The fetch URI the Marathon panel sets after an upload is one undoable step.
    document.typeFetchUri(QStringLiteral("https://x.example/t2"));
    document.typeFetchUri(QStringLiteral("https://x.example/t2.tgz"));
    const int steps = document.undoStack()->index();
    document.setFetchUri(QStringLiteral("https://uploads.example/t.tgz"));
    QCOMPARE(document.undoStack()->index(), steps + 1);
    QCOMPARE(document.app().fetch.value(0).uri, QStringLiteral("https://uploads.example/t.tgz"));
    document.undoStack()->undo();
    QCOMPARE(document.state().fetchUri, QStringLiteral("https://x.example/t2.tgz"));
    document.undoStack()->undo();
    QCOMPARE(document.state().fetchUri, QStringLiteral("https://x.example/t.tgz"));
}

void tst_ExportDocument::portEditsRegenerateTheCommand()
{
    ExportDocument document;
    load(document);
    PortsModel ports(&document);
    QVERIFY(ports.rowCount() > 0);
    const QString before = document.app().cmd.value_or(QString());
    // Renaming the HTTP gateway's port unwires it from the command.
    int http = -1;
    for (int row = 0; row < ports.rowCount(); ++row) {
        if (ports.index(row, PortsModel::NameColumn).data().toString() == HabitatAppBuilder::httpPortName())
            http = row;
    }
    QVERIFY(http >= 0);
    QVERIFY(ports.setData(ports.index(http, PortsModel::NameColumn), QStringLiteral("renamed")));
    QCOMPARE(document.app().portDefinitions.at(http).name, QStringLiteral("renamed"));
    QVERIFY(document.app().cmd.value_or(QString()) != before);
    QVERIFY(!ports.setData(ports.index(0, PortsModel::PortColumn), 70000));
    const int rows = ports.rowCount();
    ports.addPort();
    QCOMPARE(ports.rowCount(), rows + 1);
    ports.removePort(rows);
    QCOMPARE(ports.rowCount(), rows);
    document.resetPorts();
    QCOMPARE(document.app().cmd.value_or(QString()), before);
}

void tst_ExportDocument::configurationKeysBecomeTheOverride()
{
    ExportDocument document;
    load(document);
    ConfigModel config(&document);
    if (config.rowCount() == 0)
        QSKIP("the demo package has no default.toml");
    const QString env = document.configEnvName();
    QCOMPARE(env, QStringLiteral("HAB_HELLO"));
    // Pick a key that is not wired to a port at start time.
    int row = -1;
    for (int r = 0; r < config.rowCount(); ++r) {
        if (config.index(r, ConfigModel::DefaultColumn).data().toString().startsWith(u'"')
            || config.index(r, ConfigModel::DefaultColumn).data().toString().startsWith(u'\''))
            row = r;
    }
    if (row < 0)
        QSKIP("no string key in the demo's default.toml");
    QVERIFY(config.setData(config.index(row, ConfigModel::ValueColumn), QStringLiteral("\"changed\"")));
    QVERIFY2(document.app().envValue(env).value_or(QString()).contains(QStringLiteral("changed")),
        qPrintable(document.app().envValue(env).value_or(QStringLiteral("(none)"))));
    // Not a TOML value: refused, reported on the variable, nothing changes.
    const int steps = document.undoStack()->count();
    QVERIFY(config.setData(config.index(row, ConfigModel::ValueColumn), QStringLiteral("not toml = =")));
    QCOMPARE(document.undoStack()->count(), steps);
    QVERIFY(document.hasErrors());
    document.undoStack()->undo();
    QVERIFY(!document.app().envValue(env).value_or(QString()).contains(QStringLiteral("changed")));
}

void tst_ExportDocument::serverProblemsShowUntilTheNextEdit()
{
    ExportDocument document;
    load(document);
    QVERIFY(!document.hasErrors());
    document.setServerProblems(
        { { QStringLiteral("portDefinitions/1/name"), QStringLiteral("taken"), FieldProblem::Severity::Error } });
    QVERIFY(document.hasErrors());
    QCOMPARE(document.problems().last().field, QStringLiteral("portDefinitions/1/name"));
    document.setCpus(2);
    QVERIFY(!document.hasErrors());
}

void tst_ExportDocument::modelsKeepTheRules()
{
    ExportDocument document;
    EnvironmentModel env(&document);
    PortsModel ports(&document);
    ConfigModel config(&document);
    DependencyTreeModel dependencies;
    QAbstractItemModelTester t1(&env, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&ports, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&config, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(&dependencies, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(document);
    dependencies.setClosure(m_closure);
    QVERIFY(env.rowCount() > 0);
    QVERIFY(dependencies.rowCount() == 1);
    QCOMPARE(dependencies.index(0, 0).data().toString(), m_demo.package);
    document.setEnv(QStringLiteral("X"), QStringLiteral("1"));
    QVERIFY(env.setData(env.index(env.rowCount() - 1, EnvironmentModel::ValueColumn), QStringLiteral("2")));
    QCOMPARE(document.app().envValue(u"X"), QStringLiteral("2"));
    document.removeEnv(QStringLiteral("X"));
    document.setSupervisorPorts(false);
    ports.addPort();
    document.undoStack()->undo();
    document.undoStack()->undo();
    dependencies.setClosure({});
    QCOMPARE(dependencies.rowCount(), 0);
    document.clearPackage();
    QCOMPARE(env.rowCount(), 0);
    QCOMPARE(ports.rowCount(), 0);
}

void tst_ExportDocument::unverifiedOrIncompletePackagesAreReported()
{
    // The service's artifact alone, and no keys: its signer is unknown and its dependencies missing.
    QTemporaryDir cache;
    QTemporaryDir keys;
    QString hart;
    for (const QFileInfo& info : QDir(m_demo.artifactCache).entryInfoList({ QStringLiteral("demo-hello-*.hart") }))
        hart = info.absoluteFilePath();
    QVERIFY(!hart.isEmpty());
    QVERIFY(QFile::copy(hart, cache.filePath(QFileInfo(hart).fileName())));
    PackageRepository::Options options;
    options.artifactCache = cache.path();
    options.useInstalled = false;
    PackageRepository repository(options);
    repository.scan();
    ClosureResolver::Options resolverOptions;
    resolverOptions.requireVerified = false; // as the window's details loader
    const PackageClosure closure = ClosureResolver(repository, KeyCache(keys.path()), resolverOptions)
                                       .resolve(PackageIdent::parse(m_demo.package).value());
    QVERIFY(closure.rootFound());
    QVERIFY(!closure.missing.isEmpty());

    ExportDocument document;
    document.setPackage(m_demo.package, closure);
    QVERIFY(document.hasPackage());
    QVERIFY(!document.json().isEmpty());
    QVERIFY(document.hasErrors()); // the CLI refuses an unverified artifact too
    const FieldProblems problems = document.problems();
    QCOMPARE(problems.first().severity, FieldProblem::Severity::Error);
    QVERIFY(problems.first().field.isEmpty());
    bool missingWarned = false;
    for (const FieldProblem& p : problems)
        missingWarned |= p.severity == FieldProblem::Severity::Warning && p.message.contains(QStringLiteral("missing"));
    QVERIFY(missingWarned);

    // Back to the complete, verified closure: no problems left over.
    document.setPackage(m_demo.package, m_closure);
    QVERIFY(!document.hasErrors());
}

QTEST_MAIN(tst_ExportDocument)
#include "tst_exportdocument.moc"
