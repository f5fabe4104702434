// SPDX-License-Identifier: Apache-2.0
#include "marathon/tarballuploader.h"

#include "logging.h"
#include "marathon/httpurl.h"
#include "marathon/marathonclient.h"
#include "marathon/marathonreply.h"
#include "marathon/replyguard.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace habmesos {

TarballUploader::TarballUploader(QObject* parent)
    : QObject(parent)
{ }

TarballUploader::~TarballUploader()
{
    // No signals from a half-destroyed object: detach, then stop.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_marathonReply) {
        m_marathonReply->disconnect(this);
        m_marathonReply->abort();
        m_marathonReply->deleteLater();
    }
}

void TarballUploader::fail(MarathonError error)
{
    if (m_finished)
        return;
    m_error = std::move(error);
    m_finished = true;
    Q_EMIT finished();
}

void TarballUploader::forwardProgress(qint64 sent, qint64 total)
{
    // Qt reports (0, 0) once the request is out; that is no news for a progress bar.
    if (sent == 0 && total == 0)
        return;
    Q_EMIT progress(sent, total);
}

void TarballUploader::cancel()
{
    m_canceled = true;
    if (m_reply)
        m_reply->abort();
    if (m_marathonReply)
        m_marathonReply->abort();
}

void TarballUploader::uploadTo(const QUrl& target, const QString& filePath, const Options& options)
{
    m_filePath = filePath;
    m_target = target;
    const QString name = QFileInfo(filePath).fileName();
    const QString operation = tr("Uploading %1 to %2").arg(name, HttpUrl::forDisplay(target));
    auto failLater = [this](MarathonError e) { QTimer::singleShot(0, this, [this, e] { fail(e); }); };
    if (target.scheme() != u"http" && target.scheme() != u"https")
        return failLater(
            { MarathonError::Kind::Network, tr("%1: only http and https URLs can be uploaded to").arg(operation) });
    auto* file = new QFile(filePath, this);
    if (!file->open(QIODevice::ReadOnly)) {
        const QString why = file->errorString();
        delete file;
        return failLater({ MarathonError::Kind::File, tr("%1: cannot read %2: %3").arg(operation, filePath, why) });
    }
    QNetworkRequest request;
    QUrl url = target;
    QString user = options.user.isEmpty() ? url.userName() : options.user;
    QString password = options.password.isEmpty() ? url.password() : options.password;
    url.setUserInfo({});
    request.setUrl(url);
    if (!user.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (user + u':' + password).toUtf8().toBase64());
    request.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    request.setTransferTimeout(options.timeoutMs);
    if (url.scheme() == u"https") {
        const auto tls = MarathonClient::tlsConfiguration(options.caFile);
        if (!tls) {
            delete file;
            return failLater({ MarathonError::Kind::File, operation + QStringLiteral(": ") + tls.error() });
        }
        request.setSslConfiguration(tls.value());
    }
    if (!options.fetchUri.isEmpty()) {
        m_fetchUri = options.fetchUri;
    } else {
        m_fetchUri = url;
        m_fetchUri.setQuery(QString()); // a pre-signed PUT query is no use for downloading
    }
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    qCDebug(lcNetwork) << "PUT" << HttpUrl::forDisplay(url) << file->size() << "bytes";
    m_reply = m_nam->put(request, file); // QFile is random access: Qt reads it in chunks
    file->setParent(m_reply);
    m_guard = new ReplyGuard(m_reply, { options.deadlineMs, options.maxReplyBytes });
    connect(m_reply, &QNetworkReply::uploadProgress, this, &TarballUploader::forwardProgress);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& e) { m_sslErrors += e; });
    connect(m_reply, &QNetworkReply::finished, this, &TarballUploader::onPutFinished);
}

void TarballUploader::onPutFinished()
{
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = m_status != 0 && reply->isOpen() ? reply->readAll() : QByteArray();
    MarathonError::Context context;
    context.operation = tr("Uploading %1 to %2").arg(QFileInfo(m_filePath).fileName(), HttpUrl::forDisplay(m_target));
    context.server = HttpUrl::hostAndPort(m_target);
    if (m_canceled)
        return fail({ MarathonError::Kind::Canceled, tr("%1: canceled.").arg(context.operation) });
    if (m_guard && m_guard->tripped() != ReplyGuard::Tripped::No)
        return fail({ m_guard->tripped() == ReplyGuard::Tripped::Deadline ? MarathonError::Kind::Timeout
                                                                          : MarathonError::Kind::BadResponse,
            m_guard->message(context.operation, context.server), m_status });
    if (m_status == 0) {
        const bool timedOut
            = reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        return fail(MarathonError::fromNetwork(
            reply->error(), reply->errorString(), m_sslErrors, timedOut && m_sslErrors.isEmpty(), context));
    }
    if (m_status == 200 || m_status == 201 || m_status == 204) {
        // The server may have failed after its status line: only a whole answer counts.
        if (const QString cut = ReplyGuard::cutShortMessage(*reply, body, context.operation); !cut.isEmpty())
            return fail({ MarathonError::Kind::BadResponse, cut, m_status });
        m_finished = true;
        qCInfo(lcNetwork) << "uploaded" << m_filePath << "to" << HttpUrl::forDisplay(m_target) << m_status;
        Q_EMIT finished();
        return;
    }
    // Not Marathon: take only the server's words from MarathonError, and say what to check.
    const MarathonError parsed = MarathonError::fromHttp(m_status, body, context);
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    QString text = tr("%1 failed: the server answered HTTP %2 %3").arg(context.operation).arg(m_status).arg(reason);
    if (!parsed.serverMessage().isEmpty() && parsed.serverMessage() != QString::number(m_status) + u' ' + reason)
        text += QStringLiteral(" (") + parsed.serverMessage() + u')';
    if (m_status == 401)
        text += tr(". The server wants credentials; give a user and password.");
    else if (m_status == 403 || m_status == 405 || m_status == 501)
        text += tr(". The server does not accept uploads there: check that it allows PUT (WebDAV) at this path and "
                   "that the credentials may write.");
    else if (m_status == 404 || m_status == 409)
        text += tr(". The folder may not exist on the server.");
    else if (m_status == 413)
        text += tr(". The file is larger than the server accepts.");
    auto kind = MarathonError::Kind::HttpError;
    if (m_status == 401)
        kind = MarathonError::Kind::Unauthorized;
    else if (m_status == 403)
        kind = MarathonError::Kind::Forbidden;
    else if (m_status == 404)
        kind = MarathonError::Kind::NotFound;
    fail({ kind, text, m_status });
}

QUrl TarballUploader::artifactUri(const QUrl& marathonUrl, const QString& fileName)
{
    QUrl url = marathonUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v2/artifacts/") + fileName);
    return url;
}

void TarballUploader::uploadToArtifactStore(MarathonClient* client, const QString& filePath)
{
    m_filePath = filePath;
    m_target = client->options().url;
    m_marathonReply = client->uploadArtifact(filePath);
    connect(m_marathonReply, &MarathonReply::uploadProgress, this, &TarballUploader::forwardProgress);
    m_server = client->server();
    connect(m_marathonReply, &MarathonReply::finished, this, &TarballUploader::onArtifactFinished);
    // The client (and with it the reply) may go away first.
    connect(m_marathonReply, &QObject::destroyed, this, [this] {
        if (!m_finished)
            fail({ MarathonError::Kind::Canceled,
                tr("Uploading %1 to Marathon's artifact store: canceled.").arg(QFileInfo(m_filePath).fileName()) });
    });
}

void TarballUploader::onArtifactFinished()
{
    MarathonReply* reply = m_marathonReply;
    reply->deleteLater();
    m_status = reply->httpStatus();
    const QString operation
        = tr("Uploading %1 to Marathon's artifact store at %2").arg(QFileInfo(m_filePath).fileName(), m_server);
    if (!reply->ok()) {
        const MarathonError& e = reply->error();
        const bool noRoute = (e.httpStatus() == 404 || e.httpStatus() == 500)
            && e.serverMessage().startsWith(QLatin1String("URI not found"));
        if (noRoute)
            return fail({ MarathonError::Kind::NoArtifactStore,
                tr("%1: this Marathon has no artifact store (HTTP %2: %3). The store existed in Marathon "
                   "0.7 to 1.4 and was removed in 1.5; upload the tarball to an HTTP or WebDAV server "
                   "instead.")
                    .arg(operation)
                    .arg(e.httpStatus())
                    .arg(e.serverMessage()),
                e.httpStatus() });
        if (e.serverMessage().startsWith(QLatin1String("No storage provider")))
            return fail({ MarathonError::Kind::NoArtifactStore,
                tr("%1: Marathon has no artifact store configured (%2). Start it with --artifact_store, "
                   "or upload the tarball to an HTTP or WebDAV server instead.")
                    .arg(operation, e.serverMessage()),
                e.httpStatus() });
        return fail(e);
    }
    const QByteArray location = reply->header("Location");
    if (!location.isEmpty()) {
        m_fetchUri = m_target.adjusted(QUrl::RemoveUserInfo).resolved(QUrl(QString::fromUtf8(location)));
    } else {
        // 200: the file replaced an existing one, and Marathon sends no Location; the URL is fixed.
        m_fetchUri = artifactUri(m_target, QFileInfo(m_filePath).fileName());
    }
    m_finished = true;
    Q_EMIT finished();
}

} // namespace habmesos
