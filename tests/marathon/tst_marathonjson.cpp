// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonjsonreader.h"
#include "marathon/marathonjsonwriter.h"
#include "marathon/orderedjson.h"

#include <QJsonDocument>
#include <QJsonObject>
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
    void readLegacy();
    void readErrors_data();
    void readErrors();
    void readIgnoresUnknown();
    void readServerResponse();
    void parserLimits();
    void legacyLosses();
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

QStringList topLevelKeys(const QByteArray& json)
{
    const auto doc = OrderedJson::parse(json);
    QStringList keys;
    for (const auto& m : doc->members())
        keys << m.first;
    return keys;
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
    const auto back = OrderedJson::parse(json);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->toString(), text);
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
        const auto back = OrderedJson::parse(text.toUtf8());
        QVERIFY(back.ok());
        QCOMPARE(back->toDouble(), value);
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
    QFETCH(bool, compact);
    MarathonApp app = fullApp();
    app.cpus = 0.1 + 0.2;
    app.mem = 1234.5;
    app.cmd = QStringLiteral("sh -c 'echo \"$HOME\"\\n\ttab'") + QChar(0x1) + QStringLiteral("☕");
    const QByteArray json = compact ? MarathonJsonWriter::writeCompact(app) : MarathonJsonWriter::write(app);
    FieldProblems ignored;
    const auto back = MarathonJsonReader::read(json, &ignored);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(ignored.isEmpty());
    QVERIFY(*back == app);
    QCOMPARE(MarathonJsonWriter::write(*back), MarathonJsonWriter::write(app));
}

void tst_MarathonJson::readLegacy()
{
    const auto app = MarathonJsonReader::read(
        R"({"id":"/a/b","cmd":"run","uris":["http://x/a.tgz"],"ports":[0,9631],"requirePorts":true})");
    QVERIFY2(app.ok(), qPrintable(app.error()));
    QCOMPARE(app->fetch.size(), 1);
    QCOMPARE(app->fetch[0].uri, QStringLiteral("http://x/a.tgz"));
    QCOMPARE(app->portDefinitions.size(), 2);
    QCOMPARE(app->portDefinitions[1].port, 9631);
    QVERIFY(app->requirePorts);
    // Marathon's defaults for what is left out
    QCOMPARE(app->cpus, 1.0);
    QCOMPARE(app->mem, 128.0);
}

void tst_MarathonJson::readErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("syntax") << QByteArray("{\n  \"id\": \"/a\",\n  \"cpus\": ,\n}")
                            << "not valid JSON: line 3, column 11: expected a JSON value, found ','";
    QTest::newRow("trailing comma") << QByteArray("{\"id\":\"/a\",}")
                                    << "not valid JSON: line 1, column 12: expected a quoted member name";
    QTest::newRow("not object") << QByteArray("[1]")
                                << "an application definition must be a JSON object, found an array";
    QTest::newRow("no id") << QByteArray("{\"cmd\":\"xx\"}") << "id: is missing";
    QTest::newRow("port string") << QByteArray(R"({"id":"/a","portDefinitions":[{"port":1},{"port":"80"}]})")
                                 << "portDefinitions/1/port: expected an integer from 0 to 65535, found \"80\"";
    QTest::newRow("port fraction") << QByteArray(R"({"id":"/a","portDefinitions":[{"port":80.5}]})")
                                   << "portDefinitions/0/port: expected an integer from 0 to 65535, found 80.5";
    QTest::newRow("env number") << QByteArray(R"({"id":"/a","env":{"A":"x","N":5}})")
                                << "env/N: expected a string, found 5";
    QTest::newRow("env secret") << QByteArray(R"({"id":"/a","env":{"S":{"secret":"pw"}}})")
                                << "env/S: secret references are not supported; give the value as a string";
    QTest::newRow("cpus string") << QByteArray(R"({"id":"/a","cpus":"1"})") << "cpus: expected a number, found \"1\"";
    QTest::newRow("instances negative") << QByteArray(R"({"id":"/a","instances":-1})")
                                        << "instances: expected an integer of at least 0, found -1";
    QTest::newRow("fetch no uri") << QByteArray(R"({"id":"/a","fetch":[{"extract":true}]})")
                                  << "fetch/0/uri: is missing";
    QTest::newRow("both uris") << QByteArray(R"({"id":"/a","fetch":[{"uri":"x"}],"uris":["y"]})")
                               << "uris: may not be set in conjunction with fetch";
    QTest::newRow("both uris, uris first") << QByteArray(R"({"id":"/a","uris":["y"],"fetch":[{"uri":"x"}]})")
                                           << "uris: may not be set in conjunction with fetch";
    QTest::newRow("both ports") << QByteArray(R"({"id":"/a","portDefinitions":[{"port":81}],"ports":[80]})")
                                << "ports: cannot specify both ports and port definitions";
    QTest::newRow("both ports, ports first")
        << QByteArray(R"({"id":"/a","ports":[80],"portDefinitions":[{"port":81}]})")
        << "ports: cannot specify both ports and port definitions";
    QTest::newRow("constraint short") << QByteArray(R"({"id":"/a","constraints":[["hostname"]]})")
                                      << "constraints/0: expected [field, OPERATOR] or [field, OPERATOR, value], "
                                         "found an array";
    QTest::newRow("duplicate key") << QByteArray(R"({"id":"/a","id":"/b"})")
                                   << "not valid JSON: line 1, column 12: the member \"id\" appears twice";
    QTest::newRow("bad utf8") << QByteArray("{\"id\":\"\xff\"}") << "not valid JSON: the text is not valid UTF-8";
    QTest::newRow("raw newline in string") << QByteArray("{\"id\":\"a\nb\"}")
                                           << "not valid JSON: line 1, column 9: control characters must be escaped "
                                              "in strings";
    QTest::newRow("leading zero") << QByteArray("{\"id\":\"/a\",\"mem\":012}")
                                  << "not valid JSON: line 1, column 19: numbers must not have leading zeros";
    QTest::newRow("empty") << QByteArray("") << "not valid JSON: line 1, column 1: unexpected end of the document";
}

void tst_MarathonJson::readErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto app = MarathonJsonReader::read(json);
    QVERIFY(!app.ok());
    QCOMPARE(app.error(), error);
}

void tst_MarathonJson::readIgnoresUnknown()
{
    FieldProblems ignored;
    const auto app = MarathonJsonReader::read(
        R"({"id":"/a","container":{"type":"MESOS"},"portDefinitions":[{"port":0,"hostPort":1}],"version":"x"})",
        &ignored);
    QVERIFY(app.ok());
    QCOMPARE(ignored.size(), 3);
    QCOMPARE(ignored[0].field, QStringLiteral("container"));
    QCOMPARE(ignored[1].field, QStringLiteral("portDefinitions/0/hostPort"));
    QCOMPARE(ignored[2].field, QStringLiteral("version"));
    QCOMPARE(ignored[0].severity, FieldProblem::Severity::Warning);
}

void tst_MarathonJson::readServerResponse()
{
    // The shape of GET /v2/apps/{id}: wrapped, with server-side fields we do not model.
    FieldProblems ignored;
    const auto app = MarathonJsonReader::read(R"({"app":{"id":"/acme/storefront","cmd":"run it","cpus":0.5,"mem":256,
        "portDefinitions":[{"port":10000,"protocol":"tcp","name":"http","labels":{}}],
        "healthChecks":[{"protocol":"HTTP","path":"/","portIndex":0,"delaySeconds":15,"ipProtocol":"IPv4"}],
        "version":"2015-09-29T15:59:51.164Z","tasksRunning":1,"deployments":[{"id":"97c136bf"}]}})",
        &ignored);
    QVERIFY2(app.ok(), qPrintable(app.error()));
    QCOMPARE(app->id, QStringLiteral("/acme/storefront"));
    QCOMPARE(app->portDefinitions[0].port, 10000);
    QCOMPARE(app->healthChecks[0].path, QStringLiteral("/"));
    QStringList fields;
    for (const FieldProblem& p : ignored)
        fields << p.field;
    QCOMPARE(fields,
        QStringList(
            { "healthChecks/0/delaySeconds", "healthChecks/0/ipProtocol", "version", "tasksRunning", "deployments" }));
}

void tst_MarathonJson::parserLimits()
{
    QByteArray deep(100, '[');
    deep += QByteArray(100, ']');
    const auto r = OrderedJson::parse(deep);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("nested deeper than 64 levels")));
    QVERIFY(!OrderedJson::parse("\"\\ud800\"").ok());
    QVERIFY(!OrderedJson::parse("\"\\u12\"").ok());
    QVERIFY(!OrderedJson::parse("1e999").ok());
    // Many members in one object (a pasted or hostile file within the reader's size limit) parse in
    // linear time; a duplicate at the very end is still found. (Before, every member was compared
    // with all earlier ones: this took minutes and ran into the test's time limit.)
    QByteArray wide = "{";
    for (int i = 0; i < 200000; ++i)
        wide += "\"k" + QByteArray::number(i) + "\":0,";
    const auto many = OrderedJson::parse(wide + "\"last\":1}");
    QVERIFY2(many.ok(), qPrintable(many.error()));
    QCOMPARE(many->members().size(), 200001);
    const auto duplicate = OrderedJson::parse(wide + "\"k199999\":1}");
    QVERIFY(!duplicate.ok());
    QVERIFY2(duplicate.error().contains(QStringLiteral("the member \"k199999\" appears twice")),
        qPrintable(duplicate.error()));
    QVERIFY(!OrderedJson::parse("{} {}").ok());
    QCOMPARE(OrderedJson::parse("\"\\ud83d\\ude00\"")->toString(), QString::fromUtf8("\xf0\x9f\x98\x80"));
    QVERIFY(!MarathonJsonReader::read(QByteArray(9 * 1024 * 1024, ' ')).ok());
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

QTEST_GUILESS_MAIN(tst_MarathonJson)
#include "tst_marathonjson.moc"
