// SPDX-License-Identifier: Apache-2.0
#include "habitatconfig.h"
#include "habitatfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

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
    void parseErrorSaysWhere();
    void emptyConfig();
    void envVarName_data();
    void envVarName();
    void overrideReadsBackWithPython();
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
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sys, json, tomllib; print(json.dumps(tomllib.loads(sys.stdin.read())))") });
    if (!python.waitForStarted())
        QSKIP("/usr/bin/python3 is not available");
    python.write(c.overrideToml().toUtf8());
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished());
    QCOMPARE(python.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QCOMPARE(o.value("log_level").toString(), QStringLiteral("it's \"x\""));
    QCOMPARE(o.value("https").toObject().value("ciphers").toVariant().toStringList(), QStringList({ "A", "B" }));
    QCOMPARE(o.value("odd key").toObject().value("sub").toDouble(), 1.5);
    QCOMPARE(o.size(), 3);
}

QTEST_GUILESS_MAIN(tst_HabitatConfig)
#include "tst_habitatconfig.moc"
