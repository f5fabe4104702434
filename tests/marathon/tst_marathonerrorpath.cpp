// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonerror.h"
#include "marathon/marathonerrorpath.h"

#include <QTest>

using namespace habmesos;

class tst_MarathonErrorPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paths_data();
    void paths();
    void bodies();
};

void tst_MarathonErrorPath::paths_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("field");
    QTest::newRow("port name") << "/portDefinitions(1)/name"
                               << "portDefinitions/1/name";
    QTest::newRow("health check") << "/healthChecks(0)/portIndex"
                                  << "healthChecks/0/portIndex";
    QTest::newRow("root") << "/"
                          << "";
    QTest::newRow("self") << "self"
                          << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("env") << "/env/FOO"
                         << "env/FOO";
    QTest::newRow("env with dot") << "/env/my.var"
                                  << "env/my.var";
    QTest::newRow("mem") << "/mem"
                         << "mem";
    QTest::newRow("nested") << "/upgradeStrategy/minimumHealthCapacity"
                            << "upgradeStrategy/minimumHealthCapacity";
    QTest::newRow("fetch uri") << "/fetch(2)/uri"
                               << "fetch/2/uri";
    QTest::newRow("legacy ports") << "/ports(1)"
                                  << "portDefinitions/1/port";
    QTest::newRow("legacy uris") << "/uris(0)"
                                 << "fetch/0/uri";
    QTest::newRow("old attribute") << "apps[43].value"
                                   << "apps/43/value";
    QTest::newRow("old id") << "id"
                            << "id";
    QTest::newRow("old nested") << "portDefinitions[0].name"
                                << "portDefinitions/0/name";
    QTest::newRow("old ports") << "ports[2]"
                               << "portDefinitions/2/port";
    QTest::newRow("index last") << "/healthChecks(0)"
                                << "healthChecks/0";
    QTest::newRow("groups") << "/groups(1)/apps(0)/id"
                            << "groups/1/apps/0/id";
    QTest::newRow("padded") << " /mem "
                            << "mem";
    QTest::newRow("constraint item") << "/constraints(0)(1)"
                                     << "constraints/0/1";
}

void tst_MarathonErrorPath::paths()
{
    QFETCH(QString, server);
    QFETCH(QString, field);
    QCOMPARE(MarathonErrorPath::toFieldPath(server), field);
}

void tst_MarathonErrorPath::bodies()
{
    // Marathon's bodies, read by MarathonError, with their paths mapped here.
    const FieldProblems current = MarathonError::fromHttp(422,
        R"({"message":"Object is not valid","details":[{"path":"/","errors":["AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'."]},{"path":"/portDefinitions(1)/name","errors":["a","b"]}]})",
        {})
                                      .fieldProblems();
    QCOMPARE(current.size(), 3);
    QCOMPARE(current[0].field, QString());
    QVERIFY(current[0].message.startsWith(QStringLiteral("AppDefinition must")));
    QCOMPARE(current[1].field, QStringLiteral("portDefinitions/1/name"));
    QCOMPARE(current[2].message, QStringLiteral("b"));

    const FieldProblems old = MarathonError::fromHttp(
        422, R"({"message":"Object is not valid","details":[{"attribute":"apps[43].value","error":"bad"}]})", {})
                                  .fieldProblems();
    QCOMPARE(old.size(), 1);
    QCOMPARE(old[0].field, QStringLiteral("apps/43/value"));
    QCOMPARE(old[0].message, QStringLiteral("bad"));

    const FieldProblems older = MarathonError::fromHttp(
        422, R"({"errors":[{"attribute":"id","error":"path contains invalid characters"}]})", {})
                                    .fieldProblems();
    QCOMPARE(older.size(), 1);
    QCOMPARE(older[0].field, QStringLiteral("id"));

    // No field in them: the message says it all.
    const MarathonError syntax
        = MarathonError::fromHttp(400, R"({"message":"Invalid JSON","details":"Unexpected end-of-input"})", {});
    QVERIFY(syntax.fieldProblems().isEmpty());
    QVERIFY2(syntax.message().contains(QStringLiteral("Invalid JSON")), qPrintable(syntax.message()));
    QVERIFY2(syntax.message().contains(QStringLiteral("Unexpected end-of-input")), qPrintable(syntax.message()));
    const MarathonError plain = MarathonError::fromHttp(502, "<html>Bad gateway</html>", {});
    QVERIFY(plain.fieldProblems().isEmpty());
    QVERIFY2(plain.message().contains(QStringLiteral("Bad gateway")), qPrintable(plain.message()));
}

QTEST_GUILESS_MAIN(tst_MarathonErrorPath)
#include "tst_marathonerrorpath.moc"
