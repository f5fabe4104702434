// SPDX-License-Identifier: Apache-2.0
// The Marathon REST client, its errors and the deployment follower, against the Marathon stub
// (tests/marathon/marathon_stub.py) started on 127.0.0.1 for each test.
#include "marathon/deploymentfollower.h"
#include "marathon/marathonclient.h"
#include "marathon/marathonerror.h"
#include "marathon/marathonstub.h"
#include "support/cannedhttpserver.h"
#include "support/testnetwork.h"
#include "support/testwait.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace habmesos;
using habmesos::test::MarathonStub;

namespace {

std::unique_ptr<MarathonClient> makeClient(
    const QUrl& url, MarathonAuth auth = {}, QString caFile = {}, int timeoutMs = 30000)
{
    MarathonClient::Options o;
    o.url = url;
    o.auth = std::move(auth);
    o.caFile = std::move(caFile);
    o.timeoutMs = timeoutMs;
    return std::make_unique<MarathonClient>(o);
}

QByteArray appJson(const QString& id, int instances = 1, const QString& cmd = QStringLiteral("hab sup run"))
{
    return QJsonDocument(
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("cmd"), cmd }, { QStringLiteral("cpus"), 0.5 },
            { QStringLiteral("mem"), 256 }, { QStringLiteral("instances"), instances },
            { QStringLiteral("portDefinitions"), QJsonArray {} } })
        .toJson(QJsonDocument::Compact);
}

DeploymentFollower::Options fastFollow()
{
    DeploymentFollower::Options o;
    o.intervalMs = 50;
    o.timeoutMs = test::WaitMs; // never reached: the tests wait for the deployment's end
    o.graceMs = 10000; // long: only a deployment never seen (nor its new tasks) waits for it
    return o;
}

} // namespace

#define START_STUB(stub, ...) QVERIFY2((stub).start(__VA_ARGS__), qPrintable((stub).errorText()))
#define WAIT_FOR(reply) QTRY_VERIFY_WITH_TIMEOUT((reply)->isFinished(), test::WaitMs)

class tst_MarathonClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errorBodies();
    void authModeNames();
    void engineErrorKinds();
    void createAndFollowToRunning();
    void existsThenUpdate();
    void lockedThenForce();
    void validation422();
    void typeErrors422();
    void badJson400();
    void basicAuth();
    void dcosLoginAndRelogin();
    void dcosWrongPasswordAndBadToken();
    void dcosLoginUnreadable();
    void forbidden();
    void notFound();
    void noLeader_data();
    void noLeader();
    void timeoutWhenNoAnswer();
    void connectionRefused();
    void notAUrl();
    void httpsWithCaFile();
    void unlistedNewDeployment();
    void deploymentFailure();
    void followerTimesOut();
    void followerSurvivesLeaderLoss();
    void abort();
    void followerRejectsForeignAnswers();
    void stubContract();
    void clusterEndpoints();
    void httpsAgainstPlainHttp();
};

void tst_MarathonClient::errorBodies()
{
    MarathonError::Context ctx { QStringLiteral("Creating the app"), QStringLiteral("m:8080"),
        QStringLiteral("no credentials"), {} };
    // The pre-0.15 attribute/error form (marathon #3255), and Marathon 0.7's {"errors": [...]}.
    auto e = MarathonError::fromHttp(422,
        R"({"message":"Object is not valid","details":[{"attribute":"apps[1].id","error":"path contains invalid characters"}]})",
        ctx);
    QCOMPARE(e.kind(), MarathonError::Kind::Validation);
    QCOMPARE(e.fieldProblems(),
        FieldProblems({ { QStringLiteral("apps/1/id"), QStringLiteral("path contains invalid characters") } }));
    e = MarathonError::fromHttp(400, R"({"errors":[{"attribute":"id","error":"bad"}]})", ctx);
    QCOMPARE(e.fieldProblems().value(0).field, QStringLiteral("id"));
    // Not JSON at all.
    e = MarathonError::fromHttp(500, "<html><title>Oops</title></html>", ctx);
    QCOMPARE(e.kind(), MarathonError::Kind::HttpError);
    QVERIFY2(e.message().contains(QLatin1String("HTTP 500: Oops")), qPrintable(e.message()));
    // A whole-object error keeps an empty field.
    e = MarathonError::fromHttp(422,
        R"({"message":"Object is not valid","details":[{"path":"/","errors":["AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'."]}]})",
        ctx);
    QCOMPARE(e.fieldProblems().value(0).field, QString());
    QVERIFY(e.message().contains(QLatin1String("must either contain one of 'cmd' or 'args'")));
}

void tst_MarathonClient::authModeNames()
{
    // The settings file's spelling: read back in any case, an unknown one is no mode.
    const QList<std::pair<MarathonAuth::Mode, QString>> names { { MarathonAuth::Mode::None, QStringLiteral("none") },
        { MarathonAuth::Mode::Basic, QStringLiteral("basic") },
        { MarathonAuth::Mode::DcosToken, QStringLiteral("dcos-token") },
        { MarathonAuth::Mode::DcosLogin, QStringLiteral("dcos-login") } };
    for (const auto& [mode, name] : names) {
        QCOMPARE(MarathonAuth::modeToString(mode), name);
        QCOMPARE(MarathonAuth::modeFromString(name), std::optional(mode));
        QCOMPARE(MarathonAuth::modeFromString(name.toUpper()), std::optional(mode));
        QCOMPARE(MarathonAuth::forMode(mode, QStringLiteral("ops"), QStringLiteral("pw")).mode(), mode);
    }
    QCOMPARE(MarathonAuth::modeFromString(QStringLiteral("kerberos")), std::nullopt);
    QCOMPARE(MarathonAuth::modeFromString(QString()), std::nullopt);
    const MarathonAuth basic
        = MarathonAuth::forMode(MarathonAuth::Mode::Basic, QStringLiteral("ops"), QStringLiteral("pw"));
    QCOMPARE(basic.user(), QStringLiteral("ops"));
    QCOMPARE(basic.password(), QStringLiteral("pw"));
    QCOMPARE(MarathonAuth::forMode(MarathonAuth::Mode::DcosToken, QStringLiteral("ops"), QStringLiteral("t0k")).token(),
        QStringLiteral("t0k"));
}

void tst_MarathonClient::engineErrorKinds()
{
    // The engine's kinds: the server or the way to it is Network; what it cannot accept is Invalid.
    const QList<std::pair<MarathonError::Kind, ErrorKind>> kinds {
        { MarathonError::Kind::Validation, ErrorKind::Invalid },
        { MarathonError::Kind::InvalidJson, ErrorKind::Invalid },
        { MarathonError::Kind::Canceled, ErrorKind::Cancelled },
        { MarathonError::Kind::File, ErrorKind::Io },
        { MarathonError::Kind::ConnectionRefused, ErrorKind::Network },
        { MarathonError::Kind::Timeout, ErrorKind::Network },
        { MarathonError::Kind::Tls, ErrorKind::Network },
        { MarathonError::Kind::NoLeader, ErrorKind::Network },
        { MarathonError::Kind::Unauthorized, ErrorKind::Network },
        { MarathonError::Kind::Locked, ErrorKind::Network },
        { MarathonError::Kind::BadResponse, ErrorKind::Network },
    };
    for (const auto& [kind, engineKind] : kinds) {
        const Error e = MarathonError(kind, QStringLiteral("what happened")).toError();
        QCOMPARE(e.kind, engineKind);
        QCOMPARE(e.message, QStringLiteral("what happened"));
    }
    // The same through Result, as a caller passes it on.
    const Result<QUrl> failed = MarathonError(MarathonError::Kind::HostNotFound, QStringLiteral("no host")).toError();
    QVERIFY(!failed);
    QCOMPARE(failed.errorKind(), ErrorKind::Network);
    // A CA file that cannot be read is the disk's failure, not the network's.
    const auto tls = MarathonClient::tlsConfiguration(QStringLiteral("/nonexistent/ca.pem"));
    QVERIFY(!tls);
    QCOMPARE(tls.errorKind(), ErrorKind::Io);
}

void tst_MarathonClient::createAndFollowToRunning()
{
    MarathonStub stub;
    // One task starts per read of the app: the follower sees every step, however slow the machine.
    START_STUB(stub, { QStringLiteral("--advance-on"), QStringLiteral("app-poll") });
    auto client = makeClient(stub.url());
    MarathonReply* reply = client->createApp(appJson(QStringLiteral("/acme/redis"), 3));
    WAIT_FOR(reply);
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QCOMPARE(reply->httpStatus(), 201);
    QVERIFY(!reply->deploymentId().isEmpty());
    QCOMPARE(reply->json()[QStringLiteral("deployments")][0][QStringLiteral("id")].toString(), reply->deploymentId());
    QVERIFY(!reply->header("X-Marathon-Leader").isEmpty());

    DeploymentFollower follower(
        client.get(), QStringLiteral("/acme/redis"), reply->deploymentId(), reply->version(), fastFollow());
    QSignalSpy states(&follower, &DeploymentFollower::stateChanged);
    QSignalSpy finished(&follower, &DeploymentFollower::finished);
    follower.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
    QCOMPARE(follower.state(), DeploymentFollower::State::Running);
    QCOMPARE(follower.message(), QStringLiteral("Running (3/3 tasks running)"));
    QCOMPARE(states.first().at(0).value<DeploymentFollower::State>(), DeploymentFollower::State::Submitted);
    QStringList texts;
    for (const auto& s : states)
        texts.append(s.at(1).toString());
    QCOMPARE(texts,
        QStringList({ QStringLiteral("Submitted (deployment %1)").arg(reply->deploymentId()),
            QStringLiteral("Deploying (0/3 tasks running)"), QStringLiteral("Deploying (1/3 tasks running)"),
            QStringLiteral("Deploying (2/3 tasks running)"), QStringLiteral("Running (3/3 tasks running)") }));
    // When the follower says Running, Marathon agrees.
    const QJsonObject app
        = stub.control("GET", QStringLiteral("/_stub/state"))[QStringLiteral("apps")][QStringLiteral("/acme/redis")]
              .toObject();
    QCOMPARE(app[QStringLiteral("tasksRunning")].toInt(), 3);
    QVERIFY(app[QStringLiteral("deployments")].toArray().isEmpty());

    // The app id goes into the path verbatim.
    MarathonReply* get = client->getApp(QStringLiteral("/acme/redis"));
    WAIT_FOR(get);
    QVERIFY(get->ok());
    QCOMPARE(get->json()[QStringLiteral("app")][QStringLiteral("tasksRunning")].toInt(), 3);
    QVERIFY(stub.requestsSeen().contains(QStringLiteral("GET /v2/apps/acme/redis")));
}

void tst_MarathonClient::existsThenUpdate()
{
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    auto client = makeClient(stub.url());
    MarathonReply* first = client->createApp(appJson(QStringLiteral("/acme/web")));
    WAIT_FOR(first);
    QVERIFY(first->ok());
    DeploymentFollower follower(
        client.get(), QStringLiteral("/acme/web"), first->deploymentId(), first->version(), fastFollow());
    QSignalSpy done(&follower, &DeploymentFollower::finished);
    follower.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);

    MarathonReply* again = client->createApp(appJson(QStringLiteral("/acme/web")));
    WAIT_FOR(again);
    QVERIFY(!again->ok());
    QCOMPARE(again->error().kind(), MarathonError::Kind::AlreadyExists);
    QCOMPARE(again->error().httpStatus(), 409);
    QCOMPARE(again->error().serverMessage(), QStringLiteral("An app with id [/acme/web] already exists."));
    QVERIFY(!again->error().canForce());

    MarathonReply* update = client->updateApp(QStringLiteral("/acme/web"), appJson(QStringLiteral("/acme/web"), 2));
    WAIT_FOR(update);
    QVERIFY2(update->ok(), qPrintable(update->error().message()));
    QCOMPARE(update->httpStatus(), 200);
    QVERIFY(!update->deploymentId().isEmpty());
    QVERIFY(!update->version().isEmpty());

    // PUT of an unknown id creates it: 201.
    MarathonReply* created = client->updateApp(QStringLiteral("/acme/new"), appJson(QStringLiteral("/acme/new")));
    WAIT_FOR(created);
    QVERIFY(created->ok());
    QCOMPARE(created->httpStatus(), 201);
    QVERIFY(!stub.requestsSeen().join(u'\n').contains(QLatin1String("force=true")));
}

void tst_MarathonClient::lockedThenForce()
{
    MarathonStub stub;
    START_STUB(stub);
    stub.config(R"({"hold_deployments": true})");
    auto client = makeClient(stub.url());
    MarathonReply* create = client->createApp(appJson(QStringLiteral("/acme/db")));
    WAIT_FOR(create);
    QVERIFY(create->ok());

    MarathonReply* update = client->updateApp(QStringLiteral("/acme/db"), appJson(QStringLiteral("/acme/db"), 2));
    WAIT_FOR(update);
    QVERIFY(!update->ok());
    const MarathonError& e = update->error();
    QCOMPARE(e.kind(), MarathonError::Kind::Locked);
    QCOMPARE(e.httpStatus(), 409);
    QCOMPARE(e.deploymentIds(), QStringList { create->deploymentId() });
    QVERIFY(e.canForce());
    QVERIFY2(e.message().contains(create->deploymentId()) && e.message().contains(QLatin1String("force")),
        qPrintable(e.message()));

    MarathonReply* forced = client->updateApp(
        QStringLiteral("/acme/db"), appJson(QStringLiteral("/acme/db"), 2), MarathonClient::Force::Yes);
    WAIT_FOR(forced);
    QVERIFY2(forced->ok(), qPrintable(forced->error().message()));
    QCOMPARE(forced->httpStatus(), 200);
    QVERIFY(forced->deploymentId() != create->deploymentId());
    const QStringList seen = stub.requestsSeen();
    QVERIFY2(seen.contains(QStringLiteral("PUT /v2/apps/acme/db")), qPrintable(seen.join(u'\n')));
    QVERIFY2(seen.contains(QStringLiteral("PUT /v2/apps/acme/db?force=true")), qPrintable(seen.join(u'\n')));
}

void tst_MarathonClient::validation422()
{
    MarathonStub stub;
    START_STUB(stub);
    auto client = makeClient(stub.url());
    const QByteArray body = R"({"id":"/acme/Bad_Name","cmd":"run","args":["x"],
        "portDefinitions":[{"port":0,"name":"http"},{"port":0,"name":"http"}],
        "healthChecks":[{"protocol":"HTTP","portIndex":2}],
        "upgradeStrategy":{"minimumHealthCapacity":2}})";
    MarathonReply* reply = client->createApp(body);
    WAIT_FOR(reply);
    QVERIFY(!reply->ok());
    const MarathonError& e = reply->error();
    QCOMPARE(e.kind(), MarathonError::Kind::Validation);
    QCOMPARE(e.httpStatus(), 422);
    QCOMPARE(e.serverMessage(), QStringLiteral("Object is not valid"));
    QStringList fields;
    for (const FieldProblem& p : e.fieldProblems())
        fields.append(p.field);
    fields.sort();
    QCOMPARE(fields,
        QStringList({ QString(), QStringLiteral("healthChecks/0"), QStringLiteral("id"),
            QStringLiteral("portDefinitions"), QStringLiteral("upgradeStrategy/minimumHealthCapacity") }));
    QVERIFY2(e.message().contains(QLatin1String("id: must fully match regular expression")), qPrintable(e.message()));
    QVERIFY2(
        e.message().contains(QLatin1String("portDefinitions: Port names must be unique.")), qPrintable(e.message()));
}

void tst_MarathonClient::typeErrors422()
{
    MarathonStub stub;
    START_STUB(stub);
    auto client = makeClient(stub.url());
    MarathonReply* reply = client->createApp(
        R"({"id":"/acme/x","cmd":"run","cpus":0,"portDefinitions":[{"name":"ok"},{"name":"Not_OK"}]})");
    WAIT_FOR(reply);
    const MarathonError& e = reply->error();
    QCOMPARE(e.kind(), MarathonError::Kind::InvalidJson);
    QCOMPARE(e.httpStatus(), 422);
    const FieldProblems expected {
        { QStringLiteral("cpus"), MarathonError::describeErrorKey(QStringLiteral("error.min")) },
        { QStringLiteral("portDefinitions/1/name"), MarathonError::describeErrorKey(QStringLiteral("error.pattern")) }
    };
    QCOMPARE(e.fieldProblems(), expected);
    QVERIFY2(
        e.message().contains(QLatin1String("portDefinitions/1/name: does not have the required form (error.pattern)")),
        qPrintable(e.message()));
}

void tst_MarathonClient::badJson400()
{
    MarathonStub stub;
    START_STUB(stub);
    auto client = makeClient(stub.url());
    MarathonReply* reply = client->createApp(R"({"id": "/acme/x", )");
    WAIT_FOR(reply);
    const MarathonError& e = reply->error();
    QCOMPARE(e.kind(), MarathonError::Kind::InvalidJson);
    QCOMPARE(e.httpStatus(), 400);
    QCOMPARE(e.serverMessage(), QStringLiteral("Invalid JSON"));
    QVERIFY(!e.details().isEmpty());
    QVERIFY(e.message().contains(e.details()));
}

void tst_MarathonClient::basicAuth()
{
    MarathonStub stub;
    START_STUB(stub,
        { QStringLiteral("--auth"), QStringLiteral("basic"), QStringLiteral("--http-credentials"),
            QStringLiteral("ops:s3cret-pw") });
    {
        auto client = makeClient(stub.url(), MarathonAuth::basic(QStringLiteral("ops"), QStringLiteral("wrong-pw")));
        MarathonReply* reply = client->info();
        WAIT_FOR(reply);
        const MarathonError& e = reply->error();
        QCOMPARE(e.kind(), MarathonError::Kind::Unauthorized);
        QCOMPARE(e.httpStatus(), 401);
        QVERIFY2(e.message().contains(QStringLiteral("HTTP Basic as user “ops”")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("basic realm=\"Mesosphere\"")), qPrintable(e.message()));
        QVERIFY(!e.message().contains(QLatin1String("wrong-pw")));
    }
    {
        auto client = makeClient(stub.url());
        MarathonReply* reply = client->info();
        WAIT_FOR(reply);
        QCOMPARE(reply->error().kind(), MarathonError::Kind::Unauthorized);
        QVERIFY2(
            reply->error().message().contains(QLatin1String("no credentials")), qPrintable(reply->error().message()));
    }
    auto client = makeClient(stub.url(), MarathonAuth::basic(QStringLiteral("ops"), QStringLiteral("s3cret-pw")));
    MarathonReply* reply = client->info();
    WAIT_FOR(reply);
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QCOMPARE(reply->json()[QStringLiteral("name")].toString(), QStringLiteral("marathon"));
}

void tst_MarathonClient::dcosLoginAndRelogin()
{
    MarathonStub stub;
    START_STUB(stub,
        { QStringLiteral("--auth"), QStringLiteral("dcos"), QStringLiteral("--dcos-user"),
            QStringLiteral("alice:pa55word"), QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    QUrl url = stub.url();
    url.setPath(QStringLiteral("/service/marathon"));
    auto client = makeClient(url, MarathonAuth::dcosLogin(QStringLiteral("alice"), QStringLiteral("pa55word")));
    // Two calls at once share one login.
    MarathonReply* create = client->createApp(appJson(QStringLiteral("/acme/dcos")));
    MarathonReply* info = client->info();
    WAIT_FOR(create);
    WAIT_FOR(info);
    QVERIFY2(create->ok(), qPrintable(create->error().message()));
    QVERIFY2(info->ok(), qPrintable(info->error().message()));
    QCOMPARE(stub.requestsSeen().count(QStringLiteral("POST /acs/api/v1/auth/login")), 1);
    QVERIFY(stub.requestsSeen().contains(QStringLiteral("POST /service/marathon/v2/apps")));

    // The token expires: a 401, a fresh login, and the call retried once.
    stub.control("POST", QStringLiteral("/_stub/expire-tokens"));
    MarathonReply* get = client->getApp(QStringLiteral("/acme/dcos"));
    WAIT_FOR(get);
    QVERIFY2(get->ok(), qPrintable(get->error().message()));
    QCOMPARE(stub.requestsSeen().count(QStringLiteral("POST /acs/api/v1/auth/login")), 2);
    QCOMPARE(stub.requestsSeen().count(QStringLiteral("GET /service/marathon/v2/apps/acme/dcos")), 2);
}

void tst_MarathonClient::dcosWrongPasswordAndBadToken()
{
    MarathonStub stub;
    START_STUB(stub,
        { QStringLiteral("--auth"), QStringLiteral("dcos"), QStringLiteral("--dcos-user"),
            QStringLiteral("alice:pa55word") });
    {
        auto client = makeClient(stub.url(), MarathonAuth::dcosLogin(QStringLiteral("alice"), QStringLiteral("nope")));
        MarathonReply* reply = client->info();
        WAIT_FOR(reply);
        const MarathonError& e = reply->error();
        QCOMPARE(e.kind(), MarathonError::Kind::Unauthorized);
        QVERIFY2(e.message().contains(QStringLiteral("DC/OS login as “alice”")), qPrintable(e.message()));
        QVERIFY2(
            e.message().contains(QLatin1String("uid or password was not accepted (HTTP 401")), qPrintable(e.message()));
        QVERIFY(!e.message().contains(QLatin1String("nope")));
    }
    {
        auto client = makeClient(stub.url(), MarathonAuth::dcosToken(QStringLiteral("not-a-valid-token")));
        MarathonReply* reply = client->info();
        WAIT_FOR(reply);
        const MarathonError& e = reply->error();
        QCOMPARE(e.kind(), MarathonError::Kind::Unauthorized);
        QVERIFY2(e.message().contains(QLatin1String("a DC/OS token")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("asks for a DC/OS token")), qPrintable(e.message()));
        QVERIFY(!e.message().contains(QLatin1String("not-a-valid-token")));
    }
}

void tst_MarathonClient::dcosLoginUnreadable()
{
    // An IAM that cannot read the login (the answer dcos-cli #769 met): habmesos says so in the
    // IAM's words and points at the URL, rather than blaming the password; nothing else is sent.
    test::CannedHttpServer iam(400, R"({"title":"Bad Request","description":"JWT parsing failed"})");
    QVERIFY(iam.listen());
    auto client = makeClient(iam.url(), MarathonAuth::dcosLogin(QStringLiteral("alice"), QStringLiteral("pw")));
    MarathonReply* reply = client->info();
    WAIT_FOR(reply);
    const MarathonError& e = reply->error();
    QCOMPARE(e.kind(), MarathonError::Kind::Unauthorized);
    QCOMPARE(e.httpStatus(), 400);
    QVERIFY2(e.message().contains(QStringLiteral("DC/OS login as “alice”"))
            && e.message().contains(QLatin1String("could not read the request (HTTP 400: Bad Request: JWT parsing "
                                                  "failed)"))
            && e.message().contains(QLatin1String("login URL")) && !e.message().contains(QLatin1String("password")),
        qPrintable(e.message()));
    QCOMPARE(iam.requestLines(), QStringList { QStringLiteral("POST /acs/api/v1/auth/login HTTP/1.1") });
}

void tst_MarathonClient::forbidden()
{
    MarathonStub stub;
    START_STUB(stub,
        { QStringLiteral("--auth"), QStringLiteral("basic"), QStringLiteral("--http-credentials"),
            QStringLiteral("viewer:pw"), QStringLiteral("--forbidden-user"), QStringLiteral("viewer") });
    auto client = makeClient(stub.url(), MarathonAuth::basic(QStringLiteral("viewer"), QStringLiteral("pw")));
    MarathonReply* reply = client->createApp(appJson(QStringLiteral("/acme/x")));
    WAIT_FOR(reply);
    const MarathonError& e = reply->error();
    QCOMPARE(e.kind(), MarathonError::Kind::Forbidden);
    QCOMPARE(e.httpStatus(), 403);
    QCOMPARE(e.serverMessage(), QStringLiteral("Not Authorized to perform this action!"));
    QVERIFY2(e.message().startsWith(QLatin1String("Creating app /acme/x at 127.0.0.1:")), qPrintable(e.message()));
    QVERIFY2(e.message().contains(QStringLiteral("“viewer”")), qPrintable(e.message()));
}

void tst_MarathonClient::notFound()
{
    MarathonStub stub;
    START_STUB(stub);
    auto client = makeClient(stub.url());
    MarathonReply* reply = client->getApp(QStringLiteral("/acme/missing"));
    WAIT_FOR(reply);
    QCOMPARE(reply->error().kind(), MarathonError::Kind::NotFound);
    QCOMPARE(reply->error().httpStatus(), 404);
    QCOMPARE(reply->error().serverMessage(), QStringLiteral("App '/acme/missing' does not exist"));
    QVERIFY2(reply->error().message().startsWith(QStringLiteral("Reading app /acme/missing at 127.0.0.1:")),
        qPrintable(reply->error().message()));
}

void tst_MarathonClient::noLeader_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("status");
    QTest::newRow("1.6") << "1.6.322" << 503;
    QTest::newRow("1.7+") << "1.10.26" << 502;
}

void tst_MarathonClient::noLeader()
{
    QFETCH(QString, version);
    QFETCH(int, status);
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--marathon-version"), version });
    stub.config(R"({"leader": false})");
    auto client = makeClient(stub.url());
    MarathonReply* reply = client->createApp(appJson(QStringLiteral("/acme/x")));
    WAIT_FOR(reply);
    const MarathonError& e = reply->error();
    QCOMPARE(e.kind(), MarathonError::Kind::NoLeader);
    QCOMPARE(e.httpStatus(), status);
    QCOMPARE(e.serverMessage(), QStringLiteral("Could not determine the current leader"));
    QVERIFY2(!e.message().contains(u'<'), qPrintable(e.message()));
}

void tst_MarathonClient::timeoutWhenNoAnswer()
{
    // A server that accepts connections and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* s = silent.nextPendingConnection())
            held.append(s);
    });
    auto client = makeClient(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())), {}, {}, 1000);
    MarathonReply* reply = client->info();
    WAIT_FOR(reply);
    QCOMPARE(reply->error().kind(), MarathonError::Kind::Timeout);
    QVERIFY2(reply->error().message().contains(QLatin1String("did not answer in time")),
        qPrintable(reply->error().message()));
}

void tst_MarathonClient::notAUrl()
{
    auto client = makeClient(QUrl(QStringLiteral("marathon.example.com:8080")));
    MarathonReply* reply = client->info();
    WAIT_FOR(reply);
    QCOMPARE(reply->error().kind(), MarathonError::Kind::Network);
    QVERIFY2(reply->error().message().contains(QLatin1String("is not a Marathon URL")),
        qPrintable(reply->error().message()));
}

void tst_MarathonClient::connectionRefused()
{
    const quint16 port = test::unusedLocalPort();
    QVERIFY(port != 0);
    auto client = makeClient(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    MarathonReply* reply = client->info();
    WAIT_FOR(reply);
    QCOMPARE(reply->error().kind(), MarathonError::Kind::ConnectionRefused);
    QCOMPARE(reply->error().toError().kind, ErrorKind::Network);
    QVERIFY2(reply->error().message().contains(QStringLiteral("127.0.0.1:%1 was refused").arg(port)),
        qPrintable(reply->error().message()));
}

void tst_MarathonClient::httpsWithCaFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString why;
    QVERIFY2(test::makeTestCertificates(dir.path(), &why), qPrintable(why));
    MarathonStub stub;
    const QString caFile = dir.filePath(QStringLiteral("ca.pem"));
    START_STUB(stub,
        { QStringLiteral("--ssl-cert"), dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--ssl-key"),
            dir.filePath(QStringLiteral("server.key")) },
        caFile);
    QCOMPARE(stub.url().scheme(), QStringLiteral("https"));
    {
        auto client = makeClient(stub.url(), {}, caFile);
        MarathonReply* reply = client->info();
        WAIT_FOR(reply);
        QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
        QVERIFY(reply->header("X-Marathon-Leader").startsWith("https://127.0.0.1:"));
    }
    {
        auto client = makeClient(stub.url());
        MarathonReply* reply = client->info();
        WAIT_FOR(reply);
        const MarathonError& e = reply->error();
        QCOMPARE(e.kind(), MarathonError::Kind::Tls);
        QVERIFY2(e.message().contains(QLatin1String("TLS connection"))
                && e.message().contains(QLatin1String("CA certificate")),
            qPrintable(e.message()));
    }
    {
        // The CA file adds to the system's CAs, it does not replace them.
        const auto tls = MarathonClient::tlsConfiguration(caFile);
        QVERIFY(tls.ok());
        const auto system = QSslConfiguration::systemCaCertificates();
        QCOMPARE(tls->caCertificates().size(), system.size() + 1);
        if (!system.isEmpty())
            QVERIFY(tls->caCertificates().contains(system.first()));
    }
    {
        // A CA file that is not one is an error of its own, not a silent fallback.
        auto client = makeClient(stub.url(), {}, dir.filePath(QStringLiteral("ext.cnf")));
        MarathonReply* reply = client->info();
        WAIT_FOR(reply);
        QCOMPARE(reply->error().kind(), MarathonError::Kind::File);
        QVERIFY2(reply->error().message().contains(QLatin1String("holds no certificate")),
            qPrintable(reply->error().message()));
    }
}

void tst_MarathonClient::unlistedNewDeployment()
{
    // An update of a running app: its old tasks run all along, and the new deployment is not
    // listed for the first reads of /v2/deployments. "Not listed" must not count as "done".
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    auto client = makeClient(stub.url());
    MarathonReply* create = client->createApp(appJson(QStringLiteral("/acme/race"), 2));
    WAIT_FOR(create);
    QVERIFY(create->ok());
    {
        DeploymentFollower f(
            client.get(), QStringLiteral("/acme/race"), create->deploymentId(), create->version(), fastFollow());
        QSignalSpy done(&f, &DeploymentFollower::finished);
        f.start();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
        QCOMPARE(f.state(), DeploymentFollower::State::Running);
    }
    // One task step per read of the app (not per time slice): however slow the machine, the
    // follower's first polls fall in the window where the new deployment is unlisted but unfinished.
    stub.config(R"({"unlisted_polls": 4, "advance_on": "app-poll"})");
    MarathonReply* update = client->updateApp(
        QStringLiteral("/acme/race"), appJson(QStringLiteral("/acme/race"), 2, QStringLiteral("hab sup run --v2")));
    WAIT_FOR(update);
    QVERIFY(update->ok());
    DeploymentFollower f(
        client.get(), QStringLiteral("/acme/race"), update->deploymentId(), update->version(), fastFollow());
    QSignalSpy done(&f, &DeploymentFollower::finished);
    QSignalSpy states(&f, &DeploymentFollower::stateChanged);
    f.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QCOMPARE(f.state(), DeploymentFollower::State::Running);
    // It saw the race (the old tasks running, the deployment not listed) and kept deploying.
    bool deploying = false;
    for (const QList<QVariant>& s : states)
        deploying = deploying || s.at(0).value<DeploymentFollower::State>() == DeploymentFollower::State::Deploying;
    QVERIFY(deploying);
    // Running only once the new version's tasks run and the deployment is over.
    const QJsonObject state = stub.control("GET", QStringLiteral("/_stub/state")).object();
    QVERIFY(state[QStringLiteral("deployments")].toArray().isEmpty());
    const QJsonArray tasks
        = state[QStringLiteral("apps")][QStringLiteral("/acme/race")][QStringLiteral("tasks")].toArray();
    QCOMPARE(tasks.size(), 2);
    for (const QJsonValue& t : tasks)
        QCOMPARE(t[QStringLiteral("version")].toString(), update->version());
}

void tst_MarathonClient::deploymentFailure()
{
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--task-seconds"), QStringLiteral("0.1") });
    stub.control("POST", QStringLiteral("/_stub/fail"),
        R"({"app": "/acme/broken", "message": "Command exited with status 127"})");
    auto client = makeClient(stub.url());
    MarathonReply* create = client->createApp(appJson(QStringLiteral("/acme/broken")));
    WAIT_FOR(create);
    QVERIFY(create->ok());
    DeploymentFollower f(
        client.get(), QStringLiteral("/acme/broken"), create->deploymentId(), create->version(), fastFollow());
    QSignalSpy done(&f, &DeploymentFollower::finished);
    f.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QCOMPARE(f.state(), DeploymentFollower::State::Failed);
    QVERIFY2(f.message().contains(QLatin1String("Command exited with status 127")), qPrintable(f.message()));
    QVERIFY2(f.message().contains(QLatin1String("TASK_FAILED")), qPrintable(f.message()));
}

void tst_MarathonClient::followerTimesOut()
{
    MarathonStub stub;
    START_STUB(stub);
    stub.config(R"({"hold_deployments": true})");
    auto client = makeClient(stub.url());
    MarathonReply* create = client->createApp(appJson(QStringLiteral("/acme/slow"), 2));
    WAIT_FOR(create);
    QVERIFY(create->ok());
    DeploymentFollower::Options o = fastFollow();
    o.timeoutMs = 1500;
    DeploymentFollower f(client.get(), QStringLiteral("/acme/slow"), create->deploymentId(), create->version(), o);
    QSignalSpy done(&f, &DeploymentFollower::finished);
    f.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QCOMPARE(f.state(), DeploymentFollower::State::TimedOut);
    QVERIFY2(f.message().contains(QLatin1String("0/2 tasks running")), qPrintable(f.message()));

    // Canceled: no more polls, no more signals. Shown against a witness, a follower that polls as
    // often on the same event loop: by the time it has polled four times, the canceled one would
    // have polled again too.
    DeploymentFollower g(
        client.get(), QStringLiteral("/acme/slow"), create->deploymentId(), create->version(), fastFollow());
    QSignalSpy gStates(&g, &DeploymentFollower::stateChanged);
    g.start();
    QTRY_COMPARE_WITH_TIMEOUT(g.state(), DeploymentFollower::State::Deploying, test::WaitMs);
    g.cancel();
    const QString gPoll = QStringLiteral("GET /v2/apps/acme/slow");
    const qsizetype polls = stub.requestsSeen().count(gPoll);
    QVERIFY(polls > 0);
    const qsizetype signalsSoFar = gStates.size();
    MarathonReply* other = client->createApp(appJson(QStringLiteral("/acme/witness")));
    WAIT_FOR(other);
    QVERIFY(other->ok());
    DeploymentFollower witness(
        client.get(), QStringLiteral("/acme/witness"), other->deploymentId(), other->version(), fastFollow());
    witness.start();
    QTRY_VERIFY_WITH_TIMEOUT(stub.requestsSeen().count(QStringLiteral("GET /v2/apps/acme/witness")) >= 4, test::WaitMs);
    QVERIFY(stub.requestsSeen().count(gPoll) <= polls + 1); // + the one on the wire when canceled
    QCOMPARE(gStates.size(), signalsSoFar);
}

void tst_MarathonClient::followerSurvivesLeaderLoss()
{
    // A leader election in the middle of a deployment: the polls fail for a while, then go on.
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    stub.config(R"({"hold_deployments": true})");
    auto client = makeClient(stub.url());
    MarathonReply* create = client->createApp(appJson(QStringLiteral("/acme/ha"), 2));
    WAIT_FOR(create);
    QVERIFY(create->ok());
    DeploymentFollower f(
        client.get(), QStringLiteral("/acme/ha"), create->deploymentId(), create->version(), fastFollow());
    QSignalSpy done(&f, &DeploymentFollower::finished);
    f.start();
    QTRY_COMPARE_WITH_TIMEOUT(f.state(), DeploymentFollower::State::Deploying, test::WaitMs);
    stub.config(R"({"leader": false})");
    QTRY_COMPARE_WITH_TIMEOUT(f.lastError().kind(), MarathonError::Kind::NoLeader, test::WaitMs);
    QVERIFY(done.isEmpty());
    stub.config(R"({"leader": true, "hold_deployments": false})");
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QCOMPARE(f.state(), DeploymentFollower::State::Running);
}

void tst_MarathonClient::abort()
{
    MarathonStub stub;
    START_STUB(stub,
        { QStringLiteral("--auth"), QStringLiteral("dcos"), QStringLiteral("--dcos-user"),
            QStringLiteral("alice:pw") });
    stub.config(R"({"hang": true})");
    auto client = makeClient(stub.url(), MarathonAuth::dcosLogin(QStringLiteral("alice"), QStringLiteral("pw")));
    // The login hangs: the first call waits for it, the abort ends it anyway.
    MarathonReply* waiting = client->info();
    QTRY_VERIFY_WITH_TIMEOUT(stub.requestsSeen().contains(QStringLiteral("POST /acs/api/v1/auth/login")), test::WaitMs);
    QVERIFY(!waiting->isFinished());
    waiting->abort();
    QVERIFY(waiting->isFinished());
    QCOMPARE(waiting->error().kind(), MarathonError::Kind::Canceled);

    auto plain = makeClient(stub.url());
    MarathonReply* onTheWire = plain->info();
    QTRY_VERIFY_WITH_TIMEOUT(stub.requestsSeen().contains(QStringLiteral("GET /v2/info")), test::WaitMs);
    onTheWire->abort();
    WAIT_FOR(onTheWire);
    QCOMPARE(onTheWire->error().kind(), MarathonError::Kind::Canceled);
    stub.config(R"({"hang": false})");
}

void tst_MarathonClient::followerRejectsForeignAnswers()
{
    // Something that answers 200 with an HTML page to everything (a captive proxy, a wrong URL):
    // its empty "state" must not read as "deployment over, all tasks running".
    QTcpServer fake;
    QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
    connect(&fake, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* s = fake.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 20\r\n\r\n<html>welcome</html>");
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    auto client = makeClient(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(fake.serverPort())));
    DeploymentFollower::Options o = fastFollow();
    o.graceMs = 0;
    o.timeoutMs = 1500;
    DeploymentFollower f(client.get(), QStringLiteral("/acme/x"), QStringLiteral("d1"), {}, o);
    QSignalSpy done(&f, &DeploymentFollower::finished);
    f.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QCOMPARE(f.state(), DeploymentFollower::State::TimedOut);
    QCOMPARE(f.lastError().kind(), MarathonError::Kind::BadResponse);
    QVERIFY2(f.message().contains(QLatin1String("is not Marathon's JSON")), qPrintable(f.message()));
}

void tst_MarathonClient::stubContract()
{
    // Parts of the stub's contract the client does not exercise otherwise.
    MarathonStub stub;
    START_STUB(stub,
        { QStringLiteral("--auth"), QStringLiteral("dcos"), QStringLiteral("--dcos-token"),
            QStringLiteral("tok1=alice") });
    QNetworkAccessManager nam;
    auto call
        = [&](const QByteArray& method, const QString& path, const QByteArray& body = {}, const QByteArray& auth = {}) {
              QUrl u = stub.url();
              u.setPath(path);
              QNetworkRequest r(u);
              r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
              if (!auth.isEmpty())
                  r.setRawHeader("Authorization", auth);
              QNetworkReply* reply = nam.sendCustomRequest(r, method, body);
              QSignalSpy spy(reply, &QNetworkReply::finished);
              spy.wait(test::WaitMs);
              const auto out
                  = qMakePair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
              delete reply;
              return out;
          };
    auto r = call("GET", QStringLiteral("/ping"));
    QCOMPARE(r.first, 401);
    r = call("GET", QStringLiteral("/ping"), {}, "token=tok1");
    QCOMPARE(r.first, 200);
    QCOMPARE(r.second, QByteArray("pong"));
    r = call("GET", QStringLiteral("/v2/leader"), {}, "token=tok1");
    QCOMPARE(r.first, 200);
    QCOMPARE(QJsonDocument::fromJson(r.second)[QStringLiteral("leader")].toString(),
        QStringLiteral("127.0.0.1:%1").arg(stub.port()));

    // DELETE through the client (a given token).
    auto client = makeClient(stub.url(), MarathonAuth::dcosToken(QStringLiteral("tok1")));
    MarathonReply* create = client->createApp(appJson(QStringLiteral("/acme/gone")));
    WAIT_FOR(create);
    QVERIFY(create->ok());
    MarathonReply* del = client->deleteApp(QStringLiteral("/acme/gone"));
    WAIT_FOR(del);
    QVERIFY2(del->ok(), qPrintable(del->error().message()));
    QVERIFY(!del->deploymentId().isEmpty());
    MarathonReply* get = client->getApp(QStringLiteral("/acme/gone"));
    WAIT_FOR(get);
    QCOMPARE(get->error().kind(), MarathonError::Kind::NotFound);
    MarathonReply* list = client->listDeployments();
    WAIT_FOR(list);
    QVERIFY(list->ok());
    QVERIFY(QJsonDocument::fromJson(list->body()).isArray());
}

void tst_MarathonClient::clusterEndpoints()
{
    // The cluster view's calls, and the stand-in's contract for them (apps.raml, reference 3.1).
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    stub.config(R"({"hold_deployments": true})");
    auto client = makeClient(stub.url());
    const QString id = QStringLiteral("/acme/web");
    MarathonReply* r = client->createApp(appJson(id));
    WAIT_FOR(r);
    QVERIFY(r->ok());

    r = client->listApps();
    WAIT_FOR(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    const QJsonObject listed = r->json().value(QStringLiteral("apps")).toArray().first().toObject();
    QCOMPARE(listed.value(QStringLiteral("id")).toString(), id);
    QVERIFY(listed.contains(QStringLiteral("tasksRunning")));
    QVERIFY(listed.contains(QStringLiteral("deployments")));
    QVERIFY(!listed.contains(QStringLiteral("tasks"))); // not asked for

    // Locked: scale and restart are 409 with the deployments, forced they pass.
    r = client->scaleApp(id, 2);
    WAIT_FOR(r);
    QCOMPARE(r->error().kind(), MarathonError::Kind::Locked);
    r = client->restartApp(id);
    WAIT_FOR(r);
    QCOMPARE(r->error().kind(), MarathonError::Kind::Locked);
    r = client->scaleApp(id, 2, MarathonClient::Force::Yes);
    WAIT_FOR(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    QVERIFY(!r->deploymentId().isEmpty());
    r = client->restartApp(id, MarathonClient::Force::Yes);
    WAIT_FOR(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    QVERIFY(!r->version().isEmpty());

    // Three versions: created, scaled, restarted.
    r = client->appVersions(id);
    WAIT_FOR(r);
    QVERIFY(r->ok());
    const QJsonArray versions = r->json().value(QStringLiteral("versions")).toArray();
    QCOMPARE(versions.size(), 3);
    const QString first = versions.last().toString();
    r = client->appVersion(id, first);
    WAIT_FOR(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    QCOMPARE(r->json().value(QStringLiteral("instances")).toInt(), 1);
    QCOMPARE(r->json().value(QStringLiteral("version")).toString(), first);
    const QJsonObject old = r->json();
    r = client->appVersion(id, QStringLiteral("2001-01-01T00:00:00.000Z"));
    WAIT_FOR(r);
    QCOMPARE(r->error().kind(), MarathonError::Kind::NotFound);

    // Roll back: the old definition without what Marathon adds (a version beside other fields is 422).
    r = client->rollBackApp(id, first, old, MarathonClient::Force::Yes);
    WAIT_FOR(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    QCOMPARE(
        stub.control("GET", QStringLiteral("/_stub/state"))[QStringLiteral("apps")][id][QStringLiteral("instances")]
            .toInt(),
        1);
    r = client->updateApp(id, R"({"version":"x","cpus":1})", MarathonClient::Force::Yes);
    WAIT_FOR(r);
    QCOMPARE(r->httpStatus(), 422);

    // DELETE forces by default; then everything about the app is 404.
    r = client->deleteApp(id);
    WAIT_FOR(r);
    QVERIFY2(r->ok(), qPrintable(r->error().message()));
    for (MarathonReply* gone : { client->appVersions(id), client->restartApp(id), client->deleteApp(id) }) {
        WAIT_FOR(gone);
        QCOMPARE(gone->error().kind(), MarathonError::Kind::NotFound);
        QVERIFY2(gone->error().serverMessage() == QStringLiteral("App '/acme/web' does not exist"),
            qPrintable(gone->error().serverMessage()));
    }
}

void tst_MarathonClient::httpsAgainstPlainHttp()
{
    // A plain HTTP server answers the TLS ClientHello with its 400 page: the message names the
    // scheme, not a CA file.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nContent-Length: 11\r\n"
                              "Connection: close\r\n\r\nBad Request");
                socket->disconnectFromHost();
            });
        }
    });
    auto client = makeClient(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
    MarathonReply* r = client->info();
    WAIT_FOR(r);
    QCOMPARE(r->error().kind(), MarathonError::Kind::Tls);
    QVERIFY2(r->error().message().contains(QLatin1String("does not speak TLS")), qPrintable(r->error().message()));
    QVERIFY2(r->error().message().contains(QLatin1String("http://")), qPrintable(r->error().message()));
    QVERIFY2(!r->error().message().contains(QLatin1String("CA certificate")), qPrintable(r->error().message()));
}

QTEST_GUILESS_MAIN(tst_MarathonClient)
#include "tst_marathonclient.moc"
