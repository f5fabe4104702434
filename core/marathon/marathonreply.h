// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/marathonerror.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace habmesos {

class MarathonClient;

// One call to Marathon, answered asynchronously. Made by MarathonClient (its parent); the caller
// deletes it (deleteLater()) once finished() was emitted, or calls abort() to give up.
class MarathonReply : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const MarathonError& error() const { return m_error; }

    // The HTTP status (also on errors, 0 when no answer came), the body and the headers.
    int httpStatus() const { return m_status; }
    const QByteArray& body() const { return m_body; }
    QByteArray header(const QByteArray& name) const { return m_headers.value(name.toLower()); }
    // The body as a JSON object (empty if it is none).
    QJsonObject json() const;

    // For calls that start a deployment: the Marathon-Deployment-Id header, or the body's
    // `deploymentId`, or the first of the body's `deployments`.
    QString deploymentId() const;
    // The app version (create) or the deployment's version (update).
    QString version() const;

    void abort();

Q_SIGNALS:
    void finished();
    void uploadProgress(qint64 sent, qint64 total);
    // For MarathonClient: abort() was called before the answer came.
    void abortRequested(QPrivateSignal);

private:
    friend class MarathonClient;
    explicit MarathonReply(QObject* parent);
    void finish(int status, QByteArray body, QHash<QByteArray, QByteArray> headers, MarathonError error);

    bool m_finished = false;
    bool m_aborted = false;
    int m_status = 0;
    QByteArray m_body;
    QHash<QByteArray, QByteArray> m_headers;
    MarathonError m_error;
};

} // namespace habmesos
