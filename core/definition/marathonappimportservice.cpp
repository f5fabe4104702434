// SPDX-License-Identifier: Apache-2.0
// MarathonAppImport::readService: the service options back from what HabitatServiceApp wrote.
#include "definition/marathonappimport.h"

#include "marathon/habitatserviceapp.h"

#include <QCborArray>

#include <limits>

namespace habmesos {

namespace {

using Options = HabitatServiceOptions;

QString text(const QCborMap& m, const QString& key)
{
    return m.value(key).toString();
}

// Exactly the map {"source": "<path>"}.
std::optional<QString> secretSource(const QCborValue& value)
{
    const QCborMap m = value.toMap();
    if (!value.isMap() || m.size() != 1 || !m.value(QStringLiteral("source")).isString())
        return std::nullopt;
    return m.value(QStringLiteral("source")).toString();
}

// A fetch entry as HabitatServiceApp writes a secret file: the URI to destPath, nothing extracted,
// executable or cached.
bool isSecretFile(const QCborValue& item, const QString& destPath)
{
    const QCborMap f = item.toMap();
    if (!item.isMap() || !f.value(QStringLiteral("uri")).isString() || text(f, QStringLiteral("destPath")) != destPath)
        return false;
    for (auto it = f.begin(); it != f.end(); ++it) {
        const QString key = it.key().toString();
        if (key == QLatin1String("extract") || key == QLatin1String("executable") || key == QLatin1String("cache")) {
            if (!it.value().isBool() || it.value().toBool())
                return false;
        } else if (key != QLatin1String("uri") && key != QLatin1String("destPath")) {
            return false;
        }
    }
    return true;
}

// `container` exactly as HabitatServiceApp writes the data volume: its size, or nullopt.
std::optional<int> dataVolume(const QCborValue& container)
{
    const QCborMap c = container.toMap();
    if (!container.isMap() || c.size() != 2 || text(c, QStringLiteral("type")) != QLatin1String("MESOS"))
        return std::nullopt;
    const QCborArray volumes = c.value(QStringLiteral("volumes")).toArray();
    if (volumes.size() != 1)
        return std::nullopt;
    const QCborMap v = volumes.at(0).toMap();
    const QCborMap persistent = v.value(QStringLiteral("persistent")).toMap();
    if (v.size() != 3 || text(v, QStringLiteral("containerPath")) != Options::dataVolumePath()
        || text(v, QStringLiteral("mode")) != QLatin1String("RW") || persistent.size() != 1
        || !persistent.value(QStringLiteral("size")).isInteger())
        return std::nullopt;
    const qint64 size = persistent.value(QStringLiteral("size")).toInteger();
    if (size < 1 || size > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(size);
}

// The map without what was taken out of it; left as it was when nothing was.
void putBack(QCborMap& app, const QString& key, const QCborMap& map)
{
    if (map.size() == app.value(key).toMap().size())
        return;
    if (map.isEmpty())
        app.remove(key);
    else
        app.insert(key, map);
}

} // namespace

HabitatServiceOptions MarathonAppImport::readService(QCborMap& app, int instances, const QString& appId)
{
    Options o;
    QCborMap env = app.value(QStringLiteral("env")).toMap();
    QCborMap labels = app.value(QStringLiteral("labels")).toMap();
    QCborMap secrets = app.value(QStringLiteral("secrets")).toMap();

    if (const QCborValue args = env.value(Options::supArgsVariable());
        args.isString() && HabitatServiceApp::readSupArgs(args.toString(), o))
        env.remove(Options::supArgsVariable());

    // Secrets: references in env to a declaration in `secrets`, or files in the sandbox.
    QCborArray fetch = app.value(QStringLiteral("fetch")).toArray();
    const bool hadFetch = app.contains(QStringLiteral("fetch"));
    for (const HabitatServiceApp::SecretSlot& slot : HabitatServiceApp::secretSlots()) {
        const QCborMap ref = env.value(slot.variable).toMap();
        if (env.value(slot.variable).isMap() && ref.size() == 1 && ref.value(QStringLiteral("secret")).isString()) {
            const QString name = text(ref, QStringLiteral("secret"));
            if (const std::optional<QString> source = secretSource(secrets.value(name))) {
                o.*slot.member = { Options::Secret::Source::MarathonSecret, *source };
                env.remove(slot.variable);
                secrets.remove(name);
                continue;
            }
        }
        const QString destPath = Options::secretFilePath(slot.name);
        for (qsizetype i = 0; i < fetch.size(); ++i) {
            if (isSecretFile(fetch.at(i), destPath)) {
                o.*slot.member = { Options::Secret::Source::File, text(fetch.at(i).toMap(), QStringLiteral("uri")) };
                fetch.removeAt(i);
                break;
            }
        }
    }
    if (hadFetch)
        app.insert(QStringLiteral("fetch"), fetch);

    // The ring: what HabitatServiceApp::discovery would choose from the settings is left to it.
    const QCborValue label = labels.value(Options::ringLabel());
    const QCborValue ring = env.value(Options::ringVariable());
    const QCborValue peers = env.value(Options::peersVariable());
    Options automatic;
    if (label.isString() && ring.isString() && label.toString() == ring.toString()) {
        if (const QCborValue url = env.value(Options::marathonUrlVariable()); url.isString()) {
            o.marathonUrl = url.toString();
            env.remove(Options::marathonUrlVariable());
        }
        o.ring = ring.toString() == HabitatServiceApp::defaultRingName(appId) ? QString() : ring.toString();
        automatic.ring = o.ring;
        automatic.marathonUrl = o.marathonUrl;
        o.discovery = HabitatServiceApp::discovery(automatic, instances) == Options::Discovery::Marathon
            ? Options::Discovery::Automatic
            : Options::Discovery::Marathon;
        env.remove(Options::ringVariable());
        labels.remove(Options::ringLabel());
    } else if (peers.isString() && !peers.toString().trimmed().isEmpty()) {
        o.discovery = Options::Discovery::Peers;
        o.peers = peers.toString().split(u' ', Qt::SkipEmptyParts);
        env.remove(Options::peersVariable());
    } else {
        o.discovery = HabitatServiceApp::discovery(automatic, instances) == Options::Discovery::Alone
            ? Options::Discovery::Automatic
            : Options::Discovery::Alone;
    }

    if (const std::optional<int> size = dataVolume(app.value(QStringLiteral("container")))) {
        o.dataVolumeMiB = size;
        app.remove(QStringLiteral("container"));
        if (app.value(QStringLiteral("unreachableStrategy")) == QCborValue(QStringLiteral("disabled")))
            app.remove(QStringLiteral("unreachableStrategy"));
    }
    putBack(app, QStringLiteral("env"), env);
    putBack(app, QStringLiteral("labels"), labels);
    putBack(app, QStringLiteral("secrets"), secrets);
    return o;
}

} // namespace habmesos
