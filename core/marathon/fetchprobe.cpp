// SPDX-License-Identifier: Apache-2.0
#include "marathon/fetchprobe.h"

#include "logging.h"
#include "marathon/httpurl.h"
#include "marathon/replyguard.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace habmesos {

FetchProbe::FetchProbe(const MarathonApp& app, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_timeoutMs(timeoutMs)
    , m_nam(new QNetworkAccessManager(this))
{
    // The Mesos fetcher (curl) follows redirects; so does the probe, never to a less safe scheme.
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    for (int i = 0; i < app.fetch.size(); ++i) {
        const QUrl url(app.fetch[i].uri);
        if (HttpUrl::isHttp(url))
            m_uris.append({ i, app.fetch[i].uri });
    }
}

void FetchProbe::start()
{
    if (m_uris.isEmpty()) {
        QMetaObject::invokeMethod(this, &FetchProbe::finished, Qt::QueuedConnection);
        return;
    }
    m_pending = int(m_uris.size());
    for (const auto& [index, uri] : m_uris) {
        QNetworkRequest request { QUrl(uri) };
        request.setTransferTimeout(m_timeoutMs);
        QNetworkReply* reply = m_nam->head(request);
        new ReplyGuard(reply, { m_timeoutMs, 1024 * 1024 });
        connect(reply, &QNetworkReply::finished, this,
            [this, reply, index = index, uri = uri] { // clang 14 cannot capture structured bindings
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                qCDebug(lcNetwork) << "HEAD" << HttpUrl::forDisplay(QUrl(uri)) << status << reply->error();
                if (status == 404 || status == 410)
                    m_problems.append({ QStringLiteral("fetch/%1/uri").arg(index),
                        tr("nothing is at %1 yet (HTTP %2): upload the tarball there first (Upload), or enter the URI "
                           "where it is")
                            .arg(HttpUrl::forDisplay(QUrl(uri)))
                            .arg(status),
                        FieldProblem::Severity::Error });
                if (--m_pending == 0)
                    done();
            });
    }
}

void FetchProbe::done()
{
    std::sort(m_problems.begin(), m_problems.end(),
        [](const FieldProblem& a, const FieldProblem& b) { return a.field < b.field; });
    Q_EMIT finished();
}

} // namespace habmesos
