// SPDX-License-Identifier: Apache-2.0
// MarathonAppImport: an app the settings derive, opened again, derives the same bytes (over many
// settings); an operator's app with fields the model does not know is opened and saved without
// loss; malformed and hostile texts get errors that say what and where.
#include "definition/appderivation.h"
#include "definition/marathonappimport.h"
#include "marathon/marathonjsonwriter.h"
#include "support/randomsettings.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace habmesos;

namespace {

// JSON written with ' for " (so the test's text needs no escapes).
QByteArray quoted(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray derivedJson(const HabitatPackageFacts& facts, const ExportSettings& s)
{
    return MarathonJsonWriter::write(AppDerivation::derive(facts, s).app, s.flavour);
}

// An operator's own app for core/web-app, with what Marathon has and the model does not.
QByteArray operatorsApp()
{
    return quoted(
        "{\n"
        "  'id': '/shop/web',\n"
        "  'cmd': 'exec \\'$bb\\' chroot . /init.sh run core/web-app',\n"
        "  'cpus': 1.5,\n"
        "  'mem': 1024,\n"
        "  'instances': 3,\n"
        "  'env': { 'ZETA': 'last', 'ALPHA': 'first', 'DB_PASSWORD': { 'secret': 'db' } },\n"
        "  'secrets': { 'db': { 'source': 'shop/db-password' } },\n"
        "  'fetch': [\n"
        "    { 'uri': 'https://files.example/core-web-app-1.2.3-20240101000000.tgz', 'extract': true, 'executable': "
        "false, 'cache': false },\n"
        "    { 'uri': 'https://files.example/extra.sh', 'extract': false, 'executable': true, 'cache': false }\n"
        "  ],\n"
        "  'container': { 'type': 'MESOS', 'volumes': [ { 'containerPath': 'data', 'mode': 'RW', 'persistent': { "
        "'size': 512 } } ] },\n"
        "  'networks': [ { 'mode': 'host' } ],\n"
        "  'dependencies': [ '/shop/db' ],\n"
        "  'upgradeStrategy': { 'minimumHealthCapacity': 0.5, 'maximumOverCapacity': 0 },\n"
        "  'backoffSeconds': 2,\n"
        "  'healthChecks': [ { 'protocol': 'MESOS_TCP', 'portIndex': 0, 'delaySeconds': 15 } ],\n"
        "  'labels': { 'team': 'shop', 'HAPROXY_GROUP': 'external' },\n"
        "  'constraints': [ [ 'hostname', 'UNIQUE' ] ],\n"
        "  'maxLaunchDelaySeconds': 3600\n"
        "}\n");
}

QCborMap parsed(const QByteArray& json)
{
    Result<QCborMap> app = MarathonAppImport::parse(json);
    if (!app)
        qWarning() << app.error();
    return app ? *app : QCborMap();
}

} // namespace

class TestMarathonAppImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void derivedAppsRoundTrip()
    {
        const HabitatPackageFacts facts = RandomSettings::webAppFacts();
        for (quint32 seed = 1; seed <= 300; ++seed) {
            QRandomGenerator random(seed);
            const ExportSettings s = RandomSettings::generateWithEdits(random);
            const QByteArray json = derivedJson(facts, s);
            const QCborMap app = parsed(json);
            QVERIFY2(!app.isEmpty(), qPrintable(QString::number(seed)));

            // A hand-edited command no longer names the package, and then only a tarball's name can.
            const Result<MarathonAppImport::Package> package = MarathonAppImport::packageOf(app);
            QVERIFY2(package || s.cmd, qPrintable(package.error()));
            if (package && !s.cmd) {
                QCOMPARE(package->ident.origin(), facts.origin);
                QCOMPARE(package->ident.name(), facts.name);
            }
            if (package && !package->tarballName.isEmpty()) {
                QCOMPARE(package->ident.version(), facts.version);
                QCOMPARE(package->ident.release(), facts.release);
            }

            ExportSettings base = s; // the preferences; the app's fields come from the JSON
            base.cpus = 7;
            base.env.clear();
            const Result<MarathonAppImport::Imported> imported = MarathonAppImport::settingsFor(app, facts, base);
            QVERIFY2(imported, qPrintable(imported.error()));
            const QByteArray again = derivedJson(facts, imported->settings);
            if (again != json)
                qWarning().noquote() << "seed" << seed << "\n" << json << "\n" << again << imported->notes;
            QCOMPARE(again, json);
            for (const QCborValue& key : s.keptFields.keys())
                QVERIFY(imported->kept.contains(key.toString()));
        }
    }

    void operatorsAppKeptWithoutLoss()
    {
        const HabitatPackageFacts facts = RandomSettings::webAppFacts();
        const QCborMap app = parsed(operatorsApp());
        const Result<MarathonAppImport::Package> package = MarathonAppImport::packageOf(app);
        QVERIFY2(package, qPrintable(package.error()));
        QCOMPARE(package->ident.toString(), QStringLiteral("core/web-app/1.2.3/20240101000000"));

        ExportSettings base;
        base.outputDir = QStringLiteral("/tmp/out");
        const Result<MarathonAppImport::Imported> imported = MarathonAppImport::settingsFor(app, facts, base);
        QVERIFY2(imported, qPrintable(imported.error()));
        const ExportSettings& s = imported->settings;
        QCOMPARE(s.appId, QStringLiteral("/shop/web"));
        QCOMPARE(s.cpus, 1.5);
        QCOMPARE(s.instances, 3);
        QCOMPARE(s.fetchUri, QStringLiteral("https://files.example/core-web-app-1.2.3-20240101000000.tgz"));
        QVERIFY(s.env.contains(MarathonKeyValue { QStringLiteral("ZETA"), QStringLiteral("last") }));
        QCOMPARE(s.labels.size(), 2);
        QCOMPARE(s.constraints.size(), 1);
        for (const char* key : { "secrets", "container", "networks", "dependencies", "healthChecks" })
            QVERIFY2(imported->kept.contains(QLatin1String(key)), key);
        // The deployment fields are the forms' (DeploymentOptions), not kept.
        for (const char* key : { "upgradeStrategy", "backoffSeconds", "maxLaunchDelaySeconds" })
            QVERIFY2(!imported->kept.contains(QLatin1String(key)), key);
        QVERIFY(s.deployment.upgradeStrategy);
        QVERIFY(s.deployment.backoffSeconds);
        QVERIFY(s.deployment.maxLaunchDelaySeconds);
        QVERIFY(imported->notes.join(u'\n').contains(QLatin1String("container")));

        // Saved: every field of the original is there with its value (Marathon's reading of it).
        const QByteArray saved = derivedJson(facts, s);
        const QCborMap out = parsed(saved);
        for (auto it = app.begin(); it != app.end(); ++it) {
            const QString key = it.key().toString();
            if (key == QLatin1String("cmd") || key == QLatin1String("env") || key == QLatin1String("fetch"))
                continue; // compared below: the model's own additions are in them
            QVERIFY2(out.value(it.key()).toJsonValue() == it.value().toJsonValue(), qPrintable(key));
        }
        QCOMPARE(out.value(QStringLiteral("cmd")), app.value(QStringLiteral("cmd")));
        QCOMPARE(out.value(QStringLiteral("env")).toMap().value(QStringLiteral("DB_PASSWORD")).toJsonValue(),
            app.value(QStringLiteral("env")).toMap().value(QStringLiteral("DB_PASSWORD")).toJsonValue());
        const QCborArray fetch = out.value(QStringLiteral("fetch")).toArray();
        QCOMPARE(fetch.size(), 2);
        QCOMPARE(fetch.at(1).toJsonValue(), app.value(QStringLiteral("fetch")).toArray().at(1).toJsonValue());
        QVERIFY(saved.indexOf("\"ZETA\"") < saved.indexOf("\"ALPHA\"")); // the operator's order

        // Opened again and saved again: the same bytes.
        const Result<MarathonAppImport::Imported> second = MarathonAppImport::settingsFor(parsed(saved), facts, base);
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(derivedJson(facts, second->settings), saved);
        // The same settings; the kept fields in the saved file's order, which puts them after the model's.
        QCOMPARE(second->settings.keptFields.toJsonObject(), s.keptFields.toJsonObject());
        ExportSettings unkept = second->settings;
        unkept.keptFields = s.keptFields;
        QCOMPARE(unkept, s);
    }

    void serverAnswerUnwrapped()
    {
        QByteArray answer = "{\"app\": " + operatorsApp() + "}";
        answer.replace("\"maxLaunchDelaySeconds\"",
            "\"tasksRunning\": 3, \"version\": \"2024-01-01T00:00:00Z\", \"maxLaunchDelaySeconds\"");
        const QCborMap app = parsed(answer);
        QCOMPARE(app.value(QStringLiteral("id")).toString(), QStringLiteral("/shop/web"));
        const Result<MarathonAppImport::Imported> imported
            = MarathonAppImport::settingsFor(app, RandomSettings::webAppFacts(), ExportSettings());
        QVERIFY2(imported, qPrintable(imported.error()));
        QVERIFY(!imported->kept.contains(QStringLiteral("tasksRunning")));
        QVERIFY(imported->notes.join(u'\n').contains(QLatin1String("tasksRunning")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("empty");
        QTest::newRow("not JSON") << QByteArray("{\n  \"id\": \"/a\"\n  \"cpus\": 1\n}")
                                  << QStringLiteral("line 3, column");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("a list");
        QTest::newRow("cpus text") << QByteArray(quoted("{'id': '/a', 'cpus': 'lots'}"))
                                   << QStringLiteral("“cpus” should be a number");
        QTest::newRow("instances fraction")
            << QByteArray(quoted("{'instances': 1.5}")) << QStringLiteral("“instances” should be a whole number");
        QTest::newRow("instances huge") << QByteArray(quoted("{'instances': 1e12}")) << QStringLiteral("“instances”");
        QTest::newRow("env list") << QByteArray(quoted("{'env': []}")) << QStringLiteral("“env” should be an object");
        QTest::newRow("fetch text") << QByteArray(quoted("{'fetch': ['x']}")) << QStringLiteral("“fetch”");
        QTest::newRow("huge") << QByteArray(5 * 1024 * 1024, ' ') + "{}" << QStringLiteral("MiB");
        QTest::newRow("deep") << QByteArray(100, '[') + QByteArray(100, ']') << QStringLiteral("deeper than");
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        OrderedJsonReader::Position where;
        Result<QCborMap> app = MarathonAppImport::parse(json, &where);
        QString error = app.error();
        if (app) {
            const Result<MarathonAppImport::Imported> imported
                = MarathonAppImport::settingsFor(*app, RandomSettings::webAppFacts(), ExportSettings());
            QVERIFY(!imported);
            error = imported.error();
        }
        QVERIFY2(error.contains(says), qPrintable(error));
        if (QTest::currentDataTag() == QByteArray("not JSON")) {
            QCOMPARE(where.line, 3);
            QVERIFY(where.column >= 3);
        }
    }

    void keptFieldNeverOverridesTheModel()
    {
        ExportSettings s;
        s.keptFields.insert(QStringLiteral("cpus"), 3);
        QCborMap env;
        env.insert(QStringLiteral("HAB_LICENSE"), QStringLiteral("accept"));
        s.keptFields.insert(QStringLiteral("env"), env);
        const AppDerivation::Derived derived = AppDerivation::derive(RandomSettings::webAppFacts(), s);
        const QByteArray json = MarathonJsonWriter::write(derived.app);
        QVERIFY(json.contains("\"cpus\": 0.5"));
        QVERIFY(!json.contains("\"cpus\": 3"));
        QVERIFY(json.contains("accept-no-persist"));
        QStringList fields;
        for (const FieldProblem& p : derived.problems) {
            if (p.severity == FieldProblem::Severity::Error)
                fields.append(p.field);
        }
        QVERIFY2(fields.contains(QStringLiteral("cpus")), qPrintable(fields.join(u',')));
        QVERIFY2(fields.contains(QStringLiteral("env/HAB_LICENSE")), qPrintable(fields.join(u',')));
    }

    void largeIntegersKeptExactly()
    {
        // A kept field with integers a double would round (2^53 + 1) or lose the sign of: written
        // back digit for digit.
        const QByteArray original
            = quoted("{'id': '/web', 'cmd': 'exec \\'$bb\\' chroot . /init.sh run core/web-app', "
                     "'x-ids': [9007199254740993, -9223372036854775808, 9223372036854775807, 0.1]}");
        const QCborMap app = parsed(original);
        ExportSettings base;
        const Result<MarathonAppImport::Imported> imported
            = MarathonAppImport::settingsFor(app, RandomSettings::webAppFacts(), base);
        QVERIFY2(imported, qPrintable(imported.error()));
        const QByteArray saved = derivedJson(RandomSettings::webAppFacts(), imported->settings);
        QVERIFY2(saved.contains("9007199254740993,"), saved.constData());
        QVERIFY2(saved.contains("-9223372036854775808,"), saved.constData());
        QVERIFY2(saved.contains("9223372036854775807,"), saved.constData());
        QVERIFY2(saved.contains("0.1\n"), saved.constData());
    }

    void notAHabitatApp()
    {
        const Result<MarathonAppImport::Package> package = MarathonAppImport::packageOf(parsed(
            quoted("{'id': '/web', 'cmd': 'python3 -m http.server $PORT0', 'fetch': [{'uri': 'https://x/app.tgz'}]}")));
        QVERIFY(!package);
        QVERIFY2(package.error().contains(QLatin1String("/init.sh run origin/name")), qPrintable(package.error()));
        QVERIFY(package.error().contains(QLatin1String("origin-name-version-release.tgz")));
    }

    void packageFromTarballAlone()
    {
        const Result<MarathonAppImport::Package> package = MarathonAppImport::packageOf(
            parsed(quoted("{'uris': ['https://x/core-nginx-1.25.4-20240101000000.tgz']}")));
        QVERIFY2(package, qPrintable(package.error()));
        QCOMPARE(package->ident.toString(), QStringLiteral("core/nginx/1.25.4/20240101000000"));
    }
};

QTEST_GUILESS_MAIN(TestMarathonAppImport)
#include "tst_marathonappimport.moc"
