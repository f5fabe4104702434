// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace habmesos {

// Where packages are looked for: the artifact cache, the public keys and the installed packages.
// Empty paths mean Habitat's defaults (HabPaths). The demo uses its own cache and no /hab/pkgs.
struct PackageSources
{
    QString artifactCache;
    QString keyDir;
    QString installedRoot;
    bool useInstalled = true;
    bool operator==(const PackageSources&) const = default;
};

} // namespace habmesos
