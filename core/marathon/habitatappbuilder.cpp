// SPDX-License-Identifier: Apache-2.0
#include "marathon/habitatappbuilder.h"
#include "dnslabel.h"

#include "marathon/habitatlaunchcommand.h"
#include "marathon/habitatserviceapp.h"
#include "marathon/marathonappid.h"

#include <QCoreApplication>
#include <QUrl>

namespace habmesos {

namespace {

void warn(FieldProblems& problems, const QString& field, const QString& message)
{
    problems.append({ field, message, FieldProblem::Severity::Warning });
}

void error(FieldProblems& problems, const QString& field, const QString& message)
{
    problems.append({ field, message, FieldProblem::Severity::Error });
}

// The value in default.toml is this port number (8080, "8080" or '8080').
bool valueIsPort(const QString& tomlValue, int port)
{
    QString v = tomlValue.trimmed();
    if (v.size() >= 2 && (v.front() == u'"' || v.front() == u'\'') && v.back() == v.front())
        v = v.mid(1, v.size() - 2);
    bool ok = false;
    return v.toInt(&ok) == port && ok;
}

// The Mesos fetcher decides by the downloaded file's name whether to extract it (Mesos fetcher.md).
bool hasArchiveSuffix(const QString& fileName)
{
    static const QStringList suffixes { QStringLiteral(".tar"), QStringLiteral(".tar.gz"), QStringLiteral(".tar.bz2"),
        QStringLiteral(".tar.xz"), QStringLiteral(".gz"), QStringLiteral(".tgz"), QStringLiteral(".tbz2"),
        QStringLiteral(".txz"), QStringLiteral(".zip") };
    for (const QString& s : suffixes) {
        if (fileName.endsWith(s))
            return true;
    }
    return false;
}

int portIndex(const MarathonApp& app, const QString& name)
{
    for (qsizetype i = 0; i < app.portDefinitions.size(); ++i) {
        if (app.portDefinitions[i].name == name)
            return int(i);
    }
    return -1;
}

} // namespace

QList<HabitatAppBuilder::PlannedPort> HabitatAppBuilder::planPorts(
    const HabitatPackageFacts& facts, const HabitatConfig& config)
{
    QList<PlannedPort> plan;
    QStringList names { gossipPortName(), httpPortName(), controlPortName() }; // reserved even when not exposed
    QList<int> seen;
    for (int port : facts.exposes) {
        if (seen.contains(port))
            continue;
        seen.append(port);
        PlannedPort planned;
        planned.port = port;
        QString exportName = QStringLiteral("port-%1").arg(port);
        for (const auto& [name, path] : facts.exports) {
            const QStringList keys = HabitatConfig::splitExportPath(path);
            const std::optional<QString> value = config.defaultValue(keys);
            if (value && valueIsPort(*value, port)) {
                exportName = name;
                planned.configKeys = keys;
                break;
            }
        }
        planned.name = portName(exportName, names);
        names.append(planned.name);
        plan.append(planned);
    }
    return plan;
}

QString HabitatAppBuilder::launchCommand(
    const MarathonApp& app, const HabitatPackageFacts& facts, const HabitatConfig& config)
{
    HabitatLaunchCommand::Spec spec;
    spec.serviceIdent = facts.origin + u'/' + facts.name;
    spec.configEnvVar = HabitatConfig::envVarName(facts.name);
    auto index = [&](const QString& name) -> std::optional<int> {
        const int i = portIndex(app, name);
        return i >= 0 ? std::optional<int>(i) : std::nullopt;
    };
    spec.gossipPortIndex = index(gossipPortName());
    spec.httpPortIndex = index(httpPortName());
    spec.controlPortIndex = index(controlPortName());
    for (const auto& [keys, i] : wiredConfigKeys(app, facts, config))
        spec.configPorts.append({ HabitatConfig::dottedKey(keys), i });
    if (facts.hartsLayout) {
        for (const HabitatPackageFacts::Hart& hart : facts.harts) {
            const int wave = std::max(hart.wave, 0);
            while (spec.installWaves.size() <= wave)
                spec.installWaves.append(QStringList());
            spec.installWaves[wave].append(hart.ident);
        }
        spec.installWaves.removeAll(QStringList());
    }
    return HabitatLaunchCommand::build(spec);
}

QList<std::pair<QStringList, int>> HabitatAppBuilder::wiredConfigKeys(
    const MarathonApp& app, const HabitatPackageFacts& facts, const HabitatConfig& config)
{
    QList<std::pair<QStringList, int>> out;
    for (const PlannedPort& planned : planPorts(facts, config)) {
        const int i = portIndex(app, planned.name);
        if (planned.configKeys && i >= 0)
            out.append({ *planned.configKeys, i });
    }
    return out;
}

QString HabitatAppBuilder::portName(QStringView exportName, const QStringList& taken)
{
    QString name = DnsLabel::slug(exportName);
    if (name.isEmpty() || !name.front().isLetter())
        name.prepend(name.isEmpty() ? QStringLiteral("port") : QStringLiteral("port-"));
    QString unique = name;
    for (int n = 2; taken.contains(unique); ++n)
        unique = QStringLiteral("%1-%2").arg(name).arg(n);
    return unique;
}

HabitatAppBuilder::Build HabitatAppBuilder::build(const HabitatPackageFacts& facts, const HabitatAppOptions& options)
{
    Build out;
    MarathonApp& app = out.app;
    FieldProblems& problems = out.problems;
    const bool fixed = options.ports == HabitatAppOptions::Ports::Fixed;
    const QString configVar = HabitatConfig::envVarName(facts.name);
    const QString configField = QStringLiteral("env/") + configVar;

    if (!options.appId.isEmpty()) {
        app.id = options.appId; // MarathonValidator judges it; the package name's problems do not apply
    } else {
        const MarathonAppId::FromPackage id = MarathonAppId::fromPackage(facts.origin, facts.name);
        app.id = id.id;
        problems += id.problems;
    }

    if (options.config) {
        out.config = *options.config;
    } else {
        const Result<HabitatConfig> parsed = HabitatConfig::parse(facts.defaultToml, defaultTomlName(facts));
        if (parsed)
            out.config = *parsed;
        else
            warn(problems, configField,
                tr("the package's configuration cannot be read, so it cannot be edited and ports cannot be wired "
                   "into it: %1")
                    .arg(parsed.error()));
    }

    // The package's ports, named after the exports that point at them, then the Supervisor's.
    const QList<PlannedPort> plan = planPorts(facts, out.config);
    for (const PlannedPort& planned : plan) {
        const int index = int(app.portDefinitions.size());
        app.portDefinitions.append({ fixed ? planned.port : 0, QStringLiteral("tcp"), planned.name, {} });
        if (!planned.configKeys && !fixed)
            warn(problems, QStringLiteral("portDefinitions/%1/port").arg(index),
                tr("no export of the package points at port %1 in its configuration, so the service keeps listening "
                   "on %1 rather than on the port Marathon assigns; use fixed ports for it")
                    .arg(planned.port));
    }
    if (options.supervisorPorts) {
        app.portDefinitions.append({ fixed ? GossipPort : 0, QStringLiteral("udp,tcp"), gossipPortName(), {} });
        app.portDefinitions.append({ fixed ? HttpGatewayPort : 0, QStringLiteral("tcp"), httpPortName(), {} });
        app.portDefinitions.append({ fixed ? ControlGatewayPort : 0, QStringLiteral("tcp"), controlPortName(), {} });
    }
    app.requirePorts = fixed && !app.portDefinitions.isEmpty();

    // Environment: the license, then the operator's configuration changes. The keys that follow
    // a port are taken out (and said so) by finish(), against the ports as the operator left them.
    app.env.append({ QStringLiteral("HAB_LICENSE"), licenseValue() });
    const QString override = out.config.overrideToml();
    if (!override.isEmpty())
        app.env.append({ configVar, override });

    app.cmd = launchCommand(app, facts, out.config);
    app.user = QStringLiteral("root"); // mount and chroot
    app.disk = options.disk.value_or(neededDisk(facts).value_or(0));
    app.taskKillGracePeriodSeconds = options.killGracePeriodSeconds.value_or(defaultKillGracePeriod(facts));
    HabitatServiceApp::check(facts, options.service, problems); // a required bind not given, ...
    if (facts.svcUser.isEmpty())
        warn(problems, QStringLiteral("cmd"),
            tr("the package has no SVC_USER, so it is not a service: the Supervisor will have nothing to run"));

    if (facts.hartsLayout && facts.harts.isEmpty()) {
        error(problems, QStringLiteral("fetch/0/uri"),
            tr("the harts layout's downloads (the bootstrap and every .hart of the closure) are known once the "
               "export has run: export first"));
    } else if (facts.hartsLayout) {
        // Each URI names immutable content (a release's .hart, a bootstrap named by its hash), so
        // the agents' fetcher cache may keep it (Mesos fetcher cache: key user@URI, no refresh).
        MarathonFetch bootstrap;
        bootstrap.uri = facts.fetchUri.trimmed();
        bootstrap.extract = true;
        bootstrap.cache = true;
        app.fetch.append(bootstrap);
        for (const HabitatPackageFacts::Hart& hart : facts.harts) {
            MarathonFetch f;
            f.uri = hart.fetchUri.trimmed();
            f.extract = false;
            f.cache = true;
            // Straight into the artifact cache inside the chroot: hab finds each by its canonical name.
            f.destPath = QStringLiteral("hab/cache/artifacts/") + hart.fileName;
            app.fetch.append(f);
        }
    } else if (facts.fetchUri.trimmed().isEmpty()) {
        error(problems, QStringLiteral("fetch/0/uri"),
            tr("the address the agents download %1 from is not known yet: upload the tarball and enter its URI")
                .arg(facts.tarballFileName.isEmpty() ? tr("the tarball") : facts.tarballFileName));
    } else {
        MarathonFetch f;
        f.uri = facts.fetchUri.trimmed();
        f.extract = true;
        f.cache = false; // the fetcher cache never refreshes a URI
        const QUrl url(f.uri);
        if (url.hasQuery() || url.hasFragment() || !hasArchiveSuffix(url.fileName())) {
            if (!facts.tarballFileName.isEmpty())
                f.destPath = facts.tarballFileName; // so the fetcher still sees an archive name
            else
                warn(problems, QStringLiteral("fetch/0/uri"),
                    tr("the Mesos fetcher unpacks only files whose names end in .tgz, .tar.gz and the like; give the "
                       "download a destPath with such a name"));
        }
        app.fetch.append(f);
    }

    placeHealthCheck(app, facts, options, problems);
    return out;
}

HealthCheckSettings HabitatAppBuilder::defaultHealthCheck(const HabitatPackageFacts& facts, MarathonFlavour flavour)
{
    HealthCheckSettings h;
    // Marathon's own HTTP checks are deprecated since 1.4 (MAR changelog "1.3.10 to 1.4.0");
    // the legacy flavour is for Marathon before 1.0, which has only those.
    h.protocol = flavour == MarathonFlavour::Legacy ? QStringLiteral("HTTP") : QStringLiteral("MESOS_HTTP");
    h.path
        = QStringLiteral("/services/%1/default/health").arg(QString::fromLatin1(QUrl::toPercentEncoding(facts.name)));
    h.portName = httpPortName();
    h.gracePeriodSeconds = 300; // init hooks and the first configuration render can be slow
    h.intervalSeconds = 30;
    h.timeoutSeconds = 10;
    h.maxConsecutiveFailures = 3;
    return h;
}

void HabitatAppBuilder::placeHealthCheck(
    MarathonApp& app, const HabitatPackageFacts& facts, const HabitatAppOptions& options, FieldProblems& problems)
{
    app.healthChecks.clear();
    if (!options.healthCheck)
        return;
    const bool own = options.healthCheckSettings.has_value();
    HealthCheckSettings settings = own ? *options.healthCheckSettings : defaultHealthCheck(facts, options.flavour);
    if (!own && !options.service.group.isEmpty())
        settings.path.replace(QStringLiteral("/default/health"),
            u'/' + QString::fromLatin1(QUrl::toPercentEncoding(options.service.group)) + QStringLiteral("/health"));
    if (!own && options.service.gatewayToken.isSet() && portIndex(app, settings.portName) >= 0) {
        // Every gateway endpoint wants the token (HAB sup/src/http_gateway.rs), which Mesos' HTTP
        // check cannot send: a COMMAND check asks with it from the file the task keeps.
        settings.protocol = QStringLiteral("COMMAND");
        settings.command = HabitatLaunchCommand::gatewayHealthCommand(settings.path);
    }
    int index = 0;
    if (HealthCheckSettings::usesPort(settings.protocol)) {
        index = settings.portName.isEmpty() ? -1 : portIndex(app, settings.portName);
        if (index < 0) {
            if (!own) {
                warn(problems, QStringLiteral("healthChecks"),
                    tr("the health check asks the Supervisor's HTTP gateway, which is not exposed; it was left out"));
            } else if (settings.portName.isEmpty()) {
                error(problems, QStringLiteral("healthChecks/0/portIndex"),
                    tr("The health check needs a port: pick one of the app's ports."));
            } else {
                QStringList names;
                for (const MarathonPortDefinition& p : app.portDefinitions) {
                    if (!p.name.isEmpty())
                        names.append(p.name);
                }
                error(problems, QStringLiteral("healthChecks/0/portIndex"),
                    names.isEmpty()
                        ? tr("the health check's port “%1” is not one of the app's ports (it has no named ports); "
                             "the check was left out")
                              .arg(settings.portName)
                        : tr("the health check's port “%1” is not one of the app's ports (%2); the check was left out")
                              .arg(settings.portName, names.join(QStringLiteral(", "))));
            }
            return;
        }
    }
    // Only Marathon's own HTTP checks have it; said rather than dropped without a word.
    if (settings.ignoreHttp1xx && !HealthCheckSettings::usesIgnoreHttp1xx(settings.protocol))
        warn(problems, QStringLiteral("healthChecks/0/ignoreHttp1xx"),
            tr("ignoreHttp1xx applies to the HTTP and HTTPS checks only; the %1 check ignores it")
                .arg(settings.protocol));
    app.healthChecks.append(settings.toMarathon(index));
}

QStringList HabitatAppBuilder::refusals(const HabitatPackageFacts& facts, const HabitatServiceOptions& service)
{
    return HabitatServiceApp::missingBinds(facts, service);
}

std::optional<double> HabitatAppBuilder::neededDisk(const HabitatPackageFacts& facts)
{
    if (facts.extractedBytes <= 0)
        return std::nullopt;
    // The sandbox holds the extracted tree and the tarball (the fetcher never deletes it); a
    // quarter more plus 64 MiB is room for what the service writes under /hab/svc (data, logs)
    // and for what the du-style count leaves out (large directories take more than one block).
    constexpr qint64 MiB = qint64(1) << 20;
    const qint64 content = facts.extractedBytes + std::max<qint64>(facts.tarballBytes, 0);
    const qint64 need = content + content / 4 + 64 * MiB;
    return double((need + MiB - 1) / MiB);
}

int HabitatAppBuilder::shutdownTimeout(const HabitatPackageFacts& facts)
{
    return facts.shutdownTimeout >= 0 ? facts.shutdownTimeout : HabitatDefaultShutdownTimeout;
}

int HabitatAppBuilder::defaultKillGracePeriod(const HabitatPackageFacts& facts)
{
    return shutdownTimeout(facts) + KillGraceMargin;
}

namespace {

// Without its ports in the app the Supervisor binds its defaults (HAB common/src/types.rs), which
// Mesos neither reserves nor knows of.
void checkSupervisorPorts(const MarathonApp& app, const HabitatAppOptions& options, FieldProblems& problems)
{
    if (options.supervisorPorts)
        return;
    QString message = HabitatAppBuilder::tr(
        "without its ports in the app, the Supervisor binds its own fixed ports on the agent, 9638 "
        "(gossip), 9631 (HTTP gateway) and 9632 (control gateway), which Mesos does not reserve: a "
        "second instance, or another Supervisor, on the same agent cannot start");
    if (!PortPlacement::hasUniqueHostname(app))
        message += HabitatAppBuilder::tr("; add the constraint hostname:UNIQUE to keep to one instance per agent");
    if (app.healthChecks.isEmpty())
        message += HabitatAppBuilder::tr(
            "; and the app has no health check, since the Supervisor's needs the HTTP gateway port");
    warn(problems, QStringLiteral("portDefinitions"), message);
}

qint64 roundedMiB(qint64 bytes)
{
    return (bytes + (qint64(1) << 20) - 1) >> 20;
}

// The operator's disk against what the package needs; the default is sized in build().
void checkDisk(
    const MarathonApp& app, const HabitatPackageFacts& facts, const HabitatAppOptions& options, FieldProblems& problems)
{
    const std::optional<double> need = HabitatAppBuilder::neededDisk(facts);
    if (options.disk) {
        if (need && app.disk < *need)
            warn(problems, QStringLiteral("disk"),
                HabitatAppBuilder::tr(
                    "The disk of %1 MiB is less than the %2 MiB the task needs: the extracted tarball (%3 MiB), the "
                    "tarball the Mesos fetcher keeps beside it (%4 MiB) and room for the service's data and logs.")
                    .arg(app.disk)
                    .arg(*need)
                    .arg(roundedMiB(facts.extractedBytes))
                    .arg(roundedMiB(facts.tarballBytes)));
    } else if (!need) {
        warn(problems, QStringLiteral("disk"),
            HabitatAppBuilder::tr(
                "The disk cannot be sized from the package before its tarball is built, so the app asks for none "
                "(and Mesos neither reserves nor limits what the task writes): build the tarball, or set the disk."));
    }
}

} // namespace

void HabitatAppBuilder::finish(MarathonApp& app, const HabitatPackageFacts& facts, const HabitatAppOptions& options,
    const HabitatConfig& config, FieldProblems& problems)
{
    PortPlacement::check(app, options.agentPorts, problems);
    checkSupervisorPorts(app, options, problems);
    checkDisk(app, facts, options, problems);
    // The command puts `key = $PORTn` lines in front of HAB_<PKG> at start time; whatever set it
    // (--config, --env, the window's table), only dotted keys without those keys keep it valid TOML.
    const QString configVar = HabitatConfig::envVarName(facts.name);
    const QString configField = QStringLiteral("env/") + configVar;
    if (const std::optional<QString> value = app.envValue(configVar)) {
        QList<QStringList> wired;
        for (const auto& [keys, index] : wiredConfigKeys(app, facts, config))
            wired.append(keys);
        const Result<HabitatConfig::Override> normal = HabitatConfig::normalizeOverride(
            *value, wired, PackageIdent(facts.origin, facts.name, facts.version, facts.release).toString());
        if (!normal) {
            error(problems, configField, normal.error());
        } else {
            for (const auto& [keys, removed] : normal->removed)
                warn(problems, configField,
                    tr("%1 follows the port Marathon assigns, so the value %2 set here is not used")
                        .arg(HabitatConfig::dottedKey(keys), removed));
            // A variable that said nothing stays as it is (the window's freshly added one).
            if (normal->toml.isEmpty() && !value->trimmed().isEmpty())
                app.removeEnv(configVar);
            else if (!normal->toml.isEmpty())
                app.setEnv(configVar, normal->toml);
        }
    }
    // build() always sets the grace; only an operator's shorter value needs a word.
    const int stop = shutdownTimeout(facts);
    if (app.taskKillGracePeriodSeconds.value_or(0) < stop)
        warn(problems, QStringLiteral("taskKillGracePeriodSeconds"),
            tr("%1 s is shorter than the %2 s the Supervisor may take to stop the service (its SHUTDOWN_TIMEOUT): "
               "Mesos would kill it before it has stopped")
                .arg(app.taskKillGracePeriodSeconds.value_or(0))
                .arg(stop));
    // Last: the ring, the secrets and the data volume follow the final instances, id, environment
    // and upgrade strategy.
    HabitatServiceApp::apply(app, facts, options.service, problems);
}

HabitatPackageFacts HabitatAppBuilder::factsFor(const PackageMetadata& service, const QString& tarballFileName)
{
    HabitatPackageFacts facts;
    facts.origin = service.ident.origin();
    facts.name = service.ident.name();
    facts.version = service.ident.version();
    facts.release = service.ident.release();
    for (quint16 port : service.exposes)
        facts.exposes.append(port);
    for (const auto& [name, key] : service.exports)
        facts.exports.append({ name, key });
    facts.defaultToml = QString::fromUtf8(service.defaultToml);
    facts.svcUser = service.svcUser;
    facts.svcGroup = service.svcGroup;
    for (const auto& [bind, exports] : service.binds)
        facts.binds.append({ bind, exports });
    for (const auto& [bind, exports] : service.bindsOptional)
        facts.bindsOptional.append({ bind, exports });
    facts.shutdownTimeout = service.shutdownTimeout;
    facts.shutdownSignal = service.shutdownSignal;
    facts.tarballFileName = tarballFileName;
    return facts;
}

QString HabitatAppBuilder::defaultTomlName(const HabitatPackageFacts& facts)
{
    if (facts.name.isEmpty())
        return QStringLiteral("default.toml");
    return PackageIdent(facts.origin, facts.name, facts.version, facts.release).toString()
        + QStringLiteral("/default.toml");
}

} // namespace habmesos
