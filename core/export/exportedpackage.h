// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/droppedprivileges.h"
#include "export/exportresult.h"
#include "package/packagemetadata.h"

#include <QString>
#include <QStringList>

namespace habmesos {

// One package as the export wrote it into the tarball (ArtifactStreamer, InstalledTreeStreamer):
// what the rest of the image and the result need of it.
struct ExportedPackage
{
    PackageMetadata metadata;
    QStringList binNames; // the names in its bin/ (the Supervisor's roles, busybox's applets)
    // What its members take once extracted, as `du` counts it on ext4 (TarEntry::diskUsage()).
    qint64 extractedBytes = 0;
    DroppedPrivileges dropped;
    ExportResult::Package summary;
    QString warning; // exported without verification, say
};

} // namespace habmesos
