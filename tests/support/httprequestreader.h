// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

#include <optional>

namespace habmesos::test {

// The bytes one connection of a test HTTP server received, cut into whole requests: a request is
// in once its head (up to the blank line) and Content-Length bytes of body are. Requests arrive in
// pieces over TCP; habmesos never sends a chunked request body, so Content-Length is enough.
class HttpRequestReader
{
public:
    void append(const QByteArray& bytes) { m_buffer += bytes; }
    // The next whole request (head, blank line, body), or nothing while it is not all in.
    std::optional<QByteArray> next();
    // The reason phrase of a status line ("Not Found"); clients go by the code (RFC 9112).
    static QByteArray reasonPhrase(int status);

private:
    QByteArray m_buffer;
};

} // namespace habmesos::test
