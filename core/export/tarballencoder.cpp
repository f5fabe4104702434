// SPDX-License-Identifier: Apache-2.0
#include "export/tarballencoder.h"

#include "export/gzipblockpipeline.h"
#include "export/segmentcapture.h"
#include "export/xzstreamencoder.h"

#include <QThread>

#include <algorithm>

namespace habmesos {

TarballEncoder::TarballEncoder(TarballFormat format, const TarballWriterOptions& options, Output output)
    : m_format(format)
    , m_options(options)
    , m_output(std::move(output))
{ }

TarballEncoder::~TarballEncoder()
{
    stop();
}

Status TarballEncoder::start()
{
    const int threads = m_options.threads > 0 ? m_options.threads : std::clamp(QThread::idealThreadCount(), 1, 4);
    if (m_format == TarballFormat::Gzip) {
        // Two blocks waiting beyond one per thread keep the workers busy while the producer
        // writes the oldest out; memory stays a few blocks whatever the input size.
        m_pipeline = std::make_unique<GzipBlockPipeline>(m_options.gzipLevel, threads, threads + 2, m_options.cancel);
        if (const Status started = m_pipeline->start(); !started)
            return started;
    }
    if (m_format == TarballFormat::Xz) {
        m_xz = std::make_unique<XzStreamEncoder>(m_options.xzLevel, threads, m_options.cancel, m_output);
        if (const Status started = m_xz->start(); !started)
            return started;
    }
    m_block.reserve(m_options.gzipBlockSize);
    return success();
}

Status TarballEncoder::write(QByteArrayView tarBytes)
{
    const char* data = tarBytes.data();
    qint64 length = tarBytes.size();
    while (length > 0) {
        const qint64 take = std::min(length, m_options.gzipBlockSize - qint64(m_block.size()));
        m_block.append(data, take);
        data += take;
        length -= take;
        if (m_block.size() >= m_options.gzipBlockSize) {
            if (const Status flushed = flush(); !flushed)
                return flushed;
        }
    }
    return success();
}

Status TarballEncoder::flush()
{
    return flushBlock(false, 0);
}

void TarballEncoder::capture(std::unique_ptr<AtomicOutputFile> file)
{
    m_capture = std::make_shared<SegmentCapture>(std::move(file));
}

Status TarballEncoder::endCapture(qint64 tarBytes)
{
    const Status flushed = flushBlock(true, tarBytes);
    m_capture.reset();
    return flushed;
}

Status TarballEncoder::flushBlock(bool closingCapture, qint64 captureTarBytes)
{
    if (cancelled())
        return Status::cancelled();
    if (m_format != TarballFormat::Gzip) {
        const Status s = m_xz ? m_xz->write(QByteArrayView(m_block)) : m_output(QByteArrayView(m_block));
        m_block.resize(0); // keeps the capacity, unlike clear()
        return s;
    }
    std::shared_ptr<SegmentCapture> capture = m_capture;
    if (m_block.isEmpty() && !(closingCapture && capture))
        return success();
    QByteArray block = std::move(m_block);
    m_block = QByteArray();
    m_block.reserve(m_options.gzipBlockSize);
    const int level = m_options.gzipLevel;
    const qint64 blockSize = m_options.gzipBlockSize;
    // Delivered on this thread, in order, once compressed: into the tarball, and into the
    // segment's cache entry (which is complete with the last block of the segment).
    return m_pipeline->submit(std::move(block), [=, this](QByteArrayView member) -> Status {
        if (!member.isEmpty()) {
            if (const Status written = m_output(member); !written)
                return written;
        }
        if (capture) {
            capture->append(member);
            if (closingCapture)
                capture->finish(captureTarBytes, level, blockSize);
        }
        return success();
    });
}

Status TarballEncoder::appendCompressed(QByteArray members)
{
    return m_pipeline->submitCompressed(std::move(members), [this](QByteArrayView b) { return m_output(b); });
}

Status TarballEncoder::finish()
{
    Status ok = flush();
    if (ok && m_pipeline)
        ok = m_pipeline->drain();
    if (ok && m_xz)
        ok = m_xz->finish();
    if (ok && cancelled())
        ok = Status::cancelled();
    if (m_pipeline) {
        m_pipeline->stop();
        m_pipeline.reset();
    }
    return ok;
}

void TarballEncoder::stop()
{
    if (m_pipeline) {
        m_pipeline->stop();
        m_pipeline.reset();
    }
    m_xz.reset();
    m_capture.reset();
    m_block = QByteArray();
}

} // namespace habmesos
