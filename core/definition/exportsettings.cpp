// SPDX-License-Identifier: Apache-2.0
#include "definition/exportsettings.h"

#include "marathon/habitatconfig.h"
#include "package/packageident.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace habmesos {

namespace {

// A health check field as `--health-check KEY=VALUE` writes it (the inverse of HealthCheckSettings::set).
QString healthCheckValue(const HealthCheckSettings& h, const QString& key)
{
    if (key == QLatin1String("protocol"))
        return h.protocol;
    if (key == QLatin1String("path"))
        return h.path;
    if (key == QLatin1String("portName"))
        return h.portName;
    if (key == QLatin1String("command"))
        return h.command;
    if (key == QLatin1String("gracePeriodSeconds"))
        return QString::number(h.gracePeriodSeconds);
    if (key == QLatin1String("intervalSeconds"))
        return QString::number(h.intervalSeconds);
    if (key == QLatin1String("timeoutSeconds"))
        return QString::number(h.timeoutSeconds);
    if (key == QLatin1String("maxConsecutiveFailures"))
        return QString::number(h.maxConsecutiveFailures);
    if (key == QLatin1String("ignoreHttp1xx"))
        return h.ignoreHttp1xx ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace

QString ExportSettings::defaultSegmentCache()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/habmesos/segments");
}

HealthCheckSettings ExportSettings::healthCheckFor(const HealthCheckSettings& base) const
{
    HealthCheckSettings check = base;
    for (const MarathonKeyValue& kv : healthCheckChanges) {
        // Checked when they were set (ExportArguments, the document); a stale one changes nothing.
        (void)check.set(kv.key, kv.value);
    }
    return check;
}

MarathonKeyValues ExportSettings::healthCheckChangesFor(
    const HealthCheckSettings& base, const HealthCheckSettings& wanted)
{
    MarathonKeyValues changes;
    for (const QString& key : HealthCheckSettings::keys()) {
        const QString value = healthCheckValue(wanted, key);
        if (value != healthCheckValue(base, key))
            changes.append({ key, value });
    }
    return changes;
}

QList<ExportSettings::ConfigOverride> ExportSettings::configChanges(const HabitatConfig& changed)
{
    QList<ConfigOverride> overrides;
    for (const HabitatConfig::Entry& e : changed.entries()) {
        if (e.changed)
            overrides.append({ e.keys, e.value });
    }
    return overrides;
}

QString ExportSettings::tarballFileName(const PackageIdent& ident) const
{
    return ident.archiveStem() + tarballSuffix(format);
}

QString ExportSettings::tarballPath(const PackageIdent& ident) const
{
    return QDir(outputDir.isEmpty() ? QDir::currentPath() : outputDir).absoluteFilePath(tarballFileName(ident));
}

QString ExportSettings::fetchUriFor(const QString& tarballName) const
{
    if (fetchUri && !fetchUri->isEmpty()) {
        if (fetchUri->endsWith(u'/'))
            return *fetchUri + tarballName;
        return layout == DeploymentLayout::Harts ? *fetchUri + u'/' + tarballName : *fetchUri;
    }
    // A real location, never an empty string: agents that see the same path (shared storage) can
    // fetch it as it is; anything else needs an upload or a URI agents can reach.
    return QUrl::fromLocalFile(
        QDir(outputDir.isEmpty() ? QDir::currentPath() : outputDir).absoluteFilePath(tarballName))
        .toString();
}

ExportOptions ExportSettings::exportOptions() const
{
    ExportOptions options;
    options.package = package;
    options.artifactCache = sources.artifactCache;
    options.keyDir = sources.keyDir;
    options.installedRoot = sources.installedRoot;
    options.useInstalled = sources.useInstalled;
    options.outputDir = outputDir;
    options.format = format;
    options.layout = layout;
    options.agentFetcher = agentFetcher;
    options.allowUnverified = allowUnverified;
    options.segmentCache = segmentCache.value_or(QString());
    options.supervisor = supervisor;
    return options;
}

ExportSettings ExportSettings::forDeployTo(const QUrl& marathon) const
{
    ExportSettings s = *this;
    if (s.service.marathonUrl.isEmpty() && marathon.isValid())
        s.service.marathonUrl = marathon.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return s;
}

} // namespace habmesos
