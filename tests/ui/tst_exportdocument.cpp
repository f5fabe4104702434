// SPDX-License-Identifier: Apache-2.0
// The document behind the forms and the preview: the forms drive it, the preview is what
// `habmesos export --json-only` prints for the same settings, every edit undoes (spin-box bursts
// as one step), and its item models keep Qt's model rules.
#include "export/exportjob.h"
#include "marathon/marathonvalidator.h"
#include "package/closureresolver.h"
#include "package/demopackages.h"
#include "package/keycache.h"
#include "package/missingdependencies.h"
#include "package/packagerepository.h"
#include "support/processrunner.h"
#include "support/testhome.h"
#include "support/testpaths.h"
#include "support/testwait.h"
#include "ui/appform.h"
#include "ui/configmodel.h"
#include "ui/constraintsmodel.h"
#include "ui/dependencytreemodel.h"
#include "ui/environmentmodel.h"
#include "ui/exportdocument.h"
#include "ui/healthcheckform.h"
#include "ui/jsonpreview.h"
#include "ui/labelsmodel.h"
#include "ui/outputtab.h"
#include "ui/portsmodel.h"
#include "ui/settings.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
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
    void healthCheckFormDrivesTheCheck();
    void healthCheckFollowsEditedPorts();
    void placementTables();
    void commandLineMakesTheSameDefinition();
    void configurationKeysBecomeTheOverride();
    void serverProblemsShowUntilTheNextEdit();
    void theDeployServerIsTheRingsMarathon();
    void modelsKeepTheRules();
    void unverifiedOrIncompletePackagesAreReported();
    void anotherPackageFetchesItsOwnTarball();
    void rejectedConfigValueGoesWithTheNextChange();
    void noPackageIsAnError();
    void keysStayUnique();
    void killGracePeriodForm();
    void operatorsConfigurationIsNormalised();
    void diskSizedAfterABuild();
    void agentPortsAreASetting();
    void defaultHealthCheckFollowsTheFlavour();
    void hidingTheSupervisorsPortsWarns();
    void hartsLayoutFetchesWhatTheBuildWrote();

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
    const Status home = test::TestHome::redirect(m_home.path());
    QVERIFY2(home.ok(), qPrintable(home.error()));
    QCoreApplication::setOrganizationName(QStringLiteral("habmesos"));
    QCoreApplication::setApplicationName(QStringLiteral("habmesos"));
    const auto demo = test::TestHome::demo();
    QVERIFY2(demo.ok(), qPrintable(demo.error()));
    m_demo = demo.value().location;
    m_closure = demo.value().closure;

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
    QTest::newRow("fixed ports") << QStringList { QStringLiteral("--fixed-ports"),
        QStringLiteral("--agent-ports=8000-9999") }
                                 << QStringLiteral("fixed");
    QTest::newRow("env") << QStringList { QStringLiteral("--env=GREETING=hi there"),
        QStringLiteral("--env=HAB_LICENSE=x") }
                         << QStringLiteral("env");
    QTest::newRow("uri") << QStringList { QStringLiteral("--uri=https://files.example/tarballs/") }
                         << QStringLiteral("uri");
    QTest::newRow("xz") << QStringList { QStringLiteral("--format=txz") } << QStringLiteral("xz");
    QTest::newRow("mesos agents") << QStringList { QStringLiteral("--mesos-agents=1.6") } << QStringLiteral("agents");
    QTest::newRow("health check") << QStringList { QStringLiteral("--health-check=protocol=TCP"),
        QStringLiteral("--health-check=portName=port"), QStringLiteral("--health-check=intervalSeconds=15"),
        QStringLiteral("--health-check=path=/kept-but-unused") }
                                  << QStringLiteral("health");
    QTest::newRow("command health check") << QStringList { QStringLiteral("--health-check=protocol=COMMAND"),
        QStringLiteral("--health-check=command=test -e /hab/svc/hello/PID"),
        QStringLiteral("--health-check=maxConsecutiveFailures=0") }
                                          << QStringLiteral("command health");
    QTest::newRow("no health check") << QStringList { QStringLiteral("--no-health-check") }
                                     << QStringLiteral("no health");
    // The operator's own HAB_HELLO, with a table and the key the command sets: both normalise it alike.
    QTest::newRow("operator's configuration")
        << QStringList { QStringLiteral("--env=HAB_HELLO=[http]\nport = 1\nlisten = \"::\"\n[[up]]\nhost = 'a'") }
        << QStringLiteral("hab env");
    QTest::newRow("kill grace period") << QStringList { QStringLiteral("--kill-grace-period=40") }
                                       << QStringLiteral("kill grace");
    QTest::newRow("placement") << QStringList { QStringLiteral("--constraint=hostname:UNIQUE"),
        QStringLiteral("--constraint=zone:LIKE:eu-.*"), QStringLiteral("--label=team=payments"),
        QStringLiteral("--label=HAPROXY_GROUP=external") }
                               << QStringLiteral("placement");
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
        document.setAgentPorts({ { 8000, 9999 } });
    } else if (edit == QLatin1String("env")) {
        document.setEnv(QStringLiteral("GREETING"), QStringLiteral("hi there"));
        document.setEnv(QStringLiteral("HAB_LICENSE"), QStringLiteral("x"));
    } else if (edit == QLatin1String("uri")) {
        document.setFetchUri(QStringLiteral("https://files.example/tarballs/") + document.tarballFileName());
    } else if (edit == QLatin1String("xz")) {
        document.setFormat(TarballFormat::Xz);
    } else if (edit == QLatin1String("agents")) {
        AppForm form(&document);
        QComboBox* agents = form.agentsCombo();
        agents->setCurrentIndex(agents->findData(int(AgentFetcher::GnuTar)));
        Q_EMIT agents->activated(agents->currentIndex());
        QCOMPARE(document.exportOptions().agentFetcher, AgentFetcher::GnuTar);
    } else if (edit == QLatin1String("health")) {
        AppForm form(&document);
        HealthCheckForm* health = form.healthCheckForm();
        health->protocolCombo()->setCurrentIndex(health->protocolCombo()->findData(QStringLiteral("TCP")));
        Q_EMIT health->protocolCombo()->activated(health->protocolCombo()->currentIndex());
        const int port = health->portCombo()->findData(QStringLiteral("port"));
        QVERIFY(port >= 0);
        health->portCombo()->setCurrentIndex(port);
        Q_EMIT health->portCombo()->activated(port);
        health->intervalSpin()->setValue(15);
        // The path stays in the form for HTTP, but a TCP check has none.
        QVERIFY(!health->pathEdit()->isEnabled());
        HealthCheckSettings settings = document.healthCheckSettings();
        settings.path = QStringLiteral("/kept-but-unused");
        document.setHealthCheckSettings(settings);
    } else if (edit == QLatin1String("command health")) {
        HealthCheckSettings settings = document.healthCheckSettings();
        settings.protocol = QStringLiteral("COMMAND");
        settings.command = QStringLiteral("test -e /hab/svc/hello/PID");
        settings.maxConsecutiveFailures = 0;
        document.setHealthCheckSettings(settings);
    } else if (edit == QLatin1String("hab env")) {
        document.setEnv(
            QStringLiteral("HAB_HELLO"), QStringLiteral("[http]\nport = 1\nlisten = \"::\"\n[[up]]\nhost = 'a'"));
        QCOMPARE(document.app().envValue(u"HAB_HELLO"), QStringLiteral("http.listen = '::'\nup = [ { host = 'a' } ]"));
    } else if (edit == QLatin1String("kill grace")) {
        AppForm form(&document);
        form.killGraceSpin()->setValue(40);
    } else if (edit == QLatin1String("no health")) {
        document.setHealthCheck(false);
    } else if (edit == QLatin1String("placement")) {
        AppForm form(&document);
        ConstraintsModel* constraints = form.constraintsModel();
        constraints->addConstraint(); // hostname:UNIQUE
        constraints->addConstraint();
        QVERIFY(constraints->setData(constraints->index(1, ConstraintsModel::FieldColumn), QStringLiteral("zone")));
        QVERIFY(constraints->setData(constraints->index(1, ConstraintsModel::OperatorColumn), QStringLiteral("like")));
        QVERIFY(constraints->setData(constraints->index(1, ConstraintsModel::ValueColumn), QStringLiteral("eu-.*")));
        LabelsModel* labels = form.labelsModel();
        QVERIFY(labels->addLabel(QStringLiteral("team")));
        QVERIFY(labels->setData(labels->index(0, LabelsModel::ValueColumn), QStringLiteral("payments")));
        QVERIFY(labels->addLabel(QStringLiteral("HAPROXY_GROUP")));
        QVERIFY(labels->setData(labels->index(1, LabelsModel::ValueColumn), QStringLiteral("external")));
    }

    test::ProcessRunner cli(test::habmesosBinary(),
        QStringList { QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("--json-only"),
            QStringLiteral("--output-dir"), m_home.filePath(QStringLiteral("out")) }
            + arguments);
    const test::ProcessRunner::Outcome exported = cli.setEnvironment(m_env).run();
    QVERIFY2(exported.ok(), qPrintable(exported.describe()));
    const QByteArray expected = exported.out;
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
        listed |= preview.problemList()->item(i)->data(Qt::UserRole + 1).toString() == QLatin1String("id"); // FieldRole
    QVERIFY(listed);
    // Copy still copies, but says the definition has errors.
    QSignalSpy copied(&preview, &JsonPreview::copied);
    preview.copyJson();
    QCOMPARE(copied.size(), 1);
    QVERIFY2(copied.first().first().toString().contains(QLatin1String("error")),
        qPrintable(copied.first().first().toString()));
    QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), document.json());

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
    document.setAgentFetcher(AgentFetcher::GnuTar);
    document.setFixedPorts(true);
    QCOMPARE(document.app().envValue(u"B"), QStringLiteral("1"));
    QVERIFY(!document.app().envValue(u"A"));
    QVERIFY(document.json().contains("\"uris\""));
    const QByteArray edited = document.json();
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.json(), original);
    QCOMPARE(document.settings().agentFetcher, AgentFetcher::Libarchive);
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    QCOMPARE(document.json(), edited);
    QCOMPARE(document.exportOptions().format, TarballFormat::Plain);
    QCOMPARE(document.exportOptions().agentFetcher, AgentFetcher::GnuTar);

    // The Supervisor's packages reach the export options, typed as one step per field.
    document.setSupervisorPackage(SupervisorPackages::Part::Sup, QStringLiteral("core/hab-sup"));
    document.setSupervisorPackage(SupervisorPackages::Part::Sup, QStringLiteral("core/hab-sup/1.6.1245"));
    QCOMPARE(document.exportOptions().supervisor.sup, QStringLiteral("core/hab-sup/1.6.1245"));
    QVERIFY(document.exportOptions().supervisor.hab.isEmpty());
    document.undoStack()->undo();
    QVERIFY(document.exportOptions().supervisor.sup.isEmpty());

    // The fetch URI the Marathon panel sets after an upload is one undoable step.
    document.typeFetchUri(QStringLiteral("https://x.example/t2"));
    document.typeFetchUri(QStringLiteral("https://x.example/t2.tgz"));
    const int steps = document.undoStack()->index();
    document.setFetchUri(QStringLiteral("https://uploads.example/t.tgz"));
    QCOMPARE(document.undoStack()->index(), steps + 1);
    QCOMPARE(document.app().fetch.value(0).uri, QStringLiteral("https://uploads.example/t.tgz"));
    document.undoStack()->undo();
    QCOMPARE(document.settings().fetchUri, QStringLiteral("https://x.example/t2.tgz"));
    document.undoStack()->undo();
    QCOMPARE(document.settings().fetchUri, QStringLiteral("https://x.example/t.tgz"));
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
    // Out of range: taken as typed and said on the row, never refused or clamped silently.
    QVERIFY(ports.setData(ports.index(0, PortsModel::PortColumn), 70000));
    auto portProblems = [&document] {
        QStringList out;
        for (const FieldProblem& p : document.problems()) {
            if (p.field == QLatin1String("portDefinitions/0/port"))
                out.append(p.message);
        }
        return out;
    };
    QCOMPARE(portProblems().size(), 1);
    QVERIFY2(portProblems()[0].contains(QLatin1String("must be from 0 to 65535 (it is 70000)")),
        qPrintable(portProblems()[0]));
    // Not a number: nothing changes, and the row says why.
    QVERIFY(!ports.setData(ports.index(0, PortsModel::PortColumn), QStringLiteral("http")));
    QCOMPARE(document.app().portDefinitions.at(0).port, 70000);
    QVERIFY(portProblems().join(u' ').contains(QLatin1String("\"http\" is not a port number")));
    document.undoStack()->undo();
    const int rows = ports.rowCount();
    ports.addPort();
    QCOMPARE(ports.rowCount(), rows + 1);
    ports.removePort(rows);
    QCOMPARE(ports.rowCount(), rows);
    document.resetPorts();
    QCOMPARE(document.app().cmd.value_or(QString()), before);
}

void tst_ExportDocument::healthCheckFormDrivesTheCheck()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    HealthCheckForm* health = form.healthCheckForm();
    const QByteArray original = document.json();

    // It starts as the Supervisor's check, shown in the form.
    QVERIFY(health->enabledCheck()->isChecked());
    QCOMPARE(health->protocolCombo()->currentData().toString(), QStringLiteral("MESOS_HTTP"));
    QCOMPARE(health->portCombo()->currentData().toString(), HabitatAppBuilder::httpPortName());
    QCOMPARE(health->pathEdit()->text(), QStringLiteral("/services/hello/default/health"));
    QCOMPARE(health->intervalSpin()->value(), 30);
    QVERIFY(!health->commandEdit()->isEnabled());
    QVERIFY(!health->resetButton()->isEnabled());
    // Every port by name, as the app has them now.
    QCOMPARE(health->portCombo()->count(), document.app().portDefinitions.size());

    // Typing a path is one undo step, and reaches the JSON.
    health->pathEdit()->setFocus();
    health->pathEdit()->selectAll();
    QTest::keyClicks(health->pathEdit(), QStringLiteral("/ping"));
    QCOMPARE(document.app().healthChecks.value(0).path, QStringLiteral("/ping"));
    QVERIFY(document.json().contains("\"path\": \"/ping\""));
    QCOMPARE(document.undoStack()->count(), 1);
    // A spin box's burst is one step too; another field is another.
    for (int i = 0; i < 4; ++i)
        health->timeoutSpin()->stepUp();
    QCOMPARE(document.app().healthChecks.value(0).timeoutSeconds, 14);
    QCOMPARE(document.undoStack()->count(), 2);
    health->gracePeriodSpin()->stepDown();
    QCOMPARE(document.undoStack()->count(), 3);
    QVERIFY(health->resetButton()->isEnabled());

    // COMMAND: the command field opens, the port and the path close.
    health->protocolCombo()->setCurrentIndex(health->protocolCombo()->findData(QStringLiteral("COMMAND")));
    Q_EMIT health->protocolCombo()->activated(health->protocolCombo()->currentIndex());
    QVERIFY(health->commandEdit()->isEnabled());
    QVERIFY(!health->portCombo()->isEnabled());
    QVERIFY(!health->pathEdit()->isEnabled());
    // An empty command breaks Marathon's rules, on the field; the form says so.
    QVERIFY(document.hasErrors());
    bool onField = false;
    for (const FieldProblem& p : document.problems())
        onField |= p.field == QLatin1String("healthChecks/0/command");
    QVERIFY(onField);
    QVERIFY(health->problemLabel()->text().contains(QLatin1String("COMMAND health check needs a command")));
    QTest::keyClicks(health->commandEdit(), QStringLiteral("pgrep hello"));
    QVERIFY(!document.hasErrors());
    QCOMPARE(document.app().healthChecks.value(0).command, QStringLiteral("pgrep hello"));
    QVERIFY(!document.app().healthChecks.value(0).portIndex);
    QVERIFY(health->problemLabel()->text().isEmpty()); // its lines stay, empty

    // HTTP again: the path typed before is still there.
    health->protocolCombo()->setCurrentIndex(health->protocolCombo()->findData(QStringLiteral("HTTP")));
    Q_EMIT health->protocolCombo()->activated(health->protocolCombo()->currentIndex());
    QCOMPARE(document.app().healthChecks.value(0).path, QStringLiteral("/ping"));
    health->ignoreHttp1xxCheck()->setChecked(true);
    QCOMPARE(document.app().healthChecks.value(0).ignoreHttp1xx, true);

    // Off and on again; then back to the Supervisor's, which is the original JSON.
    health->enabledCheck()->setChecked(false);
    QVERIFY(document.app().healthChecks.isEmpty());
    QVERIFY(!health->protocolCombo()->isEnabled());
    health->enabledCheck()->setChecked(true);
    QCOMPARE(document.app().healthChecks.value(0).path, QStringLiteral("/ping"));
    health->resetButton()->click();
    QCOMPARE(document.json(), original);
    QCOMPARE(health->pathEdit()->text(), QStringLiteral("/services/hello/default/health"));

    // Undo walks it all back, the form following.
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.json(), original);
    QCOMPARE(health->timeoutSpin()->value(), 10);
    document.undoStack()->redo();
    QCOMPARE(health->pathEdit()->text(), QStringLiteral("/ping"));

    // Another package (here: the same one again) starts from its own Supervisor's check.
    HealthCheckSettings custom = document.healthCheckSettings();
    custom.path = QStringLiteral("/old-package/health");
    document.setHealthCheckSettings(custom);
    document.setPackage(m_demo.package, m_closure);
    QVERIFY(document.settings().healthCheckChanges.isEmpty());
    QCOMPARE(document.json(), original);

    // A problem on a health check field opens the page.
    form.tabs()->setCurrentIndex(0);
    form.focusField(QStringLiteral("healthChecks/0/timeoutSeconds"));
    QCOMPARE(form.tabs()->currentWidget(), health);
}

void tst_ExportDocument::healthCheckFollowsEditedPorts()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    HealthCheckForm* health = form.healthCheckForm();
    auto portNamed = [&](const QString& name) {
        const QList<MarathonPortDefinition>& ports = document.app().portDefinitions;
        for (qsizetype i = 0; i < ports.size(); ++i) {
            if (ports[i].name == name)
                return int(i);
        }
        return -1;
    };
    // Moving the HTTP gateway's port to the front keeps the check on it (not on whatever is at its old index).
    QList<MarathonPortDefinition> ports = document.app().portDefinitions;
    const int http = portNamed(HabitatAppBuilder::httpPortName());
    QVERIFY(http > 0);
    ports.move(http, 0);
    document.setPorts(ports);
    QCOMPARE(document.app().healthChecks.value(0).portIndex, 0);
    QVERIFY(!document.hasErrors());

    // The operator's check on the service's port, then that port removed: an error on the field,
    // no check on a wrong port, and the form names the port that is gone.
    HealthCheckSettings settings = document.healthCheckSettings();
    settings.protocol = QStringLiteral("TCP");
    settings.portName = QStringLiteral("port");
    document.setHealthCheckSettings(settings);
    QCOMPARE(document.app().healthChecks.value(0).portIndex, portNamed(QStringLiteral("port")));
    ports = document.app().portDefinitions;
    ports.removeAt(portNamed(QStringLiteral("port")));
    document.setPorts(ports);
    QVERIFY(document.app().healthChecks.isEmpty());
    QVERIFY(document.hasErrors());
    bool onField = false;
    for (const FieldProblem& p : document.problems())
        onField |= p.field == QLatin1String("healthChecks/0/portIndex") && p.severity == FieldProblem::Severity::Error;
    QVERIFY(onField);
    QVERIFY(health->portCombo()->currentText().contains(QStringLiteral("port")));
    QVERIFY(health->portCombo()->currentText().contains(QStringLiteral("not one of the app's ports")));
    // Picking another port fixes it.
    const int gateway = health->portCombo()->findData(HabitatAppBuilder::httpPortName());
    health->portCombo()->setCurrentIndex(gateway);
    Q_EMIT health->portCombo()->activated(gateway);
    QVERIFY(!document.hasErrors());
    QCOMPARE(document.app().healthChecks.value(0).portIndex, portNamed(HabitatAppBuilder::httpPortName()));

    // Hiding the Supervisor's ports drops a check on them, but not one on the service's own port.
    document.setSupervisorPorts(false);
    QVERIFY(!document.settings().healthCheck);
    document.undoStack()->undo();
    settings = document.healthCheckSettings();
    settings.portName = QStringLiteral("port");
    document.resetPorts();
    document.setHealthCheckSettings(settings);
    document.setSupervisorPorts(false);
    QVERIFY(document.settings().healthCheck);
    QCOMPARE(document.app().healthChecks.value(0).portIndex, portNamed(QStringLiteral("port")));
    QVERIFY(!document.hasErrors());
}

void tst_ExportDocument::placementTables()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    ConstraintsModel* constraints = form.constraintsModel();
    LabelsModel* labels = form.labelsModel();
    QAbstractItemModelTester constraintsTester(constraints, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester labelsTester(labels, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray original = document.json();
    QCOMPARE(constraints->rowCount(), 0);

    // Each edit is one undo step, and the validator speaks on the cell's field.
    constraints->addConstraint();
    QCOMPARE(document.app().constraints.value(0),
        (MarathonConstraint { QStringLiteral("hostname"), QStringLiteral("UNIQUE"), std::nullopt }));
    QVERIFY(constraints->setData(constraints->index(0, ConstraintsModel::OperatorColumn), QStringLiteral("max_per")));
    QCOMPARE(document.app().constraints.value(0).op, QStringLiteral("MAX_PER"));
    bool onValue = false;
    for (const FieldProblem& p : document.problems())
        onValue |= p.field == QLatin1String("constraints/0/2") && p.severity == FieldProblem::Severity::Error;
    QVERIFY(onValue); // MAX_PER needs a number
    QVERIFY(constraints->setData(constraints->index(0, ConstraintsModel::ValueColumn), QStringLiteral("2")));
    QVERIFY(!document.hasErrors());
    QVERIFY(document.json().contains("\"MAX_PER\""));
    QCOMPARE(document.undoStack()->count(), 3);

    // Labels: unique keys, renames, values.
    QVERIFY(labels->addLabel(QStringLiteral(" team ")));
    QVERIFY(!labels->addLabel(QStringLiteral("team"))); // already there
    QVERIFY(!labels->addLabel(QStringLiteral("  ")));
    QVERIFY(labels->setData(labels->index(0, LabelsModel::ValueColumn), QStringLiteral("payments")));
    QVERIFY(labels->setData(labels->index(0, LabelsModel::KeyColumn), QStringLiteral("owner")));
    QVERIFY(!labels->setData(labels->index(0, LabelsModel::KeyColumn), QString()));
    QCOMPARE(document.app().labels, (MarathonKeyValues { { QStringLiteral("owner"), QStringLiteral("payments") } }));

    // A problem on a constraint or a label takes you to its cell.
    form.focusField(QStringLiteral("constraints/0/2"));
    QCOMPARE(form.constraintsView()->currentIndex(), constraints->index(0, ConstraintsModel::ValueColumn));
    form.focusField(QStringLiteral("labels/owner"));
    QCOMPARE(form.labelsView()->currentIndex().row(), 0);

    // Undo takes them all back.
    constraints->removeConstraint(0);
    QVERIFY(document.app().constraints.isEmpty());
    document.undoStack()->undo();
    QCOMPARE(document.app().constraints.size(), 1);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.json(), original);
    QCOMPARE(constraints->rowCount(), 0);
    QCOMPARE(labels->rowCount(), 0);

    // They are the operator's, like the environment: another package keeps them.
    constraints->addConstraint();
    document.setPackage(m_demo.package, m_closure);
    QCOMPARE(document.app().constraints.size(), 1);
    QCOMPARE(constraints->rowCount(), 1);
}

void tst_ExportDocument::commandLineMakesTheSameDefinition()
{
    ExportDocument document;
    load(document);
    document.setSources({ m_demo.artifactCache, m_demo.keyDir, QString(), false });
    // Nearly everything an operator can change in the window.
    document.setAppId(QStringLiteral("/payments/hello"));
    document.setCpus(1.5);
    document.setMem(768);
    document.setDisk(64);
    document.setInstances(3);
    document.setKillGracePeriod(45);
    document.setEnv(QStringLiteral("GREETING_STYLE"), QStringLiteral("it's \"quoted\" & $spaced"));
    document.setConfigValue({ QStringLiteral("log"), QStringLiteral("level") }, QStringLiteral("\"debug\""));
    document.setConfigValue({ QStringLiteral("message") }, QStringLiteral("'Hej = hallo'"));
    HealthCheckSettings check = document.healthCheckSettings();
    check.protocol = QStringLiteral("MESOS_TCP");
    check.portName = QStringLiteral("port");
    check.intervalSeconds = 12;
    document.setHealthCheckSettings(check);
    document.setConstraints({ { QStringLiteral("hostname"), QStringLiteral("UNIQUE"), std::nullopt },
        { QStringLiteral("zone"), QStringLiteral("LIKE"), QStringLiteral("eu-(a|b):.*") } });
    document.setLabels({ { QStringLiteral("team"), QStringLiteral("pay ments") } });
    document.setFetchUri(QStringLiteral("https://files.example/t/x.txz?sig=abc"));
    document.setFormat(TarballFormat::Xz);
    document.setFlavour(MarathonFlavour::Legacy);
    document.setFixedPorts(true);
    document.setAgentPorts({ { 8000, 9999 } }); // where the package's own ports are
    document.setSupervisorPackage(SupervisorPackages::Part::Sup, QStringLiteral("core/hab-sup"));

    const ExportDocument::CommandLine command = document.commandLine();
    QVERIFY2(command.notExpressed.isEmpty(), qPrintable(command.notExpressed.join(u',')));
    QCOMPARE(command.arguments.last(), m_demo.package);
    QVERIFY(command.arguments.contains(QStringLiteral("--kill-grace-period=45")));
    test::ProcessRunner cli(test::habmesosBinary(),
        QStringList { QStringLiteral("export"), QStringLiteral("--json-only") } + command.arguments);
    const test::ProcessRunner::Outcome exported = cli.setEnvironment(m_env).run();
    QVERIFY2(exported.ok(), qPrintable(exported.describe()));
    QCOMPARE(exported.out, document.json());

    // What a command line cannot say is named, not dropped silently.
    QList<MarathonPortDefinition> ports = document.app().portDefinitions;
    ports[0].name = QStringLiteral("web");
    document.setPorts(ports);
    document.setCmd(QStringLiteral("echo by hand"));
    const QStringList missing = document.commandLine().notExpressed;
    QCOMPARE(missing.size(), 2);
    QVERIFY(missing.join(u' ').contains(QStringLiteral("ports")));
    QVERIFY(missing.join(u' ').contains(QStringLiteral("command")));
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
    // Said on the key's own row (tint, tooltip), not only on the variable.
    QVERIFY(config.index(row, ConfigModel::ValueColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!config.index(row, ConfigModel::ValueColumn).data(Qt::ToolTipRole).toString().isEmpty());
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
    // A server's clause gets the port's name in front, as the Ports tab shows it.
    JsonPreview preview(&document);
    const QString portName = document.app().portDefinitions.value(1).name;
    QVERIFY(!portName.isEmpty());
    QListWidget* list = preview.problemList();
    QVERIFY(list->count() > 0);
    QCOMPARE(list->item(list->count() - 1)->text(), QStringLiteral("Port %1: taken").arg(portName));
    QVERIFY(list->item(list->count() - 1)->toolTip().contains(QLatin1String("portDefinitions/1/name")));
    document.setCpus(2);
    QVERIFY(!document.hasErrors());
}

void tst_ExportDocument::theDeployServerIsTheRingsMarathon()
{
    ExportDocument document;
    load(document);
    document.setInstances(3);
    // No server and no URL on the Services page: the tasks could not find each other (a warning).
    QVERIFY(!document.app().envValue(HabitatServiceOptions::marathonUrlVariable()));
    const QUrl server(QStringLiteral("https://marathon.example:8443/"));
    document.setDeployServer(server);
    QCOMPARE(document.app().envValue(HabitatServiceOptions::marathonUrlVariable()), server.toString());
    bool labelled = false;
    for (const MarathonKeyValue& kv : document.app().labels)
        labelled |= kv.key == HabitatServiceOptions::ringLabel();
    QVERIFY(labelled);
    // What the preview shows is what the copied command line makes.
    QVERIFY2(document.commandLine().arguments.contains(QStringLiteral("--ring-marathon=") + server.toString()),
        qPrintable(document.commandLine().arguments.join(u' ')));
    QVERIFY(document.settings().service.marathonUrl.isEmpty()); // the picker's, not a setting
    // A URL the operator names wins.
    HabitatServiceOptions service = document.settings().service;
    service.marathonUrl = QStringLiteral("http://marathon.internal:8080");
    document.setService(service);
    QCOMPARE(document.app().envValue(HabitatServiceOptions::marathonUrlVariable()),
        QStringLiteral("http://marathon.internal:8080"));
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
    // One warning for all the missing dependencies, as the export and `habmesos inspect` say it
    // (MissingDependencies: the first few named, the rest counted).
    QStringList missingWarnings;
    for (const FieldProblem& p : problems)
        if (p.severity == FieldProblem::Severity::Warning && p.message.contains(QStringLiteral("missing")))
            missingWarnings.append(p.message);
    QCOMPARE(missingWarnings.size(), 1);
    QCOMPARE(missingWarnings.first(),
        QStringLiteral("The tarball cannot be built: ")
            + MissingDependencies::summary(MissingDependencies::of(closure), closure.target));
    QVERIFY2(missingWarnings.first().contains(
                 QStringLiteral("missing dependencies (%1): ").arg(QLocale().toString(closure.missing.size()))
                 + closure.missing.first().ident.toString()),
        qPrintable(missingWarnings.first()));

    // Back to the complete, verified closure: no problems left over.
    document.setPackage(m_demo.package, m_closure);
    QVERIFY(!document.hasErrors());
}

void tst_ExportDocument::anotherPackageFetchesItsOwnTarball()
{
    ExportDocument document;
    load(document);
    const QString uploaded = QStringLiteral("https://files.example/t/") + document.tarballFileName();
    document.setFetchUri(uploaded);
    QCOMPARE(document.app().fetch.value(0).uri, uploaded);

    // Another package of the demo's cache: its definition fetches its own tarball.
    PackageRepository::Options options;
    options.artifactCache = m_demo.artifactCache;
    options.useInstalled = false;
    PackageRepository repository(options);
    repository.scan();
    const auto ref = repository.resolve(PackageIdent::parse(QStringLiteral("core/busybox-static")).value());
    QVERIFY(ref);
    const PackageClosure other = ClosureResolver(repository, KeyCache(m_demo.keyDir)).resolve(*ref);
    QVERIFY(other.rootFound());
    document.setPackage(ref->ident.toString(), other);
    QVERIFY(document.hasPackage());
    QVERIFY(document.tarballFileName().startsWith(QStringLiteral("core-busybox-static-")));
    QVERIFY(!document.settings().fetchUri);
    QCOMPARE(document.app().fetch.value(0).uri, document.defaultFetchUri());
    QVERIFY(document.defaultFetchUri().endsWith(document.tarballFileName()));
    QVERIFY(!document.json().contains(uploaded.toUtf8()));
}

void tst_ExportDocument::rejectedConfigValueGoesWithTheNextChange()
{
    ExportDocument document;
    load(document);
    if (document.config().entries().isEmpty())
        QSKIP("the demo package has no default.toml");
    const HabitatConfig::Entry entry = document.config().entries().first();
    auto reject = [&] {
        document.setConfigValue(entry.keys, QStringLiteral("not toml = ="));
        return document.hasErrors();
    };
    QVERIFY(!document.hasErrors());

    // Another edit, its undo and its redo: the rejected value is no longer what was typed last.
    QVERIFY(reject());
    document.setCpus(2);
    QVERIFY(!document.hasErrors());
    QVERIFY(reject());
    document.undoStack()->undo();
    QVERIFY(!document.hasErrors());
    QVERIFY(reject());
    document.undoStack()->redo();
    QVERIFY(!document.hasErrors());

    // The value as it was (nothing to change): the problem goes, and the views hear of it.
    QVERIFY(reject());
    QSignalSpy changed(&document, &ExportDocument::changed);
    const int steps = document.undoStack()->count();
    document.setConfigValue(entry.keys, document.config().find(entry.keys)->value);
    QVERIFY(!document.hasErrors());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(document.undoStack()->count(), steps);
}

void tst_ExportDocument::noPackageIsAnError()
{
    // Nothing to deploy or save: the (empty) app must not look valid.
    ExportDocument document;
    QVERIFY(document.hasErrors());
    QCOMPARE(document.localProblems().size(), 1);
    QCOMPARE(document.localProblems().first().severity, FieldProblem::Severity::Error);
    load(document);
    QVERIFY(!document.hasErrors());
    document.clearPackage();
    QVERIFY(MarathonValidator::hasErrors(document.localProblems()));
}

void tst_ExportDocument::keysStayUnique()
{
    ExportDocument document;
    load(document);
    EnvironmentModel env(&document);
    LabelsModel labels(&document);
    QAbstractItemModelTester envTester(&env, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester labelsTester(&labels, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const MarathonKeyValues exporters = document.app().env;
    QVERIFY(!exporters.isEmpty());
    const QString configEnv = document.configEnvName();

    // Adding a name the environment has (the exporter's too) is refused: nothing is blanked.
    for (const MarathonKeyValue& kv : exporters)
        QVERIFY2(!document.addEnv(kv.key), qPrintable(kv.key));
    QCOMPARE(document.app().env, exporters);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(document.addEnv(QStringLiteral("A")));
    QVERIFY(document.addEnv(QStringLiteral("B")));
    QVERIFY(!document.addEnv(QStringLiteral("A")));
    document.setEnv(QStringLiteral("A"), QStringLiteral("1"));
    document.setEnv(QStringLiteral("B"), QStringLiteral("2"));
    const int steps = document.undoStack()->count();

    // Renaming onto a key that is there (the operator's or the exporter's) is refused, in the
    // document and in the table.
    QVERIFY(!document.renameEnv(QStringLiteral("A"), QStringLiteral("B")));
    QVERIFY(!document.renameEnv(QStringLiteral("A"), exporters.first().key));
    int rowA = -1;
    for (int row = 0; row < env.rowCount(); ++row) {
        if (env.keyAt(row) == QLatin1String("A"))
            rowA = row;
    }
    QVERIFY(rowA >= 0);
    QVERIFY(!env.setData(env.index(rowA, EnvironmentModel::KeyColumn), QStringLiteral("B")));
    if (document.app().envValue(configEnv)) // there when default.toml has overrides
        QVERIFY(!env.setData(env.index(rowA, EnvironmentModel::KeyColumn), configEnv));
    QCOMPARE(document.undoStack()->count(), steps);
    QCOMPARE(document.app().envValue(u"A"), QStringLiteral("1"));
    QCOMPARE(document.app().envValue(u"B"), QStringLiteral("2"));
    QCOMPARE(document.app().env.size(), exporters.size() + 2);
    QVERIFY(env.setData(env.index(rowA, EnvironmentModel::KeyColumn), QStringLiteral("C")));
    QCOMPARE(document.app().envValue(u"C"), QStringLiteral("1"));
    QVERIFY(!document.app().envValue(u"A"));

    // Labels: a rename onto another label's key, or a list with a key twice, is refused.
    QVERIFY(labels.addLabel(QStringLiteral("team")));
    QVERIFY(labels.addLabel(QStringLiteral("owner")));
    QVERIFY(labels.setData(labels.index(0, LabelsModel::ValueColumn), QStringLiteral("payments")));
    const MarathonKeyValues before = document.app().labels;
    QVERIFY(!labels.setData(labels.index(1, LabelsModel::KeyColumn), QStringLiteral("team")));
    QVERIFY(!document.setLabels({ { QStringLiteral("x"), QStringLiteral("1") }, { QStringLiteral("x"), QString() } }));
    QCOMPARE(document.app().labels, before);
    QVERIFY(labels.setData(labels.index(1, LabelsModel::KeyColumn), QStringLiteral("group")));
    QCOMPARE(document.app().labels.value(1).key, QStringLiteral("group"));
}

void tst_ExportDocument::killGracePeriodForm()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    QSpinBox* spin = form.killGraceSpin();
    QPushButton* packageDefault = form.killGraceDefaultButton();
    auto fieldProblems = [&document](FieldProblem::Severity severity) {
        QStringList out;
        for (const FieldProblem& p : document.problems()) {
            if (p.field == QLatin1String("taskKillGracePeriodSeconds") && p.severity == severity)
                out.append(p.message);
        }
        return out;
    };

    // The package's default (the demo states no SHUTDOWN_TIMEOUT: Habitat's 8 s, plus 10) until changed.
    QCOMPARE(document.defaultKillGracePeriod(), 18);
    QCOMPARE(spin->value(), 18);
    QCOMPARE(document.app().taskKillGracePeriodSeconds, 18);
    QVERIFY(!packageDefault->isEnabled());
    QVERIFY2(packageDefault->text().contains(QLatin1String("18")), qPrintable(packageDefault->text()));
    QVERIFY2(spin->toolTip().contains(QLatin1String("SHUTDOWN_TIMEOUT")), qPrintable(spin->toolTip()));
    QVERIFY(!document.commandLine().arguments.join(u' ').contains(QLatin1String("kill-grace-period")));

    // The spin box's arrows: one undo step, in the JSON and on the command line.
    for (int i = 0; i < 5; ++i)
        spin->stepUp();
    QCOMPARE(document.settings().killGracePeriodSeconds, 23);
    QCOMPARE(document.app().taskKillGracePeriodSeconds, 23);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(packageDefault->isEnabled());
    QVERIFY(document.json().contains("\"taskKillGracePeriodSeconds\": 23"));
    QVERIFY(document.commandLine().arguments.contains(QStringLiteral("--kill-grace-period=23")));
    document.undoStack()->undo();
    QVERIFY(!document.settings().killGracePeriodSeconds);
    QCOMPARE(spin->value(), 18);
    QVERIFY(!packageDefault->isEnabled());
    document.undoStack()->redo();
    QCOMPARE(spin->value(), 23);

    // Back to the package's default: a step of its own; the default's number is the default.
    packageDefault->click();
    QVERIFY(!document.settings().killGracePeriodSeconds);
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(spin->value(), 18);
    document.setKillGracePeriod(30);
    document.setKillGracePeriod(18);
    QVERIFY(!document.settings().killGracePeriodSeconds);

    // Out of range: refused with a message on the field, never clamped.
    const int steps = document.undoStack()->count();
    spin->setValue(90000);
    QCOMPARE(document.app().taskKillGracePeriodSeconds, 18);
    QCOMPARE(document.undoStack()->count(), steps);
    QCOMPARE(spin->value(), 90000); // what the operator typed stays, beside the message
    QCOMPARE(fieldProblems(FieldProblem::Severity::Error),
        QStringList { "90000 s is not taken: the kill grace period is from 0 to 86400 seconds" });
    QVERIFY(document.hasErrors());
    QVERIFY(form.killGraceProblemLabel()->text().contains(QLatin1String("90000")));
    document.setKillGracePeriod(-1);
    QCOMPARE(fieldProblems(FieldProblem::Severity::Error).size(), 1);
    QCOMPARE(document.app().taskKillGracePeriodSeconds, 18);
    spin->setValue(20); // the next edit takes the message away
    QVERIFY(fieldProblems(FieldProblem::Severity::Error).isEmpty());
    QCOMPARE(document.app().taskKillGracePeriodSeconds, 20);
    QVERIFY(form.killGraceProblemLabel()->text().isEmpty()); // its line stays, empty: nothing below moves

    // Shorter than the Supervisor may take: a warning, shown under the spin box.
    spin->setValue(5);
    QCOMPARE(fieldProblems(FieldProblem::Severity::Warning).size(), 1);
    QVERIFY(form.killGraceProblemLabel()->text().contains(QLatin1String("shorter than the 8 s")));

    // A problem on the field leads to the spin box.
    form.tabs()->setCurrentIndex(2);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    form.activateWindow();
    form.focusField(QStringLiteral("taskKillGracePeriodSeconds"));
    QVERIFY(form.tabs()->currentWidget()->isAncestorOf(spin));
    QTRY_VERIFY_WITH_TIMEOUT(spin->hasFocus(), test::WaitMs);

    // Another package has a default of its own.
    document.setPackage(m_demo.package, m_closure);
    QVERIFY(!document.settings().killGracePeriodSeconds);
    QCOMPARE(spin->value(), 18);
}

void tst_ExportDocument::operatorsConfigurationIsNormalised()
{
    ExportDocument document;
    load(document);
    const QString env = document.configEnvName();
    document.setEnv(env, QStringLiteral("[http]\nport = 1\nlisten = \"127.0.0.1\"\n[[upstream]]\nhost = \"a\""));
    QCOMPARE(document.app().envValue(env), QStringLiteral("http.listen = '127.0.0.1'\nupstream = [ { host = 'a' } ]"));
    bool warned = false;
    for (const FieldProblem& p : document.problems())
        warned |= p.field == QStringLiteral("env/") + env && p.severity == FieldProblem::Severity::Warning
            && p.message.startsWith(QLatin1String("http.port follows the port Marathon assigns"));
    QVERIFY(warned);
    QVERIFY(!document.hasErrors());
    // The environment table shows what goes to Marathon.
    AppForm form(&document);
    EnvironmentModel* model = form.environmentModel();
    bool shown = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->keyAt(row) == env)
            shown = model->index(row, EnvironmentModel::ValueColumn).data().toString() == *document.app().envValue(env);
    }
    QVERIFY(shown);

    // What cannot be made valid is an error on the variable.
    document.setEnv(env, QStringLiteral("http = 5"));
    bool refused = false;
    for (const FieldProblem& p : document.problems())
        refused |= p.field == QStringLiteral("env/") + env && p.severity == FieldProblem::Severity::Error;
    QVERIFY(refused);
    document.undoStack()->undo();
    QVERIFY(!document.hasErrors());
}

void tst_ExportDocument::diskSizedAfterABuild()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    // Before a build nothing sizes it: no disk, and a warning on the field.
    QCOMPARE(document.app().disk, 0.0);
    QVERIFY(form.diskFromPackageCheck()->isChecked());
    auto warnedOnDisk = [&] {
        for (const FieldProblem& p : document.problems()) {
            if (p.field == QLatin1String("disk") && p.severity == FieldProblem::Severity::Warning)
                return p.message;
        }
        return QString();
    };
    QVERIFY(!warnedOnDisk().isEmpty());
    QVERIFY(document.commandLine().arguments.contains(QStringLiteral("--disk=auto")));

    // The build panel's result sizes it, not undoably (a measurement).
    ExportResult built;
    built.tarballName = document.tarballFileName();
    built.extractedBytes = qint64(156) << 20;
    built.tarballSize = qint64(66) << 20;
    const int steps = document.undoStack()->count();
    document.setBuildResult(built);
    QCOMPARE(document.undoStack()->count(), steps);
    QCOMPARE(document.app().disk, 342.0);
    QCOMPARE(form.diskSpin()->value(), 342.0);
    QVERIFY2(warnedOnDisk().isEmpty(), qPrintable(warnedOnDisk()));

    // The operator's value wins; a smaller one is warned about, naming the need.
    form.diskSpin()->setValue(100);
    QCOMPARE(document.settings().disk, 100.0);
    QCOMPARE(document.app().disk, 100.0);
    QVERIFY(!form.diskFromPackageCheck()->isChecked());
    QVERIFY2(warnedOnDisk().contains(QStringLiteral("342")), qPrintable(warnedOnDisk()));
    QVERIFY(document.commandLine().arguments.contains(QStringLiteral("--disk=100")));
    form.diskFromPackageCheck()->setChecked(true);
    QVERIFY(!document.settings().disk);
    QCOMPARE(document.app().disk, 342.0);
    document.undoStack()->undo();
    QCOMPARE(document.app().disk, 100.0);

    // Another format is another tarball: its sizes are not known.
    document.undoStack()->undo();
    document.setFormat(TarballFormat::Xz);
    QCOMPARE(document.app().disk, 0.0);
    document.undoStack()->undo();
    QCOMPARE(document.app().disk, 342.0);
    // A build of something else does not size this one.
    built.tarballName = QStringLiteral("other-pkg-1.0.0-20240101000000.tgz");
    document.setBuildResult(built);
    QCOMPARE(document.app().disk, 0.0);
}

void tst_ExportDocument::agentPortsAreASetting()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    QCOMPARE(form.agentPortsEdit()->text(), QStringLiteral("31000-32000"));
    document.setFixedPorts(true);
    // The package's own ports (8080, 9638, ...) are outside what stock agents offer.
    auto portErrors = [&] {
        int n = 0;
        for (const FieldProblem& p : document.problems())
            n += p.field.startsWith(QLatin1String("portDefinitions/")) && p.severity == FieldProblem::Severity::Error;
        return n;
    };
    QCOMPARE(portErrors(), document.app().portDefinitions.size());
    QVERIFY(document.app().upgradeStrategy);
    QCOMPARE(document.app().upgradeStrategy->maximumOverCapacity, 0.0);

    // The field takes Mesos' syntax; not an undoable edit of the app.
    const int steps = document.undoStack()->count();
    form.agentPortsEdit()->setText(QStringLiteral("[31000-32000, 8000-9999]"));
    Q_EMIT form.agentPortsEdit()->editingFinished();
    QVERIFY(document.agentPorts() == (PortRanges { { 31000, 32000 }, { 8000, 9999 } }));
    QCOMPARE(document.undoStack()->count(), steps);
    QCOMPARE(portErrors(), 0);
    QVERIFY(document.commandLine().arguments.contains(QStringLiteral("--agent-ports=31000-32000,8000-9999")));
    // Nonsense is refused and changes nothing.
    form.agentPortsEdit()->setText(QStringLiteral("8000"));
    Q_EMIT form.agentPortsEdit()->editingFinished();
    QVERIFY(document.agentPorts() == (PortRanges { { 31000, 32000 }, { 8000, 9999 } }));
    // An edited port out of them is an error on its field.
    QList<MarathonPortDefinition> ports = document.app().portDefinitions;
    ports[0].port = 0;
    document.setPorts(ports);
    bool onField = false;
    for (const FieldProblem& p : document.problems())
        onField |= p.field == QLatin1String("portDefinitions/0/port") && p.severity == FieldProblem::Severity::Error;
    QVERIFY(onField);

    // Kept in the settings by the window.
    QTemporaryDir dir;
    {
        Settings settings(dir.filePath(QStringLiteral("habmesos.conf")));
        QVERIFY(settings.agentPorts() == PortPlacement::defaultAgentPorts());
        settings.setAgentPorts(document.agentPorts());
        QVERIFY(settings.sync().ok());
    }
    Settings again(dir.filePath(QStringLiteral("habmesos.conf")));
    QVERIFY(again.agentPorts() == document.agentPorts());
}

void tst_ExportDocument::defaultHealthCheckFollowsTheFlavour()
{
    ExportDocument document;
    load(document);
    QCOMPARE(document.app().healthChecks.value(0).protocol, QStringLiteral("MESOS_HTTP"));
    QCOMPARE(document.healthCheckSettings().protocol, QStringLiteral("MESOS_HTTP"));
    document.setFlavour(MarathonFlavour::Legacy); // Marathon before 1.0 has no Mesos checks
    QCOMPARE(document.app().healthChecks.value(0).protocol, QStringLiteral("HTTP"));
    QCOMPARE(document.healthCheckSettings().protocol, QStringLiteral("HTTP"));
    QVERIFY(!document.hasErrors());
    AppForm form(&document);
    QCOMPARE(form.flavourCombo()->currentText(), QStringLiteral("Marathon before 1.0 (uris, ports)"));
}

void tst_ExportDocument::hidingTheSupervisorsPortsWarns()
{
    ExportDocument document;
    load(document);
    document.setSupervisorPorts(false);
    QString warning;
    for (const FieldProblem& p : document.problems()) {
        if (p.field == QLatin1String("portDefinitions") && p.severity == FieldProblem::Severity::Warning)
            warning = p.message;
    }
    for (const char* text : { "9638", "9631", "9632", "hostname:UNIQUE", "no health check" })
        QVERIFY2(warning.contains(QLatin1String(text)), qPrintable(warning));
}

// The harts layout: chosen on the Output tab (one undo step, the compression then disabled), the
// downloads known only after a build, then one fetch entry per file, as `habmesos export` makes them.
void tst_ExportDocument::hartsLayoutFetchesWhatTheBuildWrote()
{
    ExportDocument document;
    load(document);
    document.setSources({ m_demo.artifactCache, m_demo.keyDir, QString(), false });
    QVERIFY(QDir().mkpath(document.settings().outputDir));
    AppForm form(&document);
    QComboBox* layout = form.outputTab()->layoutCombo();
    QComboBox* format = form.outputTab()->formatCombo();
    QCOMPARE(layout->currentData().toInt(), int(DeploymentLayout::Tarball));
    QVERIFY(format->isEnabled());
    const QList<MarathonFetch> tarballFetch = document.app().fetch;
    QCOMPARE(tarballFetch.size(), 1);

    layout->setCurrentIndex(layout->findData(int(DeploymentLayout::Harts)));
    Q_EMIT layout->activated(layout->currentIndex());
    QCOMPARE(document.settings().layout, DeploymentLayout::Harts);
    QCOMPARE(document.exportOptions().layout, DeploymentLayout::Harts);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change the deployment layout"));
    QVERIFY(!format->isEnabled()); // the bootstrap is always .tgz
    QVERIFY2(format->toolTip().contains(QStringLiteral(".tgz")), qPrintable(format->toolTip()));
    QVERIFY(document.defaultFetchUri().endsWith(QStringLiteral("/out/")));
    QVERIFY(document.commandLine().arguments.contains(QStringLiteral("--layout=harts")));
    // Before a build the downloads are not known: the derivation says to export first.
    auto fetchError = [&] {
        for (const FieldProblem& p : document.problems()) {
            if (p.field == QLatin1String("fetch/0/uri") && p.severity == FieldProblem::Severity::Error)
                return p.message;
        }
        return QString();
    };
    QVERIFY(!fetchError().isEmpty());
    QVERIFY(document.app().fetch.isEmpty());

    // Undo and redo, through the form as well.
    document.undoStack()->undo();
    QCOMPARE(document.settings().layout, DeploymentLayout::Tarball);
    QCOMPARE(layout->currentData().toInt(), int(DeploymentLayout::Tarball));
    QVERIFY(format->isEnabled());
    QCOMPARE(document.app().fetch, tarballFetch);
    document.undoStack()->redo();
    QCOMPARE(document.settings().layout, DeploymentLayout::Harts);
    QCOMPARE(layout->currentData().toInt(), int(DeploymentLayout::Harts));

    // The build, as the Build panel runs it.
    Result<ExportResult> built = ExportJob(document.optionsForBuild()).run();
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QCOMPARE(built->layout, DeploymentLayout::Harts);
    QVERIFY(built->harts.size() > 1);
    const int steps = document.undoStack()->count();
    document.setBuildResult(built.value());
    QCOMPARE(document.undoStack()->count(), steps); // a measurement, not an edit
    QVERIFY2(fetchError().isEmpty(), qPrintable(fetchError()));
    QVERIFY2(!document.hasErrors(), qPrintable(document.problems().value(0).message));
    const QList<MarathonFetch> fetch = document.app().fetch;
    QCOMPARE(fetch.size(), 1 + built->harts.size());
    QCOMPARE(fetch[0].uri, QUrl::fromLocalFile(built->tarballPath).toString());
    QVERIFY(fetch[0].extract);
    QVERIFY(fetch[0].cache);
    qint64 bytes = built->tarballSize;
    for (qsizetype i = 0; i < built->harts.size(); ++i) {
        const ExportResult::Hart& hart = built->harts[i];
        const MarathonFetch& f = fetch[i + 1];
        QCOMPARE(f.uri, QUrl::fromLocalFile(hart.path).toString());
        QVERIFY(!f.extract);
        QVERIFY(f.cache);
        QCOMPARE(f.destPath, QStringLiteral("hab/cache/artifacts/") + hart.fileName);
        bytes += hart.bytes;
    }
    // The disk holds the unpacked packages and every file the sandbox receives.
    QCOMPARE(document.facts().tarballBytes, bytes);
    // The Marathon tab publishes the same files: the bootstrap, then every .hart.
    const QList<HartsPublisher::File> files = document.builtHartsFiles();
    QCOMPARE(files.size(), 1 + built->harts.size());
    QCOMPARE(files[0].localPath, built->tarballPath);
    QCOMPARE(files[0].fileName, built->tarballName);
    for (qsizetype i = 0; i < built->harts.size(); ++i) {
        QCOMPARE(files[i + 1].localPath, built->harts[i].path);
        QCOMPARE(files[i + 1].fileName, built->harts[i].fileName);
        QCOMPARE(files[i + 1].bytes, built->harts[i].bytes);
    }
    QCOMPARE(document.facts().extractedBytes, built->extractedBytes);
    QCOMPARE(document.app().disk, HabitatAppBuilder::neededDisk(document.facts()).value_or(0));
    // The preview shows them.
    JsonPreview preview(&document);
    QVERIFY(preview.editor()->toPlainText().contains(
        QStringLiteral("hab/cache/artifacts/") + built->harts.first().fileName));

    // Copy as Command Line names the layout, and `habmesos export` with it writes this very JSON.
    const ExportDocument::CommandLine command = document.commandLine();
    QVERIFY(command.arguments.contains(QStringLiteral("--layout=harts")));
    test::ProcessRunner cli(test::habmesosBinary(), QStringList { QStringLiteral("export") } + command.arguments);
    const test::ProcessRunner::Outcome exported = cli.setEnvironment(m_env).run();
    QVERIFY2(exported.ok(), qPrintable(exported.describe()));
    QCOMPARE(exported.out, document.json());

    // Back to the tarball: its one download (no tarball was built, so nothing sizes the disk).
    document.setLayout(DeploymentLayout::Tarball);
    QCOMPARE(document.app().fetch, tarballFetch);
    QCOMPARE(document.app().disk, 0.0);
    QVERIFY(document.builtHartsFiles().isEmpty());
    document.undoStack()->undo();
    QCOMPARE(document.app().fetch, fetch);
    // Other Supervisor's packages are another closure: not the one built.
    document.setSupervisorPackage(SupervisorPackages::Part::Sup, QStringLiteral("core/hab-sup"));
    QVERIFY(!fetchError().isEmpty());
    QVERIFY(document.builtHartsFiles().isEmpty());
    document.undoStack()->undo();
    QCOMPARE(document.app().fetch, fetch);
    // A build of another package does not fill this one's downloads.
    ExportResult other = built.value();
    other.service.ident = PackageIdent::parse(QStringLiteral("core/busybox-static/1.35.0/20240601120000")).value();
    document.setBuildResult(other);
    QVERIFY(!fetchError().isEmpty());
    QVERIFY(document.builtHartsFiles().isEmpty());
    // Nor does a tarball build of this one.
    ExportResult tarball;
    tarball.service = built->service;
    tarball.tarballName = document.tarballFileName();
    tarball.tarballSize = 1000;
    tarball.extractedBytes = 1000;
    document.setBuildResult(tarball);
    QVERIFY(!fetchError().isEmpty());
}

QTEST_MAIN(tst_ExportDocument)
#include "tst_exportdocument.moc"
