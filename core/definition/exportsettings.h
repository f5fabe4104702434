// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "definition/deploymentoptions.h"
#include "export/exportoptions.h"
#include "export/tarballformat.h"
#include "marathon/habitatserviceoptions.h"
#include "marathon/healthchecksettings.h"
#include "marathon/marathonapp.h"
#include "marathon/marathonjsonwriter.h"
#include "marathon/portplacement.h"
#include "package/packagesources.h"
#include "package/supervisorpackages.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace habmesos {

// Everything an operator sets for one export: the package, the application's resources and
// parts, the tarball and the JSON flavour. A plain value: the window's document holds one (and
// adds undo and signals), `habmesos export` parses its arguments into one (ExportArguments), and
// AppDerivation makes the Marathon app from one and the package's facts. Unset optionals and empty
// lists follow the package. A setting added here reaches the window, the command line and the app
// through those three, and nowhere else.
struct ExportSettings
{
    // One key of the service's configuration set to a TOML value, as `--config KEY=VALUE` says it.
    struct ConfigOverride
    {
        QStringList keys; // {"http", "port"}
        QString value; // TOML text: 8081, "\"debug\""
        bool operator==(const ConfigOverride&) const = default;
    };
    // One port's host number, as `--port NAME=NUMBER` says it.
    struct PortNumber
    {
        QString name;
        int number = 0;
        bool operator==(const PortNumber&) const = default;
    };

    // The package: an ident (origin/name[/version[/release]]) or a .hart file, and where to look.
    QString package;
    PackageSources sources; // concrete paths (ExportArguments fills Habitat's defaults)
    bool allowUnverified = false;

    // The application.
    QString appId; // empty: made from origin/name
    double cpus = MarathonApp::DefaultCpus;
    double mem = MarathonApp::DefaultMem;
    std::optional<double> disk; // MiB; nullopt: sized from the package
    int instances = MarathonApp::DefaultInstances;
    std::optional<int> killGracePeriodSeconds; // nullopt: the package's SHUTDOWN_TIMEOUT plus a margin
    MarathonKeyValues env; // set over the generated environment, in order
    QList<ConfigOverride> config; // applied to default.toml in order; they go into HAB_<PKG>
    bool supervisorPorts = true; // expose the Supervisor's gossip and HTTP gateway ports
    bool fixedPorts = false; // the package's own port numbers and requirePorts, not dynamic ports
    QList<PortNumber> portNumbers; // fix single host ports by name (requirePorts)
    std::optional<QList<MarathonPortDefinition>> portDefinitions; // hand-edited ports (the window)
    PortRanges agentPorts = PortPlacement::defaultAgentPorts(); // what the agents offer
    bool healthCheck = true;
    // Changes (HealthCheckSettings::set keys and values) over the Supervisor's health check.
    MarathonKeyValues healthCheckChanges;
    QList<MarathonConstraint> constraints;
    MarathonKeyValues labels;
    std::optional<QString> cmd; // a hand-edited command; nullopt: generated
    // Where the agents download the tarball; nullopt: the local file (file://<output>/<name>); a
    // URL ending in / gets the tarball's name.
    std::optional<QString> fetchUri;
    // Upgrade strategy, backoff, accepted resource roles, the task's user, extra downloads.
    DeploymentOptions deployment;
    // The Supervisor's options, the ring, binds, secrets and the data volume.
    HabitatServiceOptions service;
    // What an opened definition has that the settings cannot say ("container", "secrets", a second
    // download): written back into the JSON as it was read (MarathonApp::keptFields), never over a
    // field the settings make. MarathonAppImport fills it.
    QCborMap keptFields;

    // The tarball and the JSON.
    QString outputDir; // empty: the current directory
    TarballFormat format = TarballFormat::Gzip;
    DeploymentLayout layout = DeploymentLayout::Tarball;
    AgentFetcher agentFetcher = AgentFetcher::Libarchive;
    std::optional<QString> segmentCache = defaultSegmentCache(); // nullopt: none
    MarathonFlavour flavour = MarathonFlavour::Current;
    SupervisorPackages supervisor;

    bool operator==(const ExportSettings&) const = default;

    static QString defaultSegmentCache(); // ~/.cache/habmesos/segments
    // The health check the settings make for a package whose Supervisor check is `base`.
    HealthCheckSettings healthCheckFor(const HealthCheckSettings& base) const;
    // The config overrides that turn `base` into `changed` (both default.toml, with edits).
    static QList<ConfigOverride> configChanges(const class HabitatConfig& changed);
    // The health check changes that turn `base` into `wanted`, in HealthCheckSettings::keys() order.
    static MarathonKeyValues healthCheckChangesFor(const HealthCheckSettings& base, const HealthCheckSettings& wanted);

    // The tarball's file name for a package: origin-name-version-release.tgz (or .txz, .tar).
    QString tarballFileName(const PackageIdent& ident) const;
    QString tarballPath(const PackageIdent& ident) const; // absolute, in the output folder
    // The fetch URI for the tarball named `tarballName`: fetchUri (a folder URL gets the name), or
    // the local file. In the harts layout fetchUri is always the folder of the bootstrap and every
    // .hart, whether or not it ends in a slash.
    QString fetchUriFor(const QString& tarballName) const;
    // The settings for deploying to the Marathon at `marathon`: the ring's tasks ask that server for
    // their members unless the operator named another (service.marathonUrl). The one place this
    // is decided, for `habmesos export --deploy` and the window's deploy alike.
    ExportSettings forDeployTo(const QUrl& marathon) const;
    // What the export engine is asked to do (no progress, cancel or service check: the caller's).
    ExportOptions exportOptions() const;
};

} // namespace habmesos
