// SPDX-License-Identifier: Apache-2.0
#include "export/segmentcapture.h"

#include "export/segmentcache.h"
#include "logging.h"

namespace habmesos {

SegmentCapture::SegmentCapture(std::unique_ptr<AtomicOutputFile> file)
    : m_file(std::move(file))
{ }

void SegmentCapture::append(QByteArrayView members)
{
    m_compressedBytes += members.size();
    if (!m_file)
        return;
    if (const Status written = m_file->write(members.data(), members.size()); !written) {
        qCWarning(lcExport) << "not caching the segment:" << written.error();
        m_file.reset();
    }
}

void SegmentCapture::finish(qint64 tarBytes, int level, qint64 blockSize)
{
    if (!m_file)
        return;
    const QByteArray trailer = SegmentCache::trailer(tarBytes, m_compressedBytes, level, blockSize);
    Status done = m_file->write(trailer.constData(), trailer.size());
    if (done)
        done = m_file->commit(false); // a lost cache entry only costs a recompression
    if (!done)
        qCWarning(lcExport) << "not caching the segment:" << done.error();
    m_file.reset();
}

} // namespace habmesos
