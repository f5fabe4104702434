// SPDX-License-Identifier: Apache-2.0
// ExportArguments::encode: ExportSettings to `habmesos export` arguments that decode back to them
// (tests/definition/tst_exportarguments.cpp checks the round trip).
#include "definition/exportarguments.h"

#include "marathon/habitatappbuilder.h"
#include "marathon/habitatconfig.h"
#include "marathon/marathonconstrainttext.h"
#include "package/habpaths.h"

#include <QCborValue>

#include <QDir>
#include <QLocale>

namespace habmesos {

ExportArguments::Encoded ExportArguments::encode(const ExportSettings& s)
{
    const ExportArguments o;
    Encoded out;
    QStringList& a = out.arguments;
    auto option = [&a](const QCommandLineOption& opt, const QString& value) { a.append(dashed(opt) + u'=' + value); };
    auto set = [&a](const QCommandLineOption& opt) { a.append(dashed(opt)); };
    auto differs = [](const QString& path, const QString& standard) {
        return QDir::cleanPath(path) != QDir::cleanPath(standard);
    };
    // Empty or Habitat's own: the command finds the same without the option.
    auto folder = [&](const QCommandLineOption& opt, const QString& path, const QString& standard) {
        if (!path.isEmpty() && differs(path, standard))
            option(opt, path);
    };
    auto number = [](double value) { return QString::number(value, 'g', QLocale::FloatingPointShortest); };

    folder(o.cacheDir, s.sources.artifactCache, HabPaths::artifactCache());
    folder(o.keyDir, s.sources.keyDir, HabPaths::keyCache());
    folder(o.pkgsDir, s.sources.installedRoot, HabPaths::installedPackages());
    if (!s.sources.useInstalled)
        set(o.noInstalled);
    if (s.allowUnverified)
        set(o.allowUnverified);

    // Always the resources: the command would otherwise take $CPU and the like.
    option(o.cpu, number(s.cpus));
    option(o.mem, number(s.mem));
    option(o.disk, s.disk ? number(*s.disk) : QStringLiteral("auto"));
    option(o.instances, QString::number(s.instances));
    if (s.killGracePeriodSeconds)
        option(o.killGracePeriod, QString::number(*s.killGracePeriodSeconds));

    if (!s.appId.isEmpty())
        option(o.appId, s.appId);
    for (const MarathonKeyValue& kv : s.env)
        option(o.env, kv.key + u'=' + kv.value);
    for (const ExportSettings::ConfigOverride& change : s.config) {
        const QString key = HabitatConfig::dottedKey(change.keys);
        if (HabitatConfig::splitExportPath(key) == change.keys)
            option(o.config, key + u'=' + change.value);
        else
            out.notExpressed.append(tr("the configuration key %1").arg(key));
    }
    for (const ExportSettings::PortNumber& fixed : s.portNumbers)
        option(o.port, fixed.name + u'=' + QString::number(fixed.number));
    if (!s.supervisorPorts)
        set(o.noSupervisorPorts);
    if (s.fixedPorts)
        set(o.fixedPorts);
    if (!s.agentPorts.isEmpty() && s.agentPorts != PortPlacement::defaultAgentPorts())
        option(o.agentPorts, PortPlacement::formatRanges(s.agentPorts).remove(u' '));
    if (s.portDefinitions)
        out.notExpressed.append(tr("the edited ports"));
    if (!s.healthCheck) {
        // Without the Supervisor's ports the command line has no check unless it is changed.
        if (s.supervisorPorts)
            set(o.noHealthCheck);
    } else if (!s.healthCheckChanges.isEmpty()) {
        for (const MarathonKeyValue& kv : s.healthCheckChanges)
            option(o.healthCheck, kv.key + u'=' + kv.value);
    } else if (!s.supervisorPorts) {
        // The Supervisor's check without its ports (the builder says what that costs): a change that
        // changes nothing keeps the check on.
        const QString protocol = HabitatAppBuilder::defaultHealthCheck({}, s.flavour).protocol;
        option(o.healthCheck, QStringLiteral("protocol=") + protocol);
    }
    for (const MarathonConstraint& c : s.constraints)
        option(o.constraint, MarathonConstraintText::format(c));
    for (const MarathonKeyValue& kv : s.labels)
        option(o.label, kv.key + u'=' + kv.value);
    if (s.cmd)
        out.notExpressed.append(tr("the hand-edited command"));
    if (s.fetchUri)
        option(o.uri, *s.fetchUri);
    if (!s.keptFields.isEmpty()) {
        QStringList kept;
        for (const QCborValue& key : s.keptFields.keys())
            kept.append(key.toString());
        out.notExpressed.append(
            tr("the fields kept from the opened definition (%1)").arg(kept.join(QStringLiteral(", "))));
    }
    if (s.flavour == MarathonFlavour::Legacy)
        set(o.legacyJson);
    const DeploymentOptions& d = s.deployment;
    if (d.upgradeStrategy) {
        option(o.upgradeMinHealth, number(d.upgradeStrategy->minimumHealthCapacity));
        option(o.upgradeMaxOver, number(d.upgradeStrategy->maximumOverCapacity));
    }
    if (d.backoffSeconds)
        option(o.backoff, QString::number(*d.backoffSeconds));
    if (d.backoffFactor)
        option(o.backoffFactor, number(*d.backoffFactor));
    if (d.maxLaunchDelaySeconds)
        option(o.maxLaunchDelay, QString::number(*d.maxLaunchDelaySeconds));
    for (const QString& role : d.acceptedResourceRoles)
        option(o.acceptedRole, role);
    if (d.user)
        option(o.taskUser, *d.user);
    for (const MarathonFetch& f : d.extraFetch) {
        if (const std::optional<QString> text = DeploymentOptions::formatFetch(f))
            option(o.fetch, *text);
        else
            out.notExpressed.append(tr("the download %1").arg(f.uri));
    }

    encodeService(o, s.service, out);

    // The folder as an absolute path: the default fetch URI names it, and a script runs elsewhere.
    option(o.outputDir, QDir(s.outputDir.isEmpty() ? QDir::currentPath() : s.outputDir).absolutePath());
    if (s.format != TarballFormat::Gzip)
        option(o.format, tarballSuffix(s.format).mid(1));
    if (s.layout == DeploymentLayout::Harts)
        option(o.layout, QStringLiteral("harts"));
    if (s.agentFetcher == AgentFetcher::GnuTar)
        option(o.mesosAgents, QStringLiteral("1.6"));
    if (!s.segmentCache)
        set(o.noSegmentCache);
    else if (differs(*s.segmentCache, ExportSettings::defaultSegmentCache()))
        option(o.segmentCache, *s.segmentCache);
    for (const SupervisorPackages::Part part : SupervisorPackages::parts) {
        if (!s.supervisor[part].isEmpty())
            option(o.supervisorOption(part), s.supervisor[part]);
    }
    // The package last, as `habmesos export --help` shows it.
    a.append(s.package);
    return out;
}

} // namespace habmesos
