// SPDX-License-Identifier: Apache-2.0
#include "marathon/appdiff.h"

#include "marathon/marathonclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace habmesos {

namespace {

// Marathon's defaults for what an app leaves out (RAML v2/types/app.raml), so that a field filled
// in by the server equals the same field left out.
QJsonValue appDefault(const QString& key)
{
    static const QJsonObject defaults {
        { QStringLiteral("cpus"), 1 },
        { QStringLiteral("mem"), 128 },
        { QStringLiteral("disk"), 0 },
        { QStringLiteral("gpus"), 0 },
        { QStringLiteral("instances"), 1 },
        { QStringLiteral("executor"), QString() },
        { QStringLiteral("backoffSeconds"), 1 },
        { QStringLiteral("backoffFactor"), 1.15 },
        { QStringLiteral("maxLaunchDelaySeconds"), 3600 },
        { QStringLiteral("requirePorts"), false },
        { QStringLiteral("killSelection"), QStringLiteral("YOUNGEST_FIRST") },
        { QStringLiteral("env"), QJsonObject() },
        { QStringLiteral("labels"), QJsonObject() },
        { QStringLiteral("constraints"), QJsonArray() },
        { QStringLiteral("healthChecks"), QJsonArray() },
        { QStringLiteral("fetch"), QJsonArray() },
        { QStringLiteral("dependencies"), QJsonArray() },
        { QStringLiteral("upgradeStrategy"),
            QJsonObject {
                { QStringLiteral("minimumHealthCapacity"), 1 }, { QStringLiteral("maximumOverCapacity"), 1 } } },
    };
    return defaults.value(key);
}

// healthCheck.raml, artifact.raml, portDefinition (protocol tcp, no labels).
QJsonObject withDefaults(QJsonObject o, const QString& list)
{
    auto fill = [&o](const char* key, const QJsonValue& value) {
        if (!o.contains(QLatin1String(key)) || o.value(QLatin1String(key)).isNull())
            o.insert(QLatin1String(key), value);
    };
    if (list == u"healthChecks") {
        fill("protocol", QStringLiteral("HTTP"));
        fill("gracePeriodSeconds", 300);
        fill("intervalSeconds", 60);
        fill("timeoutSeconds", 20);
        fill("maxConsecutiveFailures", 3);
        fill("delaySeconds", 15);
        fill("ignoreHttp1xx", false);
        if (!o.contains(QStringLiteral("port")) && o.value(QStringLiteral("protocol")).toString() != u"COMMAND")
            fill("portIndex", 0);
    } else if (list == u"fetch") {
        fill("extract", true);
        fill("executable", false);
        fill("cache", false);
    } else if (list == u"portDefinitions") {
        fill("protocol", QStringLiteral("tcp"));
        fill("labels", QJsonObject());
    }
    return o;
}

QString text(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 12);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

bool same(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble())
        return qFuzzyCompare(1.0 + a.toDouble(), 1.0 + b.toDouble());
    return a == b;
}

class Differ
{
public:
    AppDiff::Changes changes;

    void add(QString what, QString field, const QJsonValue& before, const QJsonValue& after)
    {
        changes.append({ std::move(what), std::move(field), text(before), text(after) });
    }

    // Keyed maps (env, labels): one change per key.
    void map(const QString& words, const QString& key, const QJsonObject& was, const QJsonObject& will)
    {
        QStringList keys = will.keys();
        for (const QString& k : was.keys())
            if (!will.contains(k))
                keys.append(k);
        for (const QString& k : keys)
            if (!same(was.value(k), will.value(k)))
                add(words + u' ' + k, key + u'/' + k, was.value(k), will.value(k));
    }

    // Lists of objects: item by item, each named as the operator knows it.
    void list(const QString& key, QJsonArray was, const QJsonArray& will)
    {
        const qsizetype n = qMax(was.size(), will.size());
        for (qsizetype i = 0; i < n; ++i) {
            const QJsonObject before = i < was.size() ? withDefaults(was.at(i).toObject(), key) : QJsonObject();
            QJsonObject after = i < will.size() ? withDefaults(will.at(i).toObject(), key) : QJsonObject();
            const QString name = itemName(key, i, after.isEmpty() ? before : after);
            const QString at = QStringLiteral("%1/%2").arg(key).arg(i);
            if (before.isEmpty() || after.isEmpty()) {
                // A download is known by its URI; anything else by its JSON.
                auto whole = [&key](const QJsonObject& o) -> QJsonValue {
                    if (o.isEmpty())
                        return {};
                    return key == u"fetch" ? o.value(QStringLiteral("uri")) : QJsonValue(o);
                };
                add(name, at, whole(before), whole(after));
                continue;
            }
            // Port 0 asks for any free port: whatever Marathon picked is no change.
            if (key == u"portDefinitions" && after.value(QStringLiteral("port")).toInt() == 0)
                after.insert(QStringLiteral("port"), before.value(QStringLiteral("port")));
            QStringList fields = after.keys();
            for (const QString& f : before.keys())
                if (!after.contains(f))
                    fields.append(f);
            for (const QString& f : fields) {
                if (same(before.value(f), after.value(f)))
                    continue;
                const QString words = key == u"portDefinitions" && f == u"port" ? AppDiff::tr("number") : f;
                add(name + u' ' + words, at + u'/' + f, before.value(f), after.value(f));
            }
        }
    }

    static QString itemName(const QString& key, qsizetype i, const QJsonObject& item)
    {
        if (key == u"portDefinitions") {
            const QString name = item.value(QStringLiteral("name")).toString();
            return name.isEmpty() ? AppDiff::tr("port %1").arg(i + 1) : AppDiff::tr("port %1").arg(name);
        }
        if (key == u"fetch")
            return AppDiff::tr("download %1").arg(i + 1);
        if (key == u"healthChecks")
            return AppDiff::tr("health check %1").arg(i + 1);
        return QStringLiteral("%1 %2").arg(key).arg(i + 1);
    }

    // Lists of values (constraints, dependencies, roles): as sets, one change per entry.
    void set(const QString& words, const QString& key, const QJsonArray& was, const QJsonArray& will)
    {
        QSet<QString> before, after;
        for (const QJsonValue& v : was)
            before.insert(v.isArray() ? joined(v.toArray()) : text(v));
        for (const QJsonValue& v : will)
            after.insert(v.isArray() ? joined(v.toArray()) : text(v));
        for (const QJsonValue& v : will) {
            const QString t = v.isArray() ? joined(v.toArray()) : text(v);
            if (!before.contains(t))
                changes.append({ words + u' ' + t, key, QString(), t });
        }
        for (const QJsonValue& v : was) {
            const QString t = v.isArray() ? joined(v.toArray()) : text(v);
            if (!after.contains(t))
                changes.append({ words + u' ' + t, key, t, QString() });
        }
    }

    static QString joined(const QJsonArray& a)
    {
        QStringList parts;
        for (const QJsonValue& v : a)
            parts.append(text(v));
        return parts.join(u' ');
    }
};

} // namespace

AppDiff::Changes AppDiff::compare(const QJsonObject& runningInfo, const QJsonObject& proposed)
{
    const QJsonObject running = MarathonClient::definitionOnly(runningInfo);
    Differ d;
    // Only what is sent: a partial update leaves every other field as it is.
    for (auto it = proposed.begin(); it != proposed.end(); ++it) {
        const QString& key = it.key();
        if (key == u"id" || key == u"version" || key == u"versionInfo")
            continue;
        QJsonValue was = running.value(key);
        QJsonValue will = it.value();
        if (was.isUndefined() || was.isNull())
            was = appDefault(key);
        if (will.isNull())
            will = appDefault(key);
        if (key == u"env" || key == u"labels") {
            d.map(key == u"env" ? tr("env") : tr("label"), key, was.toObject(), will.toObject());
        } else if (key == u"portDefinitions" || key == u"fetch" || key == u"healthChecks") {
            d.list(key, was.toArray(), will.toArray());
        } else if (key == u"constraints") {
            d.set(tr("constraint"), key, was.toArray(), will.toArray());
        } else if (key == u"upgradeStrategy" && was.isObject() && will.isObject()) {
            d.map(tr("upgrade strategy"), key, was.toObject(), will.toObject());
        } else if (!same(was, will)) {
            d.add(key, key, was, will);
        }
    }
    return d.changes;
}

QString AppDiff::describe(const Change& c)
{
    if (c.before.isEmpty())
        return tr("%1: added (%2)").arg(c.what, c.after);
    if (c.after.isEmpty())
        return tr("%1: removed (was %2)").arg(c.what, c.before);
    return tr("%1: %2 → %3").arg(c.what, c.before, c.after);
}

QString AppDiff::describe(const Changes& changes)
{
    QStringList lines;
    for (const Change& c : changes)
        lines.append(describe(c));
    return lines.join(u'\n');
}

} // namespace habmesos
