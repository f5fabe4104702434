// SPDX-License-Identifier: Apache-2.0
// MarathonAppImport::settingsFor: the settings that derive an opened app again.
#include "definition/appderivation.h"
#include "definition/marathonappimport.h"

#include "definition/deploymentoptions.h"
#include "marathon/marathonappid.h"
#include "marathon/marathonjsonwriter.h"

#include <QCborArray>
#include <QJsonValue>
#include <QUrl>

namespace habmesos {

namespace {

QString str(const QCborMap& m, const char* key)
{
    return m.value(QLatin1String(key)).toString();
}

// The app the settings derive, read back as the writer wrote it.
QCborMap derivedJson(const HabitatPackageFacts& facts, const ExportSettings& s)
{
    const QByteArray json = MarathonJsonWriter::write(AppDerivation::derive(facts, s).app, s.flavour);
    return OrderedJsonReader::read(json).value().toMap();
}

// Equal for Marathon: members in any order, 5 and 5.0 alike.
bool sameValue(const QCborValue& a, const QCborValue& b)
{
    return a.toJsonValue() == b.toJsonValue();
}

// An object's members whose values are text (the model's kind of env).
QCborValue textMembers(const QCborValue& object)
{
    QCborMap out;
    const QCborMap map = object.toMap();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().isString())
            out.insert(it.key(), it.value());
    }
    return out;
}

// The preferences and the package of `base`, everything about the app at its default.
ExportSettings startFrom(const ExportSettings& base)
{
    ExportSettings s;
    s.package = base.package;
    s.sources = base.sources;
    s.allowUnverified = base.allowUnverified;
    s.agentPorts = base.agentPorts;
    s.outputDir = base.outputDir;
    s.format = base.format;
    s.agentFetcher = base.agentFetcher;
    s.segmentCache = base.segmentCache;
    s.supervisor = base.supervisor;
    return s;
}

// A download the harts layout makes for a .hart (HabitatAppBuilder): into the artifact cache,
// cached, not extracted.
bool isHartDownload(const QCborValue& item)
{
    if (!item.isMap())
        return false;
    const QCborMap f = item.toMap();
    const QString dest = str(f, "destPath");
    return dest.startsWith(QLatin1String("hab/cache/artifacts/")) && dest.endsWith(QLatin1String(".hart"))
        && f.value(QStringLiteral("cache")).toBool() && f.value(QStringLiteral("extract")).isFalse();
}

// The tarball's download becomes the fetch URI (in the harts layout: the bootstrap's, whose folder
// holds every .hart, and the .hart downloads follow from the package); the others are kept, after it.
void readDownloads(const QCborMap& app, const HabitatPackageFacts& facts, ExportSettings& s, QCborMap& kept)
{
    const QString key = app.contains(QStringLiteral("fetch")) ? QStringLiteral("fetch") : QStringLiteral("uris");
    QCborArray items = app.value(key).toArray();
    s.layout = DeploymentLayout::Tarball;
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        if (isHartDownload(items.at(i))) {
            s.layout = DeploymentLayout::Harts;
            items.removeAt(i);
        }
    }
    // The download named after the tarball, or else the first (the tarball under another name).
    qsizetype tarball = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QCborValue item = items.at(i);
        const QString uri = item.isString() ? item.toString() : str(item.toMap(), "uri");
        if (QUrl(uri).fileName() == facts.tarballFileName
            || (item.isMap() && str(item.toMap(), "destPath") == facts.tarballFileName)) {
            tarball = i;
            break;
        }
    }
    QCborArray others;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QCborValue item = items.at(i);
        const QString uri = item.isString() ? item.toString() : str(item.toMap(), "uri");
        if (i == tarball) {
            ExportSettings local = s;
            local.fetchUri.reset();
            if (uri != local.fetchUriFor(facts.tarballFileName))
                s.fetchUri = s.layout == DeploymentLayout::Harts && uri.endsWith(u'/' + QUrl(uri).fileName())
                    ? uri.left(uri.size() - QUrl(uri).fileName().size())
                    : uri;
        } else {
            others.append(item);
        }
    }
    if (!others.isEmpty())
        kept.insert(key, others);
}

// Upgrade strategy, backoff, roles, the task's user and the downloads after the tarball's, as
// DeploymentOptions reads them. The extra downloads replace the kept ones only when the tarball was
// the first download and every other one was read (DeploymentOptions takes fetch[0] as the tarball).
void readDeployment(const QCborMap& app, ExportSettings& s, QCborMap& kept)
{
    // The harts layout's .hart downloads are the package's, not extra ones.
    const QString key = app.contains(QStringLiteral("fetch")) ? QStringLiteral("fetch") : QStringLiteral("uris");
    QCborArray all;
    for (const QCborValue& item : app.value(key).toArray()) {
        if (!isHartDownload(item))
            all.append(item);
    }
    QCborMap withoutHarts = app;
    if (app.contains(key))
        withoutHarts.insert(key, all);
    FieldProblems problems;
    s.deployment = DeploymentOptions::fromJson(withoutHarts.toJsonObject(), &problems);
    const QCborArray others = kept.value(key).toArray();
    bool tarballFirst = all.size() == others.size() + 1;
    for (qsizetype i = 0; tarballFirst && i < others.size(); ++i)
        tarballFirst = all.at(i + 1) == others.at(i);
    if (tarballFirst && s.deployment.extraFetch.size() == others.size())
        kept.remove(key);
    else
        s.deployment.extraFetch.clear();
}

void readEnvironment(const QCborMap& app, const HabitatPackageFacts& facts, ExportSettings& s, QCborMap& kept)
{
    const QString configVar = HabitatConfig::envVarName(facts.name);
    const QCborMap env = app.value(QStringLiteral("env")).toMap();
    QCborMap other;
    for (auto it = env.begin(); it != env.end(); ++it) {
        const QString key = it.key().toString();
        if (!it.value().isString()) { // {"secret": "..."}: the model's values are text
            other.insert(key, it.value());
            continue;
        }
        const QString value = it.value().toString();
        if (key == QLatin1String("HAB_LICENSE") && value == HabitatAppBuilder::licenseValue())
            continue;
        if (key == configVar && s.config.isEmpty()) {
            // The configuration editor shows changes, so HAB_<PKG> becomes changes where it can.
            Result<HabitatConfig> config
                = HabitatConfig::parse(facts.defaultToml, HabitatAppBuilder::defaultTomlName(facts));
            if (config && config->applyOverride(value).ok()) {
                s.config = ExportSettings::configChanges(*config);
                if (!s.config.isEmpty())
                    continue;
            }
        }
        s.env.append({ key, value });
    }
    if (!other.isEmpty())
        kept.insert(QStringLiteral("env"), other);
}

void readLabels(const QCborMap& app, ExportSettings& s, QCborMap& kept)
{
    const QCborMap labels = app.value(QStringLiteral("labels")).toMap();
    QCborMap other;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.value().isString())
            s.labels.append({ it.key().toString(), it.value().toString() });
        else
            other.insert(it.key(), it.value());
    }
    if (!other.isEmpty())
        kept.insert(QStringLiteral("labels"), other);
}

void readConstraints(const QCborMap& app, ExportSettings& s, QCborMap& kept)
{
    const QCborArray list = app.value(QStringLiteral("constraints")).toArray();
    for (const QCborValue& item : list) {
        const QCborArray c = item.toArray();
        bool text = c.size() == 2 || c.size() == 3;
        for (const QCborValue& part : c)
            text = text && part.isString();
        if (!item.isArray() || !text) { // the whole list, as written: its order matters
            s.constraints.clear();
            kept.insert(QStringLiteral("constraints"), list);
            return;
        }
        s.constraints.append({ c.at(0).toString(), c.at(1).toString(),
            c.size() == 3 ? std::optional(c.at(2).toString()) : std::nullopt });
    }
}

// The ports: the package's own layout when one matches (so the forms keep following the package),
// hand-edited ports otherwise, kept as written when the model cannot hold them.
void readPorts(const QCborMap& app, const HabitatPackageFacts& facts, ExportSettings& s, QCborMap& kept)
{
    const bool legacy = s.flavour == MarathonFlavour::Legacy;
    const QString key = legacy ? QStringLiteral("ports") : QStringLiteral("portDefinitions");
    if (!app.contains(key))
        return; // the package's ports: Marathon would add one of its own otherwise
    const QCborArray list = app.value(key).toArray();
    const bool require = app.value(QStringLiteral("requirePorts")).toBool();
    QList<MarathonPortDefinition> ports;
    bool holdable = true;
    for (const QCborValue& item : list) {
        MarathonPortDefinition p;
        if (legacy) {
            holdable = holdable && item.isInteger();
            p.port = int(item.toInteger());
        } else {
            const QCborMap m = item.toMap();
            for (auto it = m.begin(); it != m.end(); ++it) {
                const QString field = it.key().toString();
                if (field == QLatin1String("port") && it.value().isInteger())
                    p.port = int(it.value().toInteger());
                else if (field == QLatin1String("protocol") && it.value().isString())
                    p.protocol = it.value().toString();
                else if (field == QLatin1String("name") && it.value().isString())
                    p.name = it.value().toString();
                else if (field == QLatin1String("labels") && it.value().isMap()) {
                    const QCborMap labels = it.value().toMap();
                    for (auto l = labels.begin(); l != labels.end(); ++l) {
                        holdable = holdable && l.value().isString();
                        p.labels.append({ l.key().toString(), l.value().toString() });
                    }
                } else
                    holdable = false;
            }
            holdable = holdable && item.isMap();
        }
        ports.append(p);
    }
    if (!holdable) {
        s.portDefinitions = QList<MarathonPortDefinition>(); // the model writes none; the kept ones follow
        kept.insert(key, list);
        return;
    }
    for (const bool fixed : { false, true }) {
        for (const bool supervisor : { true, false }) {
            ExportSettings trial = s;
            trial.fixedPorts = fixed;
            trial.supervisorPorts = supervisor;
            const MarathonApp built = AppDerivation::derive(facts, trial).app;
            QList<MarathonPortDefinition> wanted = ports;
            if (legacy) { // only the numbers are written
                for (qsizetype i = 0; i < built.portDefinitions.size() && i < wanted.size(); ++i) {
                    if (built.portDefinitions[i].port == wanted[i].port)
                        wanted[i] = built.portDefinitions[i];
                }
            }
            // The ports wire configuration keys: a layout that takes a key the app sets is not this one.
            if (built.portDefinitions == wanted && built.requirePorts == require
                && sameValue(textMembers(derivedJson(facts, trial).value(QStringLiteral("env"))),
                    textMembers(app.value(QStringLiteral("env"))))) {
                s = trial;
                return;
            }
        }
    }
    s.portDefinitions = ports;
    s.fixedPorts = require;
    s.supervisorPorts = std::any_of(ports.begin(), ports.end(),
        [](const MarathonPortDefinition& p) { return p.name == HabitatAppBuilder::httpPortName(); });
}

void readHealthCheck(const QCborMap& app, const HabitatPackageFacts& facts, ExportSettings& s, QCborMap& kept)
{
    const QCborArray checks = app.value(QStringLiteral("healthChecks")).toArray();
    s.healthCheck = !checks.isEmpty();
    if (checks.isEmpty())
        return;
    const HealthCheckSettings base = HabitatAppBuilder::defaultHealthCheck(facts, s.flavour);
    HealthCheckSettings h = base;
    bool holdable = checks.size() == 1 && checks.at(0).isMap();
    const QCborMap c = checks.at(0).toMap();
    h.path.clear();
    h.ignoreHttp1xx = false;
    const QList<MarathonPortDefinition> ports = AppDerivation::derive(facts, s).app.portDefinitions;
    for (auto it = c.begin(); holdable && it != c.end(); ++it) {
        const QString field = it.key().toString();
        const QCborValue v = it.value();
        if (field == QLatin1String("protocol") && v.isString())
            h.protocol = v.toString();
        else if (field == QLatin1String("path") && v.isString())
            h.path = v.toString();
        else if (field == QLatin1String("portIndex") && v.isInteger() && v.toInteger() >= 0
            && v.toInteger() < ports.size() && !ports.at(v.toInteger()).name.isEmpty())
            h.portName = ports.at(v.toInteger()).name;
        else if (field == QLatin1String("command") && v.isMap() && v.toMap().value(QStringLiteral("value")).isString())
            h.command = v.toMap().value(QStringLiteral("value")).toString();
        else if (field == QLatin1String("gracePeriodSeconds") && v.isInteger())
            h.gracePeriodSeconds = int(v.toInteger());
        else if (field == QLatin1String("intervalSeconds") && v.isInteger())
            h.intervalSeconds = int(v.toInteger());
        else if (field == QLatin1String("timeoutSeconds") && v.isInteger())
            h.timeoutSeconds = int(v.toInteger());
        else if (field == QLatin1String("maxConsecutiveFailures") && v.isInteger())
            h.maxConsecutiveFailures = int(v.toInteger());
        else if (field == QLatin1String("ignoreHttp1xx") && v.isBool())
            h.ignoreHttp1xx = v.toBool();
        else
            holdable = false;
    }
    if (!HealthCheckSettings::usesPath(h.protocol))
        h.path = base.path; // not written: keep the settings free of a change that changes nothing
    if (!holdable) {
        s.healthCheck = false;
        kept.insert(QStringLiteral("healthChecks"), checks);
        return;
    }
    s.healthCheckChanges = ExportSettings::healthCheckChangesFor(base, h);
}

} // namespace

Result<MarathonAppImport::Imported> MarathonAppImport::settingsFor(
    const QCborMap& opened, const HabitatPackageFacts& facts, const ExportSettings& base)
{
    if (const Status typed = checkTypes(opened); !typed)
        return typed.errorInfo();
    Imported out;
    ExportSettings& s = out.settings;
    s = startFrom(base);
    QCborMap app = opened;
    QStringList status;
    for (const QString& key : serverStatusFields()) {
        if (app.contains(key)) {
            status.append(key);
            app.remove(key);
        }
    }
    const bool legacy = (app.contains(QStringLiteral("uris")) && !app.contains(QStringLiteral("fetch")))
        || (app.contains(QStringLiteral("ports")) && !app.contains(QStringLiteral("portDefinitions")));
    s.flavour = legacy ? MarathonFlavour::Legacy : MarathonFlavour::Current;
    QCborMap kept;

    if (app.contains(QStringLiteral("id"))) {
        const QString id = str(app, "id");
        s.appId = id == MarathonAppId::fromPackage(facts.origin, facts.name).id ? QString() : id;
    }
    if (app.contains(QStringLiteral("cpus")))
        s.cpus = app.value(QStringLiteral("cpus")).toDouble();
    if (app.contains(QStringLiteral("mem")))
        s.mem = app.value(QStringLiteral("mem")).toDouble();
    if (app.contains(QStringLiteral("instances")))
        s.instances = int(app.value(QStringLiteral("instances")).toDouble());
    if (app.contains(QStringLiteral("disk"))) {
        const double disk = app.value(QStringLiteral("disk")).toDouble();
        if (disk != HabitatAppBuilder::neededDisk(facts).value_or(0))
            s.disk = disk;
    }
    if (app.contains(QStringLiteral("taskKillGracePeriodSeconds"))) {
        const int grace = int(app.value(QStringLiteral("taskKillGracePeriodSeconds")).toDouble());
        if (grace != HabitatAppBuilder::defaultKillGracePeriod(facts))
            s.killGracePeriodSeconds = grace;
    }
    // The service options first: the readers below then see the operator's own fields only.
    const QCborMap whole = app;
    s.service = readService(
        app, s.instances, s.appId.isEmpty() ? MarathonAppId::fromPackage(facts.origin, facts.name).id : s.appId);
    readDownloads(app, facts, s, kept);
    readDeployment(app, s, kept);
    readEnvironment(app, facts, s, kept);
    readLabels(app, s, kept);
    readConstraints(app, s, kept);
    readPorts(whole, facts, s, kept); // it compares the env the ports wire, ours included
    readHealthCheck(app, facts, s, kept);
    if (app.value(QStringLiteral("cmd")).isString()
        && AppDerivation::derive(facts, s).app.cmd != app.value(QStringLiteral("cmd")).toString())
        s.cmd = str(app, "cmd");

    // What is left: fields the model does not write are kept; a field it writes differently gets
    // the model's way of keeping it where it has one, and a note where not.
    QCborMap derived = derivedJson(facts, s);
    for (auto it = app.begin(); it != app.end(); ++it) {
        const QString key = it.key().toString();
        if (!derived.contains(key) && !kept.contains(key)) {
            kept.insert(key, it.value());
            out.kept.append(key);
        }
    }
    for (auto it = app.begin(); it != app.end(); ++it) { // in the definition's order, whatever kept them
        if (kept.contains(it.key()))
            s.keptFields.insert(it.key(), kept.value(it.key()));
    }
    derived = derivedJson(facts, s);
    QStringList differ, added;
    for (auto it = whole.begin(); it != whole.end(); ++it) {
        if (!sameValue(derived.value(it.key()), it.value()))
            differ.append(it.key().toString());
    }
    for (auto it = derived.begin(); it != derived.end(); ++it) {
        if (!whole.contains(it.key()))
            added.append(it.key().toString());
    }
    out.kept = QStringList();
    for (auto it = s.keptFields.begin(); it != s.keptFields.end(); ++it)
        out.kept.append(it.key().toString());
    if (!out.kept.isEmpty())
        out.notes.append(
            tr("Kept as written (the forms cannot show them): %1").arg(out.kept.join(QStringLiteral(", "))));
    if (!differ.isEmpty())
        out.notes.append(
            tr("Written as the settings make them, not as opened: %1").arg(differ.join(QStringLiteral(", "))));
    if (!added.isEmpty())
        out.notes.append(tr("Added by habmesos: %1").arg(added.join(QStringLiteral(", "))));
    if (!status.isEmpty())
        out.notes.append(
            tr("Left out, the server's state rather than the definition: %1").arg(status.join(QStringLiteral(", "))));
    return out;
}

} // namespace habmesos
