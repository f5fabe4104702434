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
        << "must fully match regular expression '^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|"
           "[a-z0-9][a-z0-9\\-]*[a-z0-9])|(\\.|\\.\\.)$'";
    QTest::newRow("id reserved")
        << Mutation([](MarathonApp& a) { a.id = QStringLiteral("/acme/versions"); }) << "id"
        << "must not end with any of the following reserved keywords: restart, tasks, versions, "
           "., ..";
    QTest::newRow("no cmd") << Mutation([](MarathonApp& a) { a.cmd.reset(); }) << ""
                            << "AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.";
    QTest::newRow("cmd and args") << Mutation([](MarathonApp& a) { a.args = QStringList { "x" }; }) << ""
                                  << "AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.";
    QTest::newRow("cmd one char") << Mutation([](MarathonApp& a) { a.cmd = QStringLiteral("x"); }) << "cmd"
                                  << "must not be an empty string";
    QTest::newRow("cpus small") << Mutation([](MarathonApp& a) { a.cpus = 0.0005; }) << "cpus"
                                << "got 0.0005, expected 0.001 or more";
    QTest::newRow("cpus nan") << Mutation([](MarathonApp& a) { a.cpus = std::nan(""); }) << "cpus"
                              << "must be a finite number";
    QTest::newRow("mem negative") << Mutation([](MarathonApp& a) { a.mem = -3; }) << "mem"
                                  << "got -3, expected 0 or more";
    QTest::newRow("disk negative") << Mutation([](MarathonApp& a) { a.disk = -0.5; }) << "disk"
                                   << "got -0.5, expected 0 or more";
    QTest::newRow("instances negative") << Mutation([](MarathonApp& a) { a.instances = -1; }) << "instances"
                                        << "got -1, expected 0 or more";
    QTest::newRow("user empty") << Mutation([](MarathonApp& a) { a.user = QString(); }) << "user"
                                << "must not be empty; leave it out to run as Marathon's default user";
    QTest::newRow("env empty key") << Mutation([](MarathonApp& a) {
        a.env.append(MarathonKeyValue { QString(), "x" });
    }) << "env"
                                   << "an environment variable needs a name";
    QTest::newRow("env duplicate") << Mutation([](MarathonApp& a) {
        a.env.append(MarathonKeyValue { "HAB_LICENSE", "accept" });
    }) << "env/HAB_LICENSE"
                                   << "\"HAB_LICENSE\" appears more than once";
    QTest::newRow("env equals") << Mutation([](MarathonApp& a) {
        a.env.append(MarathonKeyValue { "A=B", "x" });
    }) << "env/A=B"
                                << "an environment variable name cannot contain '='";
    QTest::newRow("label empty key") << Mutation([](MarathonApp& a) {
        a.labels.append(MarathonKeyValue { QString(), "x" });
    }) << "labels"
                                     << "a label needs a name";
    QTest::newRow("fetch empty") << Mutation([](MarathonApp& a) { a.fetch[0].uri.clear(); }) << "fetch/0/uri"
                                 << "must not be empty: give the address the Mesos fetcher downloads from";
    QTest::newRow("fetch long") << Mutation([](MarathonApp& a) { a.fetch[0].uri = QString(1025, u'a'); })
                                << "fetch/0/uri"
                                << "is 1025 characters long; Marathon allows at most 1024";
    QTest::newRow("port range") << Mutation([](MarathonApp& a) { a.portDefinitions[1].port = 70000; })
                                << "portDefinitions/1/port"
                                << "got 70000, expected between 0 and 65535";
    QTest::newRow("port duplicate") << Mutation([](MarathonApp& a) { a.portDefinitions[0].port = 9631; })
                                    << "portDefinitions/2/port"
                                    << "ports must be unique";
    QTest::newRow("protocol") << Mutation([](MarathonApp& a) { a.portDefinitions[0].protocol = "sctp"; })
                              << "portDefinitions/0/protocol"
                              << "must be one of tcp, udp or \"udp,tcp\"";
    QTest::newRow("port name pattern") << Mutation([](MarathonApp& a) { a.portDefinitions[1].name = "Hab_Gossip"; })
                                       << "portDefinitions/1/name"
                                       << "must match the regular expression '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'";
    QTest::newRow("port name trailing dash")
        << Mutation([](MarathonApp& a) { a.portDefinitions[1].name = "gossip-"; }) << "portDefinitions/1/name"
        << "must match the regular expression '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'";
    QTest::newRow("port names unique") << Mutation([](MarathonApp& a) { a.portDefinitions[2].name = "http"; })
                                       << "portDefinitions/2/name"
                                       << "Port names must be unique.";
    QTest::newRow("port label key") << Mutation([](MarathonApp& a) {
        a.portDefinitions[0].labels = { { "", "x" } };
    }) << "portDefinitions/0/labels"
                                    << "a label needs a name";
    QTest::newRow("health index") << Mutation([](MarathonApp& a) { a.healthChecks[0].portIndex = 3; })
                                  << "healthChecks/0/portIndex"
                                  << "Health check port indices must address an element of the ports array or "
                                     "container port mappings.";
    QTest::newRow("health no ports")
        << Mutation([](MarathonApp& a) {
               a.portDefinitions.clear();
               a.healthChecks[0].portIndex.reset();
           })
        << "healthChecks/0/portIndex"
        << "Health check port indices must address an element of the ports array or container port mappings.";
    QTest::newRow("health port and index")
        << Mutation([](MarathonApp& a) { a.healthChecks[0].port = 80; }) << "healthChecks/0"
        << "give either a port or a portIndex, not both";
    QTest::newRow("health protocol") << Mutation([](MarathonApp& a) { a.healthChecks[0].protocol = "HTTP2"; })
                                     << "healthChecks/0/protocol"
                                     << "must be one of HTTP, HTTPS, TCP, COMMAND, MESOS_HTTP, MESOS_HTTPS, MESOS_TCP";
    QTest::newRow("two mesos checks") << Mutation([](MarathonApp& a) {
        a.healthChecks[0].protocol = "MESOS_HTTP";
        MarathonHealthCheck t;
        t.protocol = "MESOS_TCP";
        t.portIndex = 0;
        a.healthChecks.append(t);
    }) << "healthChecks/1/protocol"
                                      << "AppDefinition can contain at most one Mesos health check";
    QTest::newRow("command check without command") << Mutation([](MarathonApp& a) {
        MarathonHealthCheck c;
        c.protocol = "COMMAND";
        a.healthChecks.append(c);
    }) << "healthChecks/1/command"
                                                   << "a COMMAND health check needs a command";
    QTest::newRow("grace negative") << Mutation([](MarathonApp& a) { a.healthChecks[0].gracePeriodSeconds = -1; })
                                    << "healthChecks/0/gracePeriodSeconds"
                                    << "got -1, expected 0 or more";
    QTest::newRow("constraint operator") << Mutation([](MarathonApp& a) { a.constraints[0].op = "unique"; })
                                         << "constraints/0/1"
                                         << "must be one of UNIQUE, CLUSTER, GROUP_BY, LIKE, UNLIKE, MAX_PER, IS";
    QTest::newRow("constraint field") << Mutation([](MarathonApp& a) { a.constraints[0].field.clear(); })
                                      << "constraints/0/0"
                                      << "a constraint needs a field, such as hostname";
    QTest::newRow("unique with value") << Mutation([](MarathonApp& a) { a.constraints[0].value = "x"; })
                                       << "constraints/0/2"
                                       << "UNIQUE takes no value";
    QTest::newRow("like bad regex") << Mutation([](MarathonApp& a) {
        a.constraints.append({ "rack", "LIKE", QStringLiteral("(") });
    }) << "constraints/1/2"
                                    << "is not a valid regular expression";
    QTest::newRow("max per number") << Mutation([](MarathonApp& a) {
        a.constraints.append({ "rack", "MAX_PER", QStringLiteral("two") });
    }) << "constraints/1/2"
                                    << "MAX_PER needs a whole number";
    QTest::newRow("upgrade above") << Mutation([](MarathonApp& a) { a.upgradeStrategy->minimumHealthCapacity = 1.5; })
                                   << "upgradeStrategy/minimumHealthCapacity"
                                   << "is greater than 1";
    QTest::newRow("upgrade below") << Mutation([](MarathonApp& a) { a.upgradeStrategy->maximumOverCapacity = -0.1; })
                                   << "upgradeStrategy/maximumOverCapacity"
                                   << "is less than 0";
    QTest::newRow("backoff negative") << Mutation([](MarathonApp& a) { a.backoffSeconds = -1; }) << "backoffSeconds"
                                      << "the backoff must be 0 seconds or more (got -1): it is how long Marathon "
                                         "waits before relaunching a failed task";
    QTest::newRow("backoff factor below 1")
        << Mutation([](MarathonApp& a) { a.backoffFactor = 0.5; }) << "backoffFactor"
        << "the backoff factor must be at least 1 (got 0.5): 1 keeps the wait the same after every failure, more "
           "makes it grow";
    QTest::newRow("backoff factor infinite")
        << Mutation([](MarathonApp& a) { a.backoffFactor = qInf(); }) << "backoffFactor"
        << "the backoff factor must be a finite number";
    QTest::newRow("max launch delay negative")
        << Mutation([](MarathonApp& a) { a.maxLaunchDelaySeconds = -5; }) << "maxLaunchDelaySeconds"
        << "the longest launch delay must be 0 seconds or more (got -5)";
    QTest::newRow("role empty") << Mutation([](MarathonApp& a) { a.acceptedResourceRoles = { "" }; })
                                << "acceptedResourceRoles/0"
                                << "a role needs a name, such as slave_public or * (unreserved resources)";
    QTest::newRow("role dot") << Mutation([](MarathonApp& a) {
        a.acceptedResourceRoles = { "*", ".." };
    }) << "acceptedResourceRoles/1"
                              << "“..” is not a role name";
    QTest::newRow("role dash") << Mutation([](MarathonApp& a) { a.acceptedResourceRoles = { "-ops" }; })
                               << "acceptedResourceRoles/0"
                               << "role “-ops”: a role name cannot start with “-”";
    QTest::newRow("role slash") << Mutation([](MarathonApp& a) { a.acceptedResourceRoles = { "ops/web" }; })
                                << "acceptedResourceRoles/0"
                                << "role “ops/web”: a role name cannot contain spaces, tabs, line breaks or “/”";
    QTest::newRow("role space") << Mutation([](MarathonApp& a) { a.acceptedResourceRoles = { "slave public" }; })
                                << "acceptedResourceRoles/0"
                                << "role “slave public”: a role name cannot contain spaces, tabs, line breaks or “/”";
    QTest::newRow("role twice") << Mutation([](MarathonApp& a) {
        a.acceptedResourceRoles = { "a", "b", "a" };
    }) << "acceptedResourceRoles/2"
                                << "role “a” is listed twice";
    QTest::newRow("user empty") << Mutation([](MarathonApp& a) { a.user = QString(); }) << "user"
                                << "must not be empty; leave it out to run as Marathon's default user";
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
