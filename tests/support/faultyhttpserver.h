// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/httprequestreader.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

namespace habmesos::test {

// An HTTP server on 127.0.0.1 that fails the way real servers and the things between them do,
// after reading each whole request (so an upload is taken in full first):
//  - Trickle: a 200 whose body comes one byte every `intervalMs`, for ever (an overloaded proxy,
//    a tarpit): never idle long enough for an inactivity timeout;
//  - CutShort: a 2xx that announces Content-Length, sends half of the body and closes;
//  - CutChunked: a chunked 2xx whose connection closes before the last chunk;
//  - Huge: a 200 streaming a body of `hugeBytes` zeros, announced by Content-Length or, with
//    `chunked`, not announced at all.
class FaultyHttpServer : public QObject
{
public:
    enum class Fault
    {
        Trickle,
        CutShort,
        CutChunked,
        Huge,
    };
    explicit FaultyHttpServer(
        Fault fault, int status = 200, QByteArray body = R"({"version":"2026-12-03T00:00:00.000Z"})");

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const;
    int intervalMs = 100;
    qint64 hugeBytes = qint64(4) * 1024 * 1024 * 1024;
    bool chunked = false;
    // How many requests were read whole, and how many body bytes went out in all.
    int requestsRead() const { return m_requestsRead; }
    qint64 bytesSent() const { return m_bytesSent; }

private:
    void onData(QTcpSocket* socket);
    void answer(QTcpSocket* socket);
    void send(QTcpSocket* socket, const QByteArray& bytes);

    QHash<QTcpSocket*, HttpRequestReader> m_readers;
    QSet<QTcpSocket*> m_answered;
    Fault m_fault;
    int m_status;
    QByteArray m_body;
    int m_requestsRead = 0;
    qint64 m_bytesSent = 0;
    // Last: destroyed first, with the sockets it owns, whose handlers use the members above.
    QTcpServer m_server;
};

} // namespace habmesos::test
