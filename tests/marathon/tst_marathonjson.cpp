// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonjsonwriter.h"
#include "marathon/orderedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace habmesos;

class tst_MarathonJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyOrder();
    void keyOrderLegacy();
    void indentAndCompact();
    void escaping_data();
    void escaping();
    void escapingReadsBackWithQt();
    void numbers_data();
    void numbers();
    void emptyPortsAreWritten();
    void roundTrip_data();
    void roundTrip();
    void legacyLosses();
    void deploymentFields();
};

namespace {

MarathonApp fullApp()
{
    MarathonApp app;
    app.id = QStringLiteral("/acme/storefront");
    app.cmd = QStringLiteral("echo hi");
    app.user = QStringLiteral("root");
    app.env = { { QStringLiteral("ZED"), QStringLiteral("last") }, { QStringLiteral("ALPHA"), QStringLiteral("1") } };
    MarathonFetch f;
    f.uri = QStringLiteral("https://example.com/a.tgz");
    f.destPath = QStringLiteral("a.tgz");
    app.fetch = { f };
    MarathonPortDefinition p;
    p.port = 8080;
    p.name = QStringLiteral("http");
    p.labels = { { QStringLiteral("VIP_0"), QStringLiteral("/storefront:80") } };
    MarathonPortDefinition g { 0, QStringLiteral("udp,tcp"), QStringLiteral("hab-gossip"), {} };
    app.portDefinitions = { p, g };
    app.requirePorts = true;
    MarathonHealthCheck h;
    h.path = QStringLiteral("/health");
    h.portIndex = 0;
    h.gracePeriodSeconds = 300;
    h.ignoreHttp1xx = true;
    MarathonHealthCheck c;
    c.protocol = QStringLiteral("COMMAND");
    c.command = QStringLiteral("curl -f http://localhost:$PORT0/");
    app.healthChecks = { h, c };
    app.labels = { { QStringLiteral("team"), QStringLiteral("web") } };
    app.constraints = { { QStringLiteral("hostname"), QStringLiteral("UNIQUE"), std::nullopt },
        { QStringLiteral("rack"), QStringLiteral("MAX_PER"), QStringLiteral("2") } };
    app.upgradeStrategy = MarathonUpgradeStrategy { 0.5, 0 };
    return app;
}

// The members of the top-level object in the order written (QJsonObject sorts them, so they are
// read from the indented text: one member a line, two spaces in), checked against Qt's parse.
QStringList topLevelKeys(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return { error.errorString() };
    QStringList keys;
    static const QRegularExpression member(QStringLiteral("^  \"([^\"]+)\": "), QRegularExpression::MultilineOption);
    for (auto it = member.globalMatch(QString::fromUtf8(json)); it.hasNext();)
        keys << it.next().captured(1);
    QStringList sorted = keys;
    sorted.sort();
    if (sorted != object.keys())
        return { QStringLiteral("the text's members are not the document's") };
    return keys;
}

// One JSON value as Qt's parser reads it.
QJsonValue readValue(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]", &error);
    return error.error == QJsonParseError::NoError ? doc.array().at(0) : QJsonValue(QJsonValue::Undefined);
}

} // namespace

void tst_MarathonJson::keyOrder()
{
    const QStringList expected { "id", "cmd", "user", "cpus", "mem", "disk", "instances", "env", "fetch",
        "portDefinitions", "requirePorts", "healthChecks", "labels", "constraints", "upgradeStrategy" };
    QCOMPARE(topLevelKeys(MarathonJsonWriter::write(fullApp())), expected);
    // env keeps the operator's order, not alphabetical order
    const QByteArray json = MarathonJsonWriter::write(fullApp());
    QVERIFY(json.indexOf("\"ZED\"") < json.indexOf("\"ALPHA\""));
    // fetch entry members in a fixed order
    QVERIFY(json.contains(
        "{\n      \"uri\": \"https://example.com/a.tgz\",\n      \"extract\": true,\n      \"executable\": false,\n"
        "      \"cache\": false,\n      \"destPath\": \"a.tgz\"\n    }"));
}

void tst_MarathonJson::keyOrderLegacy()
{
    const QByteArray json = MarathonJsonWriter::write(fullApp(), MarathonFlavour::Legacy);
    const QStringList expected { "id", "cmd", "user", "cpus", "mem", "disk", "instances", "env", "uris", "ports",
        "requirePorts", "healthChecks", "labels", "constraints", "upgradeStrategy" };
    QCOMPARE(topLevelKeys(json), expected);
    QVERIFY(json.contains("\"uris\": [\n    \"https://example.com/a.tgz\"\n  ]"));
    QVERIFY(json.contains("\"ports\": [\n    8080,\n    0\n  ]"));
}

void tst_MarathonJson::indentAndCompact()
{
    MarathonApp app;
    app.id = QStringLiteral("/a/b");
    app.cmd = QStringLiteral("run it");
    QCOMPARE(MarathonJsonWriter::write(app),
        QByteArray("{\n  \"id\": \"/a/b\",\n  \"cmd\": \"run it\",\n  \"cpus\": 0.5,\n  \"mem\": 256,\n  \"disk\": 0,\n"
                   "  \"instances\": 1,\n  \"portDefinitions\": [],\n  \"requirePorts\": false\n}\n"));
    QCOMPARE(MarathonJsonWriter::writeCompact(app),
        QByteArray("{\"id\":\"/a/b\",\"cmd\":\"run it\",\"cpus\":0.5,\"mem\":256,\"disk\":0,\"instances\":1,"
                   "\"portDefinitions\":[],\"requirePorts\":false}"));
}

void tst_MarathonJson::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("\"abc\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \\\"hi\\\"\"");
    QTest::newRow("backslash") << QStringLiteral("C:\\dir") << QByteArray("\"C:\\\\dir\"");
    QTest::newRow("newline tab cr") << QStringLiteral("a\nb\tc\rd") << QByteArray("\"a\\nb\\tc\\rd\"");
    QTest::newRow("backspace formfeed") << QStringLiteral("\b\f") << QByteArray("\"\\b\\f\"");
    QTest::newRow("control") << QString(QChar(0x01)) + QChar(0x1f) << QByteArray("\"\\u0001\\u001f\"");
    QTest::newRow("nul") << QString(QChar(0)) << QByteArray("\"\\u0000\"");
    QTest::newRow("slash stays") << QStringLiteral("/a/b") << QByteArray("\"/a/b\"");
    QTest::newRow("del stays") << QString(QChar(0x7f)) << QByteArray("\"\x7f\"");
    QTest::newRow("unicode as utf8") << QStringLiteral("café ☕") << QByteArray("\"caf\xc3\xa9 \xe2\x98\x95\"");
    QTest::newRow("astral") << QString::fromUtf8("\xf0\x9f\x98\x80") << QByteArray("\"\xf0\x9f\x98\x80\"");
}

void tst_MarathonJson::escaping()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, json);
    QCOMPARE(OrderedJson(text).serialize(OrderedJson::Style::Compact), json);
    const QJsonValue back = readValue(json);
    QVERIFY(back.isString());
    QCOMPARE(back.toString(), text);
}

void tst_MarathonJson::escapingReadsBackWithQt()
{
    // An independent parser agrees on every character from 0 to 0x7f and a few beyond.
    QString all;
    for (int c = 0; c < 0x80; ++c)
        all += QChar(c);
    all += QStringLiteral("é€") + QString::fromUtf8("\xf0\x9f\x98\x80");
    MarathonApp app;
    app.id = QStringLiteral("/a/b");
    app.cmd = all;
    app.env = { { all, all } };
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(MarathonJsonWriter::write(app), &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value("cmd").toString(), all);
    QCOMPARE(doc.object().value("env").toObject().value(all).toString(), all);
}

void tst_MarathonJson::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("half") << 0.5 << "0.5";
    QTest::newRow("integral") << 256.0 << "256";
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("negative zero") << -0.0 << "0";
    QTest::newRow("tenth") << 0.1 << "0.1";
    QTest::newRow("milli") << 0.001 << "0.001";
    QTest::newRow("negative") << -3.0 << "-3";
    QTest::newRow("sum") << 0.1 + 0.2 << "0.30000000000000004";
    QTest::newRow("big integral") << 4096.0 << "4096";
    QTest::newRow("huge") << 1e21 << "1e+21";
    QTest::newRow("small") << 0.0005 << "0.0005";
    QTest::newRow("tiny") << 1e-30 << "1e-30";
    QTest::newRow("million") << 1e6 << "1000000";
    QTest::newRow("nan") << std::nan("") << "null";
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << "null";
}

void tst_MarathonJson::numbers()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(OrderedJson::formatNumber(value), text);
    if (std::isfinite(value)) {
        const QJsonValue back = readValue(text.toUtf8());
        QVERIFY(back.isDouble());
        QCOMPARE(back.toDouble(), value);
    }
}

void tst_MarathonJson::emptyPortsAreWritten()
{
    // Without portDefinitions Marathon would add a port of its own.
    MarathonApp app;
    app.id = QStringLiteral("/a/b");
    app.cmd = QStringLiteral("xx");
    QVERIFY(MarathonJsonWriter::writeCompact(app).contains("\"portDefinitions\":[]"));
    QVERIFY(MarathonJsonWriter::writeCompact(app, MarathonFlavour::Legacy).contains("\"ports\":[]"));
    QVERIFY(!MarathonJsonWriter::writeCompact(app).contains("fetch"));
    QVERIFY(!MarathonJsonWriter::writeCompact(app).contains("healthChecks"));
}

void tst_MarathonJson::roundTrip_data()
{
    QTest::addColumn<bool>("compact");
    QTest::newRow("indented") << false;
    QTest::newRow("compact") << true;
}

void tst_MarathonJson::roundTrip()
{
    // What is written reads back, with Qt's parser, as the values of the app.
    QFETCH(bool, compact);
    MarathonApp app = fullApp();
    app.cpus = 0.1 + 0.2;
    app.mem = 1234.5;
    app.cmd = QStringLiteral("sh -c 'echo \"$HOME\"\\n\ttab'") + QChar(0x1) + QStringLiteral("☕");
    const QByteArray json = compact ? MarathonJsonWriter::writeCompact(app) : MarathonJsonWriter::write(app);
    QJsonParseError error;
    const QJsonObject back = QJsonDocument::fromJson(json, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(back.value("id").toString(), app.id);
    QCOMPARE(back.value("cmd").toString(), app.cmd);
    QCOMPARE(back.value("user").toString(), app.user);
    QCOMPARE(back.value("cpus").toDouble(), app.cpus);
    QCOMPARE(back.value("mem").toDouble(), app.mem);
    QCOMPARE(back.value("env").toObject(),
        QJsonObject({ { "ZED", QStringLiteral("last") }, { "ALPHA", QStringLiteral("1") } }));
    QCOMPARE(back.value("fetch").toArray(),
        QJsonArray({ QJsonObject({ { "uri", QStringLiteral("https://example.com/a.tgz") }, { "extract", true },
            { "executable", false }, { "cache", false }, { "destPath", QStringLiteral("a.tgz") } }) }));
    const QJsonArray ports = back.value("portDefinitions").toArray();
    QCOMPARE(ports.size(), 2);
    QCOMPARE(ports[0].toObject().value("port").toInt(), 8080);
    QCOMPARE(ports[0].toObject().value("name").toString(), QStringLiteral("http"));
    QCOMPARE(
        ports[0].toObject().value("labels").toObject(), QJsonObject({ { "VIP_0", QStringLiteral("/storefront:80") } }));
    QCOMPARE(ports[1].toObject().value("protocol").toString(), QStringLiteral("udp,tcp"));
    QCOMPARE(back.value("requirePorts").toBool(), true);
    const QJsonArray checks = back.value("healthChecks").toArray();
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks[0].toObject().value("path").toString(), QStringLiteral("/health"));
    QCOMPARE(checks[0].toObject().value("ignoreHttp1xx").toBool(), true);
    QCOMPARE(checks[1].toObject().value("command").toObject().value("value").toString(),
        QStringLiteral("curl -f http://localhost:$PORT0/"));
    QCOMPARE(back.value("labels").toObject(), QJsonObject({ { "team", QStringLiteral("web") } }));
    QCOMPARE(back.value("constraints").toArray(),
        QJsonArray({ QJsonArray({ "hostname", "UNIQUE" }), QJsonArray({ "rack", "MAX_PER", "2" }) }));
    QCOMPARE(back.value("upgradeStrategy").toObject(),
        QJsonObject({ { "minimumHealthCapacity", 0.5 }, { "maximumOverCapacity", 0 } }));
    // Both forms are the same document.
    QCOMPARE(QJsonDocument::fromJson(MarathonJsonWriter::write(app)),
        QJsonDocument::fromJson(MarathonJsonWriter::writeCompact(app)));
}

void tst_MarathonJson::legacyLosses()
{
    const FieldProblems losses = MarathonJsonWriter::legacyLosses(fullApp());
    QStringList fields;
    for (const FieldProblem& p : losses) {
        QCOMPARE(p.severity, FieldProblem::Severity::Warning);
        fields << p.field;
    }
    QCOMPARE(fields,
        QStringList({ "fetch/0", "portDefinitions/0/name", "portDefinitions/0/labels", "portDefinitions/1/name",
            "portDefinitions/1/protocol" }));
}

// Unset, Marathon's defaults apply: nothing is written. Set, after the placement fields, in the
// reading order the writer documents; the legacy flavour keeps every download's URI in `uris`.
void tst_MarathonJson::deploymentFields()
{
    MarathonApp app = fullApp();
    const QJsonObject plain = QJsonDocument::fromJson(MarathonJsonWriter::write(app)).object();
    for (const char* key : { "acceptedResourceRoles", "backoffSeconds", "backoffFactor", "maxLaunchDelaySeconds" })
        QVERIFY2(!plain.contains(QLatin1String(key)), key);

    app.acceptedResourceRoles = { QStringLiteral("slave_public"), QStringLiteral("*") };
    app.backoffSeconds = 2;
    app.backoffFactor = 1.5;
    app.maxLaunchDelaySeconds = 600;
    app.fetch.append({ QStringLiteral("https://example.com/tool"), false, true, true, QStringLiteral("bin/tool") });
    const QByteArray text = MarathonJsonWriter::write(app);
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    QCOMPARE(o.value("acceptedResourceRoles"), QJsonValue(QJsonArray { "slave_public", "*" }));
    QCOMPARE(o.value("backoffSeconds"), QJsonValue(2));
    QCOMPARE(o.value("backoffFactor"), QJsonValue(1.5));
    QCOMPARE(o.value("maxLaunchDelaySeconds"), QJsonValue(600));
    QCOMPARE(o.value("fetch").toArray().at(1),
        QJsonValue(QJsonObject { { "uri", "https://example.com/tool" }, { "extract", false }, { "executable", true },
            { "cache", true }, { "destPath", "bin/tool" } }));
    const qsizetype constraints = text.indexOf("\"constraints\"");
    const qsizetype roles = text.indexOf("\"acceptedResourceRoles\"");
    const qsizetype upgrade = text.indexOf("\"upgradeStrategy\"");
    const qsizetype backoff = text.indexOf("\"backoffSeconds\"");
    const qsizetype factor = text.indexOf("\"backoffFactor\"");
    const qsizetype delay = text.indexOf("\"maxLaunchDelaySeconds\"");
    QVERIFY(constraints < roles && roles < upgrade && upgrade < backoff && backoff < factor && factor < delay);

    // Legacy: the URIs only, and each lost flag said on its download.
    app.fetch.append({ QStringLiteral("https://example.com/keep.tgz"), false, false, false, {} });
    app.fetch.append({ QStringLiteral("https://example.com/plain"), true, false, false, {} });
    app.fetch.append({ QStringLiteral("https://example.com/fine.zip"), true, false, false, {} });
    const QJsonObject legacy
        = QJsonDocument::fromJson(MarathonJsonWriter::write(app, MarathonFlavour::Legacy)).object();
    QCOMPARE(legacy.value("uris"),
        QJsonValue(QJsonArray { "https://example.com/a.tgz", "https://example.com/tool", "https://example.com/keep.tgz",
            "https://example.com/plain", "https://example.com/fine.zip" }));
    QCOMPARE(legacy.value("backoffFactor"), QJsonValue(1.5)); // older than 1.0: kept
    QStringList fetchLosses;
    for (const FieldProblem& p : MarathonJsonWriter::legacyLosses(app)) {
        if (p.field.startsWith(QLatin1String("fetch")))
            fetchLosses << p.field;
    }
    QCOMPARE(fetchLosses, QStringList({ "fetch/0", "fetch/1", "fetch/2/extract", "fetch/3/extract" }));
}

QTEST_GUILESS_MAIN(tst_MarathonJson)
#include "tst_marathonjson.moc"
