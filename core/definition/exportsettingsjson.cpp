// SPDX-License-Identifier: Apache-2.0
#include "definition/exportsettingsjson.h"

#include "definition/orderedjsonreader.h"
#include "marathon/marathonjsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace habmesos {

namespace {

QJsonArray keyValues(const MarathonKeyValues& list)
{
    QJsonArray out;
    for (const MarathonKeyValue& kv : list)
        out.append(QJsonArray { kv.key, kv.value });
    return out;
}

MarathonKeyValues keyValues(const QJsonValue& value)
{
    MarathonKeyValues out;
    for (const QJsonValue& item : value.toArray())
        out.append({ item[0].toString(), item[1].toString() });
    return out;
}

QJsonValue optionalText(const std::optional<QString>& text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

std::optional<QString> optionalText(const QJsonValue& value)
{
    return value.isString() ? std::optional(value.toString()) : std::nullopt;
}

QJsonObject portJson(const MarathonPortDefinition& p)
{
    return { { QStringLiteral("port"), p.port }, { QStringLiteral("protocol"), p.protocol },
        { QStringLiteral("name"), p.name }, { QStringLiteral("labels"), keyValues(p.labels) } };
}

MarathonPortDefinition port(const QJsonValue& v)
{
    return { v[QLatin1String("port")].toInt(), v[QLatin1String("protocol")].toString(),
        v[QLatin1String("name")].toString(), keyValues(v[QLatin1String("labels")]) };
}

template <typename E> QString enumName(E value, const QStringList& names)
{
    return names.value(int(value));
}

template <typename E> E enumValue(const QJsonValue& v, const QStringList& names, E fallback)
{
    const qsizetype i = names.indexOf(v.toString());
    return i < 0 ? fallback : E(i);
}

// The deployment options in the session: every value as set, "root" included (DeploymentOptions::
// fromJson reads an app, where root and unset are the same; a session must tell them apart).
QJsonObject deploymentJson(const DeploymentOptions& d)
{
    auto number = [](const auto& v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    QJsonObject o;
    o[QLatin1String("upgradeStrategy")] = d.upgradeStrategy
        ? QJsonValue(QJsonArray { d.upgradeStrategy->minimumHealthCapacity, d.upgradeStrategy->maximumOverCapacity })
        : QJsonValue(QJsonValue::Null);
    o[QLatin1String("backoffSeconds")] = number(d.backoffSeconds);
    o[QLatin1String("backoffFactor")] = number(d.backoffFactor);
    o[QLatin1String("maxLaunchDelaySeconds")] = number(d.maxLaunchDelaySeconds);
    o[QLatin1String("acceptedResourceRoles")] = QJsonArray::fromStringList(d.acceptedResourceRoles);
    o[QLatin1String("user")] = optionalText(d.user);
    QJsonArray fetch;
    for (const MarathonFetch& f : d.extraFetch)
        fetch.append(QJsonObject { { QStringLiteral("uri"), f.uri }, { QStringLiteral("extract"), f.extract },
            { QStringLiteral("executable"), f.executable }, { QStringLiteral("cache"), f.cache },
            { QStringLiteral("destPath"), f.destPath } });
    o[QLatin1String("extraFetch")] = fetch;
    return o;
}

DeploymentOptions deployment(const QJsonObject& o)
{
    DeploymentOptions d;
    if (const QJsonArray u = o[QLatin1String("upgradeStrategy")].toArray(); u.size() == 2)
        d.upgradeStrategy = MarathonUpgradeStrategy { u.at(0).toDouble(), u.at(1).toDouble() };
    if (o[QLatin1String("backoffSeconds")].isDouble())
        d.backoffSeconds = o[QLatin1String("backoffSeconds")].toInt();
    if (o[QLatin1String("backoffFactor")].isDouble())
        d.backoffFactor = o[QLatin1String("backoffFactor")].toDouble();
    if (o[QLatin1String("maxLaunchDelaySeconds")].isDouble())
        d.maxLaunchDelaySeconds = o[QLatin1String("maxLaunchDelaySeconds")].toInt();
    for (const QJsonValue& role : o[QLatin1String("acceptedResourceRoles")].toArray())
        d.acceptedResourceRoles.append(role.toString());
    d.user = optionalText(o[QLatin1String("user")]);
    for (const QJsonValue& f : o[QLatin1String("extraFetch")].toArray())
        d.extraFetch.append({ f[QLatin1String("uri")].toString(), f[QLatin1String("extract")].toBool(true),
            f[QLatin1String("executable")].toBool(), f[QLatin1String("cache")].toBool(),
            f[QLatin1String("destPath")].toString() });
    return d;
}

const QStringList& topologies = HabitatServiceOptions::topologyNames();
const QStringList& strategies = HabitatServiceOptions::strategyNames();
const QStringList& conditions = HabitatServiceOptions::conditionNames();
const QStringList& bindingModes = HabitatServiceOptions::bindingModeNames();
const QStringList& discoveries = HabitatServiceOptions::discoveryNames();
const QStringList& secretSources = HabitatServiceOptions::secretSourceNames();

using ServiceSecret = HabitatServiceOptions::Secret;
const QList<std::pair<const char*, ServiceSecret HabitatServiceOptions::*>> serviceSecrets {
    { "ringKey", &HabitatServiceOptions::ringKey }, { "gatewayToken", &HabitatServiceOptions::gatewayToken },
    { "marathonAuth", &HabitatServiceOptions::marathonAuth }
};

// The service options, every member by its name in HabitatServiceOptions; secrets by reference
// only (the settings never hold a secret's value).
QJsonObject serviceJson(const HabitatServiceOptions& s)
{
    auto number = [](const std::optional<int>& v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    QJsonObject o;
    o[QLatin1String("group")] = s.group;
    o[QLatin1String("topology")] = topologies.value(int(s.topology));
    o[QLatin1String("strategy")] = strategies.value(int(s.strategy));
    o[QLatin1String("updateCondition")] = conditions.value(int(s.updateCondition));
    o[QLatin1String("channel")] = s.channel;
    o[QLatin1String("builderUrl")] = s.builderUrl;
    o[QLatin1String("healthCheckIntervalSeconds")] = number(s.healthCheckIntervalSeconds);
    QJsonArray binds;
    for (const HabitatServiceOptions::Bind& b : s.binds)
        binds.append(QJsonArray { b.name, b.serviceGroup });
    o[QLatin1String("binds")] = binds;
    o[QLatin1String("bindingMode")] = bindingModes.value(int(s.bindingMode));
    o[QLatin1String("discovery")] = discoveries.value(int(s.discovery));
    o[QLatin1String("ring")] = s.ring;
    o[QLatin1String("marathonUrl")] = s.marathonUrl;
    o[QLatin1String("peers")] = QJsonArray::fromStringList(s.peers);
    for (const auto& [key, member] : serviceSecrets)
        o[QLatin1String(key)] = QJsonArray { secretSources.value(int((s.*member).source)), (s.*member).reference };
    o[QLatin1String("dataVolumeMiB")] = number(s.dataVolumeMiB);
    return o;
}

HabitatServiceOptions service(const QJsonObject& o)
{
    HabitatServiceOptions s;
    s.group = o[QLatin1String("group")].toString();
    s.topology = enumValue(o[QLatin1String("topology")], topologies, s.topology);
    s.strategy = enumValue(o[QLatin1String("strategy")], strategies, s.strategy);
    s.updateCondition = enumValue(o[QLatin1String("updateCondition")], conditions, s.updateCondition);
    s.channel = o[QLatin1String("channel")].toString();
    s.builderUrl = o[QLatin1String("builderUrl")].toString();
    if (o[QLatin1String("healthCheckIntervalSeconds")].isDouble())
        s.healthCheckIntervalSeconds = o[QLatin1String("healthCheckIntervalSeconds")].toInt();
    for (const QJsonValue& b : o[QLatin1String("binds")].toArray())
        s.binds.append({ b[0].toString(), b[1].toString() });
    s.bindingMode = enumValue(o[QLatin1String("bindingMode")], bindingModes, s.bindingMode);
    s.discovery = enumValue(o[QLatin1String("discovery")], discoveries, s.discovery);
    s.ring = o[QLatin1String("ring")].toString();
    s.marathonUrl = o[QLatin1String("marathonUrl")].toString();
    for (const QJsonValue& p : o[QLatin1String("peers")].toArray())
        s.peers.append(p.toString());
    for (const auto& [key, member] : serviceSecrets) {
        const QJsonArray secret = o[QLatin1String(key)].toArray();
        s.*member = { enumValue(secret.at(0), secretSources, ServiceSecret::Source::None), secret.at(1).toString() };
    }
    if (o[QLatin1String("dataVolumeMiB")].isDouble())
        s.dataVolumeMiB = o[QLatin1String("dataVolumeMiB")].toInt();
    return s;
}

const QStringList formats { QStringLiteral("gzip"), QStringLiteral("xz"), QStringLiteral("plain") };
const QStringList layouts { QStringLiteral("tarball"), QStringLiteral("harts") };
const QStringList fetchers { QStringLiteral("libarchive"), QStringLiteral("gnu-tar") };
const QStringList flavours { QStringLiteral("current"), QStringLiteral("legacy") };

} // namespace

QByteArray ExportSettingsJson::encode(const ExportSettings& s)
{
    QJsonObject o;
    o[QLatin1String("version")] = Version;
    o[QLatin1String("package")] = s.package;
    o[QLatin1String("sources")] = QJsonObject { { QStringLiteral("artifactCache"), s.sources.artifactCache },
        { QStringLiteral("keyDir"), s.sources.keyDir }, { QStringLiteral("installedRoot"), s.sources.installedRoot },
        { QStringLiteral("useInstalled"), s.sources.useInstalled } };
    o[QLatin1String("allowUnverified")] = s.allowUnverified;
    o[QLatin1String("appId")] = s.appId;
    o[QLatin1String("cpus")] = s.cpus;
    o[QLatin1String("mem")] = s.mem;
    o[QLatin1String("disk")] = s.disk ? QJsonValue(*s.disk) : QJsonValue(QJsonValue::Null);
    o[QLatin1String("instances")] = s.instances;
    o[QLatin1String("killGracePeriodSeconds")]
        = s.killGracePeriodSeconds ? QJsonValue(*s.killGracePeriodSeconds) : QJsonValue(QJsonValue::Null);
    o[QLatin1String("env")] = keyValues(s.env);
    QJsonArray config;
    for (const ExportSettings::ConfigOverride& c : s.config)
        config.append(QJsonObject {
            { QStringLiteral("keys"), QJsonArray::fromStringList(c.keys) }, { QStringLiteral("value"), c.value } });
    o[QLatin1String("config")] = config;
    o[QLatin1String("supervisorPorts")] = s.supervisorPorts;
    o[QLatin1String("fixedPorts")] = s.fixedPorts;
    QJsonArray numbers;
    for (const ExportSettings::PortNumber& n : s.portNumbers)
        numbers.append(QJsonArray { n.name, n.number });
    o[QLatin1String("portNumbers")] = numbers;
    if (s.portDefinitions) {
        QJsonArray ports;
        for (const MarathonPortDefinition& p : *s.portDefinitions)
            ports.append(portJson(p));
        o[QLatin1String("portDefinitions")] = ports;
    } else {
        o[QLatin1String("portDefinitions")] = QJsonValue::Null;
    }
    QJsonArray agentPorts;
    for (const PortRange& r : s.agentPorts)
        agentPorts.append(QJsonArray { r.low, r.high });
    o[QLatin1String("agentPorts")] = agentPorts;
    o[QLatin1String("healthCheck")] = s.healthCheck;
    o[QLatin1String("healthCheckChanges")] = keyValues(s.healthCheckChanges);
    QJsonArray constraints;
    for (const MarathonConstraint& c : s.constraints) {
        QJsonArray item { c.field, c.op };
        if (c.value)
            item.append(*c.value);
        constraints.append(item);
    }
    o[QLatin1String("constraints")] = constraints;
    o[QLatin1String("labels")] = keyValues(s.labels);
    o[QLatin1String("cmd")] = optionalText(s.cmd);
    o[QLatin1String("fetchUri")] = optionalText(s.fetchUri);
    o[QLatin1String("deployment")] = deploymentJson(s.deployment);
    o[QLatin1String("service")] = serviceJson(s.service);
    // As JSON text: QJsonObject would sort the members, and their order is the operator's.
    o[QLatin1String("keptFields")]
        = QString::fromUtf8(MarathonJsonWriter::fromCbor(s.keptFields).serialize(OrderedJson::Style::Compact));
    o[QLatin1String("outputDir")] = s.outputDir;
    o[QLatin1String("format")] = enumName(s.format, formats);
    o[QLatin1String("layout")] = enumName(s.layout, layouts);
    o[QLatin1String("agentFetcher")] = enumName(s.agentFetcher, fetchers);
    o[QLatin1String("segmentCache")] = optionalText(s.segmentCache);
    o[QLatin1String("flavour")] = enumName(s.flavour, flavours);
    QJsonObject supervisor;
    for (const SupervisorPackages::Part part : SupervisorPackages::parts)
        supervisor[SupervisorPackages::packageName(part)] = s.supervisor[part];
    o[QLatin1String("supervisor")] = supervisor;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<ExportSettings> ExportSettingsJson::decode(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (!document.isObject())
        return Result<ExportSettings>::failure(tr("the stored session is not readable (%1)").arg(error.errorString()));
    const QJsonObject o = document.object();
    const int version = o[QLatin1String("version")].toInt();
    if (version != Version)
        return Result<ExportSettings>::failure(version > Version
                ? tr("the stored session was written by a newer habmesos (format %1); this one reads "
                     "format %2")
                      .arg(version)
                      .arg(Version)
                : tr("the stored session has no format this habmesos knows"));
    ExportSettings s;
    s.package = o[QLatin1String("package")].toString();
    const QJsonObject sources = o[QLatin1String("sources")].toObject();
    s.sources.artifactCache = sources[QLatin1String("artifactCache")].toString();
    s.sources.keyDir = sources[QLatin1String("keyDir")].toString();
    s.sources.installedRoot = sources[QLatin1String("installedRoot")].toString();
    s.sources.useInstalled = sources[QLatin1String("useInstalled")].toBool(true);
    s.allowUnverified = o[QLatin1String("allowUnverified")].toBool();
    s.appId = o[QLatin1String("appId")].toString();
    s.cpus = o[QLatin1String("cpus")].toDouble(s.cpus);
    s.mem = o[QLatin1String("mem")].toDouble(s.mem);
    if (o[QLatin1String("disk")].isDouble())
        s.disk = o[QLatin1String("disk")].toDouble();
    s.instances = o[QLatin1String("instances")].toInt(s.instances);
    if (o[QLatin1String("killGracePeriodSeconds")].isDouble())
        s.killGracePeriodSeconds = o[QLatin1String("killGracePeriodSeconds")].toInt();
    s.env = keyValues(o[QLatin1String("env")]);
    for (const QJsonValue& c : o[QLatin1String("config")].toArray()) {
        QStringList keys;
        for (const QJsonValue& k : c[QLatin1String("keys")].toArray())
            keys.append(k.toString());
        s.config.append({ keys, c[QLatin1String("value")].toString() });
    }
    s.supervisorPorts = o[QLatin1String("supervisorPorts")].toBool(true);
    s.fixedPorts = o[QLatin1String("fixedPorts")].toBool();
    for (const QJsonValue& n : o[QLatin1String("portNumbers")].toArray())
        s.portNumbers.append({ n[0].toString(), n[1].toInt() });
    if (o[QLatin1String("portDefinitions")].isArray()) {
        QList<MarathonPortDefinition> ports;
        for (const QJsonValue& p : o[QLatin1String("portDefinitions")].toArray())
            ports.append(port(p));
        s.portDefinitions = ports;
    }
    if (o[QLatin1String("agentPorts")].isArray()) {
        s.agentPorts.clear();
        for (const QJsonValue& r : o[QLatin1String("agentPorts")].toArray())
            s.agentPorts.append({ r[0].toInt(), r[1].toInt() });
    }
    s.healthCheck = o[QLatin1String("healthCheck")].toBool(true);
    s.healthCheckChanges = keyValues(o[QLatin1String("healthCheckChanges")]);
    for (const QJsonValue& c : o[QLatin1String("constraints")].toArray()) {
        const QJsonArray item = c.toArray();
        s.constraints.append({ item.at(0).toString(), item.at(1).toString(),
            item.size() > 2 ? std::optional(item.at(2).toString()) : std::nullopt });
    }
    s.labels = keyValues(o[QLatin1String("labels")]);
    s.cmd = optionalText(o[QLatin1String("cmd")]);
    s.fetchUri = optionalText(o[QLatin1String("fetchUri")]);
    s.deployment = deployment(o[QLatin1String("deployment")].toObject());
    s.service = service(o[QLatin1String("service")].toObject()); // absent (an older session): the defaults
    const Result<QCborValue> kept = OrderedJsonReader::read(o[QLatin1String("keptFields")].toString().toUtf8());
    if (kept && kept->isMap())
        s.keptFields = kept->toMap();
    s.outputDir = o[QLatin1String("outputDir")].toString();
    s.format = enumValue(o[QLatin1String("format")], formats, s.format);
    s.layout = enumValue(o[QLatin1String("layout")], layouts, s.layout);
    s.agentFetcher = enumValue(o[QLatin1String("agentFetcher")], fetchers, s.agentFetcher);
    s.segmentCache = optionalText(o[QLatin1String("segmentCache")]);
    s.flavour = enumValue(o[QLatin1String("flavour")], flavours, s.flavour);
    const QJsonObject supervisor = o[QLatin1String("supervisor")].toObject();
    for (const SupervisorPackages::Part part : SupervisorPackages::parts)
        s.supervisor[part] = supervisor[SupervisorPackages::packageName(part)].toString();
    return s;
}

} // namespace habmesos
