// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QNetworkReply;

namespace habmesos {

// Bounds one network reply. QNetworkRequest's transfer timeout only measures inactivity, so a
// server that trickles a byte a second would hold a call for ever, and QNetworkReply keeps a whole
// body in memory however large. The guard gives the call an overall deadline, counted from when
// it is made, and a largest body (announced by Content-Length or received); past either it aborts
// the reply, and tripped() then says why. It lives as the reply's child.
class ReplyGuard : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int deadlineMs = 120 * 1000;
        qint64 maxBodyBytes = 32 * 1024 * 1024;
    };
    enum class Tripped
    {
        No,
        Deadline,
        TooLarge,
    };

    ReplyGuard(QNetworkReply* reply, Limits limits);

    Tripped tripped() const { return m_tripped; }
    const Limits& limits() const { return m_limits; }
    // "<operation>: <server> did not finish answering within 120 s …", or empty when not tripped.
    QString message(const QString& operation, const QString& server) const;

    // A 2xx whose body did not arrive whole (the connection closed early, a chunk was cut): the
    // status alone must not count as success. `body` is what was read. Empty when the reply ended
    // cleanly.
    static QString cutShortMessage(const QNetworkReply& reply, const QByteArray& body, const QString& operation);

private:
    void trip(Tripped why);
    void checkSize(qint64 bytes);

    QNetworkReply* m_reply;
    Limits m_limits;
    QTimer m_deadline;
    Tripped m_tripped = Tripped::No;
};

} // namespace habmesos
