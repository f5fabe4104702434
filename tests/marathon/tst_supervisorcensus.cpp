// SPDX-License-Identifier: Apache-2.0
// SupervisorCensus: the census of each task's Supervisor (GET /census on its HTTP gateway), read
// from answers in Habitat's own shape (components/sup/src/census.rs), and the rings they show;
// the gateway's 401 with and without a token, an answer that is no census, a port nobody
// listens on.
#include "marathon/censusfixture.h"
#include "marathon/marathontask.h"
#include "marathon/supervisorcensus.h"
#include "support/cannedhttpserver.h"
#include "support/faultyhttpserver.h"
#include "support/testwait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace habmesos;
using test::CannedHttpServer;
using test::census;
using M = test::CensusMember;

namespace {

// A task whose second port (index 1) is the gateway's.
MarathonTask task(const QString& id, int httpPort)
{
    MarathonTask t;
    t.id = id;
    t.appId = QStringLiteral("/acme/redis");
    t.host = QStringLiteral("localhost");
    t.state = QStringLiteral("TASK_RUNNING");
    t.ipAddresses = { { QStringLiteral("127.0.0.1"), QStringLiteral("IPv4") } };
    t.ports = { 31000, httpPort };
    return t;
}

// Asks the tasks and waits for every answer.
QList<SupervisorCensus::Answer> ask(const QList<MarathonTask>& tasks, SupervisorCensus::Options o = {})
{
    SupervisorCensus c(o);
    QList<SupervisorCensus::Answer> out;
    int answered = 0;
    bool done = false;
    QObject::connect(
        &c, &SupervisorCensus::answered, [&answered](int, const SupervisorCensus::Answer&) { ++answered; });
    QObject::connect(&c, &SupervisorCensus::finished, [&](const QList<SupervisorCensus::Answer>& a) {
        out = a;
        done = true;
    });
    c.ask(tasks, 1);
    if (!QTest::qWaitFor([&done] { return done; }, test::WaitMs))
        qWarning("the census never finished");
    if (answered != tasks.size())
        qWarning("%d answers for %d tasks", answered, int(tasks.size()));
    return out;
}

int deadPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const int port = s.serverPort();
    s.close();
    return port;
}

} // namespace

class TestSupervisorCensus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsHabitatsShape()
    {
        const Result<SupervisorCensus::Census> c = SupervisorCensus::Census::fromJson(census(QStringLiteral("aaa"),
            { { "aaa", "alive", true }, { "bbb", "suspect" }, { "ccc", "confirmed" }, { "ddd", "departed" } },
            QStringLiteral("aaa")));
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE(c->localMemberId, QStringLiteral("aaa"));
        QCOMPARE(c->groups.size(), 1);
        const SupervisorCensus::Group& g = c->groups[0];
        QCOMPARE(g.serviceGroup, QStringLiteral("redis.default"));
        QCOMPARE(g.leaderId, QStringLiteral("aaa"));
        QCOMPARE(g.electionStatus, QStringLiteral("ElectionFinished"));
        QVERIFY(g.updateLeaderId.isEmpty());
        QCOMPARE(g.population.size(), 4);
        const SupervisorCensus::Member& a = g.population[0];
        QCOMPARE(a.memberId, QStringLiteral("aaa"));
        QVERIFY(a.leader);
        QCOMPARE(a.health, SupervisorCensus::Health::Alive);
        QCOMPARE(a.package, QStringLiteral("core/redis/7.0.12/20260101000000"));
        QCOMPARE(a.ip, QStringLiteral("10.0.0.3"));
        QCOMPARE(a.gossipPort, 9638);
        QCOMPARE(a.hostname, QStringLiteral("agent-aaa"));
        QCOMPARE(g.population[1].health, SupervisorCensus::Health::Suspect);
        QCOMPARE(g.population[2].health, SupervisorCensus::Health::Confirmed);
        QCOMPARE(g.population[3].health, SupervisorCensus::Health::Departed);
        QVERIFY(c->sees(QStringLiteral("bbb"))); // suspect: still in the ring
        QVERIFY(!c->sees(QStringLiteral("ccc")));
        QVERIFY(!c->sees(QStringLiteral("zzz")));
    }

    void strictErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("html") << QByteArray("<html>hi") << "the answer is not JSON; it starts with “<html>hi”";
        QTest::newRow("empty") << QByteArray("") << "the answer is empty";
        QTest::newRow("no groups") << QByteArray(R"({"local_member_id": "a"})")
                                   << "the census: “census_groups” is missing";
        QTest::newRow("no local") << QByteArray(R"({"census_groups": {}})")
                                  << "the census: “local_member_id” is missing";
        QTest::newRow("group not object") << QByteArray(R"({"local_member_id": "a", "census_groups": {"x.y": 1}})")
                                          << "service group x.y is not an object";
        QByteArray wrongId = census(QStringLiteral("a"), { { "a" } });
        wrongId.replace(R"("member_id":"a")", R"("member_id":"b")");
        QTest::newRow("member id") << wrongId << "service group redis.default, member a is listed under another id";
        QByteArray alive = census(QStringLiteral("a"), { { "a" } });
        alive.replace(R"("alive":true)", R"("alive":"yes")");
        QTest::newRow("alive") << alive << "member a: “alive” is not true or false";
        QByteArray port = census(QStringLiteral("a"), { { "a" } });
        port.replace(R"("gossip_port":9638)", R"("gossip_port":"9638")");
        QTest::newRow("gossip port") << port << "member a, “sys”: “gossip_port” is not a port number";
        QByteArray leader = census(QStringLiteral("a"), { { "a" } });
        leader.replace(R"("leader_id":null)", R"("leader_id":7)");
        QTest::newRow("leader id") << leader << "service group redis.default: “leader_id” is not text";
    }

    void strictErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Result<SupervisorCensus::Census> c = SupervisorCensus::Census::fromJson(body);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().contains(message), qPrintable(c.error()));
    }

    void portIndex()
    {
        const QJsonObject host = QJsonDocument::fromJson(R"({"id": "/a", "portDefinitions": [
            {"port": 0, "name": "port"}, {"port": 0, "name": "hab-gossip"}, {"port": 0, "name": "hab-http"}]})")
                                     .object();
        QCOMPARE(SupervisorCensus::portIndex(host).value(), 2);
        // Bridge: a mapping without a host port gives the task no port.
        const QJsonObject bridge = QJsonDocument::fromJson(R"({"id": "/a", "container": {"portMappings": [
            {"containerPort": 80, "name": "inner"}, {"containerPort": 9638, "hostPort": 0, "name": "hab-gossip"},
            {"containerPort": 9631, "hostPort": 0, "name": "hab-http"}]}})")
                                       .object();
        QCOMPARE(SupervisorCensus::portIndex(bridge).value(), 1);
        const Result<int> none = SupervisorCensus::portIndex(
            QJsonDocument::fromJson(R"({"id": "/b", "portDefinitions": [{"port": 0, "name": "http"}]})").object());
        QVERIFY(!none.ok());
        QVERIFY2(none.error().startsWith(QStringLiteral("/b has no port named hab-http")), qPrintable(none.error()));
    }

    void oneRing()
    {
        const QList<M> all { { "aaa", "alive", true }, { "bbb" }, { "ccc" } };
        std::vector<std::unique_ptr<CannedHttpServer>> servers;
        QList<MarathonTask> tasks;
        for (const char* local : { "aaa", "bbb", "ccc" }) {
            servers.push_back(std::make_unique<CannedHttpServer>(200, census(QLatin1String(local), all, "aaa")));
            QVERIFY(servers.back()->listen());
            tasks.append(task(QStringLiteral("redis.%1").arg(QLatin1String(local)), servers.back()->url().port()));
        }
        SupervisorCensus::Options o;
        o.parallel = 2; // fewer than the tasks: the third waits for a place
        const QList<SupervisorCensus::Answer> answers = ask(tasks, o);
        QCOMPARE(answers.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(answers[i].ok(), qPrintable(answers[i].error));
            QCOMPARE(answers[i].task.id, tasks[i].id); // in the tasks' order
            QCOMPARE(servers[i]->requestLines(), QStringList({ "GET /census HTTP/1.1" }));
            // No token given: none sent.
            QVERIFY(!servers[i]->requests().value(0).contains("Authorization"));
        }
        QCOMPARE(answers[1].census.localMemberId, QStringLiteral("bbb"));
        QCOMPARE(answers[1].endpoint, QStringLiteral("127.0.0.1:%1").arg(servers[1]->url().port()));
        const QList<QList<int>> rings = SupervisorCensus::rings(answers);
        QCOMPARE(rings, QList<QList<int>>({ { 0, 1, 2 } }));
        QVERIFY(SupervisorCensus::seeEachOther(answers, rings[0]));
    }

    void twoRings()
    {
        // aaa and bbb gossip together; ccc is alone (a ring of one).
        CannedHttpServer a(200, census(QStringLiteral("aaa"), { { "aaa" }, { "bbb" } }));
        CannedHttpServer b(200, census(QStringLiteral("bbb"), { { "aaa" }, { "bbb" } }));
        CannedHttpServer c(200, census(QStringLiteral("ccc"), { { "ccc" }, { "aaa", "confirmed" } }));
        QVERIFY(a.listen() && b.listen() && c.listen());
        const QList<SupervisorCensus::Answer> answers = ask({ task(QStringLiteral("t-c"), c.url().port()),
            task(QStringLiteral("t-a"), a.url().port()), task(QStringLiteral("t-b"), b.url().port()) });
        QCOMPARE(answers.size(), 3);
        // A confirmed-dead member does not join two rings.
        QCOMPARE(SupervisorCensus::rings(answers), QList<QList<int>>({ { 1, 2 }, { 0 } }));
    }

    void oneWaySight()
    {
        // bbb sees aaa, aaa does not see bbb yet: one ring, still forming.
        CannedHttpServer a(200, census(QStringLiteral("aaa"), { { "aaa" } }));
        CannedHttpServer b(200, census(QStringLiteral("bbb"), { { "aaa" }, { "bbb" } }));
        QVERIFY(a.listen() && b.listen());
        const QList<SupervisorCensus::Answer> answers
            = ask({ task(QStringLiteral("t-a"), a.url().port()), task(QStringLiteral("t-b"), b.url().port()) });
        const QList<QList<int>> rings = SupervisorCensus::rings(answers);
        QCOMPARE(rings.size(), 1);
        QVERIFY(!SupervisorCensus::seeEachOther(answers, rings[0]));
    }

    void tokenIsSentAsBearer()
    {
        CannedHttpServer s(200, census(QStringLiteral("aaa"), { { "aaa" } }));
        QVERIFY(s.listen());
        SupervisorCensus::Options o;
        o.token = QStringLiteral("s3cret-token");
        const QList<SupervisorCensus::Answer> answers = ask({ task(QStringLiteral("t"), s.url().port()) }, o);
        QVERIFY2(answers.value(0).ok(), qPrintable(answers.value(0).error));
        QVERIFY(s.requests().value(0).contains("\r\nAuthorization: Bearer s3cret-token\r\n"));
    }

    void unauthorized()
    {
        // Habitat's gateway answers 401 with an empty body (http_gateway.rs).
        CannedHttpServer s(401, QByteArray(), QByteArrayLiteral("text/plain"));
        QVERIFY(s.listen());
        const QList<SupervisorCensus::Answer> without = ask({ task(QStringLiteral("t1"), s.url().port()) });
        QCOMPARE(without.value(0).failure, SupervisorCensus::Failure::Unauthorized);
        QVERIFY2(
            without.value(0).error.contains(QStringLiteral("Task t1 at 127.0.0.1:")), qPrintable(without[0].error));
        QVERIFY2(without.value(0).error.contains(QStringLiteral("asks for a token")), qPrintable(without[0].error));
        SupervisorCensus::Options o;
        o.token = QStringLiteral("wrong-token");
        const QList<SupervisorCensus::Answer> with = ask({ task(QStringLiteral("t1"), s.url().port()) }, o);
        QCOMPARE(with.value(0).failure, SupervisorCensus::Failure::Unauthorized);
        QVERIFY2(with.value(0).error.contains(QStringLiteral("refused the token")), qPrintable(with[0].error));
        // Never the token itself.
        QVERIFY(!with.value(0).error.contains(QStringLiteral("wrong-token")));
        QVERIFY(SupervisorCensus::rings(with).isEmpty());
    }

    void notACensus()
    {
        CannedHttpServer html(200, "<html>nginx</html>", "text/html");
        CannedHttpServer other(200, R"({"hello": "world"})");
        CannedHttpServer missing(404, "no route");
        QVERIFY(html.listen() && other.listen() && missing.listen());
        const QList<SupervisorCensus::Answer> answers = ask({ task(QStringLiteral("t-html"), html.url().port()),
            task(QStringLiteral("t-other"), other.url().port()), task(QStringLiteral("t-404"), missing.url().port()) });
        QCOMPARE(answers.value(0).failure, SupervisorCensus::Failure::NotCensus);
        QVERIFY2(answers[0].error.contains(QStringLiteral("not JSON; it starts with “<html>nginx</html>”")),
            qPrintable(answers[0].error));
        QCOMPARE(answers.value(1).failure, SupervisorCensus::Failure::NotCensus);
        QVERIFY2(answers[1].error.contains(QStringLiteral("(the census: “local_member_id” is missing)")),
            qPrintable(answers[1].error));
        QCOMPARE(answers.value(2).failure, SupervisorCensus::Failure::HttpError);
        QVERIFY2(answers[2].error.contains(QStringLiteral("answered HTTP 404")), qPrintable(answers[2].error));
    }

    void deadPortAndNoPort()
    {
        MarathonTask noPort = task(QStringLiteral("t-staging"), 0);
        noPort.ports.clear();
        const QList<SupervisorCensus::Answer> answers = ask({ task(QStringLiteral("t-dead"), deadPort()), noPort });
        QCOMPARE(answers.value(0).failure, SupervisorCensus::Failure::Refused);
        QVERIFY2(answers[0].error.contains(QStringLiteral("connection refused")), qPrintable(answers[0].error));
        QCOMPARE(answers.value(1).failure, SupervisorCensus::Failure::NoPort);
        QVERIFY2(
            answers[1].error.startsWith(QStringLiteral("Task t-staging has no port")), qPrintable(answers[1].error));
    }

    void silentGatewayTimesOut()
    {
        // Accepts the connection and never answers (a hung Supervisor, a black hole).
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SupervisorCensus::Options o;
        o.timeoutMs = 300;
        const QList<SupervisorCensus::Answer> answers = ask({ task(QStringLiteral("t-hung"), silent.serverPort()) }, o);
        QCOMPARE(answers.value(0).failure, SupervisorCensus::Failure::Timeout);
        QVERIFY2(
            answers[0].error.contains(QStringLiteral("did not answer within 1 second")), qPrintable(answers[0].error));
    }

    void guardedAnswers()
    {
        // A census that trickles for ever is cut at the deadline; one too large at the limit; one
        // cut short is not read as a census.
        test::FaultyHttpServer trickle(test::FaultyHttpServer::Fault::Trickle);
        test::FaultyHttpServer huge(test::FaultyHttpServer::Fault::Huge);
        test::FaultyHttpServer cut(
            test::FaultyHttpServer::Fault::CutShort, 200, census(QStringLiteral("a"), { { "a" } }));
        QVERIFY(trickle.listen() && huge.listen() && cut.listen());
        SupervisorCensus::Options o;
        o.deadlineMs = 500;
        o.maxReplyBytes = 1024 * 1024;
        const QList<SupervisorCensus::Answer> answers = ask(
            { task(QStringLiteral("t-trickle"), trickle.url().port()),
                task(QStringLiteral("t-huge"), huge.url().port()), task(QStringLiteral("t-cut"), cut.url().port()) },
            o);
        QCOMPARE(answers.value(0).failure, SupervisorCensus::Failure::Timeout);
        QVERIFY2(answers[0].error.contains(QStringLiteral("t-trickle")), qPrintable(answers[0].error));
        QCOMPARE(answers.value(1).failure, SupervisorCensus::Failure::NotCensus);
        QVERIFY2(answers[1].error.contains(QStringLiteral("t-huge")), qPrintable(answers[1].error));
        QCOMPARE(answers.value(2).failure, SupervisorCensus::Failure::Network);
        QVERIFY2(answers[2].error.startsWith(QStringLiteral("Task t-cut at 127.0.0.1:")), qPrintable(answers[2].error));
    }

    void noTasks() { QCOMPARE(ask({}).size(), 0); }
};

QTEST_GUILESS_MAIN(TestSupervisorCensus)
#include "tst_supervisorcensus.moc"
