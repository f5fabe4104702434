// SPDX-License-Identifier: Apache-2.0
// The Marathon tab's cluster view against the Marathon stand-in: list, versions, roll back,
// scale, restart, destroy, and Open.
#include "marathon/marathonclient.h"
#include "marathon/marathonreply.h"
#include "marathon/marathonstub.h"
#include "support/testwait.h"
#include "ui/clusterappsmodel.h"
#include "ui/clusterview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace habmesos;
using habmesos::test::MarathonStub;

#define START_STUB(stub, ...) QVERIFY2((stub).start(__VA_ARGS__), qPrintable((stub).errorText()))

namespace {

struct Fixture
{
    MarathonStub stub;
    std::unique_ptr<MarathonClient> client;
    std::unique_ptr<ClusterView> view;
    QStringList questions;
    bool answer = true;
    std::optional<int> instances;

    bool make()
    {
        if (!stub.start({ QStringLiteral("--task-seconds"), QStringLiteral("0.05") }))
            return false;
        MarathonClient::Options o;
        o.url = stub.url();
        client = std::make_unique<MarathonClient>(o);
        view = std::make_unique<ClusterView>();
        view->setServerName(QStringLiteral("stub"));
        view->setClientRequest([this](auto ready, auto) { ready(client.get()); });
        view->setConfirmation([this](const QString&, const QString& text) {
            questions.append(text);
            return answer;
        });
        view->setInstancesPrompt([this](const QString&, int) { return instances; });
        return true;
    }

    bool call(MarathonReply* reply)
    {
        QSignalSpy finished(reply, &MarathonReply::finished);
        if (!reply->isFinished() && !finished.wait(test::WaitMs))
            return false;
        reply->deleteLater();
        return reply->ok();
    }

    bool create(const char* json) { return call(client->createApp(json)); }

    QJsonObject stubApp(const QString& id) const
    {
        return stub.control("GET", QStringLiteral("/_stub/state"))
            .object()
            .value(QStringLiteral("apps"))
            .toObject()
            .value(id)
            .toObject();
    }

    // Refreshes and waits until the list holds (or lacks) the app.
    bool refreshed()
    {
        QSignalSpy done(view.get(), &ClusterView::operationFinished);
        view->refresh();
        return done.wait(test::WaitMs) && done.first().first().toBool();
    }
};

} // namespace

class tst_ClusterView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsAppsWithState();
    void anotherServerIsListedAtOnceWhenShown();
    void versionsAndRollBack();
    void scale();
    void restartAndDestroyConfirmed();
    void openEmitsTheDefinition();
};

void tst_ClusterView::listsAppsWithState()
{
    Fixture f;
    QVERIFY2(f.make(), qPrintable(f.stub.errorText()));
    // (The stand-in hides a fresh deployment for a number of /v2/deployments reads: none here.)
    f.stub.config(R"({"hold_deployments": true, "unlisted_polls": 0})");
    QVERIFY(f.create(R"({"id":"/acme/web","cmd":"x","instances":2,"portDefinitions":[]})"));
    QVERIFY(f.create(R"({"id":"/acme/db","cmd":"x","instances":1,"portDefinitions":[]})"));
    QVERIFY(f.refreshed());
    const auto& apps = f.view->model()->apps();
    QCOMPARE(apps.size(), 2);
    QCOMPARE(apps[0].id, QStringLiteral("/acme/db")); // sorted
    QCOMPARE(apps[1].instances, 2);
    QCOMPARE(apps[1].running, 0);
    QVERIFY(f.view->model()->apps()[1].deploying);
    const QModelIndex state = f.view->model()->index(1, ClusterAppsModel::State);
    QCOMPARE(state.data().toString(), QStringLiteral("Deploying"));
    QCOMPARE(f.view->model()->index(1, ClusterAppsModel::Running).data().toString(), QStringLiteral("0 of 2"));

    f.stub.config(R"({"hold_deployments": false})");
    QTRY_VERIFY_WITH_TIMEOUT(f.refreshed() && f.view->model()->apps()[1].running == 2, test::WaitMs);
    QCOMPARE(f.view->model()->index(1, ClusterAppsModel::State).data().toString(), QStringLiteral("Running"));
    QVERIFY(f.stub.requestsSeen().contains(QStringLiteral("GET /v2/apps?embed=apps.counts&embed=apps.deployments")));
}

void tst_ClusterView::anotherServerIsListedAtOnceWhenShown()
{
    Fixture f;
    QVERIFY2(f.make(), qPrintable(f.stub.errorText()));
    QVERIFY(f.create(R"({"id":"/acme/web","cmd":"x","instances":1,"portDefinitions":[]})"));
    // Hidden: a new server clears the list and asks nothing.
    f.view->setServerName(QStringLiteral("other"));
    QCoreApplication::processEvents();
    QVERIFY(!f.view->isRunning());
    QVERIFY(f.view->model()->apps().isEmpty());
    // Shown: the new server's apps are listed without a Refresh.
    f.view->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.view.get()));
    f.view->setServerName(QStringLiteral("stub"));
    QTRY_COMPARE_WITH_TIMEOUT(f.view->model()->apps().size(), 1, test::WaitMs);
    QCOMPARE(f.view->model()->apps()[0].id, QStringLiteral("/acme/web"));
}

void tst_ClusterView::versionsAndRollBack()
{
    Fixture f;
    QVERIFY2(f.make(), qPrintable(f.stub.errorText()));
    QVERIFY(f.create(R"({"id":"/acme/web","cmd":"x","cpus":0.5,"portDefinitions":[]})"));
    QTRY_VERIFY_WITH_TIMEOUT(
        f.stubApp(QStringLiteral("/acme/web")).value(QStringLiteral("deployments")).toArray().isEmpty(), test::WaitMs);
    QVERIFY(f.call(f.client->updateApp(QStringLiteral("/acme/web"), R"({"cpus":0.25})")));
    QVERIFY(f.refreshed());
    QVERIFY(f.view->selectApp(QStringLiteral("/acme/web")));
    QTRY_VERIFY_WITH_TIMEOUT(!f.view->isRunning(), test::WaitMs); // its versions are read
    QTRY_COMPARE_WITH_TIMEOUT(f.view->versions().size(), 2, test::WaitMs);
    const QStringList versions = f.view->versions();
    QVERIFY2(versions[0] > versions[1], qPrintable(versions.join(u' '))); // newest first
    QCOMPARE(f.stubApp(QStringLiteral("/acme/web")).value(QStringLiteral("cpus")).toDouble(), 0.25);

    // Roll back to the first version; the update's deployment may still hold the app: forced
    // only after a second yes.
    QSignalSpy done(f.view.get(), &ClusterView::operationFinished);
    QTRY_VERIFY_WITH_TIMEOUT(!f.view->isRunning(), test::WaitMs);
    f.view->rollBack(versions[1]);
    QTRY_COMPARE_WITH_TIMEOUT(
        f.stubApp(QStringLiteral("/acme/web")).value(QStringLiteral("cpus")).toDouble(), 0.5, test::WaitMs);
    QVERIFY2(f.questions.first().contains(versions[1]), qPrintable(f.questions.first()));
    const QStringList seen = f.stub.requestsSeen();
    QVERIFY2(
        seen.contains(QStringLiteral("GET /v2/apps/acme/web/versions/") + versions[1]), qPrintable(seen.join(u'\n')));
    QVERIFY2(seen.join(u'\n').contains(QLatin1String("PUT /v2/apps/acme/web?partialUpdate=false")),
        qPrintable(seen.join(u'\n')));
    // The roll back is a new version.
    QTRY_COMPARE_WITH_TIMEOUT(f.view->versions().size(), 3, test::WaitMs);
}

void tst_ClusterView::scale()
{
    Fixture f;
    QVERIFY2(f.make(), qPrintable(f.stub.errorText()));
    QVERIFY(f.create(R"({"id":"/acme/web","cmd":"x","instances":1,"portDefinitions":[]})"));
    QVERIFY(f.refreshed());
    QVERIFY(f.view->selectApp(QStringLiteral("/acme/web")));
    QTRY_VERIFY_WITH_TIMEOUT(!f.view->isRunning(), test::WaitMs); // its versions are read
    // Declined: nothing is sent.
    f.instances = 3;
    f.answer = false;
    f.view->scale();
    QCOMPARE(f.questions.size(), 1);
    QVERIFY2(f.questions.first().contains(QLatin1String("to 3")), qPrintable(f.questions.first()));
    QVERIFY(!f.stub.requestsSeen().join(u'\n').contains(QLatin1String("PUT")));
    f.answer = true;
    f.view->scale();
    QTRY_COMPARE_WITH_TIMEOUT(
        f.stubApp(QStringLiteral("/acme/web")).value(QStringLiteral("instances")).toInt(), 3, test::WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(f.view->model()->rowOf(QStringLiteral("/acme/web")) >= 0
            && f.view->model()->apps()[f.view->model()->rowOf(QStringLiteral("/acme/web"))].instances == 3,
        test::WaitMs);
}

void tst_ClusterView::restartAndDestroyConfirmed()
{
    Fixture f;
    QVERIFY2(f.make(), qPrintable(f.stub.errorText()));
    f.stub.config(R"({"hold_deployments": true})");
    QVERIFY(f.create(R"({"id":"/acme/web","cmd":"x","portDefinitions":[]})"));
    QVERIFY(f.refreshed());
    QVERIFY(f.view->selectApp(QStringLiteral("/acme/web")));
    QTRY_VERIFY_WITH_TIMEOUT(!f.view->isRunning(), test::WaitMs); // its versions are read
    // Restart while the first deployment holds the app: asked to restart, then to force.
    QSignalSpy done(f.view.get(), &ClusterView::operationFinished);
    f.view->restart();
    QTRY_VERIFY_WITH_TIMEOUT(
        f.stub.requestsSeen().contains(QStringLiteral("POST /v2/apps/acme/web/restart?force=true")), test::WaitMs);
    QCOMPARE(f.questions.size(), 2);
    QVERIFY(f.questions[0].contains(QLatin1String("Restart")));
    QVERIFY(f.questions[1].contains(QLatin1String("locked")));
    QVERIFY(f.stub.requestsSeen().contains(QStringLiteral("POST /v2/apps/acme/web/restart")));

    // Destroy, declined then confirmed.
    QTRY_VERIFY_WITH_TIMEOUT(!f.view->isRunning(), test::WaitMs);
    f.answer = false;
    f.view->destroy();
    QVERIFY(!f.stub.requestsSeen().join(u'\n').contains(QLatin1String("DELETE")));
    f.answer = true;
    f.view->destroy();
    QTRY_VERIFY_WITH_TIMEOUT(f.stub.requestsSeen().contains(QStringLiteral("DELETE /v2/apps/acme/web")), test::WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(f.view->model()->rowOf(QStringLiteral("/acme/web")), -1, test::WaitMs);
    QVERIFY(f.stubApp(QStringLiteral("/acme/web")).isEmpty());
}

void tst_ClusterView::openEmitsTheDefinition()
{
    Fixture f;
    QVERIFY2(f.make(), qPrintable(f.stub.errorText()));
    QVERIFY(f.create(R"({"id":"/acme/web","cmd":"x","env":{"A":"1"},"portDefinitions":[]})"));
    QVERIFY(f.refreshed());
    QVERIFY(f.view->selectApp(QStringLiteral("/acme/web")));
    QTRY_VERIFY_WITH_TIMEOUT(!f.view->isRunning(), test::WaitMs); // its versions are read
    QSignalSpy open(f.view.get(), &ClusterView::openAppRequested);
    f.view->openSelected();
    QCOMPARE(open.size(), 1);
    const QJsonObject app = QJsonDocument::fromJson(open.first().first().toByteArray()).object();
    QCOMPARE(open.first().at(1).toString(), QStringLiteral("stub"));
    QCOMPARE(app.value(QStringLiteral("id")).toString(), QStringLiteral("/acme/web"));
    QCOMPARE(app.value(QStringLiteral("env")).toObject().value(QStringLiteral("A")).toString(), QStringLiteral("1"));
    // What Marathon adds is not the operator's definition.
    for (const char* key : { "version", "versionInfo", "tasksRunning", "deployments" })
        QVERIFY2(!app.contains(QLatin1String(key)), key);
}

QTEST_MAIN(tst_ClusterView)
#include "tst_clusterview.moc"
