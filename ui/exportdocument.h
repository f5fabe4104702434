// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "definition/appderivation.h"
#include "definition/exportarguments.h"
#include "definition/exportsettings.h"
#include "export/exportoptions.h"
#include "export/exportresult.h"
#include "export/tarballformat.h"
#include "fieldproblem.h"
#include "marathon/habitatappbuilder.h"
#include "marathon/hartspublisher.h"
#include "marathon/marathonapp.h"
#include "marathon/marathonjsonwriter.h"
#include "package/packageclosure.h"
#include "package/packagemetadata.h"

#include <QByteArray>
#include <QObject>
#include <QUndoStack>
#include <QUrl>

#include <optional>

namespace habmesos {

// The single source of truth behind the forms, the tables and the JSON preview: the selected
// package and the operator's ExportSettings. The Marathon application is derived from them by
// AppDerivation, as `habmesos export` derives it, so the preview is byte-identical to the CLI's
// output for the same settings, and Copy as Command Line is ExportArguments::encode of them.
//
// Every edit is an undo command that swaps value snapshots of the settings; bursts on one field (a
// spin box's arrows, typing in the app id) merge into one command. Picking another package is not
// undoable: it starts a fresh history. Where packages are looked for, the segment cache and the
// agents' port ranges are preferences, not edits of this app: set directly, never undone.
class ExportDocument : public QObject
{
    Q_OBJECT
public:
    // Merge keys of the fields whose bursts merge (QUndoCommand::id()).
    enum class Field
    {
        None = 0,
        AppId = 1,
        Cpus,
        Mem,
        Disk,
        Instances,
        Cmd,
        FetchUri,
        OutputDir,
        SupervisorPackage,
        HealthCheckPath,
        HealthCheckCommand,
        HealthCheckGracePeriod,
        HealthCheckInterval,
        HealthCheckTimeout,
        HealthCheckFailures,
        KillGracePeriod,
        Json, // typing in the JSON (JSON mode)
    };

    explicit ExportDocument(QObject* parent = nullptr);

    QUndoStack* undoStack() { return &m_undo; }

    // The package. `request` is what an export names (an ident or a .hart path); `closure` is the
    // inspected closure (its root member's metadata makes the definition). Clears the history.
    void setPackage(const QString& request, const PackageClosure& closure);
    void clearPackage();
    bool hasPackage() const { return m_service.has_value(); }
    QString packageRequest() const { return m_settings.package; }
    const PackageClosure& closure() const { return m_closure; }
    const std::optional<PackageMetadata>& service() const { return m_service; }

    void setSources(const PackageSources& sources) { m_settings.sources = sources; }
    const PackageSources& sources() const { return m_settings.sources; }
    void setSegmentCache(const QString& dir) { m_settings.segmentCache = dir; }
    // The port ranges the agents offer.
    void setAgentPorts(const PortRanges& ranges);
    const PortRanges& agentPorts() const { return m_settings.agentPorts; }
    // A finished build: its sizes size the app's disk while they are this package's tarball's
    // (not undoable; a measurement, not an edit). A build in the harts layout also names the
    // downloads (the bootstrap and every .hart) that the app fetches while the layout is harts and
    // the package and the Supervisor's packages are the ones built.
    void setBuildResult(const ExportResult& result);
    // In the harts layout, the files of the last build while the app fetches them (see
    // setBuildResult): the bootstrap and every .hart, to publish. Empty otherwise.
    QList<HartsPublisher::File> builtHartsFiles() const;

    const ExportSettings& settings() const { return m_settings; }
    // The package's facts as the derivation takes them (for opening a definition against them).
    const HabitatPackageFacts& facts() const { return m_facts; }
    // Changed since the package was opened or the definition was last saved or opened (the undo
    // stack's clean state).
    bool isModified() const { return m_service.has_value() && !m_undo.isClean(); }

    // Edits (each one undoable).
    void setAppId(const QString& id);
    void setCpus(double cpus);
    void setMem(double mem);
    void setDisk(double disk); // the operator's
    void resetDisk(); // back to the size the package needs
    void setInstances(int instances);
    // taskKillGracePeriodSeconds; nullopt, or the package's default, follows the package. A value
    // outside 0..HabitatAppBuilder::MaxKillGracePeriod changes nothing: it is refused with a problem
    // on the field until the next edit.
    void setKillGracePeriod(const std::optional<int>& seconds);
    // The package's: its SHUTDOWN_TIMEOUT (or Habitat's default) plus HabitatAppBuilder::KillGraceMargin.
    int defaultKillGracePeriod() const;
    void setCmd(const std::optional<QString>& cmd); // nullopt: back to the generated command
    void setEnv(const QString& key, const QString& value); // adds or changes one variable
    // A new variable with an empty value; false if the environment has that key already.
    bool addEnv(const QString& key);
    // Only variables the operator added; false if the environment has newKey already.
    bool renameEnv(const QString& oldKey, const QString& newKey);
    void removeEnv(const QString& key); // only variables the operator added
    void setConfigValue(const QStringList& keys, const QString& tomlValue); // errors: problems()
    void resetConfigValue(const QStringList& keys);
    void setPorts(const QList<MarathonPortDefinition>& ports);
    void resetPorts();
    void setSupervisorPorts(bool on);
    void setHealthCheck(bool on);
    void setConstraints(const QList<MarathonConstraint>& constraints);
    bool setLabels(const MarathonKeyValues& labels); // false (nothing changes) for a repeated key
    // The health check as it is set (the operator's, or the Supervisor's default for the package).
    HealthCheckSettings healthCheckSettings() const;
    // One undo step per change; typing in the path or command and a spin box's bursts merge.
    void setHealthCheckSettings(const HealthCheckSettings& settings);
    void resetHealthCheck(); // back to the Supervisor's health check
    void setFixedPorts(bool fixed);
    // Upgrade strategy, backoff, accepted roles, the task's user and the extra downloads: one undo
    // step per change (the Deployment page changes one field at a time).
    void setDeployment(const DeploymentOptions& deployment);
    // How the Supervisor runs the service, its binds, ring, secrets and data volume: one undo step
    // per change (the Services page changes one field at a time).
    void setService(const HabitatServiceOptions& service);
    // Empty: back to the local tarball. One undo step each (the Marathon panel sets it after an
    // upload); typeFetchUri merges a burst of typing into one step.
    void setFetchUri(const QString& uri);
    void typeFetchUri(const QString& uri);
    void setOutputDir(const QString& dir);
    void setFormat(TarballFormat format);
    void setLayout(DeploymentLayout layout);
    void setAgentFetcher(AgentFetcher fetcher);
    void setFlavour(MarathonFlavour flavour);
    void setSupervisorPackage(SupervisorPackages::Part part, const QString& ident);
    static QStringList supervisorPortNames(); // hab-gossip, hab-http, hab-ctl
    // Applies whole new settings as one command.
    void applySettings(const ExportSettings& settings, const QString& text, Field mergeField = Field::None);

    // Derived values, recomputed after every change.
    const MarathonApp& app() const { return m_derived.app; }
    MarathonFlavour flavour() const { return m_settings.flavour; }
    QByteArray json() const { return m_json; }
    // The package's (an unverified signature is an error, as for the CLI; a closure that cannot be
    // exported is a warning), the builder's, the validator's, the legacy flavour's losses, a
    // rejected configuration value (until the next edit), and the server's (setServerProblems), in
    // that order.
    FieldProblems problems() const;
    // The same without the server's: what the definition itself has wrong (without a package, an
    // error saying so).
    FieldProblems localProblems() const;
    bool hasErrors() const;
    const HabitatConfig& config() const { return m_derived.config; } // default.toml with the edits
    QString configEnvName() const; // HAB_<PKG>
    bool isExtraEnv(const QString& key) const;
    QString tarballFileName() const;
    // Where the agents download from when the Fetch URI is empty: the tarball in the output folder,
    // or in the harts layout the output folder itself (file:///…/, the bootstrap and every .hart).
    QString defaultFetchUri() const;
    ExportOptions exportOptions() const;
    // The options for a build, the output folder created first when it does not exist yet (the
    // problem on "output" says that Build creates it); Build calls this, not exportOptions().
    ExportOptions optionsForBuild() const;

    // The `habmesos export` arguments (package last) that make the same definition and tarball, for
    // scripts; what a command line cannot say (hand-edited ports or command) is named in
    // `notExpressed` instead.
    using CommandLine = ExportArguments::Encoded;
    // The settings as they are derived: the Marathon server picked to deploy to is the ring's
    // (ExportSettings::forDeployTo), so the command line names it (--ring-marathon) as well.
    CommandLine commandLine() const
    {
        return m_service ? ExportArguments::encode(m_settings.forDeployTo(m_deployServer)) : CommandLine();
    }

    // An edit a form could not make (a name another row has): said on `field` until the next edit,
    // so the operator learns why nothing changed.
    void refuseEdit(const QString& field, const QString& message);

    // 422 details from a Marathon server, shown on their fields until the next edit.
    void setServerProblems(const FieldProblems& problems);
    // The Marathon server the window deploys to: where the ring's tasks ask for each other unless
    // the Services page names another (not a setting of the document: it follows the picker).
    void setDeployServer(const QUrl& server);
    QUrl deployServer() const { return m_deployServer; }

    // Only for the undo commands: the edits of `settings`, with the current preferences.
    void restoreSettings(const ExportSettings& settings);

Q_SIGNALS:
    void packageChanged();
    // Any change of the state or of the derived values (app, JSON, problems).
    void changed();

private:
    void recompute();
    // The last build was a harts build of this package and these Supervisor's packages, and the
    // layout is still harts: its bootstrap and .hart files are the app's downloads.
    bool builtHartsApply() const;
    void changeFetchUri(const QString& uri, Field field);
    ExportSettings edited(auto&& change) const
    {
        ExportSettings next = m_settings;
        change(next);
        return next;
    }

    QUndoStack m_undo;
    // The last build's sizes and the tarball they are of.
    QString m_builtTarballName;
    qint64 m_builtExtractedBytes = 0;
    qint64 m_builtTarballBytes = 0; // in the harts layout: the bootstrap and every .hart
    // A harts build's: the package and the Supervisor's packages it was of, and its .hart files.
    DeploymentLayout m_builtLayout = DeploymentLayout::Tarball;
    PackageIdent m_builtService;
    SupervisorPackages m_builtSupervisor;
    QList<HabitatPackageFacts::Hart> m_builtHarts;
    QList<HartsPublisher::File> m_builtHartsFiles;
    PackageClosure m_closure;
    std::optional<PackageMetadata> m_service;
    HabitatPackageFacts m_facts;
    ExportSettings m_settings;
    AppDerivation::Derived m_derived;
    FieldProblems m_packageProblems; // the package's signature and closure
    FieldProblems m_serverProblems;
    QUrl m_deployServer;
    FieldProblems m_configProblems; // a rejected configuration value, until the next edit
    FieldProblems m_refusedProblems; // a refused value (the kill grace period), until the next edit
    FieldProblems m_outputProblems; // the output folder, on "output"
    QByteArray m_json;
};

} // namespace habmesos
