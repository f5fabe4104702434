// SPDX-License-Identifier: Apache-2.0
#include "marathon/healthchecksettings.h"

#include "marathon/marathonvalidator.h"

#include <QCoreApplication>

namespace habmesos {

bool HealthCheckSettings::usesPath(const QString& protocol)
{
    return protocol.contains(QLatin1String("HTTP"));
}

bool HealthCheckSettings::usesPort(const QString& protocol)
{
    return protocol != QLatin1String("COMMAND");
}

bool HealthCheckSettings::usesCommand(const QString& protocol)
{
    return protocol == QLatin1String("COMMAND");
}

bool HealthCheckSettings::usesIgnoreHttp1xx(const QString& protocol)
{
    // Marathon's own HTTP checks only; Mesos' checks have no such setting.
    return protocol == QLatin1String("HTTP") || protocol == QLatin1String("HTTPS");
}

MarathonHealthCheck HealthCheckSettings::toMarathon(int portIndex) const
{
    MarathonHealthCheck h;
    h.protocol = protocol;
    if (usesPath(protocol) && !path.isEmpty())
        h.path = path;
    if (usesPort(protocol))
        h.portIndex = portIndex;
    if (usesCommand(protocol))
        h.command = command;
    h.gracePeriodSeconds = gracePeriodSeconds;
    h.intervalSeconds = intervalSeconds;
    h.timeoutSeconds = timeoutSeconds;
    h.maxConsecutiveFailures = maxConsecutiveFailures;
    if (usesIgnoreHttp1xx(protocol) && ignoreHttp1xx)
        h.ignoreHttp1xx = true;
    return h;
}

QStringList HealthCheckSettings::keys()
{
    return { QStringLiteral("protocol"), QStringLiteral("path"), QStringLiteral("portName"), QStringLiteral("command"),
        QStringLiteral("gracePeriodSeconds"), QStringLiteral("intervalSeconds"), QStringLiteral("timeoutSeconds"),
        QStringLiteral("maxConsecutiveFailures"), QStringLiteral("ignoreHttp1xx") };
}

Status HealthCheckSettings::set(const QString& key, const QString& value)
{
    auto seconds = [&](int* field) -> Status {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 0)
            return Status::failure(tr("%1 must be a whole number of 0 or more, not “%2”").arg(key, value));
        *field = n;
        return success();
    };
    if (key == QLatin1String("protocol")) {
        const QString upper = value.toUpper();
        if (!MarathonValidator::healthCheckProtocols().contains(upper))
            return Status::failure(
                tr("protocol must be one of %1, not “%2”")
                    .arg(MarathonValidator::healthCheckProtocols().join(QStringLiteral(", ")), value));
        protocol = upper;
    } else if (key == QLatin1String("path")) {
        path = value;
    } else if (key == QLatin1String("portName")) {
        portName = value;
    } else if (key == QLatin1String("command")) {
        command = value;
    } else if (key == QLatin1String("gracePeriodSeconds")) {
        return seconds(&gracePeriodSeconds);
    } else if (key == QLatin1String("intervalSeconds")) {
        return seconds(&intervalSeconds);
    } else if (key == QLatin1String("timeoutSeconds")) {
        return seconds(&timeoutSeconds);
    } else if (key == QLatin1String("maxConsecutiveFailures")) {
        return seconds(&maxConsecutiveFailures);
    } else if (key == QLatin1String("ignoreHttp1xx")) {
        if (value == QLatin1String("true"))
            ignoreHttp1xx = true;
        else if (value == QLatin1String("false"))
            ignoreHttp1xx = false;
        else
            return Status::failure(tr("ignoreHttp1xx must be true or false, not “%1”").arg(value));
    } else {
        return Status::failure(
            tr("unknown setting “%1”; the settings are %2").arg(key, keys().join(QStringLiteral(", "))));
    }
    return success();
}

} // namespace habmesos
