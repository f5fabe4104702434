// SPDX-License-Identifier: Apache-2.0
#include "cli/builderarguments.h"

#include "cli/secretinput.h"

#include <QFileInfo>

namespace habmesos {

BuilderArguments::BuilderArguments()
    : url(QStringList { QStringLiteral("u"), QStringLiteral("url") },
        tr("The Builder to fetch packages from (default: HAB_BLDR_URL, then bldr_url in hab's cli.toml, then %1)")
            .arg(BuilderSettings::DefaultUrl),
        QStringLiteral("URL"))
    , channel(QStringList { QStringLiteral("c"), QStringLiteral("channel") },
          tr("The channel a package's newest release is taken from (default: HAB_BLDR_CHANNEL, then %1)")
              .arg(BuilderSettings::DefaultChannel),
          QStringLiteral("CHANNEL"))
    , auth(QStringList { QStringLiteral("z"), QStringLiteral("auth") },
          tr("A file holding the Builder personal access token (-: standard input); default: HAB_AUTH_TOKEN, then "
             "auth_token in hab's cli.toml. Needed for private and licence-restricted packages"),
          QStringLiteral("FILE"))
    , caFile(QStringLiteral("builder-ca-file"),
          tr("A CA certificate (PEM or DER) an on-premises Builder's HTTPS certificate is signed with, besides the "
             "system's"),
          QStringLiteral("FILE"))
{ }

Result<BuilderSettings> BuilderArguments::decode(const QCommandLineParser& parser) const
{
    return decode(parser, parser.value(url), parser.value(channel));
}

Result<BuilderSettings> BuilderArguments::decode(
    const QCommandLineParser& parser, const QString& urlGiven, const QString& channelGiven) const
{
    BuilderSettings::Given given;
    given.url = urlGiven;
    given.channel = channelGiven;
    given.caFile = parser.value(caFile);
    if (parser.isSet(auth)) {
        const QString path = parser.value(auth);
        // Not echoed: what was given may be the token itself, typed where a file was expected.
        if (path != u"-" && !QFileInfo(path).isFile())
            return Result<BuilderSettings>::failure(
                tr("-z/--auth takes a file holding the token (-: standard input), not the token itself, and the "
                   "value given is no file; or set HAB_AUTH_TOKEN"));
        const auto token = SecretInput::fromFile(path, QStringLiteral("--auth"));
        if (!token)
            return token.errorInfo();
        given.token = token.value();
    }
    return BuilderSettings::resolve(given);
}

} // namespace habmesos
