// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonvalidator.h"

#include <QTest>

#include <functional>

using namespace habmesos;

using Mutation = std::function<void(MarathonApp&)>;
Q_DECLARE_METATYPE(Mutation)

class tst_MarathonValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validApp();
    void problems_data();
    void problems();
    void warnings();
    void deploymentFields();
};

namespace {

MarathonApp validApp()
{
    MarathonApp app;
    app.id = QStringLiteral("/acme/storefront");
    app.cmd = QStringLiteral("./run");
    app.env = { { QStringLiteral("HAB_LICENSE"), QStringLiteral("accept-no-persist") } };
    MarathonFetch fetch;
    fetch.uri = QStringLiteral("https://example.com/a.tgz");
    app.fetch = { fetch };
    app.portDefinitions = { { 0, QStringLiteral("tcp"), QStringLiteral("http"), {} },
        { 0, QStringLiteral("udp,tcp"), QStringLiteral("hab-gossip"), {} },
        { 9631, QStringLiteral("tcp"), QStringLiteral("hab-http"), {} } };
    MarathonHealthCheck h;
    h.path = QStringLiteral("/services/storefront/default/health");
    h.portIndex = 2;
    app.healthChecks = { h };
    app.constraints = { { QStringLiteral("hostname"), QStringLiteral("UNIQUE"), std::nullopt } };
    app.upgradeStrategy = MarathonUpgradeStrategy { 0.5, 0.5 };
    return app;
}

} // namespace

void tst_MarathonValidator::validApp()
{
    const FieldProblems problems = MarathonValidator::validate(::validApp());
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems[0].field + u' ' + problems[0].message));
    QVERIFY(!MarathonValidator::hasErrors(problems));
}

void tst_MarathonValidator::problems_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("id")
        << Mutation([](MarathonApp& a) { a.id = QStringLiteral("/acme/my_app"); }) << "id"
        << "The application ID may use lower-case letters, digits and hyphens, segments separated by / (a segment "
           "starts and ends with a letter or digit, dots may separate such names); \"my_app\" does not fit.";
    QTest::newRow("id reserved")
        << Mutation([](MarathonApp& a) { a.id = QStringLiteral("/acme/versions"); }) << "id"
        << "The application ID cannot end in \"versions\": Marathon keeps restart, tasks, versions, ., .. for its "
           "own addresses; add a name after it or choose another.";
    QTest::newRow("no cmd")
        << Mutation([](MarathonApp& a) { a.cmd.reset(); }) << ""
        << "The application needs either a command or arguments (args), not both: edit the command on the "
           "Application tab.";
    QTest::newRow("cmd and args")
        << Mutation([](MarathonApp& a) { a.args = QStringList { "x" }; }) << ""
        << "The application needs either a command or arguments (args), not both: edit the command on the "
           "Application tab.";
    QTest::newRow("cmd one char") << Mutation([](MarathonApp& a) { a.cmd = QStringLiteral("x"); }) << "cmd"
                                  << "The command must not be empty (Marathon wants at least two characters).";
    QTest::newRow("cpus small") << Mutation([](MarathonApp& a) { a.cpus = 0.0005; }) << "cpus"
                                << "CPUs must be at least 0.001 (it is 0.0005).";
    QTest::newRow("cpus zero") << Mutation([](MarathonApp& a) { a.cpus = 0; }) << "cpus"
                               << "CPUs must be at least 0.001 (it is 0).";
    QTest::newRow("mem zero") << Mutation([](MarathonApp& a) { a.mem = 0; }) << "mem"
                              << "Memory must be more than 0 MiB (it is 0): a task without memory cannot start.";
    QTest::newRow("cpus nan") << Mutation([](MarathonApp& a) { a.cpus = std::nan(""); }) << "cpus"
                              << "CPUs must be a number.";
    QTest::newRow("mem negative") << Mutation([](MarathonApp& a) { a.mem = -3; }) << "mem"
                                  << "Memory must be more than 0 MiB (it is -3): a task without memory cannot start.";
    QTest::newRow("disk negative") << Mutation([](MarathonApp& a) { a.disk = -0.5; }) << "disk"
                                   << "Disk must be at least 0 (it is -0.5).";
    QTest::newRow("instances negative") << Mutation([](MarathonApp& a) { a.instances = -1; }) << "instances"
                                        << "Instances must be at least 0 (it is -1).";
    QTest::newRow("user empty") << Mutation([](MarathonApp& a) { a.user = QString(); }) << "user"
                                << "The user must not be empty; leave it out to run as Marathon's default user.";
    QTest::newRow("env empty key") << Mutation([](MarathonApp& a) {
        a.env.append(MarathonKeyValue { QString(), "x" });
    }) << "env"
                                   << "An environment variable needs a name: type one, or remove the row.";
    QTest::newRow("env duplicate") << Mutation([](MarathonApp& a) {
        a.env.append(MarathonKeyValue { "HAB_LICENSE", "accept" });
    }) << "env/HAB_LICENSE"
                                   << "The environment variable HAB_LICENSE is set twice: rename or remove one.";
    QTest::newRow("env equals") << Mutation([](MarathonApp& a) {
        a.env.append(MarathonKeyValue { "A=B", "x" });
    }) << "env/A=B"
                                << "The environment variable A=B: a name cannot contain '='.";
    QTest::newRow("label empty key") << Mutation([](MarathonApp& a) {
        a.labels.append(MarathonKeyValue { QString(), "x" });
    }) << "labels"
                                     << "A label needs a name: type one, or remove the row.";
    QTest::newRow("fetch empty")
        << Mutation([](MarathonApp& a) { a.fetch[0].uri.clear(); }) << "fetch/0/uri"
        << "The fetch URI must not be empty: give the address the Mesos fetcher downloads from.";
    QTest::newRow("fetch long") << Mutation([](MarathonApp& a) { a.fetch[0].uri = QString(1025, u'a'); })
                                << "fetch/0/uri"
                                << "The fetch URI is 1025 characters long; Marathon allows at most 1024.";
    QTest::newRow("port range") << Mutation([](MarathonApp& a) { a.portDefinitions[1].port = 70000; })
                                << "portDefinitions/1/port"
                                << "Port hab-gossip: the number must be from 0 to 65535 (it is 70000).";
    QTest::newRow("port duplicate")
        << Mutation([](MarathonApp& a) { a.portDefinitions[0].port = 9631; }) << "portDefinitions/2/port"
        << "Port hab-http: the number 9631 is used twice; give one of them another number, or 0 for any free "
           "port.";
    QTest::newRow("protocol") << Mutation([](MarathonApp& a) { a.portDefinitions[0].protocol = "sctp"; })
                              << "portDefinitions/0/protocol"
                              << "Port http: the protocol must be tcp, udp or udp,tcp (it is \"sctp\").";
    QTest::newRow("port name pattern") << Mutation([](MarathonApp& a) { a.portDefinitions[1].name = "Hab_Gossip"; })
                                       << "portDefinitions/1/name"
                                       << "Port Hab_Gossip: a port name may use lower-case letters, digits and "
                                          "hyphens, and starts and ends with a letter or digit.";
    QTest::newRow("port name trailing dash")
        << Mutation([](MarathonApp& a) { a.portDefinitions[1].name = "gossip-"; }) << "portDefinitions/1/name"
        << "Port gossip-: a port name may use lower-case letters, digits and hyphens, and starts and ends with a "
           "letter or digit.";
    QTest::newRow("port names unique") << Mutation([](MarathonApp& a) { a.portDefinitions[2].name = "http"; })
                                       << "portDefinitions/2/name"
                                       << "Port http: the name is used twice; port names must be unique.";
    QTest::newRow("port label key") << Mutation([](MarathonApp& a) {
        a.portDefinitions[0].labels = { { "", "x" } };
    }) << "portDefinitions/0/labels"
                                    << "A label needs a name: type one, or remove the row.";
    QTest::newRow("health index") << Mutation([](MarathonApp& a) { a.healthChecks[0].portIndex = 3; })
                                  << "healthChecks/0/portIndex"
                                  << "The health check's port index must be from 0 to 2 (it is 3): pick one of "
                                     "the application's ports.";
    QTest::newRow("health no ports")
        << Mutation([](MarathonApp& a) {
               a.portDefinitions.clear();
               a.healthChecks[0].portIndex.reset();
           })
        << "healthChecks/0/portIndex"
        << "The health check needs a port, and the application has none: add one on the Ports tab.";
    QTest::newRow("health port and index")
        << Mutation([](MarathonApp& a) { a.healthChecks[0].port = 80; }) << "healthChecks/0"
        << "The health check names a port number and a port index: give one of them.";
    QTest::newRow("health protocol")
        << Mutation([](MarathonApp& a) { a.healthChecks[0].protocol = "HTTP2"; }) << "healthChecks/0/protocol"
        << "The health check's protocol must be one of HTTP, HTTPS, TCP, COMMAND, MESOS_HTTP, "
           "MESOS_HTTPS, MESOS_TCP (it is \"HTTP2\").";
    QTest::newRow("two mesos checks")
        << Mutation([](MarathonApp& a) {
               a.healthChecks[0].protocol = "MESOS_HTTP";
               MarathonHealthCheck t;
               t.protocol = "MESOS_TCP";
               t.portIndex = 0;
               a.healthChecks.append(t);
           })
        << "healthChecks/1/protocol"
        << "An application can have at most one Mesos health check (MESOS_HTTP, MESOS_HTTPS, MESOS_TCP).";
    QTest::newRow("command check without command") << Mutation([](MarathonApp& a) {
        MarathonHealthCheck c;
        c.protocol = "COMMAND";
        a.healthChecks.append(c);
    }) << "healthChecks/1/command"
                                                   << "A COMMAND health check needs a command.";
    QTest::newRow("grace negative") << Mutation([](MarathonApp& a) { a.healthChecks[0].gracePeriodSeconds = -1; })
                                    << "healthChecks/0/gracePeriodSeconds"
                                    << "The grace period must be at least 0 (it is -1).";
    QTest::newRow("constraint operator")
        << Mutation([](MarathonApp& a) { a.constraints[0].op = "unique"; }) << "constraints/0/1"
        << "Constraint 1: the operator must be one of UNIQUE, CLUSTER, GROUP_BY, LIKE, "
           "UNLIKE, MAX_PER, IS (it is \"unique\").";
    QTest::newRow("constraint field") << Mutation([](MarathonApp& a) { a.constraints[0].field.clear(); })
                                      << "constraints/0/0"
                                      << "Constraint 1 needs a field, such as hostname.";
    QTest::newRow("unique with value") << Mutation([](MarathonApp& a) { a.constraints[0].value = "x"; })
                                       << "constraints/0/2"
                                       << "Constraint 1: UNIQUE takes no value; clear the value.";
    QTest::newRow("like bad regex")
        << Mutation([](MarathonApp& a) {
               a.constraints.append({ "rack", "LIKE", QStringLiteral("(") });
           })
        << "constraints/1/2"
        << "Constraint 2: the value is not a regular expression (missing closing parenthesis).";
    QTest::newRow("max per number") << Mutation([](MarathonApp& a) {
        a.constraints.append({ "rack", "MAX_PER", QStringLiteral("two") });
    }) << "constraints/1/2"
                                    << "Constraint 2: MAX_PER needs a whole number as its value.";
    QTest::newRow("upgrade above") << Mutation([](MarathonApp& a) { a.upgradeStrategy->minimumHealthCapacity = 1.5; })
                                   << "upgradeStrategy/minimumHealthCapacity"
                                   << "The minimum health capacity must be from 0 to 1 (it is 1.5).";
    QTest::newRow("upgrade below") << Mutation([](MarathonApp& a) { a.upgradeStrategy->maximumOverCapacity = -0.1; })
                                   << "upgradeStrategy/maximumOverCapacity"
                                   << "The maximum over-capacity must be from 0 to 1 (it is -0.1).";
    QTest::newRow("backoff negative") << Mutation([](MarathonApp& a) { a.backoffSeconds = -1; }) << "backoffSeconds"
                                      << "The backoff must be 0 seconds or more (it is -1); it is how long Marathon "
                                         "waits before relaunching a failed task.";
    QTest::newRow("backoff factor below 1")
        << Mutation([](MarathonApp& a) { a.backoffFactor = 0.5; }) << "backoffFactor"
        << "The backoff factor must be at least 1 (it is 0.5); 1 keeps the wait the same after every failure, more "
           "makes it grow.";
    QTest::newRow("backoff factor infinite")
        << Mutation([](MarathonApp& a) { a.backoffFactor = qInf(); }) << "backoffFactor"
        << "The backoff factor must be a finite number.";
    QTest::newRow("max launch delay negative")
        << Mutation([](MarathonApp& a) { a.maxLaunchDelaySeconds = -5; }) << "maxLaunchDelaySeconds"
        << "The longest launch delay must be 0 seconds or more (it is -5).";
    QTest::newRow("role empty") << Mutation([](MarathonApp& a) { a.acceptedResourceRoles = { "" }; })
                                << "acceptedResourceRoles/0"
                                << "A role needs a name, such as slave_public or * (unreserved resources).";
    QTest::newRow("role dot") << Mutation([](MarathonApp& a) {
        a.acceptedResourceRoles = { "*", ".." };
    }) << "acceptedResourceRoles/1"
                              << "“..” is not a role name.";
    QTest::newRow("role dash") << Mutation([](MarathonApp& a) { a.acceptedResourceRoles = { "-ops" }; })
                               << "acceptedResourceRoles/0"
                               << "Role “-ops”: a role name cannot start with “-”.";
    QTest::newRow("role slash") << Mutation([](MarathonApp& a) { a.acceptedResourceRoles = { "ops/web" }; })
                                << "acceptedResourceRoles/0"
                                << "Role “ops/web”: a role name cannot contain spaces, tabs, line breaks or “/”.";
    QTest::newRow("role space") << Mutation([](MarathonApp& a) { a.acceptedResourceRoles = { "slave public" }; })
                                << "acceptedResourceRoles/0"
                                << "Role “slave public”: a role name cannot contain spaces, tabs, line breaks or “/”.";
    QTest::newRow("role twice") << Mutation([](MarathonApp& a) {
        a.acceptedResourceRoles = { "a", "b", "a" };
    }) << "acceptedResourceRoles/2"
                                << "Role “a” is listed twice.";
    QTest::newRow("user empty") << Mutation([](MarathonApp& a) { a.user = QString(); }) << "user"
                                << "The user must not be empty; leave it out to run as Marathon's default user.";
    QTest::newRow("fetch relative") << Mutation([](MarathonApp& a) {
        a.fetch.append(MarathonFetch { "conf/app.tgz", true, false, false, {} });
    }) << "fetch/1/uri"
                                    << "“conf/app.tgz” is neither a URL nor an absolute path: give an http://, "
                                       "https://, ftp:// or file:// URL (or hdfs://, s3:// for the agent's Hadoop "
                                       "client), or an absolute path on the agents";
}

void tst_MarathonValidator::problems()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    QFETCH(QString, message);
    MarathonApp app = ::validApp();
    mutate(app);
    const FieldProblems problems = MarathonValidator::validate(app);
    QStringList all;
    for (const FieldProblem& p : problems)
        all << p.field + QStringLiteral(": ") + p.message;
    QCOMPARE(all, QStringList { field + QStringLiteral(": ") + message });
    // The operator's words: never Marathon's regular expressions, JSON paths or "got x, expected y".
    for (const QString& jargon : { QStringLiteral("^"), QStringLiteral("portDefinitions"), QStringLiteral("got "),
             QStringLiteral("AppDefinition"), QStringLiteral("portIndex") })
        QVERIFY2(!message.contains(jargon), qPrintable(message));
    QCOMPARE(problems[0].severity, FieldProblem::Severity::Error);
    QVERIFY(MarathonValidator::hasErrors(problems));
}

void tst_MarathonValidator::warnings()
{
    MarathonApp app = ::validApp();
    app.portDefinitions[0].name = QStringLiteral("8080-http");
    app.healthChecks[0].protocol = QStringLiteral("TCP");
    const FieldProblems problems = MarathonValidator::validate(app);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems[0].field, QStringLiteral("portDefinitions/0/name"));
    QCOMPARE(problems[0].severity, FieldProblem::Severity::Warning);
    QCOMPARE(problems[1].field, QStringLiteral("healthChecks/0/path"));
    QVERIFY(!MarathonValidator::hasErrors(problems));
}

// What Marathon and the Mesos fetcher take, with a word where it is probably not what was meant.
void tst_MarathonValidator::deploymentFields()
{
    MarathonApp app = ::validApp();
    app.backoffSeconds = 0;
    app.backoffFactor = 1;
    app.maxLaunchDelaySeconds = 0;
    app.acceptedResourceRoles = { "*", "slave_public", "ops.team-a" };
    app.user = QStringLiteral("nobody");
    app.upgradeStrategy = MarathonUpgradeStrategy { 0, 1 };
    app.fetch.append({ "/srv/shared/tool", false, true, false, "bin/tool" });
    app.fetch.append({ "file:///etc/hosts", false, false, true, {} });
    app.fetch.append({ "ftps://ftp.example/a.zip", true, false, false, {} });
    app.fetch.append({ "s3a://bucket/conf.tgz", true, false, false, {} });
    QVERIFY2(MarathonValidator::validate(app).isEmpty(),
        qPrintable(MarathonValidator::validate(app).value(0).field + u' '
            + MarathonValidator::validate(app).value(0).message));

    app.backoffSeconds = 10;
    app.maxLaunchDelaySeconds = 5;
    app.fetch.append({ "gs://bucket/x.tgz", true, false, false, {} });
    app.fetch.append({ "https://x.example/tool.tgz", true, true, false, {} });
    QStringList fields;
    for (const FieldProblem& p : MarathonValidator::validate(app)) {
        QCOMPARE(p.severity, FieldProblem::Severity::Warning);
        fields << p.field;
    }
    QCOMPARE(fields, QStringList({ "maxLaunchDelaySeconds", "fetch/5/uri", "fetch/6/executable" }));
}

QTEST_GUILESS_MAIN(tst_MarathonValidator)
#include "tst_marathonvalidator.moc"
