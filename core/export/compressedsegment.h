// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace habmesos {

// A segment of a gzip tarball as TarballWriter::endSegment() hands it back: whole gzip members
// holding whole tar members (512-byte aligned), ready for TarballWriter::appendSegment(). The
// level and block size it was made with are kept: appending is byte-identical to writing the
// same entries afresh only with the same settings, and the writer refuses anything else.
struct CompressedSegment
{
    QByteArray data; // empty unless the segment was kept in memory
    qint64 tarBytes = 0; // bytes of the uncompressed tar stream it holds
    int level = 0;
    qint64 blockSize = 0;
};

} // namespace habmesos
