// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonvalidator.h"

#include "marathon/marathonappid.h"
#include "marathon/orderedjson.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace habmesos {

namespace {

class Checker
{
    // The file's tr() context, stated so that lupdate files these strings under it too.
    Q_DECLARE_TR_FUNCTIONS(habmesos::MarathonValidator)
public:
    FieldProblems problems;

    void error(const QString& field, const QString& message)
    {
        problems.append({ field, message, FieldProblem::Severity::Error });
    }
    void warning(const QString& field, const QString& message)
    {
        problems.append({ field, message, FieldProblem::Severity::Warning });
    }

    // Marathon's wording for range checks ("got -3.0, expected 0.0 or more").
    void atLeast(const QString& field, double value, double min)
    {
        if (!std::isfinite(value))
            error(field, tr("must be a finite number"));
        else if (value < min)
            error(field,
                tr("got %1, expected %2 or more")
                    .arg(OrderedJson::formatNumber(value), OrderedJson::formatNumber(min)));
    }
    void between(const QString& field, double value, double min, double max)
    {
        if (!std::isfinite(value))
            error(field, tr("must be a finite number"));
        else if (value < min || value > max)
            error(field,
                tr("got %1, expected between %2 and %3")
                    .arg(OrderedJson::formatNumber(value), OrderedJson::formatNumber(min),
                        OrderedJson::formatNumber(max)));
    }
    void optionalAtLeast(const QString& field, const std::optional<int>& value)
    {
        if (value)
            atLeast(field, *value, 0);
    }

    // env and labels: object keys, so non-empty and unique.
    void keyValues(const QString& base, const MarathonKeyValues& list, bool environment)
    {
        QSet<QString> seen;
        for (const MarathonKeyValue& kv : list) {
            if (kv.key.isEmpty()) {
                error(base, environment ? tr("an environment variable needs a name") : tr("a label needs a name"));
                continue;
            }
            const QString field = base + u'/' + kv.key;
            if (seen.contains(kv.key))
                error(field, tr("\"%1\" appears more than once").arg(kv.key));
            seen.insert(kv.key);
            if (environment && kv.key.contains(u'='))
                error(field, tr("an environment variable name cannot contain '='"));
            if (kv.key.contains(QChar(0)) || kv.value.contains(QChar(0)))
                error(field, tr("must not contain NUL characters"));
        }
    }
};

bool isInteger(QStringView text)
{
    bool ok = false;
    (void)text.toLongLong(&ok);
    return ok;
}

} // namespace

QString MarathonValidator::portNamePattern()
{
    // RAML types/stringTypes.raml LegacyName
    return QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
}

QStringList MarathonValidator::protocols()
{
    return { QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("udp,tcp") };
}

QStringList MarathonValidator::healthCheckProtocols()
{
    return { QStringLiteral("HTTP"), QStringLiteral("HTTPS"), QStringLiteral("TCP"), QStringLiteral("COMMAND"),
        QStringLiteral("MESOS_HTTP"), QStringLiteral("MESOS_HTTPS"), QStringLiteral("MESOS_TCP") };
}

QStringList MarathonValidator::constraintOperators()
{
    return { QStringLiteral("UNIQUE"), QStringLiteral("CLUSTER"), QStringLiteral("GROUP_BY"), QStringLiteral("LIKE"),
        QStringLiteral("UNLIKE"), QStringLiteral("MAX_PER"), QStringLiteral("IS") };
}

bool MarathonValidator::hasErrors(const FieldProblems& problems)
{
    for (const FieldProblem& p : problems) {
        if (p.severity == FieldProblem::Severity::Error)
            return true;
    }
    return false;
}

FieldProblems MarathonValidator::validate(const MarathonApp& app)
{
    Checker c;
    c.problems = MarathonAppId::validate(app.id, QStringLiteral("id"));

    // Exactly one of cmd and args (we never build a container).
    if (app.cmd.has_value() == app.args.has_value())
        c.error({}, tr("AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'."));
    // Marathon implements "must not be an empty string" as length > 1.
    if (app.cmd && app.cmd->size() <= 1)
        c.error(QStringLiteral("cmd"), tr("must not be an empty string"));

    c.atLeast(QStringLiteral("cpus"), app.cpus, 0.001); // RAML minimum; the old JSON Schema said 0
    c.atLeast(QStringLiteral("mem"), app.mem, 0);
    c.atLeast(QStringLiteral("disk"), app.disk, 0);
    c.atLeast(QStringLiteral("instances"), app.instances, 0);
    if (app.user && app.user->isEmpty())
        c.error(QStringLiteral("user"), tr("must not be empty; leave it out to run as Marathon's default user"));

    c.keyValues(QStringLiteral("env"), app.env, true);
    c.keyValues(QStringLiteral("labels"), app.labels, false);

    for (qsizetype i = 0; i < app.fetch.size(); ++i) {
        const MarathonFetch& f = app.fetch[i];
        const QString at = QStringLiteral("fetch/%1").arg(i);
        if (f.uri.isEmpty())
            c.error(at + QStringLiteral("/uri"),
                tr("must not be empty: give the address the Mesos fetcher downloads from"));
        else if (f.uri.size() > 1024)
            c.error(at + QStringLiteral("/uri"),
                tr("is %1 characters long; Marathon allows at most 1024").arg(f.uri.size()));
        if (f.destPath.size() > 1024)
            c.error(at + QStringLiteral("/destPath"),
                tr("is %1 characters long; Marathon allows at most 1024").arg(f.destPath.size()));
    }

    static const QRegularExpression nameRe(portNamePattern());
    static const QRegularExpression schemaNameRe(QStringLiteral("^[a-z][a-z0-9-]*$"));
    QSet<QString> names;
    QSet<int> ports;
    for (qsizetype i = 0; i < app.portDefinitions.size(); ++i) {
        const MarathonPortDefinition& p = app.portDefinitions[i];
        const QString at = QStringLiteral("portDefinitions/%1").arg(i);
        c.between(at + QStringLiteral("/port"), p.port, 0, 65535);
        if (p.port != 0) {
            if (ports.contains(p.port))
                c.error(at + QStringLiteral("/port"), tr("ports must be unique"));
            ports.insert(p.port);
        }
        if (!protocols().contains(p.protocol))
            c.error(at + QStringLiteral("/protocol"), tr("must be one of tcp, udp or \"udp,tcp\""));
        if (!p.name.isEmpty()) {
            if (!nameRe.match(p.name).hasMatch())
                c.error(
                    at + QStringLiteral("/name"), tr("must match the regular expression '%1'").arg(portNamePattern()));
            else if (!schemaNameRe.match(p.name).hasMatch())
                c.warning(
                    at + QStringLiteral("/name"), tr("Marathon 1.7 and older want port names to start with a letter"));
            if (names.contains(p.name))
                c.error(at + QStringLiteral("/name"), tr("Port names must be unique."));
            names.insert(p.name);
        }
        c.keyValues(at + QStringLiteral("/labels"), p.labels, false);
    }

    int mesosChecks = 0;
    for (qsizetype i = 0; i < app.healthChecks.size(); ++i) {
        const MarathonHealthCheck& h = app.healthChecks[i];
        const QString at = QStringLiteral("healthChecks/%1").arg(i);
        if (!healthCheckProtocols().contains(h.protocol)) {
            c.error(at + QStringLiteral("/protocol"),
                tr("must be one of %1").arg(healthCheckProtocols().join(QStringLiteral(", "))));
            continue;
        }
        if (h.protocol.startsWith(QStringLiteral("MESOS_")) && ++mesosChecks == 2)
            c.error(at + QStringLiteral("/protocol"), tr("AppDefinition can contain at most one Mesos health check"));
        const bool command = h.protocol == QStringLiteral("COMMAND");
        if (command) {
            if (!h.command || h.command->isEmpty())
                c.error(at + QStringLiteral("/command"), tr("a COMMAND health check needs a command"));
        } else {
            if (h.port && h.portIndex)
                c.error(at, tr("give either a port or a portIndex, not both"));
            if (h.port)
                c.between(at + QStringLiteral("/port"), *h.port, 0, 65535);
            // Without either, Marathon uses port index 0.
            const int index = h.portIndex.value_or(0);
            if (!h.port && (index < 0 || index >= app.portDefinitions.size()))
                c.error(at + QStringLiteral("/portIndex"),
                    tr("Health check port indices must address an element of the ports array or container port "
                       "mappings."));
        }
        if (h.path && !h.protocol.contains(QStringLiteral("HTTP")))
            c.warning(at + QStringLiteral("/path"), tr("only HTTP and HTTPS health checks use a path"));
        c.optionalAtLeast(at + QStringLiteral("/gracePeriodSeconds"), h.gracePeriodSeconds);
        c.optionalAtLeast(at + QStringLiteral("/intervalSeconds"), h.intervalSeconds);
        c.optionalAtLeast(at + QStringLiteral("/timeoutSeconds"), h.timeoutSeconds);
        c.optionalAtLeast(at + QStringLiteral("/maxConsecutiveFailures"), h.maxConsecutiveFailures);
    }

    for (qsizetype i = 0; i < app.constraints.size(); ++i) {
        const MarathonConstraint& k = app.constraints[i];
        const QString at = QStringLiteral("constraints/%1").arg(i);
        if (k.field.isEmpty())
            c.error(at + QStringLiteral("/0"), tr("a constraint needs a field, such as hostname"));
        if (!constraintOperators().contains(k.op)) {
            c.error(at + QStringLiteral("/1"),
                tr("must be one of %1").arg(constraintOperators().join(QStringLiteral(", "))));
            continue;
        }
        const QString valueAt = at + QStringLiteral("/2");
        if (k.op == QStringLiteral("UNIQUE")) {
            if (k.value)
                c.error(valueAt, tr("UNIQUE takes no value"));
        } else if (k.op == QStringLiteral("LIKE") || k.op == QStringLiteral("UNLIKE")) {
            if (!k.value)
                c.error(valueAt, tr("%1 needs a regular expression").arg(k.op));
            else if (!QRegularExpression(*k.value).isValid())
                c.error(valueAt, tr("is not a valid regular expression"));
        } else if (k.op == QStringLiteral("MAX_PER")) {
            if (!k.value || !isInteger(*k.value))
                c.error(valueAt, tr("MAX_PER needs a whole number"));
        } else if (k.op == QStringLiteral("GROUP_BY")) {
            if (k.value && !isInteger(*k.value))
                c.error(valueAt, tr("GROUP_BY takes an optional whole number"));
        } else if (k.op == QStringLiteral("IS")) {
            if (!k.value)
                c.error(valueAt, tr("IS needs a value"));
        }
    }

    if (app.taskKillGracePeriodSeconds && *app.taskKillGracePeriodSeconds < 0)
        c.error(QStringLiteral("taskKillGracePeriodSeconds"), tr("is less than 0"));

    if (app.upgradeStrategy) {
        auto unit = [&](const QString& field, double v) {
            if (!std::isfinite(v))
                c.error(field, tr("must be a finite number"));
            else if (v > 1)
                c.error(field, tr("is greater than 1"));
            else if (v < 0)
                c.error(field, tr("is less than 0"));
        };
        unit(QStringLiteral("upgradeStrategy/minimumHealthCapacity"), app.upgradeStrategy->minimumHealthCapacity);
        unit(QStringLiteral("upgradeStrategy/maximumOverCapacity"), app.upgradeStrategy->maximumOverCapacity);
    }
    validateDeployment(app, c.problems);
    return c.problems;
}

void MarathonValidator::validateDeployment(const MarathonApp& app, FieldProblems& problems)
{
    auto error = [&](const QString& field, const QString& message) {
        problems.append({ field, message, FieldProblem::Severity::Error });
    };
    auto warning = [&](const QString& field, const QString& message) {
        problems.append({ field, message, FieldProblem::Severity::Warning });
    };

    // Relaunch backoff (RAML minimums: 0 s, factor 1.0, 0 s).
    if (app.backoffSeconds && *app.backoffSeconds < 0)
        error(QStringLiteral("backoffSeconds"),
            tr("the backoff must be 0 seconds or more (got %1): it is how long Marathon waits before relaunching a "
               "failed task")
                .arg(*app.backoffSeconds));
    if (app.backoffFactor) {
        if (!std::isfinite(*app.backoffFactor))
            error(QStringLiteral("backoffFactor"), tr("the backoff factor must be a finite number"));
        else if (*app.backoffFactor < 1)
            error(QStringLiteral("backoffFactor"),
                tr("the backoff factor must be at least 1 (got %1): 1 keeps the wait the same after every failure, "
                   "more makes it grow")
                    .arg(OrderedJson::formatNumber(*app.backoffFactor)));
    }
    if (app.maxLaunchDelaySeconds) {
        if (*app.maxLaunchDelaySeconds < 0)
            error(QStringLiteral("maxLaunchDelaySeconds"),
                tr("the longest launch delay must be 0 seconds or more (got %1)").arg(*app.maxLaunchDelaySeconds));
        else if (*app.maxLaunchDelaySeconds < app.backoffSeconds.value_or(1))
            warning(QStringLiteral("maxLaunchDelaySeconds"),
                tr("is shorter than the backoff (%1 s), so every relaunch waits only %2 s")
                    .arg(app.backoffSeconds.value_or(1))
                    .arg(*app.maxLaunchDelaySeconds));
    }

    // Marathon's ResourceRole.validResourceRole, said once per role; RAML uniqueItems.
    QSet<QString> roles;
    static const QRegularExpression forbidden(QStringLiteral("[\\t\\n\\x0b\\f\\r /\\x7f]"));
    for (qsizetype i = 0; i < app.acceptedResourceRoles.size(); ++i) {
        const QString& role = app.acceptedResourceRoles[i];
        const QString at = QStringLiteral("acceptedResourceRoles/%1").arg(i);
        if (role.isEmpty())
            error(at, tr("a role needs a name, such as slave_public or * (unreserved resources)"));
        else if (role == QLatin1String(".") || role == QLatin1String(".."))
            error(at, tr("“%1” is not a role name").arg(role));
        else if (role.startsWith(u'-'))
            error(at, tr("role “%1”: a role name cannot start with “-”").arg(role));
        else if (forbidden.match(role).hasMatch())
            error(at, tr("role “%1”: a role name cannot contain spaces, tabs, line breaks or “/”").arg(role));
        if (roles.contains(role))
            error(at, tr("role “%1” is listed twice").arg(role));
        roles.insert(role);
    }

    // What the Mesos fetcher can download (reference §6): absolute paths and file:// are copied,
    // http(s) and ftp(s) go through libcurl, any other scheme through the agent's Hadoop client.
    static const QRegularExpression schemeRe(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    static const QStringList known { QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ftp"),
        QStringLiteral("ftps"), QStringLiteral("file"), QStringLiteral("hdfs"), QStringLiteral("s3"),
        QStringLiteral("s3a"), QStringLiteral("s3n") };
    for (qsizetype i = 0; i < app.fetch.size(); ++i) {
        const MarathonFetch& f = app.fetch[i];
        const QString at = QStringLiteral("fetch/%1").arg(i);
        if (f.uri.isEmpty() || f.uri.size() > 1024)
            continue; // said by validate()
        const QRegularExpressionMatch scheme = schemeRe.match(f.uri);
        if (!scheme.hasMatch()) {
            if (!f.uri.startsWith(u'/'))
                error(at + QStringLiteral("/uri"),
                    tr("“%1” is neither a URL nor an absolute path: give an http://, https://, ftp:// or file:// URL "
                       "(or hdfs://, s3:// for the agent's Hadoop client), or an absolute path on the agents")
                        .arg(f.uri));
        } else if (!known.contains(scheme.captured(1).toLower())) {
            warning(at + QStringLiteral("/uri"),
                tr("the Mesos fetcher hands “%1://” URLs to the agent's Hadoop client, which must be installed and "
                   "know that scheme")
                    .arg(scheme.captured(1)));
        }
        if (f.executable && f.extract && MarathonFetch::extractedFromUris(f.uri))
            warning(at + QStringLiteral("/executable"),
                tr("an executable download is not extracted: Mesos only makes the file executable"));
    }
}

} // namespace habmesos
