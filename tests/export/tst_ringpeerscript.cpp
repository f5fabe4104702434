// SPDX-License-Identifier: Apache-2.0
// RingPeerScript: the peer-file loop run with Debian's busybox against a canned Marathon task
// list (one round: HABMESOS_RING_ONCE), and the file it writes.
#include "export/ringpeerscript.h"
#include "marathon/habitatappbuilder.h"
#include "support/cannedhttpserver.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace habmesos;
using namespace habmesos::test;

class tst_RingPeerScript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesAgree();
    void writesTheRingsOtherTasks();

private:
    // Runs one round of the script; returns its stderr.
    QString runOnce(const QString& peerFile, const QProcessEnvironment& env);
    QTemporaryDir m_dir;
};

namespace {

// Two apps of the ring as GET /v2/apps?embed=apps.tasks gives them (MAR v2/apps.raml,
// types/task.raml), with keys in odd orders, white space, and strings holding JSON's own
// punctuation and escaped quotes.
const QByteArray taskList = R"JSON({"apps": [
 {"id": "/shop/web", "cmd": "echo \"{[,:]}\" \\\" done", "labels": {"habmesos.ring": "shop"},
  "portDefinitions": [{"port": 0, "name": "http", "protocol": "tcp"},
                      {"protocol": "udp,tcp", "name": "hab-gossip", "port": 0}],
  "tasks": [
   {"id": "shop_web.self", "host": "10.0.0.1", "ports": [31000, 31001], "state": "TASK_RUNNING",
    "ipAddresses": [{"ipAddress": "10.0.0.1", "protocol": "IPv4"}]},
   {"state": "TASK_RUNNING", "ports": [31100, 31101], "host": "agent-b.example",
    "ipAddresses": [{"protocol": "IPv6", "ipAddress": "fd00::2"}, {"ipAddress": "10.0.0.2", "protocol": "IPv4"}],
    "id": "shop_web.b"},
   {"id": "shop_web.c", "host": "10.0.0.3", "ports": [31200, 31201], "state": "TASK_RUNNING"},
   {"id": "shop_web.staging", "host": "10.0.0.9", "ports": [31300, 31301], "state": "TASK_STAGING"}
  ]},
 {"tasks":[{"id":"shop_db.a","host":"10.0.0.4","ports":[32000,32001],"state":"TASK_RUNNING",
  "ipAddresses":[{"ipAddress":"10.0.0.4","protocol":"IPv4"}]}],
  "portDefinitions":[{"port":0,"name":"hab-gossip","protocol":"udp,tcp"},{"port":0,"name":"db"}],
  "id":"/shop/db"},
 {"id": "/shop/nogossip", "portDefinitions": [{"port": 0, "name": "x"}],
  "tasks": [{"id": "n.1", "host": "10.0.0.5", "ports": [1], "state": "TASK_RUNNING"}]}
]})JSON";

} // namespace

void tst_RingPeerScript::namesAgree()
{
    QCOMPARE(RingPeerScript::gossipPortName(), HabitatAppBuilder::gossipPortName());
    const QByteArray s = RingPeerScript::script(QStringLiteral("/hab/pkgs/core/busybox-static/1/2/bin/busybox"));
    QVERIFY(s.startsWith("#!/hab/pkgs/core/busybox-static/1/2/bin/sh\n"));
    QVERIFY(s.contains("bb=/hab/pkgs/core/busybox-static/1/2/bin/busybox\n"));
}

QString tst_RingPeerScript::runOnce(const QString& peerFile, const QProcessEnvironment& env)
{
    QByteArray script = RingPeerScript::script(QStringLiteral("/bin/busybox"));
    script.replace(RingPeerScript::peerWatchFile().toUtf8(), QFile::encodeName(peerFile));
    QFile f(m_dir.filePath(QStringLiteral("ringpeers.sh")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write the script");
    f.write(script);
    f.close();
    QProcess p;
    QProcessEnvironment e = env;
    e.insert(QStringLiteral("HABMESOS_RING_ONCE"), QStringLiteral("1"));
    p.setProcessEnvironment(e);
    QEventLoop loop; // the canned server answers from this event loop
    connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    p.start(QStringLiteral("/bin/busybox"), { QStringLiteral("sh"), f.fileName() });
    loop.exec();
    return QString::fromUtf8(p.readAllStandardError());
}

void tst_RingPeerScript::writesTheRingsOtherTasks()
{
    if (!QFileInfo(QStringLiteral("/bin/busybox")).isExecutable())
        QSKIP("needs Debian's busybox-static");
    QVERIFY(m_dir.isValid());
    CannedHttpServer server(200, taskList);
    QVERIFY(server.listen());
    const QString peers = m_dir.filePath(QStringLiteral("peers"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent")); // busybox by its path only
    env.insert(QStringLiteral("MESOS_TASK_ID"), QStringLiteral("shop_web.self"));
    env.insert(QStringLiteral("HABMESOS_RING"), QStringLiteral("shop"));
    env.insert(QStringLiteral("HABMESOS_MARATHON_URL"),
        server.url().toString(QUrl::StripTrailingSlash) + QStringLiteral("/marathon/"));
    env.insert(QStringLiteral("HABMESOS_MARATHON_AUTH"), QStringLiteral("token=s3cret"));
    env.insert(QStringLiteral("HABMESOS_RING_PEERS"), QStringLiteral("10.1.1.1 10.1.1.2:4000"));
    const QString err = runOnce(peers, env);
    QFile out(peers);
    QVERIFY2(out.open(QIODevice::ReadOnly), qPrintable(err));
    // IPv4 addresses only, the gossip port by its name in each app, itself and the staging
    // task left out, the fixed peers with the default port, sorted.
    QCOMPARE(QString::fromUtf8(out.readAll()),
        QStringLiteral("10.0.0.2:31101\n10.0.0.3:31201\n10.0.0.4:32000\n10.1.1.1:9638\n10.1.1.2:4000\n"));
    QVERIFY2(!err.contains(QLatin1String("s3cret")), qPrintable(err));
    QCOMPARE(server.requests().size(), 1);
    const QByteArray request = server.requests().first();
    QVERIFY2(request.startsWith("GET /marathon/v2/apps?label=habmesos.ring%3D%3Dshop&embed=apps.tasks HTTP/1.0\r\n"),
        request.constData());
    QVERIFY2(request.contains("\r\nAuthorization: token=s3cret\r\n"), request.constData());
    QVERIFY(QFileInfo(m_dir.path()).isDir());
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("peers.tmp*") }, QDir::Files).size(), 0);

    // Marathon answers an error: the file stays as it was.
    CannedHttpServer failing(503, "{}");
    QVERIFY(failing.listen());
    env.insert(QStringLiteral("HABMESOS_MARATHON_URL"), failing.url().toString());
    const QString err2 = runOnce(peers, env);
    QVERIFY2(err2.contains(QLatin1String("cannot read the ring's task list")), qPrintable(err2));
    QVERIFY(out.seek(0));
    QCOMPARE(out.readAll().count('\n'), 5);

    // https with a secret: refused, said, and never sent anywhere.
    env.insert(QStringLiteral("HABMESOS_MARATHON_URL"), QStringLiteral("https://127.0.0.1:1"));
    const QString err3 = runOnce(peers, env);
    QVERIFY2(err3.contains(QLatin1String("HABMESOS_MARATHON_AUTH")) && !err3.contains(QLatin1String("s3cret")),
        qPrintable(err3));
}

QTEST_GUILESS_MAIN(tst_RingPeerScript)
#include "tst_ringpeerscript.moc"
