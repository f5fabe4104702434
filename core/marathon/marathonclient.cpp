// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonclient.h"

#include "logging.h"
#include "marathon/httpurl.h"
#include "marathon/replyguard.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>

namespace habmesos {

struct MarathonClient::Call
{
    QByteArray method;
    QString path;
    QString query;
    QByteArray body;
    QString filePath; // multipart upload of this file (artifact store)
    QPointer<MarathonReply> reply;
    MarathonError::Context context;
    bool retried = false; // after a fresh DC/OS login
    QString tokenUsed;
    QList<QSslError> sslErrors;
    QPointer<ReplyGuard> guard;
    QPointer<QNetworkReply> network; // while on the wire
};

MarathonClient::MarathonClient(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
    , m_tls(tlsConfiguration(m_options.caFile))
{
    // Marathon answers redirects only for /v2/events; a redirect elsewhere is a misconfigured URL,
    // and following it would resend credentials, so show it as what it is.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (m_options.auth.mode() == MarathonAuth::Mode::DcosToken)
        m_dcosToken = m_options.auth.token();
}

MarathonClient::~MarathonClient() = default;

QString MarathonClient::server() const
{
    return HttpUrl::hostAndPort(m_options.url);
}

Result<QSslConfiguration> MarathonClient::tlsConfiguration(const QString& caFile)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (caFile.isEmpty())
        return conf;
    QFile f(caFile);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QSslConfiguration>::failure(
            ErrorKind::Io, tr("cannot read the CA certificate file %1: %2").arg(caFile, f.errorString()));
    const QByteArray data = f.read(16 * 1024 * 1024);
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    if (certs.isEmpty())
        return Result<QSslConfiguration>::failure(tr("%1 holds no certificate (expected PEM or DER)").arg(caFile));
    // Adding CAs turns off Qt's on-demand loading of the system's roots: list them explicitly so
    // the system's CAs still count.
    conf.setCaCertificates(QSslConfiguration::systemCaCertificates() + certs);
    return conf;
}

MarathonReply* MarathonClient::start(
    QByteArray method, QString path, QString query, QByteArray body, QString operation, QString filePath)
{
    auto call = std::make_shared<Call>();
    call->method = std::move(method);
    call->path = std::move(path);
    call->query = std::move(query);
    call->body = std::move(body);
    call->filePath = std::move(filePath);
    call->reply = new MarathonReply(this);
    call->context.operation = std::move(operation);
    call->context.server = server();
    call->context.authTried = m_options.auth.describe();
    MarathonReply* reply = call->reply;
    // abort(): stop the request on the wire, or, while none is (queued, waiting for a login),
    // finish at once.
    connect(reply, &MarathonReply::abortRequested, this, [call] {
        if (call->network) {
            call->network->abort();
        } else if (call->reply) {
            call->reply->finish(0, {}, {},
                MarathonError(MarathonError::Kind::Canceled, tr("%1: canceled.").arg(call->context.operation)));
        }
    });
    // Answer asynchronously even when failing early, so callers can connect after the call.
    QMetaObject::invokeMethod(
        this, [this, call] { dispatch(call); }, Qt::QueuedConnection);
    return reply;
}

void MarathonClient::dispatch(const std::shared_ptr<Call>& call)
{
    if (!call->reply || call->reply->isFinished())
        return;
    if (!HttpUrl::isHttp(m_options.url)) {
        call->reply->finish(0, {}, {},
            MarathonError(MarathonError::Kind::Network,
                tr("%1: “%2” is not a Marathon URL; expected http://host:8080 or "
                   "https://cluster/service/marathon.")
                    .arg(call->context.operation, HttpUrl::forDisplay(m_options.url))));
        return;
    }
    if (!m_tls.ok() && m_options.url.scheme() == u"https") {
        call->reply->finish(0, {}, {},
            MarathonError(MarathonError::Kind::File, call->context.operation + QStringLiteral(": ") + m_tls.error()));
        return;
    }
    if (m_options.auth.mode() == MarathonAuth::Mode::DcosLogin && m_dcosToken.isEmpty()) {
        m_waitingForLogin.append(call);
        if (!m_loginRunning)
            login();
        return;
    }
    send(call);
}

QNetworkRequest MarathonClient::makeRequest(const QUrl& url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (url.scheme() == u"https" && m_tls.ok())
        request.setSslConfiguration(m_tls.value());
    return request;
}

void MarathonClient::applyAuth(QNetworkRequest& request, Call& call) const
{
    switch (m_options.auth.mode()) {
    case MarathonAuth::Mode::None:
        break;
    case MarathonAuth::Mode::Basic:
        request.setRawHeader(
            "Authorization", "Basic " + (m_options.auth.user() + u':' + m_options.auth.password()).toUtf8().toBase64());
        break;
    case MarathonAuth::Mode::DcosToken:
    case MarathonAuth::Mode::DcosLogin:
        call.tokenUsed = m_dcosToken;
        request.setRawHeader("Authorization", "token=" + m_dcosToken.toUtf8());
        break;
    }
}

void MarathonClient::send(const std::shared_ptr<Call>& call)
{
    QUrl url = m_options.url;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + call->path);
    url.setQuery(call->query.isEmpty() ? QString() : call->query);
    url.setUserInfo({});
    QNetworkRequest request = makeRequest(url);
    applyAuth(request, *call);
    call->sslErrors.clear();

    QNetworkReply* reply = nullptr;
    if (!call->filePath.isEmpty()) {
        auto* file = new QFile(call->filePath);
        if (!file->open(QIODevice::ReadOnly)) {
            const QString why = file->errorString();
            delete file;
            call->reply->finish(0, {}, {},
                MarathonError(MarathonError::Kind::File,
                    tr("%1: cannot read %2: %3").arg(call->context.operation, call->filePath, why)));
            return;
        }
        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart part;
        QString name = QFileInfo(call->filePath).fileName();
        name.replace(u'"', u'_');
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
            QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(name));
        part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        part.setBodyDevice(file); // streamed from disk
        file->setParent(multipart);
        multipart->append(part);
        reply = m_nam->post(request, multipart);
        multipart->setParent(reply);
    } else {
        if (!call->body.isEmpty() || call->method == "POST" || call->method == "PUT")
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_nam->sendCustomRequest(request, call->method, call->body);
    }
    qCDebug(lcNetwork) << call->method << HttpUrl::forDisplay(url);

    connect(
        reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError>& errors) { call->sslErrors += errors; });
    connect(reply, &QNetworkReply::uploadProgress, call->reply.data(), &MarathonReply::uploadProgress);
    call->network = reply;
    call->guard = new ReplyGuard(reply,
        { call->filePath.isEmpty() ? m_options.deadlineMs : m_options.uploadDeadlineMs, m_options.maxReplyBytes });
    // A reply deleted by its caller needs no answer any more.
    connect(call->reply.data(), &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { handleFinished(call, reply); });
}

void MarathonClient::handleFinished(const std::shared_ptr<Call>& call, QNetworkReply* reply)
{
    reply->deleteLater();
    call->network = nullptr;
    if (!call->reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = status != 0 && reply->isOpen() ? reply->readAll() : QByteArray();
    qCDebug(lcNetwork) << call->method << HttpUrl::forDisplay(reply->url()) << status << reply->error();

    if (call->reply->m_aborted) {
        call->reply->finish(status, body, {},
            MarathonError(MarathonError::Kind::Canceled, tr("%1: canceled.").arg(call->context.operation)));
        return;
    }
    if (call->guard && call->guard->tripped() != ReplyGuard::Tripped::No) {
        const auto kind = call->guard->tripped() == ReplyGuard::Tripped::Deadline ? MarathonError::Kind::Timeout
                                                                                  : MarathonError::Kind::BadResponse;
        call->reply->finish(status, {}, {},
            MarathonError(kind, call->guard->message(call->context.operation, call->context.server), status));
        return;
    }
    if (status == 0) {
        // No HTTP answer. A transfer timeout shows as OperationCanceledError (we never abort
        // otherwise) or, in newer Qt, TimeoutError.
        const bool timedOut
            = reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        call->reply->finish(0, {}, {},
            MarathonError::fromNetwork(reply->error(), reply->errorString(), call->sslErrors,
                timedOut && call->sslErrors.isEmpty(), call->context));
        return;
    }
    if (status == 401 && m_options.auth.mode() == MarathonAuth::Mode::DcosLogin && !call->retried) {
        // The token expired (DC/OS tokens live 5 days): log in afresh and retry this call once.
        call->retried = true;
        if (m_dcosToken == call->tokenUsed)
            m_dcosToken.clear();
        qCInfo(lcMarathon) << "DC/OS token refused; logging in again";
        dispatch(call);
        return;
    }
    QHash<QByteArray, QByteArray> headers;
    for (const auto& pair : reply->rawHeaderPairs())
        headers.insert(pair.first.toLower(), pair.second);
    if (status >= 200 && status < 300) {
        // The status alone is not success: the answer must have arrived whole, and be the JSON
        // Marathon sends for every call but the artifact store's (which answers without a body).
        QString bad = ReplyGuard::cutShortMessage(*reply, body, call->context.operation);
        if (bad.isEmpty() && call->filePath.isEmpty() && status != 204) {
            QJsonParseError parseError;
            const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError || json.isNull())
                bad = tr("%1: the answer of %2 (HTTP %3) is not Marathon's JSON (%4). Is the URL Marathon's? If "
                         "it is, look at Marathon's log.")
                          .arg(call->context.operation, call->context.server)
                          .arg(status)
                          .arg(body.isEmpty()
                                  ? tr("the body is empty")
                                  : tr("it starts with “%1”").arg(QString::fromUtf8(body.left(120)).simplified()));
        }
        if (!bad.isEmpty()) {
            call->reply->finish(
                status, body, std::move(headers), MarathonError(MarathonError::Kind::BadResponse, bad, status));
            return;
        }
        call->reply->finish(status, body, std::move(headers), {});
        return;
    }
    MarathonError::Context context = call->context;
    context.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    if (call->retried)
        context.authTried += tr(" (after a fresh login)");
    if (status >= 300 && status < 400) {
        call->reply->finish(status, body, std::move(headers),
            MarathonError(MarathonError::Kind::HttpError,
                tr("%1: the server redirects (HTTP %2) to %3. Use that address as the "
                   "Marathon URL.")
                    .arg(call->context.operation)
                    .arg(status)
                    .arg(HttpUrl::forDisplay(QUrl(QString::fromUtf8(reply->rawHeader("Location"))))),
                status));
        return;
    }
    call->reply->finish(status, body, std::move(headers), MarathonError::fromHttp(status, body, context));
}

void MarathonClient::login()
{
    m_loginRunning = true;
    const QUrl url = m_options.auth.loginUrlFor(m_options.url);
    QNetworkRequest request = makeRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("uid"), m_options.auth.user() },
                                              { QStringLiteral("password"), m_options.auth.password() } })
                                .toJson(QJsonDocument::Compact);
    qCDebug(lcNetwork) << "POST" << HttpUrl::forDisplay(url) << "(DC/OS login)";
    QNetworkReply* reply = m_nam->post(request, body);
    QPointer<ReplyGuard> guard = new ReplyGuard(reply, { m_options.deadlineMs, m_options.maxReplyBytes });
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(
        reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError>& errors) { *sslErrors += errors; });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, sslErrors, guard] {
        reply->deleteLater();
        m_loginRunning = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->isOpen() ? reply->readAll() : QByteArray();
        MarathonError::Context context;
        context.operation = tr("DC/OS login as “%1”").arg(m_options.auth.user());
        context.server = HttpUrl::forDisplay(url);
        context.authTried = m_options.auth.describe();
        context.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
        MarathonError error;
        if (guard && guard->tripped() != ReplyGuard::Tripped::No) {
            error = MarathonError(guard->tripped() == ReplyGuard::Tripped::Deadline ? MarathonError::Kind::Timeout
                                                                                    : MarathonError::Kind::BadResponse,
                guard->message(context.operation, context.server), status);
        } else if (status == 0) {
            error = MarathonError::fromNetwork(reply->error(), reply->errorString(), *sslErrors,
                reply->error() == QNetworkReply::OperationCanceledError, context);
        } else if (status != 200) {
            error = MarathonError::fromHttp(status, answer, context);
            // The IAM's own words ({"title", "description"}) say more than the generic text.
            const QString said
                = error.serverMessage().isEmpty() ? QString() : QStringLiteral(": ") + error.serverMessage();
            if (status == 401 || status == 403)
                error = MarathonError(MarathonError::Kind::Unauthorized,
                    tr("%1 at %2 failed: the uid or password was not accepted (HTTP %3%4).")
                        .arg(context.operation, context.server)
                        .arg(status)
                        .arg(said),
                    status);
            else if (status == 400)
                error = MarathonError(MarathonError::Kind::Unauthorized,
                    tr("%1 at %2 failed: the login endpoint could not read the request (HTTP 400%3). "
                       "Is this a DC/OS cluster, and the login URL right?")
                        .arg(context.operation, context.server, said),
                    status);
        } else if (const QString cut = ReplyGuard::cutShortMessage(*reply, answer, context.operation); !cut.isEmpty()) {
            error = MarathonError(MarathonError::Kind::BadResponse, cut, status);
        } else {
            m_dcosToken = QJsonDocument::fromJson(answer).object().value(QStringLiteral("token")).toString();
            if (m_dcosToken.isEmpty())
                error = MarathonError(MarathonError::Kind::BadResponse,
                    tr("%1 at %2: the answer holds no token").arg(context.operation, context.server), status);
        }
        const auto waiting = std::exchange(m_waitingForLogin, {});
        for (const auto& call : waiting) {
            if (!call->reply || call->reply->isFinished())
                continue;
            if (error.isError())
                call->reply->finish(error.httpStatus(), {}, {}, error);
            else
                send(call);
        }
    });
}

} // namespace habmesos
