// SPDX-License-Identifier: Apache-2.0
#include "support/faultyhttpserver.h"

#include <QTcpSocket>

namespace habmesos::test {

FaultyHttpServer::FaultyHttpServer(Fault fault, int status, QByteArray body)
    : m_fault(fault)
    , m_status(status)
    , m_body(std::move(body))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_readers.remove(socket);
                m_answered.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

QUrl FaultyHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FaultyHttpServer::onData(QTcpSocket* socket)
{
    const QByteArray bytes = socket->readAll();
    if (m_answered.contains(socket))
        return; // one request per connection: what comes after the answer began is not read
    HttpRequestReader& reader = m_readers[socket];
    reader.append(bytes);
    if (!reader.next())
        return;
    m_readers.remove(socket);
    m_answered.insert(socket);
    ++m_requestsRead;
    answer(socket);
}

void FaultyHttpServer::send(QTcpSocket* socket, const QByteArray& bytes)
{
    socket->write(bytes);
    m_bytesSent += bytes.size();
}

void FaultyHttpServer::answer(QTcpSocket* socket)
{
    const QByteArray status = "HTTP/1.1 " + QByteArray::number(m_status) + " Status\r\n";
    switch (m_fault) {
    case Fault::Trickle: {
        socket->write(status + "Content-Type: application/json\r\nContent-Length: 1000000\r\n\r\n");
        auto* timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [this, socket] { send(socket, " "); });
        timer->start(intervalMs);
        return;
    }
    case Fault::CutShort:
        socket->write(status + "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(m_body.size() * 2) + "\r\n\r\n");
        send(socket, m_body);
        socket->flush();
        socket->disconnectFromHost();
        return;
    case Fault::CutChunked:
        socket->write(status + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        send(socket, QByteArray::number(m_body.size(), 16) + "\r\n" + m_body + "\r\n"); // no "0\r\n\r\n"
        socket->flush();
        socket->disconnectFromHost();
        return;
    case Fault::Huge: {
        socket->write(status + "Content-Type: application/json\r\n"
            + (chunked ? QByteArray("Transfer-Encoding: chunked") : "Content-Length: " + QByteArray::number(hugeBytes))
            + "\r\n\r\n");
        // Keep a bounded amount queued: write more as the client reads.
        const QByteArray zeros(64 * 1024, '0');
        const QByteArray block = chunked ? QByteArray::number(zeros.size(), 16) + "\r\n" + zeros + "\r\n" : zeros;
        auto more = [this, socket, block] {
            while (socket->bytesToWrite() < 4 * block.size() && m_bytesSent < hugeBytes)
                send(socket, block);
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
        return;
    }
    }
}

} // namespace habmesos::test
