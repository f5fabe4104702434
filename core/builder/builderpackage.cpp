// SPDX-License-Identifier: Apache-2.0
#include "builder/builderpackage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace habmesos {

namespace {

Result<PackageIdent> identFrom(const QJsonValue& value, bool fullyQualified)
{
    const QJsonObject o = value.toObject();
    const PackageIdent ident(o.value(QStringLiteral("origin")).toString(), o.value(QStringLiteral("name")).toString(),
        o.value(QStringLiteral("version")).toString(), o.value(QStringLiteral("release")).toString());
    const bool valid = PackageIdent::isValidOrigin(ident.origin()) && PackageIdent::isValidName(ident.name())
        && (ident.version().isEmpty() || PackageIdent::isValidVersion(ident.version()))
        && (ident.release().isEmpty() || PackageIdent::isValidRelease(ident.release()))
        && (ident.version().isEmpty() == ident.release().isEmpty() || !fullyQualified)
        && (!fullyQualified || ident.isFullyQualified());
    if (!valid)
        return Result<PackageIdent>::failure(
            ErrorKind::Network, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)).left(200));
    return ident;
}

Result<QList<PackageIdent>> identsFrom(const QJsonValue& value)
{
    QList<PackageIdent> out;
    for (const QJsonValue& item : value.toArray()) {
        auto ident = identFrom(item, true);
        if (!ident)
            return ident.errorInfo();
        out << ident.value();
    }
    return out;
}

} // namespace

Result<BuilderPackage> BuilderPackage::fromJson(const QByteArray& body, const QString& operation)
{
    using R = Result<BuilderPackage>;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    auto nonsense = [&](const QString& why) {
        return R::failure(ErrorKind::Network, tr("%1: the answer is not a Builder package (%2)").arg(operation, why));
    };
    if (!doc.isObject())
        return nonsense(
            parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("not a JSON object"));
    const QJsonObject o = doc.object();
    BuilderPackage p;
    const auto ident = identFrom(o.value(QStringLiteral("ident")), true);
    if (!ident)
        return nonsense(tr("ident %1").arg(ident.error()));
    p.ident = ident.value();
    p.target = o.value(QStringLiteral("target")).toString();
    p.checksum = o.value(QStringLiteral("checksum")).toString();
    const auto deps = identsFrom(o.value(QStringLiteral("deps")));
    if (!deps)
        return nonsense(tr("deps %1").arg(deps.error()));
    const auto tdeps = identsFrom(o.value(QStringLiteral("tdeps")));
    if (!tdeps)
        return nonsense(tr("tdeps %1").arg(tdeps.error()));
    p.deps = deps.value();
    p.tdeps = tdeps.value();
    for (const QJsonValue& port : o.value(QStringLiteral("exposes")).toArray())
        p.exposes << port.toInt();
    for (const QJsonValue& channel : o.value(QStringLiteral("channels")).toArray())
        p.channels << channel.toString();
    p.visibility = o.value(QStringLiteral("visibility")).toString();
    // A file's size in bytes; anything else (negative, fractional, past 2^53 where a JSON number
    // stops being exact, or too large for qint64) is no size, not a value to convert.
    if (const QJsonValue size = o.value(QStringLiteral("size")); size.isDouble()) {
        const double bytes = size.toDouble();
        if (bytes >= 0 && bytes <= double(qint64(1) << 53) && bytes == std::floor(bytes))
            p.size = qint64(bytes);
    }
    return p;
}

Result<BuilderPage> BuilderPage::fromJson(const QByteArray& body, const QString& operation)
{
    using R = Result<BuilderPage>;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (!o.value(QStringLiteral("data")).isArray() || !o.value(QStringLiteral("total_count")).isDouble())
        return R::failure(ErrorKind::Network, tr("%1: the answer is not a page of Builder's results").arg(operation));
    BuilderPage page;
    page.rangeStart = o.value(QStringLiteral("range_start")).toInt();
    page.rangeEnd = o.value(QStringLiteral("range_end")).toInt(-1);
    page.totalCount = o.value(QStringLiteral("total_count")).toInt();
    for (const QJsonValue& item : o.value(QStringLiteral("data")).toArray()) {
        const auto ident = identFrom(item, false);
        if (!ident)
            return R::failure(ErrorKind::Network, tr("%1: an item is not a package: %2").arg(operation, ident.error()));
        page.items << ident.value();
    }
    return page;
}

} // namespace habmesos
