// SPDX-License-Identifier: Apache-2.0
// The operator's health check: the command line's KEY=VALUE settings, what each protocol keeps,
// and the check following its port by name through port edits.
#include "marathon/habitatappbuilder.h"
#include "marathon/habitatfixture.h"
#include "marathon/healthchecksettings.h"
#include "marathon/marathonjsonwriter.h"
#include "marathon/marathonvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace habmesos;

class tst_HealthCheckSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settingsFromTheCommandLine_data();
    void settingsFromTheCommandLine();
    void badSettingsAreRefused_data();
    void badSettingsAreRefused();
    void eachProtocolKeepsItsFields_data();
    void eachProtocolKeepsItsFields();
    void defaultIsTheSupervisorsEndpoint();
    void customCheckOnAServicePort();
    void checkFollowsItsPortByName();
    void missingPortIsAnErrorOnTheField();
    void offMeansNone();
};

namespace {

bool hasProblem(const FieldProblems& problems, const QString& field, FieldProblem::Severity severity)
{
    for (const FieldProblem& p : problems) {
        if (p.field == field && p.severity == severity)
            return true;
    }
    return false;
}

} // namespace

void tst_HealthCheckSettings::settingsFromTheCommandLine_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedJsonPart");
    QTest::newRow("protocol, any case") << "protocol"
                                        << "mesos_tcp"
                                        << "\"protocol\": \"MESOS_TCP\"";
    QTest::newRow("path") << "path"
                          << "/ping?x=1"
                          << "\"path\": \"/ping?x=1\"";
    QTest::newRow("grace") << "gracePeriodSeconds"
                           << "0"
                           << "\"gracePeriodSeconds\": 0";
    QTest::newRow("interval") << "intervalSeconds"
                              << "15"
                              << "\"intervalSeconds\": 15";
    QTest::newRow("timeout") << "timeoutSeconds"
                             << "5"
                             << "\"timeoutSeconds\": 5";
    QTest::newRow("failures") << "maxConsecutiveFailures"
                              << "7"
                              << "\"maxConsecutiveFailures\": 7";
    QTest::newRow("ignore 1xx") << "ignoreHttp1xx"
                                << "true"
                                << "\"ignoreHttp1xx\": true";
}

void tst_HealthCheckSettings::settingsFromTheCommandLine()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expectedJsonPart);
    HealthCheckSettings s = HabitatAppBuilder::defaultHealthCheck(test::storefrontFacts());
    if (key == QLatin1String("ignoreHttp1xx"))
        s.protocol = QStringLiteral("HTTP"); // Marathon's own HTTP checks only
    const Status status = s.set(key, value);
    QVERIFY2(status.ok(), qPrintable(status.error()));
    HabitatAppOptions options;
    options.healthCheckSettings = s;
    const auto built = HabitatAppBuilder::build(test::storefrontFacts(), options);
    QVERIFY(!MarathonValidator::hasErrors(MarathonValidator::validate(built.app)));
    const QByteArray json = MarathonJsonWriter::write(built.app);
    QVERIFY2(json.contains(expectedJsonPart.toUtf8()), json.constData());
}

void tst_HealthCheckSettings::badSettingsAreRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown key") << "port"
                                 << "8080"
                                 << "unknown setting “port”";
    QTest::newRow("protocol") << "protocol"
                              << "UDP"
                              << "protocol must be one of HTTP, HTTPS, TCP";
    QTest::newRow("negative") << "intervalSeconds"
                              << "-1"
                              << "intervalSeconds must be a whole number";
    QTest::newRow("not a number") << "timeoutSeconds"
                                  << "10s"
                                  << "not “10s”";
    QTest::newRow("boolean") << "ignoreHttp1xx"
                             << "yes"
                             << "ignoreHttp1xx must be true or false";
}

void tst_HealthCheckSettings::badSettingsAreRefused()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, messagePart);
    HealthCheckSettings s;
    const HealthCheckSettings before = s;
    const Status status = s.set(key, value);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(messagePart), qPrintable(status.error()));
    QVERIFY(s == before); // nothing half-set
}

void tst_HealthCheckSettings::eachProtocolKeepsItsFields_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<bool>("path");
    QTest::addColumn<bool>("port");
    QTest::addColumn<bool>("command");
    QTest::addColumn<bool>("ignoreHttp1xx");
    QTest::newRow("HTTP") << "HTTP" << true << true << false << true;
    QTest::newRow("HTTPS") << "HTTPS" << true << true << false << true;
    QTest::newRow("TCP") << "TCP" << false << true << false << false;
    QTest::newRow("COMMAND") << "COMMAND" << false << false << true << false;
    QTest::newRow("MESOS_HTTP") << "MESOS_HTTP" << true << true << false << false;
    QTest::newRow("MESOS_HTTPS") << "MESOS_HTTPS" << true << true << false << false;
    QTest::newRow("MESOS_TCP") << "MESOS_TCP" << false << true << false << false;
}

void tst_HealthCheckSettings::eachProtocolKeepsItsFields()
{
    QFETCH(QString, protocol);
    QFETCH(bool, path);
    QFETCH(bool, port);
    QFETCH(bool, command);
    QFETCH(bool, ignoreHttp1xx);
    HealthCheckSettings s;
    s.protocol = protocol;
    s.path = QStringLiteral("/health");
    s.portName = QStringLiteral("port");
    s.command = QStringLiteral("test -e /hab/svc/storefront/PID");
    s.ignoreHttp1xx = true;
    HabitatAppOptions options;
    options.healthCheckSettings = s;
    const auto built = HabitatAppBuilder::build(test::storefrontFacts(), options);
    QCOMPARE(built.app.healthChecks.size(), 1);
    const MarathonHealthCheck& h = built.app.healthChecks[0];
    QCOMPARE(h.protocol, protocol);
    QCOMPARE(h.path.has_value(), path);
    QCOMPARE(h.portIndex.has_value(), port);
    if (port)
        QCOMPARE(*h.portIndex, 0);
    QCOMPARE(h.command.has_value(), command);
    QCOMPARE(h.ignoreHttp1xx.has_value(), ignoreHttp1xx);
    QCOMPARE(h.gracePeriodSeconds, 300); // Marathon's defaults for a check of one's own
    QCOMPARE(h.intervalSeconds, 60);
    QCOMPARE(h.timeoutSeconds, 20);
    QCOMPARE(h.maxConsecutiveFailures, 3);
    // Marathon's rules hold and the JSON reads back as written.
    const FieldProblems problems = MarathonValidator::validate(built.app);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).field + u' ' + problems.value(0).message));
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(MarathonJsonWriter::write(built.app), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject check = back.object().value("healthChecks").toArray().at(0).toObject();
    QCOMPARE(check.value("protocol").toString(), protocol);
    QCOMPARE(check.contains("path"), path);
    QCOMPARE(check.contains("portIndex"), port);
    QCOMPARE(check.contains("command"), command);
    QCOMPARE(check.contains("ignoreHttp1xx"), ignoreHttp1xx);
    QCOMPARE(check.value("gracePeriodSeconds").toInt(), 300);
}

void tst_HealthCheckSettings::defaultIsTheSupervisorsEndpoint()
{
    const HealthCheckSettings d = HabitatAppBuilder::defaultHealthCheck(test::storefrontFacts());
    QCOMPARE(d.protocol, QStringLiteral("MESOS_HTTP"));
    QCOMPARE(d.portName, HabitatAppBuilder::httpPortName());
    QCOMPARE(d.path, QStringLiteral("/services/storefront/default/health"));
    // Given explicitly, the default makes exactly the app the builder makes on its own.
    HabitatAppOptions options;
    options.healthCheckSettings = d;
    const auto explicitly = HabitatAppBuilder::build(test::storefrontFacts(), options);
    const auto implicitly = HabitatAppBuilder::build(test::storefrontFacts());
    QCOMPARE(MarathonJsonWriter::write(explicitly.app), MarathonJsonWriter::write(implicitly.app));
    QCOMPARE(implicitly.app.healthChecks.value(0).portIndex, 3); // hab-http
}

void tst_HealthCheckSettings::customCheckOnAServicePort()
{
    // Without the Supervisor's ports, a check on the service's own port still works.
    HabitatAppOptions options;
    options.supervisorPorts = false;
    HealthCheckSettings s;
    s.protocol = QStringLiteral("TCP");
    s.portName = QStringLiteral("ssl-port");
    options.healthCheckSettings = s;
    const auto built = HabitatAppBuilder::build(test::storefrontFacts(), options);
    QVERIFY(built.problems.isEmpty());
    QCOMPARE(built.app.healthChecks.size(), 1);
    QCOMPARE(built.app.healthChecks[0].portIndex, 1);
    QVERIFY(MarathonValidator::validate(built.app).isEmpty());
}

void tst_HealthCheckSettings::checkFollowsItsPortByName()
{
    const HabitatPackageFacts facts = test::storefrontFacts();
    HabitatAppOptions options;
    auto built = HabitatAppBuilder::build(facts, options);
    MarathonApp app = built.app;
    // The operator moves hab-http to the front: the check goes with it.
    QCOMPARE(app.portDefinitions[3].name, HabitatAppBuilder::httpPortName());
    app.portDefinitions.move(3, 0);
    FieldProblems problems;
    HabitatAppBuilder::placeHealthCheck(app, facts, options, problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(app.healthChecks.value(0).portIndex, 0);
    QCOMPARE(app.portDefinitions[0].name, HabitatAppBuilder::httpPortName());
    QVERIFY(MarathonValidator::validate(app).isEmpty());
}

void tst_HealthCheckSettings::missingPortIsAnErrorOnTheField()
{
    const HabitatPackageFacts facts = test::storefrontFacts();
    HabitatAppOptions options;
    HealthCheckSettings s;
    s.portName = QStringLiteral("admin");
    options.healthCheckSettings = s;
    const auto built = HabitatAppBuilder::build(facts, options);
    QVERIFY(built.app.healthChecks.isEmpty()); // never a check on the wrong port
    QVERIFY(hasProblem(built.problems, QStringLiteral("healthChecks/0/portIndex"), FieldProblem::Severity::Error));
    QVERIFY(built.problems.value(0).message.contains(QStringLiteral("“admin”")));
    QVERIFY(built.problems.value(0).message.contains(QStringLiteral("port, ssl-port, hab-gossip")));

    // No port picked at all.
    s.portName.clear();
    options.healthCheckSettings = s;
    const auto unpicked = HabitatAppBuilder::build(facts, options);
    QVERIFY(hasProblem(unpicked.problems, QStringLiteral("healthChecks/0/portIndex"), FieldProblem::Severity::Error));

    // The Supervisor's default, with its port gone, is only a warning (as before any edit).
    MarathonApp app = HabitatAppBuilder::build(facts).app;
    app.portDefinitions.removeAt(3);
    FieldProblems problems;
    HabitatAppBuilder::placeHealthCheck(app, facts, HabitatAppOptions(), problems);
    QVERIFY(app.healthChecks.isEmpty());
    QVERIFY(hasProblem(problems, QStringLiteral("healthChecks"), FieldProblem::Severity::Warning));
}

void tst_HealthCheckSettings::offMeansNone()
{
    HabitatAppOptions options;
    options.healthCheck = false;
    HealthCheckSettings s;
    s.portName = QStringLiteral("nonexistent");
    options.healthCheckSettings = s; // kept for when it is switched on again, but not used
    const auto built = HabitatAppBuilder::build(test::storefrontFacts(), options);
    QVERIFY(built.app.healthChecks.isEmpty());
    QVERIFY(built.problems.isEmpty());
}

QTEST_GUILESS_MAIN(tst_HealthCheckSettings)
#include "tst_healthchecksettings.moc"
