// SPDX-License-Identifier: Apache-2.0
#include "ui/exportdocument.h"

#include "package/habpaths.h"
#include "marathon/marathonconstrainttext.h"
#include "marathon/marathonvalidator.h"
#include "package/missingdependencies.h"

#include <QDir>
#include <QSet>
#include <QStandardPaths>
#include <QUndoCommand>
#include <QUrl>

namespace habmesos {

namespace {

// Swaps two value snapshots of the document's state; bursts on one field merge.
class StateCommand : public QUndoCommand
{
public:
    StateCommand(ExportDocument* document, ExportDocument::State before, ExportDocument::State after,
        const QString& text, ExportDocument::Field field)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(field)
    { }
    int id() const override { return m_field == ExportDocument::Field::None ? -1 : int(m_field); }
    bool mergeWith(const QUndoCommand* other) override
    {
        if (other->id() != id())
            return false;
        m_after = static_cast<const StateCommand*>(other)->m_after;
        return true;
    }
    void undo() override { m_document->restoreState(m_before); }
    void redo() override { m_document->restoreState(m_after); }

private:
    ExportDocument* m_document;
    ExportDocument::State m_before;
    ExportDocument::State m_after;
    ExportDocument::Field m_field;
};

} // namespace

ExportDocument::ExportDocument(QObject* parent)
    : QObject(parent)
{
    m_segmentCache
        = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/habmesos/segments");
    recompute();
}

void ExportDocument::setPackage(const QString& request, const PackageClosure& closure)
{
    m_request = request;
    m_closure = closure;
    const PackageClosure::Member* root = closure.rootMember();
    if (root && root->inspected)
        m_service = root->artifact.metadata;
    else
        m_service.reset();
    // A new package: its own configuration, ports, health check, command, id and fetch URI; the
    // operator's resources, environment, output and flavour stay.
    m_state.config.reset();
    m_state.ports.reset();
    m_state.healthCheck.reset(); // its port names and path belong to the old package
    m_state.cmd.reset();
    m_state.appId.clear();
    m_state.fetchUri.reset(); // it names the old package's tarball file
    m_state.appOptions.killGracePeriodSeconds.reset(); // it follows the old package's SHUTDOWN_TIMEOUT
    m_serverProblems.clear();
    m_configProblems.clear();
    m_refusedProblems.clear();
    m_packageProblems.clear();
    // As `habmesos export` refuses an artifact whose signature does not verify, so does the
    // definition; what would stop the tarball's build is a warning here (the JSON is fine).
    if (root && root->inspected && root->artifact.source == PackageArtifact::Source::Artifact
        && !root->artifact.isTrusted()) {
        m_packageProblems.append({ QString(),
            root->artifact.verificationDetail.isEmpty() ? verificationText(root->artifact.verification)
                                                        : root->artifact.verificationDetail,
            FieldProblem::Severity::Error });
    }
    // One problem for them all, the first few named (thousands would bury everything else).
    if (!closure.missing.isEmpty()) {
        m_packageProblems.append({ QString(),
            tr("The tarball cannot be built: %1")
                .arg(MissingDependencies::summary(MissingDependencies::of(closure), closure.target)),
            FieldProblem::Severity::Warning });
    }
    for (const PackageClosure::Issue& issue : closure.issues) {
        if (issue.package == closure.root && issue.kind == PackageClosure::Issue::Kind::Unverified)
            continue; // said above
        if (issue.isError() || issue.kind == PackageClosure::Issue::Kind::Unverified)
            m_packageProblems.append({ QString(), issue.message, FieldProblem::Severity::Warning });
    }
    m_undo.clear();
    recompute();
    Q_EMIT packageChanged();
    Q_EMIT changed();
}

void ExportDocument::clearPackage()
{
    setPackage(QString(), PackageClosure());
}

void ExportDocument::applyState(const State& state, const QString& text, Field mergeField)
{
    m_undo.push(new StateCommand(this, m_state, state, text, mergeField));
}

void ExportDocument::restoreState(const State& state)
{
    m_state = state;
    // These were said of the state before this one.
    m_serverProblems.clear();
    m_configProblems.clear();
    m_refusedProblems.clear();
    recompute();
    Q_EMIT changed();
}

void ExportDocument::setAppId(const QString& id)
{
    if (id == m_state.appId)
        return;
    applyState(edited([&](State& s) { s.appId = id; }), tr("Change the application id"), Field::AppId);
}

void ExportDocument::setCpus(double cpus)
{
    if (cpus == m_state.cpus)
        return;
    applyState(edited([&](State& s) { s.cpus = cpus; }), tr("Change CPUs"), Field::Cpus);
}

void ExportDocument::setMem(double mem)
{
    if (mem == m_state.mem)
        return;
    applyState(edited([&](State& s) { s.mem = mem; }), tr("Change memory"), Field::Mem);
}

void ExportDocument::setDisk(double disk)
{
    if (m_state.disk == disk)
        return;
    applyState(edited([&](State& s) { s.disk = disk; }), tr("Change disk"), Field::Disk);
}

void ExportDocument::resetDisk()
{
    if (!m_state.disk)
        return;
    applyState(edited([&](State& s) { s.disk.reset(); }), tr("Size the disk from the package"));
}

void ExportDocument::setAgentPorts(const PortRanges& ranges)
{
    if (ranges.isEmpty() || ranges == m_agentPorts)
        return;
    m_agentPorts = ranges;
    recompute();
    Q_EMIT changed();
}

void ExportDocument::setBuildResult(const ExportResult& result)
{
    m_builtTarballName = result.tarballName;
    m_builtExtractedBytes = result.extractedBytes;
    m_builtTarballBytes = result.tarballSize;
    recompute();
    Q_EMIT changed();
}

void ExportDocument::setInstances(int instances)
{
    if (instances == m_state.instances)
        return;
    applyState(edited([&](State& s) { s.instances = instances; }), tr("Change instances"), Field::Instances);
}

void ExportDocument::setKillGracePeriod(const std::optional<int>& seconds)
{
    if (seconds && (*seconds < 0 || *seconds > HabitatAppBuilder::MaxKillGracePeriod)) {
        // Never clamped: the operator sees that the value was not taken, and why.
        m_refusedProblems = { { QStringLiteral("taskKillGracePeriodSeconds"),
            tr("%1 s is not taken: the kill grace period is from 0 to %2 seconds")
                .arg(*seconds)
                .arg(HabitatAppBuilder::MaxKillGracePeriod),
            FieldProblem::Severity::Error } };
        Q_EMIT changed();
        return;
    }
    std::optional<int> value = seconds;
    if (value == defaultKillGracePeriod())
        value.reset(); // the package's default follows the package
    if (value == m_state.appOptions.killGracePeriodSeconds) {
        if (!m_refusedProblems.isEmpty()) {
            m_refusedProblems.clear();
            Q_EMIT changed();
        }
        return;
    }
    applyState(edited([&](State& s) { s.appOptions.killGracePeriodSeconds = value; }),
        value ? tr("Change the kill grace period") : tr("Back to the package's kill grace period"),
        value ? Field::KillGracePeriod : Field::None);
}

int ExportDocument::defaultKillGracePeriod() const
{
    return HabitatAppBuilder::defaultKillGracePeriod(m_facts);
}

void ExportDocument::setCmd(const std::optional<QString>& cmd)
{
    if (cmd == m_state.cmd)
        return;
    applyState(edited([&](State& s) { s.cmd = cmd; }), cmd ? tr("Edit the command") : tr("Generate the command"),
        cmd ? Field::Cmd : Field::None);
}

void ExportDocument::setEnv(const QString& key, const QString& value)
{
    if (key.isEmpty() || m_app.envValue(key) == value)
        return;
    applyState(edited([&](State& s) {
        for (MarathonKeyValue& kv : s.extraEnv) {
            if (kv.key == key) {
                kv.value = value;
                return;
            }
        }
        s.extraEnv.append({ key, value });
    }),
        tr("Set %1").arg(key));
}

bool ExportDocument::addEnv(const QString& key)
{
    // A key already in the environment (the exporter's too) would be blanked, not added.
    if (key.isEmpty() || m_app.envValue(key))
        return false;
    applyState(edited([&](State& s) { s.extraEnv.append({ key, QString() }); }), tr("Set %1").arg(key));
    return true;
}

bool ExportDocument::renameEnv(const QString& oldKey, const QString& newKey)
{
    if (oldKey == newKey)
        return true;
    // Onto an existing key the two would collapse into one, and a value would vanish.
    if (newKey.isEmpty() || !isExtraEnv(oldKey) || m_app.envValue(newKey))
        return false;
    applyState(edited([&](State& s) {
        for (MarathonKeyValue& kv : s.extraEnv) {
            if (kv.key == oldKey)
                kv.key = newKey;
        }
    }),
        tr("Rename %1 to %2").arg(oldKey, newKey));
    return true;
}

void ExportDocument::removeEnv(const QString& key)
{
    if (!isExtraEnv(key))
        return;
    applyState(
        edited([&](State& s) { s.extraEnv.removeIf([&](const MarathonKeyValue& kv) { return kv.key == key; }); }),
        tr("Remove %1").arg(key));
}

void ExportDocument::setConfigValue(const QStringList& keys, const QString& tomlValue)
{
    HabitatConfig config = m_config;
    const Status status = config.setValue(keys, tomlValue);
    const bool hadProblems = !m_configProblems.isEmpty();
    m_configProblems.clear();
    if (!status) {
        m_configProblems.append({ QStringLiteral("env/") + configEnvName(),
            tr("%1: %2").arg(HabitatConfig::dottedKey(keys), status.error()), FieldProblem::Severity::Error });
        recompute();
        Q_EMIT changed();
        return;
    }
    const HabitatConfig::Entry* before = m_config.find(keys);
    if (before && before->value == config.find(keys)->value) {
        if (hadProblems)
            Q_EMIT changed(); // the rejected value's problem is gone
        return;
    }
    applyState(edited([&](State& s) { s.config = config; }),
        tr("Set the configuration key %1").arg(HabitatConfig::dottedKey(keys)));
}

void ExportDocument::resetConfigValue(const QStringList& keys)
{
    const HabitatConfig::Entry* entry = m_config.find(keys);
    if (!entry || !entry->changed)
        return;
    HabitatConfig config = m_config;
    config.reset(keys);
    applyState(edited([&](State& s) { s.config = config; }),
        tr("Reset the configuration key %1").arg(HabitatConfig::dottedKey(keys)));
}

void ExportDocument::setPorts(const QList<MarathonPortDefinition>& ports)
{
    if (ports == m_app.portDefinitions)
        return;
    applyState(edited([&](State& s) { s.ports = ports; }), tr("Edit the ports"));
}

void ExportDocument::resetPorts()
{
    if (!m_state.ports)
        return;
    applyState(edited([&](State& s) { s.ports.reset(); }), tr("Reset the ports"));
}

void ExportDocument::setSupervisorPorts(bool on)
{
    if (on == m_state.appOptions.supervisorPorts)
        return;
    // As the CLI: the Supervisor's health check goes with the Supervisor's ports; the operator's
    // own check on one of the service's ports stays. Hand-edited ports are dropped, since the
    // Supervisor's ports are part of them.
    applyState(edited([&](State& s) {
        s.appOptions.supervisorPorts = on;
        const bool ownCheckOnServicePort = s.healthCheck
            && (!HealthCheckSettings::usesPort(s.healthCheck->protocol)
                || !supervisorPortNames().contains(s.healthCheck->portName));
        s.appOptions.healthCheck = on || (s.appOptions.healthCheck && ownCheckOnServicePort);
        s.ports.reset();
    }),
        on ? tr("Expose the Supervisor's ports") : tr("Hide the Supervisor's ports"));
}

void ExportDocument::setHealthCheck(bool on)
{
    if (on == m_state.appOptions.healthCheck)
        return;
    applyState(edited([&](State& s) { s.appOptions.healthCheck = on; }),
        on ? tr("Add the health check") : tr("Remove the health check"));
}

void ExportDocument::setConstraints(const QList<MarathonConstraint>& constraints)
{
    if (constraints == m_state.constraints)
        return;
    applyState(edited([&](State& s) { s.constraints = constraints; }), tr("Change the constraints"));
}

bool ExportDocument::setLabels(const MarathonKeyValues& labels)
{
    // Marathon's labels are a JSON object: a second key would silently replace the first.
    QSet<QString> keys;
    for (const MarathonKeyValue& kv : labels) {
        if (keys.contains(kv.key))
            return false;
        keys.insert(kv.key);
    }
    if (labels == m_state.labels)
        return true;
    applyState(edited([&](State& s) { s.labels = labels; }), tr("Change the labels"));
    return true;
}

HealthCheckSettings ExportDocument::healthCheckSettings() const
{
    return m_state.healthCheck.value_or(HabitatAppBuilder::defaultHealthCheck(m_facts, m_state.flavour));
}

void ExportDocument::setHealthCheckSettings(const HealthCheckSettings& settings)
{
    const HealthCheckSettings before = healthCheckSettings();
    if (settings == before && m_state.appOptions.healthCheck)
        return;
    // Typing and spin-box arrows change one field at a time; such bursts merge into one step.
    Field field = Field::None;
    HealthCheckSettings probe = before;
    auto onlyChanged = [&](auto member, Field f) {
        probe = before;
        probe.*member = settings.*member;
        if (probe == settings && !(before == settings))
            field = f;
    };
    onlyChanged(&HealthCheckSettings::path, Field::HealthCheckPath);
    onlyChanged(&HealthCheckSettings::command, Field::HealthCheckCommand);
    onlyChanged(&HealthCheckSettings::gracePeriodSeconds, Field::HealthCheckGracePeriod);
    onlyChanged(&HealthCheckSettings::intervalSeconds, Field::HealthCheckInterval);
    onlyChanged(&HealthCheckSettings::timeoutSeconds, Field::HealthCheckTimeout);
    onlyChanged(&HealthCheckSettings::maxConsecutiveFailures, Field::HealthCheckFailures);
    applyState(edited([&](State& s) {
        s.healthCheck = settings;
        s.appOptions.healthCheck = true;
    }),
        tr("Change the health check"), field);
}

void ExportDocument::resetHealthCheck()
{
    if (!m_state.healthCheck)
        return;
    applyState(edited([&](State& s) { s.healthCheck.reset(); }), tr("Reset the health check"));
}

QStringList ExportDocument::supervisorPortNames()
{
    return { HabitatAppBuilder::gossipPortName(), HabitatAppBuilder::httpPortName(),
        HabitatAppBuilder::controlPortName() };
}

void ExportDocument::setFixedPorts(bool fixed)
{
    const auto ports = fixed ? HabitatAppOptions::Ports::Fixed : HabitatAppOptions::Ports::Dynamic;
    if (ports == m_state.appOptions.ports)
        return;
    applyState(edited([&](State& s) {
        s.appOptions.ports = ports;
        s.ports.reset();
    }),
        fixed ? tr("Use fixed ports") : tr("Use dynamic ports"));
}

void ExportDocument::setFetchUri(const QString& uri)
{
    changeFetchUri(uri, Field::None);
}

void ExportDocument::typeFetchUri(const QString& uri)
{
    changeFetchUri(uri, Field::FetchUri);
}

void ExportDocument::changeFetchUri(const QString& uri, Field field)
{
    std::optional<QString> value;
    if (!uri.isEmpty() && uri != defaultFetchUri())
        value = uri;
    if (value == m_state.fetchUri)
        return;
    applyState(edited([&](State& s) { s.fetchUri = value; }), tr("Change the fetch URI"), field);
}

void ExportDocument::setOutputDir(const QString& dir)
{
    if (dir == m_state.outputDir)
        return;
    applyState(edited([&](State& s) { s.outputDir = dir; }), tr("Change the output folder"), Field::OutputDir);
}

void ExportDocument::setFormat(TarballFormat format)
{
    if (format == m_state.format)
        return;
    applyState(edited([&](State& s) { s.format = format; }), tr("Change the compression"));
}

void ExportDocument::setAgentFetcher(AgentFetcher fetcher)
{
    if (fetcher == m_state.agentFetcher)
        return;
    applyState(edited([&](State& s) { s.agentFetcher = fetcher; }), tr("Change the Mesos agents' version"));
}

void ExportDocument::setFlavour(MarathonFlavour flavour)
{
    if (flavour == m_state.flavour)
        return;
    applyState(edited([&](State& s) { s.flavour = flavour; }), tr("Change the JSON flavour"));
}

namespace {
QString* supervisorField(ExportDocument::State& s, ExportDocument::SupervisorPart part)
{
    switch (part) {
    case ExportDocument::SupervisorPart::Hab:
        return &s.habPackage;
    case ExportDocument::SupervisorPart::Sup:
        return &s.supPackage;
    case ExportDocument::SupervisorPart::Launcher:
        return &s.launcherPackage;
    case ExportDocument::SupervisorPart::Busybox:
        return &s.busyboxPackage;
    case ExportDocument::SupervisorPart::Cacerts:
        return &s.cacertsPackage;
    }
    return &s.habPackage;
}
} // namespace

QString ExportDocument::supervisorPackage(const State& state, SupervisorPart part)
{
    return *supervisorField(const_cast<State&>(state), part);
}

void ExportDocument::setSupervisorPackage(SupervisorPart part, const QString& ident)
{
    const QString value = ident.trimmed();
    if (supervisorPackage(m_state, part) == value)
        return;
    applyState(edited([&](State& s) { *supervisorField(s, part) = value; }), tr("Change the Supervisor's packages"),
        Field::SupervisorPackage);
}

FieldProblems ExportDocument::problems() const
{
    return localProblems() + m_serverProblems;
}

FieldProblems ExportDocument::localProblems() const
{
    // Without a package the app is empty: nothing may be deployed or saved.
    if (!m_service)
        return { { QString(), tr("No package: pick a Habitat package first."), FieldProblem::Severity::Error } };
    return m_packageProblems + m_problems + m_configProblems + m_refusedProblems;
}

bool ExportDocument::hasErrors() const
{
    return MarathonValidator::hasErrors(problems());
}

QString ExportDocument::configEnvName() const
{
    return m_service ? HabitatConfig::envVarName(m_service->ident.name()) : QString();
}

bool ExportDocument::isExtraEnv(const QString& key) const
{
    for (const MarathonKeyValue& kv : m_state.extraEnv) {
        if (kv.key == key)
            return true;
    }
    return false;
}

QString ExportDocument::tarballFileName() const
{
    return m_service ? m_service->ident.archiveStem() + tarballSuffix(m_state.format) : QString();
}

QString ExportDocument::defaultFetchUri() const
{
    if (!m_service)
        return QString();
    const QDir dir(m_state.outputDir.isEmpty() ? QDir::currentPath() : m_state.outputDir);
    return QUrl::fromLocalFile(dir.absoluteFilePath(tarballFileName())).toString();
}

ExportOptions ExportDocument::exportOptions() const
{
    ExportOptions options;
    options.package = m_request;
    options.artifactCache = m_sources.artifactCache;
    options.keyDir = m_sources.keyDir;
    options.installedRoot = m_sources.installedRoot;
    options.useInstalled = m_sources.useInstalled;
    options.outputDir = m_state.outputDir;
    options.format = m_state.format;
    options.agentFetcher = m_state.agentFetcher;
    options.segmentCache = m_segmentCache;
    options.habPackage = m_state.habPackage;
    options.supPackage = m_state.supPackage;
    options.launcherPackage = m_state.launcherPackage;
    options.busyboxPackage = m_state.busyboxPackage;
    options.cacertsPackage = m_state.cacertsPackage;
    return options;
}

ExportDocument::CommandLine ExportDocument::commandLine() const
{
    CommandLine out;
    if (!m_service)
        return out;
    QStringList& a = out.arguments;
    auto option = [&a](const char* name, const QString& value) {
        a.append(QStringLiteral("--%1=%2").arg(QLatin1String(name), value));
    };
    if (QDir::cleanPath(m_sources.artifactCache) != QDir::cleanPath(HabPaths::artifactCache()))
        option("cache-dir", m_sources.artifactCache);
    if (QDir::cleanPath(m_sources.keyDir) != QDir::cleanPath(HabPaths::keyCache()))
        option("key-dir", m_sources.keyDir);
    if (m_sources.useInstalled && !m_sources.installedRoot.isEmpty()
        && QDir::cleanPath(m_sources.installedRoot) != QDir::cleanPath(HabPaths::installedPackages()))
        option("pkgs-dir", m_sources.installedRoot);
    // Always the resources: the command line would otherwise take $CPU and the like.
    option("cpu", QString::number(m_state.cpus));
    option("mem", QString::number(m_state.mem));
    option("disk", m_state.disk ? QString::number(*m_state.disk) : QStringLiteral("auto"));
    option("instances", QString::number(m_state.instances));
    if (m_state.appOptions.killGracePeriodSeconds)
        option("kill-grace-period", QString::number(*m_state.appOptions.killGracePeriodSeconds));
    if (!m_state.appId.isEmpty())
        option("id", m_state.appId);
    for (const MarathonKeyValue& kv : m_state.extraEnv)
        option("env", kv.key + u'=' + kv.value);
    for (const HabitatConfig::Entry& e : m_config.entries()) {
        if (!e.changed)
            continue;
        const QString key = HabitatConfig::dottedKey(e.keys);
        if (HabitatConfig::splitExportPath(key) == e.keys)
            option("config", key + u'=' + e.value);
        else
            out.notExpressed.append(tr("the configuration key %1").arg(key));
    }
    if (!m_state.appOptions.supervisorPorts)
        a.append(QStringLiteral("--no-supervisor-ports"));
    if (m_state.appOptions.ports == HabitatAppOptions::Ports::Fixed)
        a.append(QStringLiteral("--fixed-ports"));
    if (m_agentPorts != PortPlacement::defaultAgentPorts())
        option("agent-ports", PortPlacement::formatRanges(m_agentPorts).remove(u' '));
    if (m_state.ports)
        out.notExpressed.append(tr("the edited ports"));
    if (!m_state.appOptions.healthCheck) {
        if (m_state.appOptions.supervisorPorts)
            a.append(QStringLiteral("--no-health-check"));
    } else if (m_state.healthCheck) {
        // Only what differs from the Supervisor's check, which the command line starts from.
        const HealthCheckSettings base = HabitatAppBuilder::defaultHealthCheck(m_facts, m_state.flavour);
        const HealthCheckSettings& h = *m_state.healthCheck;
        auto check = [&](const char* key, bool differs, const QString& value) {
            if (differs)
                option("health-check", QLatin1String(key) + u'=' + value);
        };
        check("protocol", h.protocol != base.protocol, h.protocol);
        check("path", h.path != base.path, h.path);
        check("portName", h.portName != base.portName, h.portName);
        check("command", h.command != base.command, h.command);
        check("gracePeriodSeconds", h.gracePeriodSeconds != base.gracePeriodSeconds,
            QString::number(h.gracePeriodSeconds));
        check("intervalSeconds", h.intervalSeconds != base.intervalSeconds, QString::number(h.intervalSeconds));
        check("timeoutSeconds", h.timeoutSeconds != base.timeoutSeconds, QString::number(h.timeoutSeconds));
        check("maxConsecutiveFailures", h.maxConsecutiveFailures != base.maxConsecutiveFailures,
            QString::number(h.maxConsecutiveFailures));
        check("ignoreHttp1xx", h.ignoreHttp1xx != base.ignoreHttp1xx,
            h.ignoreHttp1xx ? QStringLiteral("true") : QStringLiteral("false"));
    }
    for (const MarathonConstraint& c : m_state.constraints)
        option("constraint", MarathonConstraintText::format(c));
    for (const MarathonKeyValue& kv : m_state.labels)
        option("label", kv.key + u'=' + kv.value);
    if (m_state.cmd)
        out.notExpressed.append(tr("the hand-edited command"));
    if (m_state.fetchUri)
        option("uri", *m_state.fetchUri);
    // The folder as an absolute path: the default fetch URI names it, and a script runs elsewhere.
    option("output-dir", QDir(m_state.outputDir.isEmpty() ? QDir::currentPath() : m_state.outputDir).absolutePath());
    if (m_state.format != TarballFormat::Gzip)
        option("format", tarballSuffix(m_state.format).mid(1));
    if (m_state.agentFetcher == AgentFetcher::GnuTar)
        option("mesos-agents", QStringLiteral("1.6"));
    if (m_state.flavour == MarathonFlavour::Legacy)
        a.append(QStringLiteral("--legacy-json"));
    const std::pair<const char*, SupervisorPart> parts[] = { { "hab-pkg", SupervisorPart::Hab },
        { "sup-pkg", SupervisorPart::Sup }, { "launcher-pkg", SupervisorPart::Launcher },
        { "busybox-pkg", SupervisorPart::Busybox }, { "cacerts-pkg", SupervisorPart::Cacerts } };
    for (const auto& [name, part] : parts) {
        if (const QString ident = supervisorPackage(m_state, part); !ident.isEmpty())
            option(name, ident);
    }
    a.append(m_request);
    return out;
}

void ExportDocument::setServerProblems(const FieldProblems& problems)
{
    m_serverProblems = problems;
    Q_EMIT changed();
}

void ExportDocument::recompute()
{
    m_problems.clear();
    if (!m_service) {
        m_app = MarathonApp();
        m_config = HabitatConfig();
        m_json.clear();
        return;
    }
    m_facts = HabitatAppBuilder::factsFor(*m_service, tarballFileName()); // the mapping the CLI uses too
    m_facts.fetchUri = m_state.fetchUri.value_or(defaultFetchUri());
    // Sizes only of this very tarball: another package's or format's would size the disk wrongly.
    if (!m_builtTarballName.isEmpty() && m_builtTarballName == tarballFileName()) {
        m_facts.extractedBytes = m_builtExtractedBytes;
        m_facts.tarballBytes = m_builtTarballBytes;
    }
    HabitatAppOptions options = m_state.appOptions;
    options.agentPorts = m_agentPorts;
    options.disk = m_state.disk;
    options.flavour = m_state.flavour;
    options.config = m_state.config;
    options.healthCheckSettings = m_state.healthCheck;
    options.appId = m_state.appId;
    auto built = HabitatAppBuilder::build(m_facts, options);
    m_config = built.config;
    MarathonApp app = std::move(built.app);
    app.cpus = m_state.cpus;
    app.mem = m_state.mem;
    app.instances = m_state.instances;
    if (m_state.ports) {
        app.portDefinitions = *m_state.ports;
        app.cmd = HabitatAppBuilder::launchCommand(app, m_facts, m_config);
        // The check names its port: find it again among the edited ports.
        built.problems.removeIf(
            [](const FieldProblem& p) { return p.field.startsWith(QLatin1String("healthChecks")); });
        HabitatAppBuilder::placeHealthCheck(app, m_facts, options, built.problems);
    }
    if (m_state.cmd)
        app.cmd = *m_state.cmd;
    for (const MarathonKeyValue& kv : m_state.extraEnv)
        app.setEnv(kv.key, kv.value);
    app.constraints = m_state.constraints; // as the CLI: after the environment
    app.labels = m_state.labels;
    HabitatAppBuilder::finish(app, m_facts, options, m_config, built.problems);
    m_app = std::move(app);

    m_problems = built.problems + MarathonValidator::validate(m_app);
    if (m_state.flavour == MarathonFlavour::Legacy)
        m_problems += MarathonJsonWriter::legacyLosses(m_app);
    m_json = MarathonJsonWriter::write(m_app, m_state.flavour);
}

} // namespace habmesos
