// SPDX-License-Identifier: Apache-2.0
#include "definition/appderivation.h"

#include "marathon/marathonjsonwriter.h"
#include "marathon/marathonvalidator.h"
#include "marathon/portplacement.h"

#include <algorithm>

namespace habmesos {

namespace {

void addSettingProblem(AppDerivation::Derived& out, AppDerivation::SettingProblem::Setting setting, QString message)
{
    out.settingProblems.append({ setting, std::move(message) });
}

// The operator's host numbers for named ports (requirePorts). The command finds its ports by name
// ($PORT<index>), so fixing a number keeps it right.
void applyPortNumbers(MarathonApp& app, const QList<ExportSettings::PortNumber>& numbers, AppDerivation::Derived& out)
{
    if (numbers.isEmpty())
        return;
    using Setting = AppDerivation::SettingProblem::Setting;
    for (const ExportSettings::PortNumber& wanted : numbers) {
        auto it = std::find_if(app.portDefinitions.begin(), app.portDefinitions.end(),
            [&](const MarathonPortDefinition& pd) { return pd.name == wanted.name; });
        if (it == app.portDefinitions.end()) {
            QStringList names;
            for (const MarathonPortDefinition& pd : app.portDefinitions)
                names.append(pd.name);
            addSettingProblem(out, Setting::PortNumbers,
                names.isEmpty() ? AppDerivation::tr("the app has no ports, so there is no port “%1”").arg(wanted.name)
                                : AppDerivation::tr("no port named “%1”; the app's ports are %2")
                                      .arg(wanted.name, names.join(QStringLiteral(", "))));
            return;
        }
        it->port = wanted.number;
        app.requirePorts = true;
    }
    // Fixed ports are all or nothing (PortPlacement): a number for some of them only cannot be placed.
    if (const QStringList dynamic = PortPlacement::dynamicPorts(app); !dynamic.isEmpty()) {
        addSettingProblem(out, Setting::PortNumbers,
            // Only the command line sets single numbers (the window edits whole ports), so its words.
            AppDerivation::tr("with fixed ports every port needs a number, and %1 would stay dynamic (which Marathon "
                              "cannot place with requirePorts); give each of them a --port too, or use --fixed-ports "
                              "and change the numbers you need with --port")
                .arg(dynamic.join(QStringLiteral(", "))));
    }
}

} // namespace

HabitatAppOptions AppDerivation::builderOptions(const HabitatPackageFacts& facts, const ExportSettings& settings)
{
    HabitatAppOptions options;
    options.supervisorPorts = settings.supervisorPorts;
    options.ports = settings.fixedPorts ? HabitatAppOptions::Ports::Fixed : HabitatAppOptions::Ports::Dynamic;
    options.healthCheck = settings.healthCheck;
    if (!settings.healthCheckChanges.isEmpty())
        options.healthCheckSettings
            = settings.healthCheckFor(HabitatAppBuilder::defaultHealthCheck(facts, settings.flavour));
    options.appId = settings.appId;
    options.killGracePeriodSeconds = settings.killGracePeriodSeconds;
    options.agentPorts = settings.agentPorts.isEmpty() ? PortPlacement::defaultAgentPorts() : settings.agentPorts;
    options.disk = settings.disk;
    options.flavour = settings.flavour;
    options.service = settings.service;
    return options;
}

QList<HabitatPackageFacts::Hart> AppDerivation::hartsOf(const ExportResult& result)
{
    QList<HabitatPackageFacts::Hart> harts;
    for (const ExportResult::Hart& hart : result.harts)
        harts.append({ hart.fileName, QString(), hart.bytes, hart.wave, hart.ident.toString() });
    return harts;
}

AppDerivation::Derived AppDerivation::derive(HabitatPackageFacts facts, const ExportSettings& settings)
{
    Derived out;
    facts.fetchUri = settings.fetchUriFor(facts.tarballFileName);
    facts.hartsLayout = settings.layout == DeploymentLayout::Harts;
    if (!facts.hartsLayout)
        facts.harts.clear();
    for (HabitatPackageFacts::Hart& hart : facts.harts)
        hart.fetchUri = settings.fetchUriFor(hart.fileName);
    HabitatAppOptions options = builderOptions(facts, settings);
    out.supervisorHealthCheck = HabitatAppBuilder::defaultHealthCheck(facts, settings.flavour);
    if (!settings.config.isEmpty()) {
        Result<HabitatConfig> config
            = HabitatConfig::parse(facts.defaultToml, HabitatAppBuilder::defaultTomlName(facts));
        if (!config) {
            addSettingProblem(out, SettingProblem::Setting::Config, config.error());
        } else {
            for (const ExportSettings::ConfigOverride& change : settings.config) {
                if (const Status status = config->setValue(change.keys, change.value); !status)
                    addSettingProblem(out, SettingProblem::Setting::Config, status.error()); // it names the key
            }
            options.config = config.value();
        }
    }

    HabitatAppBuilder::Build built = HabitatAppBuilder::build(facts, options);
    out.config = built.config;
    MarathonApp& app = built.app;
    app.cpus = settings.cpus;
    app.mem = settings.mem;
    app.instances = settings.instances;
    if (settings.portDefinitions) {
        app.portDefinitions = *settings.portDefinitions;
        app.cmd = HabitatAppBuilder::launchCommand(app, facts, out.config);
        // The check names its port: find it again among the edited ports.
        built.problems.removeIf(
            [](const FieldProblem& p) { return p.field.startsWith(QLatin1String("healthChecks")); });
        HabitatAppBuilder::placeHealthCheck(app, facts, options, built.problems);
    }
    applyPortNumbers(app, settings.portNumbers, out);
    if (settings.cmd)
        app.cmd = *settings.cmd;
    for (const MarathonKeyValue& kv : settings.env)
        app.setEnv(kv.key, kv.value);
    app.constraints = settings.constraints;
    app.labels = settings.labels;
    settings.deployment.applyTo(app);
    if (app.user && *app.user != QLatin1String("root") && !app.user->isEmpty())
        built.problems.append({ QStringLiteral("user"),
            tr("the launch command mounts the tarball's tree and chroots into it, which needs root: as “%1” the task "
               "fails at once unless the agents let that user do both. The Supervisor inside still runs the service "
               "as the package's own user (%2) either way")
                .arg(*app.user, facts.svcUser.isEmpty() ? tr("none: it is not a service") : facts.svcUser),
            FieldProblem::Severity::Warning });
    app.keptFields = settings.keptFields;
    HabitatAppBuilder::finish(app, facts, options, out.config, built.problems);
    out.app = std::move(app);

    for (const SettingProblem& problem : out.settingProblems)
        out.problems.append({ fieldOf(problem, facts), problem.message, FieldProblem::Severity::Error });
    out.problems += built.problems + MarathonValidator::validate(out.app);
    for (const QString& key : MarathonJsonWriter::keptConflicts(out.app, settings.flavour))
        out.problems.append({ key,
            tr("the opened definition's “%1” is kept as it was written, but the settings make this field too, so the "
               "kept value is left out; remove it from the JSON or change the setting")
                .arg(key),
            FieldProblem::Severity::Error });
    if (settings.flavour == MarathonFlavour::Legacy)
        out.problems += MarathonJsonWriter::legacyLosses(out.app);
    return out;
}

QString AppDerivation::fieldOf(const SettingProblem& problem, const HabitatPackageFacts& facts)
{
    switch (problem.setting) {
    case SettingProblem::Setting::PortNumbers:
        return QStringLiteral("portDefinitions");
    case SettingProblem::Setting::Config:
        return QStringLiteral("env/") + HabitatConfig::envVarName(facts.name);
    }
    return {};
}

} // namespace habmesos
