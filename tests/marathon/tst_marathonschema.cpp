// SPDX-License-Identifier: Apache-2.0
#include "definition/deploymentoptions.h"
#include "marathon/habitatappbuilder.h"
#include "marathon/habitatfixture.h"
#include "marathon/marathonjsonwriter.h"
#include "marathon/marathonstub.h"
#include "marathon/marathonvalidator.h"
#include "support/processrunner.h"
#include "support/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace habmesos;

// Generated definitions checked against Marathon's own JSON Schema (the workplace's copy in
// shared/marathon/schema, read from there) by Debian's python3-jsonschema. The schema lags the
// RAML in one place that matters: a port definition's protocol may be "udp,tcp" (RAML
// strings.NetworkProtocol), which the Supervisor's gossip port uses; the in-memory copy widens
// that one enum and nothing else.
class tst_MarathonSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void generatedDefinitions_data();
    void generatedDefinitions();
    void fullDefinition();
    void serviceFields();
    void everyHealthCheckProtocol();
    void schemaStillCatchesProblems();
    void deploymentFields_data();
    void deploymentFields();
    void deploymentFieldsOutOfRange();
    void stubTakesTheDeploymentFields();

private:
    // One list of error messages per document.
    QList<QStringList> validate(const QString& schema, bool widen, const QList<QByteArray>& docs);
    QString m_schemaDir;
};

namespace {

const char* validatorScript = R"PY(
import json, sys
from jsonschema import Draft4Validator
request = json.load(sys.stdin)
with open(request["schema"], encoding="utf-8") as f:
    schema = json.load(f)
if request["widen"]:
    enum = schema["properties"]["portDefinitions"]["items"]["properties"]["protocol"]["enum"]
    if "udp,tcp" not in enum:
        enum.append("udp,tcp")
validator = Draft4Validator(schema)
result = []
for doc in request["docs"]:
    errors = ["/".join(str(p) for p in e.absolute_path) + ": " + e.message for e in validator.iter_errors(doc)]
    result.append(sorted(errors))
print(json.dumps(result))
)PY";

struct Variant
{
    MarathonFlavour flavour;
    bool supervisor;
    bool fixed;
    bool health;
    bool overrides;
};

MarathonApp buildVariant(const Variant& v)
{
    HabitatAppOptions o;
    o.supervisorPorts = v.supervisor;
    o.ports = v.fixed ? HabitatAppOptions::Ports::Fixed : HabitatAppOptions::Ports::Dynamic;
    o.healthCheck = v.health;
    if (v.overrides) {
        auto config = HabitatConfig::parse(test::storefrontFacts().defaultToml);
        (void)config->setValue({ "log_level" }, QStringLiteral("\"debug\""));
        (void)config->setValue({ "worker_processes" }, QStringLiteral("8"));
        o.config = *config;
    }
    return HabitatAppBuilder::build(test::storefrontFacts(), o).app;
}

} // namespace

void tst_MarathonSchema::initTestCase()
{
    if (test::sharedDir().isEmpty())
        QSKIP("../shared is not present in this checkout");
    m_schemaDir = test::sharedDir() + QStringLiteral("/marathon/schema");
    if (!QFile::exists(m_schemaDir + QStringLiteral("/AppDefinition.json")))
        QSKIP("shared/marathon/schema/AppDefinition.json is not present");
    if (!test::ProcessRunner(
            QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QStringLiteral("import jsonschema") })
             .run()
             .ok())
        QSKIP("/usr/bin/python3 with jsonschema (Debian's python3-jsonschema) is not installed");
}

QList<QStringList> tst_MarathonSchema::validate(const QString& schema, bool widen, const QList<QByteArray>& docs)
{
    // Our own serializer writes the documents into the request: Python's json reads them as well.
    QByteArray request
        = "{\"schema\":" + QJsonDocument(QJsonArray { schema }).toJson(QJsonDocument::Compact).mid(1).chopped(1)
        + ",\"widen\":" + (widen ? "true" : "false") + ",\"docs\":[";
    for (qsizetype i = 0; i < docs.size(); ++i)
        request += (i ? "," : "") + docs[i];
    request += "]}";
    test::ProcessRunner python(
        QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QString::fromUtf8(validatorScript) });
    const test::ProcessRunner::Outcome checked = python.setStdin(request).run();
    if (!checked.ok())
        qWarning("%s", qPrintable(checked.describe()));
    QList<QStringList> out;
    for (const QJsonValue& list : QJsonDocument::fromJson(checked.out).array())
        out.append(list.toVariant().toStringList());
    return out;
}

void tst_MarathonSchema::generatedDefinitions_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<int>("flavour");
    QTest::newRow("current vs newest schema") << "AppDefinition.json" << int(MarathonFlavour::Current);
    QTest::newRow("legacy vs newest schema") << "AppDefinition.json" << int(MarathonFlavour::Legacy);
    QTest::newRow("current vs 1.7.236") << "v1.7.236/AppDefinition.json" << int(MarathonFlavour::Current);
    QTest::newRow("legacy vs 1.4.13") << "v1.4.13/AppDefinition.json" << int(MarathonFlavour::Legacy);
}

void tst_MarathonSchema::generatedDefinitions()
{
    QFETCH(QString, schema);
    QFETCH(int, flavour);
    const QString path = m_schemaDir + u'/' + schema;
    if (!QFile::exists(path))
        QSKIP(qPrintable(path + QStringLiteral(" is not present")));
    QList<QByteArray> docs;
    QStringList names;
    for (int bits = 0; bits < 16; ++bits) {
        const Variant v { MarathonFlavour(flavour), bool(bits & 1), bool(bits & 2), bool(bits & 4), bool(bits & 8) };
        const MarathonApp app = buildVariant(v);
        // our own validator agrees
        QVERIFY(!MarathonValidator::hasErrors(MarathonValidator::validate(app)));
        docs << MarathonJsonWriter::write(app, v.flavour);
        names << QStringLiteral("supervisor=%1 fixed=%2 health=%3 overrides=%4")
                     .arg(v.supervisor)
                     .arg(v.fixed)
                     .arg(v.health)
                     .arg(v.overrides);
    }
    const QList<QStringList> results = validate(path, true, docs);
    QCOMPARE(results.size(), docs.size());
    for (qsizetype i = 0; i < docs.size(); ++i)
        QVERIFY2(
            results[i].isEmpty(), qPrintable(names[i] + QStringLiteral(": ") + results[i].join(QStringLiteral("; "))));
}

void tst_MarathonSchema::fullDefinition()
{
    // Every field the model has, filled in.
    MarathonApp app = buildVariant({ MarathonFlavour::Current, true, false, true, true });
    app.fetch[0].destPath = QStringLiteral("storefront.tgz");
    app.fetch[0].executable = false;
    app.portDefinitions[0].labels = { { QStringLiteral("VIP_0"), QStringLiteral("/storefront:80") } };
    MarathonHealthCheck command;
    command.protocol = QStringLiteral("COMMAND");
    command.command = QStringLiteral("test -f /tmp/ok");
    command.ignoreHttp1xx = false;
    app.healthChecks.append(command);
    app.labels = { { QStringLiteral("team"), QStringLiteral("shop \"front\"") } };
    app.constraints = { { QStringLiteral("hostname"), QStringLiteral("UNIQUE"), std::nullopt },
        { QStringLiteral("rack"), QStringLiteral("GROUP_BY"), QStringLiteral("3") } };
    app.upgradeStrategy = MarathonUpgradeStrategy { 0.5, 0.25 };
    app.env.append({ QStringLiteral("UNICODE"), QStringLiteral("café ☕ \u0001") });
    const QList<QStringList> results = validate(m_schemaDir + QStringLiteral("/AppDefinition.json"), true,
        { MarathonJsonWriter::write(app), MarathonJsonWriter::writeCompact(app, MarathonFlavour::Legacy) });
    QCOMPARE(results.size(), 2);
    QVERIFY2(results[0].isEmpty(), qPrintable(results[0].join(QStringLiteral("; "))));
    QVERIFY2(results[1].isEmpty(), qPrintable(results[1].join(QStringLiteral("; "))));
}

void tst_MarathonSchema::serviceFields()
{
    // What the service options add (HabitatServiceApp): secret references and declarations, secret
    // files, the ring's label and variables, the persistent volume and what a resident app needs.
    HabitatPackageFacts facts = test::storefrontFacts();
    HabitatAppOptions o;
    o.service.ring = QStringLiteral("shop");
    o.service.marathonUrl = QStringLiteral("http://marathon.example:8080");
    o.service.ringKey = { HabitatServiceOptions::Secret::Source::MarathonSecret, QStringLiteral("shop/ring-key") };
    o.service.gatewayToken = { HabitatServiceOptions::Secret::Source::File, QStringLiteral("https://s.example/t") };
    o.service.dataVolumeMiB = 1024;
    HabitatAppBuilder::Build built = HabitatAppBuilder::build(facts, o);
    HabitatAppBuilder::finish(built.app, facts, o, built.config, built.problems);
    QVERIFY(built.app.isResident() && !built.app.secrets.isEmpty());
    QVERIFY(!MarathonValidator::hasErrors(MarathonValidator::validate(built.app)));
    for (const char* schema : { "/AppDefinition.json", "/v1.7.236/AppDefinition.json" }) {
        const QString path = m_schemaDir + QLatin1String(schema);
        if (!QFile::exists(path))
            continue;
        const QList<QStringList> results = validate(path, true, { MarathonJsonWriter::write(built.app) });
        QCOMPARE(results.size(), 1);
        QVERIFY2(results[0].isEmpty(), qPrintable(QLatin1String(schema) + results[0].join(QStringLiteral("; "))));
    }
}

void tst_MarathonSchema::everyHealthCheckProtocol()
{
    // What the Health check page and --health-check make, for each protocol, every option set.
    QList<QByteArray> docs;
    for (const QString& protocol : MarathonValidator::healthCheckProtocols()) {
        HealthCheckSettings s;
        s.protocol = protocol;
        s.path = QStringLiteral("/health");
        s.portName = QStringLiteral("ssl-port");
        s.command = QStringLiteral("curl -fsk https://$HOST:$PORT1/health");
        s.ignoreHttp1xx = true;
        HabitatAppOptions o;
        o.healthCheckSettings = s;
        const MarathonApp app = HabitatAppBuilder::build(test::storefrontFacts(), o).app;
        QCOMPARE(app.healthChecks.size(), 1);
        docs << MarathonJsonWriter::write(app) << MarathonJsonWriter::write(app, MarathonFlavour::Legacy);
    }
    const QList<QStringList> results = validate(m_schemaDir + QStringLiteral("/AppDefinition.json"), true, docs);
    QCOMPARE(results.size(), docs.size());
    for (qsizetype i = 0; i < docs.size(); ++i)
        QVERIFY2(results[i].isEmpty(),
            qPrintable(MarathonValidator::healthCheckProtocols().at(i / 2) + QStringLiteral(": ")
                + results[i].join(QStringLiteral("; "))));
}

void tst_MarathonSchema::schemaStillCatchesProblems()
{
    const QString path = m_schemaDir + QStringLiteral("/AppDefinition.json");
    const MarathonApp app = buildVariant({ MarathonFlavour::Current, true, false, true, false });
    QByteArray unknownField = MarathonJsonWriter::writeCompact(app);
    unknownField.insert(1, "\"bogus\":1,");
    MarathonApp badProtocol = app;
    badProtocol.portDefinitions[0].protocol = QStringLiteral("sctp");
    // Unwidened, the schema refuses exactly the gossip port's "udp,tcp" (portDefinitions/2).
    const QList<QStringList> unwidened = validate(path, false, { MarathonJsonWriter::write(app) });
    QCOMPARE(unwidened.size(), 1);
    QCOMPARE(unwidened[0].size(), 1);
    QVERIFY2(unwidened[0][0].startsWith(QStringLiteral("portDefinitions/2/protocol: 'udp,tcp' is not one of")),
        qPrintable(unwidened[0][0]));
    const QList<QStringList> bad = validate(path, true, { unknownField, MarathonJsonWriter::write(badProtocol) });
    QCOMPARE(bad.size(), 2);
    QCOMPARE(bad[0].size(), 1);
    QVERIFY2(bad[0][0].contains(QStringLiteral("'bogus' was unexpected")), qPrintable(bad[0][0]));
    QCOMPARE(bad[1].size(), 1);
    QVERIFY2(bad[1][0].startsWith(QStringLiteral("portDefinitions/0/protocol: 'sctp' is not one of")),
        qPrintable(bad[1][0]));
}

namespace {

DeploymentOptions everyDeploymentField()
{
    DeploymentOptions d;
    d.upgradeStrategy = MarathonUpgradeStrategy { 0.5, 0 };
    d.backoffSeconds = 0;
    d.backoffFactor = 1;
    d.maxLaunchDelaySeconds = 3600;
    d.acceptedResourceRoles = { QStringLiteral("slave_public"), QStringLiteral("*") };
    d.user = QStringLiteral("nobody");
    d.extraFetch = { { QStringLiteral("https://files.example/conf.tgz"), true, false, true, {} },
        { QStringLiteral("/srv/shared/tool"), false, true, false, QStringLiteral("bin/tool") } };
    return d;
}

} // namespace

void tst_MarathonSchema::deploymentFields_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<int>("flavour");
    QTest::newRow("current vs newest schema") << "AppDefinition.json" << int(MarathonFlavour::Current);
    QTest::newRow("current vs 1.7.236") << "v1.7.236/AppDefinition.json" << int(MarathonFlavour::Current);
    QTest::newRow("legacy vs 1.4.13") << "v1.4.13/AppDefinition.json" << int(MarathonFlavour::Legacy);
}

// Upgrade strategy, backoff, roles, user and extra downloads, as the Deployment page and the
// command line set them, are what each Marathon takes.
void tst_MarathonSchema::deploymentFields()
{
    QFETCH(QString, schema);
    QFETCH(int, flavour);
    const QString path = m_schemaDir + u'/' + schema;
    if (!QFile::exists(path))
        QSKIP(qPrintable(path + QStringLiteral(" is not present")));
    MarathonApp app = buildVariant({ MarathonFlavour(flavour), true, false, true, false });
    everyDeploymentField().applyTo(app);
    QVERIFY(!MarathonValidator::hasErrors(MarathonValidator::validate(app)));
    const QList<QStringList> results
        = validate(path, true, { MarathonJsonWriter::write(app, MarathonFlavour(flavour)) });
    QCOMPARE(results.size(), 1);
    QVERIFY2(results[0].isEmpty(), qPrintable(results[0].join(QStringLiteral("; "))));
}

// What the schema refuses, our validator refuses on the same field.
void tst_MarathonSchema::deploymentFieldsOutOfRange()
{
    const MarathonApp base = buildVariant({ MarathonFlavour::Current, true, false, true, false });
    const QList<std::pair<QString, std::function<void(MarathonApp&)>>> cases {
        { QStringLiteral("backoffSeconds"), [](MarathonApp& a) { a.backoffSeconds = -1; } },
        { QStringLiteral("backoffFactor"), [](MarathonApp& a) { a.backoffFactor = 0.99; } },
        { QStringLiteral("maxLaunchDelaySeconds"), [](MarathonApp& a) { a.maxLaunchDelaySeconds = -1; } },
        { QStringLiteral("upgradeStrategy/minimumHealthCapacity"),
            [](MarathonApp& a) {
                a.upgradeStrategy = MarathonUpgradeStrategy { 1.01, 1 };
            } },
        { QStringLiteral("upgradeStrategy/maximumOverCapacity"),
            [](MarathonApp& a) {
                a.upgradeStrategy = MarathonUpgradeStrategy { 1, -0.5 };
            } },
    };
    QList<QByteArray> docs;
    for (const auto& [field, mutate] : cases) {
        MarathonApp app = base;
        mutate(app);
        bool ours = false;
        for (const FieldProblem& p : MarathonValidator::validate(app))
            ours |= p.field == field && p.severity == FieldProblem::Severity::Error;
        QVERIFY2(ours, qPrintable(field));
        docs << MarathonJsonWriter::write(app);
    }
    const QList<QStringList> results = validate(m_schemaDir + QStringLiteral("/AppDefinition.json"), true, docs);
    QCOMPARE(results.size(), cases.size());
    for (qsizetype i = 0; i < cases.size(); ++i) {
        QCOMPARE(results[i].size(), 1);
        QVERIFY2(results[i][0].startsWith(cases[i].first + QStringLiteral(": ")), qPrintable(results[i][0]));
    }
}

// The Marathon stand-in takes what Marathon takes and refuses, in Marathon's words and paths, what it
// refuses: the RAML minimums (422 "Invalid JSON") and ResourceRole's rules (422 "Object is not valid").
void tst_MarathonSchema::stubTakesTheDeploymentFields()
{
    test::MarathonStub stub;
    if (!stub.start())
        QSKIP(qPrintable(QStringLiteral("the Marathon stand-in did not start: ") + stub.errorText()));
    MarathonApp app = buildVariant({ MarathonFlavour::Current, true, false, true, false });
    everyDeploymentField().applyTo(app);
    const QJsonObject created
        = stub.control("POST", QStringLiteral("/v2/apps"), MarathonJsonWriter::writeCompact(app)).object();
    QVERIFY2(created.value(QStringLiteral("id")).toString().endsWith(QLatin1String("storefront")),
        QJsonDocument(created).toJson().constData());
    QCOMPARE(created.value(QStringLiteral("backoffFactor")).toDouble(), 1.0);
    QCOMPARE(created.value(QStringLiteral("acceptedResourceRoles")).toArray().size(), 2);
    QCOMPARE(created.value(QStringLiteral("fetch")).toArray().size(), 3);

    auto refusal = [&](void (*mutate)(MarathonApp&)) -> QString {
        MarathonApp bad = app;
        bad.id = QStringLiteral("/other");
        mutate(bad);
        const QJsonObject answer
            = stub.control("POST", QStringLiteral("/v2/apps"), MarathonJsonWriter::writeCompact(bad)).object();
        QStringList out;
        for (const QJsonValue& d : answer.value(QStringLiteral("details")).toArray())
            out << d[QStringLiteral("path")].toString() + QStringLiteral(": ")
                    + d[QStringLiteral("errors")].toArray().first().toString();
        return answer.value(QStringLiteral("message")).toString() + QStringLiteral(" | ")
            + out.join(QStringLiteral("; "));
    };
    QCOMPARE(refusal([](MarathonApp& a) { a.backoffFactor = 0.5; }),
        QStringLiteral("Invalid JSON | /backoffFactor: error.min"));
    QCOMPARE(refusal([](MarathonApp& a) { a.maxLaunchDelaySeconds = -1; }),
        QStringLiteral("Invalid JSON | /maxLaunchDelaySeconds: error.min"));
    QCOMPARE(refusal([](MarathonApp& a) {
        a.fetch.append({ QString(1025, u'a'), true, false, false, {} });
    }),
        QStringLiteral("Invalid JSON | /fetch(3)/uri: error.maxLength"));
    QCOMPARE(refusal([](MarathonApp& a) { a.acceptedResourceRoles = { QStringLiteral("ops/web") }; }),
        QStringLiteral("Object is not valid | /acceptedResourceRoles(0): A role name must not include a slash (\\x2f) "
                       "character."));
    QCOMPARE(refusal([](MarathonApp& a) { a.acceptedResourceRoles = { QStringLiteral("-ops") }; }),
        QStringLiteral("Object is not valid | /acceptedResourceRoles(0): A role name must not start with a '-'."));
}

QTEST_GUILESS_MAIN(tst_MarathonSchema)
#include "tst_marathonschema.moc"
