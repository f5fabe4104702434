// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

namespace habmesos {

// A Habitat package identifier, origin/name[/version[/release]], validated by Habitat's rules
// (habitat core/src/package/ident.rs): origin \A[a-z0-9][a-z0-9_-]*\z (at most 255 characters),
// name ^[A-Za-z0-9_-]+$, version any text without '/', release the 14-digit UTC build time.
class PackageIdent
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::PackageIdent)
public:
    PackageIdent() = default;
    PackageIdent(QString origin, QString name, QString version = {}, QString release = {});

    // Parses and validates; the error says which part is wrong and why.
    static Result<PackageIdent> parse(QStringView text);

    static bool isValidOrigin(QStringView origin);
    static bool isValidName(QStringView name);
    static bool isValidVersion(QStringView version);
    static bool isValidRelease(QStringView release);

    const QString& origin() const { return m_origin; }
    const QString& name() const { return m_name; }
    const QString& version() const { return m_version; }
    const QString& release() const { return m_release; }

    bool isValid() const { return !m_origin.isEmpty() && !m_name.isEmpty(); }
    bool isFullyQualified() const { return !m_version.isEmpty() && !m_release.isEmpty(); }

    // origin/name[/version[/release]]
    QString toString() const;
    // origin/name
    QString shortName() const;
    // origin-name-version-release: the stem of the tarball name, as `hab pkg export mesos` made it.
    QString archiveStem() const;
    // hab/pkgs/origin/name/version/release (relative; no leading slash)
    QString installPath() const;

    // True when this (usually fully qualified) ident is one the partial ident `wanted` asks for:
    // same origin and name, and the same version and release wherever `wanted` gives them.
    bool satisfies(const PackageIdent& wanted) const;

    // Habitat's version_sort: numeric dotted parts compared as numbers, a version without an
    // extension above one with ("1.0.0" > "1.0.0-alpha6"), extensions compared as text.
    // Versions that are not numeric compare as plain text among themselves, as `hab` does, and
    // below every numeric one (where `hab` compares the pair as text, which is not a consistent
    // order: see compareVersions).
    static std::strong_ordering compareVersions(QStringView a, QStringView b);

    // Newest first is "greater": origin and name by text, then version, then release.
    std::strong_ordering operator<=>(const PackageIdent& other) const;
    bool operator==(const PackageIdent& other) const = default;

private:
    QString m_origin;
    QString m_name;
    QString m_version;
    QString m_release;
};

inline size_t qHash(const PackageIdent& ident, size_t seed = 0)
{
    return qHashMulti(seed, ident.origin(), ident.name(), ident.version(), ident.release());
}

} // namespace habmesos

Q_DECLARE_METATYPE(habmesos::PackageIdent)
