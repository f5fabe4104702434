// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/compressedsegment.h"
#include "result.h"
#include "export/tarballformat.h"
#include "export/tarballwriteroptions.h"
#include "export/tarentry.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

namespace habmesos {

class SegmentCache;

// Writes a container tarball as a stream: entries and their data go in as they come (a block at
// a time, never a whole file in memory), the tar format comes from libarchive (POSIX pax,
// restricted: plain ustar headers unless a name or value needs an extended header; GNU tar and
// bsdtar both restore modes and links from it), and the bytes go to a temporary file beside the
// final one that commit() renames into place. Nothing ever appears under the final name unless
// complete: an error, abort(), a raised cancel flag or destruction without commit() removes the
// temporary file. Output is reproducible: the same entries and settings give the same bytes.
//
// Gzip output is a sequence of independent gzip members (one per gzipBlockSize of tar stream,
// compressed in parallel by libdeflate), which gzip, GNU tar and libarchive read as one stream.
// Segments (one per package) start and end on member boundaries, so a segment compressed once
// can be kept (endSegment(), SegmentCache) and appended to a later tarball unchanged
// (appendSegment()): the result is byte-identical to writing the same entries afresh.
//
// Usage: open(); { addEntry(); writeData()* }*, optionally inside beginSegment()/endSegment();
// commit(). One thread drives a writer; only the cancel flag may be touched from others.
class TarballWriter
{
public:
    struct SegmentOptions
    {
        // Store the segment's compressed bytes in `cache` under `cacheKey` (written when the
        // segment's last member is; a failing cache only logs a warning, the tarball goes on).
        SegmentCache* cache = nullptr;
        QString cacheKey;
        // Hand the compressed bytes back from endSegment() (small segments, tests).
        bool keepInMemory = false;
    };

    // The two zero blocks that end a tar stream (part of tarStreamSize()).
    static constexpr qint64 EndOfArchiveSize = 1024;

    TarballWriter();
    ~TarballWriter();
    TarballWriter(const TarballWriter&) = delete;
    TarballWriter& operator=(const TarballWriter&) = delete;

    Status open(
        const QString& finalPath, TarballFormat format = TarballFormat::Gzip, const TarballWriterOptions& options = {});
    // Writes the header; a file's size() bytes must follow through writeData() before the next
    // call (other than writeData()).
    Status addEntry(const TarEntry& entry);
    Status writeData(QByteArrayView data);

    // Segments: any format accepts them; only gzip can keep and append them.
    Status beginSegment();
    Status beginSegment(const SegmentOptions& options);
    Result<CompressedSegment> endSegment();
    // Outside a segment, gzip only, made with the same gzip level and block size. A segment
    // that cannot be used (absent from the cache, damaged, other settings) is refused with an
    // error that leaves the writer usable: write the segment's entries afresh instead. Errors
    // once copying has begun are fatal like any other. Hardlinks in a segment may only point
    // to files of the same segment or of what precedes it in every tarball it goes into.
    Status appendSegment(const CompressedSegment& segment);
    Status appendSegment(const SegmentCache& cache, const QString& key);

    // Ends the tar stream, waits for the compression, and renames the file into place.
    Status commit();
    // Drops everything and removes the temporary file. Harmless when not open.
    void abort();

    bool isOpen() const;
    QString finalPath() const;
    // Bytes of the uncompressed tar stream so far (what progress reports).
    qint64 tarBytesWritten() const;

    // Exact size of the tar stream an entry adds (header(s), data, padding), or an error for an
    // entry addEntry() would refuse. Computed with the same libarchive writer, data not included.
    static Result<qint64> entryTarSize(const TarEntry& entry);
    // Exact size of the whole tar stream for these entries, the end-of-archive blocks included:
    // the progressTotal that makes progress end exactly at its total.
    static Result<qint64> tarStreamSize(const QList<TarEntry>& entries);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace habmesos
