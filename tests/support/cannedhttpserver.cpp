// SPDX-License-Identifier: Apache-2.0
#include "support/cannedhttpserver.h"

#include <QTcpSocket>

namespace habmesos::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 500:
        return "Internal Server Error";
    default:
        return "Status"; // informational only (RFC 9112): clients go by the code
    }
}

} // namespace

CannedHttpServer::CannedHttpServer(int status, QByteArray body, QByteArray contentType)
    : m_status(status)
    , m_body(std::move(body))
    , m_contentType(std::move(contentType))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_readers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

QUrl CannedHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QStringList CannedHttpServer::requestLines() const
{
    QStringList out;
    for (const QByteArray& request : m_requests)
        out.append(QString::fromLatin1(request.left(request.indexOf("\r\n"))));
    return out;
}

void CannedHttpServer::onData(QTcpSocket* socket)
{
    HttpRequestReader& reader = m_readers[socket];
    reader.append(socket->readAll());
    const std::optional<QByteArray> request = reader.next();
    if (!request)
        return;
    m_requests.append(*request);
    m_readers.remove(socket);
    socket->write("HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reasonPhrase(m_status) + "\r\nContent-Type: "
        + m_contentType + "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(m_body.size()) + "\r\n\r\n"
        + (request->startsWith("HEAD ") ? QByteArray() : m_body)); // a HEAD answer has no body (RFC 9110 9.3.2)
    socket->disconnectFromHost();
}

} // namespace habmesos::test
