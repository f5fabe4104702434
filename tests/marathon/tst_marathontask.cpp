// SPDX-License-Identifier: Apache-2.0
// MarathonTask: Marathon's task list (GET /v2/apps/{id}/tasks) read strictly, as the RAML's
// task.Task describes it; and MarathonClient::appTasks asking for it.
#include "marathon/marathonclient.h"
#include "marathon/marathonreply.h"
#include "marathon/marathontask.h"
#include "support/cannedhttpserver.h"
#include "support/testpaths.h"
#include "support/testwait.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace habmesos;

namespace {

const QByteArray TwoTasks = R"({"tasks": [
  {"appId": "/acme/redis", "host": "agent-1.example", "id": "acme_redis.instance-1",
   "ipAddresses": [{"ipAddress": "fd00::1", "protocol": "IPv6"}, {"ipAddress": "10.0.0.11", "protocol": "IPv4"}],
   "ports": [31001, 31002, 31003], "servicePorts": [10000], "slaveId": "agent0", "state": "TASK_RUNNING",
   "stagedAt": "2026-12-03T10:00:00.000Z", "startedAt": "2026-12-03T10:00:05.000Z",
   "version": "2026-12-03T09:59:00.000Z", "role": "*",
   "healthCheckResults": [{"alive": true, "consecutiveFailures": 0, "firstSuccess": "2026-12-03T10:00:20.000Z",
     "instanceId": "acme_redis.marathon-1", "lastSuccess": "2026-12-03T10:01:20.000Z"}]},
  {"appId": "/acme/redis", "host": "agent-2.example", "id": "acme_redis.instance-2",
   "ports": [31004, 31005, 31006], "state": "TASK_STAGING",
   "healthCheckResults": [{"alive": false, "consecutiveFailures": 3, "instanceId": "acme_redis.marathon-2",
     "lastFailureCause": "connection refused"}]}
]})";

} // namespace

class TestMarathonTask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheList()
    {
        const Result<QList<MarathonTask>> tasks = MarathonTask::listFromJson(TwoTasks);
        QVERIFY2(tasks.ok(), qPrintable(tasks.error()));
        QCOMPARE(tasks->size(), 2);
        const MarathonTask& a = tasks->at(0);
        QCOMPARE(a.id, QStringLiteral("acme_redis.instance-1"));
        QCOMPARE(a.appId, QStringLiteral("/acme/redis"));
        QCOMPARE(a.host, QStringLiteral("agent-1.example"));
        QCOMPARE(a.ports, QList<int>({ 31001, 31002, 31003 }));
        QCOMPARE(a.state, QStringLiteral("TASK_RUNNING"));
        QCOMPARE(a.startedAt, QStringLiteral("2026-12-03T10:00:05.000Z"));
        QCOMPARE(a.version, QStringLiteral("2026-12-03T09:59:00.000Z"));
        QCOMPARE(a.slaveId, QStringLiteral("agent0"));
        QCOMPARE(a.ipAddresses.size(), 2);
        // The first IPv4 address, not the first address nor the host name.
        QCOMPARE(a.address(), QStringLiteral("10.0.0.11"));
        QCOMPARE(a.healthy(), std::optional<bool>(true));
        const MarathonTask& b = tasks->at(1);
        QCOMPARE(b.address(), QStringLiteral("agent-2.example"));
        QCOMPARE(b.healthy(), std::optional<bool>(false));
        QCOMPARE(b.healthCheckResults.value(0).consecutiveFailures, 3);
        QCOMPARE(b.healthCheckResults.value(0).lastFailureCause, QStringLiteral("connection refused"));
    }

    void readsTheRamlExample()
    {
        // Marathon's own example of the answer (apps.raml, GET /v2/apps/{app_id}/tasks).
        if (test::sharedDir().isEmpty())
            QSKIP("../shared is not beside this checkout");
        QFile f(test::sharedDir() + QStringLiteral("/marathon/schema/raml/v2/examples/app_tasks.json"));
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("the RAML examples are not in ../shared");
        const Result<QList<MarathonTask>> tasks = MarathonTask::listFromJson(f.readAll());
        QVERIFY2(tasks.ok(), qPrintable(tasks.error()));
        QCOMPARE(tasks->size(), 1);
        QCOMPARE(tasks->at(0).state, QStringLiteral("TASK_STAGING"));
        QCOMPARE(tasks->at(0).ports, QList<int>({ 31756 }));
        QCOMPARE(tasks->at(0).healthy(), std::nullopt);
    }

    void emptyList()
    {
        const Result<QList<MarathonTask>> tasks = MarathonTask::listFromJson(R"({"tasks": []})");
        QVERIFY(tasks.ok());
        QVERIFY(tasks->isEmpty());
    }

    void strictErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const QByteArray ok = R"("appId": "/a", "host": "h", "state": "TASK_RUNNING")";
        auto task
            = [&ok](const QByteArray& more) -> QByteArray { return R"({"tasks": [{"id": "t1", )" + ok + more + "}]}"; };
        QTest::newRow("not json") << QByteArray("<html>") << "is not JSON (it starts with “<html>”)";
        QTest::newRow("empty") << QByteArray() << "is not JSON (the body is empty)";
        QTest::newRow("array") << QByteArray("[]") << "is not JSON";
        QTest::newRow("no tasks") << QByteArray(R"({"app": {}})") << "has no “tasks” list";
        QTest::newRow("task not object") << QByteArray(R"({"tasks": [3]})") << "task 1 of the list is not an object";
        QTest::newRow("no id") << QByteArray(R"({"tasks": [{"host": "h"}]})") << "task 1 of the list has no “id”";
        QTest::newRow("no host") << QByteArray(R"({"tasks": [{"id": "t1", "appId": "/a", "state": "TASK_RUNNING"}]})")
                                 << "task t1 has no “host”";
        QTest::newRow("state form") << QByteArray(
            R"({"tasks": [{"id": "t1", "appId": "/a", "host": "h", "state": "up"}]})")
                                    << "task t1: “state” is “up”, not a Mesos task state";
        QTest::newRow("host number") << QByteArray(
            R"({"tasks": [{"id": "t1", "appId": "/a", "host": 7, "state": "TASK_RUNNING"}]})")
                                     << "task t1: “host” is not text";
        QTest::newRow("ports not list") << task(R"(, "ports": 31000)") << "task t1: “ports” is not a list";
        QTest::newRow("port text") << task(R"(, "ports": [31000, "31001"])") << "task t1: port 2 is not a port number";
        QTest::newRow("port range") << task(R"(, "ports": [70000])") << "task t1: port 1 is not a port number";
        QTest::newRow("port fraction") << task(R"(, "ports": [1.5])") << "task t1: port 1 is not a port number";
        QTest::newRow("ip not object") << task(R"(, "ipAddresses": ["10.0.0.1"])")
                                       << "task t1: address 1 is not an object";
        QTest::newRow("ip protocol") << task(R"(, "ipAddresses": [{"ipAddress": "10.0.0.1", "protocol": "IPX"}])")
                                     << "task t1, address 1: protocol “IPX” is neither IPv4 nor IPv6";
        QTest::newRow("ip form") << task(R"(, "ipAddresses": [{"ipAddress": "ten", "protocol": "IPv4"}])")
                                 << "task t1, address 1: “ten” is not an IP address";
        QTest::newRow("ip missing") << task(R"(, "ipAddresses": [{"protocol": "IPv4"}])")
                                    << "task t1, address 1 has no “ipAddress”";
        QTest::newRow("health alive") << task(R"(, "healthCheckResults": [{"alive": "yes"}])")
                                      << "task t1, health check result 1: “alive” is not true or false";
        QTest::newRow("health failures") << task(
            R"(, "healthCheckResults": [{"alive": true, "consecutiveFailures": -1}])")
                                         << "task t1, health check result 1: “consecutiveFailures” is not a count";
        QTest::newRow("startedAt") << task(R"(, "startedAt": 12)") << "task t1: “startedAt” is not text";
    }

    void strictErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Result<QList<MarathonTask>> tasks = MarathonTask::listFromJson(body);
        QVERIFY(!tasks.ok());
        QVERIFY2(tasks.error().contains(message), qPrintable(tasks.error()));
        QCOMPARE(tasks.errorKind(), ErrorKind::Network);
    }

    void optionalFieldsMayBeNull()
    {
        const Result<QList<MarathonTask>> tasks = MarathonTask::listFromJson(
            R"({"tasks": [{"id": "t", "appId": "/a", "host": "h", "state": "TASK_RUNNING", "startedAt": null,
                "ports": null, "ipAddresses": null}]})");
        QVERIFY2(tasks.ok(), qPrintable(tasks.error()));
        QVERIFY(tasks->at(0).startedAt.isEmpty());
    }

    void clientAsksForTheTasks()
    {
        test::CannedHttpServer server(200, TwoTasks);
        QVERIFY(server.listen());
        MarathonClient::Options o;
        o.url = server.url();
        o.auth = MarathonAuth::basic(QStringLiteral("ops"), QStringLiteral("pw"));
        MarathonClient client(o);
        MarathonReply* reply = client.appTasks(QStringLiteral("/acme/redis"));
        QSignalSpy finished(reply, &MarathonReply::finished);
        QVERIFY(finished.wait(test::WaitMs));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
        QCOMPARE(server.requestLines(), QStringList({ "GET /v2/apps/acme/redis/tasks HTTP/1.1" }));
        QVERIFY(server.requests().value(0).contains("Authorization: Basic "));
        const Result<QList<MarathonTask>> tasks = MarathonTask::listFromJson(reply->body());
        QVERIFY(tasks.ok());
        QCOMPARE(tasks->size(), 2);
        delete reply;
    }

    void clientSaysWhichAppIsMissing()
    {
        test::CannedHttpServer server(404, R"({"message": "App '/acme/none' does not exist"})");
        QVERIFY(server.listen());
        MarathonClient::Options o;
        o.url = server.url();
        MarathonClient client(o);
        MarathonReply* reply = client.appTasks(QStringLiteral("acme/none"));
        QSignalSpy finished(reply, &MarathonReply::finished);
        QVERIFY(finished.wait(test::WaitMs));
        QVERIFY(!reply->ok());
        QVERIFY2(reply->error().message().contains(QStringLiteral("Listing the tasks of acme/none")),
            qPrintable(reply->error().message()));
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TestMarathonTask)
#include "tst_marathontask.moc"
