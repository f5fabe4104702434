// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/httprequestreader.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace habmesos::test {

// An HTTP server on 127.0.0.1 that answers every request with one canned response and keeps the
// requests it read. For answers neither the Marathon stub nor nginx gives (a rule of a real
// cluster, an IAM that cannot read the request), and to see exactly what habmesos sent.
// Requests of one method may get another answer (setAnswer) or none at all (setStalled).
class CannedHttpServer : public QObject
{
public:
    // How the answer's body is delimited. A HEAD answer has no body; its head says the same.
    enum class Framing
    {
        ContentLength,
        Chunked, // Transfer-Encoding: chunked, no Content-Length
        CloseDelimited, // neither: the body ends when the connection closes
    };

    CannedHttpServer(int status, QByteArray body, QByteArray contentType = QByteArrayLiteral("application/json"));

    // Requests of `method` ("HEAD") get this answer instead of the canned one.
    void setAnswer(
        const QByteArray& method, int status, QByteArray body = {}, Framing framing = Framing::ContentLength);
    // Requests of `method` are read whole (and kept) but never answered: the client waits until it gives up.
    void setStalled(const QByteArray& method) { m_stalled.insert(method); }
    // GET and HEAD of `path` ("/artifacts/x.hart") get 200 with this body instead: a folder of
    // downloads (the harts layout's) from one server.
    void setFile(const QByteArray& path, QByteArray body) { m_files.insert(path, std::move(body)); }

    // A header line every answer carries ("Location", "https://…"): a redirect, with setAnswer's 302.
    void addHeader(const QByteArray& name, const QByteArray& value) { m_extraHeaders += name + ": " + value + "\r\n"; }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const;
    // Every request as received: request line, headers, blank line, body.
    const QList<QByteArray>& requests() const { return m_requests; }
    // Their request lines ("POST /v2/apps HTTP/1.1").
    QStringList requestLines() const;
    qint64 bodySize() const { return m_body.size(); }

private:
    struct Answer
    {
        int status;
        QByteArray body;
        Framing framing = Framing::ContentLength;
    };

    void onData(QTcpSocket* socket);

    QHash<QTcpSocket*, HttpRequestReader> m_readers;
    QList<QByteArray> m_requests;
    int m_status;
    QByteArray m_body;
    QHash<QByteArray, Answer> m_answers;
    QSet<QByteArray> m_stalled;
    QHash<QByteArray, QByteArray> m_files;
    QByteArray m_contentType;
    QByteArray m_extraHeaders;
    // Last: destroyed first, with the sockets it owns, whose handlers use the members above.
    QTcpServer m_server;
};

} // namespace habmesos::test
