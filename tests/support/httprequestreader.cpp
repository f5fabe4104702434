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

QByteArray HttpRequestReader::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace habmesos::test
