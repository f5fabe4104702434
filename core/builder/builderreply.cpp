// SPDX-License-Identifier: Apache-2.0
#include "builder/builderreply.h"

namespace habmesos {

BuilderReply::BuilderReply(QObject* parent)
    : QObject(parent)
{ }

void BuilderReply::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    Q_EMIT abortRequested(QPrivateSignal());
}

void BuilderReply::finish(int status, QByteArray body, QHash<QByteArray, QByteArray> headers, Error error)
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
