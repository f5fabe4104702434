// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QObject>

namespace habmesos {

// One call to Builder, answered asynchronously after any retries. Made by BuilderClient (its
// parent); the caller deletes it (deleteLater()) once finished() was emitted, or calls abort().
// A download's body is in the file it was given, not in body().
class BuilderReply : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.message.isEmpty(); }
    // Kind and message; the message names the operation and the server. NotFound for 404.
    const Error& error() const { return m_error; }
    // The HTTP status of the last attempt (0 when no answer came).
    int httpStatus() const { return m_status; }
    const QByteArray& body() const { return m_body; }
    QByteArray header(const QByteArray& name) const { return m_headers.value(name.toLower()); }
    QJsonDocument json() const { return QJsonDocument::fromJson(m_body); }
    // How many times the request was sent (1 without retries).
    int attempts() const { return m_attempts; }
    void abort();

Q_SIGNALS:
    void finished();
    // Bytes of the body received in this attempt; total -1 while unknown (a chunked body).
    void progress(qint64 received, qint64 total);
    void abortRequested(QPrivateSignal);

private:
    friend class BuilderClient;
    explicit BuilderReply(QObject* parent);
    void finish(int status, QByteArray body, QHash<QByteArray, QByteArray> headers, Error error);

    bool m_finished = false;
    bool m_aborted = false;
    int m_status = 0;
    int m_attempts = 0;
    QByteArray m_body;
    QHash<QByteArray, QByteArray> m_headers;
    Error m_error;
};

} // namespace habmesos
