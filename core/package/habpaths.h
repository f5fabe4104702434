// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace habmesos {

// Where Habitat keeps things on this machine, located the way `hab` itself does
// (habitat core/src/fs.rs): under /hab for root, under ~/.hab otherwise, with Habitat's
// environment overrides honoured.
class HabPaths
{
public:
    // HAB_CACHE_KEY_PATH, else /hab/cache/keys (root) or ~/.hab/cache/keys.
    static QString keyCache();
    // HAB_CACHE_ARTIFACT_PATH (the name plan-build gives this directory), else
    // /hab/cache/artifacts (root) or ~/.hab/cache/artifacts.
    static QString artifactCache();
    // Root of installed packages: $FS_ROOT/hab/pkgs (FS_ROOT defaults to /).
    static QString installedPackages();

private:
    static QString userRoot();
};

} // namespace habmesos
