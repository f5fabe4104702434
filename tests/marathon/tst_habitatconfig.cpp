// SPDX-License-Identifier: Apache-2.0
#include "marathon/habitatconfig.h"
#include "marathon/habitatfixture.h"
#include "support/processrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

#include <optional>

#include <toml++/toml.h>

using namespace habmesos;

class tst_HabitatConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entriesInFileOrder();
    void unchangedGivesEmptyOverride();
    void overrideHasOnlyChangedKeys();
    void settingTheDefaultClearsTheChange();
    void invalidValues_data();
    void invalidValues();
    void newAndQuotedKeys();
    void conflictingKeys();
    void applyOverrideRoundTrip();
    void valuesStayOnOneLine();
    void parseErrorSaysWhere();
    void emptyConfig();
    void envVarName_data();
    void envVarName();
    void overrideReadsBackWithPython();
    // The operator's own HAB_<PKG> (issue #9 point 8, mesos-agent.md B6).
    void normalizeOverride_data();
    void normalizeOverride();
    void normalizeOverrideRefuses_data();
    void normalizeOverrideRefuses();
    void normalizeOverrideDepthLimit();
    void itemCountLimit();
};

namespace {

HabitatConfig storefront()
{
    auto c = HabitatConfig::parse(test::storefrontFacts().defaultToml);
    Q_ASSERT(c.ok());
    return *c;
}

QStringList dotted(const HabitatConfig& c)
{
    QStringList out;
    for (const auto& e : c.entries())
        out << HabitatConfig::dottedKey(e.keys);
    return out;
}

} // namespace

void tst_HabitatConfig::entriesInFileOrder()
{
    const HabitatConfig c = storefront();
    QCOMPARE(dotted(c),
        QStringList({ "worker_processes", "log_level", "http.listen", "http.port", "https.port", "https.cert",
            "https.ciphers" }));
    QCOMPARE(c.defaultValue({ "http", "port" }), QStringLiteral("8080"));
    QCOMPARE(c.defaultValue({ "worker_processes" }), QStringLiteral("4"));
    QVERIFY(!c.defaultValue({ "nope" }));
    for (const auto& e : c.entries())
        QVERIFY(!e.changed);
}

void tst_HabitatConfig::unchangedGivesEmptyOverride()
{
    QCOMPARE(storefront().overrideToml(), QString());
}

void tst_HabitatConfig::overrideHasOnlyChangedKeys()
{
    HabitatConfig c = storefront();
    QVERIFY(c.setValue({ "log_level" }, QStringLiteral("\"debug\"")).ok());
    QVERIFY(c.setValue({ "https", "port" }, QStringLiteral(" 9443 ")).ok());
    QVERIFY(c.setValue({ "https", "ciphers" }, QStringLiteral("[\"A\"]")).ok());
    QCOMPARE(c.overrideToml(), QStringLiteral("log_level = 'debug'\nhttps.port = 9443\nhttps.ciphers = [ 'A' ]"));
    QCOMPARE(c.overrideToml({ { "https", "port" } }), QStringLiteral("log_level = 'debug'\nhttps.ciphers = [ 'A' ]"));
    QVERIFY(c.find({ "log_level" })->changed);
    QVERIFY(!c.find({ "http", "port" })->changed);
    c.reset({ "log_level" });
    QCOMPARE(c.overrideToml(), QStringLiteral("https.port = 9443\nhttps.ciphers = [ 'A' ]"));
}

void tst_HabitatConfig::settingTheDefaultClearsTheChange()
{
    HabitatConfig c = storefront();
    QVERIFY(c.setValue({ "http", "port" }, QStringLiteral("8081")).ok());
    QVERIFY(c.setValue({ "http", "port" }, QStringLiteral("8080")).ok());
    QVERIFY(c.setValue({ "log_level" }, QStringLiteral("'info'")).ok()); // same value, other quotes
    QCOMPARE(c.overrideToml(), QString());
}

void tst_HabitatConfig::invalidValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bare word") << "debug"
                               << "log_level: not a TOML value";
    QTest::newRow("two values") << "1 2"
                                << "log_level: not a TOML value";
    QTest::newRow("assignment") << "1\nx = 2"
                                << "log_level: a value must be on one line";
    QTest::newRow("empty") << ""
                           << "log_level: not a TOML value";
    QTest::newRow("unclosed") << "\"abc"
                              << "log_level: not a TOML value";
}

void tst_HabitatConfig::invalidValues()
{
    QFETCH(QString, value);
    QFETCH(QString, mentions);
    HabitatConfig c = storefront();
    const Status s = c.setValue({ "log_level" }, value);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().startsWith(mentions), qPrintable(s.error()));
    QCOMPARE(c.overrideToml(), QString());
}

void tst_HabitatConfig::newAndQuotedKeys()
{
    HabitatConfig c = storefront();
    QVERIFY(c.setValue({ "cache", "size mb" }, QStringLiteral("64")).ok());
    QVERIFY(c.setValue({ "quote\"d" }, QStringLiteral("true")).ok());
    QCOMPARE(c.overrideToml(), QStringLiteral("cache.\"size mb\" = 64\n\"quote\\\"d\" = true"));
    QCOMPARE(HabitatConfig::dottedKey({ "a", "b-c_d", "é" }), QStringLiteral("a.b-c_d.\"é\""));
    c.reset({ "cache", "size mb" });
    QVERIFY(!c.find({ "cache", "size mb" }));
}

void tst_HabitatConfig::conflictingKeys()
{
    HabitatConfig c = storefront();
    const Status over = c.setValue({ "http" }, QStringLiteral("1"));
    QVERIFY(!over.ok());
    QCOMPARE(over.error(), QStringLiteral("http: conflicts with the key http.listen of the configuration"));
    QVERIFY(!c.setValue({ "log_level", "x" }, QStringLiteral("1")).ok());
    QVERIFY(!c.setValue({}, QStringLiteral("1")).ok());
}

void tst_HabitatConfig::applyOverrideRoundTrip()
{
    HabitatConfig c = storefront();
    QVERIFY(c.setValue({ "log_level" }, QStringLiteral("\"de\\\"bug\"")).ok());
    QVERIFY(c.setValue({ "http", "listen" }, QStringLiteral("'127.0.0.1'")).ok());
    QVERIFY(c.setValue({ "extra", "flag" }, QStringLiteral("false")).ok());
    const QString override = c.overrideToml();

    HabitatConfig d = storefront();
    const Status s = d.applyOverride(override);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(d.overrideToml(), override);
    // a document with tables works too
    HabitatConfig e = storefront();
    QVERIFY(e.applyOverride(QStringLiteral("[http]\nport = 9000\n")).ok());
    QCOMPARE(e.overrideToml(), QStringLiteral("http.port = 9000"));
    QVERIFY(!e.applyOverride(QStringLiteral("[http\n")).ok());
}

void tst_HabitatConfig::valuesStayOnOneLine()
{
    // Found by tests/fuzz/fuzz_toml. toml++ wrapped these arrays over lines, and the editor then
    // refused its own override ("a value must be on one line"); it wrote a string starting with a
    // newline as a multi-line literal string, whose first newline TOML drops on reading.
    auto c = HabitatConfig::parse(
        QStringLiteral("r = [1e-300, 2.0]\nt = { n = [inf, -9223372036854775808] }\nmotd = 'hi'\nf = 0.05\n"));
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QCOMPARE(c->defaultValue({ "r" }), QStringLiteral("[ 1e-300, 2.0 ]"));
    QCOMPARE(c->defaultValue({ "t" }), QStringLiteral("{ n = [ inf, -9223372036854775808 ] }"));
    QCOMPARE(c->defaultValue({ "f" }), QStringLiteral("0.05"));
    HabitatConfig edited = c.value();
    QVERIFY(edited.setValue({ "r" }, QStringLiteral("[nan, 1.5, 0.05]")).ok());
    QVERIFY(edited.setValue({ "motd" }, QStringLiteral("\"\\nhello\"")).ok());
    QCOMPARE(edited.overrideToml(), QStringLiteral("r = [ nan, 1.5, 0.05 ]\nmotd = \"\\nhello\""));
    HabitatConfig again = c.value();
    const Status applied = again.applyOverride(edited.overrideToml());
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QCOMPARE(again.overrideToml(), edited.overrideToml());
}

void tst_HabitatConfig::parseErrorSaysWhere()
{
    const auto c = HabitatConfig::parse(QStringLiteral("a = 1\nb = \n"));
    QVERIFY(!c.ok());
    QVERIFY2(c.error().startsWith(QStringLiteral("default.toml: line 2, column ")), qPrintable(c.error()));
    const auto dup = HabitatConfig::parse(QStringLiteral("a = 1\na = 2\n"), QStringLiteral("x/default.toml"));
    QVERIFY(!dup.ok());
    QVERIFY2(dup.error().startsWith(QStringLiteral("x/default.toml: line 2")), qPrintable(dup.error()));
}

void tst_HabitatConfig::emptyConfig()
{
    const auto c = HabitatConfig::parse(QString());
    QVERIFY(c.ok());
    QVERIFY(c->entries().isEmpty());
}

void tst_HabitatConfig::envVarName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("var");
    QTest::newRow("plain") << "nginx"
                           << "HAB_NGINX";
    QTest::newRow("dash") << "my-app"
                          << "HAB_MY_APP";
    QTest::newRow("underscore and case") << "My_app"
                                         << "HAB_MY_APP";
}

void tst_HabitatConfig::envVarName()
{
    QFETCH(QString, name);
    QFETCH(QString, var);
    QCOMPARE(HabitatConfig::envVarName(name), var);
}

void tst_HabitatConfig::overrideReadsBackWithPython()
{
    // An independent TOML parser (Python's tomllib) reads the override as we mean it.
    HabitatConfig c = storefront();
    QVERIFY(c.setValue({ "log_level" }, QStringLiteral("\"it's \\\"x\\\"\"")).ok());
    QVERIFY(c.setValue({ "https", "ciphers" }, QStringLiteral("[\"A\", \"B\"]")).ok());
    QVERIFY(c.setValue({ "odd key", "sub" }, QStringLiteral("1.5")).ok());
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        QSKIP("/usr/bin/python3 is not available");
    test::ProcessRunner python(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sys, json, tomllib; print(json.dumps(tomllib.loads(sys.stdin.read())))") });
    const test::ProcessRunner::Outcome read = python.setStdin(c.overrideToml().toUtf8()).run();
    QVERIFY2(read.ok(), qPrintable(read.describe()));
    const QJsonObject o = QJsonDocument::fromJson(read.out).object();
    QCOMPARE(o.value("log_level").toString(), QStringLiteral("it's \"x\""));
    QCOMPARE(o.value("https").toObject().value("ciphers").toVariant().toStringList(), QStringList({ "A", "B" }));
    QCOMPARE(o.value("odd key").toObject().value("sub").toDouble(), 1.5);
    QCOMPARE(o.size(), 3);
}

namespace {

QList<QStringList> keyPaths(const QString& dotted)
{
    QList<QStringList> out;
    for (const QString& key : dotted.split(u',', Qt::SkipEmptyParts))
        out.append(HabitatConfig::splitExportPath(key));
    return out;
}

// What the command hands the Supervisor at start time: a line per wired key, then the value.
QString runtimeText(const QList<QStringList>& wired, const QString& value)
{
    QString text;
    for (const QStringList& keys : wired)
        text += HabitatConfig::dottedKey(keys) + QStringLiteral(" = 31000\n");
    return text + value;
}

std::optional<toml::table> parseToml(const QString& text, QString* error)
{
    try {
        const QByteArray utf8 = text.toUtf8();
        return toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
    } catch (const toml::parse_error& e) {
        *error = QString::fromStdString(std::string(e.description()));
        return std::nullopt;
    }
}

// Python's tomllib reads `runtime`, and finds what it finds in `input` (TOML, or JSON) with the
// wired keys set to 31000.
QString checkWithPython(const QString& runtime, const QString& input, bool json, const QList<QStringList>& wired)
{
    QJsonArray wiredJson;
    for (const QStringList& keys : wired)
        wiredJson.append(QJsonArray::fromStringList(keys));
    const QJsonObject request { { "runtime", runtime }, { "input", input }, { "json", json }, { "wired", wiredJson } };
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("skip");
    test::ProcessRunner python(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import json, sys, tomllib\n"
                           "d = json.loads(sys.stdin.read())\n"
                           "runtime = tomllib.loads(d['runtime'])\n"
                           "expected = json.loads(d['input']) if d['json'] else tomllib.loads(d['input'])\n"
                           "for keys in d['wired']:\n"
                           "    t = expected\n"
                           "    for k in keys[:-1]:\n"
                           "        t = t.setdefault(k, {})\n"
                           "    t[keys[-1]] = 31000\n"
                           "if runtime != expected:\n"
                           "    sys.exit('differs: %r != %r' % (runtime, expected))\n") });
    const test::ProcessRunner::Outcome checked = python.setStdin(QJsonDocument(request).toJson()).run();
    return checked.ok() ? QString() : checked.describe();
}

} // namespace

void tst_HabitatConfig::normalizeOverride_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("wired"); // dotted keys, comma-separated
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("removed");
    const QString ports = QStringLiteral("http.port,https.port");
    QTest::newRow("B6: a table header after the wired keys")
        << "[http]\nkeepalive = 5" << ports << "http.keepalive = 5" << QStringList();
    QTest::newRow("nested tables") << "top = 1\n[a]\nx = 1\n[a.b.c]\ny = \"z\"\n[http]\nlisten = \"0.0.0.0\"\n"
                                   << ports << "top = 1\na.x = 1\na.b.c.y = 'z'\nhttp.listen = '0.0.0.0'"
                                   << QStringList();
    QTest::newRow("arrays of tables")
        << "[[servers]]\nname = \"a\"\n[servers.tls]\ncert = \"x\"\n[[servers]]\nname = \"b\"\nports = [1, 2]\n"
        << ports << "servers = [ { name = 'a', tls = { cert = 'x' } }, { name = 'b', ports = [ 1, 2 ] } ]"
        << QStringList();
    QTest::newRow("inline tables") << "http = { keepalive = 5, tls = { on = true } }\nlist = [{ a = 1 }, []]\n"
                                   << ports << "http.keepalive = 5\nhttp.tls.on = true\nlist = [ { a = 1 }, [] ]"
                                   << QStringList();
    QTest::newRow("quoted keys with dots")
        << "\"a.b\" = 1\nsite.\"x.y\".z = 2\n'lit key' = 3\n\"\" = 4\n\"quote\\\"d\" = 5\n\"é\" = 6\n"
        << ports << "\"a.b\" = 1\nsite.\"x.y\".z = 2\n\"lit key\" = 3\n\"\" = 4\n\"quote\\\"d\" = 5\n\"é\" = 6"
        << QStringList();
    QTest::newRow("strings") << QStringLiteral(
        "q = \"say \\\"hi\\\"\"\nboth = \"it's \\\"x\\\"\"\nnl = \"\"\"\nline1\nline2\"\"\"\n"
        "u = \"grüß 👋 \\u00e9\"\nlit = 'C:\\path'\ntab = \"a\\tb\"\nctl = \"\\u0001\\u007f\"\nml = '''x'y'''\n")
                             << ports
                             << QStringLiteral("q = 'say \"hi\"'\nboth = \"it's \\\"x\\\"\"\nnl = \"line1\\nline2\"\n"
                                               "u = 'grüß 👋 é'\nlit = 'C:\\path'\ntab = \"a\\tb\"\n"
                                               "ctl = \"\\u0001\\u007f\"\nml = \"x'y\"")
                             << QStringList();
    QTest::newRow("dates and times") << "d = 1979-05-27\nt = 07:32:00.5\ndt = 1979-05-27T07:32:00Z\n"
                                        "ldt = 1979-05-27T07:32:00.999999\nodt = 1979-05-27T00:32:00-07:00\n"
                                     << ports
                                     << "d = 1979-05-27\nt = 07:32:00.5\ndt = 1979-05-27T07:32:00Z\n"
                                        "ldt = 1979-05-27T07:32:00.999999\nodt = 1979-05-27T00:32:00-07:00"
                                     << QStringList();
    QTest::newRow("numbers") << "hex = 0xff\noct = 0o755\nbin = 0b101\nf = 1e20\ng = 5.0\nneg = -3\nsmall = 0.1\n"
                                "inf = -inf\nbig = 9223372036854775807\n"
                             << ports
                             << "hex = 0xFF\noct = 0o755\nbin = 0b101\nf = 1e+20\ng = 5.0\nneg = -3\nsmall = 0.1\n"
                                "inf = -inf\nbig = 9223372036854775807"
                             << QStringList();
    QTest::newRow("the wired key set by the operator")
        << "[http]\nport = 9000\nkeepalive = 5\n[https]\nport = { a = 1 }\n"
        << ports << "http.keepalive = 5" << QStringList({ "http.port = 9000", "https.port = { a = 1 }" });
    QTest::newRow("only the wired key") << "http.port = 9000" << ports << "" << QStringList({ "http.port = 9000" });
    QTest::newRow("empty tables") << "[http]\n[other]\n" << ports << "other = {}" << QStringList();
    QTest::newRow("no wired keys") << "[http]\nport = 1\n" << QString() << "http.port = 1" << QStringList();
    QTest::newRow("empty") << "  \n# nothing\n" << ports << "" << QStringList();
    QTest::newRow("the --config form stays as it is")
        << "log_level = 'debug'\nhttps.ciphers = [ 'A' ]\ncache.\"size mb\" = 64" << ports
        << "log_level = 'debug'\nhttps.ciphers = [ 'A' ]\ncache.\"size mb\" = 64" << QStringList();
    QTest::newRow("JSON") << R"({"http": {"keepalive": 5, "port": 9000}, "name": "x\n\"y\"", "ratio": 0.5,
                               "list": [1, "a", {"k": true}], "small": 2.5e-3, "deep": {"a": {"b": []}}})"
                          << ports
                          << "deep.a.b = []\nhttp.keepalive = 5\nlist = [ 1, 'a', { k = true } ]\n"
                             "name = \"x\\n\\\"y\\\"\"\nratio = 0.5\nsmall = 0.0025"
                          << QStringList({ "http.port = 9000" });
}

void tst_HabitatConfig::normalizeOverride()
{
    QFETCH(QString, input);
    QFETCH(QString, wired);
    QFETCH(QString, expected);
    QFETCH(QStringList, removed);
    const QList<QStringList> wiredKeys = keyPaths(wired);
    const auto normal = HabitatConfig::normalizeOverride(input, wiredKeys);
    QVERIFY2(normal.ok(), qPrintable(normal.error()));
    QCOMPARE(normal->toml, expected);
    QStringList removedText;
    for (const auto& [keys, value] : normal->removed)
        removedText.append(HabitatConfig::dottedKey(keys) + QStringLiteral(" = ") + value);
    QCOMPARE(removedText, removed);
    // Normalised once is normalised.
    QCOMPARE(HabitatConfig::normalizeOverride(expected, wiredKeys)->toml, expected);

    // What the Supervisor gets at start time is TOML 1.0 for toml++ and for Python's tomllib, and
    // holds the operator's values exactly, with the wired keys set by the command.
    const QString runtime = runtimeText(wiredKeys, normal->toml);
    QString error;
    const std::optional<toml::table> parsed = parseToml(runtime, &error);
    QVERIFY2(parsed, qPrintable(error + QStringLiteral(" in:\n") + runtime));
    const bool json = input.trimmed().startsWith(u'{');
    if (!json) {
        std::optional<toml::table> want = parseToml(input, &error);
        QVERIFY(want);
        for (const QStringList& keys : wiredKeys) {
            toml::table* t = &*want;
            for (qsizetype i = 0; i + 1 < keys.size(); ++i)
                t = t->emplace<toml::table>(keys[i].toStdString()).first->second.as_table();
            t->insert_or_assign(keys.last().toStdString(), 31000);
        }
        QVERIFY2(*parsed == *want, qPrintable(runtime));
    }
    const QString python = checkWithPython(runtime, input, json, wiredKeys);
    if (python == QLatin1String("skip"))
        QSKIP("/usr/bin/python3 is not available");
    QVERIFY2(python.isEmpty(), qPrintable(python + QStringLiteral("\nin:\n") + runtime));
}

void tst_HabitatConfig::normalizeOverrideRefuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("a wired key's parent is a number")
        << "http = 5"
        << "http.port follows the port Marathon assigns, so http must be a table, not 5";
    QTest::newRow("a wired key's parent is an array")
        << "http = [1]"
        << "http.port follows the port Marathon assigns, so http must be a table, not [ 1 ]";
    QTest::newRow("a wired key's parent is an array of tables")
        << "[[https]]\nport = 1"
        << "https.port follows the port Marathon assigns, so https must be a table, not [ {";
    QTest::newRow("invalid TOML") << "a = 1\n[http\n"
                                  << "it is neither TOML nor a JSON object, so the Supervisor would refuse it: line 2";
    QTest::newRow("a JSON array") << "[1, 2]"
                                  << "it is neither TOML nor a JSON object, so the Supervisor would refuse it: line 1";
    QTest::newRow("JSON null") << R"({"a": {"b": null}})"
                               << "the JSON null at /a/b has no TOML equivalent";
    QTest::newRow("JSON lone surrogate") << R"({"a": "\ud800"})"
                                         << "the JSON string at /a is not valid Unicode";
    QTest::newRow("too large") << QString(HabitatConfig::MaxOverrideBytes - 5, u'#').prepend(QStringLiteral("a=1\n"))
            + QStringLiteral("\nb=2")
                               << "it is larger than 8 MiB";
    const QString deepKey = QStringList(65, QStringLiteral("a")).join(u'.');
    QTest::newRow("dotted key 65 deep") << deepKey + QStringLiteral(" = 1") << "it nests deeper than 64 levels";
    QTest::newRow("header 65 deep")
        << QStringLiteral("[%1]\nx = 1").arg(QStringList(64, QStringLiteral("a")).join(u'.'))
        << "it nests deeper than 64 levels";
    QTest::newRow("arrays 65 deep") << QStringLiteral("a = %1%2").arg(QString(64, u'['), QString(64, u']'))
                                    << "it nests deeper than 64 levels";
    QTest::newRow("inline tables 65 deep")
        << QStringLiteral("a = %1%2").arg(QString(64, u'{').replace(QStringLiteral("{"), QStringLiteral("{ b = ")))
            + QStringLiteral("1") + QString(64, u'}')
        << "it nests deeper than 64 levels";
    // A few MiB of key: refused before toml++ builds (and recursively frees) the tables.
    QTest::newRow("dotted key 3 MiB deep") << QStringList(1536 * 1024, QStringLiteral("a")).join(u'.')
            + QStringLiteral(" = 1") << "it nests deeper than 64 levels";
    QString deepJson;
    for (int i = 0; i < 65; ++i)
        deepJson += QStringLiteral("{\"a\": ");
    deepJson += QStringLiteral("1") + QString(65, u'}');
    QTest::newRow("JSON 65 deep") << deepJson << "it nests deeper than 64 levels";
}

void tst_HabitatConfig::normalizeOverrideRefuses()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const auto normal
        = HabitatConfig::normalizeOverride(input, { { "http", "port" }, { "https", "port" }, { "x", "y" } });
    QVERIFY(!normal.ok());
    QVERIFY2(normal.error().startsWith(message), qPrintable(normal.error()));
}

void tst_HabitatConfig::normalizeOverrideDepthLimit()
{
    // 64 levels are fine, in any of the ways TOML nests; strings that look like nesting are text.
    const QString key64 = QStringList(64, QStringLiteral("a")).join(u'.');
    QVERIFY(HabitatConfig::normalizeOverride(key64 + QStringLiteral(" = 1"), {}).ok());
    QVERIFY(HabitatConfig::normalizeOverride(
        QStringLiteral("[%1]\nx = 1").arg(QStringList(63, QStringLiteral("a")).join(u'.')), {})
                .ok());
    QVERIFY(HabitatConfig::normalizeOverride(QStringLiteral("a = %1%2").arg(QString(63, u'['), QString(63, u']')), {})
                .ok());
    const QString text = QStringLiteral("s = \"%1\"\nm = '''\n%2'''\nn = [\"%3\", '%4']\n")
                             .arg(QStringList(100, QStringLiteral("a")).join(u'.'), QString(100, u'['),
                                 QString(100, u'{'), QStringList(100, QStringLiteral("b")).join(u'.'));
    const auto normal = HabitatConfig::normalizeOverride(text, {});
    QVERIFY2(normal.ok(), qPrintable(normal.error()));
    // JSON is not TOML: its dots and brackets are no nesting (read as TOML they would look 70 deep).
    QStringList floats;
    for (int i = 0; i < 70; ++i)
        floats << QStringLiteral("%1.5").arg(i);
    const auto json = HabitatConfig::normalizeOverride(QStringLiteral("{\"x\":[%1]}").arg(floats.join(u',')), {});
    QVERIFY2(json.ok(), qPrintable(json.error()));
    QVERIFY(json->toml.startsWith(QStringLiteral("x = [ 0.5, 1.5")));
    // A package's own default.toml gets the same bound before toml++ sees it (it would overflow the stack).
    const auto deep = HabitatConfig::parse(
        QStringList(100000, QStringLiteral("a")).join(u'.') + QStringLiteral(" = 1"), QStringLiteral("default.toml"));
    QVERIFY(!deep.ok());
    QCOMPARE(deep.error(), QStringLiteral("default.toml: it nests deeper than 64 levels"));
}

void tst_HabitatConfig::itemCountLimit()
{
    // A large real configuration passes: 500 tables of 20 keys and an array each (commas in
    // strings are text).
    QString large;
    for (int t = 0; t < 500; ++t) {
        large += QStringLiteral("[service%1]\n").arg(t);
        for (int k = 0; k < 20; ++k)
            large += QStringLiteral("key%1 = \"a value, with commas, [and brackets]\" # a comment, too\n").arg(k);
        large += QStringLiteral("ports = [ 8000, 8001, 8002, 8003 ]\n");
    }
    const auto parsed = HabitatConfig::parse(large);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->entries().size(), 500 * 21);
    QVERIFY(HabitatConfig::normalizeOverride(large, {}).ok());

    // Millions of keys or items: refused before toml++ builds a node for each, naming the
    // package's file (or variable) and the limit.
    const QString source = QStringLiteral("acme/big/1.0.0/20200101000000");
    const QString tail = QStringLiteral(": more than %1 keys and array items, far more than a service's configuration "
                                        "holds; refused before reading it")
                             .arg(QLocale().toString(HabitatConfig::MaxConfigItems));
    QString items = QStringLiteral("a=[") + QStringLiteral("1,").repeated(HabitatConfig::MaxOverrideBytes / 2 - 3)
        + QStringLiteral("1]");
    QVERIFY(items.size() <= HabitatConfig::MaxOverrideBytes);
    QString keys;
    for (int i = 0; i < 1000000; ++i)
        keys += u'k' + QString::number(i) + QStringLiteral(" = 1\n");
    QString jsonItems = QStringLiteral("{\"a\":[")
        + QStringLiteral("1,").repeated(HabitatConfig::MaxOverrideBytes / 2 - 5) + QStringLiteral("1]}");
    // The message is the pre-scan's own ("refused before reading it"; toml++ never says so), so these
    // inputs never reach the parser. How fast the scan is belongs to a benchmark, not to a test.
    for (const QString& text : { items, keys }) {
        const auto refused = HabitatConfig::parse(text, source + QStringLiteral("/default.toml"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), source + QStringLiteral("/default.toml") + tail);
    }
    for (const QString& text : { items, keys.left(HabitatConfig::MaxOverrideBytes), jsonItems }) {
        const auto refused = HabitatConfig::normalizeOverride(text, {}, source);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), source + tail);
        QVERIFY(HabitatConfig::normalizeOverride(text, {}).error().startsWith(QStringLiteral("it has more than ")));
    }
}

QTEST_GUILESS_MAIN(tst_HabitatConfig)
#include "tst_habitatconfig.moc"
