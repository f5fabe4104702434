// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/marathonerror.h"
#include "marathon/tarballuploader.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace habmesos {

struct ExportResult;

// Publishes the files of a "harts" export (the bootstrap archive and every .hart of the closure)
// into one folder of a WebDAV server, sending only what is missing there. Their names are
// immutable (a fully qualified release never changes), so a file of the same name and size at
// the target is the same file: a HEAD per file decides, then TarballUploader PUTs the rest.
// Mesos' fetcher cache sizes every download with HEAD first and falls back to downloading into
// each sandbox when HEAD gives no Content-Length (shared/reference/builder-fetcher-ring.md §2.4),
// so the publisher also checks that the server answers HEAD that way, and warns when it does not.
// One run per object; finished() once at the end (also after cancel()).
class HartsPublisher : public QObject
{
    Q_OBJECT
public:
    struct File
    {
        QString localPath;
        QString fileName; // the name at the target
        qint64 bytes = 0; // 0: the local file's size
    };
    // What the server had at a file's name before publishing, after HEAD.
    enum class State
    {
        Unknown, // not asked (yet)
        Missing, // 404 or 410
        Present, // 200 with Content-Length equal to the file's size: not sent again
        DifferentSize, // 200 with another Content-Length: sent again
        Unchecked, // HEAD refused (405, 501) or answered without a usable Content-Length: sent
    };
    struct Check
    {
        QString fileName;
        State state = State::Unknown;
        qint64 bytes = 0; // the local file's size
        qint64 remoteBytes = -1; // the server's Content-Length, -1 when it gave none
        bool sent = false; // publish() put it whole on the server in this run
    };
    struct Outcome
    {
        QList<Check> files; // in the given order
        qint64 bytesToSend = 0; // plan(): what publish() would send; publish(): what it sent
        int sent = 0;
        int skipped = 0; // Present, not sent
        QStringList warnings;
        MarathonError error; // as TarballUploader's; Kind::Canceled after cancel()
    };

    // What a harts export wrote, in the order to publish it: the bootstrap, then every .hart.
    // Empty for a tarball export.
    static QList<File> filesOf(const ExportResult& result);

    explicit HartsPublisher(QObject* parent = nullptr);
    ~HartsPublisher() override;

    // HEAD each file at folder + fileName (folder: an http(s) URL; a missing trailing slash is
    // added), a few at once. Credentials: the folder's user info or options.user/password.
    void plan(const QUrl& folder, const QList<File>& files, const TarballUploader::Options& options);
    // plan(), then PUT every file that is not Present, two at a time, each followed by a HEAD that
    // checks the server now answers with its size. options.fetchUri is not used (one per file).
    void publish(const QUrl& folder, const QList<File>& files, const TarballUploader::Options& options);
    void cancel();

    const Outcome& outcome() const { return m_outcome; }
    // The folder published to, as the agents can be given it: without user info, ending in '/'.
    const QUrl& folder() const { return m_folder; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_outcome.error.isError(); }

Q_SIGNALS:
    void checked(int index, HartsPublisher::Check check); // as each HEAD of the plan answers
    void progress(qint64 sentBytes, qint64 totalBytes); // over the whole publish
    void finished();

private:
    struct Head
    {
        State state = State::Unknown;
        qint64 remoteBytes = -1;
        int status = 0;
        MarathonError error;
    };

    void start(const QUrl& folder, const QList<File>& files, const TarballUploader::Options& options, bool send);
    QUrl fileUrl(int index) const;
    void head(int index, bool verify);
    Head readHead(QNetworkReply* reply, int index) const;
    void onPlanned(int index, const Head& answer);
    void onVerified(int index, const Head& answer);
    void nextHeads();
    void nextUploads();
    void onUploaded(int index, TarballUploader* uploader);
    void noteUnchecked(int index, const Head& answer);
    void emitProgress();
    void maybeDone();
    void stop(MarathonError error);
    void finish();

    QNetworkAccessManager* m_nam = nullptr;
    QList<QPointer<QNetworkReply>> m_heads;
    QList<QPointer<TarballUploader>> m_uploaders;
    QList<File> m_files;
    QList<qint64> m_sentNow; // per file, bytes of the PUT in flight
    QList<int> m_toCheck;
    QList<int> m_toSend;
    QUrl m_folder;
    TarballUploader::Options m_options;
    QString m_user;
    QString m_password;
    QSslConfiguration m_tls;
    QList<QSslError> m_sslErrors;
    QStringList m_unchecked; // files whose size HEAD did not give
    QString m_uncheckedWhy; // how the server answered the first of them
    Outcome m_outcome;
    qint64 m_totalToSend = 0;
    qint64 m_doneBytes = 0;
    int m_headsInFlight = 0;
    int m_verifying = 0;
    bool m_send = false;
    bool m_started = false;
    bool m_stopped = false;
    bool m_finished = false;
};

} // namespace habmesos
