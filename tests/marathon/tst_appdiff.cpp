// SPDX-License-Identifier: Apache-2.0
#include "marathon/appdiff.h"
#include "marathon/marathonclient.h"
#include "marathon/marathonreply.h"
#include "marathon/marathonstub.h"
#include "support/testwait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace habmesos;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

// What the window sends for a Habitat service (a representative subset).
const char* const Sent
    = "{\"id\":\"/acme/redis\",\"cmd\":\"hab sup run\",\"cpus\":0.5,\"mem\":256,\"disk\":0,\"instances\":1,"
      "\"user\":\"root\",\"env\":{\"HAB_REDIS\":\"port = 6379\"},\"labels\":{\"team\":\"a\"},"
      "\"fetch\":[{\"uri\":\"https://files/acme-redis.tgz\",\"extract\":true,\"cache\":false}],"
      "\"portDefinitions\":[{\"port\":0,\"name\":\"redis\",\"protocol\":\"tcp\"},{\"port\":0,\"name\":\"ssl-port\"}],"
      "\"healthChecks\":[{\"protocol\":\"HTTP\",\"path\":\"/health\",\"portIndex\":0,\"gracePeriodSeconds\":60}],"
      "\"constraints\":[[\"hostname\",\"UNIQUE\"]],\"taskKillGracePeriodSeconds\":40}";

} // namespace

class tst_AppDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unchangedAppShowsNoChange();
    void unchangedOnTheStandIn();
    void changesInOperatorWords();
    void serverOnlyFieldsAreKept();
};

void tst_AppDiff::unchangedAppShowsNoChange()
{
    // As GET /v2/apps/{id} answers: server-set fields, filled-in defaults, ports picked.
    QJsonObject running = parse(Sent);
    running.insert(QStringLiteral("version"), QStringLiteral("2015-09-25T15:13:48.343Z"));
    running.insert(QStringLiteral("versionInfo"), QJsonObject { { QStringLiteral("lastScalingAt"), 1 } });
    running.insert(QStringLiteral("tasksRunning"), 1);
    running.insert(
        QStringLiteral("tasks"), QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("t") } } });
    running.insert(QStringLiteral("deployments"), QJsonArray());
    running.insert(
        QStringLiteral("lastTaskFailure"), QJsonObject { { QStringLiteral("message"), QStringLiteral("x") } });
    running.insert(QStringLiteral("backoffSeconds"), 1);
    running.insert(QStringLiteral("portDefinitions"),
        parse("{\"p\":[{\"port\":10000,\"name\":\"redis\",\"protocol\":\"tcp\",\"labels\":{}},"
              "{\"port\":10001,\"name\":\"ssl-port\",\"protocol\":\"tcp\",\"labels\":{}}]}")
            .value(QStringLiteral("p")));
    running.insert(QStringLiteral("fetch"),
        parse("{\"f\":[{\"uri\":\"https://files/"
              "acme-redis.tgz\",\"extract\":true,\"executable\":false,\"cache\":false}]}")
            .value(QStringLiteral("f")));
    running.insert(QStringLiteral("healthChecks"),
        parse("{\"h\":[{\"protocol\":\"HTTP\",\"path\":\"/"
              "health\",\"portIndex\":0,\"gracePeriodSeconds\":60,\"intervalSeconds\":60,"
              "\"timeoutSeconds\":20,\"maxConsecutiveFailures\":3,\"delaySeconds\":15,\"ignoreHttp1xx\":false}]}")
            .value(QStringLiteral("h")));
    const AppDiff::Changes changes = AppDiff::compare(running, parse(Sent));
    QVERIFY2(changes.isEmpty(), qPrintable(AppDiff::describe(changes)));
}

void tst_AppDiff::unchangedOnTheStandIn()
{
    test::MarathonStub stub;
    QVERIFY2(stub.start(), qPrintable(stub.errorText()));
    MarathonClient::Options o;
    o.url = stub.url();
    MarathonClient client(o);
    const QByteArray sent = QJsonDocument(parse(Sent)).toJson(QJsonDocument::Compact);
    MarathonReply* create = client.createApp(sent);
    QTRY_VERIFY_WITH_TIMEOUT(create->isFinished(), test::WaitMs);
    QVERIFY2(create->ok(), qPrintable(create->error().message()));
    MarathonReply* get = client.getApp(QStringLiteral("/acme/redis"));
    QTRY_VERIFY_WITH_TIMEOUT(get->isFinished(), test::WaitMs);
    QVERIFY2(get->ok(), qPrintable(get->error().message()));
    const QJsonObject running = get->json().value(QStringLiteral("app")).toObject();
    QVERIFY(running.contains(QStringLiteral("version")));
    const AppDiff::Changes changes = AppDiff::compare(running, parse(Sent));
    QVERIFY2(changes.isEmpty(), qPrintable(AppDiff::describe(changes)));

    QJsonObject edited = parse(Sent);
    edited.insert(QStringLiteral("cpus"), 1);
    const AppDiff::Changes one = AppDiff::compare(running, edited);
    QCOMPARE(one.size(), 1);
    QCOMPARE(AppDiff::describe(one.first()), QStringLiteral("cpus: 0.5 → 1"));
}

void tst_AppDiff::changesInOperatorWords()
{
    const QJsonObject running = parse(Sent);
    QJsonObject next = parse(Sent);
    next.insert(QStringLiteral("env"), QJsonObject { { QStringLiteral("HAB_REDIS"), QStringLiteral("port = 6380") } });
    next.insert(QStringLiteral("labels"), QJsonObject { { QStringLiteral("owner"), QStringLiteral("b") } });
    next.insert(QStringLiteral("portDefinitions"),
        parse("{\"p\":[{\"port\":0,\"name\":\"redis\",\"protocol\":\"tcp\"},{\"port\":8443,\"name\":\"ssl-port\"}]}")
            .value(QStringLiteral("p")));
    next.insert(
        QStringLiteral("constraints"), parse("{\"c\":[[\"rack\",\"CLUSTER\",\"a\"]]}").value(QStringLiteral("c")));
    next.insert(QStringLiteral("fetch"), QJsonArray());
    const AppDiff::Changes changes = AppDiff::compare(running, next);
    const QString text = AppDiff::describe(changes);
    QVERIFY2(text.contains(QStringLiteral("env HAB_REDIS: port = 6379 → port = 6380")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("label owner: added (b)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("label team: removed (was a)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("port ssl-port number: 0 → 8443")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("constraint rack CLUSTER a: added")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("constraint hostname UNIQUE: removed")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("download 1: removed (was https://files/acme-redis.tgz)")), qPrintable(text));
    QCOMPARE(changes.size(), 7);
    for (const AppDiff::Change& c : changes)
        QVERIFY2(!c.field.isEmpty(), qPrintable(c.what));
}

void tst_AppDiff::serverOnlyFieldsAreKept()
{
    // A partial update leaves what it does not name: no change is shown for it.
    QJsonObject running = parse(Sent);
    running.insert(QStringLiteral("acceptedResourceRoles"), QJsonArray { QStringLiteral("slave_public") });
    running.insert(QStringLiteral("args"), QJsonValue());
    QVERIFY(AppDiff::compare(running, parse(Sent)).isEmpty());
}

QTEST_GUILESS_MAIN(tst_AppDiff)
#include "tst_appdiff.moc"
