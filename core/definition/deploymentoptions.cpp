// SPDX-License-Identifier: Apache-2.0
#include "definition/deploymentoptions.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace habmesos {

namespace {

const QStringList fetchFlags { QStringLiteral("extract"), QStringLiteral("executable"), QStringLiteral("cache") };
const QString destFlag = QStringLiteral("dest");

// Where the first ",flag=" of a --fetch text starts, or -1.
qsizetype firstFlag(const QString& text)
{
    qsizetype first = -1;
    for (const QString& flag : fetchFlags + QStringList { destFlag }) {
        const qsizetype at = text.indexOf(u',' + flag + u'=');
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    return first;
}

class JsonReader
{
public:
    JsonReader(const QJsonObject& app, FieldProblems* problems)
        : m_app(app)
        , m_problems(problems)
    { }

    void wrongType(const QString& field, const QString& expected) const
    {
        if (m_problems)
            m_problems->append({ field,
                DeploymentOptions::tr("is not %1, so it is left out: Marathon's default applies").arg(expected),
                FieldProblem::Severity::Warning });
    }
    std::optional<double> number(const QJsonValue& v, const QString& field) const
    {
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            wrongType(field, DeploymentOptions::tr("a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }
    std::optional<int> integer(const QString& key) const
    {
        const std::optional<double> n = number(m_app.value(key), key);
        if (!n)
            return std::nullopt;
        if (*n != std::floor(*n) || std::abs(*n) > std::numeric_limits<int>::max()) {
            wrongType(key, DeploymentOptions::tr("a whole number"));
            return std::nullopt;
        }
        return int(*n);
    }

private:
    const QJsonObject& m_app;
    FieldProblems* m_problems;
};

} // namespace

void DeploymentOptions::applyTo(MarathonApp& app) const
{
    if (upgradeStrategy)
        app.upgradeStrategy = *upgradeStrategy;
    app.backoffSeconds = backoffSeconds;
    app.backoffFactor = backoffFactor;
    app.maxLaunchDelaySeconds = maxLaunchDelaySeconds;
    app.acceptedResourceRoles = acceptedResourceRoles;
    if (user)
        app.user = *user;
    app.fetch += extraFetch;
}

QStringList DeploymentOptions::jsonKeys()
{
    return { QStringLiteral("upgradeStrategy"), QStringLiteral("backoffSeconds"), QStringLiteral("backoffFactor"),
        QStringLiteral("maxLaunchDelaySeconds"), QStringLiteral("acceptedResourceRoles"), QStringLiteral("user"),
        QStringLiteral("fetch"), QStringLiteral("uris") };
}

DeploymentOptions DeploymentOptions::fromJson(const QJsonObject& app, FieldProblems* problems)
{
    const JsonReader read(app, problems);
    DeploymentOptions o;

    if (const QJsonValue u = app.value(QStringLiteral("upgradeStrategy")); u.isObject()) {
        const QJsonObject object = u.toObject();
        MarathonUpgradeStrategy strategy;
        const QString at = QStringLiteral("upgradeStrategy/");
        strategy.minimumHealthCapacity = read.number(object.value(QStringLiteral("minimumHealthCapacity")),
                                                 at + QStringLiteral("minimumHealthCapacity"))
                                             .value_or(1.0);
        strategy.maximumOverCapacity = read.number(object.value(QStringLiteral("maximumOverCapacity")),
                                               at + QStringLiteral("maximumOverCapacity"))
                                           .value_or(1.0);
        o.upgradeStrategy = strategy;
    } else if (!u.isUndefined() && !u.isNull()) {
        read.wrongType(QStringLiteral("upgradeStrategy"), tr("an object"));
    }
    o.backoffSeconds = read.integer(QStringLiteral("backoffSeconds"));
    o.backoffFactor = read.number(app.value(QStringLiteral("backoffFactor")), QStringLiteral("backoffFactor"));
    o.maxLaunchDelaySeconds = read.integer(QStringLiteral("maxLaunchDelaySeconds"));

    if (const QJsonValue roles = app.value(QStringLiteral("acceptedResourceRoles")); roles.isArray()) {
        const QJsonArray list = roles.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list[i].isString())
                o.acceptedResourceRoles.append(list[i].toString());
            else
                read.wrongType(QStringLiteral("acceptedResourceRoles/%1").arg(i), tr("a role name"));
        }
    } else if (!roles.isUndefined() && !roles.isNull()) {
        read.wrongType(QStringLiteral("acceptedResourceRoles"), tr("a list of role names"));
    }

    if (const QJsonValue user = app.value(QStringLiteral("user")); user.isString()) {
        if (user.toString() != QLatin1String("root")) // root is what the builder writes anyway
            o.user = user.toString();
    } else if (!user.isUndefined() && !user.isNull()) {
        read.wrongType(QStringLiteral("user"), tr("a user name"));
    }

    // The first download is the tarball (ExportSettings::fetchUri), as MarathonJsonWriter writes it.
    if (const QJsonValue fetch = app.value(QStringLiteral("fetch")); fetch.isArray()) {
        const QJsonArray list = fetch.toArray();
        for (qsizetype i = 1; i < list.size(); ++i) {
            const QJsonObject item = list[i].toObject();
            if (!item.value(QStringLiteral("uri")).isString()) {
                read.wrongType(QStringLiteral("fetch/%1/uri").arg(i), tr("a URI"));
                continue;
            }
            MarathonFetch f;
            f.uri = item.value(QStringLiteral("uri")).toString();
            f.extract = item.value(QStringLiteral("extract")).toBool(true);
            f.executable = item.value(QStringLiteral("executable")).toBool(false);
            f.cache = item.value(QStringLiteral("cache")).toBool(false);
            f.destPath = item.value(QStringLiteral("destPath")).toString();
            o.extraFetch.append(f);
        }
    } else if (const QJsonValue uris = app.value(QStringLiteral("uris")); uris.isArray()) {
        const QJsonArray list = uris.toArray();
        for (qsizetype i = 1; i < list.size(); ++i) {
            if (!list[i].isString()) {
                read.wrongType(QStringLiteral("uris/%1").arg(i), tr("a URI"));
                continue;
            }
            MarathonFetch f;
            f.uri = list[i].toString();
            f.extract = MarathonFetch::extractedFromUris(f.uri); // as Marathon turns uris into fetch
            o.extraFetch.append(f);
        }
    }
    return o;
}

Result<MarathonFetch> DeploymentOptions::parseFetch(const QString& text)
{
    MarathonFetch f;
    const qsizetype first = firstFlag(text);
    f.uri = first < 0 ? text : text.left(first);
    if (f.uri.isEmpty())
        return Result<MarathonFetch>::failure(ErrorKind::Invalid, tr("“%1” names no URI").arg(text));
    QString rest = first < 0 ? QString() : text.mid(first + 1);
    while (!rest.isEmpty()) {
        if (rest.startsWith(destFlag + u'=')) {
            f.destPath = rest.mid(destFlag.size() + 1); // dest is last and takes the rest
            if (f.destPath.isEmpty())
                return Result<MarathonFetch>::failure(ErrorKind::Invalid, tr("dest= needs a file name"));
            break;
        }
        const qsizetype comma = rest.indexOf(u',');
        const QString item = comma < 0 ? rest : rest.left(comma);
        rest = comma < 0 ? QString() : rest.mid(comma + 1);
        const qsizetype eq = item.indexOf(u'=');
        const QString flag = item.left(eq);
        const QString value = item.mid(eq + 1).toLower();
        if (eq < 0 || !fetchFlags.contains(flag))
            return Result<MarathonFetch>::failure(ErrorKind::Invalid,
                tr("“%1” is not one of extract=, executable=, cache= or dest= (dest last)").arg(item));
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return Result<MarathonFetch>::failure(
                ErrorKind::Invalid, tr("%1 takes true or false, not “%2”").arg(flag, item.mid(eq + 1)));
        const bool on = value == QLatin1String("true");
        if (flag == fetchFlags[0])
            f.extract = on;
        else if (flag == fetchFlags[1])
            f.executable = on;
        else
            f.cache = on;
    }
    return f;
}

std::optional<QString> DeploymentOptions::formatFetch(const MarathonFetch& f)
{
    if (f.uri.isEmpty() || firstFlag(f.uri) >= 0)
        return std::nullopt;
    QString text = f.uri;
    const MarathonFetch defaults;
    if (f.extract != defaults.extract)
        text += QStringLiteral(",extract=false");
    if (f.executable != defaults.executable)
        text += QStringLiteral(",executable=true");
    if (f.cache != defaults.cache)
        text += QStringLiteral(",cache=true");
    if (!f.destPath.isEmpty())
        text += QStringLiteral(",dest=") + f.destPath;
    return text;
}

} // namespace habmesos
