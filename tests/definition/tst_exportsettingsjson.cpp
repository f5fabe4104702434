// SPDX-License-Identifier: Apache-2.0
// ExportSettingsJson: the window's session codec gives back the settings it was given, over many
// settings (hand-edited command and ports and kept fields among them); what it cannot read is refused.
#include "definition/exportsettingsjson.h"
#include "support/randomsettings.h"

#include <QCborMap>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace habmesos;

class TestExportSettingsJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        for (quint32 seed = 1; seed <= 300; ++seed) {
            QRandomGenerator random(seed);
            ExportSettings s = RandomSettings::generateWithEdits(random);
            if (seed % 3 == 0) {
                QCborMap secret;
                secret.insert(QStringLiteral("source"), QStringLiteral("db/password"));
                s.keptFields.insert(QStringLiteral("zeta"), 1);
                s.keptFields.insert(QStringLiteral("secrets"), secret); // after "zeta": the order is kept
            }
            if (seed % 5 == 0) {
                s.portNumbers = { { QStringLiteral("port"), 31080 } };
                s.agentPorts.clear();
            }
            const Result<ExportSettings> back = ExportSettingsJson::decode(ExportSettingsJson::encode(s));
            QVERIFY2(back, qPrintable(back.error()));
            QCOMPARE(*back, s);
        }
    }

    void defaultsRoundTrip()
    {
        const ExportSettings s;
        const Result<ExportSettings> back = ExportSettingsJson::decode(ExportSettingsJson::encode(s));
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(*back, s);
    }

    void sessionWithoutServiceOptions()
    {
        // A session saved before the service options existed opens with their defaults.
        ExportSettings s;
        s.service.group = QStringLiteral("prod");
        QJsonObject o = QJsonDocument::fromJson(ExportSettingsJson::encode(s)).object();
        QVERIFY(o.contains(QLatin1String("service")));
        o.remove(QStringLiteral("service"));
        const Result<ExportSettings> back = ExportSettingsJson::decode(QJsonDocument(o).toJson());
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->service, HabitatServiceOptions());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("garbage") << QByteArray("{\"version\": ") << QStringLiteral("not readable");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not readable");
        QTest::newRow("newer") << QByteArray("{\"version\": 99}") << QStringLiteral("newer habmesos");
        QTest::newRow("no version") << QByteArray("{}") << QStringLiteral("no format");
    }
    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        const Result<ExportSettings> back = ExportSettingsJson::decode(json);
        QVERIFY(!back);
        QVERIFY2(back.error().contains(says), qPrintable(back.error()));
    }
};

QTEST_GUILESS_MAIN(TestExportSettingsJson)
#include "tst_exportsettingsjson.moc"
