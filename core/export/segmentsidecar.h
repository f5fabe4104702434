// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/droppedprivileges.h"
#include "export/tarentry.h"
#include "result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace habmesos {

class SegmentCache;

// What the export keeps beside a package's cached segment (SegmentCache::sidecarPath), so that
// reusing the segment needs nothing else of the artifact: its metadata files, the names in its
// bin/ (busybox's applets become /bin links), its extracted size, its first member whose name or
// hardlink target is not printable ASCII (type, path, link target; empty when none: a reused
// segment is checked against the agents' fetcher like a fresh one) and the members whose setuid
// or setgid bit was dropped (said again when the segment is reused).
//
// A sidecar is written only once its segment is in the cache, and a sidecar that cannot be
// written takes its segment with it: neither is ever left without the other (a full disk).
class SegmentSidecar
{
public:
    struct Facts
    {
        QMap<QString, QByteArray> metaFiles;
        QStringList binNames;
        qint64 extractedBytes = 0;
        QStringList unportableMember;
        DroppedPrivileges dropped;
    };

    // Writes the sidecar of the segment `key`, which must be in `cache` already; on failure removes
    // that segment too and says why (naming the file and the system's reason).
    static Status write(const SegmentCache& cache, const QString& key, const Facts& facts);
    // The sidecar of `key`, or nothing when it is absent, damaged or of an older format.
    static std::optional<Facts> read(const SegmentCache& cache, const QString& key);

    // A member as Facts::unportableMember keeps it (type, path, link target), and back.
    static QStringList describeMember(const TarEntry& entry);
    static TarEntry memberOf(const QStringList& described);
};

} // namespace habmesos
