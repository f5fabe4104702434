// SPDX-License-Identifier: Apache-2.0
#include "marathon/habitatappbuilder.h"
#include "marathon/habitatfixture.h"
#include "marathon/habitatlaunchcommand.h"
#include "marathon/marathonjsonwriter.h"
#include "marathon/marathonvalidator.h"
#include "package/packageident.h"
#include "package/packagemetadata.h"
#include "support/processrunner.h"
#include "support/testpaths.h"
#include "support/testwait.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
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
    void killGracePeriodFollowsShutdownTimeout();
    void requiredBindsAreRefused();
    // The operator's own HAB_<PKG> (issue #9 point 8, mesos-agent.md B6), and the kill grace.
    void operatorsConfigStaysValid_data();
    void operatorsConfigStaysValid();
    void operatorsConfigRefused_data();
    void operatorsConfigRefused();
    void configOverrideStaysValid();
    void killGracePeriod();
    void shellQuote_data();
    void shellQuote();
    void agentPortRanges_data();
    void agentPortRanges();
    void fixedPortsMustFitTheAgents();
    void fixedPortsAreAllOrNothing();
    void fixedPortsKeepTheOperatorsUpgradeStrategy();
    void duplicateFixedPorts();
    void fixedPortsAdviseOneTaskPerAgent();
    void noSupervisorPortsWarns();
    void defaultHealthCheckPerFlavour();
    void diskSizedFromThePackage();
    void operatorsDiskIsJudged();

    // The generated command, run by real shells with the tarball's busybox stubbed.
    void commandSyntax_data();
    void commandSyntax();
    void commandSequence();
    void commandForwardsTerm();
    void commandNeedsItsPorts();
    void commandStopsWhenAMountFails();
    void commandNeedsANamespace();
    void commandNeedsItsBusybox();
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
    // Runs `cmd` with /bin/sh -c in a fresh sandbox whose .habmesos/busybox is a logging stub.
    Run runStubbed(const QString& cmd, const QStringList& extraEnv, const QString& mode, bool terminate = false);
};

namespace {

// An environment of exactly these NAME=value entries (as a Mesos agent's task gets).
QProcessEnvironment environmentOf(const QStringList& entries)
{
    QProcessEnvironment env;
    for (const QString& entry : entries)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    return env;
}

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

// The storefront with its tarball's sizes known, so that finish() sizes the disk and says nothing of it.
HabitatPackageFacts sizedFacts()
{
    HabitatPackageFacts f = test::storefrontFacts();
    f.extractedBytes = qint64(100) << 20;
    f.tarballBytes = qint64(40) << 20;
    return f;
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
    QCOMPARE(h.protocol, QStringLiteral("MESOS_HTTP"));
    QCOMPARE(h.path, QStringLiteral("/services/storefront/default/health"));
    QCOMPARE(h.portIndex, 3);
    QCOMPARE(h.gracePeriodSeconds, 300);
    // The command: dynamic ports wired into the Supervisor and the configuration.
    const QString cmd = *app.cmd;
    QVERIFY(
        cmd.contains(QStringLiteral("export HAB_LISTEN_GOSSIP=\"0.0.0.0:$PORT2\" HAB_LISTEN_HTTP=\"0.0.0.0:$PORT3\" "
                                    "HAB_LISTEN_CTL=\"127.0.0.1:$PORT4\"")));
    QVERIFY(cmd.contains(QStringLiteral("'http.port = '\"$PORT0\" 'https.port = '\"$PORT1\" \"${HAB_STOREFRONT-}\"")));
    QVERIFY(cmd.contains(QStringLiteral("exec \"$bb\" chroot . /init.sh run acme/storefront")));
    QCOMPARE(app.taskKillGracePeriodSeconds,
        HabitatAppBuilder::HabitatDefaultShutdownTimeout + HabitatAppBuilder::KillGraceMargin);
    QVERIFY(!cmd.contains(u'\n'));
    QCOMPARE(b.config.entries().size(), 7);
    QVERIFY(!MarathonValidator::hasErrors(MarathonValidator::validate(app)));
    QVERIFY(MarathonValidator::validate(app).isEmpty());
    // and it is JSON that reads back as written
    const QJsonObject back = QJsonDocument::fromJson(MarathonJsonWriter::write(app)).object();
    QCOMPARE(back.value("id").toString(), app.id);
    QCOMPARE(back.value("cmd").toString(), cmd);
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
    const HabitatPackageFacts facts = sizedFacts();
    auto config = HabitatConfig::parse(facts.defaultToml);
    QVERIFY(config->setValue({ "http", "port" }, QStringLiteral("9000")).ok());
    HabitatAppOptions o;
    o.config = *config;
    auto b = HabitatAppBuilder::build(facts, o);
    HabitatAppBuilder::finish(b.app, facts, o, b.config, b.problems);
    // Left out of the override (the command sets it; a duplicate key would be invalid TOML).
    QVERIFY(!b.app.envValue(u"HAB_STOREFRONT"));
    QCOMPARE(b.problems.size(), 1);
    QCOMPARE(b.problems[0].field, QStringLiteral("env/HAB_STOREFRONT"));
    QCOMPARE(b.problems[0].message,
        QStringLiteral("http.port follows the port Marathon assigns, so the value 9000 set here is not used"));
    // The operator renames that port (the window's port table): the command no longer sets
    // http.port, so the value is the operator's again, and nothing is said.
    b = HabitatAppBuilder::build(facts, o);
    b.app.portDefinitions[0].name = QStringLiteral("web");
    b.app.cmd = HabitatAppBuilder::launchCommand(b.app, facts, b.config);
    HabitatAppBuilder::finish(b.app, facts, o, b.config, b.problems);
    QCOMPARE(b.app.envValue(u"HAB_STOREFRONT"), QStringLiteral("http.port = 9000"));
    QVERIFY(b.problems.isEmpty());
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

void tst_HabitatAppBuilder::killGracePeriodFollowsShutdownTimeout()
{
    // Habitat's default SHUTDOWN_TIMEOUT (8 s) plus the margin for the Launcher's hand-off.
    HabitatPackageFacts f = test::storefrontFacts();
    QCOMPARE(HabitatAppBuilder::build(f).app.taskKillGracePeriodSeconds, 18);
    f.shutdownTimeout = 20;
    auto b = HabitatAppBuilder::build(f);
    QCOMPARE(b.app.taskKillGracePeriodSeconds, 30);
    HabitatAppBuilder::finish(b.app, f, {}, b.config, b.problems);
    QVERIFY(!hasProblem(b.problems, QStringLiteral("taskKillGracePeriodSeconds"), FieldProblem::Severity::Warning));
    // The operator's value wins, but one shorter than the package's own stop is a warning.
    HabitatAppOptions o;
    o.killGracePeriodSeconds = 5;
    b = HabitatAppBuilder::build(f, o);
    QCOMPARE(b.app.taskKillGracePeriodSeconds, 5);
    HabitatAppBuilder::finish(b.app, f, o, b.config, b.problems);
    QVERIFY(hasProblem(b.problems, QStringLiteral("taskKillGracePeriodSeconds"), FieldProblem::Severity::Warning));
    // Written, and read back.
    const QByteArray json = MarathonJsonWriter::write(b.app);
    QVERIFY(json.contains("\"taskKillGracePeriodSeconds\": 5"));
    QCOMPARE(QJsonDocument::fromJson(json).object().value("taskKillGracePeriodSeconds").toInt(), 5);
    // From the package's metadata.
    PackageMetadata m;
    m.ident = PackageIdent::parse(QStringLiteral("acme/slow/1.0.0/20260101000000")).value();
    m.shutdownTimeout = 45;
    m.binds = { { QStringLiteral("database"), { QStringLiteral("port"), QStringLiteral("host") } } };
    const HabitatPackageFacts facts = HabitatAppBuilder::factsFor(m, QStringLiteral("x.tgz"));
    QCOMPARE(facts.shutdownTimeout, 45);
    QCOMPARE(HabitatAppBuilder::defaultKillGracePeriod(facts), 55);
    QCOMPARE(facts.binds.size(), 1);
}

void tst_HabitatAppBuilder::requiredBindsAreRefused()
{
    // A required bind not given is an error on its service field, and the refusal before an export
    // says the same; given, both are quiet (the binds themselves: tst_habitatserviceapp).
    HabitatPackageFacts f = test::storefrontFacts();
    f.binds = { { QStringLiteral("database"), { QStringLiteral("port"), QStringLiteral("host") } },
        { QStringLiteral("cache"), { QStringLiteral("port") } } };
    auto errors = [&](const HabitatAppOptions& options) {
        HabitatAppBuilder::Build b = HabitatAppBuilder::build(f, options);
        HabitatAppBuilder::finish(b.app, f, options, b.config, b.problems);
        QStringList out;
        for (const FieldProblem& p : b.problems) {
            if (p.severity == FieldProblem::Severity::Error && p.field.startsWith(QLatin1String("service/binds/")))
                out << p.field + u' ' + p.message;
        }
        return out;
    };
    HabitatAppOptions options;
    const QStringList missing = errors(options);
    QCOMPARE(missing.size(), 2); // each bind named
    QVERIFY2(missing[0].startsWith(QStringLiteral("service/binds/database "))
            && missing[0].contains(QStringLiteral("port, host")) && missing[0].contains(QStringLiteral("--bind")),
        qPrintable(missing[0]));
    QVERIFY2(missing[1].startsWith(QStringLiteral("service/binds/cache ")), qPrintable(missing[1]));
    QCOMPARE(HabitatAppBuilder::refusals(f, options.service).size(), 2);

    options.service.binds = { { QStringLiteral("database"), QStringLiteral("postgresql.default") },
        { QStringLiteral("cache"), QStringLiteral("redis.default") } };
    QCOMPARE(errors(options), QStringList());
    QCOMPARE(HabitatAppBuilder::refusals(f, options.service), QStringList());
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
    const test::ProcessRunner::Outcome sh = test::ProcessRunner(
        QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("printf %s ") + quoted })
                                                .run();
    QVERIFY2(sh.ok(), qPrintable(sh.describe()));
    QCOMPARE(QString::fromUtf8(sh.out), text);
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
    const test::ProcessRunner::Outcome sh = test::ProcessRunner(shell, args).run();
    QVERIFY2(sh.ok(), qPrintable(sh.describe()));
}

tst_HabitatAppBuilder::Run tst_HabitatAppBuilder::runStubbed(
    const QString& cmd, const QStringList& extraEnv, const QString& mode, bool terminate)
{
    Run run;
    QTemporaryDir dir;
    dir.setAutoRemove(true);
    const QString sandbox = dir.filePath(QStringLiteral("sandbox"));
    const QString logFile = dir.filePath(QStringLiteral("log"));
    QDir().mkpath(sandbox);
    // The tarball's busybox, stubbed: it logs what matters and runs the rest with the real
    // tools, without namespaces (the unprivileged stand-in for unshare runs its program as is).
    const QString stub = sandbox + QStringLiteral("/.habmesos/busybox");
    QDir().mkpath(sandbox + QStringLiteral("/.habmesos"));
    if (mode != QStringLiteral("no-busybox")) {
        QFile f(stub);
        if (!f.open(QIODevice::WriteOnly))
            return run;
        f.write("#!/bin/sh\n"
                "a=$1; shift\n"
                "case \"$a\" in\n"
                "unshare)\n"
                "  opts=\n"
                "  while [ $# -gt 0 ]; do case \"$1\" in --propagation) opts=\"$opts $1 $2\"; shift 2;; -*) "
                "opts=\"$opts $1\"; "
                "shift;; *) break;; esac; done\n"
                "  echo \"unshare$opts\" >> \"$STUB_LOG\"\n"
                "  if [ \"$STUB_MODE\" = nonamespace ]; then echo 'unshare: Operation not permitted' >&2; exit 1; fi\n"
                "  exec \"$@\";;\n"
                "setsid) echo setsid >> \"$STUB_LOG\"; exec /bin/busybox setsid \"$@\";;\n"
                "sh) exec /bin/sh \"$@\";;\n"
                "mount)\n"
                "  echo \"mount $*\" >> \"$STUB_LOG\"\n"
                "  [ \"$STUB_MODE\" = mountfail ] && [ \"$2\" = sysfs ] && exit 32\n"
                "  exit 0;;\n"
                "chroot)\n"
                "  echo \"chroot $* in=$(pwd)\" >> \"$STUB_LOG\"\n"
                "  echo \"env HAB_LICENSE=$HAB_LICENSE GOSSIP=$HAB_LISTEN_GOSSIP HTTP=$HAB_LISTEN_HTTP "
                "CTL=$HAB_LISTEN_CTL\" >> \"$STUB_LOG\"\n"
                "  printf '%s' \"$HAB_STOREFRONT\" > \"$STUB_LOG.toml\"\n"
                "  if [ \"$STUB_MODE\" = term ]; then\n"
                "    trap 'echo \"supervisor got TERM\" >> \"$STUB_LOG\"; exit 0' TERM\n"
                "    touch \"$STUB_LOG.ready\"\n"
                "    while :; do sleep 0.05; done\n"
                "  fi\n"
                "  exit 3;;\n"
                "*) exec /bin/busybox \"$a\" \"$@\";;\n"
                "esac\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (mode == QStringLiteral("symlink-etc")) {
        // A tarball whose etc points elsewhere: the target must stay untouched.
        QDir().mkpath(dir.filePath(QStringLiteral("elsewhere")));
        QFile::link(dir.filePath(QStringLiteral("elsewhere")), sandbox + QStringLiteral("/etc"));
    }
    test::ProcessRunner sh(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), cmd });
    sh.setWorkingDirectory(sandbox);
    sh.setEnvironment(environmentOf(
        QStringList { QStringLiteral("PATH=/usr/sbin:/usr/bin:/sbin:/bin"), QStringLiteral("STUB_LOG=") + logFile,
            QStringLiteral("STUB_MODE=") + mode, QStringLiteral("HAB_LICENSE=accept-no-persist") }
        + extraEnv));
    if (sh.start() && terminate) {
        // The stubbed Supervisor says it is up (and has its TERM trap) in a file.
        const QString ready = logFile + QStringLiteral(".ready");
        // (Never ready: the log the test checks says so.)
        (void)QTest::qWaitFor(
            [&] { return QFile::exists(ready) || sh.process().state() != QProcess::Running; }, test::WaitMs);
        sh.process().terminate(); // SIGTERM to the shell, as the Mesos executor sends on kill
    }
    const test::ProcessRunner::Outcome done = sh.finish();
    run.exitCode = done.finished() && !done.crashed ? done.exitCode : -1;
    run.stderrText = done.finished() ? QString::fromUtf8(done.err) : done.describe();
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
    auto modeOf = [&](const char* d) {
        struct stat st
        {
        };
        return ::stat(qPrintable(sandbox + u'/' + QLatin1String(d)), &st) == 0 ? QString::number(st.st_mode & 07777, 8)
                                                                               : QStringLiteral("-");
    };
    run.log << QStringLiteral("tmp modes: %1 %2").arg(modeOf("tmp"), modeOf("var/tmp"));
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
    QCOMPARE(run.exitCode, 3); // the Supervisor's status, through the container's status file
    const QStringList steps
        = run.log.filter(QRegularExpression(QStringLiteral("^(mount|umount|chroot|env|unshare|setsid)\\b")));
    QStringList expected { "unshare -m -p -f --propagation private", // the probe
        "setsid", "setsid", "unshare -m -p -f --propagation private", "mount --make-rprivate /",
        "mount -t proc -o nosuid,nodev,noexec proc proc", "mount -t sysfs -o ro,nosuid,nodev,noexec sysfs sys",
        "mount -t tmpfs -o nosuid,noexec,mode=0755,size=1024k habmesos-dev dev" };
    for (const char* device : { "null", "zero", "full", "random", "urandom", "tty" })
        expected << QStringLiteral("mount -o bind /dev/%1 dev/%1").arg(QLatin1String(device));
    expected << "mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5,nosuid,noexec devpts dev/pts"
             << "mount -t tmpfs -o nosuid,nodev,mode=1777 shm dev/shm"
             << "chroot . /init.sh run acme/storefront in=" + run.sandbox
             << "env HAB_LICENSE=accept-no-persist GOSSIP=0.0.0.0:31002 HTTP=0.0.0.0:31003 CTL=127.0.0.1:31004";
    QCOMPARE(steps, expected);
    // The configuration override reaching hab: the ports first, then the operator's keys.
    QVERIFY(run.log.contains(QStringLiteral("toml: http.port = 31000\nhttps.port = 31001\nlog_level = 'debug'")));
    const auto parsed = HabitatConfig::parse(run.log.filter(QStringLiteral("toml: ")).first().mid(6));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->find({ "https", "port" })->value, QStringLiteral("31001"));
    for (const QString& line : run.log.filter(QStringLiteral(" copied: ")))
        QVERIFY2(line.endsWith(QStringLiteral("true")), qPrintable(line));
    QVERIFY(run.log.contains(QStringLiteral("dirs: proc sys dev etc")));
    QVERIFY2(run.log.contains(QStringLiteral("tmp modes: 1777 1777")), qPrintable(run.log.join(u'\n')));
}

void tst_HabitatAppBuilder::commandForwardsTerm()
{
    const QString cmd = HabitatLaunchCommand::build(storefrontSpec());
    const Run run = runStubbed(cmd, storefrontPorts, QStringLiteral("term"), true);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText + run.log.join(u'\n'))); // the Supervisor stopped cleanly
    QVERIFY2(run.log.contains(QStringLiteral("supervisor got TERM")), qPrintable(run.log.join(u'\n')));
    QVERIFY(run.log.filter(QStringLiteral("umount")).isEmpty()); // nothing to undo: the namespace goes
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
    QVERIFY(run.log.filter(QRegularExpression(QStringLiteral("^(mount|chroot|unshare) "))).isEmpty());
}

void tst_HabitatAppBuilder::commandStopsWhenAMountFails()
{
    const QString cmd = HabitatLaunchCommand::build(storefrontSpec());
    const Run run = runStubbed(cmd, storefrontPorts, QStringLiteral("mountfail"));
    QCOMPARE(run.exitCode, 32); // the failed step's status
    const QStringList steps = run.log.filter(QRegularExpression(QStringLiteral("^(mount|umount|chroot) ")));
    QCOMPARE(steps,
        QStringList({ "mount --make-rprivate /", "mount -t proc -o nosuid,nodev,noexec proc proc",
            "mount -t sysfs -o ro,nosuid,nodev,noexec sysfs sys" }));
}

void tst_HabitatAppBuilder::commandNeedsANamespace()
{
    const QString cmd = HabitatLaunchCommand::build(storefrontSpec());
    const Run run = runStubbed(cmd, storefrontPorts, QStringLiteral("nonamespace"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.stderrText.contains(QStringLiteral(
                 "habmesos: cannot create a private mount and PID namespace on this agent, so nothing was mounted")),
        qPrintable(run.stderrText));
    QVERIFY(run.log.filter(QRegularExpression(QStringLiteral("^(mount|chroot|setsid)"))).isEmpty());
}

void tst_HabitatAppBuilder::commandNeedsItsBusybox()
{
    const QString cmd = HabitatLaunchCommand::build(storefrontSpec());
    const Run run = runStubbed(cmd, storefrontPorts, QStringLiteral("no-busybox"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.stderrText.contains(QStringLiteral("habmesos: .habmesos/busybox is missing")), qPrintable(run.stderrText));
}

void tst_HabitatAppBuilder::commandRefusesSymlinkedDirectories()
{
    const QString cmd = HabitatLaunchCommand::build(storefrontSpec());
    const Run run = runStubbed(cmd, storefrontPorts, QStringLiteral("symlink-etc"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.stderrText.contains(QStringLiteral("habmesos: etc is a symbolic link in the tarball; refusing to start")),
        qPrintable(run.stderrText));
    QVERIFY(run.log.filter(QRegularExpression(QStringLiteral("^(mount|chroot|unshare) "))).isEmpty());
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
    if (!test::ProcessRunner(unshare, { QStringLiteral("-m"), QStringLiteral("true") }).run().ok())
        QSKIP("cannot make a mount namespace here");

    QTemporaryDir dir;
    const QString root = dir.path();
    QDir().mkpath(root + QStringLiteral("/bin"));
    QDir().mkpath(root + QStringLiteral("/.habmesos"));
    QDir().mkpath(root + QStringLiteral("/var"));
    QVERIFY(QFile::copy(busybox, root + QStringLiteral("/bin/busybox")));
    QVERIFY(QFile::link(QStringLiteral("../bin/busybox"), root + QStringLiteral("/.habmesos/busybox")));
    QFile init(root + QStringLiteral("/init.sh"));
    QVERIFY(init.open(QIODevice::WriteOnly));
    init.write("#!/bin/busybox sh\n"
               "B=/bin/busybox\n"
               "$B test -e /proc/self/status && echo proc-ok\n"
               "echo \"pid1=$($B cat /proc/1/comm)\"\n" // our own PID namespace: its init is the container
               "$B test -d /sys/kernel && echo sys-ok\n"
               "$B touch /sys/kernel/x 2>/dev/null || echo sys-ro\n"
               "echo \"dev=$($B ls /dev | $B tr '\\n' ' ')\"\n"
               "$B test -c /dev/null && $B test -c /dev/urandom && echo devices-ok\n"
               "echo \"shm=$($B stat -c %a /dev/shm) $($B stat -f -c %T /dev/shm)\"\n"
               "echo \"pts=$($B stat -f -c %T /dev/pts)\"\n"
               "echo \"tmp=$($B stat -c %a /tmp) $($B stat -c %a /var/tmp)\"\n"
               "$B test -s /etc/hosts && echo hosts-ok\n"
               "echo \"args=$*\"\n"
               "echo \"gossip=$HAB_LISTEN_GOSSIP license=$HAB_LICENSE\"\n"
               "echo \"config=$($B echo \"$HAB_STOREFRONT\" | $B tr '\\n' ';')\"\n"
               "exit 7\n");
    init.close();
    init.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QString cmd = HabitatLaunchCommand::build(storefrontSpec());
    // The "agent" gets a mount namespace of its own, so that nothing the command did could reach
    // the machine; after the command, list what is still mounted below the sandbox there.
    test::ProcessRunner sh(unshare,
        { QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"), QStringLiteral("/bin/sh"),
            QStringLiteral("-c"),
            QStringLiteral("/bin/sh -c \"$1\"; rc=$?; echo \"left=$(grep -c \" $PWD/\" /proc/self/mounts)\"; exit $rc"),
            QStringLiteral("sh"), cmd });
    sh.setWorkingDirectory(root);
    sh.setEnvironment(
        environmentOf(QStringList { QStringLiteral("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
                          QStringLiteral("HAB_LICENSE=accept-no-persist") }
            + storefrontPorts));
    const test::ProcessRunner::Outcome ran = sh.run();
    const QString out = QString::fromUtf8(ran.out);
    const QString err = QString::fromUtf8(ran.err);
    QVERIFY2(ran.exitedWith(7), qPrintable(ran.describe() + u'\n' + out + err));
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QStringList expected { "proc-ok", "pid1=init.sh", "sys-ok", "sys-ro",
        "dev=fd full null ptmx pts random shm stderr stdin stdout tty urandom zero ", "devices-ok", "shm=1777 tmpfs",
        "pts=devpts", "tmp=1777 1777" };
    if (QFileInfo(QStringLiteral("/etc/hosts")).size() > 0)
        expected << "hosts-ok";
    expected << "args=run acme/storefront"
             << "gossip=0.0.0.0:31002 license=accept-no-persist"
             << "config=http.port = 31000;https.port = 31001;"
             << "left=0";
    QVERIFY2(lines == expected, qPrintable(out + err));
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
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("skip");
    test::ProcessRunner python(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"), QStringLiteral("import tomllib, sys; tomllib.loads(sys.stdin.read())") });
    const test::ProcessRunner::Outcome read = python.setStdin(text.toUtf8()).run();
    return read.ok() ? QString() : read.describe();
}

// finish() as the CLI and the window call it, after the operator's edits.
FieldProblems finished(MarathonApp& app, const HabitatPackageFacts& facts, const HabitatAppOptions& options)
{
    FieldProblems problems;
    HabitatAppBuilder::finish(app, facts, options, HabitatConfig(), problems);
    return problems;
}

int countProblems(const FieldProblems& problems, const QString& fieldPrefix, FieldProblem::Severity severity)
{
    int n = 0;
    for (const FieldProblem& p : problems)
        n += p.field.startsWith(fieldPrefix) && p.severity == severity;
    return n;
}

QString messagesOn(const FieldProblems& problems, const QString& field)
{
    QStringList out;
    for (const FieldProblem& p : problems) {
        if (p.field == field)
            out.append(p.message);
    }
    return out.join(u'\n');
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
    const HabitatPackageFacts facts = sizedFacts();
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
    const HabitatPackageFacts facts = sizedFacts();
    auto config = HabitatConfig::parse(facts.defaultToml);
    QVERIFY(config->setValue({ "log_level" }, QStringLiteral("\"\"\"two\nlines\"\"\"")).ok());
    QVERIFY(config->setValue({ "odd key", "x.y" }, QStringLiteral("[ { a = 1 } ]")).ok());
    QVERIFY(config->setValue({ "http", "port" }, QStringLiteral("9000")).ok());
    HabitatAppOptions o;
    o.config = *config;
    auto b = HabitatAppBuilder::build(facts, o);
    HabitatAppBuilder::finish(b.app, facts, o, b.config, b.problems);
    QCOMPARE(b.problems.size(), 1); // the wired key, said once (by finish)
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
    HabitatPackageFacts facts = sizedFacts();
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

void tst_HabitatAppBuilder::agentPortRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted"); // empty: refused
    QTest::newRow("one") << "31000-32000"
                         << "31000-32000";
    QTest::newRow("mesos syntax") << "[31000-32000, 8000-9000]"
                                  << "31000-32000, 8000-9000";
    QTest::newRow("comma") << "31000-32000,8000-9000"
                           << "31000-32000, 8000-9000";
    QTest::newRow("single port") << "8080-8080"
                                 << "8080-8080";
    QTest::newRow("spaces") << "  9000-9100 "
                            << "9000-9100";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("empty brackets") << "[]"
                                    << "";
    QTest::newRow("a number") << "8080"
                              << "";
    QTest::newRow("reversed") << "32000-31000"
                              << "";
    QTest::newRow("zero") << "0-100"
                          << "";
    QTest::newRow("too high") << "65000-65536"
                              << "";
    QTest::newRow("trailing comma") << "31000-32000,"
                                    << "";
    QTest::newRow("text") << "ports:[31000-32000]"
                          << "";
    QTest::newRow("sign") << "+31000-32000"
                          << "";
    QTest::newRow("half bracket") << "[31000-32000"
                                  << "";
}

void tst_HabitatAppBuilder::agentPortRanges()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    const auto ranges = PortPlacement::parseRanges(text);
    QCOMPARE(ranges.ok(), !formatted.isEmpty());
    if (!ranges) {
        QVERIFY(!ranges.error().isEmpty());
        return;
    }
    QCOMPARE(PortPlacement::formatRanges(ranges.value()), formatted);
    QVERIFY(PortPlacement::parseRanges(formatted).value() == ranges.value()); // reads back
}

void tst_HabitatAppBuilder::fixedPortsMustFitTheAgents()
{
    // The package's own numbers (8080, 8443, 9638, 9631, 9632): stock agents offer 31000-32000.
    HabitatAppOptions o;
    o.ports = HabitatAppOptions::Ports::Fixed;
    auto b = HabitatAppBuilder::build(test::storefrontFacts(), o);
    FieldProblems problems = finished(b.app, test::storefrontFacts(), o);
    for (int i = 0; i < 5; ++i) {
        const QString field = QStringLiteral("portDefinitions/%1/port").arg(i);
        QVERIFY2(hasProblem(problems, field, FieldProblem::Severity::Error), qPrintable(field));
        QVERIFY(messagesOn(problems, field).contains(QStringLiteral("31000-32000")));
        QVERIFY(messagesOn(problems, field).contains(QStringLiteral("--agent-ports")));
    }
    // The fixed-port upgrade strategy: replacing tasks in place, never one more than asked for.
    QVERIFY(b.app.upgradeStrategy);
    QCOMPARE(b.app.upgradeStrategy->minimumHealthCapacity, 0.5);
    QCOMPARE(b.app.upgradeStrategy->maximumOverCapacity, 0.0);

    // Agents that offer them: fine.
    o.agentPorts = { { 31000, 32000 }, { 8000, 9999 } };
    b = HabitatAppBuilder::build(test::storefrontFacts(), o);
    problems = finished(b.app, test::storefrontFacts(), o);
    QCOMPARE(countProblems(problems, QStringLiteral("portDefinitions"), FieldProblem::Severity::Error), 0);
    QVERIFY(MarathonValidator::validate(b.app).isEmpty());
    QVERIFY(MarathonJsonWriter::writeCompact(b.app).contains(
        "\"upgradeStrategy\":{\"minimumHealthCapacity\":0.5,\"maximumOverCapacity\":0}"));
    // One number moved out of them: an error on that port only.
    b.app.portDefinitions[3].port = 7000;
    problems = finished(b.app, test::storefrontFacts(), o);
    QCOMPARE(countProblems(problems, QStringLiteral("portDefinitions"), FieldProblem::Severity::Error), 1);
    QVERIFY(hasProblem(problems, QStringLiteral("portDefinitions/3/port"), FieldProblem::Severity::Error));

    // Dynamic ports need no range, and get no upgrade strategy.
    HabitatAppOptions dynamic;
    b = HabitatAppBuilder::build(test::storefrontFacts(), dynamic);
    problems = finished(b.app, test::storefrontFacts(), dynamic);
    QCOMPARE(countProblems(problems, QStringLiteral("portDefinitions"), FieldProblem::Severity::Error), 0);
    QVERIFY(!b.app.upgradeStrategy);
}

void tst_HabitatAppBuilder::fixedPortsAreAllOrNothing()
{
    // As `--port hab-http=31631` made it: one number, requirePorts, the rest 0.
    HabitatAppOptions o;
    auto b = HabitatAppBuilder::build(test::storefrontFacts(), o);
    b.app.portDefinitions[3].port = 31631;
    b.app.requirePorts = true;
    const FieldProblems problems = finished(b.app, test::storefrontFacts(), o);
    QCOMPARE(PortPlacement::dynamicPorts(b.app), QStringList({ "port", "ssl-port", "hab-gossip", "hab-ctl" }));
    for (int i : { 0, 1, 2, 4 })
        QVERIFY(hasProblem(problems, QStringLiteral("portDefinitions/%1/port").arg(i), FieldProblem::Severity::Error));
    QVERIFY(!hasProblem(problems, QStringLiteral("portDefinitions/3/port"), FieldProblem::Severity::Error));
    QVERIFY(messagesOn(problems, QStringLiteral("portDefinitions/0/port")).contains(QStringLiteral("10000")));

    // Every port numbered, inside the agents' range: placeable.
    int next = 31000;
    for (MarathonPortDefinition& p : b.app.portDefinitions)
        p.port = next++;
    QCOMPARE(countProblems(finished(b.app, test::storefrontFacts(), o), QStringLiteral("portDefinitions"),
                 FieldProblem::Severity::Error),
        0);
}

void tst_HabitatAppBuilder::fixedPortsKeepTheOperatorsUpgradeStrategy()
{
    HabitatAppOptions o;
    o.ports = HabitatAppOptions::Ports::Fixed;
    o.agentPorts = { { 1, 65535 } };
    auto b = HabitatAppBuilder::build(test::storefrontFacts(), o);
    b.app.upgradeStrategy = MarathonUpgradeStrategy { 0.0, 0.0 };
    finished(b.app, test::storefrontFacts(), o);
    QCOMPARE(b.app.upgradeStrategy->minimumHealthCapacity, 0.0);
    QCOMPARE(b.app.upgradeStrategy->maximumOverCapacity, 0.0);
}

void tst_HabitatAppBuilder::duplicateFixedPorts()
{
    // One host port cannot be bound twice (and the udp,tcp gossip port takes its number for both).
    HabitatAppOptions o;
    o.ports = HabitatAppOptions::Ports::Fixed;
    o.agentPorts = { { 1, 65535 } };
    auto b = HabitatAppBuilder::build(test::storefrontFacts(), o);
    b.app.portDefinitions[3].port = b.app.portDefinitions[2].port; // hab-http on the gossip port
    const FieldProblems problems = finished(b.app, test::storefrontFacts(), o) + MarathonValidator::validate(b.app);
    QVERIFY(hasProblem(problems, QStringLiteral("portDefinitions/3/port"), FieldProblem::Severity::Error));
    QVERIFY(MarathonValidator::hasErrors(problems));
}

void tst_HabitatAppBuilder::fixedPortsAdviseOneTaskPerAgent()
{
    HabitatAppOptions o;
    o.ports = HabitatAppOptions::Ports::Fixed;
    o.agentPorts = { { 1, 65535 } };
    auto b = HabitatAppBuilder::build(test::storefrontFacts(), o);
    QVERIFY(!hasProblem(
        finished(b.app, test::storefrontFacts(), o), QStringLiteral("constraints"), FieldProblem::Severity::Warning));
    b.app.instances = 3;
    const FieldProblems problems = finished(b.app, test::storefrontFacts(), o);
    QVERIFY(hasProblem(problems, QStringLiteral("constraints"), FieldProblem::Severity::Warning));
    QVERIFY(messagesOn(problems, QStringLiteral("constraints")).contains(QStringLiteral("hostname:UNIQUE")));
    b.app.constraints = { { QStringLiteral("hostname"), QStringLiteral("UNIQUE"), std::nullopt } };
    QVERIFY(!hasProblem(
        finished(b.app, test::storefrontFacts(), o), QStringLiteral("constraints"), FieldProblem::Severity::Warning));
}

void tst_HabitatAppBuilder::noSupervisorPortsWarns()
{
    HabitatAppOptions o;
    o.supervisorPorts = false;
    o.healthCheck = false; // as the CLI and the window drop it with the ports
    auto b = HabitatAppBuilder::build(test::storefrontFacts(), o);
    FieldProblems problems = finished(b.app, test::storefrontFacts(), o);
    QVERIFY(hasProblem(problems, QStringLiteral("portDefinitions"), FieldProblem::Severity::Warning));
    QString text = messagesOn(problems, QStringLiteral("portDefinitions"));
    for (const char* part : { "9638", "9631", "9632", "hostname:UNIQUE", "health check" })
        QVERIFY2(text.contains(QLatin1String(part)), part);
    // With the constraint and a check of the operator's on the service's port, only the collision.
    b.app.constraints = { { QStringLiteral("hostname"), QStringLiteral("UNIQUE"), std::nullopt } };
    HealthCheckSettings own;
    own.protocol = QStringLiteral("MESOS_TCP");
    own.portName = QStringLiteral("port");
    o.healthCheck = true;
    o.healthCheckSettings = own;
    FieldProblems placed;
    HabitatAppBuilder::placeHealthCheck(b.app, test::storefrontFacts(), o, placed);
    QCOMPARE(b.app.healthChecks.size(), 1);
    problems = finished(b.app, test::storefrontFacts(), o);
    text = messagesOn(problems, QStringLiteral("portDefinitions"));
    QVERIFY(text.contains(QStringLiteral("9638")));
    QVERIFY(!text.contains(QStringLiteral("hostname:UNIQUE")));
    QVERIFY(!text.contains(QStringLiteral("health check")));
    // With them, nothing.
    HabitatAppOptions with;
    b = HabitatAppBuilder::build(test::storefrontFacts(), with);
    QVERIFY(!hasProblem(finished(b.app, test::storefrontFacts(), with), QStringLiteral("portDefinitions"),
        FieldProblem::Severity::Warning));
}

void tst_HabitatAppBuilder::defaultHealthCheckPerFlavour()
{
    const HealthCheckSettings current = HabitatAppBuilder::defaultHealthCheck(test::storefrontFacts());
    QCOMPARE(current.protocol, QStringLiteral("MESOS_HTTP"));
    const HealthCheckSettings legacy
        = HabitatAppBuilder::defaultHealthCheck(test::storefrontFacts(), MarathonFlavour::Legacy);
    QCOMPARE(legacy.protocol, QStringLiteral("HTTP"));
    QCOMPARE(legacy.path, current.path);
    QCOMPARE(legacy.portName, current.portName);
    // The app's check follows the flavour, with its port index either way.
    HabitatAppOptions o;
    o.flavour = MarathonFlavour::Legacy;
    const auto b = HabitatAppBuilder::build(test::storefrontFacts(), o);
    QCOMPARE(b.app.healthChecks.value(0).protocol, QStringLiteral("HTTP"));
    QCOMPARE(b.app.healthChecks.value(0).portIndex, 3);
    QCOMPARE(HabitatAppBuilder::build(test::storefrontFacts()).app.healthChecks.value(0).portIndex, 3);
}

void tst_HabitatAppBuilder::diskSizedFromThePackage()
{
    HabitatPackageFacts facts = test::storefrontFacts();
    QVERIFY(!HabitatAppBuilder::neededDisk(facts)); // not built yet
    auto b = HabitatAppBuilder::build(facts);
    QCOMPARE(b.app.disk, 0.0);
    FieldProblems problems = finished(b.app, facts, {});
    QVERIFY(hasProblem(problems, QStringLiteral("disk"), FieldProblem::Severity::Warning));

    // The demo's numbers: 156 MiB extracted, a 66 MiB tarball; (156 + 66) * 1.25 + 64 = 341.5.
    facts.extractedBytes = qint64(156) << 20;
    facts.tarballBytes = qint64(66) << 20;
    QCOMPARE(HabitatAppBuilder::neededDisk(facts).value_or(-1), 342.0);
    b = HabitatAppBuilder::build(facts);
    QCOMPARE(b.app.disk, 342.0);
    QVERIFY(!hasProblem(finished(b.app, facts, {}), QStringLiteral("disk"), FieldProblem::Severity::Warning));
    // Rounded up to a whole MiB: one byte more is one MiB more.
    facts.extractedBytes = 1;
    facts.tarballBytes = 0;
    QCOMPARE(HabitatAppBuilder::neededDisk(facts).value_or(-1), 65.0);
}

void tst_HabitatAppBuilder::operatorsDiskIsJudged()
{
    HabitatPackageFacts facts = test::storefrontFacts();
    facts.extractedBytes = qint64(156) << 20;
    facts.tarballBytes = qint64(66) << 20;
    HabitatAppOptions o;
    o.disk = 100;
    auto b = HabitatAppBuilder::build(facts, o);
    QCOMPARE(b.app.disk, 100.0); // the operator's value wins
    FieldProblems problems = finished(b.app, facts, o);
    QVERIFY(hasProblem(problems, QStringLiteral("disk"), FieldProblem::Severity::Warning));
    QVERIFY(messagesOn(problems, QStringLiteral("disk")).contains(QStringLiteral("342")));
    // 0 given by the operator is theirs too (not "unset").
    o.disk = 0;
    b = HabitatAppBuilder::build(facts, o);
    QCOMPARE(b.app.disk, 0.0);
    QVERIFY(hasProblem(finished(b.app, facts, o), QStringLiteral("disk"), FieldProblem::Severity::Warning));
    o.disk = 2048;
    b = HabitatAppBuilder::build(facts, o);
    QVERIFY(!hasProblem(finished(b.app, facts, o), QStringLiteral("disk"), FieldProblem::Severity::Warning));
    // Unknown sizes and an explicit value: nothing to say.
    b = HabitatAppBuilder::build(test::storefrontFacts(), o);
    QVERIFY(!hasProblem(
        finished(b.app, test::storefrontFacts(), o), QStringLiteral("disk"), FieldProblem::Severity::Warning));
}

QTEST_GUILESS_MAIN(tst_HabitatAppBuilder)
#include "tst_habitatappbuilder.moc"
