// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "definition/exportsettings.h"
#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

namespace habmesos {

// The one codec between ExportSettings and `habmesos export` arguments: the options themselves
// (with their help), decode (parsed arguments to settings, each bad value a usage error naming its
// option) and encode (settings to the arguments that decode back to them, for Edit ▸ Copy as Command
// Line). Their round trip is tested over many settings, so the window's command line can never drift
// from what the command parses. The command's actions (upload, deploy, credentials) are its own
// options (cli/ExportCommand), on the same parser.
class ExportArguments
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::ExportArguments)
public:
    ExportArguments();

    // Package
    const QCommandLineOption demo;
    const QCommandLineOption cacheDir;
    const QCommandLineOption keyDir;
    const QCommandLineOption pkgsDir;
    const QCommandLineOption noInstalled;
    const QCommandLineOption allowUnverified;
    // Resources
    const QCommandLineOption cpu;
    const QCommandLineOption mem;
    const QCommandLineOption disk;
    const QCommandLineOption instances;
    const QCommandLineOption killGracePeriod;
    // Application
    const QCommandLineOption appId;
    const QCommandLineOption env;
    const QCommandLineOption config;
    const QCommandLineOption port;
    const QCommandLineOption noSupervisorPorts;
    const QCommandLineOption fixedPorts;
    const QCommandLineOption agentPorts;
    const QCommandLineOption healthCheck;
    const QCommandLineOption noHealthCheck;
    const QCommandLineOption constraint;
    const QCommandLineOption label;
    const QCommandLineOption uri;
    const QCommandLineOption legacyJson;
    // Deployment (DeploymentOptions)
    const QCommandLineOption upgradeMinHealth;
    const QCommandLineOption upgradeMaxOver;
    const QCommandLineOption backoff;
    const QCommandLineOption backoffFactor;
    const QCommandLineOption maxLaunchDelay;
    const QCommandLineOption acceptedRole;
    const QCommandLineOption taskUser;
    const QCommandLineOption fetch;
    // The service in the Supervisor (hab sup run's options) and its ring (HabitatServiceOptions)
    const QCommandLineOption group;
    const QCommandLineOption topology;
    const QCommandLineOption strategy;
    const QCommandLineOption updateCondition;
    const QCommandLineOption channel;
    const QCommandLineOption builderUrl;
    const QCommandLineOption healthCheckInterval;
    const QCommandLineOption bind;
    const QCommandLineOption bindingMode;
    const QCommandLineOption ringName;
    const QCommandLineOption ringDiscovery;
    const QCommandLineOption peer;
    const QCommandLineOption ringMarathon;
    const QCommandLineOption ringKeySecret;
    const QCommandLineOption ringKeyFile;
    const QCommandLineOption gatewayTokenSecret;
    const QCommandLineOption gatewayTokenFile;
    const QCommandLineOption marathonAuthSecret;
    const QCommandLineOption marathonAuthFile;
    const QCommandLineOption dataVolume;
    // Output
    const QCommandLineOption outputDir;
    const QCommandLineOption format;
    const QCommandLineOption layout;
    const QCommandLineOption mesosAgents;
    const QCommandLineOption segmentCache;
    const QCommandLineOption noSegmentCache;
    // Supervisor packages, in SupervisorPackages::parts order
    const QCommandLineOption habPkg;
    const QCommandLineOption supPkg;
    const QCommandLineOption launcherPkg;
    const QCommandLineOption busyboxPkg;
    const QCommandLineOption cacertsPkg;

    QList<QCommandLineOption> options() const;
    void addTo(QCommandLineParser& parser) const;
    const QCommandLineOption& supervisorOption(SupervisorPackages::Part part) const;

    // The settings the parsed arguments (and CPU, MEM, DISK, INSTANCES from `environment`, as the
    // original exporter took them) say; a usage error names the option. The package is the one
    // positional argument, or the demo's with --demo (which writes the demo packages on first use).
    Result<ExportSettings> decode(const QCommandLineParser& parser,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) const;

    // The arguments (package last) that decode to `settings`; what a command line cannot say (a
    // hand-edited command or ports, a configuration key that is not a dotted path) is named in
    // notExpressed instead.
    struct Encoded
    {
        QStringList arguments;
        QStringList notExpressed;
    };
    static Encoded encode(const ExportSettings& settings);

    // The name of an option as the user writes it: "--port".
    static QString dashed(const QCommandLineOption& option);
    // The service options in the order `habmesos export --help` lists them.
    QList<QCommandLineOption> serviceOptions() const;

private:
    // The service options (exportargumentsservice.cpp).
    Result<HabitatServiceOptions> decodeService(const QCommandLineParser& parser) const;
    static void encodeService(const ExportArguments& o, const HabitatServiceOptions& service, Encoded& out);
};

} // namespace habmesos
