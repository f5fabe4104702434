// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "builder/builderreply.h"
#include "builder/buildersettings.h"
#include "package/packageident.h"
#include "result.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrlQuery>

#include <memory>

namespace habmesos {

// Builder's depot API (habitat-sh/builder components/builder-api/src/server/resources), as the
// hab client calls it (habitat components/builder-api-client/src/builder.rs): asynchronous, on
// the thread it lives in.
//
// - The token goes out as "Authorization: Bearer <token>" only when there is one: Builder answers
//   401 to any malformed header, even on public routes. Key downloads never carry it (hab's
//   fetch_origin_key passes none).
// - Network errors and 5xx answers are retried with a Fibonacci back-off, as hab's
//   retry_builder_api! does; 4xx answers never are (a 404 stays a 404).
// - HTTPS uses the system's CAs, the files in hab's SSL cache (/hab/cache/ssl or ~/.hab/cache/ssl,
//   as hab reads them) and an optional CA file; certificate errors are never ignored.
// - Redirects are followed (reqwest's default, up to 10 hops); Qt drops the token when a
//   redirect leaves the host, as reqwest does.
class BuilderClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        BuilderSettings settings;
        QString target = QStringLiteral("x86_64-linux");
        int retries = 5; // API_RETRY_COUNT
        int retryDelayMs = 1000; // first back-off step (hab waits 10 s; a window cannot)
        int timeoutMs = 60 * 1000; // without any byte (QNetworkRequest::setTransferTimeout)
        int deadlineMs = 120 * 1000; // a JSON call, from sending to the last byte
        int downloadDeadlineMs = 60 * 60 * 1000;
        qint64 maxJsonBytes = 32 * 1024 * 1024;
        qint64 maxArtifactBytes = qint64(16) * 1024 * 1024 * 1024;
        // The SSL cache directory hab adds certificates from; empty: hab's own.
        QString sslCacheDir;
    };

    explicit BuilderClient(Options options, QObject* parent = nullptr);
    ~BuilderClient() override;

    const Options& options() const { return m_options; }
    // "bldr.habitat.sh" or "host:port", for messages.
    QString server() const;

    // The newest release of a partial ident in `channel` for the target:
    // GET /depot/channels/{o}/{c}/pkgs/{n}[/{v}]/latest; a fully qualified ident is looked up as
    // such in that channel. 404: not in that channel (or private).
    BuilderReply* latestInChannel(const PackageIdent& ident, const QString& channel);
    // A fully qualified release in any channel: GET /depot/pkgs/{o}/{n}/{v}/{r}.
    BuilderReply* package(const PackageIdent& ident);
    // GET /depot/channels/{origin}: [{"name": …}].
    BuilderReply* originChannels(const QString& origin);
    // GET /depot/pkgs/{o}/{n}/{v}/{r}/channels.
    BuilderReply* releaseChannels(const PackageIdent& ident);
    // GET /depot/pkgs/{o}/{n}/versions.
    BuilderReply* versions(const QString& origin, const QString& name);
    // GET /depot/pkgs/{o}/{n}[/{v}]?range= : releases, 50 per page from `range`.
    BuilderReply* releases(const PackageIdent& ident, int range);
    // GET /depot/pkgs/search/{term}?range=&distinct=: pages of 50, aligned on 50.
    BuilderReply* search(const QString& term, int range, bool distinct);
    // GET /depot/pkgs/{o}/{n}/{v}/{r}/download into `destination` (created or truncated).
    BuilderReply* downloadArtifact(const PackageIdent& ident, const QString& destination);
    // GET /depot/origins/{origin}/keys/{revision} into `destination`, without the token.
    BuilderReply* downloadKey(const QString& origin, const QString& revision, const QString& destination);

    // The system's CAs, hab's SSL cache and `caFile`; or why a file cannot be used.
    static Result<QSslConfiguration> tlsConfiguration(const QString& caFile, const QString& sslCacheDir);

private:
    struct Call;
    BuilderReply* start(
        QStringList segments, QUrlQuery query, QString operation, bool withToken, QString destination = {});
    void send(const std::shared_ptr<Call>& call);
    void handleFinished(const std::shared_ptr<Call>& call, QNetworkReply* reply);
    void retryOrFinish(const std::shared_ptr<Call>& call, int status, Error error);
    QUrl urlFor(const QStringList& segments, const QUrlQuery& query) const;
    QUrlQuery targetQuery() const;

    Options m_options;
    QNetworkAccessManager* m_nam;
    Result<QSslConfiguration> m_tls;
};

} // namespace habmesos
