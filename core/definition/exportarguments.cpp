// SPDX-License-Identifier: Apache-2.0
#include "definition/exportarguments.h"

namespace habmesos {

namespace {

using Option = QCommandLineOption;

Option valued(const char* name, const QString& help, const char* valueName)
{
    return Option(QLatin1String(name), help, QLatin1String(valueName));
}

Option flag(const char* name, const QString& help)
{
    return Option(QLatin1String(name), help);
}

} // namespace

ExportArguments::ExportArguments()
    : demo(flag("demo", tr("Export the built-in demo package (written on first use)")))
    , cacheDir(
          valued("cache-dir", tr("The artifact cache (default /hab/cache/artifacts or ~/.hab/cache/artifacts)"), "DIR"))
    , keyDir(valued("key-dir",
          tr("The public key cache (default $HAB_CACHE_KEY_PATH, /hab/cache/keys or ~/.hab/cache/keys)"), "DIR"))
    , pkgsDir(valued("pkgs-dir", tr("Installed packages (default /hab/pkgs)"), "DIR"))
    , noInstalled(flag("no-installed-packages",
          tr("Look for packages in the artifact cache only, not among the "
             "installed packages")))
    , allowUnverified(
          flag("allow-unverified", tr("Export artifacts whose signature cannot be verified (not recommended)")))
    , cpu(valued("cpu", tr("CPUs for the application (default 0.5, or $CPU)"), "N"))
    , mem(valued("mem", tr("Memory in MiB (default 256, or $MEM)"), "N"))
    , disk(valued("disk",
          tr("Disk in MiB (default: sized from the tarball, its extracted tree and room for the service's data; or "
             "$DISK); “auto” sizes it"),
          "N"))
    , instances(valued("instances", tr("Number of instances (default 1, or $INSTANCES)"), "N"))
    , killGracePeriod(valued("kill-grace-period",
          tr("Seconds Mesos waits after asking the task to stop before it kills it, 0 to 86400 "
             "(taskKillGracePeriodSeconds; default: the package's SHUTDOWN_TIMEOUT, or Habitat's 8, plus 10)"),
          "SECONDS"))
    , appId(valued("id", tr("The Marathon application id (default /origin/name, made valid)"), "ID"))
    , env(valued("env", tr("An environment variable for the service (repeatable)"), "KEY=VALUE"))
    , config(valued("config",
          tr("Set a key of the service's configuration (repeatable): a dotted key from default.toml and a TOML "
             "value, e.g. log_level='\"debug\"' or http.port=8081; they go into HAB_<PKG>"),
          "KEY=VALUE"))
    , port(valued("port",
          tr("Fix the host port of the named port (e.g. hab-http=31631; repeatable); the app then requires its ports "
             "as numbered (requirePorts), so every port needs a number: give one for each, or use --fixed-ports and "
             "change some with --port. The numbers must lie in --agent-ports"),
          "NAME=NUMBER"))
    , noSupervisorPorts(flag("no-supervisor-ports",
          tr("Do not expose the Supervisor's gossip and HTTP gateway ports: it then binds 9638, 9631 and 9632 on the "
             "agent, so only one instance fits on an agent, and the default health check goes with them")))
    , fixedPorts(flag("fixed-ports",
          tr("Use the package's own port numbers on the agents (requirePorts) instead of dynamic ports: 8080, 9638, "
             "9631, 9632 and the like, which stock agents do not offer, so this is an error unless --agent-ports "
             "includes them; change single numbers with --port")))
    , agentPorts(valued("agent-ports",
          tr("The port ranges the Mesos agents offer (their --resources ports; default 31000-32000): fixed ports must "
             "lie in them. Repeatable, or comma-separated: 31000-32000,8000-9000 or [31000-32000, 8000-9000]"),
          "LOW-HIGH"))
    , healthCheck(valued("health-check",
          tr("Change the health check (repeatable): KEY is protocol, path, portName, command, gracePeriodSeconds, "
             "intervalSeconds, timeoutSeconds, maxConsecutiveFailures or ignoreHttp1xx; the rest stays as the "
             "default check has it: MESOS_HTTP (HTTP with --legacy-json) on the Supervisor's HTTP gateway"),
          "KEY=VALUE"))
    , noHealthCheck(flag("no-health-check", tr("Define no health check")))
    , constraint(valued("constraint",
          tr("A placement constraint (repeatable), as Marathon writes them: hostname:UNIQUE, rack:GROUP_BY:3, "
             "zone:LIKE:eu-.*"),
          "FIELD:OPERATOR[:VALUE]"))
    , label(valued("label", tr("A label on the application (repeatable)"), "KEY=VALUE"))
    , uri(valued("uri",
          tr("Where Mesos agents download the tarball (a URL ending in / gets the tarball's name appended); "
             "overrides the address an upload gives"),
          "URL"))
    , legacyJson(flag("legacy-json",
          tr("JSON for Marathon before 1.0 (uris, ports, HTTP health check); 1.0 and later take the current JSON")))
    , upgradeMinHealth(valued("upgrade-min-health",
          tr("During an upgrade, the share of instances (0 to 1) that stay healthy: 0.5 lets Marathon stop half of "
             "the old ones before the new ones are healthy (upgradeStrategy.minimumHealthCapacity; Marathon's "
             "default 1)"),
          "FRACTION"))
    , upgradeMaxOver(valued("upgrade-max-over",
          tr("During an upgrade, how many instances (a share 0 to 1 of the count) may run on top of it: 0 never "
             "runs more than the count (upgradeStrategy.maximumOverCapacity; Marathon's default 1)"),
          "FRACTION"))
    , backoff(valued("backoff",
          tr("Seconds Marathon waits before relaunching a failed task, 0 or more (backoffSeconds; Marathon's "
             "default 1)"),
          "SECONDS"))
    , backoffFactor(valued("backoff-factor",
          tr("What the wait is multiplied by after each further failure, at least 1 (backoffFactor; Marathon's "
             "default 1.15)"),
          "FACTOR"))
    , maxLaunchDelay(valued("max-launch-delay",
          tr("The longest wait before a relaunch, 0 or more seconds (maxLaunchDelaySeconds; Marathon's default "
             "300, 3600 before 1.8)"),
          "SECONDS"))
    , acceptedRole(valued("accepted-role",
          tr("Run only on resources of this Mesos role (repeatable; acceptedResourceRoles), e.g. slave_public for "
             "DC/OS public agents or * for unreserved resources; default: Marathon's "
             "--default_accepted_resource_roles"),
          "ROLE"))
    , taskUser(valued("task-user",
          tr("The user Mesos runs the task as (default root). The launch command mounts and chroots, which needs "
             "root, so another user only works where the agents allow it; the Supervisor runs the service as the "
             "package's own SVC_USER either way"),
          "USER"))
    , fetch(valued("fetch",
          tr("One more file for the Mesos fetcher to download into the sandbox after the tarball (repeatable). "
             "FLAGS, comma-separated, as Marathon's fetch has them: extract=false (archives are unpacked by "
             "default), executable=true, cache=true, dest=PATH (the name in the sandbox; last, it takes the rest). "
             "e.g. https://example.com/tool,executable=true,dest=bin/tool"),
          "URI[,FLAGS]"))
    , group(valued("group",
          tr("The service group the Supervisor runs the service in (as hab sup run --group; default: default)"),
          "GROUP"))
    , topology(valued("topology",
          tr("standalone (default) or leader: the ring elects a leader among the service's members, which needs at "
             "least three"),
          "TOPOLOGY"))
    , strategy(valued("strategy",
          tr("How the Supervisor updates the service when its channel has a newer release: none (default), at-once "
             "or rolling (one member at a time)"),
          "STRATEGY"))
    , updateCondition(valued("update-condition",
          tr("latest (default: the newest release in the channel) or track-channel (always what the channel has, "
             "rolling back too)"),
          "CONDITION"))
    , channel(Option(QStringList { QStringLiteral("channel"), QStringLiteral("c") },
          tr("The channel missing packages are fetched from (default: HAB_BLDR_CHANNEL, then base) and the "
             "Supervisor takes updates from (default: stable)"),
          QStringLiteral("CHANNEL")))
    , builderUrl(Option(QStringList { QStringLiteral("url"), QStringLiteral("u") },
          tr("The Builder missing packages are fetched from and the Supervisor takes updates from (default: "
             "HAB_BLDR_URL, then hab's cli.toml, then https://bldr.habitat.sh); not --uri, which is where the agents "
             "download the tarball"),
          QStringLiteral("URL")))
    , healthCheckInterval(valued("health-check-interval",
          tr("Seconds between the Supervisor's runs of the service's health check hook (default 30)"), "SECONDS"))
    , bind(valued("bind",
          tr("Bind one of the package's binds to the service group that provides it (repeatable), e.g. "
             "database:postgresql.default; every required bind needs one"),
          "NAME:SERVICE.GROUP[@ORG]"))
    , bindingMode(valued("binding-mode",
          tr("strict (default: the service waits until every bound group is there) or relaxed (it starts anyway)"),
          "MODE"))
    , ringName(valued("ring-name",
          tr("The ring the service's Supervisors join: apps with the same ring name form one ring (default: one "
             "ring per app, named after its id)"),
          "NAME"))
    , ringDiscovery(valued("ring-discovery",
          tr("How the tasks find the ring's members: auto (default: from Marathon's task list with 2 or more "
             "instances or a ring name when Marathon's address is known, from --ring-marathon or --deploy; else "
             "alone), alone, marathon or peers (the --peer addresses)"),
          "HOW"))
    , peer(valued("peer",
          tr("A permanent Supervisor the tasks join, host or host:port (repeatable; the ring's members are then "
             "these peers)"),
          "HOST[:PORT]"))
    , ringMarathon(valued("ring-marathon",
          tr("The Marathon the tasks ask for the ring's members (default: the --deploy server)"), "URL"))
    , ringKeySecret(valued("ring-key-secret",
          tr("Encrypt the ring's gossip with the key in this Marathon secret store path (needs Marathon's secrets, "
             "as DC/OS has them)"),
          "PATH"))
    , ringKeyFile(valued("ring-key-file",
          tr("Encrypt the ring's gossip with the key file the agents download from URI (protect it: whoever reads "
             "it can join the ring)"),
          "URI"))
    , gatewayTokenSecret(valued("gateway-token-secret",
          tr("Protect the Supervisor's HTTP gateway with the token in this Marathon secret store path"), "PATH"))
    , gatewayTokenFile(valued("gateway-token-file",
          tr("Protect the Supervisor's HTTP gateway with the token in the file the agents download from URI"), "URI"))
    , marathonAuthSecret(valued("marathon-auth-secret",
          tr("The Authorization header the tasks send to Marathon for its task list, from this Marathon secret "
             "store path"),
          "PATH"))
    , marathonAuthFile(valued("marathon-auth-file",
          tr("The Authorization header the tasks send to Marathon for its task list, from the file the agents "
             "download from URI"),
          "URI"))
    , dataVolume(valued("data-volume",
          tr("Keep the service's data (/hab/svc/<name>/data) on a persistent volume of this many MiB, which ties "
             "each instance to its agent"),
          "MIB"))
    , outputDir(valued("output-dir", tr("Where the tarball goes (default: the current directory)"), "DIR"))
    , format(Option(QStringLiteral("format"), tr("Tarball compression: tgz (default), txz or tar"),
          QStringLiteral("FORMAT"), QStringLiteral("tgz")))
    , layout(Option(QStringLiteral("layout"),
          tr("How the agents receive the packages: tarball (default: one tarball with every package unpacked) or "
             "harts (a small bootstrap and each signed .hart as it is, cached by the agents' fetcher, installed by hab "
             "in the task; only what changed is downloaded again)"),
          QStringLiteral("LAYOUT"), QStringLiteral("tarball")))
    , mesosAgents(Option(QStringLiteral("mesos-agents"),
          tr("The Mesos version of the agents: 1.7 (default: 1.7 or later, whose fetcher cannot extract names "
             "that are not ASCII, so the export refuses them) or 1.6 (1.6 or earlier, which extract with GNU tar)"),
          QStringLiteral("VERSION"), QStringLiteral("1.7")))
    , segmentCache(valued("segment-cache",
          tr("Where compressed packages are kept for fast re-export (default ~/.cache/habmesos/segments)"), "DIR"))
    , noSegmentCache(flag("no-segment-cache", tr("Neither use nor fill the segment cache")))
    , habPkg(valued("hab-pkg", tr("The hab package (default: newest of chef/hab, core/hab)"), "IDENT"))
    , supPkg(valued("sup-pkg", tr("The Supervisor package (default: newest of chef/hab-sup, core/hab-sup)"), "IDENT"))
    , launcherPkg(valued("launcher-pkg",
          tr("The Launcher package (default: newest of chef/hab-launcher, core/hab-launcher)"), "IDENT"))
    , busyboxPkg(valued("busybox-pkg",
          tr("The busybox package (default: newest of chef/busybox-static, core/busybox-static)"), "IDENT"))
    , cacertsPkg(valued("cacerts-pkg", tr("The CA certificates package (default: newest present, optional)"), "IDENT"))
{ }

QList<QCommandLineOption> ExportArguments::options() const
{
    return { demo, cacheDir, keyDir, pkgsDir, noInstalled, allowUnverified, cpu, mem, disk, instances, killGracePeriod,
        appId, env, config, port, noSupervisorPorts, fixedPorts, agentPorts, healthCheck, noHealthCheck, constraint,
        label, uri, legacyJson, upgradeMinHealth, upgradeMaxOver, backoff, backoffFactor, maxLaunchDelay, acceptedRole,
        taskUser, fetch, group, topology, strategy, updateCondition, channel, builderUrl, healthCheckInterval, bind,
        bindingMode, ringName, ringDiscovery, peer, ringMarathon, ringKeySecret, ringKeyFile, gatewayTokenSecret,
        gatewayTokenFile, marathonAuthSecret, marathonAuthFile, dataVolume, outputDir, format, layout, mesosAgents,
        segmentCache, noSegmentCache, habPkg, supPkg, launcherPkg, busyboxPkg, cacertsPkg };
}

QList<QCommandLineOption> ExportArguments::serviceOptions() const
{
    // Without --url and --channel: the help lists them under Builder, which they name for the
    // fetch and the Supervisor alike.
    return { group, topology, strategy, updateCondition, healthCheckInterval, bind, bindingMode,
        ringName, ringDiscovery, peer, ringMarathon, ringKeySecret, ringKeyFile, gatewayTokenSecret, gatewayTokenFile,
        marathonAuthSecret, marathonAuthFile, dataVolume };
}

void ExportArguments::addTo(QCommandLineParser& parser) const
{
    parser.addOptions(options());
}

const QCommandLineOption& ExportArguments::supervisorOption(SupervisorPackages::Part part) const
{
    switch (part) {
    case SupervisorPackages::Part::Hab:
        return habPkg;
    case SupervisorPackages::Part::Sup:
        return supPkg;
    case SupervisorPackages::Part::Launcher:
        return launcherPkg;
    case SupervisorPackages::Part::Busybox:
        return busyboxPkg;
    case SupervisorPackages::Part::Cacerts:
        return cacertsPkg;
    }
    return habPkg;
}

QString ExportArguments::dashed(const QCommandLineOption& option)
{
    const QString name = option.names().first();
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

} // namespace habmesos
