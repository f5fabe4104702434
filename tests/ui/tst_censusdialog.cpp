// SPDX-License-Identifier: Apache-2.0
// The census of an app's Supervisors in the Cluster view: CensusModel's rows and verdict, and
// CensusDialog end to end (Marathon's task list and each task's gateway served by canned HTTP
// servers), the gateway token asked for on a 401 and kept in the SecretStore, and ClusterView's
// Census button.
#include "marathon/censusfixture.h"
#include "marathon/marathonclient.h"
#include "support/cannedhttpserver.h"
#include "support/testwait.h"
#include "ui/censusdialog.h"
#include "ui/censusmodel.h"
#include "ui/clusterappsmodel.h"
#include "ui/clusterview.h"
#include "ui/memorysecretstore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace habmesos;
using test::CannedHttpServer;
using test::census;
using M = test::CensusMember;

namespace {

const QJsonObject App = QJsonDocument::fromJson(R"({"id": "/acme/redis", "instances": 3, "portDefinitions": [
    {"port": 0, "name": "hab-gossip", "protocol": "udp,tcp"}, {"port": 0, "name": "hab-http"}]})")
                            .object();

SupervisorCensus::Answer answer(const QString& host, int port, const QByteArray& censusJson)
{
    SupervisorCensus::Answer a;
    a.task.id = QStringLiteral("acme_redis.") + host;
    a.task.host = host;
    a.task.state = QStringLiteral("TASK_RUNNING");
    a.endpoint = QStringLiteral("10.0.0.1:%1").arg(port);
    if (!censusJson.isEmpty())
        a.census = SupervisorCensus::Census::fromJson(censusJson).value();
    return a;
}

SupervisorCensus::Answer failed(const QString& host, const QString& why)
{
    SupervisorCensus::Answer a = answer(host, 31003, {});
    a.failure = SupervisorCensus::Failure::Refused;
    a.error = why;
    return a;
}

// A task list for tasks on 127.0.0.1 whose second port is each gateway's.
QByteArray taskList(const QList<int>& httpPorts)
{
    QJsonArray tasks;
    for (int i = 0; i < httpPorts.size(); ++i)
        tasks.append(QJsonObject { { "id", QStringLiteral("acme_redis.instance-%1").arg(i + 1) },
            { "appId", "/acme/redis" }, { "host", QStringLiteral("agent-%1").arg(i + 1) }, { "state", "TASK_RUNNING" },
            { "ports", QJsonArray { 31000 + i, httpPorts[i] } },
            { "ipAddresses", QJsonArray { QJsonObject { { "ipAddress", "127.0.0.1" }, { "protocol", "IPv4" } } } } });
    return QJsonDocument(QJsonObject { { "tasks", tasks } }).toJson();
}

// English plural forms, as habmesos_en.ts gives them ("%n ring(s)": "%n ring", "%n rings"); the
// catalogue gets this branch's messages when the lead updates it after merging.
class EnglishPlurals : public QTranslator
{
public:
    QString translate(const char*, const char* source, const char*, int n) const override
    {
        QString text = QString::fromUtf8(source);
        if (n < 0 || !text.contains(QLatin1String("(s)")))
            return {};
        return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
    bool isEmpty() const override { return false; }
};

struct Fixture
{
    std::unique_ptr<CannedHttpServer> marathon;
    std::unique_ptr<MarathonClient> client;
    MemorySecretStore secrets;
    std::unique_ptr<CensusDialog> dialog;
    QList<bool> prompts; // refused, per question
    std::optional<CensusDialog::TokenAnswer> tokenAnswer;

    bool make(const QByteArray& tasks, const QJsonObject& app = App)
    {
        marathon = std::make_unique<CannedHttpServer>(200, tasks);
        if (!marathon->listen())
            return false;
        MarathonClient::Options o;
        o.url = marathon->url();
        client = std::make_unique<MarathonClient>(o);
        dialog = std::make_unique<CensusDialog>(QStringLiteral("stub"), app);
        dialog->setClientRequest([this](auto ready, auto) { ready(client.get()); });
        dialog->setSecretStore(&secrets);
        dialog->setTokenPrompt([this](const QString&, bool, bool refused) {
            prompts.append(refused);
            return tokenAnswer;
        });
        return true;
    }

    bool run()
    {
        QSignalSpy done(dialog.get(), &CensusDialog::censusFinished);
        dialog->start();
        return done.wait(test::WaitMs);
    }

    QString storedToken()
    {
        QString out;
        bool read = false;
        secrets.readSecret(CensusDialog::tokenKey(marathon->url(), QStringLiteral("/acme/redis")), dialog.get(),
            [&](const SecretStore::Reply& r) {
                out = r.secret;
                read = true;
            });
        return QTest::qWaitFor([&read] { return read; }, test::WaitMs) ? out : QStringLiteral("(no answer)");
    }
};

} // namespace

class TestCensusDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(QCoreApplication::installTranslator(&m_plurals)); }

    void modelRows()
    {
        CensusModel model;
        const QList<M> all { { "aaa", "alive", true }, { "bbb" }, { "ccc", "suspect" } };
        model.setAnswers({ answer(QStringLiteral("agent-1"), 31001, census(QStringLiteral("aaa"), all, "aaa")),
            failed(QStringLiteral("agent-2"), QStringLiteral("Task t2 at 10.0.0.1:31003: nothing listens there")) });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(CensusModel::ColumnCount));
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data().toString(), QStringLiteral("agent-1"));
        QCOMPARE(model.index(0, CensusModel::Address).data().toString(), QStringLiteral("10.0.0.1:31001"));
        QCOMPARE(model.index(0, CensusModel::State).data().toString(), QStringLiteral("TASK_RUNNING"));
        QCOMPARE(model.index(0, CensusModel::Members).data().toString(),
            QStringLiteral("2 alive, 1 suspect, 0 confirmed dead, 0 departed"));
        QCOMPARE(model.index(0, CensusModel::Leader).data().toString(), QStringLiteral("redis.default: aaa"));
        QCOMPARE(model.index(0, CensusModel::Health).data().toString(), QStringLiteral("no health check result"));
        // The members it sees, itself first here.
        QCOMPARE(model.rowCount(first), 3);
        QCOMPARE(model.index(0, CensusModel::Instance, first).data().toString(), QStringLiteral("aaa (itself)"));
        QCOMPARE(model.index(0, CensusModel::Leader, first).data().toString(), QStringLiteral("leader"));
        QCOMPARE(model.index(2, CensusModel::State, first).data().toString(), QStringLiteral("suspect"));
        QCOMPARE(model.index(1, CensusModel::Members, first).data().toString(), QStringLiteral("redis.default"));
        QCOMPARE(model.index(1, CensusModel::Address, first).data().toString(),
            QStringLiteral("10.0.0.3, gossip 0.0.0.0:9638"));
        QCOMPARE(model.parent(model.index(1, 0, first)), first);
        // A task that could not be asked says why, and has no members.
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        QCOMPARE(
            model.index(1, CensusModel::Members).data().toString(), QStringLiteral("not asked: connection refused"));
        QVERIFY(model.index(1, CensusModel::Members)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("nothing listens")));
    }

    void verdicts_data()
    {
        QTest::addColumn<QList<SupervisorCensus::Answer>>("answers");
        QTest::addColumn<QString>("verdict");
        const QList<M> all { { "aaa" }, { "bbb" }, { "ccc" } };
        auto a = [](const char* host, int port, const char* local, const QList<M>& seen) {
            return answer(QLatin1String(host), port, census(QLatin1String(local), seen));
        };
        QTest::newRow("one ring") << QList { a("h1", 1, "aaa", all), a("h2", 2, "bbb", all), a("h3", 3, "ccc", all) }
                                  << "All 3 instances see each other: one ring.";
        QTest::newRow("two rings") << QList { a("h1", 1, "aaa", { { "aaa" }, { "bbb" } }),
            a("h2", 2, "bbb", { { "aaa" }, { "bbb" } }), a("h3", 3, "ccc", { { "ccc" } }) }
                                   << "2 rings: {10.0.0.1:1, 10.0.0.1:2}, {10.0.0.1:3}. The instances did not join "
                                      "each other: look at the tasks' logs for the peers they were given.";
        QTest::newRow("forming") << QList { a("h1", 1, "aaa", { { "aaa" } }),
            a("h2", 2, "bbb", { { "aaa" }, { "bbb" } }) }
                                 << "One ring, still forming: 10.0.0.1:1 does not see 10.0.0.1:2 yet. Ask again in a "
                                    "minute.";
        QTest::newRow("alone") << QList { a("h1", 1, "aaa", { { "aaa" } }) }
                               << "The one instance answered: a ring of one.";
        QTest::newRow("one failed")
            << QList { a("h1", 1, "aaa", all), a("h2", 2, "bbb", all),
                   failed("h3", QStringLiteral("Task t3: refused.")) }
            << "The 2 instances that answered see each other: one ring.\nInstance 10.0.0.1:31003 could not be asked: "
               "Task t3: refused.";
        QTest::newRow("none") << QList<SupervisorCensus::Answer> {}
                              << "The app has no tasks: there is no Supervisor to ask.";
    }

    void verdicts()
    {
        QFETCH(QList<SupervisorCensus::Answer>, answers);
        QFETCH(QString, verdict);
        CensusModel model;
        model.setAnswers(answers);
        QCOMPARE(model.verdict(), verdict);
    }

    void pendingThenAnswered()
    {
        CensusModel model;
        SupervisorCensus::Answer pending = answer(QStringLiteral("h1"), 1, {});
        model.setAnswers({ pending }, false);
        QVERIFY(!model.isComplete());
        QCOMPARE(model.index(0, CensusModel::Members).data().toString(), QStringLiteral("asking…"));
        QCOMPARE(model.verdict(), QStringLiteral("Asking 1 instance…"));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setAnswer(0, answer(QStringLiteral("h1"), 1, census(QStringLiteral("aaa"), { { "aaa" } })));
        QCOMPARE(inserted.size(), 1);
        QVERIFY(model.isComplete());
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    }

    void oneRingEndToEnd()
    {
        const QList<M> all { { "aaa", "alive", true }, { "bbb" }, { "ccc" } };
        std::vector<std::unique_ptr<CannedHttpServer>> gateways;
        QList<int> ports;
        for (const char* local : { "aaa", "bbb", "ccc" }) {
            gateways.push_back(std::make_unique<CannedHttpServer>(200, census(QLatin1String(local), all, "aaa")));
            QVERIFY(gateways.back()->listen());
            ports.append(gateways.back()->url().port());
        }
        Fixture f;
        QVERIFY(f.make(taskList(ports)));
        QVERIFY(f.run());
        QCOMPARE(f.marathon->requestLines(), QStringList({ "GET /v2/apps/acme/redis/tasks HTTP/1.1" }));
        QCOMPARE(f.dialog->verdict(), QStringLiteral("All 3 instances see each other: one ring."));
        CensusModel* model = f.dialog->model();
        QCOMPARE(model->rowCount(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(model->index(i, CensusModel::Instance).data().toString(), QStringLiteral("agent-%1").arg(i + 1));
            QCOMPARE(model->rowCount(model->index(i, 0)), 3);
        }
        QVERIFY(f.prompts.isEmpty()); // no 401: no question
        QVERIFY(!gateways[0]->requests().value(0).contains("Authorization"));
    }

    void tokenAskedOn401AndKept()
    {
        CannedHttpServer gateway(401, QByteArray(), "text/plain");
        QVERIFY(gateway.listen());
        Fixture f;
        QVERIFY(f.make(taskList({ gateway.url().port() })));
        f.tokenAnswer = CensusDialog::TokenAnswer { QStringLiteral("tok-1"), false };
        QVERIFY(f.run());
        // Asked once (no token was sent), then asked again with the token, which this gateway
        // refuses too: the verdict says so instead of asking again.
        QCOMPARE(f.prompts, QList<bool>({ false }));
        QCOMPARE(gateway.requests().size(), 2);
        QVERIFY(!gateway.requests()[0].contains("Authorization"));
        QVERIFY(gateway.requests()[1].contains("\r\nAuthorization: Bearer tok-1\r\n"));
        QVERIFY2(f.dialog->verdict().contains(QStringLiteral("refused the token")), qPrintable(f.dialog->verdict()));
        QVERIFY(!f.dialog->verdict().contains(QStringLiteral("tok-1")));
        // The memory store (no keyring) keeps it for this session.
        QCOMPARE(f.storedToken(), QStringLiteral("tok-1"));
    }

    void tokenDeclined()
    {
        CannedHttpServer gateway(401, QByteArray(), "text/plain");
        QVERIFY(gateway.listen());
        Fixture f;
        QVERIFY(f.make(taskList({ gateway.url().port() })));
        QVERIFY(f.run()); // the prompt answers nothing
        QCOMPARE(f.prompts.size(), 1);
        QCOMPARE(gateway.requests().size(), 1);
        QVERIFY2(f.dialog->verdict().contains(QStringLiteral("could not be asked")), qPrintable(f.dialog->verdict()));
        QVERIFY2(f.dialog->verdict().contains(QStringLiteral("asks for a token")), qPrintable(f.dialog->verdict()));
    }

    void storedTokenIsSent()
    {
        CannedHttpServer gateway(200, census(QStringLiteral("aaa"), { { "aaa" } }));
        QVERIFY(gateway.listen());
        Fixture f;
        QVERIFY(f.make(taskList({ gateway.url().port() })));
        bool written = false;
        f.secrets.writeSecret(CensusDialog::tokenKey(f.marathon->url(), QStringLiteral("/acme/redis")),
            QStringLiteral("kept-token"), f.dialog.get(), [&written](const SecretStore::Reply&) { written = true; });
        QVERIFY(QTest::qWaitFor([&written] { return written; }, test::WaitMs));
        QVERIFY(f.run());
        QVERIFY(gateway.requests().value(0).contains("\r\nAuthorization: Bearer kept-token\r\n"));
        QCOMPARE(f.dialog->verdict(),
            QStringLiteral("The one instance answered: a ring of one.\nMarathon lists 1 of the 3 instances the app "
                           "asks for; the others are not running."));
        QVERIFY(f.prompts.isEmpty());
    }

    void tokenEnteredThenForgotten()
    {
        CannedHttpServer gateway(200, census(QStringLiteral("aaa"), { { "aaa" } }));
        QVERIFY(gateway.listen());
        Fixture f;
        QVERIFY(f.make(taskList({ gateway.url().port() })));
        QVERIFY(f.run()); // learns the server
        QVERIFY(!gateway.requests().value(0).contains("Authorization"));
        // "Gateway Token…" asks, keeps and asks the census again with it.
        f.tokenAnswer = CensusDialog::TokenAnswer { QStringLiteral("entered-token"), false };
        QSignalSpy done(f.dialog.get(), &CensusDialog::censusFinished);
        f.dialog->enterToken();
        QVERIFY(done.wait(test::WaitMs));
        QCOMPARE(f.prompts, QList<bool>({ false }));
        QVERIFY(gateway.requests().value(1).contains("\r\nAuthorization: Bearer entered-token\r\n"));
        QCOMPARE(f.storedToken(), QStringLiteral("entered-token"));
        // Forgotten: gone from the store, and no longer sent.
        f.dialog->forgetToken();
        QCOMPARE(f.storedToken(), QString());
        QVERIFY(f.run());
        QVERIFY(!gateway.requests().value(2).contains("Authorization"));
    }

    void appWithoutGatewayPort()
    {
        Fixture f;
        QVERIFY(f.make(taskList({ 31003 }),
            QJsonDocument::fromJson(R"({"id": "/acme/redis", "portDefinitions": [{"port": 0, "name": "http"}]})")
                .object()));
        QSignalSpy done(f.dialog.get(), &CensusDialog::censusFinished);
        f.dialog->start();
        QVERIFY(done.wait(test::WaitMs));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY2(f.dialog->verdict().startsWith(QStringLiteral("/acme/redis has no port named hab-http")),
            qPrintable(f.dialog->verdict()));
    }

    void clusterViewOpensTheCensus()
    {
        CannedHttpServer gateway(200, census(QStringLiteral("aaa"), { { "aaa" } }));
        QVERIFY(gateway.listen());
        CannedHttpServer marathon(200, taskList({ gateway.url().port() }));
        QVERIFY(marathon.listen());
        MarathonClient::Options o;
        o.url = marathon.url();
        MarathonClient client(o);
        ClusterView view;
        view.setServerName(QStringLiteral("stub"));
        QVERIFY(!view.showCensus()); // no app chosen
        view.setClientRequest([&client](auto ready, auto) { ready(&client); });
        view.model()->setApps(QJsonArray { App });
        QVERIFY(view.selectApp(QStringLiteral("/acme/redis")));
        QPointer<CensusDialog> dialog = view.showCensus();
        QVERIFY(dialog);
        QCOMPARE(dialog->appId(), QStringLiteral("/acme/redis"));
        QSignalSpy done(dialog.data(), &CensusDialog::censusFinished);
        QVERIFY(done.wait(test::WaitMs));
        QVERIFY2(dialog->verdict().startsWith(QStringLiteral("The one instance answered: a ring of one.")),
            qPrintable(dialog->verdict()));
        dialog->close(); // deletes itself
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, test::WaitMs);
    }

private:
    EnglishPlurals m_plurals;
};

QTEST_MAIN(TestCensusDialog)
#include "tst_censusdialog.moc"
