// SPDX-License-Identifier: Apache-2.0
#include "marathon/replyguard.h"

#include "logging.h"

#include <QLocale>
#include <QNetworkReply>

#include <limits>

namespace habmesos {

ReplyGuard::ReplyGuard(QNetworkReply* reply, Limits limits)
    : QObject(reply)
    , m_reply(reply)
    , m_limits(limits)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { trip(Tripped::Deadline); });
    m_deadline.start(std::max(1, m_limits.deadlineMs));
    // Qt's HTTP thread otherwise buffers all it can read while this thread is busy, so a server
    // pouring out gigabytes would fill memory before the size check below runs. One byte past the
    // limit is enough to know the answer is too large.
    if (m_limits.maxBodyBytes < std::numeric_limits<qint64>::max())
        reply->setReadBufferSize(m_limits.maxBodyBytes + 1);
    // The announced length refuses a large body before any of it is read.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        bool ok = false;
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok)
            checkSize(announced);
    });
    // downloadProgress is choked by Qt to one signal per 100 ms, long enough for a fast server to pour
    // out a hundred megabytes; readyRead comes with every block. The body is read only when finished,
    // so what is available is what came.
    connect(reply, &QNetworkReply::readyRead, this, [this] { checkSize(m_reply->bytesAvailable()); });
    connect(reply, &QNetworkReply::finished, &m_deadline, &QTimer::stop);
}

void ReplyGuard::checkSize(qint64 bytes)
{
    if (bytes > m_limits.maxBodyBytes)
        trip(Tripped::TooLarge);
}

void ReplyGuard::trip(Tripped why)
{
    if (m_tripped != Tripped::No || m_reply->isFinished())
        return;
    m_tripped = why;
    qCWarning(lcNetwork) << "aborting" << m_reply->url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                         << (why == Tripped::Deadline ? "at its deadline" : "for its size");
    m_reply->abort();
}

QString ReplyGuard::message(const QString& operation, const QString& server) const
{
    // Seconds and bytes are written in the C locale: messages must read the same in every locale.
    const QLocale c = QLocale::c();
    switch (m_tripped) {
    case Tripped::No:
        return {};
    case Tripped::Deadline:
        return tr("%1: %2 did not finish answering within %3 s (it may be overloaded, or something between "
                  "drips the answer). Try again later, or allow more time.")
            .arg(operation, server, c.toString(m_limits.deadlineMs / 1000.0));
    case Tripped::TooLarge:
        return tr("%1: %2 sent an answer larger than %3 bytes; this is not the server expected. Check the URL.")
            .arg(operation, server, c.toString(m_limits.maxBodyBytes));
    }
    return {};
}

QString ReplyGuard::cutShortMessage(const QNetworkReply& reply, const QByteArray& body, const QString& operation)
{
    QString why;
    if (reply.error() != QNetworkReply::NoError) {
        why = reply.errorString();
    } else if (reply.rawHeader("Content-Encoding").isEmpty()) {
        // Qt 6.4 does not always notice a connection closed before Content-Length bytes came
        // (seen one time in three on loopback): count them. A compressed body is Qt's to check.
        bool ok = false;
        const qint64 announced = reply.header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && announced != body.size())
            why = tr("%1 of the %2 bytes announced came").arg(body.size()).arg(announced);
    }
    if (why.isEmpty())
        return {};
    return tr("%1: the answer (HTTP %2) was cut short: %3. Nothing can be concluded from it; try again.")
        .arg(operation)
        .arg(reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
        .arg(why);
}

} // namespace habmesos
