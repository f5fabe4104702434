// SPDX-License-Identifier: Apache-2.0
// Exported apps run through the Mesos agent stand-in (tests/agent/agentstandin.h), with both
// fetcher generations: Mesos <= 1.6 (tar) and >= 1.7 (stout's archiver, C locale). As root in a
// private mount namespace; skipped otherwise.
//
// The service* and slowStop* tests, nonAsciiMember and requiredBindsRefused assert the target
// behaviour of habmesos' Marathon command (issue #9): nothing mounted in the agent's namespace,
// /tmp 1777, a minimal /dev, a stop that the Supervisor does (the service gets its
// SHUTDOWN_SIGNAL and nothing from the executor) within taskKillGracePeriodSeconds, binds refused.
// They hold in both deployment layouts (issue #14): the tarball, and the harts layout, whose
// bootstrap's init.sh installs the fetched .hart files with hab before it starts the Supervisor.
#include "agent/agentfixtures.h"
#include "agent/agentstandinrunner.h"
#include "marathon/habitatconfig.h"
#include "support/cannedhttpserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/stat.h>

using namespace habmesos;
using namespace habmesos::test;

Q_DECLARE_METATYPE(AgentStandInRunner::Mode)
Q_DECLARE_METATYPE(DeploymentLayout)

namespace {

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString record(const AgentTaskReport& r, const QString& name)
{
    return QString::fromUtf8(readBytes(r.sandbox + QStringLiteral("/standin-records/") + name));
}

QMap<QString, QString> environOf(const QByteArray& nulSeparated)
{
    QMap<QString, QString> out;
    for (const QByteArray& kv : nulSeparated.split('\0')) {
        const qsizetype eq = kv.indexOf('=');
        if (eq > 0)
            out.insert(QString::fromUtf8(kv.left(eq)), QString::fromUtf8(kv.mid(eq + 1)));
    }
    return out;
}

QMap<QString, QString> environOf(const QStringList& list)
{
    QMap<QString, QString> out;
    for (const QString& kv : list)
        out.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    return out;
}

int portIndex(const MarathonApp& app, const QString& name)
{
    for (int i = 0; i < app.portDefinitions.size(); ++i) {
        if (app.portDefinitions[i].name == name)
            return i;
    }
    return -1;
}

// Every file the app fetches: the tarball, or the bootstrap and each .hart.
QList<std::pair<QString, QString>> downloadsOf(const AgentFixtures::Exported& e) // name, path
{
    QList<std::pair<QString, QString>> out { { e.result.tarballName, e.result.tarballPath } };
    for (const ExportResult::Hart& h : e.result.harts)
        out.append({ h.fileName, h.path });
    return out;
}

// The lines of service.signals without their time stamps.
QStringList signalsOf(const AgentTaskReport& r)
{
    QStringList out;
    for (const QString& line : record(r, QStringLiteral("service.signals")).split(u'\n', Qt::SkipEmptyParts))
        out.append(line.section(u' ', 1));
    return out;
}

bool executorReachedService(const AgentTaskReport& r)
{
    for (const auto& p : r.termVisited + r.killVisited) {
        if (p.commandLine.contains(QLatin1String("standin-service")))
            return true;
    }
    return false;
}

} // namespace

class tst_Agent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void environmentAndSession();
    void refusesFixedPortOutsideOffer();
    void fetcherRules_data();
    void fetcherRules();
    void serviceStarts_data();
    void serviceStarts();
    void serviceTmpInside_data();
    void serviceTmpInside();
    void serviceDevInside_data();
    void serviceDevInside();
    void serviceStopsBySupervisor_data();
    void serviceStopsBySupervisor();
    void serviceLeavesNoMounts_data();
    void serviceLeavesNoMounts();
    void slowStopGrace_data();
    void slowStopGrace();
    void slowStopBySupervisor_data();
    void slowStopBySupervisor();
    void slowStopLeavesNoMounts_data();
    void slowStopLeavesNoMounts();
    void nonAsciiMember_data();
    void nonAsciiMember();
    void requiredBindsRefused_data();
    void requiredBindsRefused();
    void graceTooShortLeavesNothing_data();
    void graceTooShortLeavesNothing();
    void hartsKillDuringInstall();

private:
    struct ServiceRun
    {
        QString error; // the run could not be made
        AgentFixtures::Exported exported;
        AgentTaskReport report;
        QStringList requests; // what the HTTP server saw
        QString why; // the report, the events and the task's stderr, for failure messages
    };
    const ServiceRun* serviceRun(const QString& package, AgentStandInRunner::Mode mode, DeploymentLayout layout);
    void modes();
    // Both layouts in both fetcher modes; with `hartsInOneMode`, the harts layout in Mesos 1.7+'s
    // only: the fetcher mode changes only how the bootstrap is extracted, which the normal
    // service's rows show in both, and a slow stop costs seconds per row.
    void layoutsAndModes(bool hartsInOneMode = false);
    void layouts();
    QString work(const QString& name) const { return m_dir.filePath(QStringLiteral("agents/") + name); }
    QTemporaryDir m_dir;
    std::unique_ptr<AgentFixtures> m_fixtures;
    QString m_unavailable;
    QHash<QString, std::shared_ptr<ServiceRun>> m_runs;
};

void tst_Agent::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixtures = std::make_unique<AgentFixtures>(m_dir.filePath(QStringLiteral("cache")),
        QStringLiteral(HABMESOS_STANDIN_HAB_SCRIPT), QStringLiteral(HABMESOS_STANDIN_SERVICE));
    const Status built = m_fixtures->build();
    QVERIFY2(built.ok(), qPrintable(built.error()));
    m_unavailable = AgentFixtures::unavailableReason();
}

void tst_Agent::cleanupTestCase()
{
    const Status mounts = AgentFixtures::noMountsUnder(m_dir.path());
    if (!mounts.ok()) {
        m_dir.setAutoRemove(false);
        QFAIL(qPrintable(mounts.error()));
    }
}

void tst_Agent::modes()
{
    QTest::addColumn<AgentStandInRunner::Mode>("mode");
    QTest::newRow("Mesos 1.6 (tar)") << AgentStandInRunner::Mode::Mesos16;
    QTest::newRow("Mesos 1.7+ (libarchive)") << AgentStandInRunner::Mode::Mesos17;
}

void tst_Agent::layoutsAndModes(bool hartsInOneMode)
{
    QTest::addColumn<DeploymentLayout>("layout");
    QTest::addColumn<AgentStandInRunner::Mode>("mode");
    QTest::newRow("tarball, Mesos 1.6 (tar)") << DeploymentLayout::Tarball << AgentStandInRunner::Mode::Mesos16;
    QTest::newRow("tarball, Mesos 1.7+ (libarchive)") << DeploymentLayout::Tarball << AgentStandInRunner::Mode::Mesos17;
    if (!hartsInOneMode)
        QTest::newRow("harts, Mesos 1.6 (tar)") << DeploymentLayout::Harts << AgentStandInRunner::Mode::Mesos16;
    QTest::newRow("harts, Mesos 1.7+ (libarchive)") << DeploymentLayout::Harts << AgentStandInRunner::Mode::Mesos17;
}

void tst_Agent::layouts()
{
    QTest::addColumn<DeploymentLayout>("layout");
    QTest::newRow("tarball") << DeploymentLayout::Tarball;
    QTest::newRow("harts") << DeploymentLayout::Harts;
}

void tst_Agent::environmentAndSession()
{
    // The stand-in itself: Marathon's variables, a session of the task's own, and what a task
    // leaves behind reported and cleaned up.
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));
    const QByteArray app
        = R"({"id": "/agent/env", "cmd": "tr '\\0' '\\n' </proc/$$/environ >env.txt; cat /proc/$$/stat >stat.txt; (setsid sleep 300 &); : >ready; exec sleep 300",
        "portDefinitions": [{"port": 0, "name": "hab-gossip"}, {"port": 0, "name": "http"}],
        "env": {"OPERATOR": "set"}, "labels": {"team": "ops"}})";
    AgentStandInRunner::Options o;
    o.readyFile = QStringLiteral("ready");
    QString log;
    auto reports = AgentStandInRunner::runJson(app, work(QStringLiteral("env")), o, &log);
    QVERIFY2(reports.ok(), qPrintable(reports.error()));
    QCOMPARE(reports->size(), 1);
    const AgentTaskReport& r = reports->first();
    QVERIFY2(r.readyFileAppeared, qPrintable(log));
    QFile envFile(r.sandbox + QStringLiteral("/env.txt"));
    QVERIFY(envFile.open(QIODevice::ReadOnly));
    QMap<QString, QString> env;
    for (const QByteArray& line : envFile.readAll().split('\n'))
        env.insert(QString::fromUtf8(line.left(line.indexOf('='))), QString::fromUtf8(line.mid(line.indexOf('=') + 1)));
    QCOMPARE(env.value(QStringLiteral("PORT0")), QStringLiteral("31000"));
    QCOMPARE(env.value(QStringLiteral("PORT1")), QStringLiteral("31001"));
    QCOMPARE(env.value(QStringLiteral("PORT")), QStringLiteral("31000"));
    QCOMPARE(env.value(QStringLiteral("PORTS")), QStringLiteral("31000,31001"));
    QCOMPARE(env.value(QStringLiteral("PORT_HAB-GOSSIP")), QStringLiteral("31000")); // upper-cased only
    QCOMPARE(env.value(QStringLiteral("PORT_HTTP")), QStringLiteral("31001"));
    QCOMPARE(env.value(QStringLiteral("MARATHON_APP_ID")), QStringLiteral("/agent/env"));
    QCOMPARE(env.value(QStringLiteral("MESOS_TASK_ID")), r.taskId);
    QCOMPARE(env.value(QStringLiteral("MESOS_SANDBOX")), r.sandbox);
    QCOMPARE(env.value(QStringLiteral("OPERATOR")), QStringLiteral("set"));
    QCOMPARE(env.value(QStringLiteral("MARATHON_APP_LABEL_TEAM")), QStringLiteral("ops"));
    const QString host = env.value(QStringLiteral("HOST"));
    QVERIFY(!host.isEmpty());
    QVERIFY2(QHostAddress(host).isNull(), qPrintable(host)); // a name, not an address
    // setsid: the shell leads its own session.
    const QStringList stat = QString::fromUtf8(readBytes(r.sandbox + QStringLiteral("/stat.txt"))).split(u' ');
    QVERIFY(stat.size() > 6);
    QCOMPARE(stat[5], stat[0]);
    // The kill path: SIGTERM to the tree, the default 3 s grace.
    QVERIFY(r.killed);
    QCOMPARE(r.gracePeriodSeconds, 3.0);
    QVERIFY(!r.sigkillNeeded);
    QCOMPARE(r.exitSignal, 15);
    // `(setsid sleep 300 &)` left the tree and the session: killtree cannot see it, the scan does.
    QCOMPARE(r.processesLeft.size(), 1);
    QVERIFY2(r.processesLeft.first().commandLine.contains(QLatin1String("sleep 300")), qPrintable(r.summary()));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(r.processesLeft.first().pid))
        || !QString::fromUtf8(readBytes(QStringLiteral("/proc/%1/cmdline").arg(r.processesLeft.first().pid)))
                .startsWith(QLatin1String("sleep")));
}

void tst_Agent::refusesFixedPortOutsideOffer()
{
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));
    AgentStandInRunner::Options o;
    o.fetchOnly = true;
    auto outside = AgentStandInRunner::runJson(
        R"({"id": "/agent/fixed", "cmd": "true", "requirePorts": true, "portDefinitions": [{"port": 8080}]})",
        work(QStringLiteral("fixed-out")), o);
    QVERIFY2(outside.ok(), qPrintable(outside.error()));
    QVERIFY(!outside->first().placed);
    QVERIFY2(outside->first().placementError.contains(QLatin1String("8080"))
            && outside->first().placementError.contains(QLatin1String("31000-32000")),
        qPrintable(outside->first().placementError));
    auto inside = AgentStandInRunner::runJson(
        R"({"id": "/agent/fixed", "cmd": "true", "requirePorts": true, "portDefinitions": [{"port": 31500}, {"port": 0}]})",
        work(QStringLiteral("fixed-in")), o);
    QVERIFY2(inside.ok(), qPrintable(inside.error()));
    QVERIFY(inside->first().placed);
    QCOMPARE(inside->first().ports, (QList<int> { 31500, 31000 }));
    // Without requirePorts a number is only a service port: the host port is dynamic.
    auto service
        = AgentStandInRunner::runJson(R"({"id": "/agent/fixed", "cmd": "true", "portDefinitions": [{"port": 8080}]})",
            work(QStringLiteral("fixed-svc")), o);
    QVERIFY2(service.ok(), qPrintable(service.error()));
    QCOMPARE(service->first().ports, QList<int> { 31000 });
}

void tst_Agent::fetcherRules_data()
{
    modes();
}

void tst_Agent::fetcherRules()
{
    QFETCH(AgentStandInRunner::Mode, mode);
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));
    QTemporaryDir files;
    QDir(files.path()).mkpath(QStringLiteral("src"));
    QFile payload(files.filePath(QStringLiteral("src/payload.txt")));
    QVERIFY(payload.open(QIODevice::WriteOnly));
    payload.write("payload\n");
    payload.close();
    QCOMPARE(QProcess::execute(QStringLiteral("tar"),
                 { QStringLiteral("-czf"), files.filePath(QStringLiteral("payload.tgz")), QStringLiteral("-C"),
                     files.filePath(QStringLiteral("src")), QStringLiteral("payload.txt") }),
        0);
    QFile tool(files.filePath(QStringLiteral("tool.sh")));
    QVERIFY(tool.open(QIODevice::WriteOnly));
    tool.write("#!/bin/sh\n");
    tool.close();
    QCOMPARE(QProcess::execute(QStringLiteral("sh"),
                 { QStringLiteral("-c"),
                     QStringLiteral("echo notes | gzip > '%1'").arg(files.filePath(QStringLiteral("notes.txt.gz"))) }),
        0);

    CannedHttpServer server(200, readBytes(files.filePath(QStringLiteral("payload.tgz"))), "application/gzip");
    QVERIFY(server.listen());
    const QString http = server.url().toString(QUrl::StripTrailingSlash);
    const QString file = QStringLiteral("file://") + files.path();
    auto item = [](const QString& uri) {
        QJsonObject o;
        o.insert(QStringLiteral("uri"), uri);
        return o;
    };
    QJsonObject copy = item(file + QStringLiteral("/payload.tgz"));
    copy.insert(QStringLiteral("destPath"), QStringLiteral("sub/copy.tgz"));
    QJsonObject executable = item(file + QStringLiteral("/tool.sh"));
    executable.insert(QStringLiteral("executable"), true);
    QJsonObject cached = item(http + QStringLiteral("/cached/payload.tgz"));
    cached.insert(QStringLiteral("cache"), true);
    QJsonObject appObject;
    appObject.insert(QStringLiteral("id"), QStringLiteral("/agent/fetch"));
    appObject.insert(QStringLiteral("cmd"), QStringLiteral("true"));
    appObject.insert(QStringLiteral("fetch"),
        QJsonArray { item(http + QStringLiteral("/dl/payload.tgz?sig=abc")), copy, executable,
            item(file + QStringLiteral("/notes.txt.gz")), cached });
    const QByteArray app = QJsonDocument(appObject).toJson();
    AgentStandInRunner::Options o;
    o.mode = mode;
    o.instances = 2;
    QString log;
    auto reports = AgentStandInRunner::runJson(app, work(QStringLiteral("fetch-%1").arg(int(mode))), o, &log);
    QVERIFY2(reports.ok(), qPrintable(reports.error()));
    QCOMPARE(reports->size(), 2);
    for (const AgentTaskReport& r : *reports) {
        QVERIFY2(r.fetchOk, qPrintable(r.summary()));
        const QDir sandbox(r.sandbox);
        // The query string is part of the name, so it is no archive name and stays packed.
        QCOMPARE(r.fetch[0].localName, QStringLiteral("payload.tgz?sig=abc"));
        QVERIFY(!r.fetch[0].extracted);
        QVERIFY(QFileInfo(sandbox.filePath(QStringLiteral("payload.tgz?sig=abc"))).isFile());
        // destPath names the file; it is extracted into the sandbox and stays.
        QVERIFY(r.fetch[1].extracted);
        QVERIFY(QFileInfo(sandbox.filePath(QStringLiteral("sub/copy.tgz"))).isFile());
        QCOMPARE(readBytes(sandbox.filePath(QStringLiteral("payload.txt"))), QByteArray("payload\n"));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(sandbox.filePath(QStringLiteral("tool.sh"))).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0755);
        QCOMPARE(readBytes(sandbox.filePath(QStringLiteral("notes.txt"))), QByteArray("notes\n"));
        QVERIFY(QFileInfo(sandbox.filePath(QStringLiteral("notes.txt.gz"))).isFile());
        // Cached: extracted from the cache, not copied into the sandbox.
        QVERIFY(r.fetch[4].fromCache);
        QVERIFY(r.fetch[4].extracted);
        QVERIFY(!QFileInfo::exists(sandbox.filePath(QStringLiteral("payload.tgz"))));
        QVERIFY(r.exitedBeforeKill);
        QCOMPARE(r.exitCode, 0);
    }
    QVERIFY(reports->at(0).fetch[4].downloaded);
    QVERIFY(!reports->at(1).fetch[4].downloaded);
    const QStringList lines = server.requestLines();
    // Once per agent, its size asked first (HEAD) to claim room in the cache.
    QCOMPARE(lines.filter(QStringLiteral("GET /cached/payload.tgz")).size(), 1);
    QCOMPARE(lines.filter(QStringLiteral("HEAD /cached/payload.tgz")).size(), 1);
    QVERIFY(reports->at(0).fetch[4].cacheNote.isEmpty());
    QCOMPARE(reports->at(0).fetch[4].bytes, server.bodySize());
    QCOMPARE(lines.filter(QStringLiteral("GET /dl/payload.tgz?sig=abc HTTP/1.1")).size(), 2);
}

const tst_Agent::ServiceRun* tst_Agent::serviceRun(
    const QString& package, AgentStandInRunner::Mode mode, DeploymentLayout layout)
{
    // One run per package, mode and layout, shared by the tests that look at its parts (so that
    // each target of issue #9 passes or fails on its own).
    const bool harts = layout == DeploymentLayout::Harts;
    const QString key = package + u'-' + QString::number(int(mode)) + (harts ? QStringLiteral("-harts") : QString());
    if (auto it = m_runs.constFind(key); it != m_runs.constEnd())
        return it->get();
    auto run = std::make_shared<ServiceRun>();
    m_runs.insert(key, run);
    const QString outDir = m_dir.filePath(QStringLiteral("exports/") + QString(key).replace(u'/', u'-'));
    QDir().mkpath(outDir);
    // The normal service comes over HTTP (every file of it), the others from file:// URIs.
    std::unique_ptr<CannedHttpServer> server;
    QString fetchBase = QStringLiteral("file://") + outDir + u'/';
    if (package == AgentFixtures::normalService()) {
        server = std::make_unique<CannedHttpServer>(404, QByteArray(), "application/octet-stream");
        if (!server->listen()) {
            run->error = QStringLiteral("cannot listen on loopback");
            return run.get();
        }
        fetchBase = server->url().toString(QUrl::StripTrailingSlash) + QStringLiteral("/artifacts/");
    }
    auto exported = m_fixtures->exportApp(package, outDir, fetchBase, {}, AgentFetcher::Libarchive, layout);
    if (!exported) {
        run->error = exported.error();
        return run.get();
    }
    run->exported = exported.value();
    const AgentFixtures::Exported& e = run->exported;
    if (server) {
        for (const auto& [name, path] : downloadsOf(e))
            server->setFile(QStringLiteral("/artifacts/%1").arg(name).toUtf8(), readBytes(path));
    }
    AgentStandInRunner::Options o;
    o.mode = mode;
    o.readyFile = QStringLiteral("standin-records/service.started");
    auto reports = AgentStandInRunner::runJson(e.json, work(key.section(u'/', 1)), o);
    if (!reports) {
        run->error = reports.error();
        return run.get();
    }
    if (reports->size() != 1) {
        run->error = QStringLiteral("%1 tasks ran").arg(reports->size());
        return run.get();
    }
    run->report = reports->first();
    if (server)
        run->requests = server->requestLines();
    const AgentTaskReport& r = run->report;
    run->why = r.summary() + QStringLiteral("\nevents:\n") + record(r, QStringLiteral("events.log"))
        + (harts ? QStringLiteral("pkg-install.log:\n") + record(r, QStringLiteral("pkg-install.log")) : QString())
        + QStringLiteral("stderr (end):\n")
        + QString::fromUtf8(readBytes(r.sandbox + QStringLiteral("/stderr")).right(1500));
    return run.get();
}

#define SERVICE_RUN(package)                                                                                           \
    QFETCH(DeploymentLayout, layout);                                                                                  \
    QFETCH(AgentStandInRunner::Mode, mode);                                                                            \
    if (!m_unavailable.isEmpty())                                                                                      \
        QSKIP(qPrintable(m_unavailable));                                                                              \
    const ServiceRun* run = serviceRun(package, mode, layout);                                                         \
    QVERIFY2(run->error.isEmpty(), qPrintable(run->error));                                                            \
    const AgentTaskReport& r = run->report;                                                                            \
    const QString& why = run->why;                                                                                     \
    QVERIFY2(r.fetchOk&& r.readyFileAppeared, qPrintable(why))

void tst_Agent::serviceStarts_data()
{
    layoutsAndModes();
}

void tst_Agent::serviceStarts()
{
    SERVICE_RUN(AgentFixtures::normalService());
    const AgentFixtures::Exported& e = run->exported;
    const MarathonApp& app = e.app.app;
    // Fetched over HTTP, each file once.
    for (const auto& [name, path] : downloadsOf(e))
        QCOMPARE(run->requests.filter(QStringLiteral("GET /artifacts/") + name + u' ').size(), 1);
    if (layout == DeploymentLayout::Tarball) {
        // Extracted; the archive stays in the sandbox.
        QVERIFY(QFileInfo(QDir(r.sandbox).filePath(e.result.tarballName)).isFile());
    } else {
        // Through the agent's cache (its size asked first), each .hart into the artifact cache,
        // and hab installed the whole closure, offline, before the Supervisor started.
        for (const AgentTaskReport::Fetched& f : r.fetch)
            QVERIFY2(f.fromCache && f.cacheNote.isEmpty(), qPrintable(f.uri + u' ' + f.cacheNote));
        QSet<QString> closure;
        for (const ExportResult::Hart& h : e.result.harts) {
            QCOMPARE(readBytes(r.sandbox + QStringLiteral("/hab/cache/artifacts/") + h.fileName), readBytes(h.path));
            closure.insert(h.ident.toString());
        }
        QVERIFY2(record(r, QStringLiteral("events.log")).contains(QLatin1String("pkg install: --offline ")),
            qPrintable(why));
        const QStringList installed = record(r, QStringLiteral("pkg-install.log")).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(QSet<QString>(installed.begin(), installed.end()), closure);
        QVERIFY(
            QFileInfo(r.sandbox + QStringLiteral("/hab/pkgs/") + m_fixtures->fullIdent(AgentFixtures::normalService()))
                .isDir());
    }

    // What the stand-in hab got.
    QCOMPARE(record(r, QStringLiteral("hab.args")), QStringLiteral("sup\nrun\ndemo/app\n"));
    const auto env = environOf(readBytes(r.sandbox + QStringLiteral("/standin-records/hab.environ")));
    QVERIFY2(!env.isEmpty(), "hab.environ is empty: /proc was not mounted inside the chroot");
    const int gossip = portIndex(app, HabitatAppBuilder::gossipPortName());
    const int httpGateway = portIndex(app, HabitatAppBuilder::httpPortName());
    const int control = portIndex(app, HabitatAppBuilder::controlPortName());
    QVERIFY(gossip >= 0 && httpGateway >= 0 && control >= 0);
    QCOMPARE(env.value(QStringLiteral("HAB_LISTEN_GOSSIP")), QStringLiteral("0.0.0.0:%1").arg(r.ports[gossip]));
    QCOMPARE(env.value(QStringLiteral("HAB_LISTEN_HTTP")), QStringLiteral("0.0.0.0:%1").arg(r.ports[httpGateway]));
    QCOMPARE(env.value(QStringLiteral("HAB_LISTEN_CTL")), QStringLiteral("127.0.0.1:%1").arg(r.ports[control]));
    QCOMPARE(env.value(QStringLiteral("HAB_LICENSE")), HabitatAppBuilder::licenseValue());
    QVERIFY(environOf(r.environment).contains(QStringLiteral("PORT_HAB-GOSSIP")));
    // The service's port key in HAB_APP, and the text is TOML.
    QCOMPARE(record(r, QStringLiteral("pkg.var")).trimmed(), QStringLiteral("HAB_APP"));
    const QString toml = record(r, QStringLiteral("pkg.toml"));
    auto parsed = HabitatConfig::parse(toml, QStringLiteral("HAB_APP"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error() + u'\n' + toml));
    int servicePort = -1;
    for (int i = 0; i < app.portDefinitions.size(); ++i) {
        if (!app.portDefinitions[i].name.startsWith(QLatin1String("hab-")))
            servicePort = i;
    }
    QVERIFY(servicePort >= 0);
    const auto* port = parsed->find({ QStringLiteral("http"), QStringLiteral("port") });
    QVERIFY2(port, qPrintable(toml));
    QCOMPARE(port->value, QString::number(r.ports[servicePort]));
    QVERIFY(record(r, QStringLiteral("passwd.users")).split(u'\n').contains(QStringLiteral("hab")));
    QVERIFY2(!record(r, QStringLiteral("proc.list")).isEmpty(), "/proc shows no process inside the chroot");
    // hab (then the Launcher) is pid 1 of a PID namespace of its own: /proc shows the container only.
    QVERIFY2(record(r, QStringLiteral("proc.list")).split(u'\n').contains(QStringLiteral("1 hab")),
        qPrintable(record(r, QStringLiteral("proc.list"))));
    // Nothing on the way ignores SIGINT or SIGQUIT (as `&` in a shell would): the service inherits
    // what the Supervisor inherits, and may have to stop on either (SHUTDOWN_SIGNAL).
    const QString sigIgn = record(r, QStringLiteral("hab.sigign")).section(u':', 1).trimmed();
    bool hex = false;
    const qulonglong ignored = sigIgn.toULongLong(&hex, 16);
    QVERIFY2(hex, qPrintable(sigIgn));
    QVERIFY2((ignored & ((1ULL << (SIGINT - 1)) | (1ULL << (SIGQUIT - 1)))) == 0, qPrintable(sigIgn));
    qInfo().noquote() << "processes seen in /proc inside the chroot:"
                      << record(r, QStringLiteral("proc.list")).count(u'\n');
}

void tst_Agent::serviceTmpInside_data()
{
    layoutsAndModes();
}

void tst_Agent::serviceTmpInside()
{
    // Target 2: /tmp and /var/tmp 1777 inside the chroot, writable by SVC_USER, with either fetcher.
    SERVICE_RUN(AgentFixtures::normalService());
    const QString tmp = record(r, QStringLiteral("tmp.modes"));
    QVERIFY2(tmp.contains(QLatin1String("/tmp 1777 writable\n")), qPrintable(tmp));
    QVERIFY2(tmp.contains(QLatin1String("/var/tmp 1777 writable\n")), qPrintable(tmp));
}

void tst_Agent::serviceDevInside_data()
{
    layoutsAndModes();
}

void tst_Agent::serviceDevInside()
{
    // Target 3: the minimal set, a fresh devpts, a 1777 tmpfs on shm, none of the host's devices.
    SERVICE_RUN(AgentFixtures::normalService());
    QMap<QString, QString> dev; // name -> "type|mode|major:minor"
    for (const QString& line : record(r, QStringLiteral("dev.list")).split(u'\n', Qt::SkipEmptyParts))
        dev.insert(line.section(u'|', 3).section(u'/', -1), line.section(u'|', 0, 2));
    const QString fs = record(r, QStringLiteral("dev.fs"));
    const QString devText = record(r, QStringLiteral("dev.list")) + fs;
    for (const char* node : { "null", "zero", "full", "random", "urandom", "tty" })
        QVERIFY2(dev.value(QLatin1String(node)).startsWith(QLatin1String("character special file|")),
            qPrintable(QStringLiteral("/dev/%1:\n%2").arg(QLatin1String(node), devText)));
    QVERIFY2(fs.contains(QLatin1String("shm tmpfs 1777\n")), qPrintable(devText));
    QVERIFY2(fs.contains(QLatin1String("pts devpts "))
            && fs.section(QStringLiteral("pts devpts "), 1).contains(QLatin1String("ptmx")),
        qPrintable(devText));
    for (const char* host : { "sda", "vda", "nvme0", "kmsg", "mem", "kmem", "port", "loop0" })
        QVERIFY2(!dev.contains(QLatin1String(host)),
            qPrintable(QStringLiteral("/dev/%1 (the host's /dev?):\n%2").arg(QLatin1String(host), devText)));
    for (auto it = dev.constBegin(); it != dev.constEnd(); ++it)
        QVERIFY2(!it.value().startsWith(QLatin1String("block special file")), qPrintable(it.key()));
}

void tst_Agent::serviceStopsBySupervisor_data()
{
    layoutsAndModes();
}

void tst_Agent::serviceStopsBySupervisor()
{
    // Target 4: Mesos' kill reaches the Launcher, the Supervisor sends the service its
    // SHUTDOWN_SIGNAL (TERM here); the executor's killtree never reaches the service; no SIGKILL.
    SERVICE_RUN(AgentFixtures::normalService());
    QVERIFY(r.killed);
    QVERIFY2(
        record(r, QStringLiteral("events.log")).contains(QLatin1String("SIGTERM to process group")), qPrintable(why));
    qInfo().noquote() << r.summary();
    QCOMPARE(signalsOf(r), QStringList { QStringLiteral("TERM") });
    QVERIFY2(!executorReachedService(r), qPrintable(why));
    QVERIFY2(!r.sigkillNeeded, qPrintable(why));
    QVERIFY2(r.stopSeconds < r.gracePeriodSeconds, qPrintable(why));
    QVERIFY2(r.processesLeft.isEmpty(), qPrintable(why));
}

void tst_Agent::serviceLeavesNoMounts_data()
{
    layoutsAndModes();
}

void tst_Agent::serviceLeavesNoMounts()
{
    // Target 1: nothing mounted in the agent's namespace, whatever signal ended the task.
    SERVICE_RUN(AgentFixtures::normalService());
    QVERIFY2(r.mountsLeft.isEmpty(), qPrintable(why));
}

void tst_Agent::slowStopGrace_data()
{
    layoutsAndModes(true);
}

void tst_Agent::slowStopGrace()
{
    // SHUTDOWN_TIMEOUT 20: the app must ask for a grace period at least that long.
    SERVICE_RUN(AgentFixtures::slowStopService());
    QVERIFY2(r.gracePeriodSeconds >= 20,
        qPrintable(QStringLiteral("taskKillGracePeriodSeconds: %1\n").arg(r.gracePeriodSeconds) + why));
}

void tst_Agent::slowStopBySupervisor_data()
{
    layoutsAndModes(true);
}

void tst_Agent::slowStopBySupervisor()
{
    // SHUTDOWN_SIGNAL QUIT and a service that takes 4 s (longer than the executor's default
    // 3 s): it gets QUIT and nothing else, the stop ends within the grace, no SIGKILL, no process left.
    SERVICE_RUN(AgentFixtures::slowStopService());
    qInfo().noquote() << r.summary();
    QCOMPARE(signalsOf(r), QStringList { QStringLiteral("QUIT") });
    QVERIFY2(!executorReachedService(r), qPrintable(why));
    QVERIFY2(!r.sigkillNeeded, qPrintable(why));
    QVERIFY2(r.stopSeconds < r.gracePeriodSeconds, qPrintable(why));
    QVERIFY2(r.processesLeft.isEmpty(), qPrintable(why));
}

void tst_Agent::slowStopLeavesNoMounts_data()
{
    layoutsAndModes(true);
}

void tst_Agent::slowStopLeavesNoMounts()
{
    // Target 1 again, for a stop that may end in the executor's SIGKILL: no mount survives it.
    SERVICE_RUN(AgentFixtures::slowStopService());
    QVERIFY2(r.mountsLeft.isEmpty(), qPrintable(why));
}

void tst_Agent::nonAsciiMember_data()
{
    modes();
}

void tst_Agent::nonAsciiMember()
{
    // The tarball layout's: in the harts layout no package member passes through the fetcher
    // (hab unpacks each .hart inside the task).
    QFETCH(AgentStandInRunner::Mode, mode);
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));
    QTemporaryDir out;
    // habmesos refuses it for Mesos 1.7 and later agents, naming the package and the member ...
    auto refused = m_fixtures->exportApp(
        AgentFixtures::nonAsciiService(), out.path(), QStringLiteral("file://") + out.path() + u'/');
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(m_fixtures->fullIdent(AgentFixtures::nonAsciiService()))
            && refused.error().contains(QStringLiteral("Főtanúsítvány.crt")),
        qPrintable(refused.error()));
    QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
    // ... and this is why: exported for Mesos 1.6 agents, the 1.7 fetcher cannot extract it.
    auto exported = m_fixtures->exportApp(AgentFixtures::nonAsciiService(), out.path(),
        QStringLiteral("file://") + out.path() + u'/', {}, AgentFetcher::GnuTar);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    AgentStandInRunner::Options o;
    o.mode = mode;
    o.fetchOnly = true;
    auto reports = AgentStandInRunner::runJson(exported->json, work(QStringLiteral("unicode-%1").arg(int(mode))), o);
    QVERIFY2(reports.ok(), qPrintable(reports.error()));
    const AgentTaskReport& r = reports->first();
    if (mode == AgentStandInRunner::Mode::Mesos17) {
        // Mesos' archiver in the C locale: the name has no UTF-8 form there (a fatal WARN, or a NULL
        // that Mesos would pass to std::string).
        QVERIFY2(!r.fetchOk, qPrintable(r.summary()));
        QVERIFY2(r.fetchError.contains(QLatin1String("Failed to read archive header"))
                || r.fetchError.contains(QLatin1String("would crash")),
            qPrintable(r.fetchError));
        return;
    }
    QVERIFY2(r.fetchOk, qPrintable(r.summary()));
    const QString dir = r.sandbox + QStringLiteral("/hab/pkgs/")
        + m_fixtures->fullIdent(AgentFixtures::nonAsciiService()) + QStringLiteral("/share");
    const QByteArray expected = QByteArrayLiteral("F\xc5\x91tan\xc3\xbas\xc3\xadtv\xc3\xa1ny.crt");
    QVERIFY2(QFileInfo::exists(QFile::decodeName(QFile::encodeName(dir) + '/' + expected)),
        qPrintable(QDir(dir).entryList().join(u' ')));
}

void tst_Agent::requiredBindsRefused_data()
{
    layouts();
}

void tst_Agent::requiredBindsRefused()
{
    // A package with required binds crash-loops under `hab sup run` (reference B3): the builder
    // must refuse it before it ever runs, naming the bind.
    QFETCH(DeploymentLayout, layout);
    QTemporaryDir out;
    auto exported = m_fixtures->exportApp(AgentFixtures::boundService(), out.path(),
        QStringLiteral("file://") + out.path() + u'/', {}, AgentFetcher::Libarchive, layout);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QStringList errors;
    for (const FieldProblem& p : exported->app.problems) {
        if (p.severity == FieldProblem::Severity::Error)
            errors.append(p.field + QStringLiteral(": ") + p.message);
    }
    QVERIFY2(errors.join(u'\n').contains(QLatin1String("database")),
        qPrintable(QStringLiteral("errors: ") + errors.join(u'\n')));
}

void tst_Agent::graceTooShortLeavesNothing_data()
{
    layouts();
}

void tst_Agent::graceTooShortLeavesNothing()
{
    // The operator's grace is shorter than the package's SHUTDOWN_TIMEOUT: the executor SIGKILLs the
    // task's shell, and the container, outside its process tree, must die with it (the FIFO the
    // shell held), leaving no process and no mount.
    QFETCH(DeploymentLayout, layout);
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));
    QTemporaryDir out;
    HabitatAppOptions options;
    options.killGracePeriodSeconds = 2;
    auto exported = m_fixtures->exportApp(AgentFixtures::slowStopService(), out.path(),
        QStringLiteral("file://") + out.path() + u'/', options, AgentFetcher::Libarchive, layout);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QCOMPARE(exported->app.app.taskKillGracePeriodSeconds, 2);
    AgentStandInRunner::Options o;
    o.mode = AgentStandInRunner::Mode::Mesos17;
    o.readyFile = QStringLiteral("standin-records/service.started");
    auto reports = AgentStandInRunner::runJson(
        exported->json, work(QStringLiteral("short-grace-") + QLatin1String(QTest::currentDataTag())), o);
    QVERIFY2(reports.ok(), qPrintable(reports.error()));
    const AgentTaskReport& r = reports->first();
    // The service ran (in the harts layout: after hab installed it), then the executor had to SIGKILL.
    QVERIFY2(r.fetchOk && r.readyFileAppeared, qPrintable(r.summary()));
    QVERIFY2(r.killed && r.sigkillNeeded, qPrintable(r.summary()));
    QVERIFY2(r.processesLeft.isEmpty(), qPrintable(r.summary()));
    QVERIFY2(r.mountsLeft.isEmpty(), qPrintable(r.summary()));
}

void tst_Agent::hartsKillDuringInstall()
{
    // The harts layout only: Mesos' kill arrives while init.sh (pid 1 of the container, which
    // ignores a TERM it does not handle) is still installing the fetched .hart files. The stop
    // must not be lost: the task's shell passes it on once the Launcher catches TERM, and the
    // Supervisor stops the service with its SHUTDOWN_SIGNAL, within the grace, leaving nothing.
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));
    QTemporaryDir out;
    auto exported = m_fixtures->exportApp(AgentFixtures::normalService(), out.path(),
        QStringLiteral("file://") + out.path() + u'/', {}, AgentFetcher::Libarchive, DeploymentLayout::Harts);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    AgentStandInRunner::Options o;
    // glibc, which every other package depends on, is installed in the first wave; the
    // Launcher's package in a later one.
    o.readyFile = QStringLiteral("hab/pkgs/core/glibc");
    auto reports = AgentStandInRunner::runJson(exported->json, work(QStringLiteral("kill-during-install")), o);
    QVERIFY2(reports.ok(), qPrintable(reports.error()));
    const AgentTaskReport& r = reports->first();
    const QString events = record(r, QStringLiteral("events.log"));
    const QString why = r.summary() + QStringLiteral("\nevents:\n") + events + QStringLiteral("stderr (end):\n")
        + QString::fromUtf8(readBytes(r.sandbox + QStringLiteral("/stderr")).right(1500));
    QVERIFY2(r.fetchOk && r.readyFileAppeared && r.killed, qPrintable(why));
    // The kill came after hab began installing and before the Launcher started.
    double launcherStarted = -1;
    for (const QString& line : events.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.contains(QLatin1String("hab-launch[1] started")))
            launcherStarted = line.section(u' ', 0, 0).toDouble();
    }
    QVERIFY2(launcherStarted > r.killStartUptime,
        qPrintable(QStringLiteral("kill at %1\n").arg(r.killStartUptime, 0, 'f', 2) + why));
    // Then the same stop as a running task's.
    QCOMPARE(signalsOf(r), QStringList { QStringLiteral("TERM") });
    QVERIFY2(!executorReachedService(r), qPrintable(why));
    QVERIFY2(!r.sigkillNeeded && r.stopSeconds < r.gracePeriodSeconds, qPrintable(why));
    QVERIFY2(r.exited && r.exitCode == 0, qPrintable(why));
    QVERIFY2(r.processesLeft.isEmpty(), qPrintable(why));
    QVERIFY2(r.mountsLeft.isEmpty(), qPrintable(why));
}

QTEST_GUILESS_MAIN(tst_Agent)
#include "tst_agent.moc"
