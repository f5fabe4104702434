// SPDX-License-Identifier: Apache-2.0
#include "marathon/hartspublisher.h"

#include "export/exportresult.h"
#include "logging.h"
#include "marathon/httpurl.h"
#include "marathon/marathonclient.h"
#include "marathon/replyguard.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

#include <algorithm>
#include <limits>

namespace habmesos {

namespace {

constexpr int HeadsAtOnce = 4;
constexpr int UploadsAtOnce = 2;

} // namespace

QList<HartsPublisher::File> HartsPublisher::filesOf(const ExportResult& result)
{
    QList<File> files;
    if (result.layout != DeploymentLayout::Harts)
        return files;
    files.append({ result.tarballPath, result.tarballName, result.tarballSize });
    for (const ExportResult::Hart& hart : result.harts)
        files.append({ hart.path, hart.fileName, hart.bytes });
    return files;
}

HartsPublisher::HartsPublisher(QObject* parent)
    : QObject(parent)
{ }

HartsPublisher::~HartsPublisher()
{
    // No signals from a half-destroyed object: detach, then stop. The uploaders are children and
    // abort their PUTs when deleted.
    m_stopped = true;
    for (const QPointer<QNetworkReply>& reply : std::as_const(m_heads)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
    for (const QPointer<TarballUploader>& uploader : std::as_const(m_uploaders)) {
        if (uploader)
            uploader->disconnect(this);
    }
}

void HartsPublisher::plan(const QUrl& folder, const QList<File>& files, const TarballUploader::Options& options)
{
    start(folder, files, options, false);
}

void HartsPublisher::publish(const QUrl& folder, const QList<File>& files, const TarballUploader::Options& options)
{
    start(folder, files, options, true);
}

void HartsPublisher::cancel()
{
    if (!m_started || m_stopped || m_finished)
        return;
    stop({ MarathonError::Kind::Canceled, tr("Publishing to %1: canceled.").arg(HttpUrl::forDisplay(m_folder)) });
}

void HartsPublisher::start(
    const QUrl& folder, const QList<File>& files, const TarballUploader::Options& options, bool send)
{
    if (m_started) {
        qCWarning(lcNetwork) << "HartsPublisher: one plan() or publish() per object";
        return;
    }
    m_started = true;
    m_send = send;
    m_files = files;
    m_options = options;
    m_options.fetchUri = QUrl(); // one folder, many files: each file's URI is folder + name
    m_user = options.user.isEmpty() ? folder.userName() : options.user;
    m_password = options.password.isEmpty() ? folder.password() : options.password;
    m_options.user = m_user;
    m_options.password = m_password;
    m_folder = folder.adjusted(QUrl::RemoveUserInfo);
    if (!m_folder.path().endsWith(u'/'))
        m_folder.setPath(m_folder.path(QUrl::FullyEncoded) + u'/', QUrl::TolerantMode);
    m_sentNow.fill(0, files.size());
    for (const File& file : files)
        m_outcome.files.append({ file.fileName, State::Unknown, file.bytes });

    const QString operation = tr("Publishing to %1").arg(HttpUrl::forDisplay(m_folder));
    if (!HttpUrl::isHttp(folder))
        return stop(
            { MarathonError::Kind::Network, tr("%1: only http and https URLs can be uploaded to").arg(operation) });
    if (folder.hasQuery())
        return stop({ MarathonError::Kind::Network,
            tr("%1: a folder URL cannot carry a query (a pre-signed URL names one file)").arg(operation) });
    QSet<QString> names;
    for (int i = 0; i < m_files.size(); ++i) {
        File& file = m_files[i];
        const QString& name = file.fileName;
        if (name.isEmpty() || name == u"." || name == u".." || name.contains(u'/') || name.contains(u'\\'))
            return stop({ MarathonError::Kind::File, tr("%1: “%2” is not a file name").arg(operation, name) });
        if (names.contains(name))
            return stop({ MarathonError::Kind::File, tr("%1: two files are named %2").arg(operation, name) });
        names.insert(name);
        if (file.localPath.isEmpty()) {
            if (send || file.bytes <= 0)
                return stop({ MarathonError::Kind::File, tr("%1: no local file for %2").arg(operation, name) });
            continue;
        }
        const QFileInfo info(file.localPath);
        if (!info.isFile())
            return stop({ MarathonError::Kind::File,
                tr("%1: cannot read %2: there is no such file").arg(operation, file.localPath) });
        if (file.bytes == 0)
            file.bytes = info.size();
        else if (file.bytes != info.size())
            return stop({ MarathonError::Kind::File,
                tr("%1: %2 has %3 bytes, not the %4 expected: it changed since it was made")
                    .arg(operation, file.localPath)
                    .arg(info.size())
                    .arg(file.bytes) });
        m_outcome.files[i].bytes = file.bytes;
    }
    if (m_folder.scheme() == u"https") {
        const auto tls = MarathonClient::tlsConfiguration(options.caFile);
        if (!tls)
            return stop({ MarathonError::Kind::File, operation + QStringLiteral(": ") + tls.error() });
        m_tls = tls.value();
    }
    m_nam = new QNetworkAccessManager(this);
    // As curl in the fetcher, HEAD follows redirects, only on the same origin: the credentials go
    // with them.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    for (int i = 0; i < m_files.size(); ++i)
        m_toCheck.append(i);
    if (m_toCheck.isEmpty())
        return stop({});
    nextHeads();
}

QUrl HartsPublisher::fileUrl(int index) const
{
    return HttpUrl::withFileName(m_folder, m_files[index].fileName);
}

void HartsPublisher::nextHeads()
{
    while (m_headsInFlight < HeadsAtOnce && !m_toCheck.isEmpty()) {
        ++m_headsInFlight;
        head(m_toCheck.takeFirst(), false);
    }
}

void HartsPublisher::head(int index, bool verify)
{
    const QUrl url = fileUrl(index);
    QNetworkRequest request(url);
    if (!m_user.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (m_user + u':' + m_password).toUtf8().toBase64());
    request.setTransferTimeout(m_options.timeoutMs);
    if (url.scheme() == u"https")
        request.setSslConfiguration(m_tls);
    qCDebug(lcNetwork) << "HEAD" << HttpUrl::forDisplay(url);
    QNetworkReply* reply = m_nam->head(request);
    m_heads.append(reply);
    // A HEAD answer has no body; its Content-Length is the file's, which may well be larger than
    // any answer the guard would allow, so only the deadline bounds it.
    const int deadline
        = m_options.timeoutMs > 0 ? std::min(m_options.timeoutMs, m_options.deadlineMs) : m_options.deadlineMs;
    new ReplyGuard(reply, { deadline, std::numeric_limits<qint64>::max() });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& e) { m_sslErrors += e; });
    connect(reply, &QNetworkReply::finished, this, [this, reply, index, verify] {
        m_heads.removeAll(reply);
        reply->deleteLater();
        if (m_stopped)
            return;
        const Head answer = readHead(reply, index);
        if (verify)
            onVerified(index, answer);
        else
            onPlanned(index, answer);
    });
}

HartsPublisher::Head HartsPublisher::readHead(QNetworkReply* reply, int index) const
{
    Head out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl url = fileUrl(index);
    MarathonError::Context context;
    context.operation = tr("Checking %1 at %2").arg(m_files[index].fileName, HttpUrl::forDisplay(url));
    context.server = HttpUrl::hostAndPort(url);
    const auto* guard = reply->findChild<ReplyGuard*>();
    if (guard && guard->tripped() != ReplyGuard::Tripped::No) {
        out.error = { MarathonError::Kind::Timeout, guard->message(context.operation, context.server), out.status };
        return out;
    }
    if (out.status == 0) {
        const bool timedOut
            = reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        out.error = MarathonError::fromNetwork(
            reply->error(), reply->errorString(), m_sslErrors, timedOut && m_sslErrors.isEmpty(), context);
        return out;
    }
    if (out.status == 200) {
        bool ok = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        out.remoteBytes = ok ? length : -1;
        if (!ok || length <= 0)
            out.state = State::Unchecked; // what Mesos' fetcher cannot size, it does not cache
        else
            out.state = length == m_files[index].bytes ? State::Present : State::DifferentSize;
    } else if (out.status == 404 || out.status == 410) {
        out.state = State::Missing;
    } else if (out.status == 401 || out.status == 403) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        QString text
            = tr("%1 failed: the server answered HTTP %2 %3").arg(context.operation).arg(out.status).arg(reason);
        if (out.status == 401)
            text += tr(". The server wants credentials; give a user and password.");
        else
            text += tr(". The server does not let these credentials read there: check the user and that it may read "
                       "and write at this path.");
        out.error = { out.status == 401 ? MarathonError::Kind::Unauthorized : MarathonError::Kind::Forbidden, text,
            out.status };
    } else {
        // HEAD not allowed (405, 501), a redirect elsewhere, a server error: nothing is known of the
        // file. It is sent; its PUT's answer says whether the server takes it.
        out.state = State::Unchecked;
    }
    qCDebug(lcNetwork) << "HEAD" << HttpUrl::forDisplay(url) << out.status << out.remoteBytes;
    return out;
}

void HartsPublisher::onPlanned(int index, const Head& answer)
{
    --m_headsInFlight;
    if (answer.error.isError())
        return stop(answer.error);
    Check& check = m_outcome.files[index];
    check.state = answer.state;
    check.remoteBytes = answer.remoteBytes;
    if (answer.state == State::DifferentSize)
        m_outcome.warnings.append(
            tr("%1: the server has %2 bytes at %3, not %4. A file of this name never changes, so this is someone "
               "else's file or a broken upload; publishing sends it again.")
                .arg(check.fileName)
                .arg(answer.remoteBytes)
                .arg(HttpUrl::forDisplay(fileUrl(index)))
                .arg(check.bytes));
    else if (answer.state == State::Unchecked)
        noteUnchecked(index, answer);
    Q_EMIT checked(index, check);
    if (m_stopped || m_finished)
        return; // canceled from a slot
    nextHeads();
    if (m_headsInFlight > 0)
        return;
    m_totalToSend = 0;
    for (int i = 0; i < m_outcome.files.size(); ++i) {
        if (m_outcome.files[i].state == State::Present) {
            ++m_outcome.skipped;
        } else {
            m_toSend.append(i);
            m_totalToSend += m_outcome.files[i].bytes;
        }
    }
    if (!m_send) {
        m_outcome.bytesToSend = m_totalToSend;
        return finish();
    }
    nextUploads();
    maybeDone();
}

void HartsPublisher::nextUploads()
{
    while (m_uploaders.size() < UploadsAtOnce && !m_toSend.isEmpty()) {
        const int index = m_toSend.takeFirst();
        auto* uploader = new TarballUploader(this);
        m_uploaders.append(uploader);
        connect(uploader, &TarballUploader::progress, this, [this, index](qint64 sent, qint64) {
            m_sentNow[index] = sent;
            emitProgress();
        });
        connect(uploader, &TarballUploader::finished, this, [this, index, uploader] { onUploaded(index, uploader); });
        uploader->uploadTo(fileUrl(index), m_files[index].localPath, m_options);
    }
}

void HartsPublisher::onUploaded(int index, TarballUploader* uploader)
{
    m_uploaders.removeAll(uploader);
    uploader->deleteLater();
    m_sentNow[index] = 0;
    if (!uploader->ok())
        return stop(uploader->error());
    Check& check = m_outcome.files[index];
    check.sent = true;
    ++m_outcome.sent;
    m_outcome.bytesToSend += check.bytes;
    m_doneBytes += check.bytes;
    // The same HEAD as the fetcher's: does the server now give this file's size?
    ++m_verifying;
    head(index, true);
    emitProgress();
    if (m_stopped || m_finished)
        return;
    nextUploads();
}

void HartsPublisher::onVerified(int index, const Head& answer)
{
    --m_verifying;
    if (answer.error.isError())
        return stop(answer.error);
    const Check& check = m_outcome.files[index];
    const QString url = HttpUrl::forDisplay(fileUrl(index));
    if (answer.state == State::Missing)
        return stop({ MarathonError::Kind::BadResponse,
            tr("Publishing %1: the server took it, yet answers HEAD at %2 with HTTP %3; the agents would not find it "
               "there either. Check that the server serves the files it stores at the URL they were put to.")
                .arg(check.fileName, url)
                .arg(answer.status),
            answer.status });
    if (answer.state == State::DifferentSize)
        return stop({ MarathonError::Kind::BadResponse,
            tr("Publishing %1: after the upload of %2 bytes the server has %3 bytes at %4: the upload did not land "
               "whole. Try again.")
                .arg(check.fileName)
                .arg(check.bytes)
                .arg(answer.remoteBytes)
                .arg(url),
            answer.status });
    if (answer.state == State::Unchecked)
        noteUnchecked(index, answer);
    maybeDone();
}

void HartsPublisher::noteUnchecked(int index, const Head& answer)
{
    const QString& name = m_files[index].fileName;
    if (m_unchecked.contains(name))
        return;
    m_unchecked.append(name);
    if (!m_uncheckedWhy.isEmpty())
        return;
    if (answer.status != 200)
        m_uncheckedWhy = tr("answers HEAD with HTTP %1").arg(answer.status);
    else if (answer.remoteBytes < 0)
        m_uncheckedWhy = tr("answers HEAD without Content-Length");
    else
        m_uncheckedWhy = tr("answers HEAD with Content-Length %1").arg(answer.remoteBytes);
}

void HartsPublisher::emitProgress()
{
    qint64 sent = m_doneBytes;
    for (qint64 bytes : std::as_const(m_sentNow))
        sent += bytes;
    Q_EMIT progress(sent, m_totalToSend);
}

void HartsPublisher::maybeDone()
{
    if (!m_stopped && !m_finished && m_toSend.isEmpty() && m_uploaders.isEmpty() && m_verifying == 0)
        finish();
}

void HartsPublisher::stop(MarathonError error)
{
    if (m_stopped || m_finished)
        return;
    m_stopped = true;
    m_outcome.error = std::move(error);
    for (const QPointer<QNetworkReply>& reply : std::as_const(m_heads)) {
        if (reply) {
            // Deleted rather than aborted: an error Qt has already queued for it would then come
            // on top of the abort's (Qt 6.4 warns). No HEAD reply is emitting while this runs.
            reply->disconnect(this);
            delete reply.data();
        }
    }
    m_heads.clear();
    for (const QPointer<TarballUploader>& uploader : std::as_const(m_uploaders)) {
        if (uploader) {
            uploader->disconnect(this);
            uploader->cancel();
            uploader->deleteLater();
        }
    }
    m_uploaders.clear();
    // Later, as TarballUploader does: a caller that cancels from a slot gets finished() after it returns.
    QMetaObject::invokeMethod(this, &HartsPublisher::finish, Qt::QueuedConnection);
}

void HartsPublisher::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (!m_unchecked.isEmpty()) {
        const QString which = m_unchecked.size() == 1
            ? m_unchecked.constFirst()
            : tr("%1 files (%2, …)").arg(m_unchecked.size()).arg(m_unchecked.constFirst());
        m_outcome.warnings.append(
            tr("%1 %2 for %3. Mesos agents size a download with HEAD before they cache it, so they cannot cache these "
               "files: every task downloads every one of them into its sandbox. Make the server answer HEAD with the "
               "file's Content-Length for the fetcher cache to work.")
                .arg(HttpUrl::hostAndPort(m_folder), m_uncheckedWhy, which));
    }
    Q_EMIT finished();
}

} // namespace habmesos
