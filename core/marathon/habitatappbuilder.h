// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packagemetadata.h"

#include "fieldproblem.h"
#include "marathon/habitatconfig.h"
#include "marathon/habitatserviceoptions.h"
#include "marathon/healthchecksettings.h"
#include "marathon/marathonapp.h"
#include "marathon/marathonjsonwriter.h"
#include "marathon/portplacement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace habmesos {

// What the builder needs to know about a package, as plain values (the package reader fills it).
struct HabitatPackageFacts
{
    QString origin;
    QString name;
    QString version;
    QString release;
    QList<int> exposes; // EXPOSES
    QList<std::pair<QString, QString>> exports; // EXPORTS: export name -> config key path
    QString defaultToml; // default.toml; empty when the package has none
    QString svcUser; // SVC_USER; empty: not a service
    QString svcGroup; // SVC_GROUP
    QList<std::pair<QString, QStringList>> binds; // BINDS: required bind name -> the exports it needs
    QList<std::pair<QString, QStringList>> bindsOptional; // BINDS_OPTIONAL, the same way
    int shutdownTimeout = -1; // SHUTDOWN_TIMEOUT in seconds; -1: absent (Habitat's default applies)
    QString shutdownSignal; // SHUTDOWN_SIGNAL; empty: absent (TERM)
    QString tarballFileName; // origin-name-version-release.tgz; the bootstrap in the harts layout
    QString fetchUri; // where agents download the tarball; empty while unknown
    // What the export measured (ExportResult), 0 while unknown: the tree the tarball extracts to
    // (`du` style, in bytes) and the tarball itself, which the Mesos fetcher keeps in the sandbox.
    qint64 extractedBytes = 0;
    qint64 tarballBytes = 0;
    // The harts layout (ExportSettings::layout): besides the bootstrap, every .hart of the closure
    // is a download of its own, cached by the agents' fetcher; known after the export only.
    struct Hart
    {
        QString fileName; // origin-name-version-release-target.hart
        QString fetchUri; // AppDerivation fills it, beside the bootstrap's
        qint64 bytes = 0;
        int wave = 0; // ExportResult::Hart::wave: when init.sh installs it
        // origin/name/version/release: what init.sh names to `hab pkg install` (from the cache by
        // its canonical name, without the extra read of its metadata a file argument costs).
        QString ident;
        bool operator==(const Hart&) const = default;
    };
    bool hartsLayout = false;
    QList<Hart> harts;
};

struct HabitatAppOptions
{
    // Expose the Supervisor's gossip (9638, udp and tcp) and HTTP gateway (9631) ports, and
    // reserve its control gateway port (9632, which it binds on 127.0.0.1): with host networking
    // a second Supervisor on the same agent could not bind a port that Mesos did not hand out.
    bool supervisorPorts = true;
    // Dynamic: port 0 everywhere, Marathon picks the host ports and the command wires them into
    // the Supervisor and the configuration. Fixed: the package's own port numbers, requirePorts.
    enum class Ports
    {
        Dynamic,
        Fixed
    };
    Ports ports = Ports::Dynamic;
    // A health check: the operator's (healthCheckSettings) or the Supervisor's health endpoint on
    // its HTTP gateway (defaultHealthCheck, needs supervisorPorts).
    bool healthCheck = true;
    std::optional<HealthCheckSettings> healthCheckSettings;
    // The operator's application id; empty: made from origin/name (MarathonAppId::fromPackage).
    QString appId;
    // The operator's configuration; nullopt: default.toml as it is.
    std::optional<HabitatConfig> config;
    // The operator's taskKillGracePeriodSeconds; nullopt: HabitatAppBuilder::defaultKillGracePeriod.
    std::optional<int> killGracePeriodSeconds;
    // The port ranges the agents offer: fixed ports must lie in them (PortPlacement).
    PortRanges agentPorts = PortPlacement::defaultAgentPorts();
    // The operator's disk in MiB; nullopt: sized from the package (HabitatAppBuilder::neededDisk).
    std::optional<double> disk;
    // The JSON the app is for: the default health check is Mesos' HTTP check where Marathon has it.
    MarathonFlavour flavour = MarathonFlavour::Current;
    // How the Supervisor runs the service, its ring, binds, secrets and data volume.
    HabitatServiceOptions service;
};

// The default Marathon application for a Habitat package. See HabitatLaunchCommand for `cmd`.
// The model is the same for both JSON flavours: pass the flavour to MarathonJsonWriter (the
// command uses $PORT<n>, which the legacy `ports` form sets as well).
class HabitatAppBuilder
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::HabitatAppBuilder)
public:
    static constexpr int GossipPort = 9638;
    static constexpr int HttpGatewayPort = 9631;
    static constexpr int ControlGatewayPort = 9632;
    static QString gossipPortName() { return QStringLiteral("hab-gossip"); }
    static QString httpPortName() { return QStringLiteral("hab-http"); }
    static QString controlPortName() { return QStringLiteral("hab-ctl"); }
    static QString licenseValue() { return QStringLiteral("accept-no-persist"); }

    struct Build
    {
        MarathonApp app;
        // Warnings (id changed, a port the configuration cannot follow, ...) and errors (no
        // download address, unreadable default.toml, ...), each on its field.
        FieldProblems problems;
        // default.toml with the operator's changes, for the editor; empty if unreadable.
        HabitatConfig config;
    };

    static Build build(const HabitatPackageFacts& facts, const HabitatAppOptions& options = {});
    // What makes the package impossible to run with these service options (a required bind not
    // given), one message each, for refusing an export before it starts; finish() reports the same
    // as errors on their fields (HabitatServiceApp).
    static QStringList refusals(const HabitatPackageFacts& facts, const HabitatServiceOptions& service);
    // What follows the operator's edits of the built app (resources, environment, ports, command,
    // placement): the checks and adjustments that judge the app as it will be sent. The window and
    // `habmesos export` both call it last, so a decision made here is made once for both.
    static void finish(MarathonApp& app, const HabitatPackageFacts& facts, const HabitatAppOptions& options,
        const HabitatConfig& config, FieldProblems& problems);

    // Habitat's SHUTDOWN_TIMEOUT when a package states none (sup/src/manager/service: 8 s).
    static constexpr int HabitatDefaultShutdownTimeout = 8;
    // What stopping needs beyond SHUTDOWN_TIMEOUT: the Launcher hands the stop to the Supervisor,
    // which polls for it about once a second, leaves the ring and runs post-stop hooks; the
    // command then notices the Launcher is gone (it polls once a second too).
    static constexpr int KillGraceMargin = 10;
    // The longest kill grace period the operator may set (a day): longer is surely a typo, and
    // Marathon would keep the task's resources that long after a kill.
    static constexpr int MaxKillGracePeriod = 86400;
    // taskKillGracePeriodSeconds for a package: its SHUTDOWN_TIMEOUT (or Habitat's default) plus
    // the margin, so Mesos' SIGKILL never cuts the Supervisor's own stop short.
    static int defaultKillGracePeriod(const HabitatPackageFacts& facts);
    // The package's SHUTDOWN_TIMEOUT, or Habitat's default when it states none.
    static int shutdownTimeout(const HabitatPackageFacts& facts);
    // The facts of a package as its metadata states them (the fetch URI is left to the caller).
    static HabitatPackageFacts factsFor(const PackageMetadata& service, const QString& tarballFileName);
    // The package's default.toml as errors name it: "core/nginx/1.25.4/20240101000000/default.toml".
    static QString defaultTomlName(const HabitatPackageFacts& facts);

    // The Supervisor's health endpoint for the service, on the hab-http port: what an app gets
    // unless the operator sets a health check of their own. MESOS_HTTP (run by the agent;
    // Marathon's own HTTP checks are deprecated since 1.4), HTTP for the legacy flavour (Marathon
    // before 1.0 has no Mesos checks).
    static HealthCheckSettings defaultHealthCheck(
        const HabitatPackageFacts& facts, MarathonFlavour flavour = MarathonFlavour::Current);

    // The disk (MiB) the task's sandbox needs for the package: see habitatappbuilder.cpp;
    // nullopt while the tarball's sizes are unknown (not built yet).
    static std::optional<double> neededDisk(const HabitatPackageFacts& facts);
    // Sets app.healthChecks as `options` say, finding the check's port by name in the app's ports
    // as they are now; call it again after the operator edits the ports. Problems go to `problems`
    // (a check whose port is gone is left out: an error for the operator's, a warning for ours).
    static void placeHealthCheck(
        MarathonApp& app, const HabitatPackageFacts& facts, const HabitatAppOptions& options, FieldProblems& problems);

    // The command for `app` as it is now: the ports it wires are found by name (hab-gossip,
    // hab-http, hab-ctl and the ports named after the package's exports), so call this again
    // after the operator adds, removes or reorders port definitions.
    static QString launchCommand(const MarathonApp& app, const HabitatPackageFacts& facts, const HabitatConfig& config);

    // The configuration keys the command for `app` sets from Marathon's ports, each with the index
    // of its port: the package's ports (planPorts) that have a key and are still among app's ports.
    static QList<std::pair<QStringList, int>> wiredConfigKeys(
        const MarathonApp& app, const HabitatPackageFacts& facts, const HabitatConfig& config);

    // The package's own ports, in EXPOSES order: the number, the port name, and the configuration
    // key of the export whose default.toml value is that number (if any).
    struct PlannedPort
    {
        int port = 0;
        QString name;
        std::optional<QStringList> configKeys;
    };
    static QList<PlannedPort> planPorts(const HabitatPackageFacts& facts, const HabitatConfig& config);

    // A Marathon port name made from an export name: lowercase, '_' and others as '-', starting
    // with a letter (Marathon 1.7's schema wants that), and unique among `taken`.
    static QString portName(QStringView exportName, const QStringList& taken);
};

} // namespace habmesos
