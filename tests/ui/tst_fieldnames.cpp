// SPDX-License-Identifier: Apache-2.0
// The names the problem list puts in front of a message that does not name its field.
#include "ui/fieldnames.h"

#include <QTest>

using namespace habmesos;

class tst_FieldNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void names_data();
    void names();
};

void tst_FieldNames::names_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("name");
    QTest::newRow("cpus") << "cpus"
                          << "CPUs";
    QTest::newRow("mem") << "mem"
                         << "Memory";
    QTest::newRow("named port") << "portDefinitions/1/port"
                                << "Port ssl-port";
    QTest::newRow("unnamed port") << "portDefinitions/0"
                                  << "Port 1";
    QTest::newRow("port out of the list") << "portDefinitions/7/name"
                                          << "Port 8";
    QTest::newRow("legacy ports") << "ports/1"
                                  << "Port ssl-port";
    QTest::newRow("env") << "env/FOO"
                         << "Environment variable FOO";
    QTest::newRow("label") << "labels/team"
                           << "Label team";
    QTest::newRow("constraint") << "constraints/0/2"
                                << "Constraint 1";
    QTest::newRow("download") << "fetch/1/uri"
                              << "Download 2";
    QTest::newRow("bind") << "service/binds/database"
                          << "Bind database";
    QTest::newRow("upgrade") << "upgradeStrategy/minimumHealthCapacity"
                             << "Upgrade strategy";
    QTest::newRow("unknown keeps the path") << "somethingNew/3"
                                            << "somethingNew/3";
}

void tst_FieldNames::names()
{
    QFETCH(QString, field);
    QFETCH(QString, name);
    MarathonApp app;
    app.portDefinitions.append({ 0, QStringLiteral("tcp"), QString(), {} });
    app.portDefinitions.append({ 0, QStringLiteral("tcp"), QStringLiteral("ssl-port"), {} });
    QCOMPARE(FieldNames::readable(field, app), name);
}

QTEST_GUILESS_MAIN(tst_FieldNames)
#include "tst_fieldnames.moc"
