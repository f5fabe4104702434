// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageident.h"

#include <QCoreApplication>
#include <QString>

namespace habmesos {

// Where one package was found: a plain value the repository hands out. Nothing in it has been
// verified; ClosureResolver inspects the file or directory completely before it is trusted.
struct PackageRef
{
    enum class Source
    {
        ExplicitArtifact, // a .hart path the user gave
        CachedArtifact, // a .hart in the artifact cache (e.g. /hab/cache/artifacts)
        Installed, // a directory hab/pkgs/<o>/<n>/<v>/<r> (e.g. under /hab/pkgs)
    };

    PackageIdent ident; // fully qualified, as the package itself says (IDENT), not its file name
    QString target; // TARGET, e.g. x86_64-linux
    Source source = Source::CachedArtifact;
    QString path; // the .hart file or the installed package's directory (absolute, clean)
    qint64 size = 0; // bytes of the .hart (0 for installed packages)
    qint64 mtimeMs = 0; // last modification, ms since the epoch

    bool isValid() const { return ident.isFullyQualified(); }
    bool isArtifact() const { return source != Source::Installed; }
    bool operator==(const PackageRef&) const = default;

    // "artifact", "cached artifact", "installed": for people.
    static QString sourceText(Source source);
    // A stable word for machine-readable output: "explicit", "cache", "installed".
    static QString sourceKey(Source source);
    Q_DECLARE_TR_FUNCTIONS(habmesos::PackageRef) // last: it ends in "private:"
};

} // namespace habmesos
