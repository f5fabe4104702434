// SPDX-License-Identifier: Apache-2.0
#include "ui/exportdocument.h"

#include "marathon/marathonvalidator.h"
#include "package/missingdependencies.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace habmesos {

ExportDocument::ExportDocument(QObject* parent)
    : QObject(parent)
{
    recompute();
}

void ExportDocument::setPackage(const QString& request, const PackageClosure& closure)
{
    m_settings.package = request;
    m_closure = closure;
    const PackageClosure::Member* root = closure.rootMember();
    if (root && root->inspected)
        m_service = root->artifact.metadata;
    else
        m_service.reset();
    // A new package: its own configuration, ports, health check, command, id and fetch URI; the
    // operator's resources, environment, output and flavour stay.
    m_settings.config.clear();
    m_settings.portDefinitions.reset();
    m_settings.portNumbers.clear();
    m_settings.healthCheckChanges.clear(); // its port names and path belong to the old package
    m_settings.cmd.reset();
    m_settings.appId.clear();
    m_settings.fetchUri.reset(); // it names the old package's tarball file
    m_settings.killGracePeriodSeconds.reset(); // it follows the old package's SHUTDOWN_TIMEOUT
    m_settings.keptFields = QCborMap(); // the opened definition's, which was of the old package
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

void ExportDocument::restoreSettings(const ExportSettings& settings)
{
    // The preferences and the package are not part of an edit: undo keeps them as they are now.
    ExportSettings next = settings;
    next.package = m_settings.package;
    next.sources = m_settings.sources;
    next.segmentCache = m_settings.segmentCache;
    next.agentPorts = m_settings.agentPorts;
    m_settings = next;
    // These were said of the settings before these.
    m_serverProblems.clear();
    m_configProblems.clear();
    m_refusedProblems.clear();
    recompute();
    Q_EMIT changed();
}

void ExportDocument::setAgentPorts(const PortRanges& ranges)
{
    if (ranges.isEmpty() || ranges == m_settings.agentPorts)
        return;
    m_settings.agentPorts = ranges;
    recompute();
    Q_EMIT changed();
}

void ExportDocument::setBuildResult(const ExportResult& result)
{
    m_builtTarballName = result.tarballName;
    m_builtExtractedBytes = result.extractedBytes;
    m_builtTarballBytes = result.tarballSize;
    m_builtLayout = result.layout;
    m_builtService = result.service.ident;
    m_builtSupervisor = m_settings.supervisor; // what the build was asked for, as far as the window knows
    m_builtHarts = AppDerivation::hartsOf(result);
    m_builtHartsFiles = HartsPublisher::filesOf(result);
    for (const ExportResult::Hart& hart : result.harts)
        m_builtTarballBytes += hart.bytes; // all the sandbox receives, as `habmesos export` counts it
    recompute();
    Q_EMIT changed();
}

int ExportDocument::defaultKillGracePeriod() const
{
    return HabitatAppBuilder::defaultKillGracePeriod(m_facts);
}

HealthCheckSettings ExportDocument::healthCheckSettings() const
{
    return m_settings.healthCheckFor(HabitatAppBuilder::defaultHealthCheck(m_facts, m_settings.flavour));
}

QStringList ExportDocument::supervisorPortNames()
{
    return { HabitatAppBuilder::gossipPortName(), HabitatAppBuilder::httpPortName(),
        HabitatAppBuilder::controlPortName() };
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
    return m_packageProblems + m_derived.problems + m_configProblems + m_refusedProblems + m_outputProblems;
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
    for (const MarathonKeyValue& kv : m_settings.env) {
        if (kv.key == key)
            return true;
    }
    return false;
}

QString ExportDocument::tarballFileName() const
{
    return m_service ? m_settings.tarballFileName(m_service->ident) : QString();
}

QString ExportDocument::defaultFetchUri() const
{
    if (!m_service)
        return QString();
    if (m_settings.layout == DeploymentLayout::Harts) {
        const QString dir
            = QDir(m_settings.outputDir.isEmpty() ? QDir::currentPath() : m_settings.outputDir).absolutePath();
        return QUrl::fromLocalFile(dir + u'/').toString();
    }
    return QUrl::fromLocalFile(m_settings.tarballPath(m_service->ident)).toString();
}

bool ExportDocument::builtHartsApply() const
{
    return m_service && m_settings.layout == DeploymentLayout::Harts && m_builtLayout == DeploymentLayout::Harts
        && m_builtService == m_service->ident && m_builtSupervisor == m_settings.supervisor && !m_builtHarts.isEmpty();
}

QList<HartsPublisher::File> ExportDocument::builtHartsFiles() const
{
    return builtHartsApply() ? m_builtHartsFiles : QList<HartsPublisher::File>();
}

ExportOptions ExportDocument::exportOptions() const
{
    return m_settings.exportOptions();
}

ExportOptions ExportDocument::optionsForBuild() const
{
    const ExportOptions options = exportOptions();
    if (!options.outputDir.isEmpty() && !QFileInfo(options.outputDir).exists())
        QDir().mkpath(options.outputDir); // if it cannot be made, the build says so
    return options;
}

void ExportDocument::refuseEdit(const QString& field, const QString& message)
{
    m_refusedProblems = { { field, message, FieldProblem::Severity::Error } };
    Q_EMIT changed();
}

namespace {

// The tarball's folder as Build will find it: there and writable, or to be made under a folder
// that is (the build makes it), or a problem on the Output tab before anything is built.
FieldProblems outputFolderProblems(const QString& setting)
{
    const QString dir = QDir(setting.isEmpty() ? QDir::currentPath() : setting).absolutePath();
    const QString field = QStringLiteral("output");
    const QFileInfo info(dir);
    if (info.exists()) {
        if (!info.isDir())
            return { { field,
                ExportDocument::tr("The output folder %1 is a file, not a folder: choose a folder (Browse…).").arg(dir),
                FieldProblem::Severity::Error } };
        if (!info.isWritable())
            return { { field,
                ExportDocument::tr("The output folder %1 cannot be written to: choose another (Browse…).").arg(dir),
                FieldProblem::Severity::Error } };
        return {};
    }
    QFileInfo parent(info.absolutePath());
    while (!parent.exists() && !parent.isRoot())
        parent = QFileInfo(parent.absolutePath());
    if (parent.isDir() && parent.isWritable())
        return { { field, ExportDocument::tr("The output folder %1 does not exist yet: Build creates it.").arg(dir),
            FieldProblem::Severity::Warning } };
    return { { field,
        ExportDocument::tr("The output folder %1 does not exist and cannot be created (%2 cannot be written to): "
                           "choose another (Browse…).")
            .arg(dir, parent.absoluteFilePath()),
        FieldProblem::Severity::Error } };
}

} // namespace

void ExportDocument::setServerProblems(const FieldProblems& problems)
{
    m_serverProblems = problems;
    Q_EMIT changed();
}

void ExportDocument::setDeployServer(const QUrl& server)
{
    if (server == m_deployServer)
        return;
    m_deployServer = server;
    recompute();
    Q_EMIT changed();
}

void ExportDocument::recompute()
{
    if (!m_service) {
        m_derived = AppDerivation::Derived();
        m_json.clear();
        m_outputProblems.clear();
        return;
    }
    m_outputProblems = outputFolderProblems(m_settings.outputDir);
    m_facts = HabitatAppBuilder::factsFor(*m_service, tarballFileName()); // the mapping the CLI uses too
    if (m_settings.layout == DeploymentLayout::Harts) {
        // Only the export knows the bootstrap's name (a hash of its bytes) and the closure's .hart
        // files; until a build of this package with these Supervisor's packages, the derivation
        // says to export first.
        if (builtHartsApply()) {
            m_facts.tarballFileName = m_builtTarballName;
            m_facts.extractedBytes = m_builtExtractedBytes;
            m_facts.tarballBytes = m_builtTarballBytes;
            m_facts.harts = m_builtHarts;
        }
    } else if (m_builtLayout == DeploymentLayout::Tarball && !m_builtTarballName.isEmpty()
        && m_builtTarballName == tarballFileName()) {
        // Sizes only of this very tarball: another package's or format's would size the disk wrongly.
        m_facts.extractedBytes = m_builtExtractedBytes;
        m_facts.tarballBytes = m_builtTarballBytes;
    }
    m_derived = AppDerivation::derive(m_facts, m_settings.forDeployTo(m_deployServer));
    m_json = MarathonJsonWriter::write(m_derived.app, m_settings.flavour);
}

} // namespace habmesos
