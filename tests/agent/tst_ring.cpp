// SPDX-License-Identifier: Apache-2.0
// Issue #13 in the task: what an exported app does with the Supervisor's options, the ring, the
// secrets and the data volume, run through the Mesos agent stand-in (as root in a private mount
// namespace; skipped otherwise) with the stand-in Supervisor's membership (standingossip.cpp)
// and the Marathon stub (tests/marathon/marathon_stub.py), where the agent stand-ins register the
// tasks they run (/_stub/tasks) as Marathon would list them. Several agents run at once, each
// with its own address (127.0.0.x) and ports, as separate machines would.
//
// The app's env, labels, fetch and volumes are set here on the JSON (ringApp, secretFetch) the
// way HabitatServiceOptions' contract says the app JSON carries them.
//
// The task runs in both deployment layouts (issue #14): the tarball, and the harts layout, whose
// bootstrap's init.sh installs the fetched .hart files before it starts the ring's loop and the
// Supervisor.
#include "agent/agentfixtures.h"
#include "agent/agentstandinrunner.h"
#include "export/ringpeerscript.h"
#include "marathon/habitatlaunchcommand.h"
#include "marathon/habitatserviceapp.h"
#include "marathon/habitatserviceoptions.h"
#include "marathon/marathonstub.h"
#include "support/cannedhttpserver.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using namespace habmesos;
using namespace habmesos::test;

Q_DECLARE_METATYPE(DeploymentLayout)

class tst_Ring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void gatewayHealthCommand();
    void healthCheckWithGatewayToken();
    void optionsSecretsAndVolume_data();
    void optionsSecretsAndVolume();
    void ringForms_data();
    void ringForms();

private:
    struct Agent
    {
        QString name;
        QString ip;
        QString taskId;
        QString work;
        QString stopFile;
        QList<int> ports;
        std::unique_ptr<QProcess> process;
        QString sandbox() const
        {
            return QFileInfo(work + QStringLiteral("/sandboxes")).canonicalFilePath() + u'/' + taskId;
        }
        QString record(const QString& name) const;
    };
    // The agent registers its task with the Marathon stub at `marathon` as it starts and ends.
    Status startAgent(Agent& agent, const QByteArray& app, int portsBegin, const QString& marathon);
    QString finishAgent(Agent& agent); // empty when the task ended cleanly
    QString member(const Agent& agent) const { return agent.ip + u':' + QString::number(agent.ports[m_gossipIndex]); }
    void layouts();
    const AgentFixtures::Exported& exported(DeploymentLayout layout) const
    {
        return layout == DeploymentLayout::Harts ? m_harts : m_app;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AgentFixtures> m_fixtures;
    QString m_unavailable;
    AgentFixtures::Exported m_app;
    AgentFixtures::Exported m_harts; // the same service in the harts layout
    int m_gossipIndex = -1;
};

namespace {

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
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

// The app of the ring `ring` with id `id`: env and label as HabitatServiceOptions describes them.
QJsonObject ringApp(const QByteArray& json, const QString& id, const QString& ring, const QString& marathonUrl)
{
    using O = HabitatServiceOptions;
    QJsonObject app = QJsonDocument::fromJson(json).object();
    app.insert(QStringLiteral("id"), id);
    QJsonObject env = app.value(QStringLiteral("env")).toObject();
    env.insert(O::ringVariable(), ring);
    env.insert(O::marathonUrlVariable(), marathonUrl);
    env.insert(RingPeerScript::intervalVariable(), QStringLiteral("1")); // seconds, not minutes, here
    env.insert(QStringLiteral("HABMESOS_STANDIN_EXPECT"), QStringLiteral("2"));
    app.insert(QStringLiteral("env"), env);
    QJsonObject labels = app.value(QStringLiteral("labels")).toObject();
    labels.insert(O::ringLabel(), ring);
    app.insert(QStringLiteral("labels"), labels);
    return app;
}

QJsonObject secretFetch(const QString& uri, const QString& name)
{
    return { { QStringLiteral("uri"), uri }, { QStringLiteral("extract"), false }, { QStringLiteral("cache"), false },
        { QStringLiteral("destPath"), HabitatServiceOptions::secretFilePath(name) } };
}

} // namespace

QString tst_Ring::Agent::record(const QString& name) const
{
    return QString::fromUtf8(readBytes(sandbox() + QStringLiteral("/standin-records/") + name));
}

void tst_Ring::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixtures = std::make_unique<AgentFixtures>(m_dir.filePath(QStringLiteral("cache")),
        QStringLiteral(HABMESOS_STANDIN_HAB_SCRIPT), QStringLiteral(HABMESOS_STANDIN_SERVICE));
    const Status built = m_fixtures->build();
    QVERIFY2(built.ok(), qPrintable(built.error()));
    m_unavailable = AgentFixtures::unavailableReason();
    const QString out = m_dir.filePath(QStringLiteral("export"));
    QDir().mkpath(out);
    auto exported = m_fixtures->exportApp(AgentFixtures::normalService(), out, QStringLiteral("file://") + out + u'/');
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    m_app = exported.value();
    for (int i = 0; i < m_app.app.app.portDefinitions.size(); ++i) {
        if (m_app.app.app.portDefinitions[i].name == RingPeerScript::gossipPortName())
            m_gossipIndex = i;
    }
    QVERIFY(m_gossipIndex >= 0);
    const QString hartsOut = m_dir.filePath(QStringLiteral("export-harts"));
    QDir().mkpath(hartsOut);
    auto harts = m_fixtures->exportApp(AgentFixtures::normalService(), hartsOut,
        QStringLiteral("file://") + hartsOut + u'/', {}, AgentFetcher::Libarchive, DeploymentLayout::Harts);
    QVERIFY2(harts.ok(), qPrintable(harts.error()));
    m_harts = harts.value();
    QVERIFY(m_harts.facts.hartsLayout);
    // The agents hand out ports by the app's definitions: the same ones in both layouts.
    QCOMPARE(m_harts.app.app.portDefinitions.size(), m_app.app.app.portDefinitions.size());
    QCOMPARE(m_harts.app.app.portDefinitions.value(m_gossipIndex).name, RingPeerScript::gossipPortName());
}

void tst_Ring::layouts()
{
    QTest::addColumn<DeploymentLayout>("layout");
    QTest::newRow("tarball") << DeploymentLayout::Tarball;
    QTest::newRow("harts") << DeploymentLayout::Harts;
}

void tst_Ring::cleanupTestCase()
{
    const Status mounts = AgentFixtures::noMountsUnder(m_dir.path());
    if (!mounts.ok()) {
        m_dir.setAutoRemove(false);
        QFAIL(qPrintable(mounts.error()));
    }
}

void tst_Ring::gatewayHealthCommand()
{
    // The COMMAND check for a gateway with a token: it sends the token it reads from the task's
    // 0600 file as a Bearer header, and passes on 200 only.
    if (!QFileInfo(QStringLiteral("/bin/busybox")).isExecutable())
        QSKIP("needs Debian's busybox-static");
    QTemporaryDir sandbox;
    QDir(sandbox.path()).mkpath(QStringLiteral(".habmesos"));
    QVERIFY(QFile::link(QStringLiteral("/bin/busybox"), sandbox.filePath(QStringLiteral(".habmesos/busybox"))));
    QFile token(sandbox.filePath(QStringLiteral(".habmesos/gateway-token")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write("gw-secret\n");
    token.close();
    const QString command = HabitatLaunchCommand::gatewayHealthCommand(QStringLiteral("/services/app/default/health"));
    QVERIFY(!command.contains(QLatin1String("gw-secret")));
    for (const int status : { 200, 503 }) {
        CannedHttpServer gateway(status, "{}");
        QVERIFY(gateway.listen());
        QFile port(sandbox.filePath(QStringLiteral(".habmesos/gateway-port")));
        QVERIFY(port.open(QIODevice::WriteOnly | QIODevice::Truncate));
        port.write(QByteArray::number(gateway.url().port()) + '\n');
        port.close();
        QProcess sh;
        QProcessEnvironment env;
        env.insert(QStringLiteral("MESOS_SANDBOX"), sandbox.path());
        sh.setProcessEnvironment(env);
        QEventLoop loop;
        connect(&sh, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        sh.start(QStringLiteral("/bin/busybox"), { QStringLiteral("sh"), QStringLiteral("-c"), command });
        loop.exec();
        QCOMPARE(sh.exitCode(), status == 200 ? 0 : 1);
        QCOMPARE(gateway.requests().size(), 1);
        const QByteArray request = gateway.requests().first();
        QVERIFY2(request.startsWith("GET /services/app/default/health HTTP/1.0\r\n"), request.constData());
        QVERIFY2(request.contains("\r\nAuthorization: Bearer gw-secret\r\n"), request.constData());
    }
}

void tst_Ring::healthCheckWithGatewayToken()
{
    // Without a token the default check stays Mesos' HTTP check; with one it becomes the COMMAND
    // check that sends it; the group is in the path. The operator's own check is left alone.
    const HabitatPackageFacts& facts = m_app.facts;
    HabitatAppOptions options;
    const MarathonApp plain = HabitatAppBuilder::build(facts, options).app;
    QCOMPARE(plain.healthChecks.size(), 1);
    QCOMPARE(plain.healthChecks[0].protocol, QStringLiteral("MESOS_HTTP"));
    QCOMPARE(plain.healthChecks[0].path, QStringLiteral("/services/app/default/health"));
    options.service.group = QStringLiteral("blue");
    options.service.gatewayToken = { HabitatServiceOptions::Secret::Source::File, QStringLiteral("https://x/token") };
    const MarathonApp withToken = HabitatAppBuilder::build(facts, options).app;
    QCOMPARE(withToken.healthChecks.size(), 1);
    const MarathonHealthCheck& check = withToken.healthChecks[0];
    QCOMPARE(check.protocol, QStringLiteral("COMMAND"));
    QCOMPARE(check.command,
        std::optional<QString>(
            HabitatLaunchCommand::gatewayHealthCommand(QStringLiteral("/services/app/blue/health"))));
    QVERIFY(!check.portIndex);
    QCOMPARE(check.gracePeriodSeconds, plain.healthChecks[0].gracePeriodSeconds);
    HealthCheckSettings own;
    own.protocol = QStringLiteral("MESOS_TCP");
    own.portName = HabitatAppBuilder::httpPortName();
    options.healthCheckSettings = own;
    QCOMPARE(HabitatAppBuilder::build(facts, options).app.healthChecks.value(0).protocol, QStringLiteral("MESOS_TCP"));
}

void tst_Ring::optionsSecretsAndVolume_data()
{
    layouts();
}

void tst_Ring::optionsSecretsAndVolume()
{
    // One task: the Supervisor's options (HABMESOS_SUP_ARGS) after the ident, --peer-watch-file
    // with the fixed peers in it, the fetched secrets read into the Supervisor's variables and
    // removed (the Marathon credentials kept from it), and the data volume at the service's data
    // path inside the chroot.
    QFETCH(DeploymentLayout, layout);
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));
    const QString tag = QLatin1String(QTest::currentDataTag());
    using O = HabitatServiceOptions;
    const QByteArray ringKey = "SYM-SEC-1\nshop-20200101000000\n\nc2VjcmV0LXJpbmcta2V5";
    const QByteArray token = "gw-token-5ecret";
    const QByteArray auth = "token=marathon-5ecret";
    const QString secrets = m_dir.filePath(QStringLiteral("secrets-") + tag);
    QDir().mkpath(secrets);
    for (const auto& [name, value] :
        { std::pair { "ring-key", ringKey }, { "gateway-token", token }, { "marathon-auth", auth } }) {
        QFile f(secrets + u'/' + QLatin1String(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(value + '\n');
    }
    QJsonObject app = QJsonDocument::fromJson(exported(layout).json).object();
    QJsonObject env = app.value(QStringLiteral("env")).toObject();
    env.insert(O::supArgsVariable(), QStringLiteral("--bind database:db.default --group blue"));
    env.insert(O::peersVariable(), QStringLiteral("127.0.0.1:9"));
    app.insert(QStringLiteral("env"), env);
    QJsonArray fetch = app.value(QStringLiteral("fetch")).toArray();
    for (const char* name : { "ring-key", "gateway-token", "marathon-auth" })
        fetch.append(
            secretFetch(QStringLiteral("file://") + secrets + u'/' + QLatin1String(name), QLatin1String(name)));
    app.insert(QStringLiteral("fetch"), fetch);
    QJsonObject container = app.value(QStringLiteral("container")).toObject();
    container.insert(QStringLiteral("type"), QStringLiteral("MESOS"));
    container.insert(QStringLiteral("volumes"),
        QJsonArray { QJsonObject { { QStringLiteral("containerPath"), O::dataVolumePath() },
            { QStringLiteral("mode"), QStringLiteral("RW") },
            { QStringLiteral("persistent"), QJsonObject { { QStringLiteral("size"), 16 } } } } });
    app.insert(QStringLiteral("container"), container);
    const QByteArray json = QJsonDocument(app).toJson();

    AgentStandInRunner::Options o;
    o.readyFile = QStringLiteral("standin-records/cmdlines");
    const QString work = m_dir.filePath(QStringLiteral("agents/options-") + tag);
    QString log;
    auto reports = AgentStandInRunner::runJson(json, work, o, &log);
    QVERIFY2(reports.ok(), qPrintable(reports.error()));
    const AgentTaskReport& r = reports->first();
    const auto rec = [&](const QString& name) {
        return QString::fromUtf8(readBytes(r.sandbox + QStringLiteral("/standin-records/") + name));
    };
    const QString why = r.summary() + QStringLiteral("\nevents:\n") + rec(QStringLiteral("events.log"))
        + QStringLiteral("pkg-install.log:\n") + rec(QStringLiteral("pkg-install.log")) + QStringLiteral("stderr:\n")
        + QString::fromUtf8(readBytes(r.sandbox + QStringLiteral("/stderr")).right(1500));
    QVERIFY2(r.fetchOk && r.readyFileAppeared, qPrintable(why));
    if (layout == DeploymentLayout::Harts) {
        QVERIFY2(rec(QStringLiteral("events.log")).contains(QLatin1String("pkg install: --offline ")), qPrintable(why));
        // hab pkg install (and any install hook it runs) sees none of the task's secrets.
        const QStringList installEnv = rec(QStringLiteral("pkg-install.env")).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(installEnv.contains(QLatin1String("HAB_FEAT_OFFLINE_INSTALL")), qPrintable(why));
        for (const HabitatServiceApp::SecretSlot& slot : HabitatServiceApp::secretSlots())
            QVERIFY2(!installEnv.contains(slot.variable), qPrintable(slot.variable + u'\n' + installEnv.join(u' ')));
    }

    // The options reach the Supervisor after the ident (--bind takes several values).
    const QStringList args = rec(QStringLiteral("sup.args")).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(args,
        (QStringList { QStringLiteral("run"), QStringLiteral("demo/app"), QStringLiteral("--bind"),
            QStringLiteral("database:db.default"), QStringLiteral("--group"), QStringLiteral("blue"),
            QStringLiteral("--peer-watch-file"), RingPeerScript::peerWatchFile() }));
    QCOMPARE(readBytes(r.sandbox + RingPeerScript::peerWatchFile()), QByteArray("127.0.0.1:9\n"));

    // Secrets: in the Supervisor's environment (that is how Habitat takes them), the Marathon
    // credentials not; the files gone; nowhere in the app, a command line or a log.
    const auto supEnv = environOf(readBytes(r.sandbox + QStringLiteral("/standin-records/hab.environ")));
    QCOMPARE(supEnv.value(O::ringKeyVariable()).toUtf8(), ringKey);
    QCOMPARE(supEnv.value(O::gatewayTokenVariable()).toUtf8(), token);
    QVERIFY(!supEnv.contains(O::marathonAuthVariable()));
    QVERIFY(!QFileInfo::exists(r.sandbox + QStringLiteral("/.habmesos/secrets/ring-key")));
    QVERIFY(!QFileInfo::exists(r.sandbox + QStringLiteral("/.habmesos/secrets/gateway-token")));
    QVERIFY(!QFileInfo::exists(r.sandbox + QStringLiteral("/.habmesos/secrets/marathon-auth")));
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(r.sandbox + QStringLiteral("/.habmesos/gateway-token")).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QCOMPARE(readBytes(r.sandbox + QStringLiteral("/.habmesos/gateway-token")), token + '\n');
    const QString cmdlines = rec(QStringLiteral("cmdlines"));
    QVERIFY2(cmdlines.contains(QLatin1String("ringpeers.sh")), qPrintable(cmdlines));
    const QByteArray everywhere = json + r.environment.join(u'\n').toUtf8() + cmdlines.toUtf8()
        + readBytes(r.sandbox + QStringLiteral("/stderr")) + readBytes(r.sandbox + QStringLiteral("/stdout"))
        + rec(QStringLiteral("events.log")).toUtf8() + log.toUtf8() + r.summary().toUtf8();
    for (const QByteArray& secret : { QByteArray("c2VjcmV0LXJpbmcta2V5"), token, auth })
        QVERIFY2(!everywhere.contains(secret), secret.constData());
    for (const auto& p : r.processesAtExit)
        QVERIFY(!p.commandLine.contains(QLatin1String("5ecret")));

    // The volume: bound onto hab/svc/app/data inside the chroot, written there by the service's side.
    QVERIFY2(rec(QStringLiteral("mountinfo")).contains(QLatin1String(" /hab/svc/app/data ")),
        qPrintable(rec(QStringLiteral("mountinfo"))));
    const QString volume = work + QStringLiteral("/volumes/demo_app#") + O::dataVolumePath();
    QCOMPARE(readBytes(volume + QStringLiteral("/standin-volume")), QByteArray("written inside the chroot\n"));
    QVERIFY2(r.processesLeft.isEmpty(), qPrintable(why));
    QVERIFY2(r.mountsLeft.isEmpty(), qPrintable(why));
}

Status tst_Ring::startAgent(Agent& agent, const QByteArray& app, int portsBegin, const QString& marathon)
{
    AgentStandInRunner::Options o;
    o.ports = QStringLiteral("%1-%2").arg(portsBegin).arg(portsBegin + 99);
    o.taskId = agent.taskId;
    o.ip = agent.ip;
    o.hostname = agent.name + QStringLiteral(".agents.invalid");
    o.marathonUrl = marathon;
    o.readyFile = agent.stopFile;
    o.startTimeoutSeconds = 90;
    agent.work = m_dir.filePath(QStringLiteral("agents/") + agent.name);
    agent.ports.clear();
    for (int i = 0; i < m_app.app.app.portDefinitions.size(); ++i)
        agent.ports.append(portsBegin + i); // the stand-in hands out dynamic ports in order
    QString error;
    agent.process = AgentStandInRunner::start(app, agent.work, o, &error);
    return agent.process ? success() : Status::failure(error);
}

QString tst_Ring::finishAgent(Agent& agent)
{
    QFile stop(agent.stopFile);
    if (!stop.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write ") + agent.stopFile;
    stop.close();
    QEventLoop loop;
    connect(agent.process.get(), &QProcess::finished, &loop, &QEventLoop::quit);
    if (agent.process->state() != QProcess::NotRunning)
        loop.exec();
    auto reports = AgentStandInRunner::finish(*agent.process, agent.work);
    if (!reports)
        return reports.error();
    const AgentTaskReport& r = reports->first();
    if (!r.processesLeft.isEmpty() || !r.mountsLeft.isEmpty() || !r.readyFileAppeared)
        return agent.name + QStringLiteral(": ") + r.summary();
    return {};
}

void tst_Ring::ringForms_data()
{
    layouts();
}

void tst_Ring::ringForms()
{
    // Three tasks of one app started at once end in one ring; a killed task's replacement joins
    // it; a task of a second app of the same ring joins it too (the tarball row; the harts row
    // stops once the three have formed the ring).
    QFETCH(DeploymentLayout, layout);
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));
    const QString tag = QLatin1String(QTest::currentDataTag());
    const QByteArray& json = exported(layout).json;
    MarathonStub marathon;
    QVERIFY2(marathon.start(), qPrintable(marathon.errorText()));
    const QString url = marathon.url().toString(QUrl::StripTrailingSlash);
    const QJsonObject web = ringApp(json, QStringLiteral("/shop/web"), QStringLiteral("shop"), url);
    const QJsonObject other = ringApp(json, QStringLiteral("/shop/other"), QStringLiteral("shop"), url);
    const QJsonObject stranger = ringApp(json, QStringLiteral("/else/where"), QStringLiteral("else"), url);
    for (QJsonObject app : { web, other, stranger }) {
        app.insert(QStringLiteral("instances"), 0); // the stub runs none of its own: the agents run them
        const QJsonDocument posted
            = marathon.control("POST", QStringLiteral("/v2/apps"), QJsonDocument(app).toJson(QJsonDocument::Compact));
        QVERIFY2(posted[QStringLiteral("id")] == app.value(QStringLiteral("id")), posted.toJson().constData());
    }
    auto addTask = [&](const QString& appId, const QString& taskId, const QString& host, const QList<int>& ports,
                       const QString& ip) {
        QJsonArray portList;
        for (int p : ports)
            portList.append(p);
        QJsonObject task { { QStringLiteral("id"), taskId }, { QStringLiteral("host"), host },
            { QStringLiteral("ports"), portList }, { QStringLiteral("state"), QStringLiteral("TASK_RUNNING") } };
        if (!ip.isEmpty())
            task.insert(QStringLiteral("ipAddresses"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("ipAddress"), ip }, { QStringLiteral("protocol"), QStringLiteral("IPv4") } } });
        const QJsonObject body { { QStringLiteral("app"), appId }, { QStringLiteral("task"), task } };
        return !marathon
                    .control(
                        "POST", QStringLiteral("/_stub/tasks"), QJsonDocument(body).toJson())[QStringLiteral("tasks")]
                    .toArray()
                    .isEmpty();
    };
    const QByteArray webJson = QJsonDocument(web).toJson();

    auto agent = [&](const QString& name, int n, const QString& app) {
        Agent a;
        a.name = tag + u'-' + name; // its work directory, stop file and task id: one set per row
        a.ip = QStringLiteral("127.0.0.%1").arg(n);
        a.taskId = QString(app).mid(1).replace(u'/', u'_') + QStringLiteral(".task-") + a.name;
        a.stopFile = m_dir.filePath(QStringLiteral("stop-") + a.name);
        return a;
    };
    std::array<Agent, 5> agents { agent(QStringLiteral("a"), 2, QStringLiteral("/shop/web")),
        agent(QStringLiteral("b"), 3, QStringLiteral("/shop/web")),
        agent(QStringLiteral("c"), 4, QStringLiteral("/shop/web")),
        agent(QStringLiteral("d"), 5, QStringLiteral("/shop/web")),
        agent(QStringLiteral("e"), 6, QStringLiteral("/shop/other")) };
    auto& [a, b, c, d, e] = agents;
    // A task of another ring on a further agent: listed by Marathon, never a member.
    QVERIFY(addTask(QStringLiteral("/else/where"), QStringLiteral("else_where.x"), QStringLiteral("127.0.0.9"),
        { 33000, 33001, 33002, 33003 }, QStringLiteral("127.0.0.9")));
    auto cleanup = qScopeGuard([&] {
        for (Agent& x : agents) {
            if (x.process && x.process->state() != QProcess::NotRunning)
                finishAgent(x);
        }
    });
    const auto why = [&](const Agent& x) -> QString {
        return x.name + QStringLiteral(" members: ") + x.record(QStringLiteral("members"))
            + QStringLiteral(" peers file: ")
            + QString::fromUtf8(readBytes(x.sandbox() + RingPeerScript::peerWatchFile())) + QStringLiteral(" events: ")
            + x.record(QStringLiteral("events.log")) + x.record(QStringLiteral("gossip.err"))
            + QStringLiteral(" stderr: ")
            + QString::fromUtf8(readBytes(x.sandbox() + QStringLiteral("/stderr")).right(800));
    };

    int begin = 31000;
    for (Agent* x : { &a, &b, &c }) {
        QVERIFY2(startAgent(*x, webJson, begin, url).ok(), "the agent stand-in did not start");
        begin += 100;
    }
    for (Agent* x : { &a, &b, &c })
        QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo::exists(x->sandbox() + QStringLiteral("/standin-records/ring.ready")),
            qPrintable(why(*x)), 60000);
    auto members = [](const Agent& x) { return x.record(QStringLiteral("members")).split(u'\n', Qt::SkipEmptyParts); };
    QTRY_COMPARE_WITH_TIMEOUT(members(a), (QStringList { member(b), member(c) }), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(members(b), (QStringList { member(a), member(c) }), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(members(c), (QStringList { member(a), member(b) }), 10000);
    // Marathon was asked by label, with the tasks embedded.
    QVERIFY2(
        marathon.requestsSeen().contains(QStringLiteral("GET /v2/apps?label=habmesos.ring%3D%3Dshop&embed=apps.tasks")),
        qPrintable(marathon.requestsSeen().join(u'\n')));
    if (layout == DeploymentLayout::Harts) {
        // What follows is the peer loop's and Marathon's, the same in both layouts: the harts row
        // shows the ring forming and the tasks ending cleanly, and saves CI two more tasks.
        for (Agent* x : { &a, &b, &c }) {
            const QString ended = finishAgent(*x);
            QVERIFY2(ended.isEmpty(), qPrintable(ended));
        }
        return;
    }

    // a is killed; Marathon starts d in its place.
    // (the agent takes it off Marathon's list when it has ended)
    QString ended = finishAgent(a);
    QVERIFY2(ended.isEmpty(), qPrintable(ended));
    QVERIFY2(startAgent(d, webJson, begin, url).ok(), "the agent stand-in did not start");
    begin += 100;
    QTRY_VERIFY2_WITH_TIMEOUT(
        QFileInfo::exists(d.sandbox() + QStringLiteral("/standin-records/ring.ready")), qPrintable(why(d)), 60000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        members(d).contains(member(b)) && members(d).contains(member(c)), qPrintable(why(d)), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(members(b).contains(member(d)), qPrintable(why(b)), 10000);

    // e, of another app of the ring, joins too.
    QVERIFY2(startAgent(e, QJsonDocument(other).toJson(), begin, url).ok(), "the agent stand-in did not start");
    QTRY_VERIFY2_WITH_TIMEOUT(
        QFileInfo::exists(e.sandbox() + QStringLiteral("/standin-records/ring.ready")), qPrintable(why(e)), 60000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        members(e).contains(member(b)) && members(e).contains(member(c)) && members(e).contains(member(d)),
        qPrintable(why(e)), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(members(c).contains(member(e)), qPrintable(why(c)), 10000);
    for (Agent* x : { &b, &c, &d, &e }) {
        QVERIFY2(!x->record(QStringLiteral("members")).contains(QLatin1String("127.0.0.9")), qPrintable(why(*x)));
        const QString peers = QString::fromUtf8(readBytes(x->sandbox() + RingPeerScript::peerWatchFile()));
        QVERIFY2(!peers.contains(x->ip + u':'), qPrintable(peers)); // never itself
    }
    for (Agent* x : { &b, &c, &d, &e }) {
        ended = finishAgent(*x);
        QVERIFY2(ended.isEmpty(), qPrintable(ended));
    }
}

QTEST_GUILESS_MAIN(tst_Ring)
#include "tst_ring.moc"
