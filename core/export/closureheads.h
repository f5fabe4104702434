// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/artifacthead.h"
#include "package/packageident.h"
#include "package/packageref.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class QThreadPool;

namespace habmesos {

class ExportProgress;
class KeyCache;

// The heads (ArtifactHead) a harts export needs: those of the package and the Supervisor's
// packages, each as far as its part needs, and that of every other member of the closure up to its
// TDEPS. A member is read as soon as a head that names it is in, so the pool's threads never wait
// for a slow head (hab's or busybox's bin/) before the rest of the closure; the heads that read
// programs start first. Which head belongs to what is decided afterwards, in a fixed order, by
// the caller: scheduling changes only when a head is read.
class ClosureHeads
{
public:
    struct Initial
    {
        PackageRef ref;
        QStringList binFiles;
        QString readUpTo;
    };
    // The artifact of a TDEPS member, or nothing (missing, or installed only: the caller says why).
    using Locate = std::function<std::optional<PackageRef>(const PackageIdent&)>;

    // Blocks until every head is read (or the cancel flag is seen), reporting progress from the
    // calling thread.
    static ClosureHeads read(QThreadPool& pool, const QList<Initial>& initial, const Locate& locate,
        const KeyCache& keys, ExportProgress& progress, const std::atomic_bool* cancel);

    QList<Result<ArtifactHead>> initial; // in the order given
    QHash<PackageIdent, Result<ArtifactHead>> members; // the other members read, by ident
};

} // namespace habmesos
