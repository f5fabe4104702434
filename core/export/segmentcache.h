// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace habmesos {

// A directory of compressed tarball segments (one per package) for incremental re-export, keyed
// by a caller-given hex string (the artifact's payload hash plus the writer's settings). An entry
// is "<key>.seg": the gzip members followed by a fixed trailer recording the tar size and the
// settings, so that a torn or foreign file is never mistaken for a segment. Beside it the caller
// may keep a sidecar, "<key>.meta" (what the export needs to reuse the segment, SegmentSidecar),
// which goes wherever its segment goes: remove(), eviction and a damaged entry take both, and
// eviction removes a sidecar whose segment is gone. Entries are written atomically (temporary
// file + rename). Eviction removes the least recently used entries (by modification time, which
// lookup() refreshes) beyond a byte budget.
// Not thread-safe; separate processes may share a directory.
class SegmentCache
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::SegmentCache)
public:
    static constexpr qint64 DefaultBudget = qint64(4) << 30;
    static constexpr int TrailerSize = 32;

    struct Entry
    {
        QString path;
        qint64 tarBytes = 0;
        qint64 compressedBytes = 0; // the gzip members, without the trailer
        int level = 0;
        qint64 blockSize = 0;
    };

    explicit SegmentCache(QString directory, qint64 byteBudget = DefaultBudget);

    const QString& directory() const { return m_directory; }
    qint64 byteBudget() const { return m_budget; }
    void setByteBudget(qint64 bytes) { m_budget = bytes; }

    // 1 to 128 characters of [0-9a-f].
    static bool isValidKey(const QString& key);
    // A key for a segment: SHA-256 over `contentId` (what determines the segment's tar bytes: the
    // artifact's payload hash plus anything the export changes in its entries, such as owner or
    // mtime choices) and the writer settings that determine its compressed bytes.
    static QString keyFor(const QByteArray& contentId, int gzipLevel, qint64 gzipBlockSize);
    // Where the entry for `key` lives (whether or not it exists).
    QString filePath(const QString& key) const;
    // Where its sidecar lives.
    QString sidecarPath(const QString& key) const;
    // Creates the directory when needed.
    Status ensureDirectory() const;

    // The entry for `key` after checking its trailer; an error when absent (NotFound) or damaged
    // (Io; a damaged entry is removed). Marks the entry as recently used.
    Result<Entry> lookup(const QString& key) const;
    bool contains(const QString& key) const { return lookup(key).ok(); }
    // Removes the entry and its sidecar.
    Status remove(const QString& key) const;

    // Bytes used by all entries.
    qint64 totalBytes() const;
    // Removes the least recently used entries until totalBytes() <= byteBudget(), sidecars whose
    // segment is gone, and leftover temporary files whose writer died
    // (AtomicOutputFile::removeIfAbandoned). Returns the bytes freed.
    Result<qint64> evict() const;

    static QByteArray trailer(qint64 tarBytes, qint64 compressedBytes, int level, qint64 blockSize);
    // Parses a trailer; false when it is not one.
    static bool parseTrailer(const QByteArray& bytes, Entry* entry);

private:
    QString m_directory;
    qint64 m_budget;
};

} // namespace habmesos
