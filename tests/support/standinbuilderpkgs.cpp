// SPDX-License-Identifier: Apache-2.0
// StandinBuilder's /v1/depot/pkgs routes (BLDR resources/pkgs.rs, builder-db models/package.rs).
#include "package/packagetarget.h"
#include "support/standinbuilder.h"
#include "support/standinbuilderhelpers.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace habmesos::test {

using namespace standin;

namespace {

QJsonObject paginated(qint64 start, qint64 stop, qint64 total, const QJsonArray& data)
{
    return { { QStringLiteral("range_start"), start }, { QStringLiteral("range_end"), stop },
        { QStringLiteral("total_count"), total }, { QStringLiteral("data"), data } };
}

bool textLess(const QString& a, const QString& b)
{
    return a.toUtf8() < b.toUtf8();
}

// The words to_tsvector finds in "<origin> <name>", without stemming: each name whole and its
// parts between characters that are neither letters nor digits.
QSet<QString> searchWords(const PackageIdent& ident)
{
    static const QRegularExpression separator(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QSet<QString> out;
    for (const QString& word : { ident.origin().toLower(), ident.name().toLower() }) {
        out.insert(word);
        for (const QString& part : word.split(separator, Qt::SkipEmptyParts))
            out.insert(part);
    }
    return out;
}

} // namespace

StandinBuilder::Response StandinBuilder::pkgsRoutes(const Request& request) const
{
    const QStringList& s = request.segments; // depot pkgs {origin} ...
    if (s.size() == 4 && s[2] == u"search") // registered before {origin}/{pkg}
        return search(request, s[3]);
    if (s.size() == 7 && s[6] == u"download")
        return download(request, s.mid(2, 4));
    if (s.size() == 7 && s[6] == u"channels")
        return releaseChannels(request, s.mid(2, 4));
    const bool latest = (s.size() == 5 || s.size() == 6) && s.last() == u"latest";
    if (s.size() == 5 && s[4] == u"versions")
        return versions(request, s[2], s[3]);
    if (!latest && s.size() <= 5)
        return listing(request, s.mid(2));
    if (!latest && s.size() != 6)
        return empty(404);

    Query query;
    if (auto refused = parseQuery(request, &query))
        return *refused;
    const QString target = query.target.value_or(targetFromHeaders(request));
    if (!PackageTarget::isKnown(target))
        return empty(500); // do_get_package: PackageTarget::from_str(t)? -> HabitatCore -> 500
    const QStringList parts = s.mid(3, latest ? s.size() - 4 : 3);
    QList<const Release*> candidates;
    for (const Release& r : m_releases) {
        if (r.ident.origin() == s[2] && r.ident.name() == s[3] && containsParts(r.ident, parts)
            && visible(r, request, false) && (!latest || r.target == target))
            candidates.append(&r);
    }
    if (!latest) {
        // Package::get_without_target: the release whatever its target (one of them).
        const PackageIdent wanted(s[2], s[3], s[4], s[5]);
        const Release* found = nullptr;
        for (const Release* r : std::as_const(candidates)) {
            if (r->ident == wanted && (!found || r->target == target))
                found = r;
        }
        return found ? packageJson(request, *found, true) : empty(404);
    }
    bool failed = false;
    const Release* best = newest(candidates, &failed);
    if (failed)
        return empty(500);
    return best ? packageJson(request, *best, true) : empty(404);
}

StandinBuilder::Response StandinBuilder::download(const Request& request, const QStringList& ident) const
{
    Query query;
    if (auto refused = parseQuery(request, &query))
        return *refused;
    const QString target = query.target.value_or(targetFromHeaders(request));
    if (!PackageTarget::isKnown(target) || !m_targets.contains(target))
        return text(422, QStringLiteral("Invalid package target '%1'").arg(target));
    const PackageIdent wanted(ident[0], ident[1], ident[2], ident[3]);
    const Release* release = nullptr;
    for (const Release& r : m_releases) {
        if (r.ident == wanted && r.target == target && visible(r, request, true))
            release = &r;
    }
    if (!release)
        return empty(404);

    if (!m_restricted.isEmpty()) {
        // The channels as list_package_channels shows them to this caller (no hidden for
        // anonymous callers, unlike the download itself).
        const QStringList channels = visibleChannels(*release, request);
        auto inAny = [&channels](const QStringList& list) {
            return std::any_of(
                list.cbegin(), list.cend(), [&channels](const QString& c) { return channels.contains(c); });
        };
        const bool restrict = !inAny(m_unrestricted) && (!inAny(m_partiallyUnrestricted) || inAny(m_restricted));
        if (restrict && !request.session)
            return text(401, QStringLiteral("Authentication required."));
        if (restrict && !request.session->licensed)
            return text(403, QStringLiteral("No valid license key found."));
    }

    QByteArray body;
    if (m_replacedBodies.contains(wanted)) {
        body = m_replacedBodies.value(wanted);
    } else {
        QFile file(release->path);
        if (!file.open(QIODevice::ReadOnly))
            return empty(404); // the object store has no such object
        body = file.readAll();
    }
    const QByteArray fileName
        = (QStringList { wanted.origin(), wanted.name(), wanted.version(), wanted.release(), target }.join(u'-')
            + QStringLiteral(".hart"))
              .toUtf8();
    Response response { 200 };
    response.add("Content-Disposition", "attachment; filename=\"" + fileName + '"');
    response.add("x-filename", fileName);
    response.add("Content-Type", "application/octet-stream");
    // Hidden counts as not public; private_max_age defaults to 300.
    response.add("Cache-Control", release->visibility == Visibility::Public ? CacheForever : "public, max-age=300");
    response.body = body;
    response.download = true;
    response.ident = wanted;
    return response;
}

StandinBuilder::Response StandinBuilder::search(const Request& request, const QString& once) const
{
    Query query;
    if (auto refused = parseQuery(request, &query))
        return *refused;
    // actix decoded the segment once (lossily); search_packages decodes it again, strictly.
    const QByteArray twice = QByteArray::fromPercentEncoding(once.toUtf8());
    if (!QUtf8StringView(twice).isValidUtf8())
        return text(422, QStringLiteral("Unable to parse query string '%1'").arg(once));
    QString decoded = QString::fromUtf8(twice);
    while (decoded.endsWith(u'/'))
        decoded.chop(1);
    // to_tsquery("<terms joined by ' & '>:*"): a term that is empty or holds a space or an
    // operator is a tsquery syntax error, a 500.
    const QStringList terms = decoded.split(u'/');
    static const QRegularExpression invalid(QStringLiteral(R"([\s!|&():*'\\<>])"));
    for (const QString& term : terms) {
        if (term.isEmpty() || term.contains(invalid))
            return empty(500);
    }
    const qint64 page = query.range / 50 + 1;
    if (page < 1)
        return empty(500); // a negative OFFSET
    auto matches = [&terms](const PackageIdent& ident) {
        static const QRegularExpression separator(QStringLiteral("[^\\p{L}\\p{N}]+"));
        const QSet<QString> words = searchWords(ident);
        for (qsizetype i = 0; i < terms.size(); ++i) {
            const bool prefix = i == terms.size() - 1;
            for (const QString& word : terms[i].toLower().split(separator, Qt::SkipEmptyParts)) {
                const bool found = prefix ? std::any_of(words.cbegin(), words.cend(),
                                       [&word](const QString& w) { return w.startsWith(word); })
                                          : words.contains(word);
                if (!found)
                    return false;
            }
        }
        return true;
    };
    QStringList rows; // "origin/name[/version/release]", one per origin_packages row
    for (const Release& r : m_releases) {
        const bool allowed = r.visibility == Visibility::Public || isMember(request, r.ident.origin());
        if (!allowed || !matches(r.ident))
            continue;
        const QString row = query.distinct ? r.ident.shortName() : r.ident.toString();
        if (!query.distinct || !rows.contains(row))
            rows.append(row);
    }
    if (query.distinct) { // ordered by name, then origin
        std::sort(rows.begin(), rows.end(), [](const QString& a, const QString& b) {
            const QStringList x = a.split(u'/'), y = b.split(u'/');
            return x[1] != y[1] ? textLess(x[1], y[1]) : textLess(x[0], y[0]);
        });
    } else {
        std::sort(rows.begin(), rows.end(), textLess);
    }
    const qint64 total = rows.size();
    const qint64 start = (page - 1) * 50;
    const QStringList data = rows.mid(start, 50);
    const qint64 stop = data.isEmpty() ? total : start + data.size() - 1;
    QJsonArray items;
    for (const QString& row : data) {
        const QStringList p = row.split(u'/');
        items.append(identJson(PackageIdent(p[0], p[1], p.value(2), p.value(3))));
    }
    return json(total > stop + 1 ? 206 : 200, paginated(start, stop, total, items));
}

StandinBuilder::Response StandinBuilder::listing(const Request& request, const QStringList& identParts) const
{
    Query query;
    if (auto refused = parseQuery(request, &query))
        return *refused;
    const QString& origin = identParts[0];
    const QString name = identParts.value(1);
    const qint64 start = query.range < 0 ? 0 : query.range;
    QJsonArray items;
    qint64 total = 0;
    if (query.distinct) {
        // Package::list_distinct: LIMIT -1 (range < 0) is an error in PostgreSQL.
        if (query.range < 0)
            return empty(500);
        QStringList names;
        for (const Release& r : m_releases) {
            if (r.ident.origin() == origin && (name.isEmpty() || r.ident.name() == name)
                && containsParts(r.ident, identParts) && visible(r, request, false) && !names.contains(r.ident.name()))
                names.append(r.ident.name());
        }
        std::sort(names.begin(), names.end(), textLess);
        total = names.size();
        for (const QString& n : names.mid(start, 50)) {
            items.append(QJsonObject { { QStringLiteral("origin"), origin }, { QStringLiteral("name"), n },
                { QStringLiteral("version"), QJsonValue::Null }, { QStringLiteral("release"), QJsonValue::Null },
                { QStringLiteral("channels"), QJsonArray() }, { QStringLiteral("platforms"), QJsonArray() } });
        }
    } else {
        // packages_with_channel_platform by ident desc, one row per ident.
        QMap<QString, QPair<QSet<QString>, QSet<QString>>> rows; // ident -> channels, platforms
        for (const Release& r : m_releases) {
            if (r.ident.origin() == origin && (name.isEmpty() || r.ident.name() == name)
                && containsParts(r.ident, identParts) && visible(r, request, false)) {
                auto& row = rows[r.ident.toString()];
                row.first.unite(QSet<QString>(r.channels.keyBegin(), r.channels.keyEnd()));
                row.second.insert(r.target);
            }
        }
        QStringList idents = rows.keys();
        std::sort(idents.begin(), idents.end(), [](const QString& a, const QString& b) { return textLess(b, a); });
        total = idents.size();
        for (const QString& ident : idents.mid(start, query.range < 0 ? -1 : 50)) {
            const QStringList p = ident.split(u'/');
            QStringList channels(rows[ident].first.begin(), rows[ident].first.end());
            QStringList platforms(rows[ident].second.begin(), rows[ident].second.end());
            std::sort(channels.begin(), channels.end());
            std::sort(platforms.begin(), platforms.end());
            items.append(QJsonObject { { QStringLiteral("origin"), p[0] }, { QStringLiteral("name"), p[1] },
                { QStringLiteral("version"), p[2] }, { QStringLiteral("release"), p[3] },
                { QStringLiteral("channels"), QJsonArray::fromStringList(channels) },
                { QStringLiteral("platforms"), QJsonArray::fromStringList(platforms) } });
        }
    }
    const qint64 stop = items.isEmpty() ? total : start + items.size() - 1;
    return json(total > stop + 1 ? 206 : 200, paginated(start, stop, total, items));
}

StandinBuilder::Response StandinBuilder::versions(
    const Request& request, const QString& origin, const QString& name) const
{
    // The view origin_package_versions: grouped by version and visibility, versions without a
    // digit dropped, newest first by the numeric prefix and then the rest.
    struct Row
    {
        QString version;
        Visibility visibility;
        qint64 count = 0;
        QString latest;
        QSet<QString> platforms;
        VersionKey key;
    };
    QList<Row> rows;
    for (const Release& r : m_releases) {
        if (r.ident.origin() != origin || r.ident.name() != name || !visible(r, request, false))
            continue;
        const VersionKey key = versionKey(r.ident.version());
        if (!key.listed)
            continue;
        if (!key.castable)
            return empty(500);
        auto it = std::find_if(rows.begin(), rows.end(),
            [&r](const Row& row) { return row.version == r.ident.version() && row.visibility == r.visibility; });
        if (it == rows.end())
            it = rows.insert(rows.end(), Row { r.ident.version(), r.visibility, 0, {}, {}, key });
        ++it->count;
        if (it->latest.isEmpty() || textLess(it->latest, r.ident.release()))
            it->latest = r.ident.release();
        it->platforms.insert(r.target);
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const Row& a, const Row& b) { return compareNewest(a.key, QString(), b.key, QString()) > 0; });
    static const char* const visibilityNames[] = { "public", "private", "hidden" };
    QJsonArray out;
    for (const Row& row : std::as_const(rows)) {
        QStringList platforms(row.platforms.begin(), row.platforms.end());
        std::sort(platforms.begin(), platforms.end());
        out.append(QJsonObject { { QStringLiteral("origin"), origin }, { QStringLiteral("name"), name },
            { QStringLiteral("version"), row.version }, { QStringLiteral("release_count"), QString::number(row.count) },
            { QStringLiteral("latest"), row.latest },
            { QStringLiteral("platforms"), QJsonArray::fromStringList(platforms) },
            { QStringLiteral("visibility"), QString::fromLatin1(visibilityNames[int(row.visibility)]) } });
    }
    return json(200, out);
}

StandinBuilder::Response StandinBuilder::releaseChannels(const Request& request, const QStringList& ident) const
{
    Query query;
    if (auto refused = parseQuery(request, &query))
        return *refused;
    const QString target = query.target.value_or(targetFromHeaders(request));
    if (!PackageTarget::isKnown(target))
        return text(422, QStringLiteral("Invalid package target '%1'").arg(target));
    const PackageIdent wanted(ident[0], ident[1], ident[2], ident[3]);
    QJsonArray out;
    for (const Release& r : m_releases) {
        if (r.ident != wanted || r.target != target)
            continue;
        for (const QString& channel : visibleChannels(r, request)) {
            const QString at = timestamp(r.channels.value(channel));
            out.append(QJsonObject { { QStringLiteral("name"), channel }, { QStringLiteral("created_at"), at },
                { QStringLiteral("promoted_at"), at } });
        }
    }
    return json(200, out);
}

} // namespace habmesos::test
