// SPDX-License-Identifier: Apache-2.0
// The deploy panel against the Marathon stand-in (tests/marathon/marathon_stub.py), a canned HTTP
// server for answers the stand-in does not give, and a real nginx for uploads.
#include "marathon/marathonclient.h"
#include "marathon/marathonjsonwriter.h"
#include "marathon/marathonstub.h"
#include "marathon/marathonvalidator.h"
#include "support/cannedhttpserver.h"
#include "support/nginxprocess.h"
#include "support/testfiles.h"
#include "support/testnetwork.h"
#include "support/testwait.h"
#include "ui/appdiffdialog.h"
#include "ui/deploypanel.h"
#include "ui/memorysecretstore.h"
#include "ui/settings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace habmesos;
using habmesos::test::MarathonStub;
using habmesos::test::NginxProcess;

namespace {

MarathonApp helloApp(const QString& id = QStringLiteral("/acme/hello"), int instances = 2)
{
    MarathonApp app;
    app.id = id;
    app.cmd = QStringLiteral("hab sup run acme/hello");
    app.instances = instances;
    app.portDefinitions = { MarathonPortDefinition { 0, QStringLiteral("tcp"), QStringLiteral("http"), {} },
        MarathonPortDefinition { 0, QStringLiteral("tcp"), QStringLiteral("admin"), {} } };
    return app;
}

// The definition as the window gives it: the app and, explicitly, what is wrong with it (here
// Marathon's rules and the flavour's losses; the window adds the package's problems).
DeployPanel::Definition checked(const MarathonApp& app, MarathonFlavour flavour = MarathonFlavour::Current)
{
    FieldProblems problems = MarathonValidator::validate(app);
    if (flavour == MarathonFlavour::Legacy)
        problems += MarathonJsonWriter::legacyLosses(app);
    return { app, flavour, problems };
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    MemorySecretStore secrets;
    std::unique_ptr<DeployPanel> panel;
    QStringList confirmations;
    QList<bool> answers; // for the confirmations, in order; missing: no
    int prompts = 0;
    QString secret;

    void make(const QUrl& url, MarathonServer::Auth auth = MarathonServer::Auth::None, const QString& user = {},
        bool realDialogs = false)
    {
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("habmesos.conf")));
        MarathonServer server;
        server.name = QStringLiteral("stub");
        server.url = url;
        server.auth = auth;
        server.userName = user;
        settings->setMarathonServers({ server });
        settings->setCurrentMarathonServer(server.name);
        panel = std::make_unique<DeployPanel>(settings.get(), &secrets);
        DeploymentFollower::Options follow;
        follow.intervalMs = 50;
        follow.timeoutMs = 120000;
        follow.graceMs = 10000;
        panel->setFollowerOptions(follow);
        if (realDialogs)
            return;
        panel->setConfirmation([this](const QString&, const QString& text) {
            confirmations.append(text);
            return answers.value(confirmations.size() - 1, false);
        });
        panel->setSecretPrompt([this](const MarathonServer&, bool) -> std::optional<DeployPanel::SecretAnswer> {
            ++prompts;
            if (secret.isEmpty())
                return std::nullopt;
            return DeployPanel::SecretAnswer { secret, true };
        });
    }
};

// Handles the next modal dialog when it shows (QMessageBox, SecretPromptDialog), from a timer, so
// the panel's own exec() runs as it would for a user.
void answerModals(QObject* context, std::function<bool(QWidget*)> handle)
{
    auto* timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, handle] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            if (!handle(modal))
                timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace

#define START_STUB(stub, ...) QVERIFY2((stub).start(__VA_ARGS__), qPrintable((stub).errorText()))

class tst_DeployPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deployReachesRunning();
    void localErrorsRefused();
    void legacyLossesListedNotBlocking();
    void serverProblems422();
    void existsThenUpdate();
    void lockedForcedOnlyWhenConfirmed();
    void lockedNotForcedWhenDeclined();
    void failedDeployment();
    void connectionRefusedMessage();
    void uploadToNginx();
    void uploadWithoutTarball();
    void uploadStopped();
    void uploadToArtifactStore();
    void uploadRefusedShowsMessage();
    void followerTimesOut();
    void secretNeverInSettingsFile();
    void staleSecretReadIsDropped();
    void uploadOfAReplacedTarballKeepsTheUri();
    void uploadShowsNoPassword();
    void realDialogs();
    void replaceShowsTheDiff();
    void localFetchNotSent();
    void staleResultsCleared();
    void builtTarballKnownAfterRestart();
    void tarballNotAtItsUriNotSent();
};

void tst_DeployPanel::initTestCase()
{
    qRegisterMetaType<habmesos::FieldProblems>();
}

void tst_DeployPanel::deployReachesRunning()
{
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--advance-on"), QStringLiteral("app-poll") });
    Fixture f;
    f.make(stub.url());
    f.panel->setDefinitionProvider([] { return checked(helloApp()); });
    QSignalSpy states(f.panel.get(), &DeployPanel::deploymentStateChanged);
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);
    f.panel->deploy();
    QVERIFY(f.panel->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY2(done.first().first().toBool(), qPrintable(f.panel->statusText()));
    QStringList texts;
    for (const auto& s : states)
        texts.append(s.first().toString());
    QVERIFY2(texts.first().startsWith(QLatin1String("Submitted")), qPrintable(texts.join(u'\n')));
    QVERIFY2(texts.contains(QStringLiteral("Deploying (1/2 tasks running)")), qPrintable(texts.join(u'\n')));
    QCOMPARE(texts.last(), QStringLiteral("Running (2/2 tasks running)"));
    QVERIFY(f.panel->statusText().contains(QLatin1String("Running")));
    QVERIFY(!f.panel->isBusy());
    QVERIFY(f.confirmations.isEmpty());
    QVERIFY(stub.requestsSeen().contains(QStringLiteral("POST /v2/apps")));
    f.panel->resize(700, 500);
    // For a look at the panel: HABMESOS_SCREENSHOT_DIR=/some/dir
    if (const QString shots = qEnvironmentVariable("HABMESOS_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(f.panel->grab().save(shots + QStringLiteral("/deploypanel.png")));
}

void tst_DeployPanel::localErrorsRefused()
{
    MarathonStub stub;
    START_STUB(stub);
    Fixture f;
    f.make(stub.url());
    f.panel->setDefinitionProvider([] {
        MarathonApp app = helloApp(QStringLiteral("/acme/Bad_Name"));
        app.portDefinitions[1].name = QStringLiteral("http");
        return checked(app);
    });
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);
    f.panel->deploy();
    QCOMPARE(done.size(), 1);
    QVERIFY(!done.first().first().toBool());
    QStringList fields;
    for (const FieldProblem& p : f.panel->listedProblems())
        fields.append(p.field);
    QVERIFY2(fields.contains(QStringLiteral("id")), qPrintable(fields.join(u' ')));
    QVERIFY2(fields.contains(QStringLiteral("portDefinitions/1/name")), qPrintable(fields.join(u' ')));
    QVERIFY(f.panel->statusText().contains(QLatin1String("Not sent")));
    QVERIFY2(!stub.requestsSeen().join(u'\n').contains(QLatin1String("/v2/apps")), "nothing may be sent");
}

void tst_DeployPanel::legacyLossesListedNotBlocking()
{
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    Fixture f;
    f.make(stub.url());
    f.panel->setDefinitionProvider(
        [] { return checked(helloApp(QStringLiteral("/acme/old"), 1), MarathonFlavour::Legacy); });
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY2(done.first().first().toBool(), qPrintable(f.panel->statusText()));
    QVERIFY(!f.panel->listedProblems().isEmpty()); // the port names cannot be sent as `ports`
    for (const FieldProblem& p : f.panel->listedProblems())
        QCOMPARE(p.severity, FieldProblem::Severity::Warning);
    const QJsonObject app
        = stub.control("GET", QStringLiteral("/_stub/state"))[QStringLiteral("apps")][QStringLiteral("/acme/old")]
              .toObject();
    QVERIFY(!app.isEmpty());
}

void tst_DeployPanel::serverProblems422()
{
    // A rule of the real server that local validation does not know (here: a port name policy).
    test::CannedHttpServer server(422,
        R"({"message":"Object is not valid","details":[{"path":"/portDefinitions(1)/name","errors":["name is reserved by the cluster"]}]})");
    QVERIFY(server.listen());
    Fixture f;
    f.make(server.url());
    f.panel->setDefinitionProvider([] { return checked(helloApp()); });
    QSignalSpy problems(f.panel.get(), &DeployPanel::serverProblems);
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY(!done.first().first().toBool());
    QCOMPARE(problems.size(), 1);
    const auto list = problems.first().first().value<FieldProblems>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().field, QStringLiteral("portDefinitions/1/name"));
    QVERIFY(list.first().message.contains(QLatin1String("reserved")));
    QCOMPARE(f.panel->listedProblems(), list);
    QCOMPARE(server.requestLines().value(0), QStringLiteral("POST /v2/apps HTTP/1.1"));
    if (const QString shots = qEnvironmentVariable("HABMESOS_SCREENSHOT_DIR"); !shots.isEmpty()) {
        f.panel->resize(700, 500);
        QVERIFY(f.panel->grab().save(shots + QStringLiteral("/deploypanel-422.png")));
    }
}

void tst_DeployPanel::existsThenUpdate()
{
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    Fixture f;
    f.make(stub.url());
    f.panel->setDefinitionProvider([] { return checked(helloApp(QStringLiteral("/acme/web"), 1)); });
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY(done.last().first().toBool());

    f.answers = { true };
    f.panel->setDefinitionProvider([] { return checked(helloApp(QStringLiteral("/acme/web"), 2)); });
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, test::WaitMs);
    QVERIFY2(done.last().first().toBool(), qPrintable(f.panel->statusText()));
    QCOMPARE(f.confirmations.size(), 1);
    QVERIFY(f.confirmations.first().contains(QLatin1String("already exists")));
    const QStringList seen = stub.requestsSeen();
    QVERIFY2(seen.contains(QStringLiteral("PUT /v2/apps/acme/web")), qPrintable(seen.join(u'\n')));
    QVERIFY(!seen.join(u'\n').contains(QLatin1String("force=true")));
}

void tst_DeployPanel::lockedForcedOnlyWhenConfirmed()
{
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    stub.config(R"({"hold_deployments": true})");
    // The app exists and a deployment holds it.
    MarathonClient::Options o;
    o.url = stub.url();
    MarathonClient client(o);
    MarathonReply* create = client.createApp(R"({"id":"/acme/db","cmd":"hab sup run","portDefinitions":[]})");
    QTRY_VERIFY_WITH_TIMEOUT(create->isFinished(), test::WaitMs);
    QVERIFY(create->ok());
    const QString holding = create->deploymentId();

    Fixture f;
    f.make(stub.url());
    f.panel->setDefinitionProvider([] { return checked(helloApp(QStringLiteral("/acme/db"), 1)); });
    f.answers = { true, true }; // update it; force it
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);
    QSignalSpy states(f.panel.get(), &DeployPanel::deploymentStateChanged);
    // Once force is asked for, the stand-in may let deployments progress again.
    bool forcedBeforeAsked = false;
    f.panel->setConfirmation([&](const QString&, const QString& text) {
        f.confirmations.append(text);
        if (f.confirmations.size() == 2) {
            forcedBeforeAsked = stub.requestsSeen().join(u'\n').contains(QLatin1String("force=true"));
            stub.config(R"({"hold_deployments": false})");
        }
        return true;
    });
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY2(done.first().first().toBool(), qPrintable(f.panel->statusText()));
    QCOMPARE(f.confirmations.size(), 2);
    QVERIFY(!forcedBeforeAsked);
    QVERIFY2(f.confirmations[1].contains(holding), qPrintable(f.confirmations[1]));
    QVERIFY(f.confirmations[1].contains(QLatin1String("Force")));
    const QStringList seen = stub.requestsSeen();
    QVERIFY2(seen.contains(QStringLiteral("PUT /v2/apps/acme/db")), qPrintable(seen.join(u'\n')));
    QVERIFY2(seen.contains(QStringLiteral("PUT /v2/apps/acme/db?force=true")), qPrintable(seen.join(u'\n')));
    QCOMPARE(states.last().first().toString(), QStringLiteral("Running (1/1 tasks running)"));
}

void tst_DeployPanel::lockedNotForcedWhenDeclined()
{
    MarathonStub stub;
    START_STUB(stub);
    stub.config(R"({"hold_deployments": true})");
    MarathonClient::Options o;
    o.url = stub.url();
    MarathonClient client(o);
    MarathonReply* create = client.createApp(R"({"id":"/acme/db","cmd":"hab sup run","portDefinitions":[]})");
    QTRY_VERIFY_WITH_TIMEOUT(create->isFinished(), test::WaitMs);
    QVERIFY(create->ok());

    Fixture f;
    f.make(stub.url());
    f.panel->setDefinitionProvider([] { return checked(helloApp(QStringLiteral("/acme/db"), 1)); });
    f.answers = { true, false }; // update it; do not force
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY(!done.first().first().toBool());
    QCOMPARE(f.confirmations.size(), 2);
    QVERIFY2(f.panel->statusText().contains(create->deploymentId()), qPrintable(f.panel->statusText()));
    QVERIFY(!stub.requestsSeen().join(u'\n').contains(QLatin1String("force=true")));
}

void tst_DeployPanel::failedDeployment()
{
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    stub.control("POST", QStringLiteral("/_stub/fail"),
        R"({"app": "/acme/broken", "message": "Command exited with status 127"})");
    Fixture f;
    f.make(stub.url());
    f.panel->setDefinitionProvider([] { return checked(helloApp(QStringLiteral("/acme/broken"), 1)); });
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY(!done.first().first().toBool());
    QVERIFY2(f.panel->statusText().contains(QLatin1String("status 127")), qPrintable(f.panel->statusText()));
}

void tst_DeployPanel::connectionRefusedMessage()
{
    const quint16 port = test::unusedLocalPort();
    QVERIFY(port != 0);
    Fixture f;
    f.make(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    f.panel->setDefinitionProvider([] { return checked(helloApp()); });
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY(!done.first().first().toBool());
    QVERIFY2(
        f.panel->statusText().contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(f.panel->statusText()));
    QVERIFY(!f.panel->isBusy());
}

void tst_DeployPanel::uploadToNginx()
{
    NginxProcess nginx;
    QString why;
    if (!nginx.start(&why))
        QFAIL(qPrintable(QStringLiteral("nginx did not start: ") + why));
    QTemporaryDir dir;
    const QString name = QStringLiteral("demo-hello-1.0.0-20240601120000.tgz");
    const QString file = test::writeRandomFile(dir, name, 3 * 1024 * 1024 + 17);
    QVERIFY(!file.isEmpty());
    Fixture f;
    f.make(QUrl(QStringLiteral("http://127.0.0.1:1")));
    f.panel->setTarballPath(file);
    f.panel->setUploadUrl(nginx.url(QStringLiteral("/artifacts/")).toString());
    QSignalSpy uri(f.panel.get(), &DeployPanel::fetchUriChanged);
    QSignalSpy done(f.panel.get(), &DeployPanel::uploadFinished);
    f.panel->upload();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY2(done.first().first().toBool(), qPrintable(f.panel->statusText()));
    QCOMPARE(uri.size(), 1);
    QCOMPARE(uri.first().first().toString(), nginx.url(QStringLiteral("/artifacts/") + name).toString());
    QFile original(file);
    QFile uploaded(nginx.wwwPath(QStringLiteral("/artifacts/") + name));
    QVERIFY(original.open(QIODevice::ReadOnly) && uploaded.open(QIODevice::ReadOnly));
    QVERIFY(original.readAll() == uploaded.readAll());

    // The next panel (the next start of the application) offers the same place.
    QCOMPARE(f.settings->uploadUrl(), nginx.url(QStringLiteral("/artifacts/")).toString());
    DeployPanel again(f.settings.get(), &f.secrets);
    QStringList texts;
    for (QLineEdit* edit : again.findChildren<QLineEdit*>())
        texts.append(edit->text());
    QVERIFY2(texts.contains(nginx.url(QStringLiteral("/artifacts/")).toString()), qPrintable(texts.join(u'|')));
}

void tst_DeployPanel::uploadWithoutTarball()
{
    Fixture f;
    f.make(QUrl(QStringLiteral("http://127.0.0.1:1")));
    QSignalSpy done(f.panel.get(), &DeployPanel::uploadFinished);
    QSignalSpy uri(f.panel.get(), &DeployPanel::fetchUriChanged);
    f.panel->upload();
    QCOMPARE(done.size(), 1);
    QVERIFY(!done.first().first().toBool());
    QVERIFY(uri.isEmpty());
}

void tst_DeployPanel::uploadStopped()
{
    // A target that accepts the connection and never answers: the upload waits until Stop.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket* s = silent.nextPendingConnection())
            held.append(s);
    });
    QTemporaryDir dir;
    const QString file = test::writeRandomFile(dir, QStringLiteral("x.tgz"), 8 * 1024 * 1024);
    Fixture f;
    f.make(QUrl(QStringLiteral("http://127.0.0.1:1")));
    f.panel->setTarballPath(file);
    f.panel->setUploadUrl(QStringLiteral("http://127.0.0.1:%1/up/").arg(silent.serverPort()));
    QSignalSpy uri(f.panel.get(), &DeployPanel::fetchUriChanged);
    QSignalSpy done(f.panel.get(), &DeployPanel::uploadFinished);
    f.panel->upload();
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), test::WaitMs);
    QVERIFY(f.panel->isBusy());
    QVERIFY(done.isEmpty());
    f.panel->stop();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY(!done.first().first().toBool());
    QVERIFY(uri.isEmpty());
    QCOMPARE(f.panel->statusText(), QStringLiteral("Upload canceled."));
    QVERIFY(!f.panel->isBusy());
}

void tst_DeployPanel::uploadToArtifactStore()
{
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--marathon-version"), QStringLiteral("1.4.13") });
    QTemporaryDir dir;
    const QString name = QStringLiteral("demo-hello-1.0.0-20240601120000.tgz");
    const QString file = test::writeRandomFile(dir, name, 1024 * 1024 + 3);
    Fixture f;
    f.make(stub.url());
    f.panel->setTarballPath(file);
    f.panel->setUploadToArtifactStore(true);
    QSignalSpy uri(f.panel.get(), &DeployPanel::fetchUriChanged);
    QSignalSpy done(f.panel.get(), &DeployPanel::uploadFinished);
    f.panel->upload();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY2(done.first().first().toBool(), qPrintable(f.panel->statusText()));
    QCOMPARE(uri.size(), 1);
    const QString fetch = uri.first().first().toString();
    QVERIFY2(fetch.startsWith(stub.url().toString() + QStringLiteral("/v2/artifacts/")), qPrintable(fetch));
    QVERIFY2(fetch.endsWith(name), qPrintable(fetch));
    QVERIFY(stub.requestsSeen().contains(QStringLiteral("POST /v2/artifacts")));
}

void tst_DeployPanel::uploadRefusedShowsMessage()
{
    // Marathon 1.5+ has no artifact store: one clear message, no URI.
    MarathonStub stub;
    START_STUB(stub);
    QTemporaryDir dir;
    const QString file = test::writeRandomFile(dir, QStringLiteral("x.tgz"), 1024);
    Fixture f;
    f.make(stub.url());
    f.panel->setTarballPath(file);
    f.panel->setUploadToArtifactStore(true);
    QSignalSpy uri(f.panel.get(), &DeployPanel::fetchUriChanged);
    QSignalSpy done(f.panel.get(), &DeployPanel::uploadFinished);
    f.panel->upload();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY(!done.first().first().toBool());
    QVERIFY(uri.isEmpty());
    QVERIFY2(f.panel->statusText().contains(QLatin1String("artifact")), qPrintable(f.panel->statusText()));
    QVERIFY(!f.panel->isBusy());
}

void tst_DeployPanel::followerTimesOut()
{
    MarathonStub stub;
    START_STUB(stub);
    stub.config(R"({"hold_deployments": true})");
    Fixture f;
    f.make(stub.url());
    DeploymentFollower::Options follow;
    follow.intervalMs = 50;
    follow.timeoutMs = 1500;
    follow.graceMs = 500;
    f.panel->setFollowerOptions(follow);
    f.panel->setDefinitionProvider([] { return checked(helloApp(QStringLiteral("/acme/slow"), 1)); });
    QSignalSpy states(f.panel.get(), &DeployPanel::deploymentStateChanged);
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY(!done.first().first().toBool());
    QVERIFY2(states.last().first().toString().startsWith(QLatin1String("Timed out")),
        qPrintable(states.last().first().toString()));
    QVERIFY2(f.panel->statusText().contains(QLatin1String("Timed out")), qPrintable(f.panel->statusText()));
}

void tst_DeployPanel::secretNeverInSettingsFile()
{
    const QString password = QStringLiteral("pw-7c1e9a-never-on-disk");
    MarathonStub stub;
    START_STUB(stub,
        { QStringLiteral("--auth"), QStringLiteral("basic"), QStringLiteral("--http-credentials"),
            QStringLiteral("ops:") + password, QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    Fixture f;
    f.make(stub.url(), MarathonServer::Auth::Basic, QStringLiteral("ops"));
    f.panel->setDefinitionProvider([] { return checked(helloApp(QStringLiteral("/acme/secure"), 1)); });
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);

    // A wrong password: 401 shown, and asked for again at the next attempt.
    f.secret = QStringLiteral("wrong");
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY(!done.last().first().toBool());
    QCOMPARE(f.prompts, 1);

    f.secret = password;
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, test::WaitMs);
    QVERIFY2(done.last().first().toBool(), qPrintable(f.panel->statusText()));
    QCOMPARE(f.prompts, 2);

    // The memory store keeps it for the session: no third question.
    f.panel->setDefinitionProvider([] { return checked(helloApp(QStringLiteral("/acme/secure2"), 1)); });
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, test::WaitMs);
    QVERIFY2(done.last().first().toBool(), qPrintable(f.panel->statusText()));
    QCOMPARE(f.prompts, 2);

    // Forgotten: asked for again.
    f.panel->forgetSecret();
    f.panel->setDefinitionProvider([] { return checked(helloApp(QStringLiteral("/acme/secure3"), 1)); });
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 4, test::WaitMs);
    QVERIFY2(done.last().first().toBool(), qPrintable(f.panel->statusText()));
    QCOMPARE(f.prompts, 3);

    QVERIFY(f.settings->sync().ok());
    const QString path = f.settings->filePath();
    f.panel.reset();
    f.settings.reset();
    QFile conf(path);
    QVERIFY(conf.open(QIODevice::ReadOnly));
    const QByteArray text = conf.readAll();
    QVERIFY(text.contains("ops")); // the file is the right one
    QVERIFY(!text.contains(password.toUtf8()));
    QVERIFY(!text.contains(password.toUtf8().toBase64()));
    QVERIFY(!text.contains("wrong"));
}

void tst_DeployPanel::staleSecretReadIsDropped()
{
    // Deploy, Stop and Deploy again before the store answered the first read: only the second
    // deploy goes on (once), and the first's late answer is dropped.
    const QString password = QStringLiteral("pw-stale-read");
    MarathonStub stub;
    START_STUB(stub,
        { QStringLiteral("--auth"), QStringLiteral("basic"), QStringLiteral("--http-credentials"),
            QStringLiteral("ops:") + password, QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    Fixture f;
    f.make(stub.url(), MarathonServer::Auth::Basic, QStringLiteral("ops"));
    f.secret = password; // the store has none: each read that is answered asks
    f.panel->setDefinitionProvider([] { return checked(helloApp(QStringLiteral("/acme/twice"), 1)); });
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);
    f.panel->deploy();
    f.panel->stop();
    QCOMPARE(done.size(), 1);
    QVERIFY(!done.first().first().toBool());
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, test::WaitMs);
    QVERIFY2(done.last().first().toBool(), qPrintable(f.panel->statusText()));
    QCOMPARE(f.prompts, 1);
    QCOMPARE(stub.requestsSeen().count(QStringLiteral("POST /v2/apps")), 1);
    QVERIFY(f.confirmations.isEmpty());
}

void tst_DeployPanel::uploadOfAReplacedTarballKeepsTheUri()
{
    // The window replaces (or clears) the tarball when the package or the format changes: an
    // upload still running then must not name the app's fetch URI.
    NginxProcess nginx;
    QString why;
    if (!nginx.start(&why))
        QFAIL(qPrintable(QStringLiteral("nginx did not start: ") + why));
    QTemporaryDir dir;
    const QString name = QStringLiteral("demo-hello-1.0.0-20240601120000.tgz");
    const QString file = test::writeRandomFile(dir, name, 1024 * 1024);
    Fixture f;
    f.make(QUrl(QStringLiteral("http://127.0.0.1:1")));
    f.panel->setTarballPath(file);
    f.panel->setUploadUrl(nginx.url(QStringLiteral("/artifacts/")).toString());
    QSignalSpy uri(f.panel.get(), &DeployPanel::fetchUriChanged);
    QSignalSpy done(f.panel.get(), &DeployPanel::uploadFinished);
    f.panel->upload();
    QVERIFY(f.panel->isBusy());
    f.panel->setTarballPath(QString());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY2(done.first().first().toBool(), qPrintable(f.panel->statusText()));
    QVERIFY(QFile::exists(nginx.wwwPath(QStringLiteral("/artifacts/") + name)));
    QVERIFY(uri.isEmpty());
    QVERIFY2(f.panel->statusText().contains(name), qPrintable(f.panel->statusText()));

    // The same tarball still there: its URI is the app's.
    f.panel->setTarballPath(file);
    f.panel->upload();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, test::WaitMs);
    QVERIFY2(done.last().first().toBool(), qPrintable(f.panel->statusText()));
    QCOMPARE(uri.size(), 1);
    QCOMPARE(uri.first().first().toString(), nginx.url(QStringLiteral("/artifacts/") + name).toString());
}

void tst_DeployPanel::uploadShowsNoPassword()
{
    const QString password = QStringLiteral("pw-9d3f-upload");
    NginxProcess nginx;
    QString why;
    NginxProcess::Options options;
    options.basicUser = QStringLiteral("uploader");
    options.basicPassword = password;
    if (!nginx.start(&why, options))
        QFAIL(qPrintable(QStringLiteral("nginx did not start: ") + why));
    QTemporaryDir dir;
    const QString name = QStringLiteral("demo-hello-1.0.0-20240601120000.tgz");
    const QString file = test::writeRandomFile(dir, name, 64 * 1024);
    Fixture f;
    f.make(QUrl(QStringLiteral("http://127.0.0.1:1")));
    f.panel->setTarballPath(file);
    QUrl target = nginx.url(QStringLiteral("/private/"));
    target.setUserName(QStringLiteral("uploader"));
    target.setPassword(password);
    f.panel->setUploadUrl(target.toString());
    QSignalSpy uri(f.panel.get(), &DeployPanel::fetchUriChanged);
    QSignalSpy done(f.panel.get(), &DeployPanel::uploadFinished);
    f.panel->upload();
    QVERIFY2(!f.panel->statusText().contains(password), qPrintable(f.panel->statusText()));
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY2(done.first().first().toBool(), qPrintable(f.panel->statusText()));
    // The upload's credentials are not the agents' download: neither in the URI nor shown.
    QCOMPARE(uri.size(), 1);
    QCOMPARE(uri.first().first().toString(), nginx.url(QStringLiteral("/private/") + name).toString());
    QVERIFY2(!f.panel->statusText().contains(password), qPrintable(f.panel->statusText()));

    // A download URL with a password is the operator's, for the agents: kept in the URI, not shown.
    const QString download = QStringLiteral("http://reader:pw-4e1a-download@files.example/t/") + name;
    f.panel->setDownloadUrl(download);
    f.panel->upload();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, test::WaitMs);
    QVERIFY2(done.last().first().toBool(), qPrintable(f.panel->statusText()));
    QCOMPARE(uri.size(), 2);
    QCOMPARE(uri.last().first().toString(), download);
    QVERIFY2(!f.panel->statusText().contains(QLatin1String("pw-4e1a-download")), qPrintable(f.panel->statusText()));
    QVERIFY2(
        f.panel->statusText().contains(QLatin1String("files.example/t/") + name), qPrintable(f.panel->statusText()));
}

void tst_DeployPanel::realDialogs()
{
    // DC/OS login: the password from the real SecretPromptDialog; then "already exists" answered
    // Yes in the real QMessageBox.
    MarathonStub stub;
    START_STUB(stub,
        { QStringLiteral("--auth"), QStringLiteral("dcos"), QStringLiteral("--dcos-user"),
            QStringLiteral("alice:pa55word-dialog"), QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    QUrl url = stub.url();
    url.setPath(QStringLiteral("/service/marathon"));
    Fixture f;
    f.make(url, MarathonServer::Auth::DcosLogin, QStringLiteral("alice"), true);
    f.panel->setDefinitionProvider([] { return checked(helloApp(QStringLiteral("/acme/dialogs"), 1)); });
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);
    QStringList seen;
    QObject scope; // the answering timer ends with this test
    answerModals(&scope, [&](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            seen.append(box->text());
            box->button(QMessageBox::Yes)->click();
        } else if (auto* diff = qobject_cast<AppDiffDialog*>(modal)) {
            // Replacing shows what changes: here the instances, 1 → 2.
            seen.append(diff->findChild<QLabel*>()->text());
            const QTableWidget* table = diff->table();
            seen.append(table->rowCount() == 1 ? table->item(0, 0)->text() + u' ' + table->item(0, 1)->text()
                        + QStringLiteral(" > ") + table->item(0, 2)->text()
                                               : QStringLiteral("rows: %1").arg(table->rowCount()));
            diff->accept();
        } else if (auto* edit = modal->findChild<QLineEdit*>()) {
            seen.append(QStringLiteral("secret prompt"));
            edit->setText(QStringLiteral("pa55word-dialog"));
            QMetaObject::invokeMethod(modal, "accept");
        }
        return true;
    });
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY2(done.last().first().toBool(), qPrintable(f.panel->statusText()));
    QCOMPARE(seen, QStringList { QStringLiteral("secret prompt") });

    f.panel->setDefinitionProvider([] { return checked(helloApp(QStringLiteral("/acme/dialogs"), 2)); });
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, test::WaitMs);
    QVERIFY2(done.last().first().toBool(), qPrintable(f.panel->statusText()));
    // No second password question; the real dialog before replacing shows the diff (changed
    // behaviour: it was a bare "Replace?" message box).
    QCOMPARE(seen.size(), 3);
    QVERIFY2(seen[1].contains(QLatin1String("already runs")), qPrintable(seen[1]));
    QCOMPARE(seen[2], QStringLiteral("instances 1 > 2"));
    QVERIFY(stub.requestsSeen().contains(QStringLiteral("PUT /service/marathon/v2/apps/acme/dialogs")));
}

void tst_DeployPanel::replaceShowsTheDiff()
{
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--task-seconds"), QStringLiteral("0.05") });
    Fixture f;
    f.make(stub.url());
    f.panel->setDefinitionProvider([] { return checked(helloApp(QStringLiteral("/acme/diff"), 1)); });
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY2(done.last().first().toBool(), qPrintable(f.panel->statusText()));

    AppDiff::Changes shown;
    int asked = 0;
    f.panel->setReplaceConfirmation(
        [&](const QString& id, const QString&, const AppDiff::Changes& changes, const QString& error) {
            ++asked;
            shown = changes;
            return id == u"/acme/diff" && error.isEmpty();
        });
    MarathonApp next = helloApp(QStringLiteral("/acme/diff"), 1);
    next.cpus = 0.25;
    next.env.append({ QStringLiteral("HAB_HELLO"), QStringLiteral("x = 1") });
    f.panel->setDefinitionProvider([next] { return checked(next); });
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, test::WaitMs);
    QVERIFY2(done.last().first().toBool(), qPrintable(f.panel->statusText()));
    QCOMPARE(asked, 1);
    const QString text = AppDiff::describe(shown);
    QCOMPARE(shown.size(), 2);
    QVERIFY2(text.contains(QStringLiteral("cpus: 0.5 → 0.25")) || text.contains(QStringLiteral("cpus: 1 → 0.25")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("env HAB_HELLO: added (x = 1)")), qPrintable(text));
}

void tst_DeployPanel::localFetchNotSent()
{
    MarathonStub stub;
    START_STUB(stub);
    Fixture f;
    f.make(stub.url());
    MarathonApp app = helloApp(QStringLiteral("/acme/local"), 1);
    MarathonFetch fetch;
    fetch.uri = QUrl::fromLocalFile(f.dir.filePath(QStringLiteral("acme-hello.tgz"))).toString();
    app.fetch = { fetch };
    f.panel->setDefinitionProvider([app] { return checked(app); });
    QSignalSpy problems(f.panel.get(), &DeployPanel::serverProblems);
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);
    f.panel->deploy();
    QCOMPARE(done.size(), 1);
    QVERIFY(!done.first().first().toBool());
    QCOMPARE(problems.size(), 1);
    const auto listed = problems.first().first().value<FieldProblems>();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().field, QStringLiteral("fetch/0/uri"));
    QVERIFY2(listed.first().message.contains(QLatin1String("not built yet")), qPrintable(listed.first().message));
    QVERIFY2(listed.first().message.contains(QLatin1String("upload")), qPrintable(listed.first().message));
    QVERIFY(f.panel->statusText().startsWith(QLatin1String("Not sent")));

    // Built, it is still a file the agents cannot reach.
    QFile built(f.dir.filePath(QStringLiteral("acme-hello.tgz")));
    QVERIFY(built.open(QIODevice::WriteOnly));
    built.close();
    f.panel->deploy();
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.last().first().value<FieldProblems>().first().message.contains(QLatin1String("cannot download")));
    QVERIFY2(!stub.requestsSeen().join(u'\n').contains(QLatin1String("/v2/apps")), "nothing may be sent");
}

void tst_DeployPanel::staleResultsCleared()
{
    MarathonStub stub;
    START_STUB(stub);
    Fixture f;
    f.make(stub.url());
    MarathonApp app = helloApp(QStringLiteral("/acme/stale"), 1);
    app.cpus = 0;
    f.panel->setDefinitionProvider([&app] { return checked(app); });
    f.panel->deploy();
    QVERIFY(!f.panel->listedProblems().isEmpty());
    QVERIFY(f.panel->statusText().startsWith(QLatin1String("Not sent")));
    // Nothing changed: the list stays.
    f.panel->definitionChanged();
    QVERIFY(!f.panel->listedProblems().isEmpty());
    // The problem is corrected: the "Not sent" list and status are about something else now.
    app.cpus = 0.5;
    f.panel->definitionChanged();
    QVERIFY(f.panel->listedProblems().isEmpty());
    QVERIFY(f.panel->statusText().isEmpty());

    // Another server: the results of the last deploy are cleared too.
    app.cpus = 0;
    f.panel->deploy();
    QVERIFY(!f.panel->listedProblems().isEmpty());
    MarathonServer other;
    other.name = QStringLiteral("other");
    other.url = QUrl(QStringLiteral("http://127.0.0.1:1"));
    f.settings->setMarathonServers({ f.settings->marathonServers().first(), other });
    f.panel->reloadServers();
    QVERIFY(f.panel->setCurrentServer(QStringLiteral("other")));
    QVERIFY(f.panel->listedProblems().isEmpty());
}

void tst_DeployPanel::builtTarballKnownAfterRestart()
{
    MarathonStub stub;
    START_STUB(stub);
    Fixture f;
    f.make(stub.url());
    const QString path = f.dir.filePath(QStringLiteral("acme-hello-1.0-20240101000000.tgz"));
    f.panel->setDefinitionProvider([path] {
        DeployPanel::Definition d = checked(helloApp());
        d.tarballPath = path;
        return d;
    });
    f.panel->definitionChanged();
    QVERIFY(f.panel->tarballPath().isEmpty()); // not built
    QFile built(path);
    QVERIFY(built.open(QIODevice::WriteOnly));
    built.close();
    // A fresh panel (the window after a restart) knows the tarball that is there.
    f.make(stub.url());
    f.panel->setDefinitionProvider([path] {
        DeployPanel::Definition d = checked(helloApp());
        d.tarballPath = path;
        return d;
    });
    f.panel->definitionChanged();
    QCOMPARE(f.panel->tarballPath(), path);
}

void tst_DeployPanel::tarballNotAtItsUriNotSent()
{
    MarathonStub stub;
    START_STUB(stub);
    // The download server answers 404: nothing was uploaded there yet.
    test::CannedHttpServer files(404, "<html>Not Found</html>", "text/html");
    QVERIFY(files.listen());
    Fixture f;
    f.make(stub.url());
    MarathonApp app = helloApp(QStringLiteral("/acme/early"), 1);
    MarathonFetch fetch;
    fetch.uri = files.url().toString() + QStringLiteral("/t/acme-hello.tgz");
    app.fetch = { fetch };
    f.panel->setDefinitionProvider([app] { return checked(app); });
    QSignalSpy problems(f.panel.get(), &DeployPanel::serverProblems);
    QSignalSpy done(f.panel.get(), &DeployPanel::deploymentFinished);
    f.panel->deploy();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY(!done.first().first().toBool());
    QCOMPARE(problems.size(), 1);
    const auto listed = problems.first().first().value<FieldProblems>();
    QCOMPARE(listed.value(0).field, QStringLiteral("fetch/0/uri"));
    QVERIFY2(listed.value(0).message.contains(QLatin1String("HTTP 404")), qPrintable(listed.value(0).message));
    QVERIFY2(f.panel->statusText().startsWith(QLatin1String("Not sent")), qPrintable(f.panel->statusText()));
    QCOMPARE(files.requestLines().value(0), QStringLiteral("HEAD /t/acme-hello.tgz HTTP/1.1"));
    QVERIFY2(!stub.requestsSeen().join(u'\n').contains(QLatin1String("/v2/apps")), "nothing may be sent");
}

QTEST_MAIN(tst_DeployPanel)
#include "tst_deploypanel.moc"
