// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageident.h"
#include "result.h"
#include "support/httprequestreader.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <optional>

class QTcpSocket;

namespace habmesos::test {

// A stand-in for a Habitat Builder (depot API) server on 127.0.0.1, for tests of the Builder client.
// It is not Builder: no database, no uploads over HTTP, no promotion routes. What it serves follows the
// server code of habitat-sh/builder @ ec6a7a5affaa31cfcec7dc2b486f8c21be4f4737 (BLDR), read for this
// file, and shared/reference/builder-fetcher-ring.md §1. It is meant to refuse what Builder refuses:
//  - routes: components/builder-api/src/server/resources/{pkgs,channels,origins}.rs, mod.rs (only
//    /v1/status answers HEAD; everything else is a GET `cfg.route`, whose method guard makes any
//    other method fall through to actix's 404; /v1/status answers other methods 405);
//  - auth: server/framework/middleware.rs (a malformed Authorization header or an unknown token is a
//    401 with an empty body on every route, /v1/status and the key routes included);
//  - visibility: server/helpers.rs visibility_for_optional_session: anonymous callers and
//    non-members see public packages only, members of the origin also hidden and private ones;
//    the download route adds hidden for everyone (pkgs.rs download_package); search shows
//    anonymous callers public packages (builder-db models/package.rs search). Invisible is 404;
//  - "latest": builder-db models/{channel,package}.rs get_latest_package/get_latest and the view
//    origin_packages_with_version_array (regexp_matches(version, '([\d\.]*\d+)(.+)?')): the dotted
//    numeric prefix compared as numbers, then the rest as text (a missing rest sorts first, as
//    NULLs do in a descending PostgreSQL order), then the release as text; a version without a
//    digit has no row, so it is never listed, and a prefix that is no numeric[] ("1..2") fails the
//    query (500), as the cast does in PostgreSQL. Text compares bytewise (the C collation);
//  - errors: server/error.rs (empty bodies) and the plain-text bodies the handlers build
//    ("Invalid package target 'x'" 422, "Authentication required." 401, "No valid license key
//    found." 403). An invalid ?target= on a metadata route is a 500 with an empty body there
//    (PackageTarget::from_str(t)? becomes Error::HabitatCore, which error.rs maps to 500);
//  - search: pkgs.rs search_packages; package.rs search: PostgreSQL full text over
//    "<origin> <name>" with to_tsquery("<query>:*"). The stand-in splits origin and name into
//    lowercase words at anything but letters and digits and does not stem (to_tsvector's default
//    configuration would stem English words); every word of the query must be a word of the
//    package, the last one as a prefix. A query tsquery would not parse is a 500;
//  - package JSON: builder-db models/package.rs Package (keys in serde_json's sorted order).
//    `checksum` is the hex BLAKE2b-256 of the whole file (hab core PackageArchive::checksum),
//    build_deps/build_tdeps are empty, package_type is "Standard" or "Native" (inference:
//    PackageType's derived Serialize), created_at/updated_at are chrono's NaiveDateTime format.
// Answers are HTTP/1.1 with keep-alive (as actix), closed after "Connection: close" or HTTP/1.0;
// requests on one connection are answered in order.
class StandinBuilder : public QObject
{
public:
    enum class Visibility
    {
        Public,
        Private,
        Hidden
    };

    StandinBuilder();
    ~StandinBuilder() override;

    bool listen(); // 127.0.0.1, any port
    QUrl url() const; // http://127.0.0.1:<port>, without /v1 (every route is under /v1)

    // Publishes a signed .hart: ident, target, deps, tdeps, exposes, manifest, config and signer
    // read from the file itself, put into "unstable" (Builder always does) and `channels`. Refused
    // as Builder refuses an upload: not a readable artifact (422), a target not enabled (501:
    // call setEnabledTargets first), the same ident and target again (409), another package type
    // than earlier releases of the package (422).
    Status addArtifact(
        const QString& hartPath, const QStringList& channels = {}, Visibility visibility = Visibility::Public);
    // Serves every <origin>-<revision>.pub in `directory` as it is written
    // (GET /v1/depot/origins/{origin}/keys[/{revision}|/latest]).
    void addKeys(const QString& directory);
    // Adds every release (any target) of the fully qualified `ident` to `channel`.
    void promote(const PackageIdent& ident, const QString& channel);
    // An accepted token, the origins its account is a member of, and whether it has a licence.
    void addToken(const QString& token, const QStringList& memberOf = {}, bool licensed = true);
    // Licence restriction of downloads (BLDR pkgs.rs download_package, config.rs; default: none).
    // A release is restricted when `restrictedIfPresent` is not empty, it is in none of the
    // `unrestricted` channels, and it is in a `restrictedIfPresent` channel or in none of the
    // `partiallyUnrestricted` ones. Restricted: anonymous -> 401 "Authentication required.", a
    // token without licence -> 403 "No valid license key found.". Channels count as the caller
    // sees them; every release is in "unstable", so with only `restrictedIfPresent` set every
    // release is restricted, as on Builder.
    void setRestrictedChannels(const QStringList& restrictedIfPresent, const QStringList& unrestricted = {},
        const QStringList& partiallyUnrestricted = {});
    // Targets the server is configured for (default x86_64-linux). Other known targets -> 422 on
    // download, 404 on metadata; unknown ones -> 422 on download, 500 on metadata.
    void setEnabledTargets(const QStringList& targets);

    // Faults, before anything else: the next `count` requests whose path starts with
    // `pathPrefix` ("/v1/depot/pkgs/core/glibc") answer `status` with {"code":..,"msg":..}.
    void failNext(const QByteArray& pathPrefix, int count, int status = 503);
    // Downloads: Transfer-Encoding: chunked without Content-Length (default: Builder streams), or
    // Content-Length.
    void setChunkedDownloads(bool chunked);
    // The download of this ident sends half its body and then closes the connection.
    void dropMidBody(const PackageIdent& ident);
    // Serves these bytes instead of the stored artifact for this ident (a tampered or truncated file).
    void replaceBody(const PackageIdent& ident, QByteArray body);
    // A slow server: downloads go out `bytesPerTick` bytes every `tickMs` (0: at once).
    void setTrickle(int bytesPerTick, int tickMs);

    // Every request as received (request line, headers, body), their request lines, and how many
    // requests' paths start with `pathPrefix`.
    const QList<QByteArray>& requests() const { return m_requests; }
    QStringList requestLines() const;
    int count(const QByteArray& pathPrefix) const;

    // What the routes work on (public for the routes' helpers in standinbuilderroutes.cpp).
    struct Release
    {
        PackageIdent ident;
        QString target;
        QList<PackageIdent> deps;
        QList<PackageIdent> tdeps;
        QList<quint16> exposes;
        QString manifest;
        QString config;
        QString packageType;
        QString checksum;
        QString path;
        qint64 size = 0;
        qint64 id = 0;
        Visibility visibility = Visibility::Public;
        QDateTime createdAt;
        QMap<QString, QDateTime> channels; // name -> when the release was put there
    };
    struct Token
    {
        QStringList memberOf;
        bool licensed = true;
    };
    struct Request
    {
        QByteArray method;
        QByteArray version; // HTTP/1.1
        QByteArray rawPath; // without the query
        QStringList segments; // after /v1, each percent-decoded
        QList<QPair<QString, QString>> query;
        QHash<QByteArray, QByteArray> headers; // lowercase names
        std::optional<Token> session;
    };
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool download = false; // framing, trickle and faults of downloads apply
        PackageIdent ident; // of a download
        bool drop = false; // close the connection without answering

        void add(const QByteArray& name, const QByteArray& value) { headers.append({ name, value }); }
    };

private:
    struct Connection
    {
        HttpRequestReader reader;
        QList<QByteArray> queued;
        bool busy = false;
        bool closeAfter = false;
    };

    void onData(QTcpSocket* socket);
    void serveNext(QTcpSocket* socket);
    void send(QTcpSocket* socket, const Response& response, bool head, bool close);
    void finished(QTcpSocket* socket, bool close);
    Response handle(const QByteArray& raw, bool* close);

    // Routing and answers (standinbuilderroutes.cpp).
    Response route(Request& request) const;
    Response channelRoutes(const Request& request) const;
    Response pkgsRoutes(const Request& request) const;
    Response keyRoutes(const Request& request) const;
    Response packageJson(const Request& request, const Release& release, bool depotRoute) const;
    Response download(const Request& request, const QStringList& ident) const;
    Response search(const Request& request, const QString& query) const;
    Response listing(const Request& request, const QStringList& identParts) const;
    Response versions(const Request& request, const QString& origin, const QString& name) const;
    Response releaseChannels(const Request& request, const QStringList& identParts) const;
    Response latestInChannel(const Request& request, const QString& channel) const;
    bool visible(const Release& release, const Request& request, bool forDownload) const;
    bool isMember(const Request& request, const QString& origin) const;
    QStringList visibleChannels(const Release& release, const Request& request) const;
    QSet<QString> knownOrigins() const;

    QList<Release> m_releases;
    QMap<QString, QMap<QString, QByteArray>> m_keys; // origin -> revision -> key file
    QHash<QString, Token> m_tokens;
    QHash<QString, QSet<QString>> m_channels; // origin -> channels created by promotion
    QStringList m_restricted;
    QStringList m_unrestricted;
    QStringList m_partiallyUnrestricted;
    QStringList m_targets { QStringLiteral("x86_64-linux") };
    QList<QPair<QByteArray, int>> m_failures; // path prefix, how many more
    QList<int> m_failureStatus;
    bool m_chunked = true;
    QSet<PackageIdent> m_dropMidBody;
    QHash<PackageIdent, QByteArray> m_replacedBodies;
    int m_tricklePerTick = 0;
    int m_trickleMs = 0;
    qint64 m_nextId = 1;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket*, Connection> m_connections;
    // Last: destroyed first, with the sockets it owns, whose handlers use the members above.
    QTcpServer m_server;
};

} // namespace habmesos::test
