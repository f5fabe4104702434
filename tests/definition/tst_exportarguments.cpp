// SPDX-License-Identifier: Apache-2.0
// ExportArguments: settings -> `habmesos export` arguments -> settings gives the same settings (and
// the same application), over many combinations, so Copy as Command Line cannot drift from the
// parser; decode's errors name their option.
#include "definition/appderivation.h"
#include "definition/exportarguments.h"
#include "marathon/habitatappbuilder.h"
#include "marathon/marathonconstrainttext.h"
#include "marathon/marathonjsonwriter.h"
#include "marathon/marathonvalidator.h"
#include "package/habpaths.h"
#include "support/randomsettings.h"

#include <QCborMap>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace habmesos;

namespace {

HabitatPackageFacts facts()
{
    return RandomSettings::webAppFacts();
}

Result<ExportSettings> decode(const QStringList& arguments)
{
    const ExportArguments codec;
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("package"), QString());
    codec.addTo(parser);
    if (!parser.parse(QStringList { QStringLiteral("export") } + arguments))
        return Result<ExportSettings>::failure(parser.errorText());
    return codec.decode(parser, QProcessEnvironment()); // no CPU, MEM, ... from the test's environment
}

// What the command line says the same way in other words: Habitat's own folders are the empty
// ones, and the Supervisor's check kept on without its ports is a change that changes nothing.
ExportSettings normalized(ExportSettings s)
{
    auto standard = [](QString& path, const QString& habitats) {
        if (QDir::cleanPath(path) == QDir::cleanPath(habitats))
            path.clear();
    };
    standard(s.sources.artifactCache, HabPaths::artifactCache());
    standard(s.sources.keyDir, HabPaths::keyCache());
    standard(s.sources.installedRoot, HabPaths::installedPackages());
    if (!s.healthCheck)
        s.healthCheckChanges.clear(); // a check that is off has nothing to change
    else if (!s.supervisorPorts && s.healthCheckChanges.isEmpty())
        s.healthCheckChanges
            = { { QStringLiteral("protocol"), HabitatAppBuilder::defaultHealthCheck(facts(), s.flavour).protocol } };
    return s;
}

} // namespace

class TestExportArguments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsRoundTrip()
    {
        ExportSettings s;
        s.package = QStringLiteral("core/web-app");
        s.outputDir = QStringLiteral("/tmp/out");
        const ExportArguments::Encoded encoded = ExportArguments::encode(s);
        QVERIFY(encoded.notExpressed.isEmpty());
        QCOMPARE(encoded.arguments.last(), s.package);
        const auto back = decode(encoded.arguments);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(normalized(*back), normalized(s));
    }

    void roundTripOverManySettings()
    {
        QRandomGenerator random(20261203); // fixed: a failure can be replayed
        const HabitatPackageFacts package = facts();
        for (int i = 0; i < 600; ++i) {
            const ExportSettings s = RandomSettings::generate(random);
            const ExportArguments::Encoded encoded = ExportArguments::encode(s);
            QVERIFY2(encoded.notExpressed.isEmpty(), qPrintable(encoded.notExpressed.join(u',')));
            const auto back = decode(encoded.arguments);
            QVERIFY2(back,
                qPrintable(QStringLiteral("#%1: %2 from %3").arg(i).arg(back.error(), encoded.arguments.join(u' '))));
            if (normalized(*back) != normalized(s))
                QFAIL(qPrintable(
                    QStringLiteral("#%1: %2 decodes to other settings").arg(i).arg(encoded.arguments.join(u' '))));
            // And so the same application, byte for byte.
            const auto before = AppDerivation::derive(package, s);
            const auto after = AppDerivation::derive(package, *back);
            QCOMPARE(
                MarathonJsonWriter::write(after.app, back->flavour), MarathonJsonWriter::write(before.app, s.flavour));
            QCOMPARE(after.problems.size(), before.problems.size());
            // The export itself is asked the same.
            QCOMPARE(back->exportOptions().segmentCache, s.exportOptions().segmentCache);
            QCOMPARE(back->exportOptions().supervisor.hab, s.exportOptions().supervisor.hab);
        }
    }

    void whatTheCommandLineCannotSayIsNamed()
    {
        ExportSettings s;
        s.package = QStringLiteral("core/web-app");
        s.cmd = QStringLiteral("echo hand-made");
        s.portDefinitions = QList<MarathonPortDefinition> {};
        s.config.append({ { QStringLiteral("a.b"), QStringLiteral("c") }, QStringLiteral("1") }); // a key with a dot
        s.keptFields.insert(QStringLiteral("container"), QCborMap()); // kept from an opened definition
        const ExportArguments::Encoded encoded = ExportArguments::encode(s);
        QCOMPARE(encoded.notExpressed.size(), 4);
        QVERIFY(encoded.notExpressed.last().contains(QLatin1String("container")));
        QVERIFY(!encoded.arguments.join(u' ').contains(QLatin1String("hand-made")));
    }

    void environmentGivesTheResourcesDefaults()
    {
        const ExportArguments codec;
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("package"), QString());
        codec.addTo(parser);
        QVERIFY(parser.parse({ QStringLiteral("export"), QStringLiteral("--mem=512"), QStringLiteral("core/x") }));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("CPU"), QStringLiteral("1.5"));
        environment.insert(QStringLiteral("MEM"), QStringLiteral("1024"));
        environment.insert(QStringLiteral("DISK"), QStringLiteral("auto"));
        environment.insert(QStringLiteral("INSTANCES"), QStringLiteral("3"));
        const auto s = codec.decode(parser, environment);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->cpus, 1.5);
        QCOMPARE(s->mem, 512.0); // the option wins
        QVERIFY(!s->disk);
        QCOMPARE(s->instances, 3);
    }

    void badValuesNameTheirOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        QTest::newRow("cpu") << QStringList { QStringLiteral("--cpu=lots") } << QStringLiteral("--cpu");
        QTest::newRow("instances") << QStringList { QStringLiteral("--instances=1.5") }
                                   << QStringLiteral("--instances");
        QTest::newRow("grace") << QStringList { QStringLiteral("--kill-grace-period=86401") }
                               << QStringLiteral("--kill-grace-period");
        QTest::newRow("env") << QStringList { QStringLiteral("--env=NOVALUE") } << QStringLiteral("--env");
        QTest::newRow("config") << QStringList { QStringLiteral("--config=x=not toml") } << QStringLiteral("--config");
        QTest::newRow("port") << QStringList { QStringLiteral("--port=web=70000") } << QStringLiteral("--port");
        QTest::newRow("check") << QStringList { QStringLiteral("--health-check=protocol=SMTP") }
                               << QStringLiteral("--health-check");
        QTest::newRow("check off and on")
            << QStringList { QStringLiteral("--health-check=path=/x"), QStringLiteral("--no-health-check") }
            << QStringLiteral("--health-check");
        QTest::newRow("constraint") << QStringList { QStringLiteral("--constraint=hostname") }
                                    << QStringLiteral("--constraint");
        QTest::newRow("agent ports") << QStringList { QStringLiteral("--agent-ports=9-1") }
                                     << QStringLiteral("--agent-ports");
        QTest::newRow("format") << QStringList { QStringLiteral("--format=zip") } << QStringLiteral("--format");
        QTest::newRow("min health") << QStringList { QStringLiteral("--upgrade-min-health=1.5") }
                                    << QStringLiteral("--upgrade-min-health");
        QTest::newRow("max over") << QStringList { QStringLiteral("--upgrade-max-over=-0.1") }
                                  << QStringLiteral("--upgrade-max-over");
        QTest::newRow("backoff") << QStringList { QStringLiteral("--backoff=1.5") } << QStringLiteral("--backoff");
        QTest::newRow("backoff factor") << QStringList { QStringLiteral("--backoff-factor=0.9") }
                                        << QStringLiteral("--backoff-factor");
        QTest::newRow("max launch delay")
            << QStringList { QStringLiteral("--max-launch-delay=-1") } << QStringLiteral("--max-launch-delay");
        QTest::newRow("role") << QStringList { QStringLiteral("--accepted-role=a/b") }
                              << QStringLiteral("--accepted-role");
        QTest::newRow("user") << QStringList { QStringLiteral("--task-user= ") } << QStringLiteral("--task-user");
        QTest::newRow("fetch flag") << QStringList { QStringLiteral("--fetch=https://x/a,extract=maybe") }
                                    << QStringLiteral("--fetch");
        QTest::newRow("fetch relative") << QStringList { QStringLiteral("--fetch=files/a.tgz") }
                                        << QStringLiteral("--fetch");
        QTest::newRow("agents") << QStringList { QStringLiteral("--mesos-agents=2.0") }
                                << QStringLiteral("--mesos-agents");
        // The service options.
        auto row = [](const char* name, const QString& argument, const QString& option) {
            QTest::newRow(name) << QStringList { argument } << option;
        };
        row("group", QStringLiteral("--group=a.b"), QStringLiteral("--group"));
        row("topology", QStringLiteral("--topology=follower"), QStringLiteral("--topology"));
        row("strategy", QStringLiteral("--strategy=atonce"), QStringLiteral("--strategy"));
        row("condition", QStringLiteral("--update-condition=never"), QStringLiteral("--update-condition"));
        row("channel", QStringLiteral("--channel=a b"), QStringLiteral("--channel"));
        row("builder url", QStringLiteral("--url=ftp://bldr"), QStringLiteral("--url"));
        row("interval", QStringLiteral("--health-check-interval=0"), QStringLiteral("--health-check-interval"));
        row("bind", QStringLiteral("--bind=database"), QStringLiteral("--bind"));
        row("bind group", QStringLiteral("--bind=database:pg"), QStringLiteral("--bind"));
        row("binding mode", QStringLiteral("--binding-mode=lax"), QStringLiteral("--binding-mode"));
        row("ring name", QStringLiteral("--ring-name=-x"), QStringLiteral("--ring-name"));
        row("discovery", QStringLiteral("--ring-discovery=dns"), QStringLiteral("--ring-discovery"));
        row("peer", QStringLiteral("--peer=host:0"), QStringLiteral("--peer"));
        row("ring marathon", QStringLiteral("--ring-marathon=http://u:p@m"), QStringLiteral("--ring-marathon"));
        row("secret path", QStringLiteral("--ring-key-secret= "), QStringLiteral("--ring-key-secret"));
        row("data volume", QStringLiteral("--data-volume=1.5"), QStringLiteral("--data-volume"));
        QTest::newRow("secret twice") << QStringList { QStringLiteral("--gateway-token-secret=a"),
            QStringLiteral("--gateway-token-file=https://x/t") }
                                      << QStringLiteral("--gateway-token-file");
        QTest::newRow("peer not peers") << QStringList { QStringLiteral("--peer=bastion"),
            QStringLiteral("--ring-discovery=alone") }
                                        << QStringLiteral("--ring-discovery");
    }
    void badValuesNameTheirOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        const auto s = decode(arguments + QStringList { QStringLiteral("core/x") });
        QVERIFY(!s);
        QCOMPARE(s.errorKind(), ErrorKind::Invalid);
        QVERIFY2(s.error().contains(option), qPrintable(s.error()));
    }

    void deploymentOptionsDecode()
    {
        const auto s = decode({ QStringLiteral("--upgrade-min-health=0.5"), QStringLiteral("--backoff=3"),
            QStringLiteral("--backoff-factor=2"), QStringLiteral("--max-launch-delay=600"),
            QStringLiteral("--accepted-role=slave_public"), QStringLiteral("--accepted-role=*"),
            QStringLiteral("--task-user=nobody"),
            QStringLiteral("--fetch=https://x.example/a,b.tgz,extract=false,cache=true,dest=conf,v1.tgz"),
            QStringLiteral("core/x") });
        QVERIFY2(s, qPrintable(s.error()));
        const DeploymentOptions& d = s->deployment;
        QCOMPARE(d.upgradeStrategy, (MarathonUpgradeStrategy { 0.5, 1.0 })); // the other keeps Marathon's 1
        QCOMPARE(d.backoffSeconds, 3);
        QCOMPARE(d.backoffFactor, 2.0);
        QCOMPARE(d.maxLaunchDelaySeconds, 600);
        QCOMPARE(d.acceptedResourceRoles, (QStringList { QStringLiteral("slave_public"), QStringLiteral("*") }));
        QCOMPARE(d.user, QStringLiteral("nobody"));
        QCOMPARE(d.extraFetch.size(), 1);
        const MarathonFetch& f = d.extraFetch.first();
        QCOMPARE(f.uri, QStringLiteral("https://x.example/a,b.tgz")); // a comma in the URI stays in it
        QVERIFY(!f.extract && !f.executable && f.cache);
        QCOMPARE(f.destPath, QStringLiteral("conf,v1.tgz")); // dest takes the rest

        const auto derived = AppDerivation::derive(facts(), *s);
        QCOMPARE(derived.app.fetch.size(), 2); // the tarball first
        QCOMPARE(derived.app.fetch[1], f);
        QCOMPARE(derived.app.user, QStringLiteral("nobody"));
        // Running as another user is allowed but said: the command needs root.
        bool warned = false;
        for (const FieldProblem& p : derived.problems)
            warned |= p.field == QLatin1String("user") && p.severity == FieldProblem::Severity::Warning
                && p.message.contains(QLatin1String("root")) && p.message.contains(QLatin1String("hab"));
        QVERIFY(warned);
    }

    void serviceOptionsDecode()
    {
        const auto s = decode({ QStringLiteral("-u"), QStringLiteral("https://bldr.example"), QStringLiteral("--peer"),
            QStringLiteral("bastion.example"), QStringLiteral("--peer=10.0.0.5:9638"),
            QStringLiteral("--bind=database:postgresql.default"), QStringLiteral("--topology=leader"),
            QStringLiteral("--marathon-auth-file=https://secrets.example/auth"), QStringLiteral("--data-volume=512"),
            QStringLiteral("core/x") });
        QVERIFY2(s, qPrintable(s.error()));
        const HabitatServiceOptions& o = s->service;
        QCOMPARE(o.builderUrl, QStringLiteral("https://bldr.example"));
        QCOMPARE(o.discovery, HabitatServiceOptions::Discovery::Peers); // --peer says so
        QCOMPARE(o.peers, (QStringList { QStringLiteral("bastion.example"), QStringLiteral("10.0.0.5:9638") }));
        QCOMPARE(o.binds,
            (QList<HabitatServiceOptions::Bind> {
                { QStringLiteral("database"), QStringLiteral("postgresql.default") } }));
        QCOMPARE(o.topology, HabitatServiceOptions::Topology::Leader);
        QCOMPARE(o.marathonAuth.source, HabitatServiceOptions::Secret::Source::File);
        QCOMPARE(o.dataVolumeMiB, 512);
        // Peers the discovery does not use cannot be said.
        ExportSettings kept = *s;
        kept.service.discovery = HabitatServiceOptions::Discovery::Alone;
        QCOMPARE(ExportArguments::encode(kept).notExpressed.size(), 1);
    }

    void aFetchUriTheCommandLineCannotSayIsNamed()
    {
        ExportSettings s;
        s.package = QStringLiteral("core/web-app");
        s.deployment.extraFetch = { MarathonFetch { QStringLiteral("https://x/a,cache=1"), true, false, false, {} } };
        const ExportArguments::Encoded encoded = ExportArguments::encode(s);
        QCOMPARE(encoded.notExpressed.size(), 1);
        QVERIFY(encoded.notExpressed.first().contains(QLatin1String("https://x/a,cache=1")));
    }

    // The importer reads them back from an app's JSON: the first download is the tarball.
    void deploymentOptionsFromJson()
    {
        ExportSettings s;
        s.package = QStringLiteral("core/web-app");
        s.deployment.upgradeStrategy = MarathonUpgradeStrategy { 0.25, 0 };
        s.deployment.backoffSeconds = 5;
        s.deployment.backoffFactor = 1.5;
        s.deployment.maxLaunchDelaySeconds = 120;
        s.deployment.acceptedResourceRoles = { QStringLiteral("slave_public") };
        s.deployment.user = QStringLiteral("nobody");
        s.deployment.extraFetch
            = { MarathonFetch { QStringLiteral("https://x/tool"), false, true, true, QStringLiteral("bin/tool") } };
        const QByteArray json = MarathonJsonWriter::write(AppDerivation::derive(facts(), s).app);
        FieldProblems problems;
        const DeploymentOptions back = DeploymentOptions::fromJson(QJsonDocument::fromJson(json).object(), &problems);
        QCOMPARE(back, s.deployment);
        QVERIFY(problems.isEmpty());

        // Marathon's own answer: defaults filled in, root, a legacy uris list; wrong types are said.
        const QJsonObject marathon { { "id", "/a" }, { "user", "root" }, { "backoffFactor", "fast" },
            { "maxLaunchDelaySeconds", 1.5 },
            { "uris", QJsonArray { "https://x/t.tgz", "https://x/extra.zip", "https://x/plain" } } };
        const DeploymentOptions fromMarathon = DeploymentOptions::fromJson(marathon, &problems);
        QVERIFY(!fromMarathon.user);
        QVERIFY(!fromMarathon.backoffFactor);
        QVERIFY(!fromMarathon.maxLaunchDelaySeconds);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0].field, QStringLiteral("backoffFactor"));
        QCOMPARE(fromMarathon.extraFetch.size(), 2);
        QVERIFY(fromMarathon.extraFetch[0].extract);
        QVERIFY(!fromMarathon.extraFetch[1].extract);
        QVERIFY(DeploymentOptions::jsonKeys().contains(QStringLiteral("acceptedResourceRoles")));
    }

    // A setting that does not fit the package is the derivation's to say: the command line names the
    // option, the window shows it on the field.
    void settingsThatDoNotFitThePackage()
    {
        ExportSettings s;
        s.package = QStringLiteral("core/web-app");
        s.portNumbers = { { QStringLiteral("nope"), 31000 } };
        s.config
            = { { { QStringLiteral("http"), QStringLiteral("port"), QStringLiteral("deeper") }, QStringLiteral("1") } };
        const auto derived = AppDerivation::derive(facts(), s);
        QCOMPARE(derived.settingProblems.size(), 2);
        using Setting = AppDerivation::SettingProblem::Setting;
        for (const AppDerivation::SettingProblem& problem : derived.settingProblems) {
            if (problem.setting == Setting::PortNumbers)
                QVERIFY2(problem.message.contains(QStringLiteral("“nope”")), qPrintable(problem.message));
            else
                QVERIFY2(problem.message.contains(QLatin1String("http.port")), qPrintable(problem.message));
        }
        QVERIFY(MarathonValidator::hasErrors(derived.problems));
    }
};

QTEST_GUILESS_MAIN(TestExportArguments)
#include "tst_exportarguments.moc"
