// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonreply.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace habmesos {

MarathonReply::MarathonReply(QObject* parent)
    : QObject(parent)
{ }

QJsonObject MarathonReply::json() const
{
    return QJsonDocument::fromJson(m_body).object();
}

QString MarathonReply::deploymentId() const
{
    const QByteArray h = header("Marathon-Deployment-Id");
    if (!h.isEmpty())
        return QString::fromLatin1(h);
    const QJsonObject o = json();
    const QString id = o.value(QStringLiteral("deploymentId")).toString();
    if (!id.isEmpty())
        return id;
    return o.value(QStringLiteral("deployments")).toArray().at(0).toObject().value(QStringLiteral("id")).toString();
}

QString MarathonReply::version() const
{
    return json().value(QStringLiteral("version")).toString();
}

void MarathonReply::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    Q_EMIT abortRequested(QPrivateSignal());
}

void MarathonReply::finish(int status, QByteArray body, QHash<QByteArray, QByteArray> headers, MarathonError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = status;
    m_body = std::move(body);
    m_headers = std::move(headers);
    m_error = std::move(error);
    Q_EMIT finished();
}

} // namespace habmesos
