// SPDX-License-Identifier: Apache-2.0
// ExportArguments::decode: parsed `habmesos export` arguments to ExportSettings. Every value is
// checked here, before any work, so a typo fails fast with the option's name.
#include "definition/exportarguments.h"

#include "marathon/habitatappbuilder.h"
#include "marathon/habitatconfig.h"
#include "marathon/marathonconstrainttext.h"
#include "marathon/marathonvalidator.h"
#include "package/demopackages.h"

#include <cmath>
#include <limits>

namespace habmesos {

namespace {

Result<ExportSettings> usage(const QString& message)
{
    return Result<ExportSettings>::failure(ErrorKind::Invalid, message);
}

// The values of a repeatable KEY=VALUE option; the error names the first that is not one.
Result<MarathonKeyValues> keyValuesOf(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    MarathonKeyValues out;
    for (const QString& pair : parser.values(option)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return Result<MarathonKeyValues>::failure(
                ExportArguments::tr("%1: “%2” is not KEY=VALUE").arg(ExportArguments::dashed(option), pair));
        out.append({ pair.left(eq), pair.mid(eq + 1) });
    }
    return out;
}

// --opt given, else the environment variable (as the original script's ${CPU:=0.5}), else the default.
QString optionOrEnv(const QCommandLineParser& parser, const QCommandLineOption& option,
    const QProcessEnvironment& environment, const char* variable, const QString& fallback)
{
    if (parser.isSet(option))
        return parser.value(option);
    const QString fromEnv = environment.value(QLatin1String(variable));
    return fromEnv.isEmpty() ? fallback : fromEnv;
}

// The validator's errors on `prefix` for a scratch app holding one value: the command line says
// what the window says.
QString firstError(const MarathonApp& scratch, const QString& prefix)
{
    for (const FieldProblem& p : MarathonValidator::validate(scratch)) {
        if (p.severity == FieldProblem::Severity::Error && p.field.startsWith(prefix))
            return p.message;
    }
    return {};
}

// --upgrade-*, --backoff*, --max-launch-delay, --accepted-role, --user, --fetch.
Result<DeploymentOptions> decodeDeployment(const ExportArguments& o, const QCommandLineParser& parser)
{
    using R = Result<DeploymentOptions>;
    DeploymentOptions d;
    auto number = [&](const QCommandLineOption& option, double min, double max, bool whole) -> Result<double> {
        const QString text = parser.value(option).trimmed();
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value) || (whole && value != std::floor(value)))
            return Result<double>::failure((whole ? ExportArguments::tr("%1: “%2” is not a whole number of seconds")
                                                  : ExportArguments::tr("%1: “%2” is not a number"))
                                               .arg(ExportArguments::dashed(option), text));
        if (value < min || value > max)
            return Result<double>::failure((max == std::numeric_limits<int>::max()
                    ? ExportArguments::tr("%1: %2 is less than %3").arg(ExportArguments::dashed(option), text).arg(min)
                    : ExportArguments::tr("%1: %2 is not between %3 and %4")
                          .arg(ExportArguments::dashed(option), text)
                          .arg(min)
                          .arg(max)));
        return value;
    };
    constexpr double intMax = std::numeric_limits<int>::max();
    if (parser.isSet(o.upgradeMinHealth) || parser.isSet(o.upgradeMaxOver)) {
        MarathonUpgradeStrategy strategy; // the one not given keeps Marathon's 1
        for (auto [option, member] :
            { std::pair { &o.upgradeMinHealth, &MarathonUpgradeStrategy::minimumHealthCapacity },
                std::pair { &o.upgradeMaxOver, &MarathonUpgradeStrategy::maximumOverCapacity } }) {
            if (!parser.isSet(*option))
                continue;
            const auto value = number(*option, 0, 1, false);
            if (!value)
                return R::failure(ErrorKind::Invalid, value.error());
            strategy.*member = *value;
        }
        d.upgradeStrategy = strategy;
    }
    if (parser.isSet(o.backoff)) {
        const auto value = number(o.backoff, 0, intMax, true);
        if (!value)
            return R::failure(ErrorKind::Invalid, value.error());
        d.backoffSeconds = int(*value);
    }
    if (parser.isSet(o.backoffFactor)) {
        const auto value = number(o.backoffFactor, 1, std::numeric_limits<double>::max(), false);
        if (!value)
            return R::failure(ErrorKind::Invalid,
                parser.value(o.backoffFactor).toDouble() < 1
                    ? ExportArguments::tr("%1: the backoff factor must be at least 1 (1 keeps the wait the same after "
                                          "every failure); got %2")
                          .arg(ExportArguments::dashed(o.backoffFactor), parser.value(o.backoffFactor))
                    : value.error());
        d.backoffFactor = *value;
    }
    if (parser.isSet(o.maxLaunchDelay)) {
        const auto value = number(o.maxLaunchDelay, 0, intMax, true);
        if (!value)
            return R::failure(ErrorKind::Invalid, value.error());
        d.maxLaunchDelaySeconds = int(*value);
    }
    MarathonApp scratch;
    scratch.acceptedResourceRoles = parser.values(o.acceptedRole);
    if (const QString error = firstError(scratch, QStringLiteral("acceptedResourceRoles")); !error.isEmpty())
        return R::failure(ErrorKind::Invalid, ExportArguments::dashed(o.acceptedRole) + QStringLiteral(": ") + error);
    d.acceptedResourceRoles = scratch.acceptedResourceRoles;
    if (parser.isSet(o.taskUser)) {
        const QString name = parser.value(o.taskUser).trimmed();
        if (name.isEmpty())
            return R::failure(ErrorKind::Invalid,
                ExportArguments::tr("%1: give a user name, or leave the option out to run the task as root")
                    .arg(ExportArguments::dashed(o.taskUser)));
        d.user = name;
    }
    for (const QString& text : parser.values(o.fetch)) {
        const auto parsed = DeploymentOptions::parseFetch(text);
        if (!parsed)
            return R::failure(
                ErrorKind::Invalid, ExportArguments::dashed(o.fetch) + QStringLiteral(": ") + parsed.error());
        scratch.fetch = { *parsed };
        if (const QString error = firstError(scratch, QStringLiteral("fetch/0")); !error.isEmpty())
            return R::failure(ErrorKind::Invalid, ExportArguments::dashed(o.fetch) + QStringLiteral(": ") + error);
        d.extraFetch.append(*parsed);
    }
    return d;
}

} // namespace

Result<ExportSettings> ExportArguments::decode(
    const QCommandLineParser& parser, const QProcessEnvironment& environment) const
{
    ExportSettings s;
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(demo)) {
        const auto location = DemoPackages::ensure();
        if (!location)
            return location.errorInfo();
        s.sources = { location->artifactCache, location->keyDir, QString(), false }; // the demo stands alone
        if (positional.isEmpty())
            positional.append(location->package);
    } else {
        // Empty: Habitat's own (HabPaths), decided where they are used.
        s.sources.artifactCache = parser.value(cacheDir);
        s.sources.keyDir = parser.value(keyDir);
        s.sources.installedRoot = parser.value(pkgsDir);
        s.sources.useInstalled = !parser.isSet(noInstalled);
    }
    if (positional.size() != 1)
        return usage(positional.isEmpty() ? tr("name one package (an ident or a .hart file)")
                                          : tr("name exactly one package; got %1").arg(positional.join(u' ')));
    s.package = positional.first();
    s.allowUnverified = parser.isSet(allowUnverified);

    // Resources: the option, else the variable of the original exporter, else the default.
    auto number = [&](const QCommandLineOption& option, const char* variable, const QString& fallback) {
        const QString text = optionOrEnv(parser, option, environment, variable, fallback).trimmed();
        bool ok = false;
        const double value = text.toDouble(&ok);
        return ok ? Result<double>(value)
                  : Result<double>::failure(tr("%1: “%2” is not a number").arg(dashed(option), text));
    };
    const auto cpus = number(cpu, "CPU", QString::number(MarathonApp::DefaultCpus));
    const auto memory = number(mem, "MEM", QString::number(MarathonApp::DefaultMem));
    const auto count = number(instances, "INSTANCES", QString::number(MarathonApp::DefaultInstances));
    for (const Result<double>* value : { &cpus, &memory, &count }) {
        if (!*value)
            return usage(value->error());
    }
    if (*count != std::floor(*count))
        return usage(tr("%1: “%2” is not a whole number").arg(dashed(instances)).arg(*count));
    if (std::abs(*count) > std::numeric_limits<int>::max())
        return usage(tr("%1: %2 is too large").arg(dashed(instances)).arg(*count));
    s.cpus = *cpus;
    s.mem = *memory;
    s.instances = int(*count);
    // Given (--disk or $DISK, 0 included) it is the operator's; unset or "auto", sized from the package.
    if (const QString text = optionOrEnv(parser, disk, environment, "DISK", QString()).trimmed();
        !text.isEmpty() && text != QLatin1String("auto")) {
        const auto value = number(disk, "DISK", QString());
        if (!value)
            return usage(value.error());
        s.disk = *value;
    }
    if (parser.isSet(killGracePeriod)) {
        bool ok = false;
        const int seconds = parser.value(killGracePeriod).toInt(&ok);
        if (!ok || seconds < 0 || seconds > HabitatAppBuilder::MaxKillGracePeriod)
            return usage(tr("%1: “%2” is not a whole number of seconds from 0 to %3")
                             .arg(dashed(killGracePeriod), parser.value(killGracePeriod))
                             .arg(HabitatAppBuilder::MaxKillGracePeriod));
        s.killGracePeriodSeconds = seconds;
    }

    // The application.
    s.appId = parser.value(appId);
    const auto envPairs = keyValuesOf(parser, env);
    const auto labelPairs = keyValuesOf(parser, label);
    const auto configPairs = keyValuesOf(parser, config);
    const auto healthCheckPairs = keyValuesOf(parser, healthCheck);
    for (const auto* pairs : { &envPairs, &labelPairs, &configPairs, &healthCheckPairs }) {
        if (!*pairs)
            return usage(pairs->error());
    }
    s.env = *envPairs;
    s.labels = *labelPairs;
    // Values are checked as TOML now; their keys when the package's default.toml is known (AppDerivation).
    for (const MarathonKeyValue& kv : *configPairs) {
        const QStringList keys = HabitatConfig::splitExportPath(kv.key.trimmed());
        if (keys.isEmpty())
            return usage(tr("%1: “%2” is not a configuration key").arg(dashed(config), kv.key));
        HabitatConfig scratch;
        if (const Status status = scratch.setValue(keys, kv.value); !status)
            return usage(dashed(config) + QStringLiteral(": ") + status.error()); // the error names the key
        s.config.append({ keys, kv.value });
    }
    for (const QString& pair : parser.values(port)) {
        const qsizetype eq = pair.indexOf(u'=');
        bool ok = false;
        const int value = eq > 0 ? pair.mid(eq + 1).toInt(&ok) : 0;
        if (eq <= 0 || !ok || value < 1 || value > 65535)
            return usage(tr("%1: “%2” is not NAME=NUMBER with a port number from 1 to 65535").arg(dashed(port), pair));
        s.portNumbers.append({ pair.left(eq), value });
    }
    s.supervisorPorts = !parser.isSet(noSupervisorPorts);
    s.fixedPorts = parser.isSet(fixedPorts);
    if (parser.isSet(agentPorts)) {
        s.agentPorts.clear();
        for (const QString& text : parser.values(agentPorts)) {
            const auto ranges = PortPlacement::parseRanges(text);
            if (!ranges)
                return usage(dashed(agentPorts) + QStringLiteral(": ") + ranges.error());
            s.agentPorts += *ranges;
        }
    }
    for (const MarathonKeyValue& kv : *healthCheckPairs) {
        HealthCheckSettings scratch; // checked now, applied to the package's own check (AppDerivation)
        if (const Status status = scratch.set(kv.key, kv.value); !status)
            return usage(dashed(healthCheck) + QStringLiteral(": ") + status.error());
    }
    if (!healthCheckPairs->isEmpty() && parser.isSet(noHealthCheck))
        return usage(tr("%1 and %2 contradict each other").arg(dashed(healthCheck), dashed(noHealthCheck)));
    s.healthCheckChanges = *healthCheckPairs;
    // As `hab pkg export mesos` users know it: the Supervisor's check comes with its ports.
    s.healthCheck = !s.healthCheckChanges.isEmpty() || (s.supervisorPorts && !parser.isSet(noHealthCheck));
    for (const QString& text : parser.values(constraint)) {
        const auto parsed = MarathonConstraintText::parse(text);
        if (!parsed)
            return usage(dashed(constraint) + QStringLiteral(": ") + parsed.error());
        s.constraints.append(*parsed);
    }
    if (parser.isSet(uri))
        s.fetchUri = parser.value(uri);
    s.flavour = parser.isSet(legacyJson) ? MarathonFlavour::Legacy : MarathonFlavour::Current;
    const auto deployment = decodeDeployment(*this, parser);
    if (!deployment)
        return usage(deployment.error());
    s.deployment = *deployment;
    const auto service = decodeService(parser);
    if (!service)
        return usage(service.error());
    s.service = *service;

    // The tarball.
    s.outputDir = parser.value(outputDir);
    const auto tarballFormat = tarballFormatForFileName(QStringLiteral("x.") + parser.value(format));
    if (!tarballFormat)
        return usage(tr("%1: “%2” is not one of tgz, txz, tar").arg(dashed(format), parser.value(format)));
    s.format = *tarballFormat;
    const QString layoutName = parser.value(layout);
    if (layoutName != QLatin1String("tarball") && layoutName != QLatin1String("harts"))
        return usage(tr("%1: “%2” is not one of tarball, harts").arg(dashed(layout), layoutName));
    s.layout = layoutName == QLatin1String("harts") ? DeploymentLayout::Harts : DeploymentLayout::Tarball;
    // Only the fetcher's generation matters: 1.7 stands for "1.7 or later", 1.6 for "1.6 or earlier".
    const QString agents = parser.value(mesosAgents);
    if (agents != QLatin1String("1.6") && agents != QLatin1String("1.7"))
        return usage(
            tr("%1: “%2” is not one of 1.6 (1.6 or earlier), 1.7 (1.7 or later)").arg(dashed(mesosAgents), agents));
    s.agentFetcher = agents == QLatin1String("1.6") ? AgentFetcher::GnuTar : AgentFetcher::Libarchive;
    if (parser.isSet(noSegmentCache))
        s.segmentCache.reset();
    else if (parser.isSet(segmentCache))
        s.segmentCache = parser.value(segmentCache);
    for (const SupervisorPackages::Part part : SupervisorPackages::parts)
        s.supervisor[part] = parser.value(supervisorOption(part)).trimmed();
    return s;
}

} // namespace habmesos
