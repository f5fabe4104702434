// SPDX-License-Identifier: Apache-2.0
// ClosureDownloader: what happens to a download once it is in, from the signer's key to the
// rename into the artifact cache; and how a run ends.
#include "builder/builderclient.h"
#include "builder/builderreply.h"
#include "builder/closuredownloader.h"
#include "logging.h"
#include "package/artifactinspector.h"
#include "package/hartheader.h"
#include "package/keycache.h"
#include "package/publicsigningkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace habmesos {

void ClosureDownloader::downloaded(const std::shared_ptr<Job>& job, const BuilderReply* reply)
{
    if (!m_running)
        return;
    if (!reply->ok())
        return fail(reply->error());
    // hab names the file after x-filename and refuses an answer without it (builder.rs download,
    // response::get_header): a mirror that is no Builder is caught here, not after the rename.
    const QString expected = QFileInfo(job->finalPath).fileName();
    const QString named = QString::fromUtf8(reply->header("x-filename"));
    if (named.isEmpty())
        return fail(Error { ErrorKind::Network,
            tr("downloading %1: the answer of %2 has no x-filename header, which Builder always sends (hab refuses "
               "such "
               "an answer too)")
                .arg(job->ident.toString(), m_client->server()) });
    if (named != expected)
        return fail(Error { ErrorKind::Network,
            tr("downloading %1: %2 sent the file %3 instead of %4")
                .arg(job->ident.toString(), m_client->server(), named, expected) });
    job->received = QFileInfo(job->tempPath).size();
    job->total = job->received;
    QFile file(job->tempPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error { ErrorKind::Io, tr("cannot read %1: %2").arg(job->tempPath, file.errorString()) });
    const auto header = HartHeader::read(file, tr("the download of %1").arg(job->ident.toString()));
    if (!header)
        return verified(job, header.errorInfo()); // fetched once more, as a download that does not verify
    job->keyName = header->keyName();
    const bool known = m_keysStaged.contains(job->keyName)
        || QFileInfo(QDir(m_options.keyCache).filePath(job->keyName + QStringLiteral(".pub"))).isFile();
    if (known)
        verify(job);
    else
        needKey(job);
}

void ClosureDownloader::needKey(const std::shared_ptr<Job>& job)
{
    QString origin, revision;
    if (!PublicSigningKey::splitNamedRevision(job->keyName, &origin, &revision))
        return fail(Error { ErrorKind::Unverified,
            tr("the download of %1 names the signing key “%2”, which is no <origin>-<revision>")
                .arg(job->ident.toString(), job->keyName) });
    auto waiting = m_waitingForKey.find(job->keyName);
    if (waiting != m_waitingForKey.end()) {
        waiting->append(job);
        return;
    }
    m_waitingForKey.insert(job->keyName, { job });
    if (!m_stagedKeys) {
        m_stagedKeys = std::make_unique<QTemporaryDir>(
            QDir(m_options.keyCache).filePath(QStringLiteral(".habmesos-keys-XXXXXX")));
        if (!m_stagedKeys->isValid())
            return fail(Error { ErrorKind::Io,
                tr("cannot write into the key cache %1: %2").arg(m_options.keyCache, m_stagedKeys->errorString()) });
    }
    const QString path = m_stagedKeys->filePath(job->keyName + QStringLiteral(".pub"));
    // By the exact revision named in the artifact: /keys/latest may be another one.
    BuilderReply* reply = m_client->downloadKey(origin, revision, path);
    m_replies << reply;
    connect(reply, &BuilderReply::finished, this, [this, reply, name = job->keyName, path] {
        reply->deleteLater();
        m_replies.removeAll(reply);
        keyDownloaded(name, path, reply);
    });
}

void ClosureDownloader::keyDownloaded(const QString& keyName, const QString& path, const BuilderReply* reply)
{
    if (!m_running)
        return;
    const QList<std::shared_ptr<Job>> jobs = m_waitingForKey.take(keyName);
    const QString signedWhat = jobs.isEmpty() ? QString() : jobs.first()->ident.toString();
    if (!reply->ok()) {
        Error error = reply->error();
        if (error.kind == ErrorKind::NotFound)
            error = Error { ErrorKind::Unverified,
                tr("the public key %1, which signed %2, is not on %3").arg(keyName, signedWhat, m_client->server()) };
        return fail(error);
    }
    const QString named = QString::fromUtf8(reply->header("x-filename"));
    if (!named.isEmpty() && named != keyName + QStringLiteral(".pub"))
        return fail(Error { ErrorKind::Unverified,
            tr("asked %1 for the public key %2, it sent %3").arg(m_client->server(), keyName, named) });
    const auto key = PublicSigningKey::fromFile(path);
    if (!key)
        return fail(Error {
            ErrorKind::Unverified, tr("the public key %1 from %2: %3").arg(keyName, m_client->server(), key.error()) });
    if (key->namedRevision() != keyName)
        return fail(Error { ErrorKind::Unverified,
            tr("asked %1 for the public key %2, it sent %3").arg(m_client->server(), keyName, key->namedRevision()) });
    m_keysStaged.insert(keyName);
    for (const auto& job : jobs)
        verify(job);
}

void ClosureDownloader::verify(const std::shared_ptr<Job>& job)
{
    const bool staged = m_keysStaged.contains(job->keyName);
    const QString keyDir = staged ? m_stagedKeys->path() : m_options.keyCache;
    Q_EMIT activity(tr("verifying %1").arg(job->ident.toString()));
    auto* watcher = new QFutureWatcher<Error>(this);
    connect(watcher, &QFutureWatcher<Error>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        verified(job, watcher->result());
    });
    // The whole artifact is read, as the export will: signature, IDENT, TARGET and every member's
    // safety, off the calling thread.
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [path = job->tempPath, keyDir, ident = job->ident, target = target(), cancel = m_cancel]() -> Error {
            const auto artifact = ArtifactInspector::inspectArtifact(path, KeyCache(keyDir), cancel.get());
            const QString what = tr("the download of %1").arg(ident.toString());
            if (!artifact)
                return artifact.errorWithContext(what + QStringLiteral(": "));
            if (!artifact->isTrusted())
                return Error { ErrorKind::Unverified, what + QStringLiteral(": ") + artifact->verificationDetail };
            if (artifact->ident() != ident)
                return Error { ErrorKind::Unverified, tr("%1 holds %2").arg(what, artifact->ident().toString()) };
            if (artifact->metadata.target != target)
                return Error { ErrorKind::Invalid,
                    tr("%1 is built for %2, not %3").arg(what, artifact->metadata.target, target) };
            return Error { ErrorKind::Invalid, QString() };
        }));
}

void ClosureDownloader::verified(const std::shared_ptr<Job>& job, const Error& error)
{
    if (!m_running)
        return;
    if (error.message.isEmpty())
        return store(job);
    // A body cut short cannot always be told from a spoilt file (Qt 6.4 sometimes reports a
    // chunked body ended by a closed connection as complete), so a download that does not verify
    // is fetched once more before it is refused.
    if (job->refetched || (error.kind != ErrorKind::Unverified && error.kind != ErrorKind::Invalid))
        return fail(error);
    qCInfo(lcBuilder) << error.message << "- downloading it once more";
    job->refetched = true;
    job->received = 0;
    job->total = -1;
    QFile::remove(job->tempPath);
    job->tempPath.clear();
    m_active.removeAll(job);
    m_queue.prepend(job);
    startMore();
}

void ClosureDownloader::store(const std::shared_ptr<Job>& job)
{
    // Its key first: an artifact in the cache whose signer hab cannot find would be refused.
    const QString keyPath = QDir(m_options.keyCache).filePath(job->keyName + QStringLiteral(".pub"));
    if (m_keysStaged.contains(job->keyName) && !QFileInfo::exists(keyPath)) {
        const QString staged = m_stagedKeys->filePath(job->keyName + QStringLiteral(".pub"));
        const QString temp = keyPath + QStringLiteral(".habmesos-part");
        QFile::remove(temp);
        if (!QFile::copy(staged, temp)
            || !QFile::setPermissions(temp,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther)
            || !QFile::rename(temp, keyPath)) {
            QFile::remove(temp);
            if (!QFileInfo::exists(keyPath)) // another hab may have put it there meanwhile
                return fail(Error { ErrorKind::Io, tr("cannot write the public key %1").arg(keyPath) });
        } else {
            m_outcome.keys << keyPath;
        }
    }
    QFile::setPermissions(job->tempPath,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (QFileInfo::exists(job->finalPath)) {
        QFile::remove(job->tempPath); // put there meanwhile (by hab, say): the same release, signed
    } else if (!QFile::rename(job->tempPath, job->finalPath)) {
        return fail(Error { ErrorKind::Io, tr("cannot store %1 in the artifact cache").arg(job->finalPath) });
    } else {
        m_outcome.downloaded << job->finalPath;
    }
    job->tempPath.clear();
    m_bytesDone += job->received;
    m_active.removeAll(job);
    ++m_progress.packagesDone;
    emitProgress();
    if (m_active.isEmpty() && m_queue.isEmpty())
        succeed();
    else
        startMore();
}

void ClosureDownloader::emitProgress()
{
    qint64 bytes = m_bytesDone;
    qint64 total = m_queue.isEmpty() ? m_bytesDone : -1;
    for (const auto& job : std::as_const(m_active)) {
        bytes += job->received;
        total = (total < 0 || job->total < 0) ? -1 : total + job->total;
    }
    m_progress.bytes = bytes;
    m_progress.totalBytes = total;
    Q_EMIT progress(m_progress);
}

void ClosureDownloader::stopAll()
{
    *m_cancel = true;
    const auto replies = m_replies;
    m_replies.clear();
    for (const QPointer<BuilderReply>& reply : replies) {
        if (!reply)
            continue;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    for (const auto& job : std::as_const(m_active))
        if (!job->tempPath.isEmpty())
            QFile::remove(job->tempPath);
    m_active.clear();
    m_queue.clear();
    m_waitingForKey.clear();
    m_keysStaged.clear();
    m_stagedKeys.reset();
}

void ClosureDownloader::fail(Error error)
{
    if (!m_running)
        return;
    m_running = false;
    stopAll();
    qCInfo(lcBuilder) << "closure download failed:" << error.message;
    m_result = Result<Outcome>(std::move(error));
    Q_EMIT finished();
}

void ClosureDownloader::succeed()
{
    m_running = false;
    m_stagedKeys.reset();
    m_keysStaged.clear();
    m_result = Result<Outcome>(m_outcome);
    Q_EMIT finished();
}

} // namespace habmesos
