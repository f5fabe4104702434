// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/atomicoutputfile.h"

#include <QByteArrayView>

#include <memory>

namespace habmesos {

// The compressed bytes of one segment on their way into a segment cache entry (SegmentCache):
// its gzip members as the encoder delivers them, then the trailer. A cache that fails only loses
// the entry (a warning in the log): the tarball never depends on it.
class SegmentCapture
{
public:
    explicit SegmentCapture(std::unique_ptr<AtomicOutputFile> file);

    void append(QByteArrayView members);
    // Writes the trailer and renames the entry into place.
    void finish(qint64 tarBytes, int level, qint64 blockSize);

private:
    std::unique_ptr<AtomicOutputFile> m_file; // null once failed
    qint64 m_compressedBytes = 0;
};

} // namespace habmesos
