// SPDX-License-Identifier: Apache-2.0
#include "export/xzpayloadsize.h"

#include <QFile>

#include <lzma.h>

#include <QScopeGuard>

namespace habmesos {

std::optional<qint64> XzPayloadSize::uncompressedSize(const QString& path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || offset < 0 || offset >= file.size())
        return std::nullopt;
    const qint64 size = file.size() - offset;
    lzma_stream strm = LZMA_STREAM_INIT;
    lzma_index* index = nullptr;
    // 64 MiB for the indexes: a .hart has one stream of a few hundred blocks.
    if (lzma_file_info_decoder(&strm, &index, quint64(64) << 20, quint64(size)) != LZMA_OK)
        return std::nullopt;
    const auto end = qScopeGuard([&] {
        lzma_end(&strm);
        if (index)
            lzma_index_end(index, nullptr);
    });
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qint64 position = 0; // relative to offset
    for (;;) {
        if (strm.avail_in == 0) {
            if (!file.seek(offset + position))
                return std::nullopt;
            const qint64 n = file.read(buffer.data(), buffer.size());
            if (n < 0)
                return std::nullopt;
            strm.next_in = reinterpret_cast<const uint8_t*>(buffer.constData());
            strm.avail_in = size_t(n);
            position += n;
        }
        const lzma_ret ret = lzma_code(&strm, strm.avail_in == 0 ? LZMA_FINISH : LZMA_RUN);
        if (ret == LZMA_STREAM_END)
            break;
        if (ret == LZMA_SEEK_NEEDED) {
            position = qint64(strm.seek_pos);
            strm.avail_in = 0;
            continue;
        }
        if (ret != LZMA_OK)
            return std::nullopt;
    }
    if (!index)
        return std::nullopt;
    return qint64(lzma_index_uncompressed_size(index));
}

} // namespace habmesos
