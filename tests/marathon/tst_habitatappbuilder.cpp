// SPDX-License-Identifier: Apache-2.0
#include "habitatappbuilder.h"
#include "habitatfixture.h"
#include "habitatlaunchcommand.h"
#include "marathonjsonreader.h"
#include "marathonjsonwriter.h"
#include "marathonvalidator.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace habmesos;

class tst_HabitatAppBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storefrontDefaults();
    void storefrontGoldenJson();
    void storefrontFixedPorts();
    void withoutSupervisorPorts();
    void healthCheckOff();
    void configOverrides();
    void wiredKeyChangedIsWarned();
    void unmatchedExposedPort();
    void commandFollowsEditedPorts();
    void portNames_data();
    void portNames();
    void fetchUri();
    void legacyFlavour();
    void idWarningPassesThrough();
    void operatorsIdReplacesThePackagesProblems();
    void notAService();
    // The operator's own HAB_<PKG> (issue #9 point 8, mesos-agent.md B6), and the kill grace.
    void operatorsConfigStaysValid_data();
    void operatorsConfigStaysValid();
    void operatorsConfigRefused_data();
    void operatorsConfigRefused();
    void configOverrideStaysValid();
    void killGracePeriod();
    void shellQuote_data();
    void shellQuote();

    // The generated command, run by real shells with mount, umount and chroot stubbed.
    void commandSyntax_data();
    void commandSyntax();
    void commandSequence();
    void commandForwardsTerm();
    void commandNeedsItsPorts();
    void commandCleansUpWhenAMountFails();
    void commandRunsForRealAsRoot();
    void commandRefusesSymlinkedDirectories();
    void commandQuotesOddNames();

private:
    struct Run
    {
        int exitCode = -1;
        QStringList log;
        QString stderrText;
        QString sandbox;
    };
    // Runs `cmd` with /bin/sh -c in a fresh sandbox, stubs first in PATH.
    Run runStubbed(const QString& cmd, const QStringList& extraEnv, const QString& mode, bool terminate = false);
};

namespace {

QStringList portNamesOf(const MarathonApp& app)
{
    QStringList out;
    for (const auto& p : app.portDefinitions)
        out << p.name;
    return out;
}

bool hasProblem(const FieldProblems& problems, const QString& field, FieldProblem::Severity severity)
{
    for (const FieldProblem& p : problems) {
        if (p.field == field && p.severity == severity)
            return true;
    }
    return false;
}

HabitatLaunchCommand::Spec storefrontSpec()
{
    HabitatLaunchCommand::Spec s;
    s.serviceIdent = QStringLiteral("acme/storefront");
    s.configEnvVar = QStringLiteral("HAB_STOREFRONT");
    s.gossipPortIndex = 2;
    s.httpPortIndex = 3;
    s.controlPortIndex = 4;
    s.configPorts = { { QStringLiteral("http.port"), 0 }, { QStringLiteral("https.port"), 1 } };
    return s;
}

const QStringList storefrontPorts { QStringLiteral("PORT0=31000"), QStringLiteral("PORT1=31001"),
    QStringLiteral("PORT2=31002"), QStringLiteral("PORT3=31003"), QStringLiteral("PORT4=31004") };

} // namespace

void tst_HabitatAppBuilder::storefrontDefaults()
{
    const auto b = HabitatAppBuilder::build(test::storefrontFacts());
    const MarathonApp& app = b.app;
    QVERIFY2(b.problems.isEmpty(), b.problems.isEmpty() ? "" : qPrintable(b.problems[0].message));
    QCOMPARE(app.id, QStringLiteral("/acme/storefront"));
    QCOMPARE(app.cpus, 0.5);
    QCOMPARE(app.mem, 256.0);
    QCOMPARE(app.disk, 0.0);
    QCOMPARE(app.instances, 1);
    QCOMPARE(app.user, QStringLiteral("root"));
    QCOMPARE(portNamesOf(app), QStringList({ "port", "ssl-port", "hab-gossip", "hab-http", "hab-ctl" }));
    for (const auto& p : app.portDefinitions)
        QCOMPARE(p.port, 0);
    QCOMPARE(app.portDefinitions[2].protocol, QStringLiteral("udp,tcp"));
    QCOMPARE(app.portDefinitions[3].protocol, QStringLiteral("tcp"));
    QVERIFY(!app.requirePorts);
    QCOMPARE(app.env, (MarathonKeyValues { { "HAB_LICENSE", "accept-no-persist" } }));
    QCOMPARE(app.fetch.size(), 1);
    QCOMPARE(app.fetch[0].uri, test::storefrontFacts().fetchUri);
    QVERIFY(app.fetch[0].extract);
    QVERIFY(!app.fetch[0].cache);
    QVERIFY(app.fetch[0].destPath.isEmpty());
    QCOMPARE(app.healthChecks.size(), 1);
    const MarathonHealthCheck& h = app.healthChecks[0];
    QCOMPARE(h.protocol, QStringLiteral("HTTP"));
    QCOMPARE(h.path, QStringLiteral("/services/storefront/default/health"));
    QCOMPARE(h.portIndex, 3);
    QCOMPARE(h.gracePeriodSeconds, 300);
    // The command: dynamic ports wired into the Supervisor and the configuration.
    const QString cmd = *app.cmd;
    QVERIFY(
        cmd.contains(QStringLiteral("export HAB_LISTEN_GOSSIP=\"0.0.0.0:$PORT2\" HAB_LISTEN_HTTP=\"0.0.0.0:$PORT3\" "
                                    "HAB_LISTEN_CTL=\"127.0.0.1:$PORT4\"")));
    QVERIFY(cmd.contains(QStringLiteral("'http.port = '\"$PORT0\" 'https.port = '\"$PORT1\" \"${HAB_STOREFRONT-}\"")));
    QVERIFY(cmd.contains(QStringLiteral("chroot . /init.sh run acme/storefront & pid=$!")));
    QVERIFY(!cmd.contains(u'\n'));
    QCOMPARE(b.config.entries().size(), 7);
    QVERIFY(!MarathonValidator::hasErrors(MarathonValidator::validate(app)));
    QVERIFY(MarathonValidator::validate(app).isEmpty());
    // and it reads back as it was written
    const auto back = MarathonJsonReader::read(MarathonJsonWriter::write(app));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(*back == app);
}

void tst_HabitatAppBuilder::storefrontGoldenJson()
{
    // The whole default definition as a person reads it in the preview. When the builder's
    // output changes on purpose, update tests/marathon/data/storefront-app.json with it.
    QFile golden(test::sourceDir() + QStringLiteral("/tests/marathon/data/storefront-app.json"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    const QByteArray expected = golden.readAll();
    const QByteArray actual = MarathonJsonWriter::write(HabitatAppBuilder::build(test::storefrontFacts()).app);
    if (actual != expected)
        qWarning("builder output:\n%s", actual.constData());
    QCOMPARE(actual, expected);
}

void tst_HabitatAppBuilder::storefrontFixedPorts()
{
    HabitatAppOptions o;
    o.ports = HabitatAppOptions::Ports::Fixed;
    const auto b = HabitatAppBuilder::build(test::storefrontFacts(), o);
    QVERIFY(b.problems.isEmpty());
    QList<int> ports;
    for (const auto& p : b.app.portDefinitions)
        ports << p.port;
    QCOMPARE(ports, QList<int>({ 8080, 8443, 9638, 9631, 9632 }));
    QVERIFY(b.app.requirePorts);
    QVERIFY(MarathonValidator::validate(b.app).isEmpty());
    // Still wired: with requirePorts, $PORTn is the fixed port, and follows an edited number.
    QVERIFY(b.app.cmd->contains(QStringLiteral("HAB_LISTEN_GOSSIP=\"0.0.0.0:$PORT2\"")));
}

void tst_HabitatAppBuilder::withoutSupervisorPorts()
{
    HabitatAppOptions o;
    o.supervisorPorts = false;
    const auto b = HabitatAppBuilder::build(test::storefrontFacts(), o);
    QCOMPARE(portNamesOf(b.app), QStringList({ "port", "ssl-port" }));
    QVERIFY(b.app.healthChecks.isEmpty());
    QVERIFY(hasProblem(b.problems, QStringLiteral("healthChecks"), FieldProblem::Severity::Warning));
    QVERIFY(!b.app.cmd->contains(QStringLiteral("HAB_LISTEN")));
    QVERIFY(!MarathonValidator::hasErrors(MarathonValidator::validate(b.app)));
    o.healthCheck = false;
    QVERIFY(HabitatAppBuilder::build(test::storefrontFacts(), o).problems.isEmpty());
}

void tst_HabitatAppBuilder::healthCheckOff()
{
    HabitatAppOptions o;
    o.healthCheck = false;
    const auto b = HabitatAppBuilder::build(test::storefrontFacts(), o);
    QVERIFY(b.app.healthChecks.isEmpty());
    QVERIFY(b.problems.isEmpty());
    QCOMPARE(b.app.portDefinitions.size(), 5);
}

void tst_HabitatAppBuilder::configOverrides()
{
    auto config = HabitatConfig::parse(test::storefrontFacts().defaultToml);
    QVERIFY(config->setValue({ "worker_processes" }, QStringLiteral("8")).ok());
    QVERIFY(config->setValue({ "https", "cert" }, QStringLiteral("\"/etc/ssl/shop.pem\"")).ok());
    HabitatAppOptions o;
    o.config = *config;
    const auto b = HabitatAppBuilder::build(test::storefrontFacts(), o);
    QVERIFY(b.problems.isEmpty());
    QCOMPARE(
        b.app.envValue(u"HAB_STOREFRONT"), QStringLiteral("worker_processes = 8\nhttps.cert = '/etc/ssl/shop.pem'"));
    QCOMPARE(b.app.env.first().key, QStringLiteral("HAB_LICENSE"));
}

void tst_HabitatAppBuilder::wiredKeyChangedIsWarned()
{
    auto config = HabitatConfig::parse(test::storefrontFacts().defaultToml);
    QVERIFY(config->setValue({ "http", "port" }, QStringLiteral("9000")).ok());
    HabitatAppOptions o;
    o.config = *config;
    const auto b = HabitatAppBuilder::build(test::storefrontFacts(), o);
    // Left out of the override (the command sets it; a duplicate key would be invalid TOML).
    QVERIFY(!b.app.envValue(u"HAB_STOREFRONT"));
    QCOMPARE(b.problems.size(), 1);
    QCOMPARE(b.problems[0].field, QStringLiteral("env/HAB_STOREFRONT"));
    QCOMPARE(b.problems[0].message,
        QStringLiteral("http.port follows the port Marathon assigns, so the value 9000 set here is not used"));
}

void tst_HabitatAppBuilder::unmatchedExposedPort()
{
    HabitatPackageFacts f = test::storefrontFacts();
    f.exposes = { 8080, 9000, 8080 };
    const auto b = HabitatAppBuilder::build(f);
    QCOMPARE(portNamesOf(b.app), QStringList({ "port", "port-9000", "hab-gossip", "hab-http", "hab-ctl" }));
    QVERIFY(hasProblem(b.problems, QStringLiteral("portDefinitions/1/port"), FieldProblem::Severity::Warning));
    QVERIFY(!b.app.cmd->contains(QStringLiteral("$PORT1\"")) || b.app.cmd->contains(QStringLiteral("PORT1:?")));
    QVERIFY(!b.app.cmd->contains(QStringLiteral("https.port")));
    HabitatAppOptions fixed;
    fixed.ports = HabitatAppOptions::Ports::Fixed;
    QVERIFY(HabitatAppBuilder::build(f, fixed).problems.isEmpty());
}

void tst_HabitatAppBuilder::commandFollowsEditedPorts()
{
    const HabitatPackageFacts facts = test::storefrontFacts();
    auto b = HabitatAppBuilder::build(facts);
    QCOMPARE(HabitatAppBuilder::launchCommand(b.app, facts, b.config), *b.app.cmd);
    // The operator moves the gossip port to the front and drops the control port.
    MarathonApp app = b.app;
    app.portDefinitions.move(2, 0);
    app.portDefinitions.removeLast();
    const QString cmd = HabitatAppBuilder::launchCommand(app, facts, b.config);
    QVERIFY2(
        cmd.contains(QStringLiteral("export HAB_LISTEN_GOSSIP=\"0.0.0.0:$PORT0\" HAB_LISTEN_HTTP=\"0.0.0.0:$PORT3\";")),
        qPrintable(cmd));
    QVERIFY(!cmd.contains(QStringLiteral("HAB_LISTEN_CTL")));
    QVERIFY(cmd.contains(QStringLiteral("'http.port = '\"$PORT1\" 'https.port = '\"$PORT2\"")));
    // A port renamed away is no longer wired.
    app.portDefinitions[2].name = QStringLiteral("tls");
    const QString renamed = HabitatAppBuilder::launchCommand(app, facts, b.config);
    QVERIFY(!renamed.contains(QStringLiteral("https.port")));
    QVERIFY(renamed.contains(QStringLiteral("'http.port = '\"$PORT1\"")));
}

void tst_HabitatAppBuilder::portNames_data()
{
    QTest::addColumn<QString>("exportName");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << "port" << QStringList() << "port";
    QTest::newRow("underscore") << "ssl_port" << QStringList() << "ssl-port";
    QTest::newRow("upper") << "HTTP" << QStringList() << "http";
    QTest::newRow("digit first") << "8080" << QStringList() << "port-8080";
    QTest::newRow("edges") << "_x_" << QStringList() << "x";
    QTest::newRow("taken") << "hab-http" << QStringList { "hab-gossip", "hab-http" } << "hab-http-2";
    QTest::newRow("taken twice") << "a" << QStringList { "a", "a-2" } << "a-3";
    QTest::newRow("punctuation only") << "__" << QStringList() << "port";
}

void tst_HabitatAppBuilder::portNames()
{
    QFETCH(QString, exportName);
    QFETCH(QStringList, taken);
    QFETCH(QString, name);
    QCOMPARE(HabitatAppBuilder::portName(exportName, taken), name);
}

void tst_HabitatAppBuilder::fetchUri()
{
    HabitatPackageFacts f = test::storefrontFacts();
    f.fetchUri.clear();
    auto b = HabitatAppBuilder::build(f);
    QVERIFY(b.app.fetch.isEmpty()); // never an empty "uri"
    QVERIFY(hasProblem(b.problems, QStringLiteral("fetch/0/uri"), FieldProblem::Severity::Error));
    QVERIFY(!MarathonJsonWriter::write(b.app).contains("\"uri\""));

    f.fetchUri = QStringLiteral("https://files.example.com/get?id=42");
    b = HabitatAppBuilder::build(f);
    QCOMPARE(b.app.fetch[0].destPath, f.tarballFileName); // so the fetcher sees an archive name
    f.fetchUri = QStringLiteral("  http://x/acme-storefront.tar.gz ");
    b = HabitatAppBuilder::build(f);
    QCOMPARE(b.app.fetch[0].uri, QStringLiteral("http://x/acme-storefront.tar.gz"));
    QVERIFY(b.app.fetch[0].destPath.isEmpty());
    QVERIFY(b.problems.isEmpty());
    f.fetchUri = QStringLiteral("https://files.example.com/download/42");
    f.tarballFileName.clear();
    b = HabitatAppBuilder::build(f);
    QVERIFY(b.app.fetch[0].destPath.isEmpty());
    QVERIFY(hasProblem(b.problems, QStringLiteral("fetch/0/uri"), FieldProblem::Severity::Warning));
}

void tst_HabitatAppBuilder::legacyFlavour()
{
    HabitatAppOptions o;
    o.ports = HabitatAppOptions::Ports::Fixed;
    const auto b = HabitatAppBuilder::build(test::storefrontFacts(), o);
    const QByteArray json = MarathonJsonWriter::writeCompact(b.app, MarathonFlavour::Legacy);
    QVERIFY(
        json.contains("\"uris\":[\"https://artifacts.example.com/mesos/acme-storefront-1.4.2-20260301120000.tgz\"]"));
    QVERIFY(json.contains("\"ports\":[8080,8443,9638,9631,9632],\"requirePorts\":true"));
    QVERIFY(!json.contains("portDefinitions"));
    QVERIFY(!json.contains("fetch"));
    // The command uses $PORTn, which the legacy form sets as well (it has no port names).
    QVERIFY(!b.app.cmd->contains(QStringLiteral("PORT_")));
}

void tst_HabitatAppBuilder::idWarningPassesThrough()
{
    HabitatPackageFacts f = test::storefrontFacts();
    f.origin = QStringLiteral("acme_corp");
    f.name = QStringLiteral("Store_Front");
    const auto b = HabitatAppBuilder::build(f);
    QCOMPARE(b.app.id, QStringLiteral("/acme-corp/store-front"));
    QVERIFY(hasProblem(b.problems, QStringLiteral("id"), FieldProblem::Severity::Warning));
    // Habitat's own names stay as they are where Habitat reads them.
    QVERIFY(b.app.cmd->contains(QStringLiteral("/init.sh run acme_corp/Store_Front")));
    QCOMPARE(*b.app.healthChecks[0].path, QStringLiteral("/services/Store_Front/default/health"));
    QVERIFY(b.app.cmd->contains(QStringLiteral("HAB_STORE_FRONT")));
}

void tst_HabitatAppBuilder::notAService()
{
    HabitatPackageFacts f = test::storefrontFacts();
    f.svcUser.clear();
    QVERIFY(hasProblem(HabitatAppBuilder::build(f).problems, QStringLiteral("cmd"), FieldProblem::Severity::Warning));
    f = test::storefrontFacts();
    f.defaultToml = QStringLiteral("port = \n");
    const auto b = HabitatAppBuilder::build(f);
    QVERIFY(hasProblem(b.problems, QStringLiteral("env/HAB_STOREFRONT"), FieldProblem::Severity::Warning));
}

void tst_HabitatAppBuilder::shellQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("safe") << "acme/storefront"
                          << "acme/storefront";
    QTest::newRow("space") << "a b"
                           << "'a b'";
    QTest::newRow("quote") << "it's"
                           << "'it'\\''s'";
    QTest::newRow("dollar") << "$HOME"
                            << "'$HOME'";
    QTest::newRow("empty") << ""
                           << "''";
}

void tst_HabitatAppBuilder::shellQuote()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(HabitatLaunchCommand::shellQuote(text), quoted);
    // and sh gives the text back
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("printf %s ") + quoted });
    QVERIFY(sh.waitForFinished());
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), text);
}

void tst_HabitatAppBuilder::commandSyntax_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QString>("cmd");
    const QStringList shells { QStringLiteral("/bin/sh"), QStringLiteral("/usr/bin/dash"), QStringLiteral("/bin/bash"),
        QStringLiteral("/usr/bin/busybox") };
    for (const QString& shell : shells) {
        for (int supervisor = 0; supervisor < 2; ++supervisor) {
            for (int fixed = 0; fixed < 2; ++fixed) {
                HabitatAppOptions o;
                o.supervisorPorts = supervisor;
                o.ports = fixed ? HabitatAppOptions::Ports::Fixed : HabitatAppOptions::Ports::Dynamic;
                HabitatPackageFacts f = test::storefrontFacts();
                const QString cmd = *HabitatAppBuilder::build(f, o).app.cmd;
                QTest::addRow("%s sup=%d fixed=%d", qPrintable(shell), supervisor, fixed) << shell << cmd;
            }
        }
        HabitatPackageFacts none = test::storefrontFacts();
        none.exposes.clear();
        HabitatAppOptions bare;
        bare.supervisorPorts = false;
        QTest::addRow("%s no ports", qPrintable(shell)) << shell << *HabitatAppBuilder::build(none, bare).app.cmd;
        HabitatLaunchCommand::Spec odd = storefrontSpec();
        odd.serviceIdent = QStringLiteral("it's/odd name");
        odd.configPorts = { { QStringLiteral("\"odd key\".port"), 0 } };
        QTest::addRow("%s odd quoting", qPrintable(shell)) << shell << HabitatLaunchCommand::build(odd);
    }
}

void tst_HabitatAppBuilder::commandSyntax()
{
    QFETCH(QString, shell);
    QFETCH(QString, cmd);
    if (!QFile::exists(shell))
        QSKIP(qPrintable(shell + QStringLiteral(" is not installed")));
    QStringList args { QStringLiteral("-n"), QStringLiteral("-c"), cmd };
    if (shell.endsWith(QStringLiteral("busybox")))
        args.prepend(QStringLiteral("sh"));
    QProcess sh;
    sh.start(shell, args);
    QVERIFY(sh.waitForFinished());
    QVERIFY2(sh.exitCode() == 0, sh.readAllStandardError().constData());
}

tst_HabitatAppBuilder::Run tst_HabitatAppBuilder::runStubbed(
    const QString& cmd, const QStringList& extraEnv, const QString& mode, bool terminate)
{
    Run run;
    QTemporaryDir dir;
    dir.setAutoRemove(true);
    const QString stubs = dir.filePath(QStringLiteral("stubs"));
    const QString sandbox = dir.filePath(QStringLiteral("sandbox"));
    const QString logFile = dir.filePath(QStringLiteral("log"));
    QDir().mkpath(stubs);
    QDir().mkpath(sandbox);
    auto stub = [&](const QString& name, const QString& body) {
        QFile f(stubs + u'/' + name);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral("#!/bin/sh\n%1\n").arg(body).toUtf8());
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    };
    // Each stub logs its name, its arguments and, for chroot, what reaches it.
    stub(QStringLiteral("mount"),
        QStringLiteral("echo \"mount $*\" >> \"$STUB_LOG\"\n"
                       "[ \"$STUB_MODE\" = mountfail ] && [ \"$2\" = sysfs ] && exit 32\nexit 0"));
    stub(QStringLiteral("umount"), QStringLiteral("echo \"umount $*\" >> \"$STUB_LOG\""));
    stub(QStringLiteral("chroot"),
        QStringLiteral("echo \"chroot $* in=$(pwd)\" >> \"$STUB_LOG\"\n"
                       "echo \"env HAB_LICENSE=$HAB_LICENSE GOSSIP=$HAB_LISTEN_GOSSIP HTTP=$HAB_LISTEN_HTTP "
                       "CTL=$HAB_LISTEN_CTL\" >> "
                       "\"$STUB_LOG\"\n"
                       "printf '%s' \"$HAB_STOREFRONT\" > \"$STUB_LOG.toml\"\n"
                       "if [ \"$STUB_MODE\" = term ]; then\n"
                       "  trap 'echo \"supervisor got TERM\" >> \"$STUB_LOG\"; exit 0' TERM\n"
                       "  touch \"$STUB_LOG.ready\"\n"
                       "  while :; do sleep 0.05; done\n"
                       "fi\n"
                       "exit 3"));
    if (mode == QStringLiteral("symlink-etc")) {
        // A tarball whose etc points elsewhere: the target must stay untouched.
        QDir().mkpath(dir.filePath(QStringLiteral("elsewhere")));
        QFile::link(dir.filePath(QStringLiteral("elsewhere")), sandbox + QStringLiteral("/etc"));
    }
    QProcess sh;
    sh.setWorkingDirectory(sandbox);
    QStringList env { QStringLiteral("PATH=%1:/usr/sbin:/usr/bin:/sbin:/bin").arg(stubs),
        QStringLiteral("STUB_LOG=") + logFile, QStringLiteral("STUB_MODE=") + mode,
        QStringLiteral("HAB_LICENSE=accept-no-persist") };
    env += extraEnv;
    sh.setEnvironment(env);
    sh.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), cmd });
    if (terminate) {
        for (int i = 0; i < 400 && !QFile::exists(logFile + QStringLiteral(".ready")); ++i)
            QTest::qWait(25);
        sh.terminate(); // SIGTERM to the shell, as the Mesos executor sends on kill
    }
    sh.waitForFinished(30000);
    run.exitCode = sh.exitStatus() == QProcess::NormalExit ? sh.exitCode() : -1;
    run.stderrText = QString::fromUtf8(sh.readAllStandardError());
    QFile log(logFile);
    if (log.open(QIODevice::ReadOnly))
        run.log = QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QFile toml(logFile + QStringLiteral(".toml"));
    if (toml.open(QIODevice::ReadOnly))
        run.log << QStringLiteral("toml: ") + QString::fromUtf8(toml.readAll());
    for (const QString& f : { QStringLiteral("resolv.conf"), QStringLiteral("hosts") }) {
        QFile host(QStringLiteral("/etc/") + f);
        QFile copy(sandbox + QStringLiteral("/etc/") + f);
        if (host.open(QIODevice::ReadOnly))
            run.log << QStringLiteral("%1 copied: %2")
                           .arg(f,
                               copy.open(QIODevice::ReadOnly) && copy.readAll() == host.readAll() ? "true" : "false");
    }
    QStringList dirs;
    for (const char* d : { "proc", "sys", "dev", "etc" }) {
        if (QFileInfo(sandbox + u'/' + d).isDir())
            dirs << d;
    }
    run.log << QStringLiteral("dirs: ") + dirs.join(u' ');
    run.log << QStringLiteral("elsewhere: ")
            + QDir(dir.filePath(QStringLiteral("elsewhere"))).entryList(QDir::Files).join(u' ');
    run.sandbox = sandbox; // gone when this returns; for messages only
    return run;
}

void tst_HabitatAppBuilder::commandSequence()
{
    const QString cmd = HabitatLaunchCommand::build(storefrontSpec());
    const Run run = runStubbed(cmd,
        storefrontPorts + QStringList { QStringLiteral("HAB_STOREFRONT=log_level = 'debug'") }, QStringLiteral("exit"));
    QVERIFY2(run.stderrText.isEmpty(), qPrintable(run.stderrText));
    QCOMPARE(run.exitCode, 3); // the Supervisor's status
    const QStringList steps = run.log.filter(QRegularExpression(QStringLiteral("^(mount|umount|chroot|env) ")));
    QCOMPARE(steps,
        QStringList({
            "mount -t proc proc proc",
            "mount -t sysfs sys sys",
            "mount -o bind /dev dev",
            "chroot . /init.sh run acme/storefront in=" + run.sandbox,
            "env HAB_LICENSE=accept-no-persist GOSSIP=0.0.0.0:31002 HTTP=0.0.0.0:31003 CTL=127.0.0.1:31004",
            "umount -l dev",
            "umount -l sys",
            "umount -l proc",
        }));
    // The configuration override reaching hab: the ports first, then the operator's keys.
    QVERIFY(run.log.contains(QStringLiteral("toml: http.port = 31000\nhttps.port = 31001\nlog_level = 'debug'")));
    const auto parsed = HabitatConfig::parse(run.log.filter(QStringLiteral("toml: ")).first().mid(6));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->find({ "https", "port" })->value, QStringLiteral("31001"));
    for (const QString& line : run.log.filter(QStringLiteral(" copied: ")))
        QVERIFY2(line.endsWith(QStringLiteral("true")), qPrintable(line));
    QVERIFY(run.log.contains(QStringLiteral("dirs: proc sys dev etc")));
}

void tst_HabitatAppBuilder::commandForwardsTerm()
{
    const QString cmd = HabitatLaunchCommand::build(storefrontSpec());
    const Run run = runStubbed(cmd, storefrontPorts, QStringLiteral("term"), true);
    QCOMPARE(run.exitCode, 0); // the Supervisor stopped cleanly
    const QStringList steps = run.log.filter(QRegularExpression(QStringLiteral("^(umount|supervisor)")));
    QCOMPARE(steps, QStringList({ "supervisor got TERM", "umount -l dev", "umount -l sys", "umount -l proc" }));
    // Without operator changes the override holds only the ports.
    QVERIFY(run.log.contains(QStringLiteral("toml: http.port = 31000\nhttps.port = 31001")));
}

void tst_HabitatAppBuilder::commandNeedsItsPorts()
{
    const QString cmd = HabitatLaunchCommand::build(storefrontSpec());
    const Run run = runStubbed(cmd, storefrontPorts.mid(0, 3) + storefrontPorts.mid(4), QStringLiteral("exit"));
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.stderrText.contains(QStringLiteral("PORT3")), qPrintable(run.stderrText));
    QVERIFY2(run.stderrText.contains(QStringLiteral("Marathon assigned no port 3")), qPrintable(run.stderrText));
    QVERIFY(run.log.filter(QRegularExpression(QStringLiteral("^(mount|chroot) "))).isEmpty());
}

void tst_HabitatAppBuilder::commandCleansUpWhenAMountFails()
{
    const QString cmd = HabitatLaunchCommand::build(storefrontSpec());
    const Run run = runStubbed(cmd, storefrontPorts, QStringLiteral("mountfail"));
    QCOMPARE(run.exitCode, 32);
    const QStringList steps = run.log.filter(QRegularExpression(QStringLiteral("^(mount|umount|chroot) ")));
    QCOMPARE(steps,
        QStringList({ "mount -t proc proc proc", "mount -t sysfs sys sys", "umount -l dev", "umount -l sys",
            "umount -l proc" }));
}

void tst_HabitatAppBuilder::commandRefusesSymlinkedDirectories()
{
    const QString cmd = HabitatLaunchCommand::build(storefrontSpec());
    const Run run = runStubbed(cmd, storefrontPorts, QStringLiteral("symlink-etc"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.stderrText.contains(QStringLiteral("habmesos: etc is a symbolic link in the tarball; refusing to start")),
        qPrintable(run.stderrText));
    QVERIFY(run.log.filter(QRegularExpression(QStringLiteral("^(mount|chroot) "))).isEmpty());
    QVERIFY(run.log.contains(QStringLiteral("elsewhere: ")));
}

void tst_HabitatAppBuilder::commandQuotesOddNames()
{
    HabitatLaunchCommand::Spec odd = storefrontSpec();
    odd.serviceIdent = QStringLiteral("it's/odd $name");
    odd.configPorts = { { QStringLiteral("\"odd 'key'\".port"), 0 } };
    const Run run = runStubbed(HabitatLaunchCommand::build(odd), storefrontPorts, QStringLiteral("exit"));
    QVERIFY2(run.stderrText.isEmpty(), qPrintable(run.stderrText));
    QCOMPARE(run.log.filter(QStringLiteral("chroot ")).value(0).section(QStringLiteral(" in="), 0, 0),
        QStringLiteral("chroot . /init.sh run it's/odd $name"));
    QVERIFY(run.log.contains(QStringLiteral("toml: \"odd 'key'\".port = 31000")));
}

void tst_HabitatAppBuilder::commandRunsForRealAsRoot()
{
    // Real mount, chroot and umount, in a private mount namespace, with a busybox root
    // filesystem whose init.sh reports what it finds.
    if (geteuid() != 0)
        QSKIP("needs root (mount, chroot)");
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    const QString busybox = QStringLiteral("/usr/bin/busybox");
    if (unshare.isEmpty() || !QFile::exists(busybox))
        QSKIP("needs unshare (util-linux) and busybox-static");
    QProcess probe;
    probe.start(unshare, { QStringLiteral("-m"), QStringLiteral("true") });
    if (!probe.waitForFinished() || probe.exitCode() != 0)
        QSKIP("cannot make a mount namespace here");

    QTemporaryDir dir;
    const QString root = dir.path();
    QDir().mkpath(root + QStringLiteral("/bin"));
    QVERIFY(QFile::copy(busybox, root + QStringLiteral("/bin/busybox")));
    QFile init(root + QStringLiteral("/init.sh"));
    QVERIFY(init.open(QIODevice::WriteOnly));
    init.write("#!/bin/busybox sh\n"
               "B=/bin/busybox\n"
               "$B test -e /proc/self/status && echo proc-ok\n"
               "$B test -d /sys/kernel && echo sys-ok\n"
               "$B test -c /dev/null && echo dev-ok\n"
               "$B test -s /etc/hosts && echo hosts-ok\n"
               "echo \"args=$*\"\n"
               "echo \"gossip=$HAB_LISTEN_GOSSIP license=$HAB_LICENSE\"\n"
               "echo \"config=$($B echo \"$HAB_STOREFRONT\" | $B tr '\\n' ';')\"\n"
               "exit 7\n");
    init.close();
    init.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QString cmd = HabitatLaunchCommand::build(storefrontSpec());
    QProcess sh;
    sh.setWorkingDirectory(root);
    QStringList env { QStringLiteral("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
        QStringLiteral("HAB_LICENSE=accept-no-persist") };
    sh.setEnvironment(env + storefrontPorts);
    // After the command, list what is still mounted below the sandbox: nothing should be.
    sh.start(unshare,
        { QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"), QStringLiteral("/bin/sh"),
            QStringLiteral("-c"),
            QStringLiteral("/bin/sh -c \"$1\"; rc=$?; echo \"left=$(grep -c \" $PWD/\" /proc/self/mounts)\"; exit $rc"),
            QStringLiteral("sh"), cmd });
    QVERIFY(sh.waitForFinished(60000));
    const QString out = QString::fromUtf8(sh.readAllStandardOutput());
    QCOMPARE(sh.exitCode(), 7);
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QStringList expected { "proc-ok", "sys-ok", "dev-ok" };
    if (QFileInfo(QStringLiteral("/etc/hosts")).size() > 0)
        expected << "hosts-ok";
    expected << "args=run acme/storefront"
             << "gossip=0.0.0.0:31002 license=accept-no-persist"
             << "config=http.port = 31000;https.port = 31001;"
             << "left=0";
    QVERIFY2(lines == expected, qPrintable(out + QString::fromUtf8(sh.readAllStandardError())));
}

void tst_HabitatAppBuilder::operatorsIdReplacesThePackagesProblems()
{
    // "tasks" is reserved by Marathon: from the package alone there is no valid id, an error.
    HabitatPackageFacts facts = test::storefrontFacts();
    facts.name = QStringLiteral("tasks");
    QVERIFY(hasProblem(HabitatAppBuilder::build(facts).problems, QStringLiteral("id"), FieldProblem::Severity::Error));
    // The operator's id is used as it is; the package name's problems no longer apply.
    HabitatAppOptions o;
    o.appId = QStringLiteral("/acme/task-runner");
    const auto b = HabitatAppBuilder::build(facts, o);
    QCOMPARE(b.app.id, QStringLiteral("/acme/task-runner"));
    for (const FieldProblem& p : b.problems)
        QVERIFY2(p.field != QLatin1String("id"), qPrintable(p.message));
}

namespace {

// Python's tomllib (TOML 1.0, as hab's toml crate 0.8) reads `text`; empty when it does.
QString tomllibError(const QString& text)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"), QStringLiteral("import tomllib, sys; tomllib.loads(sys.stdin.read())") });
    if (!python.waitForStarted())
        return QStringLiteral("skip");
    python.write(text.toUtf8());
    python.closeWriteChannel();
    python.waitForFinished();
    return python.exitCode() == 0 ? QString() : QString::fromUtf8(python.readAllStandardError());
}

} // namespace

void tst_HabitatAppBuilder::operatorsConfigStaysValid_data()
{
    QTest::addColumn<QString>("value"); // the operator's HAB_STOREFRONT
    QTest::addColumn<QString>("expected"); // after finish(); empty: the variable is gone
    QTest::addColumn<QStringList>("warnings");
    QTest::newRow("B6") << "[http]\nkeepalive = 5"
                        << "http.keepalive = 5" << QStringList();
    QTest::newRow("nested tables") << "[log]\nlevel = 'debug'\n[log.file]\npath = \"/var/log/x\"\n"
                                   << "log.level = 'debug'\nlog.file.path = '/var/log/x'" << QStringList();
    QTest::newRow("arrays of tables") << "[[upstream]]\nhost = \"a\"\n[[upstream]]\nhost = \"b\"\nweight = 2\n"
                                      << "upstream = [ { host = 'a' }, { host = 'b', weight = 2 } ]" << QStringList();
    QTest::newRow("inline table") << "https = { cert = \"c.pem\", key = \"k.pem\" }"
                                  << "https.cert = 'c.pem'\nhttps.key = 'k.pem'" << QStringList();
    QTest::newRow("quoted keys with dots") << "\"a.b\".c = 1\n[\"x.y\"]\nz = true"
                                           << "\"a.b\".c = 1\n\"x.y\".z = true" << QStringList();
    QTest::newRow("strings") << QStringLiteral("motd = \"it's \\\"here\\\"\\nnext line ☃\"\nraw = '''a\nb'''")
                             << QStringLiteral("motd = \"it's \\\"here\\\"\\nnext line ☃\"\nraw = \"a\\nb\"")
                             << QStringList();
    QTest::newRow("dates") << "[cert]\nsince = 2024-01-01T12:00:00+01:00\nday = 2024-02-29\nat = 23:59:59.25"
                           << "cert.since = 2024-01-01T12:00:00+01:00\ncert.day = 2024-02-29\ncert.at = 23:59:59.25"
                           << QStringList();
    QTest::newRow("JSON") << R"({"http": {"keepalive": 5}, "workers": [1, 2]})"
                          << "http.keepalive = 5\nworkers = [ 1, 2 ]" << QStringList();
    QTest::newRow("the wired key set too")
        << "[http]\nport = 9000\nkeepalive = 5"
        << "http.keepalive = 5"
        << QStringList { "http.port follows the port Marathon assigns, so the value 9000 set here is not used" };
    QTest::newRow("only wired keys")
        << "http.port = 9000\nhttps = { port = 9443 }" << QString()
        << QStringList { "http.port follows the port Marathon assigns, so the value 9000 set here is not used",
               "https.port follows the port Marathon assigns, so the value 9443 set here is not used" };
}

void tst_HabitatAppBuilder::operatorsConfigStaysValid()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QFETCH(QStringList, warnings);
    const HabitatPackageFacts facts = test::storefrontFacts();
    auto b = HabitatAppBuilder::build(facts);
    b.app.setEnv(QStringLiteral("HAB_STOREFRONT"), value); // as --env and the window's table set it
    HabitatAppBuilder::finish(b.app, facts, {}, b.config, b.problems);
    QStringList seen;
    for (const FieldProblem& p : b.problems) {
        QVERIFY2(p.severity == FieldProblem::Severity::Warning, qPrintable(p.message));
        if (p.field == QLatin1String("env/HAB_STOREFRONT"))
            seen.append(p.message);
    }
    QCOMPARE(seen, warnings);
    QCOMPARE(b.app.envValue(u"HAB_STOREFRONT").value_or(QString()), expected);
    QCOMPARE(b.app.envValue(u"HAB_STOREFRONT").has_value(), !expected.isEmpty());

    // What the command hands the Supervisor, run for real (mount and chroot stubbed): TOML for
    // toml++ and for Python's tomllib, with the ports Marathon assigned.
    QStringList env = storefrontPorts;
    if (const auto v = b.app.envValue(u"HAB_STOREFRONT"))
        env.append(QStringLiteral("HAB_STOREFRONT=") + *v);
    const Run run = runStubbed(*b.app.cmd, env, QStringLiteral("exit"));
    const QStringList toml = run.log.filter(QRegularExpression(QStringLiteral("^toml: ")));
    QCOMPARE(toml.size(), 1);
    const QString runtime = toml.first().mid(6);
    QVERIFY2(runtime.startsWith(QStringLiteral("http.port = 31000\nhttps.port = 31001")), qPrintable(runtime));
    const auto parsed = HabitatConfig::parse(runtime, QStringLiteral("HAB_STOREFRONT"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error() + QStringLiteral("\n") + runtime));
    QCOMPARE(parsed->find({ "http", "port" })->value, QStringLiteral("31000"));
    QCOMPARE(parsed->find({ "https", "port" })->value, QStringLiteral("31001"));
    const QString python = tomllibError(runtime);
    if (python == QLatin1String("skip"))
        QSKIP("/usr/bin/python3 is not available");
    QVERIFY2(python.isEmpty(), qPrintable(python + QStringLiteral("\n") + runtime));
}

void tst_HabitatAppBuilder::operatorsConfigRefused_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("http = 5") << "http = 5"
                              << "http.port follows the port Marathon assigns, so http must be a table, not 5";
    QTest::newRow("http = [1]") << "http = [1]"
                                << "http.port follows the port Marathon assigns, so http must be a table, not [ 1 ]";
    QTest::newRow("invalid TOML") << "[http]\nkeepalive = \n"
                                  << "it is neither TOML nor a JSON object, so the Supervisor would refuse it: line 2";
}

void tst_HabitatAppBuilder::operatorsConfigRefused()
{
    QFETCH(QString, value);
    QFETCH(QString, message);
    const HabitatPackageFacts facts = test::storefrontFacts();
    auto b = HabitatAppBuilder::build(facts);
    b.app.setEnv(QStringLiteral("HAB_STOREFRONT"), value);
    HabitatAppBuilder::finish(b.app, facts, {}, b.config, b.problems);
    QCOMPARE(b.problems.size(), 1);
    QCOMPARE(b.problems[0].field, QStringLiteral("env/HAB_STOREFRONT"));
    QCOMPARE(b.problems[0].severity, FieldProblem::Severity::Error);
    QVERIFY2(b.problems[0].message.startsWith(message), qPrintable(b.problems[0].message));
    QCOMPARE(b.app.envValue(u"HAB_STOREFRONT"), value); // left as the operator wrote it
}

void tst_HabitatAppBuilder::configOverrideStaysValid()
{
    // The --config path's dotted keys go through the same step; a multi-line string becomes one line.
    const HabitatPackageFacts facts = test::storefrontFacts();
    auto config = HabitatConfig::parse(facts.defaultToml);
    QVERIFY(config->setValue({ "log_level" }, QStringLiteral("\"\"\"two\nlines\"\"\"")).ok());
    QVERIFY(config->setValue({ "odd key", "x.y" }, QStringLiteral("[ { a = 1 } ]")).ok());
    QVERIFY(config->setValue({ "http", "port" }, QStringLiteral("9000")).ok());
    HabitatAppOptions o;
    o.config = *config;
    auto b = HabitatAppBuilder::build(facts, o);
    HabitatAppBuilder::finish(b.app, facts, o, b.config, b.problems);
    QCOMPARE(b.problems.size(), 1); // the wired key, said once (by build)
    QCOMPARE(b.app.envValue(u"HAB_STOREFRONT"),
        QStringLiteral("log_level = \"two\\nlines\"\n\"odd key\".\"x.y\" = [ { a = 1 } ]"));
    const QString runtime
        = QStringLiteral("http.port = 31000\nhttps.port = 31001\n") + *b.app.envValue(u"HAB_STOREFRONT");
    QVERIFY(HabitatConfig::parse(runtime).ok());
    const QString python = tomllibError(runtime);
    QVERIFY2(python.isEmpty() || python == QLatin1String("skip"), qPrintable(python));
}

void tst_HabitatAppBuilder::killGracePeriod()
{
    HabitatPackageFacts facts = test::storefrontFacts();
    QCOMPARE(HabitatAppBuilder::build(facts).app.taskKillGracePeriodSeconds, 18); // Habitat's 8 s + 10
    facts.shutdownTimeout = 45;
    QCOMPARE(HabitatAppBuilder::build(facts).app.taskKillGracePeriodSeconds, 55);
    HabitatAppOptions o;
    o.killGracePeriodSeconds = 30;
    auto b = HabitatAppBuilder::build(facts, o);
    QCOMPARE(b.app.taskKillGracePeriodSeconds, 30);
    HabitatAppBuilder::finish(b.app, facts, o, b.config, b.problems);
    QVERIFY(hasProblem(b.problems, QStringLiteral("taskKillGracePeriodSeconds"), FieldProblem::Severity::Warning));
    o.killGracePeriodSeconds = 45;
    b = HabitatAppBuilder::build(facts, o);
    HabitatAppBuilder::finish(b.app, facts, o, b.config, b.problems);
    QVERIFY(b.problems.isEmpty());
}

QTEST_GUILESS_MAIN(tst_HabitatAppBuilder)
#include "tst_habitatappbuilder.moc"
