// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/marathonerror.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace habmesos {

class MarathonClient;
class MarathonReply;
class ReplyGuard;

// Puts the container tarball where Mesos' fetcher can download it, and says which URI to list
// in the app's `fetch`:
//  - uploadTo(): HTTP PUT to a WebDAV location or a pre-signed URL, streamed from disk;
//  - uploadToArtifactStore(): Marathon 0.7-1.4's artifact store (multipart POST /v2/artifacts).
// One upload per object; progress() while sending, finished() at the end (also after cancel()).
class TarballUploader : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString caFile; // added to the system's CAs for https targets
        int timeoutMs = 120000; // without any progress
        int deadlineMs = 60 * 60 * 1000; // the whole upload, from the first byte sent to the answer's last
        qint64 maxReplyBytes = 1024 * 1024; // a WebDAV or object store answers a PUT with a few bytes
        QString user; // HTTP Basic for the target (also taken from the URL's user info)
        QString password;
        QUrl fetchUri; // when the download URL differs from the upload URL (pre-signed URLs)
    };

    explicit TarballUploader(QObject* parent = nullptr);
    ~TarballUploader() override;

    void uploadTo(const QUrl& target, const QString& filePath, const Options& options);
    void uploadTo(const QUrl& target, const QString& filePath) { uploadTo(target, filePath, Options {}); }
    void uploadToArtifactStore(MarathonClient* client, const QString& filePath);
    void cancel();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const MarathonError& error() const { return m_error; }
    // The URI for the app's fetch list: the target without credentials and query (unless
    // Options::fetchUri was given), or the artifact store's Location.
    const QUrl& fetchUri() const { return m_fetchUri; }
    int httpStatus() const { return m_status; }

    // Where Marathon's artifact store at marathonUrl serves fileName (with the file:// provider,
    // the only one reachable over plain HTTP): <marathonUrl>/v2/artifacts/<fileName>.
    static QUrl artifactUri(const QUrl& marathonUrl, const QString& fileName);

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    void finished();

private:
    void fail(MarathonError error);
    void forwardProgress(qint64 sent, qint64 total);
    void onPutFinished();
    void onArtifactFinished();

    QPointer<ReplyGuard> m_guard;

    QNetworkAccessManager* m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    QPointer<MarathonReply> m_marathonReply;
    QString m_filePath;
    QUrl m_target;
    QString m_server;
    QUrl m_fetchUri;
    QList<QSslError> m_sslErrors;
    MarathonError m_error;
    int m_status = 0;
    bool m_finished = false;
    bool m_canceled = false;
};

} // namespace habmesos
