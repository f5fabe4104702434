// SPDX-License-Identifier: Apache-2.0
#include "support/standinbuilderhelpers.h"

#include "package/packagetarget.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace habmesos::test::standin {

VersionKey versionKey(const QString& version)
{
    // PostgreSQL's \d is [0-9] here; regexp_matches without 'g' takes the first match.
    static const QRegularExpression pattern(QStringLiteral(R"(([0-9.]*[0-9]+)(.+)?)"));
    VersionKey key;
    const QRegularExpressionMatch match = pattern.match(version);
    if (!match.hasMatch())
        return key;
    key.listed = true;
    for (QString part : match.captured(1).split(u'.')) {
        if (part.isEmpty()) {
            key.castable = false; // ''::numeric: invalid input syntax
            continue;
        }
        while (part.size() > 1 && part.startsWith(u'0'))
            part.remove(0, 1);
        key.numbers.append(part);
    }
    if (match.capturedLength(2) > 0)
        key.suffix = match.captured(2);
    return key;
}

namespace {

int compareNumber(const QString& a, const QString& b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b); // same length, digits only
}

// Bytewise, as the C collation compares text.
int compareText(const QString& a, const QString& b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return x < y ? -1 : (y < x ? 1 : 0);
}

} // namespace

int compareNewest(const VersionKey& a, const QString& releaseA, const VersionKey& b, const QString& releaseB)
{
    // numeric[] comparison: element by element, then the longer array is greater.
    for (qsizetype i = 0; i < qMin(a.numbers.size(), b.numbers.size()); ++i) {
        if (const int c = compareNumber(a.numbers[i], b.numbers[i]))
            return c;
    }
    if (a.numbers.size() != b.numbers.size())
        return a.numbers.size() < b.numbers.size() ? -1 : 1;
    // DESC puts NULLs first: a version with no suffix comes before one with a suffix.
    if (a.suffix.has_value() != b.suffix.has_value())
        return a.suffix.has_value() ? -1 : 1;
    if (a.suffix) {
        if (const int c = compareText(*a.suffix, *b.suffix))
            return c;
    }
    return compareText(releaseA, releaseB);
}

const StandinBuilder::Release* newest(const QList<const StandinBuilder::Release*>& candidates, bool* failed)
{
    const StandinBuilder::Release* best = nullptr;
    VersionKey bestKey;
    for (const StandinBuilder::Release* r : candidates) {
        const VersionKey key = versionKey(r->ident.version());
        if (!key.listed)
            continue;
        if (!key.castable) {
            *failed = true;
            return nullptr;
        }
        if (!best || compareNewest(key, r->ident.release(), bestKey, best->ident.release()) > 0) {
            best = r;
            bestKey = key;
        }
    }
    return best;
}

bool containsParts(const PackageIdent& ident, const QStringList& parts)
{
    const QStringList array { ident.origin(), ident.name(), ident.version(), ident.release() };
    for (const QString& part : parts) {
        if (!part.isEmpty() && !array.contains(part))
            return false;
    }
    return true;
}

std::optional<StandinBuilder::Response> parseQuery(const StandinBuilder::Request& request, Query* out)
{
    // actix-web's QueryPayloadError answers 400 with its message as plain text.
    auto refuse = [](const QString& why) { return text(400, QStringLiteral("Query deserialize error: ") + why); };
    QSet<QString> seen;
    for (const auto& [key, value] : request.query) {
        if (key != u"target" && key != u"range" && key != u"distinct" && key != u"sandbox")
            continue; // serde ignores unknown fields
        if (seen.contains(key))
            return refuse(QStringLiteral("duplicate field `%1`").arg(key));
        seen.insert(key);
        if (key == u"target") {
            out->target = value;
        } else if (key == u"range") {
            bool ok = false;
            out->range = value.toLongLong(&ok);
            if (!ok || value.startsWith(u' ') || value.endsWith(u' '))
                return refuse(value.isEmpty() ? QStringLiteral("cannot parse integer from empty string")
                                              : QStringLiteral("invalid digit found in string"));
        } else {
            if (value != u"true" && value != u"false")
                return refuse(QStringLiteral("provided string was not `true` or `false`"));
            (key == u"distinct" ? out->distinct : out->sandbox) = value == u"true";
        }
    }
    return std::nullopt;
}

QString targetFromHeaders(const StandinBuilder::Request& request)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\S+)\s?(\((\w+-\w+); (.*)\))?)"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(request.headers.value("user-agent")));
    const QString target = match.captured(3);
    return PackageTarget::isKnown(target) ? target : PackageTarget::defaultTarget();
}

QJsonObject identJson(const PackageIdent& ident)
{
    QJsonObject out { { QStringLiteral("origin"), ident.origin() }, { QStringLiteral("name"), ident.name() } };
    if (!ident.version().isEmpty())
        out.insert(QStringLiteral("version"), ident.version());
    if (!ident.release().isEmpty())
        out.insert(QStringLiteral("release"), ident.release());
    return out;
}

QJsonArray identsJson(const QList<PackageIdent>& idents)
{
    QJsonArray out;
    for (const PackageIdent& ident : idents)
        out.append(identJson(ident));
    return out;
}

QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000");
}

StandinBuilder::Response empty(int status)
{
    return StandinBuilder::Response { status };
}

StandinBuilder::Response text(int status, const QString& body)
{
    StandinBuilder::Response response { status };
    response.body = body.toUtf8();
    return response;
}

StandinBuilder::Response json(int status, const QJsonValue& body, const QByteArray& cacheControl)
{
    StandinBuilder::Response response { status };
    response.add("Content-Type", "application/json");
    response.add("Cache-Control", cacheControl);
    response.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace habmesos::test::standin
