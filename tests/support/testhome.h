// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/closureresolver.h"
#include "package/demopackages.h"
#include "result.h"

#include <QString>

namespace habmesos::test {

// What the window tests share: a private home and the demo package's closure.
class TestHome
{
public:
    // Points HOME and XDG_{DATA,CONFIG,CACHE}_HOME at folders under `home` (created), so that no
    // test reads or writes the machine's settings, session, caches or keyring files; with
    // `noHabitatCache`, also the artifact cache (HAB_CACHE_ARTIFACT_PATH) at a folder that does not
    // exist, so the window finds only the packages a test gives it.
    [[nodiscard]] static Status redirect(const QString& home, bool noHabitatCache = false);

    struct Demo
    {
        DemoPackages::Location location;
        PackageClosure closure;
    };
    // The built-in demo package (DemoPackages::ensure) and its closure, from its artifact cache
    // alone.
    static Result<Demo> demo();
};

} // namespace habmesos::test
