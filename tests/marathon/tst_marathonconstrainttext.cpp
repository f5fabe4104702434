// SPDX-License-Identifier: Apache-2.0
// Placement constraints as operators type them (field:OPERATOR[:value]), read and written back.
#include "marathon/marathonconstrainttext.h"
#include "marathon/marathonvalidator.h"

#include <QTest>

using namespace habmesos;

class tst_MarathonConstraintText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

void tst_MarathonConstraintText::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value"); // null: none
    QTest::addColumn<QString>("formatted");
    QTest::newRow("unique") << "hostname:UNIQUE"
                            << "hostname"
                            << "UNIQUE" << QString() << "hostname:UNIQUE";
    QTest::newRow("operator in any case") << "hostname:unique"
                                          << "hostname"
                                          << "UNIQUE" << QString() << "hostname:UNIQUE";
    QTest::newRow("group by") << "rack_id:GROUP_BY:3"
                              << "rack_id"
                              << "GROUP_BY"
                              << "3"
                              << "rack_id:GROUP_BY:3";
    QTest::newRow("value with colons") << "zone:LIKE:eu-(west|central):[0-9]"
                                       << "zone"
                                       << "LIKE"
                                       << "eu-(west|central):[0-9]"
                                       << "zone:LIKE:eu-(west|central):[0-9]";
    QTest::newRow("spaces around") << "  hostname : CLUSTER:agent-1.example.com "
                                   << "hostname"
                                   << "CLUSTER"
                                   << "agent-1.example.com"
                                   << "hostname:CLUSTER:agent-1.example.com";
    QTest::newRow("empty value") << "hostname:IS:"
                                 << "hostname"
                                 << "IS"
                                 << ""
                                 << "hostname:IS:";
}

void tst_MarathonConstraintText::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QFETCH(QString, op);
    QFETCH(QString, value);
    QFETCH(QString, formatted);
    const auto parsed = MarathonConstraintText::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->field, field);
    QCOMPARE(parsed->op, op);
    QCOMPARE(parsed->value.has_value(), !value.isNull());
    if (parsed->value)
        QCOMPARE(*parsed->value, value);
    QCOMPARE(MarathonConstraintText::format(*parsed), formatted);
    QCOMPARE(*MarathonConstraintText::parse(formatted), *parsed);
}

void tst_MarathonConstraintText::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << ""
                           << "names no field";
    QTest::newRow("no field") << ":UNIQUE"
                              << "names no field";
    QTest::newRow("no operator") << "hostname"
                                 << "has no operator";
    QTest::newRow("unknown operator") << "hostname:ONE_PER"
                                      << "the operator is one of UNIQUE, CLUSTER";
    QTest::newRow("empty operator") << "hostname::3"
                                    << "the operator is one of";
}

void tst_MarathonConstraintText::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, why);
    const auto parsed = MarathonConstraintText::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(why), qPrintable(parsed.error()));
    QVERIFY2(parsed.error().contains(QStringLiteral("“%1”").arg(text)), qPrintable(parsed.error()));
}

QTEST_GUILESS_MAIN(tst_MarathonConstraintText)
#include "tst_marathonconstrainttext.moc"
