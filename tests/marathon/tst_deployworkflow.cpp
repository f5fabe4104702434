// SPDX-License-Identifier: Apache-2.0
// The deploy workflow (create, exists -> replace, locked -> force, follow) against the Marathon
// stand-in (tests/marathon/marathon_stub.py), with its questions asked and answered by policy.
#include "marathon/deployworkflow.h"
#include "marathon/marathonclient.h"
#include "marathon/marathonreply.h"
#include "marathon/marathonstub.h"
#include "support/testnetwork.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace habmesos;
using habmesos::test::MarathonStub;

namespace {

constexpr int LongWait = 120000;
using Answer = DeployWorkflow::Answer;
using Outcome = DeployWorkflow::Outcome;
using Question = DeployWorkflow::Question;

MarathonApp app(const QString& id, int instances = 1)
{
    MarathonApp a;
    a.id = id;
    a.cmd = QStringLiteral("hab sup run acme/hello");
    a.instances = instances;
    a.portDefinitions = { MarathonPortDefinition { 0, QStringLiteral("tcp"), QStringLiteral("http"), {} } };
    return a;
}

std::unique_ptr<MarathonClient> clientFor(const QUrl& url)
{
    MarathonClient::Options o;
    o.url = url;
    return std::make_unique<MarathonClient>(o);
}

DeployWorkflow::Options options(Answer replace, Answer force, bool follow)
{
    DeployWorkflow::Options o;
    o.replace = replace;
    o.force = force;
    o.follow = follow;
    o.follower.intervalMs = 50;
    o.follower.timeoutMs = LongWait;
    o.follower.graceMs = 10000;
    return o;
}

// The app exists on the stand-in and runs (its deployment is over, so nothing locks it).
bool deployed(MarathonClient& client, const QString& id)
{
    DeployWorkflow workflow(&client, app(id), MarathonFlavour::Current, options(Answer::No, Answer::No, true));
    workflow.start();
    return QTest::qWaitFor([&workflow] { return workflow.isFinished(); }, LongWait)
        && workflow.outcome() == DeployWorkflow::Outcome::Deployed;
}

// The app exists on the stand-in, held by a deployment that makes no progress; its id.
QString createHeld(MarathonStub& stub, MarathonClient& client, const QString& id)
{
    stub.config(R"({"hold_deployments": true})");
    MarathonReply* create = client.createApp(MarathonJsonWriter::writeCompact(app(id), MarathonFlavour::Current));
    if (!QTest::qWaitFor([create] { return create->isFinished(); }, LongWait) || !create->ok())
        return {};
    create->deleteLater();
    return create->deploymentId();
}

// Runs the workflow to its end and records what it said.
struct Run
{
    DeployWorkflow workflow;
    QSignalSpy creating { &workflow, &DeployWorkflow::creating };
    QSignalSpy exists { &workflow, &DeployWorkflow::exists };
    QSignalSpy locked { &workflow, &DeployWorkflow::locked };
    QSignalSpy questions { &workflow, &DeployWorkflow::decisionNeeded };
    QSignalSpy updating { &workflow, &DeployWorkflow::updating };
    QSignalSpy submitted { &workflow, &DeployWorkflow::submitted };
    QSignalSpy states { &workflow, &DeployWorkflow::followerStateChanged };
    QSignalSpy finished { &workflow, &DeployWorkflow::finished };

    Run(MarathonClient& client, const MarathonApp& a, const DeployWorkflow::Options& o)
        : workflow(&client, a, MarathonFlavour::Current, o)
    { }
    bool waitForEnd()
    {
        return QTest::qWaitFor([this] { return workflow.isFinished(); }, LongWait);
    }
    QStringList stateTexts() const
    {
        QStringList texts;
        for (const auto& s : states)
            texts.append(s.at(1).toString());
        return texts;
    }
};

} // namespace

#define START_STUB(stub, ...) QVERIFY2((stub).start(__VA_ARGS__), qPrintable((stub).errorText()))

class tst_DeployWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createdAndFollowedToRunning();
    void createdWithoutFollowing();
    void existsReplaced();
    void existsAsked_data();
    void existsAsked();
    void lockedRefusedWithoutForce();
    void lockedForced();
    void lockedAskedAndForced();
    void deploymentFails();
    void deploymentTimesOut();
    void refusedDefinition();
    void noLeader();
    void connectionRefused();
    void stoppedWhileAsking();
};

void tst_DeployWorkflow::initTestCase()
{
    qRegisterMetaType<DeployWorkflow::Outcome>();
    qRegisterMetaType<DeployWorkflow::Question>();
    qRegisterMetaType<DeploymentFollower::State>();
}

void tst_DeployWorkflow::createdAndFollowedToRunning()
{
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--advance-on"), QStringLiteral("app-poll") });
    auto client = clientFor(stub.url());
    Run run(*client, app(QStringLiteral("/acme/hello"), 2), options(Answer::Ask, Answer::Ask, true));
    run.workflow.start();
    QVERIFY(run.waitForEnd());
    QCOMPARE(run.workflow.outcome(), Outcome::Deployed);
    QCOMPARE(run.finished.size(), 1);
    QCOMPARE(run.creating.size(), 1);
    QCOMPARE(run.submitted.size(), 1);
    QVERIFY(run.updating.isEmpty());
    QVERIFY(run.questions.isEmpty());
    QVERIFY(!run.workflow.updated());
    QVERIFY(!run.workflow.deploymentId().isEmpty());
    const QStringList texts = run.stateTexts();
    QVERIFY2(texts.first().startsWith(QLatin1String("Submitted")), qPrintable(texts.join(u'\n')));
    QVERIFY2(texts.contains(QStringLiteral("Deploying (1/2 tasks running)")), qPrintable(texts.join(u'\n')));
    QCOMPARE(texts.last(), QStringLiteral("Running (2/2 tasks running)"));
    QCOMPARE(run.workflow.message(), texts.last());
    QCOMPARE(run.workflow.tasksRunning(), 2);
    QCOMPARE(run.workflow.instances(), 2);
    QVERIFY(stub.requestsSeen().contains(QStringLiteral("POST /v2/apps")));
}

void tst_DeployWorkflow::createdWithoutFollowing()
{
    MarathonStub stub;
    START_STUB(stub);
    auto client = clientFor(stub.url());
    Run run(*client, app(QStringLiteral("/acme/quick")), options(Answer::Yes, Answer::No, false));
    run.workflow.start();
    QVERIFY(run.waitForEnd());
    QCOMPARE(run.workflow.outcome(), Outcome::Deployed);
    QCOMPARE(run.submitted.size(), 1);
    QVERIFY(run.states.isEmpty());
    QVERIFY(!run.workflow.deploymentId().isEmpty());
    // Nothing was polled: done once Marathon took the app.
    const QStringList seen = stub.requestsSeen();
    QVERIFY2(!seen.join(u'\n').contains(QLatin1String("/v2/deployments")), qPrintable(seen.join(u'\n')));
}

void tst_DeployWorkflow::existsReplaced()
{
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    auto client = clientFor(stub.url());
    QVERIFY(deployed(*client, QStringLiteral("/acme/web")));
    Run run(*client, app(QStringLiteral("/acme/web"), 2), options(Answer::Yes, Answer::No, true));
    run.workflow.start();
    QVERIFY(run.waitForEnd());
    QVERIFY2(run.workflow.outcome() == Outcome::Deployed, qPrintable(run.workflow.error().message()));
    QCOMPARE(run.exists.size(), 1);
    QVERIFY(run.questions.isEmpty()); // the policy answered
    QCOMPARE(run.updating.size(), 1);
    QCOMPARE(run.updating.first().first().toBool(), false);
    QVERIFY(run.workflow.updated());
    QCOMPARE(run.stateTexts().last(), QStringLiteral("Running (2/2 tasks running)"));
    const QStringList seen = stub.requestsSeen();
    QVERIFY2(seen.contains(QStringLiteral("PUT /v2/apps/acme/web")), qPrintable(seen.join(u'\n')));
    QVERIFY(!seen.join(u'\n').contains(QLatin1String("force=true")));
}

void tst_DeployWorkflow::existsAsked_data()
{
    QTest::addColumn<bool>("replace");
    QTest::newRow("replaced") << true;
    QTest::newRow("left alone") << false;
}

void tst_DeployWorkflow::existsAsked()
{
    QFETCH(bool, replace);
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    auto client = clientFor(stub.url());
    QVERIFY(deployed(*client, QStringLiteral("/acme/web")));

    Run run(*client, app(QStringLiteral("/acme/web"), 2), options(Answer::Ask, Answer::Ask, false));
    QObject::connect(&run.workflow, &DeployWorkflow::decisionNeeded, &run.workflow,
        [&run, replace](Question) { run.workflow.decide(replace); });
    run.workflow.start();
    QVERIFY(run.waitForEnd());
    QCOMPARE(run.questions.size(), 1);
    QCOMPARE(run.questions.first().first().value<Question>(), Question::Replace);
    // The running app was read and compared before the question: only the instances differ.
    QVERIFY2(run.workflow.changesError().isEmpty(), qPrintable(run.workflow.changesError()));
    QCOMPARE(AppDiff::describe(run.workflow.changes()), QStringLiteral("instances: 1 → 2"));
    const QStringList seen = stub.requestsSeen();
    QVERIFY2(seen.contains(QStringLiteral("GET /v2/apps/acme/web")), qPrintable(seen.join(u'\n')));
    if (replace) {
        QVERIFY2(run.workflow.outcome() == Outcome::Deployed, qPrintable(run.workflow.error().message()));
        QVERIFY(run.workflow.updated());
        QVERIFY2(seen.contains(QStringLiteral("PUT /v2/apps/acme/web")), qPrintable(seen.join(u'\n')));
    } else {
        QCOMPARE(run.workflow.outcome(), Outcome::Declined);
        QCOMPARE(run.workflow.error().kind(), MarathonError::Kind::AlreadyExists);
        QVERIFY(run.updating.isEmpty());
        QVERIFY2(!seen.join(u'\n').contains(QLatin1String("PUT")), qPrintable(seen.join(u'\n')));
    }
}

void tst_DeployWorkflow::lockedRefusedWithoutForce()
{
    MarathonStub stub;
    START_STUB(stub);
    auto client = clientFor(stub.url());
    const QString holding = createHeld(stub, *client, QStringLiteral("/acme/db"));
    QVERIFY(!holding.isEmpty());

    Run run(*client, app(QStringLiteral("/acme/db"), 2), options(Answer::Yes, Answer::No, true));
    run.workflow.start();
    QVERIFY(run.waitForEnd());
    QCOMPARE(run.workflow.outcome(), Outcome::Declined);
    QCOMPARE(run.workflow.error().kind(), MarathonError::Kind::Locked);
    QCOMPARE(run.locked.size(), 1);
    QCOMPARE(run.workflow.lockingDeployments(), QStringList { holding });
    QVERIFY(run.questions.isEmpty());
    QCOMPARE(run.updating.size(), 1); // the plain update that found the lock
    const QStringList seen = stub.requestsSeen();
    QVERIFY2(seen.contains(QStringLiteral("PUT /v2/apps/acme/db")), qPrintable(seen.join(u'\n')));
    QVERIFY2(!seen.join(u'\n').contains(QLatin1String("force=true")), qPrintable(seen.join(u'\n')));
}

void tst_DeployWorkflow::lockedForced()
{
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    auto client = clientFor(stub.url());
    const QString holding = createHeld(stub, *client, QStringLiteral("/acme/db"));
    QVERIFY(!holding.isEmpty());

    Run run(*client, app(QStringLiteral("/acme/db"), 1), options(Answer::Yes, Answer::Yes, true));
    // Once forced, the stand-in lets the new deployment progress.
    QObject::connect(&run.workflow, &DeployWorkflow::updating, &run.workflow, [&stub](bool forced) {
        if (forced)
            stub.config(R"({"hold_deployments": false})");
    });
    run.workflow.start();
    QVERIFY(run.waitForEnd());
    QVERIFY2(run.workflow.outcome() == Outcome::Deployed, qPrintable(run.workflow.message()));
    QCOMPARE(run.locked.size(), 1);
    QCOMPARE(run.updating.size(), 2);
    QCOMPARE(run.updating.last().first().toBool(), true);
    QVERIFY(run.workflow.deploymentId() != holding);
    QCOMPARE(run.stateTexts().last(), QStringLiteral("Running (1/1 tasks running)"));
    const QStringList seen = stub.requestsSeen();
    QVERIFY2(seen.contains(QStringLiteral("PUT /v2/apps/acme/db?force=true")), qPrintable(seen.join(u'\n')));
}

void tst_DeployWorkflow::lockedAskedAndForced()
{
    MarathonStub stub;
    START_STUB(stub);
    auto client = clientFor(stub.url());
    const QString holding = createHeld(stub, *client, QStringLiteral("/acme/db"));
    QVERIFY(!holding.isEmpty());

    Run run(*client, app(QStringLiteral("/acme/db")), options(Answer::Ask, Answer::Ask, false));
    QList<Question> asked;
    bool forcedBeforeAsked = false;
    QObject::connect(&run.workflow, &DeployWorkflow::decisionNeeded, &run.workflow, [&](Question question) {
        asked.append(question);
        forcedBeforeAsked = forcedBeforeAsked || stub.requestsSeen().join(u'\n').contains(QLatin1String("force=true"));
        run.workflow.decide(true);
    });
    run.workflow.start();
    QVERIFY(run.waitForEnd());
    QVERIFY2(run.workflow.outcome() == Outcome::Deployed, qPrintable(run.workflow.error().message()));
    QCOMPARE(asked, (QList<Question> { Question::Replace, Question::Force }));
    QVERIFY(!forcedBeforeAsked);
    QCOMPARE(run.workflow.lockingDeployments(), QStringList { holding });
    QVERIFY(stub.requestsSeen().contains(QStringLiteral("PUT /v2/apps/acme/db?force=true")));
}

void tst_DeployWorkflow::deploymentFails()
{
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    stub.control("POST", QStringLiteral("/_stub/fail"),
        R"({"app": "/acme/broken", "message": "Command exited with status 127"})");
    auto client = clientFor(stub.url());
    Run run(*client, app(QStringLiteral("/acme/broken")), options(Answer::Ask, Answer::Ask, true));
    run.workflow.start();
    QVERIFY(run.waitForEnd());
    QCOMPARE(run.workflow.outcome(), Outcome::DeploymentFailed);
    QVERIFY2(run.workflow.message().contains(QLatin1String("status 127")), qPrintable(run.workflow.message()));
    QCOMPARE(run.states.last().first().value<DeploymentFollower::State>(), DeploymentFollower::State::Failed);
}

void tst_DeployWorkflow::deploymentTimesOut()
{
    MarathonStub stub;
    START_STUB(stub);
    stub.config(R"({"hold_deployments": true})");
    auto client = clientFor(stub.url());
    DeployWorkflow::Options o = options(Answer::Ask, Answer::Ask, true);
    o.follower.timeoutMs = 1500;
    o.follower.graceMs = 500;
    Run run(*client, app(QStringLiteral("/acme/slow")), o);
    run.workflow.start();
    QVERIFY(run.waitForEnd());
    QCOMPARE(run.workflow.outcome(), Outcome::DeploymentFailed);
    QVERIFY2(run.workflow.message().startsWith(QLatin1String("Timed out")), qPrintable(run.workflow.message()));
}

void tst_DeployWorkflow::refusedDefinition()
{
    // A rule of this "site" that no client knows beforehand: 422 with the field.
    MarathonStub stub;
    START_STUB(stub);
    stub.config(R"({"site_rules":[{"pointer":"/instances","minimum":2,"error":"at least 2 instances here"}]})");
    auto client = clientFor(stub.url());
    Run run(*client, app(QStringLiteral("/acme/one")), options(Answer::Yes, Answer::Yes, true));
    run.workflow.start();
    QVERIFY(run.waitForEnd());
    QCOMPARE(run.workflow.outcome(), Outcome::DeployFailed);
    QCOMPARE(run.workflow.error().kind(), MarathonError::Kind::Validation);
    QCOMPARE(run.workflow.error().fieldProblems().size(), 1);
    QCOMPARE(run.workflow.error().fieldProblems().first().field, QStringLiteral("instances"));
    QVERIFY(run.submitted.isEmpty());
    QVERIFY(run.updating.isEmpty());
}

void tst_DeployWorkflow::noLeader()
{
    MarathonStub stub;
    START_STUB(stub);
    stub.config(R"({"leader": false})");
    auto client = clientFor(stub.url());
    Run run(*client, app(QStringLiteral("/acme/x")), options(Answer::Yes, Answer::Yes, true));
    run.workflow.start();
    QVERIFY(run.waitForEnd());
    QCOMPARE(run.workflow.outcome(), Outcome::DeployFailed);
    QCOMPARE(run.workflow.error().kind(), MarathonError::Kind::NoLeader);
}

void tst_DeployWorkflow::connectionRefused()
{
    const quint16 port = test::unusedLocalPort();
    QVERIFY(port != 0);
    auto client = clientFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    Run run(*client, app(QStringLiteral("/acme/x")), options(Answer::Yes, Answer::Yes, true));
    run.workflow.start();
    QVERIFY(run.waitForEnd());
    QCOMPARE(run.workflow.outcome(), Outcome::DeployFailed);
    QCOMPARE(run.workflow.error().kind(), MarathonError::Kind::ConnectionRefused);
    QVERIFY2(run.workflow.error().message().contains(QStringLiteral("127.0.0.1:%1").arg(port)),
        qPrintable(run.workflow.error().message()));
}

void tst_DeployWorkflow::stoppedWhileAsking()
{
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    auto client = clientFor(stub.url());
    QVERIFY(deployed(*client, QStringLiteral("/acme/web")));

    Run run(*client, app(QStringLiteral("/acme/web")), options(Answer::Ask, Answer::Ask, true));
    run.workflow.start();
    QTRY_COMPARE_WITH_TIMEOUT(run.questions.size(), 1, LongWait);
    run.workflow.stop();
    // An answer after stop() sends nothing (the update would be announced right away).
    run.workflow.decide(true);
    QVERIFY(run.updating.isEmpty());
    QVERIFY(!run.workflow.isFinished());
    QVERIFY(run.finished.isEmpty());
}

QTEST_MAIN(tst_DeployWorkflow)
#include "tst_deployworkflow.moc"
