// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageartifact.h"
#include "result.h"

#include <atomic>

#include <QCoreApplication>

namespace habmesos {

class KeyCache;

// One complete, checked pass over a .hart or an installed package directory: metadata, every
// member's safety, and (artifacts) the signature. Failing the safety checks or being unreadable
// is an error; a failed verification is not (it is reported in the result, for the caller to
// refuse or allow).
class ArtifactInspector
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::ArtifactInspector)
public:
    static Result<PackageArtifact> inspectArtifact(
        const QString& hartPath, const KeyCache& keys, const std::atomic_bool* cancel = nullptr);
    // `dir` is hab/pkgs/<o>/<n>/<v>/<r> under some root; its IDENT must agree with the path.
    static Result<PackageArtifact> inspectInstalled(const QString& dir, const std::atomic_bool* cancel = nullptr);
    // Reads only as far as IDENT and TARGET (for scanning a cache): no verification.
    static Result<PackageArtifact> peekArtifact(const QString& hartPath);
};

} // namespace habmesos
