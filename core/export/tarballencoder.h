// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/tarballformat.h"
#include "export/tarballwriteroptions.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <functional>
#include <memory>

namespace habmesos {

class AtomicOutputFile;
class GzipBlockPipeline;
class SegmentCapture;
class XzStreamEncoder;

// TarballWriter's format routing: the uncompressed tar stream in, the tarball's bytes out, in
// order. Gzip: the stream is cut into blocks of gzipBlockSize, each compressed into an
// independent gzip member on the pipeline's threads (GzipBlockPipeline); a segment's members can
// also go to a cache entry (capture()), and cached members can be put in as they are
// (appendCompressed()). Xz: liblzma's threaded encoder (XzStreamEncoder). Plain: the blocks as
// they are. One thread drives an encoder.
class TarballEncoder
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::TarballEncoder)
public:
    // Takes the tarball's bytes (a file, or nothing for a writer that only keeps segments).
    using Output = std::function<Status(QByteArrayView bytes)>;

    TarballEncoder(TarballFormat format, const TarballWriterOptions& options, Output output);
    ~TarballEncoder();
    TarballEncoder(const TarballEncoder&) = delete;
    TarballEncoder& operator=(const TarballEncoder&) = delete;

    // Fails for settings the compressors refuse (a gzip or xz level out of range).
    Status start();
    Status write(QByteArrayView tarBytes);
    // Ends the current block (gzip: member), so that what follows starts on a member boundary.
    Status flush();
    // Gzip: from the next block on, the members also go to `file` (opened), until endCapture().
    void capture(std::unique_ptr<AtomicOutputFile> file);
    bool capturing() const { return m_capture != nullptr; }
    // Ends the current block, and the capture once its last member is delivered (the trailer
    // records `tarBytes` and the settings).
    Status endCapture(qint64 tarBytes);
    // Gzip members made elsewhere with the same settings, put in after what precedes them.
    Status appendCompressed(QByteArray members);
    // Compresses and delivers the rest (and the xz footer), then stops the threads.
    Status finish();
    // Drops everything queued; nothing more reaches the output.
    void stop();

    int gzipLevel() const { return m_options.gzipLevel; }
    qint64 blockSize() const { return m_options.gzipBlockSize; }

private:
    Status flushBlock(bool closingCapture, qint64 captureTarBytes);
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }

    const TarballFormat m_format;
    const TarballWriterOptions m_options;
    Output m_output;
    std::unique_ptr<GzipBlockPipeline> m_pipeline;
    std::unique_ptr<XzStreamEncoder> m_xz;
    std::shared_ptr<SegmentCapture> m_capture;
    QByteArray m_block;
};

} // namespace habmesos
