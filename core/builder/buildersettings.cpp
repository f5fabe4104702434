// SPDX-License-Identifier: Apache-2.0
#include "builder/buildersettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <string_view>

#include <toml++/toml.h>

#include <unistd.h>

namespace habmesos {

const QString BuilderSettings::DefaultUrl = QStringLiteral("https://bldr.habitat.sh");
const QString BuilderSettings::DefaultChannel = QStringLiteral("base");

namespace {

struct CliConfig
{
    QString bldrUrl;
    QString authToken;
};

// ~/.hab/etc/cli.toml as `hab cli setup` writes it (habitat components/common/src/cli_config.rs):
// flat string keys. Only the two that matter here are read; others are left alone.
Result<CliConfig> readCliConfig(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return CliConfig {};
    if (!file.open(QIODevice::ReadOnly))
        return Result<CliConfig>::failure(
            ErrorKind::Io, BuilderSettings::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray text = file.read(1024 * 1024);
    try {
        const toml::table table = toml::parse(std::string_view(text.constData(), size_t(text.size())));
        auto string = [&](const char* key) -> Result<QString> {
            const toml::node* node = table.get(key);
            if (!node)
                return QString();
            if (const auto* s = node->as_string())
                return QString::fromStdString(s->get()).trimmed();
            return Result<QString>::failure(
                BuilderSettings::tr("%1: %2 must be a string").arg(path, QLatin1String(key)));
        };
        const auto url = string("bldr_url");
        if (!url)
            return url.errorInfo();
        const auto token = string("auth_token");
        if (!token)
            return token.errorInfo();
        return CliConfig { url.value(), token.value() };
    } catch (const toml::parse_error& e) {
        return Result<CliConfig>::failure(
            BuilderSettings::tr("%1: line %2: %3")
                .arg(path)
                .arg(e.source().begin.line)
                .arg(QString::fromUtf8(e.description().data(), qsizetype(e.description().size()))));
    }
}

} // namespace

QString BuilderSettings::defaultCliConfig()
{
    // hab_config_path(): /hab/etc for root, ~/.hab/etc otherwise (habitat components/common/src/cli_config.rs).
    const QString root = ::geteuid() == 0 ? QStringLiteral("/hab") : QDir::homePath() + QStringLiteral("/.hab");
    return root + QStringLiteral("/etc/cli.toml");
}

Result<QUrl> BuilderSettings::parseUrl(const QString& text, const QString& what)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return Result<QUrl>::failure(tr("%1: %2 is not an http(s) URL with a host").arg(what, text));
    if (!url.userInfo().isEmpty())
        return Result<QUrl>::failure(
            tr("%1: a Builder URL takes no user name or password; give a personal access token instead").arg(what));
    if (url.hasQuery() || url.hasFragment())
        return Result<QUrl>::failure(tr("%1: a Builder URL has no query or fragment: %2").arg(what, text));
    return url;
}

bool BuilderSettings::isValidChannel(const QString& channel)
{
    static const QRegularExpression valid(QStringLiteral("\\A[A-Za-z0-9_.-]+\\z"));
    return channel.size() <= 255 && valid.match(channel).hasMatch() && channel != u"." && channel != u"..";
}

Result<BuilderSettings> BuilderSettings::resolve(
    const Given& given, const QProcessEnvironment& environment, const QString& cliConfig)
{
    using R = Result<BuilderSettings>;
    const auto config = readCliConfig(cliConfig);
    if (!config)
        return config.errorInfo();
    BuilderSettings s;

    QString url = DefaultUrl;
    if (!given.url.trimmed().isEmpty()) {
        url = given.url;
        s.urlFrom = From::Option;
    } else if (const QString env = environment.value(QStringLiteral("HAB_BLDR_URL")).trimmed(); !env.isEmpty()) {
        url = env;
        s.urlFrom = From::Environment;
        s.sourceDetail = QStringLiteral("HAB_BLDR_URL");
    } else if (const QString legacy = environment.value(QStringLiteral("HAB_DEPOT_URL")).trimmed(); !legacy.isEmpty()) {
        url = legacy;
        s.urlFrom = From::Environment;
        s.sourceDetail = QStringLiteral("HAB_DEPOT_URL");
    } else if (!config->bldrUrl.isEmpty()) {
        url = config->bldrUrl;
        s.urlFrom = From::ConfigFile;
        s.sourceDetail = cliConfig;
    }
    const auto parsed
        = parseUrl(url, s.urlFrom == From::Default ? tr("Builder URL") : describe(s.urlFrom, s.sourceDetail));
    if (!parsed)
        return parsed.errorInfo();
    s.url = parsed.value();

    if (!given.channel.trimmed().isEmpty()) {
        s.channel = given.channel.trimmed();
        s.channelFrom = From::Option;
    } else if (const QString env = environment.value(QStringLiteral("HAB_BLDR_CHANNEL")).trimmed(); !env.isEmpty()) {
        s.channel = env;
        s.channelFrom = From::Environment;
    }
    if (!isValidChannel(s.channel))
        return R::failure(tr("%1 is not a channel name (letters, digits, '-', '_' and '.')").arg(s.channel));

    // A token is never trimmed into another one; only the line break a file or `export` leaves.
    if (!given.token.isEmpty()) {
        s.token = given.token;
        s.tokenFrom = From::Option;
    } else if (const QString env = environment.value(QStringLiteral("HAB_AUTH_TOKEN")); !env.trimmed().isEmpty()) {
        s.token = env.trimmed();
        s.tokenFrom = From::Environment;
    } else if (!config->authToken.isEmpty()) {
        s.token = config->authToken;
        s.tokenFrom = From::ConfigFile;
    }
    // Builder answers 401 to a header that is not exactly "Bearer <one word>" on every route
    // (builder-api/src/server/framework/middleware.rs): say so now rather than fail on each call.
    if (s.token.contains(QRegularExpression(QStringLiteral("\\s"))))
        return R::failure(tr("the Builder token (%1) contains white space; a personal access token is one word")
                              .arg(describe(s.tokenFrom, s.tokenFrom == From::ConfigFile ? cliConfig : QString())));

    s.caFile = given.caFile;
    if (!s.caFile.isEmpty() && !QFileInfo(s.caFile).isFile())
        return R::failure(ErrorKind::NotFound, tr("the CA certificate file %1 does not exist").arg(s.caFile));
    s.configured = s.urlFrom != From::Default || s.channelFrom == From::Option || s.tokenFrom == From::Option;
    return s;
}

QUrl BuilderSettings::apiRoot() const
{
    QUrl root = url;
    if (root.path().isEmpty() || root.path() == u"/")
        root.setPath(QStringLiteral("/v1"));
    return root;
}

QString BuilderSettings::describe(From from, const QString& detail)
{
    switch (from) {
    case From::Option:
        return tr("given");
    case From::Environment:
        return detail.isEmpty() ? tr("from the environment") : tr("from %1").arg(detail);
    case From::ConfigFile:
        return detail.isEmpty() ? tr("from hab's cli.toml") : tr("from %1").arg(detail);
    case From::Default:
        break;
    }
    return tr("default");
}

QString BuilderSettings::describeUrl() const
{
    return QStringLiteral("%1 (%2)").arg(url.toString(), describe(urlFrom, sourceDetail));
}

QString BuilderSettings::describeChannel() const
{
    return tr("channel %1 (%2)")
        .arg(channel,
            describe(channelFrom, channelFrom == From::Environment ? QStringLiteral("HAB_BLDR_CHANNEL") : QString()));
}

} // namespace habmesos
