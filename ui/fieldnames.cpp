// SPDX-License-Identifier: Apache-2.0
#include "ui/fieldnames.h"

#include <QHash>

namespace habmesos {

namespace {

// The list a path indexes, one-based for a person; "" when `index` is not a number.
QString ordinal(const QString& index)
{
    bool ok = false;
    const int n = index.toInt(&ok);
    return ok && n >= 0 ? QString::number(n + 1) : QString();
}

} // namespace

QString FieldNames::readable(const QString& field, const MarathonApp& app)
{
    const QStringList parts = field.split(u'/');
    const QString head = parts.value(0);
    const QString second = parts.value(1);
    if (head == u"portDefinitions" || head == u"ports") {
        bool ok = false;
        const int index = second.toInt(&ok);
        if (ok && index >= 0 && index < app.portDefinitions.size() && !app.portDefinitions[index].name.isEmpty())
            return tr("Port %1").arg(app.portDefinitions[index].name);
        return ordinal(second).isEmpty() ? tr("Ports") : tr("Port %1").arg(ordinal(second));
    }
    if (head == u"env" && !second.isEmpty())
        return tr("Environment variable %1").arg(second);
    if (head == u"labels" && !second.isEmpty())
        return tr("Label %1").arg(second);
    if (head == u"constraints")
        return ordinal(second).isEmpty() ? tr("Placement") : tr("Constraint %1").arg(ordinal(second));
    if (head == u"fetch" || head == u"uris")
        return ordinal(second).isEmpty() ? tr("Downloads") : tr("Download %1").arg(ordinal(second));
    if (head == u"service" && second == u"binds" && parts.size() > 2)
        return tr("Bind %1").arg(parts.value(2));
    static const QHash<QString, const char*> names {
        { QStringLiteral("id"), QT_TR_NOOP("Application ID") },
        { QStringLiteral("cpus"), QT_TR_NOOP("CPUs") },
        { QStringLiteral("mem"), QT_TR_NOOP("Memory") },
        { QStringLiteral("disk"), QT_TR_NOOP("Disk") },
        { QStringLiteral("instances"), QT_TR_NOOP("Instances") },
        { QStringLiteral("cmd"), QT_TR_NOOP("Command") },
        { QStringLiteral("user"), QT_TR_NOOP("Task user") },
        { QStringLiteral("healthChecks"), QT_TR_NOOP("Health check") },
        { QStringLiteral("upgradeStrategy"), QT_TR_NOOP("Upgrade strategy") },
        { QStringLiteral("unreachableStrategy"), QT_TR_NOOP("Unreachable strategy") },
        { QStringLiteral("backoffSeconds"), QT_TR_NOOP("Backoff") },
        { QStringLiteral("backoffFactor"), QT_TR_NOOP("Backoff factor") },
        { QStringLiteral("maxLaunchDelaySeconds"), QT_TR_NOOP("Maximum launch delay") },
        { QStringLiteral("acceptedResourceRoles"), QT_TR_NOOP("Accepted roles") },
        { QStringLiteral("taskKillGracePeriodSeconds"), QT_TR_NOOP("Kill grace period") },
        { QStringLiteral("requirePorts"), QT_TR_NOOP("Ports") },
        { QStringLiteral("container"), QT_TR_NOOP("Container") },
        { QStringLiteral("secrets"), QT_TR_NOOP("Secrets") },
        { QStringLiteral("service"), QT_TR_NOOP("Services") },
        { QStringLiteral("output"), QT_TR_NOOP("Output") },
        { QStringLiteral("config"), QT_TR_NOOP("Configuration") },
    };
    const auto it = names.constFind(head);
    return it == names.constEnd() ? field : tr(it.value());
}

} // namespace habmesos
