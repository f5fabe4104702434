// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageartifact.h"
#include "package/packageclosure.h"
#include "package/packageident.h"
#include "package/packageref.h"
#include "result.h"

#include <atomic>
#include <functional>

#include <QCoreApplication>

namespace habmesos {

class KeyCache;
class PackageRepository;

// From one package to its complete runtime closure: the root's TDEPS (which Habitat records
// transitively at build time, as the bare studio relied on), each located in the repository and
// read completely (metadata, every member's safety, the signature), in parallel.
//
// Nothing is fatal: everything that is missing is reported at once, with who requires it, and
// every inconsistency becomes an Issue in the result. Checks:
//  - each member's DEPS and TDEPS are inside the closure (else Inconsistent);
//  - the member's TARGET is the root's (else TargetMismatch, an error);
//  - the DEPS graph has no cycle (else a Cycle warning; resolution never follows DEPS, so a
//    cycle cannot make it loop);
//  - artifacts are verified: anything else is Unverified, an error unless
//    Options::requireVerified is false (then a warning; the member stays marked unverified);
//  - installed packages have no signature (hab checked it when it installed them): accepted
//    unless Options::acceptInstalled is false.
class ClosureResolver
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::ClosureResolver)
public:
    struct Options
    {
        bool requireVerified = true;
        bool acceptInstalled = true;
    };

    // How members are read; standard() is ArtifactInspector. Called from worker threads.
    struct Inspector
    {
        std::function<Result<PackageArtifact>(
            const QString& hartPath, const KeyCache& keys, const std::atomic_bool* cancel)>
            inspectArtifact;
        std::function<Result<PackageArtifact>(const QString& dir, const std::atomic_bool* cancel)> inspectInstalled;
        static Inspector standard();
    };

    ClosureResolver(const PackageRepository& repository, const KeyCache& keys);
    ClosureResolver(
        const PackageRepository& repository, const KeyCache& keys, Options options, Inspector inspector = {});

    // The closure of the newest package satisfying `ident` (partial or fully qualified), in the
    // repository's target, else in any target.
    PackageClosure resolve(const PackageIdent& ident, const std::atomic_bool* cancel = nullptr) const;
    // The closure of a package already located (e.g. PackageRepository::addArtifact of a .hart).
    PackageClosure resolve(const PackageRef& root, const std::atomic_bool* cancel = nullptr) const;

private:
    Result<PackageArtifact> inspect(const PackageRef& ref, const std::atomic_bool* cancel) const;

    const PackageRepository& m_repository;
    const KeyCache& m_keys;
    Options m_options;
    Inspector m_inspector;
};

} // namespace habmesos
