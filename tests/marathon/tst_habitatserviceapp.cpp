// SPDX-License-Identifier: Apache-2.0
#include "definition/appderivation.h"
#include "marathon/habitatfixture.h"
#include "marathon/habitatserviceapp.h"
#include "marathon/marathonjsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace habmesos;

namespace {

using Options = HabitatServiceOptions;

HabitatPackageFacts facts()
{
    HabitatPackageFacts f = test::storefrontFacts();
    f.binds = { { QStringLiteral("database"), { QStringLiteral("port"), QStringLiteral("host") } } };
    f.bindsOptional = { { QStringLiteral("cache"), { QStringLiteral("port") } } };
    return f;
}

// Settings that bind the required database, so that only what a test changes makes problems.
ExportSettings settings()
{
    ExportSettings s;
    s.fetchUri = facts().fetchUri;
    s.disk = 512;
    s.service.binds = { { QStringLiteral("database"), QStringLiteral("postgresql.default") } };
    return s;
}

struct Derived
{
    QJsonObject json;
    QByteArray text;
    FieldProblems problems;
    QStringList errors(const QString& field) const { return messages(field, FieldProblem::Severity::Error); }
    QStringList warnings(const QString& field) const { return messages(field, FieldProblem::Severity::Warning); }
    QStringList messages(const QString& field, FieldProblem::Severity severity) const
    {
        QStringList out;
        for (const FieldProblem& p : problems) {
            if (p.field == field && p.severity == severity)
                out << p.message;
        }
        return out;
    }
    QStringList errorFields() const
    {
        QStringList out;
        for (const FieldProblem& p : problems) {
            if (p.severity == FieldProblem::Severity::Error)
                out << p.field;
        }
        return out;
    }
    QString env(const QString& key) const { return json[QStringLiteral("env")][key].toString(); }
    bool hasEnv(const QString& key) const { return json[QStringLiteral("env")].toObject().contains(key); }
};

Derived derive(const ExportSettings& s)
{
    const AppDerivation::Derived d = AppDerivation::derive(facts(), s);
    Derived out;
    out.text = MarathonJsonWriter::write(d.app, s.flavour);
    out.json = QJsonDocument::fromJson(out.text).object();
    out.problems = d.problems;
    return out;
}

} // namespace

class tst_HabitatServiceApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAddNothing()
    {
        const Derived d = derive(settings());
        QCOMPARE(d.env(Options::supArgsVariable()), QStringLiteral("--bind database:postgresql.default"));
        for (const QString& key : { Options::ringVariable(), Options::marathonUrlVariable(), Options::peersVariable(),
                 Options::ringKeyVariable() })
            QVERIFY(!d.hasEnv(key));
        for (const char* key : { "labels", "secrets", "container", "unreachableStrategy", "upgradeStrategy" })
            QVERIFY2(!d.json.contains(QLatin1String(key)), key);
        QCOMPARE(d.errorFields(), QStringList());
    }

    void supervisorOptionsAsHabSpellsThem()
    {
        ExportSettings s = settings();
        Options& o = s.service;
        o.group = QStringLiteral("prod");
        o.strategy = Options::UpdateStrategy::AtOnce;
        o.updateCondition = Options::UpdateCondition::TrackChannel;
        o.channel = QStringLiteral("unstable");
        o.builderUrl = QStringLiteral("https://bldr.example");
        o.healthCheckIntervalSeconds = 15;
        o.binds.append({ QStringLiteral("cache"), QStringLiteral("redis.default@acme") });
        o.bindingMode = Options::BindingMode::Relaxed;
        const Derived d = derive(s);
        const QString args = QStringLiteral(
            "--group prod --strategy at-once --update-condition track-channel --channel unstable --url "
            "https://bldr.example --health-check-interval 15 --bind database:postgresql.default --bind "
            "cache:redis.default@acme --binding-mode relaxed");
        QCOMPARE(d.env(Options::supArgsVariable()), args);
        QCOMPARE(d.errorFields(), QStringList());
        Options back;
        QVERIFY(HabitatServiceApp::readSupArgs(args, back));
        QCOMPARE(back, o);
        o.strategy = Options::UpdateStrategy::Rolling;
        QVERIFY(derive(s).env(Options::supArgsVariable()).contains(QLatin1String("--strategy rolling ")));
        QVERIFY(!HabitatServiceApp::readSupArgs(QStringLiteral("--peer x"), back));
    }

    void valuesThatAreNotOneWordAreRefused()
    {
        ExportSettings s = settings();
        s.service.group = QStringLiteral("a b");
        s.service.channel = QStringLiteral("x;rm");
        s.service.builderUrl = QStringLiteral("ftp://bldr.example");
        s.service.healthCheckIntervalSeconds = 0;
        s.service.binds = { { QStringLiteral("database"), QStringLiteral("$(reboot).default") } };
        const Derived d = derive(s);
        for (const char* field : { "service/group", "service/channel", "service/builderUrl",
                 "service/healthCheckIntervalSeconds", "service/binds/database" })
            QVERIFY2(d.errors(QLatin1String(field)).size() == 1, field);
        QVERIFY(!d.hasEnv(Options::supArgsVariable())); // none of them reaches the task
        QVERIFY(!d.text.contains("reboot"));
    }

    void bindsFollowThePackage()
    {
        ExportSettings s = settings();
        s.service.binds = { { QStringLiteral("queue"), QStringLiteral("rabbitmq.default") },
            { QStringLiteral("cache"), QStringLiteral("redis") } };
        const Derived d = derive(s);
        const QStringList unknown = d.errors(QStringLiteral("service/binds/queue"));
        QCOMPARE(unknown.size(), 1);
        QVERIFY2(unknown[0].contains(QLatin1String("database, cache")), qPrintable(unknown[0]));
        QCOMPARE(d.errors(QStringLiteral("service/binds/cache")).size(), 1); // not service.group
        const QStringList missing = d.errors(QStringLiteral("service/binds/database"));
        QCOMPARE(missing.size(), 1);
        QVERIFY2(
            missing[0].contains(QLatin1String("port, host")) && missing[0].contains(QLatin1String("--bind database:")),
            qPrintable(missing[0]));
        QVERIFY(HabitatServiceApp::isServiceGroup(QStringLiteral("pg.prod@acme")));
        QVERIFY(!HabitatServiceApp::isServiceGroup(QStringLiteral("f.oo.bar@baz")));
        QVERIFY(!HabitatServiceApp::isServiceGroup(QStringLiteral("foo.bar@")));
    }

    void ringFromMarathonsTaskList()
    {
        ExportSettings s = settings();
        s.appId = QStringLiteral("/team/web.shop");
        Derived d = derive(s); // one instance: alone
        QVERIFY(!d.hasEnv(Options::ringVariable()));
        QVERIFY(!d.json.contains(QLatin1String("labels")));

        s.instances = 2;
        s.service.marathonUrl = QStringLiteral("http://marathon.example:8080");
        d = derive(s);
        QCOMPARE(d.env(Options::ringVariable()), QStringLiteral("team-web-shop"));
        QCOMPARE(d.env(Options::marathonUrlVariable()), QStringLiteral("http://marathon.example:8080"));
        QCOMPARE(d.json[QStringLiteral("labels")][Options::ringLabel()].toString(), QStringLiteral("team-web-shop"));

        s.instances = 1;
        s.service.ring = QStringLiteral("shop");
        d = derive(s); // a ring name: Marathon even for one instance
        QCOMPARE(d.env(Options::ringVariable()), QStringLiteral("shop"));
        QCOMPARE(d.errorFields(), QStringList());

        s.service.ring = QStringLiteral("-bad ring");
        QCOMPARE(derive(s).errors(QStringLiteral("service/ring")).size(), 1);
        QCOMPARE(HabitatServiceApp::defaultRingName(QStringLiteral("/")), QStringLiteral("habitat"));
    }

    void ringNeedsMarathonsAddress()
    {
        ExportSettings s = settings();
        s.instances = 3;
        Derived d = derive(s); // automatic: alone, said
        QCOMPARE(d.warnings(QStringLiteral("service/marathonUrl")).size(), 1);
        QVERIFY(!d.hasEnv(Options::ringVariable()));
        s.service.discovery = Options::Discovery::Marathon; // asked for: an error
        d = derive(s);
        QCOMPARE(d.errors(QStringLiteral("service/marathonUrl")).size(), 1);
        s.service.marathonUrl = QStringLiteral("http://ops:pw@marathon.example");
        QCOMPARE(derive(s).errors(QStringLiteral("service/marathonUrl")).size(), 1);
        QVERIFY(!derive(s).text.contains("ops:pw"));
        // The command line's deploy fills it in, unless given.
        s.service.marathonUrl.clear();
        QCOMPARE(s.forDeployTo(QUrl(QStringLiteral("https://m.example/marathon"))).service.marathonUrl,
            QStringLiteral("https://m.example/marathon"));
        s.service.marathonUrl = QStringLiteral("http://other:8080");
        QCOMPARE(s.forDeployTo(QUrl(QStringLiteral("https://m.example"))).service.marathonUrl,
            QStringLiteral("http://other:8080"));
        QCOMPARE(derive(s).warnings(QStringLiteral("service/marathonUrl")).size(), 0); // http: nothing to say
    }

    void httpsIsSaidForTheTasks()
    {
        ExportSettings s = settings();
        s.instances = 3;
        s.service.marathonUrl = QStringLiteral("https://marathon.example");
        Derived d = derive(s); // works with some servers: a warning naming the http way out
        QCOMPARE(d.env(Options::marathonUrlVariable()), QStringLiteral("https://marathon.example"));
        QStringList warnings = d.warnings(QStringLiteral("service/marathonUrl"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].contains(QLatin1String("http://marathon.mesos:8080")), qPrintable(warnings[0]));
        // With credentials the tasks never ask over https: said as such.
        s.service.marathonAuth = { Options::Secret::Source::MarathonSecret, QStringLiteral("ops/marathon-auth") };
        warnings = derive(s).warnings(QStringLiteral("service/marathonUrl"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].contains(QLatin1String("never find each other")), qPrintable(warnings[0]));
    }

    void fixedPeers()
    {
        ExportSettings s = settings();
        s.service.discovery = Options::Discovery::Peers;
        QCOMPARE(derive(s).errors(QStringLiteral("service/peers")).size(), 1); // none given
        s.service.peers = { QStringLiteral("bastion.example"), QStringLiteral("10.0.0.5:9638") };
        Derived d = derive(s);
        QCOMPARE(d.env(Options::peersVariable()), QStringLiteral("bastion.example 10.0.0.5:9638"));
        QVERIFY(!d.hasEnv(Options::ringVariable()));
        s.service.peers.append(QStringLiteral("host:99999"));
        QCOMPARE(derive(s).errors(QStringLiteral("service/peers")).size(), 1);
        s.service.discovery = Options::Discovery::Alone;
        d = derive(s);
        QCOMPARE(d.warnings(QStringLiteral("service/peers")).size(), 1);
        QVERIFY(!d.hasEnv(Options::peersVariable()));
    }

    void leaderTopologyNeedsThreeMembers()
    {
        ExportSettings s = settings();
        s.service.topology = Options::Topology::Leader;
        s.service.marathonUrl = QStringLiteral("http://marathon.example:8080");
        QCOMPARE(derive(s).errors(QStringLiteral("service/topology")).size(), 1); // alone
        s.instances = 2;
        QCOMPARE(derive(s).errors(QStringLiteral("service/topology")).size(), 1);
        s.instances = 3;
        Derived d = derive(s);
        QCOMPARE(d.errorFields(), QStringList());
        QVERIFY(d.env(Options::supArgsVariable()).startsWith(QLatin1String("--topology leader ")));
        s.instances = 1;
        s.service.ring = QStringLiteral("shared");
        d = derive(s); // other apps may share the ring
        QCOMPARE(d.errors(QStringLiteral("service/topology")), QStringList());
        QCOMPARE(d.warnings(QStringLiteral("service/topology")).size(), 1);
    }

    void secretsAsMarathonSecrets()
    {
        ExportSettings s = settings();
        s.instances = 2;
        s.service.marathonUrl = QStringLiteral("http://marathon.example:8080");
        s.service.ringKey = { Options::Secret::Source::MarathonSecret, QStringLiteral("shop/ring-key") };
        s.service.gatewayToken = { Options::Secret::Source::MarathonSecret, QStringLiteral("shop/gateway") };
        s.service.marathonAuth = { Options::Secret::Source::MarathonSecret, QStringLiteral("shop/marathon") };
        const Derived d = derive(s);
        QCOMPARE(d.json[QStringLiteral("env")][Options::ringKeyVariable()].toObject(),
            QJsonObject({ { QStringLiteral("secret"), QStringLiteral("ring-key") } }));
        QCOMPARE(d.json[QStringLiteral("env")][Options::gatewayTokenVariable()][QStringLiteral("secret")].toString(),
            QStringLiteral("gateway-token"));
        QCOMPARE(d.json[QStringLiteral("env")][Options::marathonAuthVariable()][QStringLiteral("secret")].toString(),
            QStringLiteral("marathon-auth"));
        QCOMPARE(d.json[QStringLiteral("secrets")][QStringLiteral("ring-key")][QStringLiteral("source")].toString(),
            QStringLiteral("shop/ring-key"));
        QCOMPARE(d.text.count("shop/ring-key"), 1); // only its declaration
        QCOMPARE(d.errorFields(), QStringList());
        QCOMPARE(d.warnings(QStringLiteral("secrets")).size(), 1); // --enable_features secrets

        s.flavour = MarathonFlavour::Legacy; // lost, and said
        const Derived legacy = derive(s);
        QVERIFY(!legacy.json.contains(QLatin1String("secrets")));
        QVERIFY(!legacy.hasEnv(Options::ringKeyVariable()));
        QCOMPARE(legacy.warnings(QStringLiteral("env/HAB_RING_KEY")).size(), 1);
    }

    void secretsAsFiles()
    {
        ExportSettings s = settings();
        s.service.ringKey = { Options::Secret::Source::File, QStringLiteral("https://secrets.example/ring.key") };
        s.service.gatewayToken = { Options::Secret::Source::File, QStringLiteral("/etc/secrets/token") };
        s.service.marathonAuth = { Options::Secret::Source::File, QStringLiteral("https://secrets.example/auth") };
        const Derived d = derive(s);
        const QJsonArray fetch = d.json[QStringLiteral("fetch")].toArray();
        QCOMPARE(fetch.size(), 4); // the tarball, then the secrets
        QCOMPARE(fetch[1].toObject(),
            QJsonObject({ { QStringLiteral("uri"), QStringLiteral("https://secrets.example/ring.key") },
                { QStringLiteral("extract"), false }, { QStringLiteral("executable"), false },
                { QStringLiteral("cache"), false },
                { QStringLiteral("destPath"), QStringLiteral(".habmesos/secrets/ring-key") } }));
        QCOMPARE(
            fetch[2][QStringLiteral("destPath")].toString(), Options::secretFilePath(QStringLiteral("gateway-token")));
        QVERIFY(!d.hasEnv(Options::ringKeyVariable()));
        QVERIFY(!d.json.contains(QLatin1String("secrets")));
        // The Marathon credentials serve the task list only.
        QCOMPARE(d.warnings(QStringLiteral("service/marathonAuth")).size(), 1);
        s.service.ringKey.reference = QStringLiteral("relative/key");
        QCOMPARE(derive(s).errors(QStringLiteral("service/ringKey")).size(), 1);
    }

    void noSecretValueInPlainText()
    {
        // An operator's plain secret: an error, and the value never reaches the JSON.
        ExportSettings s = settings();
        const QString value = QStringLiteral("SYM-SEC-1 shop-20240101 c2VjcmV0LXZhbHVl");
        s.env = { { Options::ringKeyVariable(), value },
            { Options::gatewayTokenVariable(), QStringLiteral("token-value-123") },
            { Options::marathonAuthVariable(), QStringLiteral("Basic b3BzOnB3") } };
        s.service.ringKey = { Options::Secret::Source::MarathonSecret, QStringLiteral("shop/ring-key") };
        const Derived d = derive(s);
        for (const QString& key :
            { Options::ringKeyVariable(), Options::gatewayTokenVariable(), Options::marathonAuthVariable() }) {
            const QStringList errors = d.errors(QStringLiteral("env/") + key);
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors[0].contains(QLatin1String("plain text")) && errors[0].contains(QLatin1String("remove")),
                qPrintable(errors[0]));
        }
        for (const char* secret : { "c2VjcmV0LXZhbHVl", "token-value-123", "b3BzOnB3" })
            QVERIFY2(!d.text.contains(secret), secret);
        QCOMPARE(d.json[QStringLiteral("env")][Options::ringKeyVariable()][QStringLiteral("secret")].toString(),
            QStringLiteral("ring-key"));
    }

    void dataVolumeMakesAResidentApp()
    {
        ExportSettings s = settings();
        s.service.dataVolumeMiB = 2048;
        Derived d = derive(s);
        QCOMPARE(d.json[QStringLiteral("container")].toObject(),
            QJsonObject({ { QStringLiteral("type"), QStringLiteral("MESOS") },
                { QStringLiteral("volumes"),
                    QJsonArray { QJsonObject { { QStringLiteral("containerPath"), QStringLiteral("habmesos-data") },
                        { QStringLiteral("mode"), QStringLiteral("RW") },
                        { QStringLiteral("persistent"), QJsonObject { { QStringLiteral("size"), 2048 } } } } } } }));
        QCOMPARE(d.json[QStringLiteral("upgradeStrategy")].toObject(),
            QJsonObject(
                { { QStringLiteral("minimumHealthCapacity"), 0.5 }, { QStringLiteral("maximumOverCapacity"), 0 } }));
        QCOMPARE(d.json[QStringLiteral("unreachableStrategy")].toString(), QStringLiteral("disabled"));
        QCOMPARE(d.errorFields(), QStringList());

        // The operator's strategy stays, and Marathon's refusal is said on its fields.
        s.deployment.upgradeStrategy = MarathonUpgradeStrategy { 1, 1 };
        d = derive(s);
        QCOMPARE(d.json[QStringLiteral("upgradeStrategy")][QStringLiteral("maximumOverCapacity")].toDouble(), 1.0);
        QCOMPARE(d.errors(QStringLiteral("upgradeStrategy/maximumOverCapacity")).size(), 1);
        QCOMPARE(d.errors(QStringLiteral("upgradeStrategy/minimumHealthCapacity")).size(), 1);
        s.deployment.upgradeStrategy = MarathonUpgradeStrategy { 0, 0 };
        QCOMPARE(derive(s).errorFields(), QStringList());

        s.flavour = MarathonFlavour::Legacy;
        d = derive(s);
        QVERIFY(!d.json.contains(QLatin1String("container")));
        QCOMPARE(d.warnings(QStringLiteral("container")).size(), 1);

        s.flavour = MarathonFlavour::Current;
        s.service.dataVolumeMiB = 0;
        d = derive(s);
        QCOMPARE(d.errors(QStringLiteral("service/dataVolumeMiB")).size(), 1);
        QVERIFY(!d.json.contains(QLatin1String("container")));
    }

    void operatorsOwnVariablesGiveWay()
    {
        ExportSettings s = settings();
        s.env = { { Options::supArgsVariable(), QStringLiteral("--group x") } };
        const Derived d = derive(s);
        QCOMPARE(d.env(Options::supArgsVariable()), QStringLiteral("--bind database:postgresql.default"));
        QCOMPARE(d.warnings(QStringLiteral("env/HABMESOS_SUP_ARGS")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_HabitatServiceApp)
#include "tst_habitatserviceapp.moc"
