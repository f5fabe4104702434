// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers StandinBuilder's route files share: Builder's version order, its query extraction and
// the shapes of its answers. Internal to the stand-in (tests/support/standinbuilder.h).

#include "support/standinbuilder.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace habmesos::test::standin {

// One row of origin_packages_with_version_array: regexp_matches(version, '([\d\.]*\d+)(.+)?').
struct VersionKey
{
    bool listed = false; // the regex matched: a version without a digit has no row
    bool castable = true; // string_to_array(prefix, '.')::numeric[] succeeds (no empty part)
    QStringList numbers; // the dotted prefix's parts, leading zeros dropped
    std::optional<QString> suffix; // version_array[2]; NULL when nothing follows the prefix
};
VersionKey versionKey(const QString& version);
// ORDER BY numeric[] desc, version_array[2] desc (NULLs first), then release desc: > 0 when `a`
// comes first (is newer). Both must be listed and castable.
int compareNewest(const VersionKey& a, const QString& releaseA, const VersionKey& b, const QString& releaseB);

// The newest of `candidates` in Builder's order; nullptr when none is listed; `*failed` when a
// listed one's prefix is no numeric[] (PostgreSQL fails the whole query).
const StandinBuilder::Release* newest(const QList<const StandinBuilder::Release*>& candidates, bool* failed);

// ident_array @> parts: every given part of the ident is among the release's four.
bool containsParts(const PackageIdent& ident, const QStringList& parts);

// actix's Query<T> with serde_urlencoded: a field given twice, an integer or bool that does not
// parse is a 400 with actix's message; absent fields take their defaults.
struct Query
{
    std::optional<QString> target;
    qint64 range = 0;
    bool distinct = false;
    bool sandbox = false;
};
std::optional<StandinBuilder::Response> parseQuery(const StandinBuilder::Request& request, Query* out);
// helpers.rs target_from_headers: "(<arch>-<os>; ...)" in the User-Agent, else x86_64-linux.
QString targetFromHeaders(const StandinBuilder::Request& request);

QJsonObject identJson(const PackageIdent& ident);
QJsonArray identsJson(const QList<PackageIdent>& idents);
QString timestamp(const QDateTime& time); // chrono NaiveDateTime's serde format

// Cache-Control values of framework/headers.rs.
inline constexpr char NoCache[] = "private, no-cache, no-store";
inline constexpr char CacheForever[] = "public, max-age=31536000";

StandinBuilder::Response empty(int status);
StandinBuilder::Response text(int status, const QString& body); // HttpResponse::with_body / .body(String)
StandinBuilder::Response json(int status, const QJsonValue& body, const QByteArray& cacheControl = NoCache);

} // namespace habmesos::test::standin
