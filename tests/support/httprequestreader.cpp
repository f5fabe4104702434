// SPDX-License-Identifier: Apache-2.0
#include "support/httprequestreader.h"

#include <QByteArrayList>

namespace habmesos::test {

std::optional<QByteArray> HttpRequestReader::next()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    qsizetype length = 0;
    for (const QByteArray& line : m_buffer.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    const qsizetype size = end + 4 + length;
    if (m_buffer.size() < size)
        return std::nullopt;
    const QByteArray request = m_buffer.left(size);
    m_buffer.remove(0, size);
    return request;
}

} // namespace habmesos::test
