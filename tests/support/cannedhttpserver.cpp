// SPDX-License-Identifier: Apache-2.0
#include "support/cannedhttpserver.h"

#include <QTcpSocket>

namespace habmesos::test {

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

void CannedHttpServer::setAnswer(const QByteArray& method, int status, QByteArray body, Framing framing)
{
    m_answers.insert(method, { status, std::move(body), framing });
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
    const QByteArray method = request->left(request->indexOf(' '));
    if (m_stalled.contains(method))
        return;
    const qsizetype targetAt = request->indexOf(' ') + 1;
    const QByteArray target = request->mid(targetAt, request->indexOf(' ', targetAt) - targetAt);
    Answer answer = m_answers.value(method, { m_status, m_body, Framing::ContentLength });
    if ((method == "GET" || method == "HEAD") && m_files.contains(target))
        answer = { 200, m_files.value(target), Framing::ContentLength };
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
        + HttpRequestReader::reasonPhrase(answer.status) + "\r\nContent-Type: " + m_contentType
        + "\r\nConnection: close\r\n" + m_extraHeaders;
    QByteArray body = answer.body;
    if (answer.framing == Framing::ContentLength) {
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    } else if (answer.framing == Framing::Chunked) {
        head += "Transfer-Encoding: chunked\r\n";
        body = (body.isEmpty() ? QByteArray() : QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n")
            + "0\r\n\r\n";
    }
    // A HEAD answer has no body (RFC 9110 9.3.2).
    socket->write(head + "\r\n" + (method == "HEAD" ? QByteArray() : body));
    socket->disconnectFromHost();
}

} // namespace habmesos::test
