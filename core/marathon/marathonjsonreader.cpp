// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonjsonreader.h"

#include "marathon/orderedjson.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace habmesos {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MarathonJsonReader", text);
}

QString join(const QString& base, const QString& key)
{
    return base.isEmpty() ? key : base + u'/' + key;
}

// Walks the parsed document, collecting the first type error and the ignored members.
class Reader
{
    // The file's tr() context, stated so that lupdate files these strings under it too.
    Q_DECLARE_TR_FUNCTIONS(MarathonJsonReader)
public:
    QString error;
    FieldProblems ignored;

    bool fail(const QString& path, const QString& message)
    {
        if (error.isEmpty())
            error = path.isEmpty() ? message : tr("%1: %2").arg(path, message);
        return false;
    }

    static QString found(const OrderedJson& v)
    {
        switch (v.type()) {
        case OrderedJson::Type::String:
            return OrderedJson::quote(v.toString());
        case OrderedJson::Type::Number:
            return OrderedJson::formatNumber(v.toDouble());
        case OrderedJson::Type::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        default:
            return OrderedJson::typeName(v.type());
        }
    }

    void ignore(const QString& path)
    {
        ignored.append(
            { path, tr("not supported here; it is left out of the definition"), FieldProblem::Severity::Warning });
    }

    bool string(const OrderedJson& v, const QString& path, QString& out)
    {
        if (!v.isString())
            return fail(path, tr("expected a string, found %1").arg(found(v)));
        out = v.toString();
        return true;
    }

    bool boolean(const OrderedJson& v, const QString& path, bool& out)
    {
        if (!v.isBool())
            return fail(path, tr("expected true or false, found %1").arg(found(v)));
        out = v.toBool();
        return true;
    }

    bool number(const OrderedJson& v, const QString& path, double& out)
    {
        if (!v.isNumber())
            return fail(path, tr("expected a number, found %1").arg(found(v)));
        out = v.toDouble();
        return true;
    }

    bool integer(const OrderedJson& v, const QString& path, int& out, double min, double max)
    {
        const QString expected = max >= 2147483647.0
            ? tr("expected an integer of at least %1, found %2").arg(OrderedJson::formatNumber(min), found(v))
            : tr("expected an integer from %1 to %2, found %3")
                  .arg(OrderedJson::formatNumber(min), OrderedJson::formatNumber(max), found(v));
        if (!v.isNumber())
            return fail(path, expected);
        const double d = v.toDouble();
        if (d != std::floor(d) || d < min || d > max)
            return fail(path, expected);
        out = int(d);
        return true;
    }

    bool keyValues(const OrderedJson& v, const QString& path, MarathonKeyValues& out)
    {
        if (!v.isObject())
            return fail(path, tr("expected an object of names and string values, found %1").arg(found(v)));
        for (const auto& [key, value] : v.members()) {
            if (value.isObject() && value.find(u"secret"))
                return fail(join(path, key), tr("secret references are not supported; give the value as a string"));
            QString s;
            if (!string(value, join(path, key), s))
                return false;
            out.append({ key, s });
        }
        return true;
    }

    template <typename Fn> bool array(const OrderedJson& v, const QString& path, Fn each)
    {
        if (!v.isArray())
            return fail(path, tr("expected an array, found %1").arg(found(v)));
        for (qsizetype i = 0; i < v.items().size(); ++i) {
            if (!each(v.items()[i], join(path, QString::number(i))))
                return false;
        }
        return true;
    }

    bool object(const OrderedJson& v, const QString& path)
    {
        if (!v.isObject())
            return fail(path, tr("expected an object, found %1").arg(found(v)));
        return true;
    }

    bool fetch(const OrderedJson& v, const QString& path, MarathonFetch& f)
    {
        if (!object(v, path))
            return false;
        bool haveUri = false;
        for (const auto& [key, value] : v.members()) {
            const QString at = join(path, key);
            bool ok = true;
            if (key == u"uri") {
                ok = string(value, at, f.uri);
                haveUri = true;
            } else if (key == u"extract") {
                ok = boolean(value, at, f.extract);
            } else if (key == u"executable") {
                ok = boolean(value, at, f.executable);
            } else if (key == u"cache") {
                ok = boolean(value, at, f.cache);
            } else if (key == u"destPath") {
                ok = string(value, at, f.destPath);
            } else {
                ignore(at);
            }
            if (!ok)
                return false;
        }
        if (!haveUri)
            return fail(join(path, QStringLiteral("uri")), tr("is missing"));
        return true;
    }

    bool port(const OrderedJson& v, const QString& path, MarathonPortDefinition& p)
    {
        if (!object(v, path))
            return false;
        for (const auto& [key, value] : v.members()) {
            const QString at = join(path, key);
            bool ok = true;
            if (key == u"port")
                ok = integer(value, at, p.port, 0, 65535);
            else if (key == u"protocol")
                ok = string(value, at, p.protocol);
            else if (key == u"name")
                ok = string(value, at, p.name);
            else if (key == u"labels")
                ok = keyValues(value, at, p.labels);
            else
                ignore(at);
            if (!ok)
                return false;
        }
        return true;
    }

    bool optionalInt(const OrderedJson& v, const QString& at, std::optional<int>& out, double max = 2147483647.0)
    {
        int n = 0;
        if (!integer(v, at, n, 0, max))
            return false;
        out = n;
        return true;
    }

    bool healthCheck(const OrderedJson& v, const QString& path, MarathonHealthCheck& h)
    {
        if (!object(v, path))
            return false;
        for (const auto& [key, value] : v.members()) {
            const QString at = join(path, key);
            bool ok = true;
            QString s;
            if (key == u"protocol") {
                ok = string(value, at, h.protocol);
            } else if (key == u"path") {
                ok = string(value, at, s);
                h.path = s;
            } else if (key == u"portIndex") {
                ok = optionalInt(value, at, h.portIndex, 65535);
            } else if (key == u"port") {
                ok = optionalInt(value, at, h.port, 65535);
            } else if (key == u"command") {
                const OrderedJson* commandValue = value.isObject() ? value.find(u"value") : nullptr;
                if (!commandValue)
                    return fail(
                        at, tr("expected an object {\"value\": \"<shell command>\"}, found %1").arg(found(value)));
                ok = string(*commandValue, join(at, QStringLiteral("value")), s);
                h.command = s;
            } else if (key == u"gracePeriodSeconds") {
                ok = optionalInt(value, at, h.gracePeriodSeconds);
            } else if (key == u"intervalSeconds") {
                ok = optionalInt(value, at, h.intervalSeconds);
            } else if (key == u"timeoutSeconds") {
                ok = optionalInt(value, at, h.timeoutSeconds);
            } else if (key == u"maxConsecutiveFailures") {
                ok = optionalInt(value, at, h.maxConsecutiveFailures);
            } else if (key == u"ignoreHttp1xx") {
                bool b = false;
                ok = boolean(value, at, b);
                h.ignoreHttp1xx = b;
            } else {
                ignore(at);
            }
            if (!ok)
                return false;
        }
        return true;
    }

    bool constraint(const OrderedJson& v, const QString& path, MarathonConstraint& c)
    {
        if (!v.isArray() || v.items().size() < 2 || v.items().size() > 3)
            return fail(path, tr("expected [field, OPERATOR] or [field, OPERATOR, value], found %1").arg(found(v)));
        if (!string(v.items()[0], join(path, QStringLiteral("0")), c.field)
            || !string(v.items()[1], join(path, QStringLiteral("1")), c.op))
            return false;
        if (v.items().size() == 3) {
            QString s;
            if (!string(v.items()[2], join(path, QStringLiteral("2")), s))
                return false;
            c.value = s;
        }
        return true;
    }

    bool upgrade(const OrderedJson& v, const QString& path, MarathonUpgradeStrategy& u)
    {
        if (!object(v, path))
            return false;
        for (const auto& [key, value] : v.members()) {
            const QString at = join(path, key);
            bool ok = true;
            if (key == u"minimumHealthCapacity")
                ok = number(value, at, u.minimumHealthCapacity);
            else if (key == u"maximumOverCapacity")
                ok = number(value, at, u.maximumOverCapacity);
            else
                ignore(at);
            if (!ok)
                return false;
        }
        return true;
    }

    bool app(const OrderedJson& root, MarathonApp& app)
    {
        if (!root.isObject())
            return fail({}, tr("an application definition must be a JSON object, found %1").arg(found(root)));
        app = MarathonApp();
        // Marathon's own defaults for what the document leaves out, not the exporter's.
        app.cpus = 1;
        app.mem = 128;
        app.disk = 0;
        app.instances = 1;
        // The deprecated fields next to their successors, in either order (Marathon refuses both).
        auto nonEmpty = [&](QStringView key) {
            const OrderedJson* v = root.find(key);
            return v && v->isArray() && !v->items().isEmpty();
        };
        if (root.find(u"fetch") && nonEmpty(u"uris"))
            return fail(QStringLiteral("uris"), tr("may not be set in conjunction with fetch"));
        if (root.find(u"portDefinitions") && nonEmpty(u"ports"))
            return fail(QStringLiteral("ports"), tr("cannot specify both ports and port definitions"));
        for (const auto& [key, value] : root.members()) {
            const QString& at = key;
            bool ok = true;
            QString s;
            if (key == u"id") {
                ok = string(value, at, app.id);
            } else if (key == u"cmd") {
                if (value.isNull())
                    continue;
                ok = string(value, at, s);
                app.cmd = s;
            } else if (key == u"args") {
                if (value.isNull())
                    continue;
                QStringList args;
                ok = array(value, at, [&](const OrderedJson& item, const QString& p) {
                    QString a;
                    if (!string(item, p, a))
                        return false;
                    args.append(a);
                    return true;
                });
                app.args = args;
            } else if (key == u"user") {
                ok = string(value, at, s);
                app.user = s;
            } else if (key == u"cpus") {
                ok = number(value, at, app.cpus);
            } else if (key == u"mem") {
                ok = number(value, at, app.mem);
            } else if (key == u"disk") {
                ok = number(value, at, app.disk);
            } else if (key == u"instances") {
                ok = integer(value, at, app.instances, 0, 2147483647.0);
            } else if (key == u"env") {
                ok = keyValues(value, at, app.env);
            } else if (key == u"labels") {
                ok = keyValues(value, at, app.labels);
            } else if (key == u"fetch") {
                ok = array(value, at, [&](const OrderedJson& item, const QString& p) {
                    MarathonFetch f;
                    if (!fetch(item, p, f))
                        return false;
                    app.fetch.append(f);
                    return true;
                });
            } else if (key == u"uris") {
                ok = array(value, at, [&](const OrderedJson& item, const QString& p) {
                    MarathonFetch f;
                    if (!string(item, p, f.uri))
                        return false;
                    app.fetch.append(f);
                    return true;
                });
            } else if (key == u"portDefinitions") {
                ok = array(value, at, [&](const OrderedJson& item, const QString& p) {
                    MarathonPortDefinition d;
                    if (!port(item, p, d))
                        return false;
                    app.portDefinitions.append(d);
                    return true;
                });
            } else if (key == u"ports") {
                ok = array(value, at, [&](const OrderedJson& item, const QString& p) {
                    MarathonPortDefinition d;
                    if (!integer(item, p, d.port, 0, 65535))
                        return false;
                    app.portDefinitions.append(d);
                    return true;
                });
            } else if (key == u"requirePorts") {
                ok = boolean(value, at, app.requirePorts);
            } else if (key == u"taskKillGracePeriodSeconds") {
                int seconds = 0;
                ok = integer(value, at, seconds, 0, std::numeric_limits<int>::max());
                app.taskKillGracePeriodSeconds = seconds;
            } else if (key == u"healthChecks") {
                ok = array(value, at, [&](const OrderedJson& item, const QString& p) {
                    MarathonHealthCheck h;
                    if (!healthCheck(item, p, h))
                        return false;
                    app.healthChecks.append(h);
                    return true;
                });
            } else if (key == u"constraints") {
                ok = array(value, at, [&](const OrderedJson& item, const QString& p) {
                    MarathonConstraint c;
                    if (!constraint(item, p, c))
                        return false;
                    app.constraints.append(c);
                    return true;
                });
            } else if (key == u"upgradeStrategy") {
                MarathonUpgradeStrategy u;
                ok = upgrade(value, at, u);
                app.upgradeStrategy = u;
            } else {
                ignore(at);
            }
            if (!ok)
                return false;
        }
        if (!root.find(u"id"))
            return fail(QStringLiteral("id"), tr("is missing"));
        return true;
    }
};

} // namespace

Result<MarathonApp> MarathonJsonReader::read(const QByteArray& json, FieldProblems* ignored)
{
    // Far beyond any real definition; keeps a pasted log file from being parsed as one.
    constexpr qsizetype MaxBytes = 8 * 1024 * 1024;
    if (json.size() > MaxBytes)
        return Result<MarathonApp>::failure(tr("the application definition is larger than 8 MiB"));
    const Result<OrderedJson> doc = OrderedJson::parse(json);
    if (!doc)
        return Result<MarathonApp>::failure(tr("not valid JSON: %1").arg(doc.error()));
    Reader reader;
    MarathonApp app;
    // GET /v2/apps/{id} wraps the definition: {"app": {...}}.
    const OrderedJson* root = &*doc;
    if (doc->isObject() && doc->members().size() == 1 && doc->members()[0].first == u"app"
        && doc->members()[0].second.isObject())
        root = &doc->members()[0].second;
    if (!reader.app(*root, app))
        return Result<MarathonApp>::failure(reader.error);
    if (ignored)
        *ignored = reader.ignored;
    return app;
}

} // namespace habmesos
