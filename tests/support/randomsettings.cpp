// SPDX-License-Identifier: Apache-2.0
#include "support/randomsettings.h"

#include "marathon/marathonconstrainttext.h"
#include "package/habpaths.h"

#include <QCborMap>

namespace habmesos {

// A package with ports, exports and a configuration: enough for every setting to matter.
HabitatPackageFacts RandomSettings::webAppFacts()
{
    HabitatPackageFacts f;
    f.origin = QStringLiteral("core");
    f.name = QStringLiteral("web-app");
    f.version = QStringLiteral("1.2.3");
    f.release = QStringLiteral("20240101000000");
    f.exposes = { 8080, 8443 };
    f.exports = { { QStringLiteral("port"), QStringLiteral("http.port") },
        { QStringLiteral("ssl-port"), QStringLiteral("http.ssl_port") } };
    f.defaultToml = QStringLiteral("log_level = \"info\"\nworkers = 4\n[http]\nport = 8080\nssl_port = 8443\n");
    f.svcUser = QStringLiteral("hab");
    f.svcGroup = QStringLiteral("hab");
    f.tarballFileName = QStringLiteral("core-web-app-1.2.3-20240101000000.tgz");
    // What a harts export lists (used only when the settings choose that layout).
    f.harts = { { QStringLiteral("core-web-app-1.2.3-20240101000000-x86_64-linux.hart"), QString(), 2100000, 1,
                    QStringLiteral("core/web-app/1.2.3/20240101000000") },
        { QStringLiteral("core-glibc-2.36-20240101000000-x86_64-linux.hart"), QString(), 6200000, 0,
            QStringLiteral("core/glibc/2.36/20240101000000") } };
    // Optional, so that a bind can be given without one being required.
    f.bindsOptional = { { QStringLiteral("database"), { QStringLiteral("port"), QStringLiteral("host") } },
        { QStringLiteral("cache"), { QStringLiteral("port") } } };
    return f;
}

// Settings with a random choice for every field the command line can say.
ExportSettings RandomSettings::generate(QRandomGenerator& random)
{
    auto chance = [&](int percent) { return int(random.bounded(100)) < percent; };
    auto pick = [&](const QStringList& values) { return values.at(int(random.bounded(int(values.size())))); };
    ExportSettings s;
    s.package = pick({ QStringLiteral("core/web-app"), QStringLiteral("core/web-app/1.2.3/20240101000000"),
        QStringLiteral("/tmp/some dir/core-web-app-1.2.3-20240101000000-x86_64-linux.hart") });
    s.sources.artifactCache = pick({ QString(), HabPaths::artifactCache(), QStringLiteral("/srv/hab cache") });
    s.sources.keyDir = pick({ QString(), QStringLiteral("/srv/keys") });
    s.sources.installedRoot = pick({ QString(), QStringLiteral("/opt/hab/pkgs") });
    s.sources.useInstalled = chance(70);
    s.allowUnverified = chance(10);
    s.appId = pick({ QString(), QStringLiteral("/team/web"), QStringLiteral("/ünïcode app") });
    s.cpus = pick({ QStringLiteral("0.5"), QStringLiteral("0.1"), QStringLiteral("2"), QStringLiteral("0.123456789") })
                 .toDouble();
    s.mem = double(random.bounded(1, 65536)) + (chance(30) ? 0.25 : 0.0);
    if (chance(40))
        s.disk = double(random.bounded(0, 100000)) / 3.0;
    s.instances = int(random.bounded(0, 50));
    if (chance(30))
        s.killGracePeriodSeconds = int(random.bounded(0, 86401));
    for (int i = int(random.bounded(4)); i > 0; --i)
        s.env.append({ QStringLiteral("VAR_%1").arg(i),
            pick({ QString(), QStringLiteral("a=b"), QStringLiteral(" spaced "),
                QStringLiteral("ü \"quoted\" $HOME") }) });
    if (chance(40))
        s.config.append({ { QStringLiteral("log_level") }, QStringLiteral("\"debug\"") });
    if (chance(40))
        s.config.append({ { QStringLiteral("http"), QStringLiteral("port") }, QStringLiteral("8081") });
    s.supervisorPorts = chance(70);
    s.fixedPorts = chance(20);
    if (chance(20))
        s.portNumbers = { { QStringLiteral("port"), 31080 }, { QStringLiteral("ssl-port"), 31443 } };
    if (chance(30))
        s.agentPorts = { { 31000, 32000 }, { 8000, 9000 } };
    s.healthCheck = chance(70);
    if (s.healthCheck && chance(50)) {
        s.healthCheckChanges.append({ QStringLiteral("path"), QStringLiteral("/health?x=1") });
        if (chance(50))
            s.healthCheckChanges.append({ QStringLiteral("intervalSeconds"), QStringLiteral("15") });
        if (chance(30))
            s.healthCheckChanges.append({ QStringLiteral("portName"), QStringLiteral("port") });
    }
    for (const QString& text :
        { QStringLiteral("hostname:UNIQUE"), QStringLiteral("rack:GROUP_BY:3"), QStringLiteral("zone:LIKE:eu-.*") }) {
        if (chance(30))
            s.constraints.append(*MarathonConstraintText::parse(text));
    }
    if (chance(30))
        s.labels = { { QStringLiteral("team"), QStringLiteral("payments") }, { QStringLiteral("x"), QString() } };
    if (chance(40))
        s.fetchUri = pick({ QStringLiteral("https://files.example/t.tgz"), QStringLiteral("https://files.example/") });
    s.outputDir = pick({ QStringLiteral("/tmp/out"), QStringLiteral("/srv/tar balls") });
    s.format = TarballFormat(random.bounded(3));
    s.agentFetcher = chance(30) ? AgentFetcher::GnuTar : AgentFetcher::Libarchive;
    s.layout = chance(30) ? DeploymentLayout::Harts : DeploymentLayout::Tarball;
    s.segmentCache = pick({ ExportSettings::defaultSegmentCache(), QStringLiteral("/var/cache/segments"), QString() });
    if (s.segmentCache->isEmpty())
        s.segmentCache.reset();
    s.flavour = chance(20) ? MarathonFlavour::Legacy : MarathonFlavour::Current;
    DeploymentOptions& d = s.deployment;
    if (chance(40))
        d.upgradeStrategy = MarathonUpgradeStrategy { double(random.bounded(0, 101)) / 100.0,
            pick({ QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0.2"), QStringLiteral("0.333") })
                .toDouble() };
    if (chance(40))
        d.backoffSeconds = int(random.bounded(0, 3600));
    if (chance(40))
        d.backoffFactor
            = pick({ QStringLiteral("1"), QStringLiteral("1.15"), QStringLiteral("2.5"), QStringLiteral("1.0000001") })
                  .toDouble();
    if (chance(40))
        d.maxLaunchDelaySeconds = int(random.bounded(0, 86400));
    if (chance(30))
        d.acceptedResourceRoles = chance(50) ? QStringList { QStringLiteral("slave_public") }
                                             : QStringList { QStringLiteral("*"), QStringLiteral("ops.team-a") };
    if (chance(30))
        d.user = pick({ QStringLiteral("nobody"), QStringLiteral("root"), QStringLiteral("svc-web") });
    for (int i = int(random.bounded(4)); i > 0; --i) {
        MarathonFetch f;
        f.uri = pick({ QStringLiteral("https://files.example/config.tgz"), QStringLiteral("/srv/shared/tool"),
            QStringLiteral("hdfs://nn/a,b.zip"), QStringLiteral("http://x.example/get?a=1&b=2") });
        f.extract = chance(50);
        f.executable = chance(30);
        f.cache = chance(30);
        if (chance(40))
            f.destPath = pick({ QStringLiteral("conf/app.tgz"), QStringLiteral("tool,v2"), QStringLiteral("a=b") });
        d.extraFetch.append(f);
    }
    for (const SupervisorPackages::Part part : SupervisorPackages::parts) {
        if (chance(20))
            s.supervisor[part] = QStringLiteral("core/") + SupervisorPackages::packageName(part);
    }
    generateService(random, s.service);
    return s;
}

// Valid service options for webAppFacts(), every member at random.
void RandomSettings::generateService(QRandomGenerator& random, HabitatServiceOptions& o)
{
    using O = HabitatServiceOptions;
    auto chance = [&](int percent) { return int(random.bounded(100)) < percent; };
    auto pick = [&](const QStringList& values) { return values.at(int(random.bounded(int(values.size())))); };
    o.group = pick({ QString(), QStringLiteral("prod"), QStringLiteral("blue_1") });
    o.topology = chance(20) ? O::Topology::Leader : O::Topology::Standalone;
    o.strategy = O::UpdateStrategy(random.bounded(3));
    o.updateCondition = chance(20) ? O::UpdateCondition::TrackChannel : O::UpdateCondition::Latest;
    o.channel = pick({ QString(), QStringLiteral("stable"), QStringLiteral("unstable") });
    o.builderUrl = pick({ QString(), QStringLiteral("https://bldr.example/"), QStringLiteral("http://10.0.0.2:9636") });
    if (chance(30))
        o.healthCheckIntervalSeconds = int(random.bounded(1, 600));
    if (chance(30))
        o.binds.append({ QStringLiteral("database"),
            pick({ QStringLiteral("postgresql.default"), QStringLiteral("pg.prod@acme") }) });
    if (chance(20))
        o.binds.append({ QStringLiteral("cache"), QStringLiteral("redis.default") });
    o.bindingMode = chance(20) ? O::BindingMode::Relaxed : O::BindingMode::Strict;
    o.discovery = O::Discovery(random.bounded(4));
    o.ring = pick({ QString(), QString(), QStringLiteral("shop-ring"), QStringLiteral("core-web-app") });
    o.marathonUrl = pick({ QString(), QStringLiteral("http://marathon.example:8080"),
        QStringLiteral("https://cluster.example/service/marathon") });
    if (o.discovery == O::Discovery::Peers) {
        for (int i = int(random.bounded(3)); i > 0; --i)
            o.peers.append(pick({ QStringLiteral("bastion.example"), QStringLiteral("10.0.0.5:9638") }));
    }
    for (O::Secret* secret : { &o.ringKey, &o.gatewayToken, &o.marathonAuth }) {
        secret->source = O::Secret::Source(random.bounded(3));
        if (secret->source == O::Secret::Source::MarathonSecret)
            secret->reference = pick({ QStringLiteral("habmesos/ring-key"), QStringLiteral("shop/secret") });
        else if (secret->source == O::Secret::Source::File)
            secret->reference
                = pick({ QStringLiteral("https://secrets.example/k"), QStringLiteral("/etc/habmesos/secret") });
    }
    if (chance(25))
        o.dataVolumeMiB = int(random.bounded(1, 100000));
}

ExportSettings RandomSettings::generateWithEdits(QRandomGenerator& random)
{
    ExportSettings s = generate(random);
    auto chance = [&](int percent) { return int(random.bounded(100)) < percent; };
    if (chance(25))
        s.cmd = QStringLiteral("exec ./run.sh --port \"$PORT0\"");
    if (chance(25)) {
        s.portDefinitions
            = QList<MarathonPortDefinition> { { 0, QStringLiteral("tcp"), QStringLiteral("web"),
                                                  { { QStringLiteral("VIP_0"), QStringLiteral("/web:80") } } },
                  { chance(50) ? 31631 : 0, QStringLiteral("tcp"), QStringLiteral("hab-http"), {} } };
        s.portNumbers.clear();
    }
    if (chance(25)) {
        if (!s.service.dataVolumeMiB) { // the data volume writes a container of its own
            QCborMap container;
            container.insert(QStringLiteral("type"), QStringLiteral("MESOS"));
            s.keptFields.insert(QStringLiteral("container"), container);
        }
        s.keptFields.insert(QStringLiteral("killSelection"), QStringLiteral("OLDEST_FIRST"));
    }
    return s;
}

} // namespace habmesos
