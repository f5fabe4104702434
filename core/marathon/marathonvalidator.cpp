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

    // Range checks in the operator's words: what the field is called on the form, the allowed
    // range, and the value given (never Marathon's "got -3.0, expected 0.0 or more").
    void atLeast(const QString& field, const QString& what, double value, double min)
    {
        if (!std::isfinite(value))
            error(field, tr("%1 must be a number.").arg(what));
        else if (value < min)
            error(field,
                tr("%1 must be at least %2 (it is %3).")
                    .arg(what, OrderedJson::formatNumber(min), OrderedJson::formatNumber(value)));
    }
    void between(const QString& field, const QString& what, double value, double min, double max)
    {
        if (!std::isfinite(value))
            error(field, tr("%1 must be a number.").arg(what));
        else if (value < min || value > max)
            error(field,
                tr("%1 must be from %2 to %3 (it is %4).")
                    .arg(what, OrderedJson::formatNumber(min), OrderedJson::formatNumber(max),
                        OrderedJson::formatNumber(value)));
    }
    void optionalAtLeast(const QString& field, const QString& what, const std::optional<int>& value)
    {
        if (value)
            atLeast(field, what, *value, 0);
    }

    // env and labels: object keys, so non-empty and unique.
    void keyValues(const QString& base, const MarathonKeyValues& list, bool environment)
    {
        QSet<QString> seen;
        for (const MarathonKeyValue& kv : list) {
            if (kv.key.isEmpty()) {
                error(base,
                    environment ? tr("An environment variable needs a name: type one, or remove the row.")
                                : tr("A label needs a name: type one, or remove the row."));
                continue;
            }
            const QString field = base + u'/' + kv.key;
            if (seen.contains(kv.key))
                error(field,
                    environment ? tr("The environment variable %1 is set twice: rename or remove one.").arg(kv.key)
                                : tr("The label %1 is given twice: rename or remove one.").arg(kv.key));
            seen.insert(kv.key);
            if (environment && kv.key.contains(u'='))
                error(field, tr("The environment variable %1: a name cannot contain '='.").arg(kv.key));
            if (kv.key.contains(QChar(0)) || kv.value.contains(QChar(0)))
                error(field, tr("%1 must not contain NUL characters.").arg(kv.key));
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
        c.error({},
            tr("The application needs either a command or arguments (args), not both: edit the command on the "
               "Application tab."));
    // Marathon implements "must not be an empty string" as length > 1.
    if (app.cmd && app.cmd->size() <= 1)
        c.error(QStringLiteral("cmd"), tr("The command must not be empty (Marathon wants at least two characters)."));

    c.atLeast(QStringLiteral("cpus"), tr("CPUs"), app.cpus, 0.001); // RAML minimum; the old JSON Schema said 0
    // Marathon's server takes 0 MiB, but no task starts without memory (its own form asks for 32).
    if (std::isfinite(app.mem) && app.mem <= 0)
        c.error(QStringLiteral("mem"),
            tr("Memory must be more than 0 MiB (it is %1): a task without memory cannot start.")
                .arg(OrderedJson::formatNumber(app.mem)));
    else
        c.atLeast(QStringLiteral("mem"), tr("Memory"), app.mem, 0);
    c.atLeast(QStringLiteral("disk"), tr("Disk"), app.disk, 0);
    c.atLeast(QStringLiteral("instances"), tr("Instances"), app.instances, 0);
    if (app.user && app.user->isEmpty())
        c.error(
            QStringLiteral("user"), tr("The user must not be empty; leave it out to run as Marathon's default user."));

    c.keyValues(QStringLiteral("env"), app.env, true);
    c.keyValues(QStringLiteral("labels"), app.labels, false);

    for (qsizetype i = 0; i < app.fetch.size(); ++i) {
        const MarathonFetch& f = app.fetch[i];
        const QString at = QStringLiteral("fetch/%1").arg(i);
        if (f.uri.isEmpty())
            c.error(at + QStringLiteral("/uri"),
                tr("The fetch URI must not be empty: give the address the Mesos fetcher downloads from."));
        else if (f.uri.size() > 1024)
            c.error(at + QStringLiteral("/uri"),
                tr("The fetch URI is %1 characters long; Marathon allows at most 1024.").arg(f.uri.size()));
        if (f.destPath.size() > 1024)
            c.error(at + QStringLiteral("/destPath"),
                tr("The fetch destination path is %1 characters long; Marathon allows at most 1024.")
                    .arg(f.destPath.size()));
    }

    static const QRegularExpression nameRe(portNamePattern());
    static const QRegularExpression schemaNameRe(QStringLiteral("^[a-z][a-z0-9-]*$"));
    QSet<QString> names;
    QSet<int> ports;
    for (qsizetype i = 0; i < app.portDefinitions.size(); ++i) {
        const MarathonPortDefinition& p = app.portDefinitions[i];
        const QString at = QStringLiteral("portDefinitions/%1").arg(i);
        // The port as the Ports table shows it: by name, or by its row when it has none.
        const QString port = p.name.isEmpty() ? tr("Port %1 (no name)").arg(i + 1) : tr("Port %1").arg(p.name);
        c.between(at + QStringLiteral("/port"), tr("%1: the number").arg(port), p.port, 0, 65535);
        if (p.port != 0) {
            if (ports.contains(p.port))
                c.error(at + QStringLiteral("/port"),
                    tr("%1: the number %2 is used twice; give one of them another number, or 0 for any free port.")
                        .arg(port)
                        .arg(p.port));
            ports.insert(p.port);
        }
        if (!protocols().contains(p.protocol))
            c.error(at + QStringLiteral("/protocol"),
                tr("%1: the protocol must be tcp, udp or udp,tcp (it is \"%2\").").arg(port, p.protocol));
        if (!p.name.isEmpty()) {
            if (!nameRe.match(p.name).hasMatch())
                c.error(at + QStringLiteral("/name"),
                    tr("%1: a port name may use lower-case letters, digits and hyphens, and starts and ends with a "
                       "letter or digit.")
                        .arg(port));
            else if (!schemaNameRe.match(p.name).hasMatch())
                c.warning(at + QStringLiteral("/name"),
                    tr("%1: Marathon 1.7 and older want port names to start with a letter.").arg(port));
            if (names.contains(p.name))
                c.error(at + QStringLiteral("/name"),
                    tr("%1: the name is used twice; port names must be unique.").arg(port));
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
                tr("The health check's protocol must be one of %1 (it is \"%2\").")
                    .arg(healthCheckProtocols().join(QStringLiteral(", ")), h.protocol));
            continue;
        }
        if (h.protocol.startsWith(QStringLiteral("MESOS_")) && ++mesosChecks == 2)
            c.error(at + QStringLiteral("/protocol"),
                tr("An application can have at most one Mesos health check (MESOS_HTTP, MESOS_HTTPS, MESOS_TCP)."));
        const bool command = h.protocol == QStringLiteral("COMMAND");
        if (command) {
            if (!h.command || h.command->isEmpty())
                c.error(at + QStringLiteral("/command"), tr("A COMMAND health check needs a command."));
        } else {
            if (h.port && h.portIndex)
                c.error(at, tr("The health check names a port number and a port index: give one of them."));
            if (h.port)
                c.between(at + QStringLiteral("/port"), tr("The health check's port"), *h.port, 0, 65535);
            // Without either, Marathon uses port index 0.
            const int index = h.portIndex.value_or(0);
            if (!h.port && (index < 0 || index >= app.portDefinitions.size()))
                c.error(at + QStringLiteral("/portIndex"),
                    app.portDefinitions.isEmpty()
                        ? tr("The health check needs a port, and the application has none: add one on the Ports tab.")
                        : tr("The health check's port index must be from 0 to %1 (it is %2): pick one of the "
                             "application's ports.")
                              .arg(app.portDefinitions.size() - 1)
                              .arg(index));
        }
        if (h.path && !h.protocol.contains(QStringLiteral("HTTP")))
            c.warning(at + QStringLiteral("/path"), tr("Only HTTP and HTTPS health checks use a path."));
        c.optionalAtLeast(at + QStringLiteral("/gracePeriodSeconds"), tr("The grace period"), h.gracePeriodSeconds);
        c.optionalAtLeast(at + QStringLiteral("/intervalSeconds"), tr("The interval"), h.intervalSeconds);
        c.optionalAtLeast(at + QStringLiteral("/timeoutSeconds"), tr("The timeout"), h.timeoutSeconds);
        c.optionalAtLeast(
            at + QStringLiteral("/maxConsecutiveFailures"), tr("The failures allowed"), h.maxConsecutiveFailures);
    }

    for (qsizetype i = 0; i < app.constraints.size(); ++i) {
        const MarathonConstraint& k = app.constraints[i];
        const QString at = QStringLiteral("constraints/%1").arg(i);
        // As the Constraints table shows the row.
        const QString row = tr("Constraint %1").arg(i + 1);
        if (k.field.isEmpty())
            c.error(at + QStringLiteral("/0"), tr("%1 needs a field, such as hostname.").arg(row));
        if (!constraintOperators().contains(k.op)) {
            c.error(at + QStringLiteral("/1"),
                tr("%1: the operator must be one of %2 (it is \"%3\").")
                    .arg(row, constraintOperators().join(QStringLiteral(", ")), k.op));
            continue;
        }
        const QString valueAt = at + QStringLiteral("/2");
        if (k.op == QStringLiteral("UNIQUE")) {
            if (k.value)
                c.error(valueAt, tr("%1: UNIQUE takes no value; clear the value.").arg(row));
        } else if (k.op == QStringLiteral("LIKE") || k.op == QStringLiteral("UNLIKE")) {
            if (!k.value)
                c.error(valueAt, tr("%1: %2 needs a regular expression as its value.").arg(row, k.op));
            else if (const QRegularExpression re(*k.value); !re.isValid())
                c.error(valueAt, tr("%1: the value is not a regular expression (%2).").arg(row, re.errorString()));
        } else if (k.op == QStringLiteral("MAX_PER")) {
            if (!k.value || !isInteger(*k.value))
                c.error(valueAt, tr("%1: MAX_PER needs a whole number as its value.").arg(row));
        } else if (k.op == QStringLiteral("GROUP_BY")) {
            if (k.value && !isInteger(*k.value))
                c.error(valueAt, tr("%1: GROUP_BY takes a whole number or no value.").arg(row));
        } else if (k.op == QStringLiteral("IS")) {
            if (!k.value)
                c.error(valueAt, tr("%1: IS needs a value.").arg(row));
        }
    }

    if (app.taskKillGracePeriodSeconds && *app.taskKillGracePeriodSeconds < 0)
        c.error(QStringLiteral("taskKillGracePeriodSeconds"),
            tr("The kill grace period must be at least 0 seconds (it is %1).").arg(*app.taskKillGracePeriodSeconds));

    if (app.upgradeStrategy) {
        c.between(QStringLiteral("upgradeStrategy/minimumHealthCapacity"), tr("The minimum health capacity"),
            app.upgradeStrategy->minimumHealthCapacity, 0, 1);
        c.between(QStringLiteral("upgradeStrategy/maximumOverCapacity"), tr("The maximum over-capacity"),
            app.upgradeStrategy->maximumOverCapacity, 0, 1);
    }
    validateDeployment(app, c.problems);
    validateSecretsAndVolumes(app, c.problems);
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
            tr("The backoff must be 0 seconds or more (it is %1); it is how long Marathon waits before relaunching a "
               "failed task.")
                .arg(*app.backoffSeconds));
    if (app.backoffFactor) {
        if (!std::isfinite(*app.backoffFactor))
            error(QStringLiteral("backoffFactor"), tr("The backoff factor must be a finite number."));
        else if (*app.backoffFactor < 1)
            error(QStringLiteral("backoffFactor"),
                tr("The backoff factor must be at least 1 (it is %1); 1 keeps the wait the same after every failure, "
                   "more makes it grow.")
                    .arg(OrderedJson::formatNumber(*app.backoffFactor)));
    }
    if (app.maxLaunchDelaySeconds) {
        if (*app.maxLaunchDelaySeconds < 0)
            error(QStringLiteral("maxLaunchDelaySeconds"),
                tr("The longest launch delay must be 0 seconds or more (it is %1).").arg(*app.maxLaunchDelaySeconds));
        else if (*app.maxLaunchDelaySeconds < app.backoffSeconds.value_or(1))
            warning(QStringLiteral("maxLaunchDelaySeconds"),
                tr("The longest launch delay is shorter than the backoff (%1 s), so every relaunch waits only %2 s.")
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
            error(at, tr("A role needs a name, such as slave_public or * (unreserved resources)."));
        else if (role == QLatin1String(".") || role == QLatin1String(".."))
            error(at, tr("“%1” is not a role name.").arg(role));
        else if (role.startsWith(u'-'))
            error(at, tr("Role “%1”: a role name cannot start with “-”.").arg(role));
        else if (forbidden.match(role).hasMatch())
            error(at, tr("Role “%1”: a role name cannot contain spaces, tabs, line breaks or “/”.").arg(role));
        if (roles.contains(role))
            error(at, tr("Role “%1” is listed twice.").arg(role));
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
