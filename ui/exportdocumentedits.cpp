// SPDX-License-Identifier: Apache-2.0
// The operator's edits of an ExportDocument: each one an undoable change of its ExportSettings.
#include "ui/exportdocument.h"

#include "marathon/habitatappbuilder.h"

#include <QSet>
#include <QUndoCommand>

namespace habmesos {

namespace {

// Swaps two value snapshots of the document's settings; bursts on one field merge.
class SettingsCommand : public QUndoCommand
{
public:
    SettingsCommand(ExportDocument* document, ExportSettings before, ExportSettings after, const QString& text,
        ExportDocument::Field field)
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
        m_after = static_cast<const SettingsCommand*>(other)->m_after;
        return true;
    }
    void undo() override { m_document->restoreSettings(m_before); }
    void redo() override { m_document->restoreSettings(m_after); }

private:
    ExportDocument* m_document;
    ExportSettings m_before;
    ExportSettings m_after;
    ExportDocument::Field m_field;
};

} // namespace

void ExportDocument::applySettings(const ExportSettings& settings, const QString& text, Field mergeField)
{
    m_undo.push(new SettingsCommand(this, m_settings, settings, text, mergeField));
}

void ExportDocument::setAppId(const QString& id)
{
    if (id == m_settings.appId)
        return;
    applySettings(edited([&](ExportSettings& s) { s.appId = id; }), tr("Change the application id"), Field::AppId);
}

void ExportDocument::setCpus(double cpus)
{
    if (cpus == m_settings.cpus)
        return;
    applySettings(edited([&](ExportSettings& s) { s.cpus = cpus; }), tr("Change CPUs"), Field::Cpus);
}

void ExportDocument::setMem(double mem)
{
    if (mem == m_settings.mem)
        return;
    applySettings(edited([&](ExportSettings& s) { s.mem = mem; }), tr("Change memory"), Field::Mem);
}

void ExportDocument::setDisk(double disk)
{
    if (m_settings.disk == disk)
        return;
    applySettings(edited([&](ExportSettings& s) { s.disk = disk; }), tr("Change disk"), Field::Disk);
}

void ExportDocument::resetDisk()
{
    if (!m_settings.disk)
        return;
    applySettings(edited([&](ExportSettings& s) { s.disk.reset(); }), tr("Size the disk from the package"));
}

void ExportDocument::setInstances(int instances)
{
    if (instances == m_settings.instances)
        return;
    applySettings(
        edited([&](ExportSettings& s) { s.instances = instances; }), tr("Change instances"), Field::Instances);
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
    if (value == m_settings.killGracePeriodSeconds) {
        if (!m_refusedProblems.isEmpty()) {
            m_refusedProblems.clear();
            Q_EMIT changed();
        }
        return;
    }
    applySettings(edited([&](ExportSettings& s) { s.killGracePeriodSeconds = value; }),
        value ? tr("Change the kill grace period") : tr("Back to the package's kill grace period"),
        value ? Field::KillGracePeriod : Field::None);
}

void ExportDocument::setCmd(const std::optional<QString>& cmd)
{
    if (cmd == m_settings.cmd)
        return;
    applySettings(edited([&](ExportSettings& s) { s.cmd = cmd; }),
        cmd ? tr("Edit the command") : tr("Generate the command"), cmd ? Field::Cmd : Field::None);
}

void ExportDocument::setEnv(const QString& key, const QString& value)
{
    if (key.isEmpty() || m_derived.app.envValue(key) == value)
        return;
    applySettings(edited([&](ExportSettings& s) {
        for (MarathonKeyValue& kv : s.env) {
            if (kv.key == key) {
                kv.value = value;
                return;
            }
        }
        s.env.append({ key, value });
    }),
        tr("Set %1").arg(key));
}

bool ExportDocument::addEnv(const QString& key)
{
    // A key already in the environment (the exporter's too) would be blanked, not added.
    if (key.isEmpty() || m_derived.app.envValue(key))
        return false;
    applySettings(edited([&](ExportSettings& s) { s.env.append({ key, QString() }); }), tr("Set %1").arg(key));
    return true;
}

bool ExportDocument::renameEnv(const QString& oldKey, const QString& newKey)
{
    if (oldKey == newKey)
        return true;
    // Onto an existing key the two would collapse into one, and a value would vanish.
    if (newKey.isEmpty() || !isExtraEnv(oldKey) || m_derived.app.envValue(newKey))
        return false;
    applySettings(edited([&](ExportSettings& s) {
        for (MarathonKeyValue& kv : s.env) {
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
    applySettings(
        edited([&](ExportSettings& s) { s.env.removeIf([&](const MarathonKeyValue& kv) { return kv.key == key; }); }),
        tr("Remove %1").arg(key));
}

void ExportDocument::setConfigValue(const QStringList& keys, const QString& tomlValue)
{
    HabitatConfig config = m_derived.config;
    const Status status = config.setValue(keys, tomlValue);
    const bool hadProblems = !m_configProblems.isEmpty();
    m_configProblems.clear();
    if (!status) {
        m_configProblems.append({ QStringLiteral("env/%1/%2").arg(configEnvName(), HabitatConfig::dottedKey(keys)),
            tr("%1: %2").arg(HabitatConfig::dottedKey(keys), status.error()), FieldProblem::Severity::Error });
        Q_EMIT changed();
        return;
    }
    const HabitatConfig::Entry* before = m_derived.config.find(keys);
    if (before && before->value == config.find(keys)->value) {
        if (hadProblems)
            Q_EMIT changed(); // the rejected value's problem is gone
        return;
    }
    applySettings(edited([&](ExportSettings& s) { s.config = ExportSettings::configChanges(config); }),
        tr("Set the configuration key %1").arg(HabitatConfig::dottedKey(keys)));
}

void ExportDocument::resetConfigValue(const QStringList& keys)
{
    const HabitatConfig::Entry* entry = m_derived.config.find(keys);
    if (!entry || !entry->changed)
        return;
    HabitatConfig config = m_derived.config;
    config.reset(keys);
    applySettings(edited([&](ExportSettings& s) { s.config = ExportSettings::configChanges(config); }),
        tr("Reset the configuration key %1").arg(HabitatConfig::dottedKey(keys)));
}

void ExportDocument::setPorts(const QList<MarathonPortDefinition>& ports)
{
    if (ports == m_derived.app.portDefinitions)
        return;
    applySettings(edited([&](ExportSettings& s) { s.portDefinitions = ports; }), tr("Edit the ports"));
}

void ExportDocument::resetPorts()
{
    if (!m_settings.portDefinitions)
        return;
    applySettings(edited([&](ExportSettings& s) { s.portDefinitions.reset(); }), tr("Reset the ports"));
}

void ExportDocument::setSupervisorPorts(bool on)
{
    if (on == m_settings.supervisorPorts)
        return;
    // As the CLI: the Supervisor's health check goes with the Supervisor's ports; the operator's
    // own check on one of the service's ports stays. Hand-edited ports are dropped, since the
    // Supervisor's ports are part of them.
    applySettings(edited([&](ExportSettings& s) {
        s.supervisorPorts = on;
        const HealthCheckSettings check = healthCheckSettings();
        const bool ownCheckOnServicePort = !s.healthCheckChanges.isEmpty()
            && (!HealthCheckSettings::usesPort(check.protocol) || !supervisorPortNames().contains(check.portName));
        s.healthCheck = on || (s.healthCheck && ownCheckOnServicePort);
        s.portDefinitions.reset();
    }),
        on ? tr("Expose the Supervisor's ports") : tr("Hide the Supervisor's ports"));
}

void ExportDocument::setHealthCheck(bool on)
{
    if (on == m_settings.healthCheck)
        return;
    applySettings(edited([&](ExportSettings& s) { s.healthCheck = on; }),
        on ? tr("Add the health check") : tr("Remove the health check"));
}

void ExportDocument::setConstraints(const QList<MarathonConstraint>& constraints)
{
    if (constraints == m_settings.constraints)
        return;
    applySettings(edited([&](ExportSettings& s) { s.constraints = constraints; }), tr("Change the constraints"));
}

void ExportDocument::setDeployment(const DeploymentOptions& deployment)
{
    if (deployment == m_settings.deployment)
        return;
    applySettings(edited([&](ExportSettings& s) { s.deployment = deployment; }), tr("Change the deployment settings"));
}

void ExportDocument::setService(const HabitatServiceOptions& service)
{
    if (service == m_settings.service)
        return;
    applySettings(edited([&](ExportSettings& s) { s.service = service; }), tr("Change the service settings"));
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
    if (labels == m_settings.labels)
        return true;
    applySettings(edited([&](ExportSettings& s) { s.labels = labels; }), tr("Change the labels"));
    return true;
}

void ExportDocument::setHealthCheckSettings(const HealthCheckSettings& settings)
{
    const HealthCheckSettings before = healthCheckSettings();
    if (settings == before && m_settings.healthCheck)
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
    applySettings(edited([&](ExportSettings& s) {
        s.healthCheckChanges = ExportSettings::healthCheckChangesFor(
            HabitatAppBuilder::defaultHealthCheck(m_facts, s.flavour), settings);
        s.healthCheck = true;
    }),
        tr("Change the health check"), field);
}

void ExportDocument::resetHealthCheck()
{
    if (m_settings.healthCheckChanges.isEmpty())
        return;
    applySettings(edited([&](ExportSettings& s) { s.healthCheckChanges.clear(); }), tr("Reset the health check"));
}

void ExportDocument::setFixedPorts(bool fixed)
{
    if (fixed == m_settings.fixedPorts)
        return;
    applySettings(edited([&](ExportSettings& s) {
        s.fixedPorts = fixed;
        s.portDefinitions.reset();
        s.portNumbers.clear();
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
    if (value == m_settings.fetchUri)
        return;
    applySettings(edited([&](ExportSettings& s) { s.fetchUri = value; }), tr("Change the fetch URI"), field);
}

void ExportDocument::setOutputDir(const QString& dir)
{
    if (dir == m_settings.outputDir)
        return;
    applySettings(
        edited([&](ExportSettings& s) { s.outputDir = dir; }), tr("Change the output folder"), Field::OutputDir);
}

void ExportDocument::setFormat(TarballFormat format)
{
    if (format == m_settings.format)
        return;
    applySettings(edited([&](ExportSettings& s) { s.format = format; }), tr("Change the compression"));
}

void ExportDocument::setLayout(DeploymentLayout layout)
{
    if (layout == m_settings.layout)
        return;
    applySettings(edited([&](ExportSettings& s) { s.layout = layout; }), tr("Change the deployment layout"));
}

void ExportDocument::setAgentFetcher(AgentFetcher fetcher)
{
    if (fetcher == m_settings.agentFetcher)
        return;
    applySettings(edited([&](ExportSettings& s) { s.agentFetcher = fetcher; }), tr("Change the Mesos agents' version"));
}

void ExportDocument::setFlavour(MarathonFlavour flavour)
{
    if (flavour == m_settings.flavour)
        return;
    applySettings(edited([&](ExportSettings& s) { s.flavour = flavour; }), tr("Change the JSON flavour"));
}

void ExportDocument::setSupervisorPackage(SupervisorPackages::Part part, const QString& ident)
{
    const QString value = ident.trimmed();
    if (m_settings.supervisor[part] == value)
        return;
    applySettings(edited([&](ExportSettings& s) { s.supervisor[part] = value; }),
        tr("Change the Supervisor's packages"), Field::SupervisorPackage);
}

} // namespace habmesos
