// SPDX-License-Identifier: Apache-2.0
#include "definition/marathonappimport.h"

#include "export/tarballformat.h"

#include <QCborArray>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <limits>

namespace habmesos {

namespace {

QString describe(const QCborValue& v)
{
    if (v.isString())
        return MarathonAppImport::tr("the text “%1”").arg(v.toString().left(40));
    if (v.isArray())
        return MarathonAppImport::tr("a list");
    if (v.isMap())
        return MarathonAppImport::tr("an object");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isInteger())
        return QString::number(v.toInteger());
    if (v.isDouble())
        return QString::number(v.toDouble());
    return MarathonAppImport::tr("something else");
}

bool isWhole(const QCborValue& v)
{
    if (v.isInteger())
        return v.toInteger() >= std::numeric_limits<int>::min() && v.toInteger() <= std::numeric_limits<int>::max();
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::floor(d) == d && d >= std::numeric_limits<int>::min() && d <= std::numeric_limits<int>::max();
}

// A download's file name, as the Mesos fetcher names it: its destPath, or the URI's last segment.
QString downloadName(const QCborValue& item)
{
    if (item.isString())
        return QUrl(item.toString()).fileName();
    const QCborMap f = item.toMap();
    if (f.value(QStringLiteral("destPath")).isString())
        return f.value(QStringLiteral("destPath")).toString().section(u'/', -1);
    return QUrl(f.value(QStringLiteral("uri")).toString()).fileName();
}

QList<QCborValue> downloads(const QCborMap& app)
{
    QList<QCborValue> out;
    for (const QString& key : { QStringLiteral("fetch"), QStringLiteral("uris") }) {
        for (const QCborValue& item : app.value(key).toArray())
            out.append(item);
    }
    return out;
}

} // namespace

QStringList MarathonAppImport::serverStatusFields()
{
    return { QStringLiteral("version"), QStringLiteral("versionInfo"), QStringLiteral("tasksStaged"),
        QStringLiteral("tasksRunning"), QStringLiteral("tasksHealthy"), QStringLiteral("tasksUnhealthy"),
        QStringLiteral("deployments"), QStringLiteral("tasks"), QStringLiteral("lastTaskFailure"),
        QStringLiteral("readinessCheckResults"), QStringLiteral("taskStats") };
}

Result<QCborMap> MarathonAppImport::parse(QByteArrayView json, OrderedJsonReader::Position* where)
{
    if (json.trimmed().isEmpty())
        return Result<QCborMap>::failure(tr("the definition is empty; an app definition is a JSON object ({ … })"));
    Result<QCborValue> value = OrderedJsonReader::read(json, where);
    if (!value)
        return value.errorInfo();
    if (!value->isMap())
        return Result<QCborMap>::failure(
            tr("an app definition is a JSON object ({ … }), and this is %1").arg(describe(*value)));
    QCborMap app = value->toMap();
    // GET /v2/apps/{id} answers {"app": {...}}.
    if (app.size() == 1 && app.value(QStringLiteral("app")).isMap())
        app = app.value(QStringLiteral("app")).toMap();
    return app;
}

Result<MarathonAppImport::Package> MarathonAppImport::packageOf(const QCborMap& app)
{
    Package out;
    // HabitatLaunchCommand: `chroot . /init.sh run origin/name`, the ident shell-quoted if needed.
    static const QRegularExpression run(QStringLiteral("/init\\.sh run '?([A-Za-z0-9_-]+)/([A-Za-z0-9_-]+)'?"));
    const QRegularExpressionMatch match = run.match(app.value(QStringLiteral("cmd")).toString());
    static const QRegularExpression tarball(QStringLiteral("^(.+)-([0-9]{14})\\.(tgz|txz|tar)$"));
    QStringList names;
    for (const QCborValue& item : downloads(app)) {
        const QString name = downloadName(item);
        if (tarball.match(name).hasMatch())
            names.append(name);
    }
    if (match.hasMatch()) {
        const QString origin = match.captured(1), name = match.captured(2);
        const QString prefix = origin + u'-' + name + u'-';
        // The harts layout: the service's own .hart among the downloads into the artifact cache
        // (origin-name-version-release-target.hart), the bootstrap as its archive.
        static const QRegularExpression hart(QStringLiteral("^(.+)-([0-9]{14})-[a-z0-9_]+-[a-z0-9_]+\\.hart$"));
        for (const QCborValue& item : downloads(app)) {
            const QRegularExpressionMatch m = hart.match(downloadName(item));
            if (m.hasMatch() && m.captured(1).startsWith(prefix) && m.captured(1).size() > prefix.size()) {
                out.ident = PackageIdent(origin, name, m.captured(1).mid(prefix.size()), m.captured(2));
                for (const QCborValue& other : downloads(app)) {
                    if (downloadName(other).startsWith(QLatin1String("habmesos-bootstrap-")))
                        out.tarballName = downloadName(other);
                }
                return out;
            }
        }
        for (const QString& file : names) {
            const QRegularExpressionMatch m = tarball.match(file);
            if (m.captured(1).startsWith(prefix) && m.captured(1).size() > prefix.size()) {
                out.ident = PackageIdent(origin, name, m.captured(1).mid(prefix.size()), m.captured(2));
                out.tarballName = file;
                return out;
            }
        }
        out.ident = PackageIdent(origin, name);
        return out;
    }
    // Without the command, a tarball's name alone: only when it splits into origin-name-version one way.
    for (const QString& file : names) {
        const QRegularExpressionMatch m = tarball.match(file);
        const QStringList parts = m.captured(1).split(u'-');
        QList<PackageIdent> readings;
        for (int o = 1; o < parts.size() - 1; ++o) {
            for (int n = o + 1; n < parts.size(); ++n) {
                const QString origin = parts.mid(0, o).join(u'-'), name = parts.mid(o, n - o).join(u'-'),
                              version = parts.mid(n).join(u'-');
                if (PackageIdent::isValidOrigin(origin) && PackageIdent::isValidName(name)
                    && PackageIdent::isValidVersion(version) && version.front().isDigit())
                    readings.append(PackageIdent(origin, name, version, m.captured(2)));
            }
        }
        if (readings.size() == 1) {
            out.ident = readings.first();
            out.tarballName = file;
            return out;
        }
    }
    return Result<Package>::failure(
        tr("this app does not say which Habitat package it runs: its “cmd” does not start a Habitat service "
           "(“/init.sh run origin/name”) and none of its downloads (“fetch”) is a tarball named "
           "origin-name-version-release.tgz; open the package first, then paste the definition into the JSON "
           "(Edit JSON)"),
        ErrorKind::NotFound);
}

Status MarathonAppImport::checkTypes(const QCborMap& app)
{
    enum Kind
    {
        Text,
        Number,
        Whole,
        Flag,
        Object,
        List
    };
    static const QList<std::pair<QString, Kind>> fields { { QStringLiteral("id"), Text },
        { QStringLiteral("cmd"), Text }, { QStringLiteral("user"), Text }, { QStringLiteral("cpus"), Number },
        { QStringLiteral("mem"), Number }, { QStringLiteral("disk"), Number }, { QStringLiteral("instances"), Whole },
        { QStringLiteral("env"), Object }, { QStringLiteral("fetch"), List }, { QStringLiteral("uris"), List },
        { QStringLiteral("portDefinitions"), List }, { QStringLiteral("ports"), List },
        { QStringLiteral("requirePorts"), Flag }, { QStringLiteral("taskKillGracePeriodSeconds"), Whole },
        { QStringLiteral("healthChecks"), List }, { QStringLiteral("labels"), Object },
        { QStringLiteral("constraints"), List } };
    for (const auto& [key, kind] : fields) {
        if (!app.contains(key))
            continue;
        const QCborValue v = app.value(key);
        QString wanted;
        switch (kind) {
        case Text:
            if (!v.isString())
                wanted = tr("text in quotes");
            break;
        case Number:
            if (!v.isInteger() && !v.isDouble())
                wanted = tr("a number");
            break;
        case Whole:
            if (!isWhole(v))
                wanted = tr("a whole number");
            break;
        case Flag:
            if (!v.isBool())
                wanted = tr("true or false");
            break;
        case Object:
            if (!v.isMap())
                wanted = tr("an object ({ … })");
            break;
        case List:
            if (!v.isArray())
                wanted = tr("a list ([ … ])");
            break;
        }
        if (!wanted.isEmpty())
            return Status::failure(
                tr("“%1” should be %2, but it is %3; correct it in the JSON").arg(key, wanted, describe(v)));
    }
    for (const QCborValue& item : app.value(QStringLiteral("fetch")).toArray()) {
        if (!item.isMap() || !item.toMap().value(QStringLiteral("uri")).isString())
            return Status::failure(tr("each download in “fetch” should be an object with a “uri”, but one is %1; "
                                      "correct it in the JSON")
                                       .arg(describe(item)));
    }
    for (const QCborValue& item : app.value(QStringLiteral("uris")).toArray()) {
        if (!item.isString())
            return Status::failure(
                tr("each entry of “uris” should be an address in quotes, but one is %1; correct it in the JSON")
                    .arg(describe(item)));
    }
    return success();
}

} // namespace habmesos
