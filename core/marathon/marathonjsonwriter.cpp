// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonjsonwriter.h"

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

} // namespace

OrderedJson MarathonJsonWriter::toJson(const MarathonApp& app, MarathonFlavour flavour)
{
    OrderedJson o = OrderedJson::object();
    o.insert(QStringLiteral("id"), app.id);
    if (app.cmd)
        o.insert(QStringLiteral("cmd"), *app.cmd);
    if (app.args) {
        OrderedJson a = OrderedJson::array();
        for (const QString& s : *app.args)
            a.append(s);
        o.insert(QStringLiteral("args"), a);
    }
    if (app.user)
        o.insert(QStringLiteral("user"), *app.user);
    o.insert(QStringLiteral("cpus"), app.cpus);
    o.insert(QStringLiteral("mem"), app.mem);
    o.insert(QStringLiteral("disk"), app.disk);
    o.insert(QStringLiteral("instances"), app.instances);
    if (!app.env.isEmpty())
        o.insert(QStringLiteral("env"), keyValues(app.env));

    if (flavour == MarathonFlavour::Current) {
        if (!app.fetch.isEmpty()) {
            OrderedJson a = OrderedJson::array();
            for (const MarathonFetch& f : app.fetch)
                a.append(fetchJson(f));
            o.insert(QStringLiteral("fetch"), a);
        }
        OrderedJson ports = OrderedJson::array();
        for (const MarathonPortDefinition& p : app.portDefinitions)
            ports.append(portJson(p));
        o.insert(QStringLiteral("portDefinitions"), ports);
    } else {
        if (!app.fetch.isEmpty()) {
            OrderedJson a = OrderedJson::array();
            for (const MarathonFetch& f : app.fetch)
                a.append(f.uri);
            o.insert(QStringLiteral("uris"), a);
        }
        OrderedJson ports = OrderedJson::array();
        for (const MarathonPortDefinition& p : app.portDefinitions)
            ports.append(p.port);
        o.insert(QStringLiteral("ports"), ports);
    }
    o.insert(QStringLiteral("requirePorts"), app.requirePorts);
    if (app.taskKillGracePeriodSeconds)
        o.insert(QStringLiteral("taskKillGracePeriodSeconds"), *app.taskKillGracePeriodSeconds);

    if (!app.healthChecks.isEmpty()) {
        OrderedJson a = OrderedJson::array();
        for (const MarathonHealthCheck& h : app.healthChecks)
            a.append(healthCheckJson(h));
        o.insert(QStringLiteral("healthChecks"), a);
    }
    if (!app.labels.isEmpty())
        o.insert(QStringLiteral("labels"), keyValues(app.labels));
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
        o.insert(QStringLiteral("constraints"), a);
    }
    if (!app.acceptedResourceRoles.isEmpty()) {
        OrderedJson a = OrderedJson::array();
        for (const QString& role : app.acceptedResourceRoles)
            a.append(role);
        o.insert(QStringLiteral("acceptedResourceRoles"), a);
    }
    if (app.upgradeStrategy) {
        OrderedJson u = OrderedJson::object();
        u.insert(QStringLiteral("minimumHealthCapacity"), app.upgradeStrategy->minimumHealthCapacity);
        u.insert(QStringLiteral("maximumOverCapacity"), app.upgradeStrategy->maximumOverCapacity);
        o.insert(QStringLiteral("upgradeStrategy"), u);
    }
    if (app.backoffSeconds)
        o.insert(QStringLiteral("backoffSeconds"), *app.backoffSeconds);
    if (app.backoffFactor)
        o.insert(QStringLiteral("backoffFactor"), *app.backoffFactor);
    if (app.maxLaunchDelaySeconds)
        o.insert(QStringLiteral("maxLaunchDelaySeconds"), *app.maxLaunchDelaySeconds);
    return o;
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
    return out;
}

} // namespace habmesos
