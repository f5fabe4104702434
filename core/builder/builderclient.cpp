// SPDX-License-Identifier: Apache-2.0
#include "builder/builderclient.h"

#include "logging.h"
#include "marathon/httpurl.h"
#include "marathon/marathonclient.h"
#include "marathon/replyguard.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QSysInfo>
#include <QTimer>

#include <unistd.h>

namespace habmesos {

struct BuilderClient::Call
{
    QStringList segments;
    QUrlQuery query;
    QString operation;
    bool withToken = true;
    QString destination; // a download's file; empty for JSON calls
    QPointer<BuilderReply> reply;
    QPointer<QNetworkReply> network;
    ReplyGuard* guard = nullptr;
    std::unique_ptr<QFile> file;
    Error writeError;
    QList<QSslError> sslErrors;
    QUrl redirectedTo; // set while following a redirect
    int redirects = 0;
};

namespace {

// Fibonacci back-off as hab's retry_builder_api! (1, 1, 2, 3, 5 steps).
int backOffMs(int attempt, int stepMs)
{
    int a = 1, b = 1;
    for (int i = 1; i < attempt; ++i) {
        const int next = a + b;
        a = b;
        b = next;
    }
    return a * stepMs;
}

// Builder's error bodies are {"code": n, "msg": "…"} or plain text (habitat
// builder-api-client/src/response.rs err_from_response); either way, one short line.
QString bodyMessage(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString text = object.value(QStringLiteral("msg")).toString();
    if (text.isEmpty() && !body.trimmed().startsWith('{') && !body.trimmed().startsWith('<'))
        text = QString::fromUtf8(body.left(512)).simplified();
    if (text.size() > 200)
        text = text.left(200) + QStringLiteral("…");
    return text;
}

} // namespace

BuilderClient::BuilderClient(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
    , m_tls(tlsConfiguration(m_options.settings.caFile, m_options.sslCacheDir))
{
    // Redirects are followed here, not by Qt, so that the token goes to Builder's own host only
    // (handleFinished).
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
}

BuilderClient::~BuilderClient() = default;

QString BuilderClient::server() const
{
    return HttpUrl::hostAndPort(m_options.settings.url);
}

Result<QSslConfiguration> BuilderClient::tlsConfiguration(const QString& caFile, const QString& sslCacheDir)
{
    auto conf = MarathonClient::tlsConfiguration(caFile);
    if (!conf)
        return conf;
    // hab adds every certificate file in its SSL cache (habitat core/src/tls/native_tls_wrapper/readers.rs).
    QString dir = sslCacheDir;
    if (dir.isEmpty())
        dir = (::geteuid() == 0 ? QStringLiteral("/hab") : QDir::homePath() + QStringLiteral("/.hab"))
            + QStringLiteral("/cache/ssl");
    QList<QSslCertificate> extra;
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files | QDir::Readable)) {
        QFile f(info.filePath());
        if (info.size() > 16 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
            continue;
        extra += QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    }
    if (!extra.isEmpty()) {
        QSslConfiguration c = conf.value();
        QList<QSslCertificate> cas = caFile.isEmpty() ? QSslConfiguration::systemCaCertificates() : c.caCertificates();
        c.setCaCertificates(cas + extra);
        return c;
    }
    return conf;
}

QUrlQuery BuilderClient::targetQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("target"), m_options.target);
    return q;
}

QUrl BuilderClient::urlFor(const QStringList& segments, const QUrlQuery& query) const
{
    QUrl url = m_options.settings.apiRoot();
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    // Each segment percent-encoded on its own, '/' included: a search term "core/redis" is one
    // segment (hab encodes it so too).
    for (const QString& segment : segments)
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(path, QUrl::StrictMode);
    url.setQuery(query);
    return url;
}

BuilderReply* BuilderClient::latestInChannel(const PackageIdent& ident, const QString& channel)
{
    QStringList s { QStringLiteral("depot"), QStringLiteral("channels"), ident.origin(), channel,
        QStringLiteral("pkgs"), ident.name() };
    if (!ident.version().isEmpty())
        s << ident.version();
    if (!ident.release().isEmpty())
        s << ident.release();
    else
        s << QStringLiteral("latest");
    return start(s, targetQuery(), tr("looking up %1 in channel %2").arg(ident.toString(), channel), true);
}

BuilderReply* BuilderClient::package(const PackageIdent& ident)
{
    return start({ QStringLiteral("depot"), QStringLiteral("pkgs"), ident.origin(), ident.name(), ident.version(),
                     ident.release() },
        targetQuery(), tr("looking up %1").arg(ident.toString()), true);
}

BuilderReply* BuilderClient::originChannels(const QString& origin)
{
    return start({ QStringLiteral("depot"), QStringLiteral("channels"), origin }, {},
        tr("listing the channels of origin %1").arg(origin), true);
}

BuilderReply* BuilderClient::releaseChannels(const PackageIdent& ident)
{
    return start({ QStringLiteral("depot"), QStringLiteral("pkgs"), ident.origin(), ident.name(), ident.version(),
                     ident.release(), QStringLiteral("channels") },
        targetQuery(), tr("listing the channels of %1").arg(ident.toString()), true);
}

BuilderReply* BuilderClient::versions(const QString& origin, const QString& name)
{
    return start({ QStringLiteral("depot"), QStringLiteral("pkgs"), origin, name, QStringLiteral("versions") }, {},
        tr("listing the versions of %1/%2").arg(origin, name), true);
}

BuilderReply* BuilderClient::releases(const PackageIdent& ident, int range)
{
    QStringList s { QStringLiteral("depot"), QStringLiteral("pkgs"), ident.origin(), ident.name() };
    if (!ident.version().isEmpty())
        s << ident.version();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("range"), QString::number(range));
    return start(s, q, tr("listing the releases of %1").arg(ident.toString()), true);
}

BuilderReply* BuilderClient::search(const QString& term, int range, bool distinct)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("range"), QString::number(range));
    if (distinct)
        q.addQueryItem(QStringLiteral("distinct"), QStringLiteral("true"));
    return start({ QStringLiteral("depot"), QStringLiteral("pkgs"), QStringLiteral("search"), term }, q,
        tr("searching for “%1”").arg(term), true);
}

BuilderReply* BuilderClient::downloadArtifact(const PackageIdent& ident, const QString& destination)
{
    return start({ QStringLiteral("depot"), QStringLiteral("pkgs"), ident.origin(), ident.name(), ident.version(),
                     ident.release(), QStringLiteral("download") },
        targetQuery(), tr("downloading %1").arg(ident.toString()), true, destination);
}

BuilderReply* BuilderClient::downloadKey(const QString& origin, const QString& revision, const QString& destination)
{
    return start({ QStringLiteral("depot"), QStringLiteral("origins"), origin, QStringLiteral("keys"), revision }, {},
        tr("downloading the public key %1-%2").arg(origin, revision), false, destination);
}

BuilderReply* BuilderClient::start(
    QStringList segments, QUrlQuery query, QString operation, bool withToken, QString destination)
{
    auto call = std::make_shared<Call>();
    call->segments = std::move(segments);
    call->query = std::move(query);
    call->operation = std::move(operation);
    call->withToken = withToken;
    call->destination = std::move(destination);
    call->reply = new BuilderReply(this);
    BuilderReply* reply = call->reply;
    connect(reply, &BuilderReply::abortRequested, this, [call] {
        if (call->network)
            call->network->abort();
        else if (call->reply) // between attempts
            call->reply->finish(0, {}, {}, Error::cancelled());
    });
    // Answer asynchronously even when failing early, so callers can connect after the call.
    QMetaObject::invokeMethod(
        this, [this, call] { send(call); }, Qt::QueuedConnection);
    return reply;
}

void BuilderClient::send(const std::shared_ptr<Call>& call)
{
    if (!call->reply || call->reply->isFinished())
        return;
    const QUrl url = call->redirectedTo.isEmpty() ? urlFor(call->segments, call->query) : call->redirectedTo;
    if (url.scheme() == u"https" && !m_tls) {
        call->reply->finish(0, {}, {}, Error { ErrorKind::Io, call->operation + QStringLiteral(": ") + m_tls.error() });
        return;
    }
    if (!call->destination.isEmpty()) {
        call->file = std::make_unique<QFile>(call->destination);
        if (!call->file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            call->reply->finish(0, {}, {},
                Error { ErrorKind::Io,
                    tr("%1: cannot write %2: %3").arg(call->operation, call->destination, call->file->errorString()) });
            return;
        }
    }
    ++call->reply->m_attempts;
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setRawHeader("Accept", call->destination.isEmpty() ? "application/json" : "*/*");
    // hab's User-Agent shape (http-client/src/api_client.rs user_agent); Builder reads the target from it.
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QStringLiteral("habmesos/%1 (%2; %3)")
            .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("0")
                                                                  : QCoreApplication::applicationVersion(),
                m_options.target, QSysInfo::kernelVersion()));
    const QUrl builder = m_options.settings.url;
    const bool sameServer = url.host() == builder.host()
        && url.port(url.scheme() == u"https" ? 443 : 80) == builder.port(builder.scheme() == u"https" ? 443 : 80);
    if (call->withToken && !m_options.settings.token.isEmpty() && sameServer)
        request.setRawHeader("Authorization", "Bearer " + m_options.settings.token.toUtf8());
    if (url.scheme() == u"https")
        request.setSslConfiguration(m_tls.value());
    call->sslErrors.clear();
    call->writeError = {};
    QNetworkReply* reply = m_nam->get(request);
    qCDebug(lcNetwork) << "GET" << url.toDisplayString();
    call->network = reply;
    call->guard = new ReplyGuard(reply,
        { call->destination.isEmpty() ? m_options.deadlineMs : m_options.downloadDeadlineMs,
            call->destination.isEmpty() ? m_options.maxJsonBytes : m_options.maxArtifactBytes });
    if (call->file) {
        reply->setReadBufferSize(1024 * 1024);
        connect(reply, &QNetworkReply::readyRead, this, [call, reply] {
            if (!call->file || !reply->isOpen()
                || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                return; // an error body is read as JSON at the end
            const QByteArray chunk = reply->readAll();
            if (call->file->write(chunk) != chunk.size() && call->writeError.message.isEmpty()) {
                call->writeError = Error { ErrorKind::Io,
                    tr("%1: cannot write %2: %3").arg(call->operation, call->destination, call->file->errorString()) };
                reply->abort();
            }
        });
    }
    connect(reply, &QNetworkReply::downloadProgress, call->reply.data(), &BuilderReply::progress);
    connect(reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError>& e) { call->sslErrors += e; });
    connect(call->reply.data(), &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { handleFinished(call, reply); });
}

void BuilderClient::handleFinished(const std::shared_ptr<Call>& call, QNetworkReply* reply)
{
    reply->deleteLater();
    call->network = nullptr;
    if (!call->reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body;
    if (call->file && status == 200) {
        const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
        if (call->file->write(rest) != rest.size() && call->writeError.message.isEmpty())
            call->writeError = Error { ErrorKind::Io,
                tr("%1: cannot write %2: %3").arg(call->operation, call->destination, call->file->errorString()) };
        if (!call->file->flush() && call->writeError.message.isEmpty())
            call->writeError = Error { ErrorKind::Io,
                tr("%1: cannot write %2: %3").arg(call->operation, call->destination, call->file->errorString()) };
    } else if (status != 0 && reply->isOpen()) {
        body = reply->readAll();
    }
    const qint64 written = call->file ? call->file->size() : body.size();
    if (call->file)
        call->file->close();
    qCDebug(lcNetwork) << "GET" << reply->url().toDisplayString() << status << reply->error();

    if (call->reply->m_aborted) {
        call->reply->finish(status, {}, {}, Error::cancelled());
        return;
    }
    if (!call->writeError.message.isEmpty()) {
        call->reply->finish(status, {}, {}, call->writeError);
        return;
    }
    if (call->guard && call->guard->tripped() != ReplyGuard::Tripped::No) {
        const bool deadline = call->guard->tripped() == ReplyGuard::Tripped::Deadline;
        const Error error { ErrorKind::Network, call->guard->message(call->operation, server()) };
        if (deadline)
            retryOrFinish(call, status, error);
        else
            call->reply->finish(status, {}, {}, error);
        return;
    }
    if (status == 0) {
        QString why = reply->errorString();
        if (!call->sslErrors.isEmpty())
            why = call->sslErrors.first().errorString();
        // Certificate errors do not go away by asking again.
        const Error error { ErrorKind::Network, tr("%1: no answer from %2: %3").arg(call->operation, server(), why) };
        if (call->sslErrors.isEmpty())
            retryOrFinish(call, 0, error);
        else
            call->reply->finish(0, {}, {}, error);
        return;
    }
    QHash<QByteArray, QByteArray> headers;
    for (const auto& pair : reply->rawHeaderPairs())
        headers.insert(pair.first.toLower(), pair.second);

    if (status >= 300 && status < 400 && status != 304) {
        const QUrl to = reply->url().resolved(QUrl::fromEncoded(headers.value("location")));
        const bool downgrade = reply->url().scheme() == u"https" && to.scheme() != u"https";
        if (!headers.contains("location") || !to.isValid() || downgrade || call->redirects >= 10) {
            call->reply->finish(status, {}, headers,
                Error { ErrorKind::Network,
                    tr("%1: %2 redirected (%3) to %4, which is not followed")
                        .arg(call->operation, server())
                        .arg(status)
                        .arg(HttpUrl::forDisplay(to)) });
            return;
        }
        ++call->redirects;
        call->redirectedTo = to;
        --call->reply->m_attempts; // the same attempt, carried on
        send(call);
        return;
    }
    if (status == 200) {
        // A body that ended early is a network error, retried like one.
        QString cut = ReplyGuard::cutShortMessage(*reply, call->file ? QByteArray() : body, call->operation);
        if (call->file) {
            bool known = false;
            const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
            cut = reply->error() != QNetworkReply::NoError || (known && announced != written)
                ? tr("%1: the download from %2 was cut short after %3 bytes: %4")
                      .arg(call->operation, server())
                      .arg(written)
                      .arg(reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                    : tr("%1 bytes were announced").arg(announced))
                : QString();
        }
        if (!cut.isEmpty()) {
            retryOrFinish(call, status, Error { ErrorKind::Network, cut });
            return;
        }
        call->reply->finish(status, std::move(body), std::move(headers), {});
        return;
    }
    if (status == 206 && !call->file) { // search and listings page with 206 Partial Content
        call->reply->finish(status, std::move(body), std::move(headers), {});
        return;
    }
    const QString said = bodyMessage(body);
    const QString detail = said.isEmpty() ? QString() : QStringLiteral(": ") + said;
    const bool tokenSent = call->withToken && !m_options.settings.token.isEmpty();
    Error error { ErrorKind::Network, {} };
    switch (status) {
    case 401:
        error.message = tokenSent
            ? tr("%1: %2 refused the token (401)%3. Check that it is a valid personal access token.")
                  .arg(call->operation, server(), detail)
            : tr("%1: %2 requires a token (401)%3. Give a personal access token (-z/--auth, HAB_AUTH_TOKEN, or the "
                 "window's Builder settings).")
                  .arg(call->operation, server(), detail);
        break;
    case 403:
        error.message = tr("%1: %2 refused access (403)%3. A package only in licence-restricted channels needs a token "
                           "whose account has a valid licence key; other refusals need origin membership.")
                            .arg(call->operation, server(), detail);
        break;
    case 404:
        error.kind = ErrorKind::NotFound;
        error.message
            = tr("%1: not found on %2, or private (a private package needs a token of a member of its origin)")
                  .arg(call->operation, server());
        break;
    case 422:
        error.kind = ErrorKind::Invalid;
        error.message = tr("%1: %2 refused the request (422)%3. Builder answers so for a target it does not serve "
                           "(%4 was asked for).")
                            .arg(call->operation, server(), detail, m_options.target);
        break;
    default:
        error.message = tr("%1: %2 answered HTTP %3%4").arg(call->operation, server()).arg(status).arg(detail);
        break;
    }
    if (status >= 500 && status != 501)
        retryOrFinish(call, status, error);
    else
        call->reply->finish(status, std::move(body), std::move(headers), error);
}

void BuilderClient::retryOrFinish(const std::shared_ptr<Call>& call, int status, Error error)
{
    const int attempts = call->reply->m_attempts;
    if (attempts > m_options.retries) {
        if (attempts > 1)
            error.message += u' ' + tr("(%n attempt(s))", nullptr, attempts);
        call->reply->finish(status, {}, {}, std::move(error));
        return;
    }
    const int delay = backOffMs(attempts, m_options.retryDelayMs);
    qCInfo(lcNetwork) << error.message << "- retrying in" << delay << "ms";
    call->redirectedTo.clear();
    call->redirects = 0;
    QTimer::singleShot(delay, this, [this, call] { send(call); });
}

} // namespace habmesos
