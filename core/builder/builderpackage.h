// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageident.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace habmesos {

// What Builder says about one release (builder-db/src/models/package.rs Package, plus the
// channels and size some routes add), as far as a client needs it (habitat
// builder-api-client/src/lib.rs Package). Every ident in it is checked; an answer that is not
// such a body is an error naming the server's operation.
struct BuilderPackage
{
    PackageIdent ident; // fully qualified
    QString target;
    QString checksum;
    QList<PackageIdent> deps;
    QList<PackageIdent> tdeps;
    QList<int> exposes;
    QStringList channels;
    QString visibility;
    std::optional<qint64> size; // only /depot/pkgs/… answers carry it

    static Result<BuilderPackage> fromJson(const QByteArray& body, const QString& operation);

    Q_DECLARE_TR_FUNCTIONS(habmesos::BuilderPackage) // last: it ends in "private:"
};

// One page of a search or a listing: {"range_start","range_end","total_count","data"}
// (builder-api/src/server/helpers.rs). Items carry origin and name, and version and release
// unless the call asked for distinct names.
struct BuilderPage
{
    int rangeStart = 0;
    int rangeEnd = -1;
    int totalCount = 0;
    QList<PackageIdent> items;
    // 206: more follow from rangeEnd + 1.
    bool hasMore() const { return totalCount > rangeEnd + 1; }

    static Result<BuilderPage> fromJson(const QByteArray& body, const QString& operation);

    Q_DECLARE_TR_FUNCTIONS(habmesos::BuilderPage) // last: it ends in "private:"
};

} // namespace habmesos
