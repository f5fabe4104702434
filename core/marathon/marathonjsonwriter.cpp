// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonjsonwriter.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>

namespace habmesos {

namespace {

OrderedJson keyValues(const MarathonKeyValues& list)
{
    OrderedJson object = OrderedJson::object();
    for (const MarathonKeyValue& kv : list)
        object.insert(kv.key, kv.value);
    return object;
}

// env: the plain variables, then the secret references (RAML EnvVarSecret). The legacy flavour
// (Marathon before 1.0) has no secrets: the references are left out (legacyLosses says so).
OrderedJson envJson(const MarathonApp& app, MarathonFlavour flavour)
{
    OrderedJson object = keyValues(app.env);
    if (flavour == MarathonFlavour::Current) {
        for (const MarathonSecretEnv& e : app.secretEnv) {
            OrderedJson ref = OrderedJson::object();
            ref.insert(QStringLiteral("secret"), e.secret);
            object.insert(e.key, ref);
        }
    }
    return object;
}

bool hasEnv(const MarathonApp& app, MarathonFlavour flavour)
{
    return !app.env.isEmpty() || (flavour == MarathonFlavour::Current && !app.secretEnv.isEmpty());
}

OrderedJson fetchJson(const MarathonFetch& f)
{
    OrderedJson o = OrderedJson::object();
    o.insert(QStringLiteral("uri"), f.uri);
    o.insert(QStringLiteral("extract"), f.extract);
    o.insert(QStringLiteral("executable"), f.executable);
    o.insert(QStringLiteral("cache"), f.cache);
    if (!f.destPath.isEmpty())
        o.insert(QStringLiteral("destPath"), f.destPath);
    return o;
}

OrderedJson portJson(const MarathonPortDefinition& p)
{
    OrderedJson o = OrderedJson::object();
    o.insert(QStringLiteral("port"), p.port);
    o.insert(QStringLiteral("protocol"), p.protocol);
    if (!p.name.isEmpty())
        o.insert(QStringLiteral("name"), p.name);
    if (!p.labels.isEmpty())
        o.insert(QStringLiteral("labels"), keyValues(p.labels));
    return o;
}

OrderedJson healthCheckJson(const MarathonHealthCheck& h)
{
    OrderedJson o = OrderedJson::object();
    o.insert(QStringLiteral("protocol"), h.protocol);
    if (h.path)
        o.insert(QStringLiteral("path"), *h.path);
    if (h.portIndex)
        o.insert(QStringLiteral("portIndex"), *h.portIndex);
    if (h.port)
        o.insert(QStringLiteral("port"), *h.port);
    if (h.command) {
        OrderedJson c = OrderedJson::object();
        c.insert(QStringLiteral("value"), *h.command);
        o.insert(QStringLiteral("command"), c);
    }
    if (h.gracePeriodSeconds)
        o.insert(QStringLiteral("gracePeriodSeconds"), *h.gracePeriodSeconds);
    if (h.intervalSeconds)
        o.insert(QStringLiteral("intervalSeconds"), *h.intervalSeconds);
    if (h.timeoutSeconds)
        o.insert(QStringLiteral("timeoutSeconds"), *h.timeoutSeconds);
    if (h.maxConsecutiveFailures)
        o.insert(QStringLiteral("maxConsecutiveFailures"), *h.maxConsecutiveFailures);
    if (h.ignoreHttp1xx)
        o.insert(QStringLiteral("ignoreHttp1xx"), *h.ignoreHttp1xx);
    return o;
}

using Members = QList<std::pair<QString, OrderedJson>>;

void put(Members& members, const QString& key, OrderedJson value)
{
    members.append({ key, std::move(value) });
}

// The members the model writes as arrays: a kept array under one of them adds its items.
bool modelArray(const QString& key)
{
    static const QStringList keys { QStringLiteral("args"), QStringLiteral("fetch"), QStringLiteral("uris"),
        QStringLiteral("portDefinitions"), QStringLiteral("ports"), QStringLiteral("healthChecks"),
        QStringLiteral("constraints") };
    return keys.contains(key);
}

void mergeKept(Members& members, const MarathonApp& app, QStringList* conflicts)
{
    for (auto it = app.keptFields.begin(); it != app.keptFields.end(); ++it) {
        const QString key = it.key().toString();
        auto member = std::find_if(members.begin(), members.end(), [&](const auto& m) { return m.first == key; });
        if (member == members.end()) {
            // A field the model has but did not write goes where the model would write it (an
            // operator's health check the settings cannot say stays before upgradeStrategy); the
            // others follow the model's, in their order.
            static const QStringList order { QStringLiteral("id"), QStringLiteral("cmd"), QStringLiteral("args"),
                QStringLiteral("user"), QStringLiteral("cpus"), QStringLiteral("mem"), QStringLiteral("disk"),
                QStringLiteral("instances"), QStringLiteral("env"), QStringLiteral("fetch"), QStringLiteral("uris"),
                QStringLiteral("portDefinitions"), QStringLiteral("ports"), QStringLiteral("requirePorts"),
                QStringLiteral("taskKillGracePeriodSeconds"), QStringLiteral("healthChecks"), QStringLiteral("labels"),
                QStringLiteral("constraints"), QStringLiteral("upgradeStrategy") };
            const qsizetype rank = order.indexOf(key);
            auto at = rank < 0 ? members.end() : std::find_if(members.begin(), members.end(), [&](const auto& m) {
                const qsizetype r = order.indexOf(m.first);
                return r < 0 || r > rank;
            });
            members.insert(at, { key, MarathonJsonWriter::fromCbor(it.value()) });
        } else if ((key == QLatin1String("env") || key == QLatin1String("labels")) && it.value().isMap()) {
            // The model's members, then the kept ones it does not have (a secret reference in env).
            const bool env = key == QLatin1String("env");
            const MarathonKeyValues& own = env ? app.env : app.labels;
            OrderedJson object = member->second;
            const QCborMap extra = it.value().toMap();
            for (auto e = extra.begin(); e != extra.end(); ++e) {
                const QString name = e.key().toString();
                if (std::any_of(own.begin(), own.end(), [&](const MarathonKeyValue& kv) { return kv.key == name; })
                    || (env && app.secretEnvValue(name))) {
                    if (conflicts)
                        conflicts->append(key + u'/' + name);
                } else {
                    object.insert(name, MarathonJsonWriter::fromCbor(e.value()));
                }
            }
            member->second = object;
        } else if (modelArray(key) && it.value().isArray()) {
            for (const QCborValue& item : it.value().toArray())
                member->second.append(MarathonJsonWriter::fromCbor(item));
        } else if (conflicts) {
            conflicts->append(key);
        }
    }
}

// The modelled members, in the order they are written.
Members modelMembers(const MarathonApp& app, MarathonFlavour flavour)
{
    Members o;
    put(o, QStringLiteral("id"), app.id);
    if (app.cmd)
        put(o, QStringLiteral("cmd"), *app.cmd);
    if (app.args) {
        OrderedJson a = OrderedJson::array();
        for (const QString& s : *app.args)
            a.append(s);
        put(o, QStringLiteral("args"), a);
    }
    if (app.user)
        put(o, QStringLiteral("user"), *app.user);
    put(o, QStringLiteral("cpus"), app.cpus);
    put(o, QStringLiteral("mem"), app.mem);
    put(o, QStringLiteral("disk"), app.disk);
    put(o, QStringLiteral("instances"), app.instances);
    if (hasEnv(app, flavour))
        put(o, QStringLiteral("env"), envJson(app, flavour));

    if (flavour == MarathonFlavour::Current) {
        if (!app.fetch.isEmpty()) {
            OrderedJson a = OrderedJson::array();
            for (const MarathonFetch& f : app.fetch)
                a.append(fetchJson(f));
            put(o, QStringLiteral("fetch"), a);
        }
        OrderedJson ports = OrderedJson::array();
        for (const MarathonPortDefinition& p : app.portDefinitions)
            ports.append(portJson(p));
        put(o, QStringLiteral("portDefinitions"), ports);
    } else {
        if (!app.fetch.isEmpty()) {
            OrderedJson a = OrderedJson::array();
            for (const MarathonFetch& f : app.fetch)
                a.append(f.uri);
            put(o, QStringLiteral("uris"), a);
        }
        OrderedJson ports = OrderedJson::array();
        for (const MarathonPortDefinition& p : app.portDefinitions)
            ports.append(p.port);
        put(o, QStringLiteral("ports"), ports);
    }
    put(o, QStringLiteral("requirePorts"), app.requirePorts);
    if (app.taskKillGracePeriodSeconds)
        put(o, QStringLiteral("taskKillGracePeriodSeconds"), *app.taskKillGracePeriodSeconds);

    if (!app.healthChecks.isEmpty()) {
        OrderedJson a = OrderedJson::array();
        for (const MarathonHealthCheck& h : app.healthChecks)
            a.append(healthCheckJson(h));
        put(o, QStringLiteral("healthChecks"), a);
    }
    if (!app.labels.isEmpty())
        put(o, QStringLiteral("labels"), keyValues(app.labels));
    if (!app.constraints.isEmpty()) {
        OrderedJson a = OrderedJson::array();
        for (const MarathonConstraint& c : app.constraints) {
            OrderedJson item = OrderedJson::array();
            item.append(c.field);
            item.append(c.op);
            if (c.value)
                item.append(*c.value);
            a.append(item);
        }
        put(o, QStringLiteral("constraints"), a);
    }
    if (!app.acceptedResourceRoles.isEmpty()) {
        OrderedJson a = OrderedJson::array();
        for (const QString& role : app.acceptedResourceRoles)
            a.append(role);
        put(o, QStringLiteral("acceptedResourceRoles"), a);
    }
    if (app.upgradeStrategy) {
        OrderedJson u = OrderedJson::object();
        u.insert(QStringLiteral("minimumHealthCapacity"), app.upgradeStrategy->minimumHealthCapacity);
        u.insert(QStringLiteral("maximumOverCapacity"), app.upgradeStrategy->maximumOverCapacity);
        put(o, QStringLiteral("upgradeStrategy"), u);
    }
    if (app.backoffSeconds)
        put(o, QStringLiteral("backoffSeconds"), *app.backoffSeconds);
    if (app.backoffFactor)
        put(o, QStringLiteral("backoffFactor"), *app.backoffFactor);
    if (app.maxLaunchDelaySeconds)
        put(o, QStringLiteral("maxLaunchDelaySeconds"), *app.maxLaunchDelaySeconds);
    // Persistent volumes (Marathon 1.0) and secrets (1.4, with --enable_features secrets) do not
    // exist for the legacy flavour: left out, and legacyLosses() says so.
    if (flavour == MarathonFlavour::Current) {
        if (!app.persistentVolumes.isEmpty()) {
            OrderedJson volumes = OrderedJson::array();
            for (const MarathonPersistentVolume& v : app.persistentVolumes) {
                OrderedJson volume = OrderedJson::object();
                volume.insert(QStringLiteral("containerPath"), v.containerPath);
                volume.insert(QStringLiteral("mode"), v.mode);
                OrderedJson persistent = OrderedJson::object();
                persistent.insert(QStringLiteral("size"), v.sizeMiB);
                volume.insert(QStringLiteral("persistent"), persistent);
                volumes.append(volume);
            }
            OrderedJson container = OrderedJson::object();
            container.insert(QStringLiteral("type"), QStringLiteral("MESOS"));
            container.insert(QStringLiteral("volumes"), volumes);
            put(o, QStringLiteral("container"), container);
        }
        if (!app.secrets.isEmpty()) {
            OrderedJson secrets = OrderedJson::object();
            for (const MarathonSecret& secret : app.secrets) {
                OrderedJson source = OrderedJson::object();
                source.insert(QStringLiteral("source"), secret.source);
                secrets.insert(secret.name, source);
            }
            put(o, QStringLiteral("secrets"), secrets);
        }
        if (app.unreachableDisabled)
            put(o, QStringLiteral("unreachableStrategy"), QStringLiteral("disabled"));
    }
    return o;
}

} // namespace

OrderedJson MarathonJsonWriter::toJson(const MarathonApp& app, MarathonFlavour flavour)
{
    Members members = modelMembers(app, flavour);
    mergeKept(members, app, nullptr);
    OrderedJson o = OrderedJson::object();
    for (auto& [key, value] : members)
        o.insert(key, std::move(value));
    return o;
}

QStringList MarathonJsonWriter::keptConflicts(const MarathonApp& app, MarathonFlavour flavour)
{
    Members members = modelMembers(app, flavour);
    QStringList conflicts;
    mergeKept(members, app, &conflicts);
    return conflicts;
}

OrderedJson MarathonJsonWriter::fromCbor(const QCborValue& value)
{
    if (value.isMap()) {
        OrderedJson o = OrderedJson::object();
        const QCborMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            o.insert(it.key().toString(), fromCbor(it.value()));
        return o;
    }
    if (value.isArray()) {
        OrderedJson a = OrderedJson::array();
        for (const QCborValue& item : value.toArray())
            a.append(fromCbor(item));
        return a;
    }
    if (value.isString())
        return OrderedJson(value.toString());
    if (value.isBool())
        return OrderedJson(value.toBool());
    if (value.isInteger()) {
        const qint64 n = value.toInteger();
        return OrderedJson(n);
    }
    if (value.isDouble())
        return OrderedJson(value.toDouble());
    return OrderedJson();
}

QByteArray MarathonJsonWriter::write(const MarathonApp& app, MarathonFlavour flavour)
{
    return toJson(app, flavour).serialize(OrderedJson::Style::Indented);
}

QByteArray MarathonJsonWriter::writeCompact(const MarathonApp& app, MarathonFlavour flavour)
{
    return toJson(app, flavour).serialize(OrderedJson::Style::Compact);
}

FieldProblems MarathonJsonWriter::legacyLosses(const MarathonApp& app)
{
    FieldProblems out;
    auto warn = [&](const QString& field, const QString& message) {
        out.append({ field, message, FieldProblem::Severity::Warning });
    };
    for (qsizetype i = 0; i < app.fetch.size(); ++i) {
        const MarathonFetch& f = app.fetch[i];
        const QString at = QStringLiteral("fetch/%1").arg(i);
        if (f.executable || f.cache || !f.destPath.isEmpty())
            warn(at,
                tr("the legacy \"uris\" field keeps only the URI: executable, cache and destPath are lost, and "
                   "Marathon decides from the file name whether to extract it"));
        else if (f.extract != MarathonFetch::extractedFromUris(f.uri))
            warn(at + QStringLiteral("/extract"),
                f.extract ? tr("the legacy \"uris\" field cannot ask for extraction: Marathon extracts only names "
                               "ending in .tgz, .tar.gz, .zip and the like, so %1 is downloaded as it is")
                                .arg(f.uri)
                          : tr("the legacy \"uris\" field cannot turn extraction off: Marathon extracts %1 because "
                               "its name ends in an archive suffix")
                                .arg(f.uri));
    }
    for (qsizetype i = 0; i < app.portDefinitions.size(); ++i) {
        const MarathonPortDefinition& p = app.portDefinitions[i];
        const QString at = QStringLiteral("portDefinitions/%1").arg(i);
        if (!p.name.isEmpty())
            warn(at + QStringLiteral("/name"),
                tr("the legacy \"ports\" field cannot name a port; \"%1\" is lost").arg(p.name));
        if (p.protocol != QStringLiteral("tcp"))
            warn(at + QStringLiteral("/protocol"),
                tr("the legacy \"ports\" field is TCP only; protocol \"%1\" is lost").arg(p.protocol));
        if (!p.labels.isEmpty())
            warn(at + QStringLiteral("/labels"), tr("the legacy \"ports\" field cannot carry port labels"));
    }
    for (const MarathonSecretEnv& e : app.secretEnv)
        warn(QStringLiteral("env/") + e.key,
            tr("Marathon before 1.0 has no secrets: %1 is left out, so the task does not get it; use a file "
               "downloaded into the sandbox instead, or the current JSON")
                .arg(e.key));
    if (!app.secrets.isEmpty())
        warn(QStringLiteral("secrets"), tr("Marathon before 1.0 has no secrets: the \"secrets\" field is left out"));
    if (!app.persistentVolumes.isEmpty())
        warn(QStringLiteral("container"),
            tr("Marathon before 1.0 has no persistent volumes: the data volume is left out, so the service's data "
               "is lost whenever its task stops; use the current JSON to keep it"));
    return out;
}

} // namespace habmesos
