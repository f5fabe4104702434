// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace habmesos {

// Which Builder, which channel and which token, decided as `hab` decides them (habitat
// components/hab/src/cli_v4/utils.rs BldrUrl and AuthToken, components/core/src/lib.rs):
// the option, then the environment (HAB_BLDR_URL, the legacy HAB_DEPOT_URL, HAB_BLDR_CHANNEL,
// HAB_AUTH_TOKEN), then ~/.hab/etc/cli.toml (bldr_url, auth_token; /hab/etc/cli.toml for root),
// then the default. Each value says where it came from, so the window and `habmesos fetch` can
// show it: the default channel has changed between hab releases, so it is chosen here explicitly
// and always shown.
struct BuilderSettings
{
    // https://bldr.habitat.sh (habitat components/core/src/url.rs DEFAULT_BLDR_URL)
    static const QString DefaultUrl;
    // `base`: hab's default for every origin since 2.0.487 (habitat commits 2ee6cd0c6, e6b15ff41),
    // and the exporters' -c default.
    static const QString DefaultChannel;

    enum class From
    {
        Option, // -u/-c/-z, or the window's field
        Environment,
        ConfigFile,
        Default,
    };

    // What the operator gave explicitly (empty: not given).
    struct Given
    {
        QString url;
        QString channel;
        QString token;
        QString caFile;
    };

    QUrl url; // as given: https://host, https://host/v1 or https://host/some/prefix
    From urlFrom = From::Default;
    QString channel = DefaultChannel;
    From channelFrom = From::Default;
    QString token; // empty: anonymous (never sent then)
    From tokenFrom = From::Default;
    QString caFile; // PEM or DER, added to the system's CAs
    QString sourceDetail; // the variable or file the URL came from ("HAB_BLDR_URL"), for messages

    // Whether a Builder was asked for: by -u, -c or -z, or by HAB_BLDR_URL / cli.toml's bldr_url: the
    // headless export and inspect fetch what is missing only then, never behind the operator's
    // back from the public default.
    bool configured = false;

    // `environment` and `cliConfig` are parameters so tests need not touch the real ones. A
    // missing cli.toml is no error; an unreadable or malformed one is, naming the file.
    static Result<BuilderSettings> resolve(const Given& given,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
        const QString& cliConfig = defaultCliConfig());
    static QString defaultCliConfig();

    // The API root: "/v1" is appended only when the URL's path is empty or exactly "/" (habitat
    // builder-api-client/src/builder.rs BuilderAPIClient::new); any other path is kept as it is.
    QUrl apiRoot() const;
    // "https://bldr.habitat.sh (default)", "channel base (default)" and the like, for people.
    QString describeUrl() const;
    QString describeChannel() const;
    static QString describe(From from, const QString& detail = {});
    // An http(s) URL with a host, or why not.
    static Result<QUrl> parseUrl(const QString& text, const QString& what);
    // Builder's channel names: letters, digits, '-', '_' and '.' (what hab accepts in ChannelIdent
    // and Builder stores); anything else could not be a path segment of its routes.
    static bool isValidChannel(const QString& channel);

    Q_DECLARE_TR_FUNCTIONS(habmesos::BuilderSettings) // last: it ends in "private:"
};

} // namespace habmesos
