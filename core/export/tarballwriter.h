// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/tarballformat.h"
#include "export/tarballwriteroptions.h"
#include "export/tarentry.h"
#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace habmesos {

class SegmentCache;

// Writes a container tarball as a stream: entries and their data go in as they come (a block at
// a time, never a whole file in memory), the tar format comes from libarchive (TarArchives), the
// compression from TarballEncoder, and the bytes go to a temporary file beside the final one that
// commit() renames into place (AtomicOutputFile). Nothing ever appears under the final name unless
// complete: an error, abort(), a raised cancel flag or destruction without commit() removes the
// temporary file. Output is reproducible: the same entries and settings give the same bytes.
//
// Gzip output is a sequence of independent gzip members (one per gzipBlockSize of tar stream,
// compressed in parallel by libdeflate), which gzip, GNU tar and libarchive read as one stream.
// Segments (one per package) start and end on member boundaries, so a segment compressed once
// can be kept in a SegmentCache (beginSegment() with a cache) and appended to a later tarball
// unchanged (appendSegment()): the result is byte-identical to writing the same entries afresh.
//
// Usage: open(); { addEntry(); writeData()* }*, optionally inside beginSegment()/endSegment();
// commit(). One thread drives a writer; only the cancel flag may be touched from others.
// Failures carry their kind: Cancelled when the cancel flag stopped it, Io when the file could not
// be written (a full disk), Unsafe for an entry that cannot be written safely.
class TarballWriter
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::TarballWriter)
public:
    struct SegmentOptions
    {
        // Store the segment's compressed bytes in `cache` under `cacheKey` (written when the
        // segment's last member is; a failing cache only logs a warning, the tarball goes on).
        SegmentCache* cache = nullptr;
        QString cacheKey;
    };

    TarballWriter();
    ~TarballWriter();
    TarballWriter(const TarballWriter&) = delete;
    TarballWriter& operator=(const TarballWriter&) = delete;

    Status open(
        const QString& finalPath, TarballFormat format = TarballFormat::Gzip, const TarballWriterOptions& options = {});
    // A gzip writer whose tarball goes nowhere: only the segments it keeps in a cache are wanted
    // (the export compresses packages into the segment cache this way, several at once).
    // `name` is the tarball the segments are for, for the messages.
    Status openDiscarding(const QString& name, const TarballWriterOptions& options = {});
    // Writes the header; a file's size() bytes must follow through writeData() before the next
    // call (other than writeData()).
    Status addEntry(const TarEntry& entry);
    Status writeData(QByteArrayView data);

    // Segments: any format accepts them; only gzip can keep and append them.
    Status beginSegment();
    Status beginSegment(const SegmentOptions& options);
    Status endSegment();
    // Outside a segment, gzip only, made with the same gzip level and block size. A segment
    // that cannot be used (absent from the cache, damaged, other settings) is refused with an
    // error that leaves the writer usable: write the segment's entries afresh instead. Errors
    // once copying has begun are fatal like any other. Hardlinks in a segment may only point
    // to files of the same segment or of what precedes it in every tarball it goes into.
    Status appendSegment(const SegmentCache& cache, const QString& key);

    // Ends the tar stream, waits for the compression, and renames the file into place.
    Status commit();
    // Drops everything and removes the temporary file. Harmless when not open.
    void abort();

    bool isOpen() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace habmesos
