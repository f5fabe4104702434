// SPDX-License-Identifier: Apache-2.0
// StandinBuilder's routing, visibility, the channel and key routes and the package JSON
// (BLDR server/mod.rs, resources/channels.rs, resources/origins.rs, server/helpers.rs).
#include "package/packagetarget.h"
#include "support/standinbuilder.h"
#include "support/standinbuilderhelpers.h"

#include <algorithm>

namespace habmesos::test {

using namespace standin;

StandinBuilder::Response StandinBuilder::route(Request& request) const
{
    // Everything is in the actix scope /v1; a segment ({origin}, {query}, ...) is never empty.
    if (!request.rawPath.startsWith("/v1/"))
        return empty(404);
    for (const QByteArray& segment : request.rawPath.mid(4).split('/')) {
        if (segment.isEmpty())
            return empty(404);
        request.segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(segment)));
    }
    const QStringList& s = request.segments;
    if (s == QStringList { QStringLiteral("status") }) // web::resource with GET and HEAD routes
        return empty(request.method == "GET" || request.method == "HEAD" ? 200 : 405);
    // Every other route is a GET `cfg.route`: its method guard is on the resource, so any other
    // method (HEAD too) matches nothing and gets actix's default 404 (actix-web issue 2702).
    if (request.method != "GET" || s.size() < 3 || s[0] != u"depot")
        return empty(404);
    if (s[1] == u"channels")
        return channelRoutes(request);
    if (s[1] == u"pkgs")
        return pkgsRoutes(request);
    if (s[1] == u"origins" && s.size() >= 4 && s.size() <= 5 && s[3] == u"keys")
        return keyRoutes(request);
    return empty(404);
}

bool StandinBuilder::isMember(const Request& request, const QString& origin) const
{
    return request.session && request.session->memberOf.contains(origin);
}

bool StandinBuilder::visible(const Release& release, const Request& request, bool forDownload) const
{
    switch (release.visibility) {
    case Visibility::Public:
        return true;
    case Visibility::Hidden:
        return forDownload || isMember(request, release.ident.origin());
    case Visibility::Private:
        return isMember(request, release.ident.origin());
    }
    return false;
}

QStringList StandinBuilder::visibleChannels(const Release& release, const Request& request) const
{
    // Package::list_package_channels, with the caller's visibility, ordered by name desc.
    if (!visible(release, request, false))
        return {};
    QStringList names = release.channels.keys();
    std::sort(names.begin(), names.end(), std::greater<QString>());
    return names;
}

QSet<QString> StandinBuilder::knownOrigins() const
{
    QSet<QString> out;
    for (const Release& r : m_releases)
        out.insert(r.ident.origin());
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
        out.insert(it.key());
    return out;
}

StandinBuilder::Response StandinBuilder::packageJson(
    const Request& request, const Release& release, bool depotRoute) const
{
    const PackageIdent& id = release.ident;
    QJsonArray exposes;
    for (const quint16 port : release.exposes)
        exposes.append(int(port));
    static const char* const visibilityNames[] = { "public", "private", "hidden" };
    QJsonObject out {
        { QStringLiteral("id"), QString::number(release.id) },
        { QStringLiteral("owner_id"), QStringLiteral("1") },
        { QStringLiteral("name"), id.name() },
        { QStringLiteral("ident"), identJson(id) },
        { QStringLiteral("ident_array"), QJsonArray { id.origin(), id.name(), id.version(), id.release() } },
        { QStringLiteral("checksum"), release.checksum },
        { QStringLiteral("manifest"), depotRoute ? QString() : release.manifest },
        { QStringLiteral("config"), depotRoute ? QString() : release.config },
        { QStringLiteral("target"), release.target },
        { QStringLiteral("deps"), identsJson(release.deps) },
        { QStringLiteral("tdeps"), identsJson(release.tdeps) },
        { QStringLiteral("build_deps"), QJsonArray() },
        { QStringLiteral("build_tdeps"), QJsonArray() },
        { QStringLiteral("exposes"), exposes },
        { QStringLiteral("visibility"), QString::fromLatin1(visibilityNames[int(release.visibility)]) },
        { QStringLiteral("created_at"), timestamp(release.createdAt) },
        { QStringLiteral("updated_at"), timestamp(release.createdAt) },
        { QStringLiteral("origin"), id.origin() },
        { QStringLiteral("package_type"), release.packageType },
        { QStringLiteral("channels"), QJsonArray::fromStringList(visibleChannels(release, request)) },
        // Package::is_a_service looks at the manifest (even where the answer blanks it).
        { QStringLiteral("is_a_service"),
            release.manifest.contains(u"pkg_exposes") || release.manifest.contains(u"pkg_binds")
                || release.manifest.contains(u"pkg_exports") },
    };
    if (depotRoute)
        out.insert(QStringLiteral("size"), release.size);
    const bool fullyQualified = depotRoute && request.segments.size() == 6 && request.segments[5] != u"latest";
    return json(200, out, fullyQualified ? CacheForever : NoCache);
}

StandinBuilder::Response StandinBuilder::channelRoutes(const Request& request) const
{
    const QStringList& s = request.segments; // depot channels {origin} [{channel} pkgs ...]
    Query query;
    if (auto refused = parseQuery(request, &query))
        return *refused;
    const QString& origin = s[2];
    if (s.size() == 3) {
        // Channel::list: a query, so an unknown origin is an empty list (the handler's NotFound
        // arm cannot happen). Origins get stable and unstable when they are created.
        QSet<QString> names;
        if (knownOrigins().contains(origin))
            names = { QStringLiteral("stable"), QStringLiteral("unstable") };
        names.unite(m_channels.value(origin));
        for (const Release& r : m_releases) {
            if (r.ident.origin() == origin)
                names.unite(QSet<QString>(r.channels.keyBegin(), r.channels.keyEnd()));
        }
        QStringList sorted(names.begin(), names.end());
        std::sort(sorted.begin(), sorted.end());
        QJsonArray out;
        for (const QString& name : std::as_const(sorted)) {
            if (query.sandbox || !name.startsWith(u"bldr-"))
                out.append(QJsonObject { { QStringLiteral("name"), name } });
        }
        return json(200, out);
    }
    if (s.size() < 5 || s[4] != u"pkgs" || s.size() > 8)
        return empty(404);
    const QString& channel = s[3];
    if (s.size() == 6 && s[5] == u"_latest")
        return latestInChannel(request, channel);
    const bool latest = (s.size() == 7 || s.size() == 8) && s.last() == u"latest";
    if (!latest && s.size() < 8) {
        // Channel::list_packages: by ident, 50 a page from page range/50+1, while range_start
        // is the range as given (postprocess_channel_package_list).
        const qint64 page = query.range / 50 + 1;
        if (page < 1)
            return empty(500); // a negative OFFSET
        QStringList idents;
        for (const Release& r : m_releases) {
            if (r.ident.origin() == origin && (s.size() < 6 || r.ident.name() == s[5])
                && containsParts(r.ident, s.mid(5)) && r.channels.contains(channel) && visible(r, request, false))
                idents.append(r.ident.toString());
        }
        std::sort(
            idents.begin(), idents.end(), [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
        const qint64 total = idents.size();
        const QStringList data = idents.mid((page - 1) * 50, 50);
        const qint64 stop = data.isEmpty() ? total : query.range + data.size() - 1;
        QJsonArray items;
        for (const QString& ident : data)
            items.append(identJson(PackageIdent::parse(ident).value()));
        return json(total > stop + 1 ? 206 : 200,
            QJsonObject { { QStringLiteral("range_start"), query.range }, { QStringLiteral("range_end"), stop },
                { QStringLiteral("total_count"), total }, { QStringLiteral("data"), items } });
    }
    // do_get_channel_package: PackageTarget::from_str(t)? turns a bad target into a 500.
    const QString target = query.target.value_or(targetFromHeaders(request));
    if (!PackageTarget::isKnown(target))
        return empty(500);
    const QStringList parts = s.mid(5, latest ? s.size() - 6 : 3);
    QList<const Release*> candidates;
    for (const Release& r : m_releases) {
        if (r.ident.origin() == origin && r.ident.name() == s[5] && containsParts(r.ident, parts)
            && r.channels.contains(channel) && r.target == target && visible(r, request, false))
            candidates.append(&r);
    }
    bool failed = false;
    const Release* best = newest(candidates, &failed);
    if (failed)
        return empty(500);
    return best ? packageJson(request, *best, false) : empty(404);
}

StandinBuilder::Response StandinBuilder::latestInChannel(const Request& request, const QString& channel) const
{
    Query query;
    if (auto refused = parseQuery(request, &query))
        return *refused;
    if (!query.target) // "a new API": the query only, never the User-Agent
        return empty(400);
    QMap<QString, QList<const Release*>> byName;
    for (const Release& r : m_releases) {
        if (r.ident.origin() == request.segments[2] && r.channels.contains(channel) && r.target == *query.target
            && visible(r, request, false))
            byName[r.ident.name()].append(&r);
    }
    QJsonArray data;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        bool failed = false;
        const Release* best = newest(it.value(), &failed);
        if (failed)
            return empty(500);
        if (best)
            data.append(identJson(best->ident));
    }
    return json(200,
        QJsonObject { { QStringLiteral("channel"), channel }, { QStringLiteral("target"), *query.target },
            { QStringLiteral("data"), data } });
}

StandinBuilder::Response StandinBuilder::keyRoutes(const Request& request) const
{
    // origins.rs: no session is looked at on these GET routes.
    const QString& origin = request.segments[2];
    const QMap<QString, QByteArray> keys = m_keys.value(origin);
    if (request.segments.size() == 4) {
        QJsonArray out;
        for (auto it = keys.cend(); it != keys.cbegin();) { // revision desc
            --it;
            out.append(QJsonObject { { QStringLiteral("origin"), origin }, { QStringLiteral("revision"), it.key() },
                { QStringLiteral("location"), QStringLiteral("/origins/%1/keys/%2").arg(origin, it.key()) } });
        }
        return json(200, out);
    }
    const QString& wanted = request.segments[4];
    const QString revision = wanted == u"latest" ? (keys.isEmpty() ? QString() : keys.lastKey()) : wanted;
    if (!keys.contains(revision))
        return empty(404);
    // key_as_http_response: the file named in x-filename and as an RFC 8187 filename* parameter.
    const QByteArray fileName = (origin + u'-' + revision + QStringLiteral(".pub")).toUtf8();
    Response response { 200 };
    response.add("Content-Disposition", "attachment; filename*=ISO-8859-1''" + fileName.toPercentEncoding());
    response.add("x-filename", fileName);
    response.add("Cache-Control", NoCache);
    response.body = keys.value(revision);
    return response;
}

} // namespace habmesos::test
