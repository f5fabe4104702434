// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageident.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace habmesos {

class BuilderClient;
class BuilderReply;

// Downloads a package and every member of its closure that is not here yet from Builder, the way
// `hab pkg download` walks it (habitat components/hab/src/command/pkg/download.rs: the release's
// metadata names its TDEPS) and stores them as `hab pkg install` does: in the artifact cache under
// the canonical name <origin>-<name>-<version>-<release>-<target>.hart, and each signer's public
// key by its exact revision in the key cache, so hab finds them too.
//
// Nothing partial or unverified ever lands in either cache: each artifact is written to a hidden
// temporary file beside its final place, its IDENT, TARGET and signature are checked with the
// signer's key (fetched into a private staging folder when missing), and only then is it renamed
// into place, its key with it. Several downloads run at once; cancel() or the first failure stops
// them all and removes every temporary file.
class ClosureDownloader : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString artifactCache; // empty: HabPaths::artifactCache()
        QString keyCache; // empty: HabPaths::keyCache()
        QString channel; // resolves a partial ident; empty: the client's
        int parallel = 4;
        // Whether a closure member is here in another way than its canonical file in the artifact
        // cache (installed, or a .hart the operator named); may be empty.
        std::function<bool(const PackageIdent&)> alsoPresent;
    };
    struct Progress
    {
        qint64 bytes = 0; // received so far
        qint64 totalBytes = -1; // -1 while a download's size is unknown (chunked answers)
        int packagesDone = 0; // present, or downloaded and verified
        int packages = 0; // in the closure; 0 while it is being resolved
    };
    struct Outcome
    {
        PackageIdent ident; // the release resolved
        QList<PackageIdent> closure; // it first, then its TDEPS
        QStringList downloaded; // final paths of the artifacts stored
        QStringList keys; // final paths of the public keys stored
        int alreadyPresent = 0;
    };

    ClosureDownloader(BuilderClient* client, Options options, QObject* parent = nullptr);
    ~ClosureDownloader() override;

    // `ident`: origin/name[/version[/release]]. Emits finished() once, asynchronously.
    void start(const PackageIdent& ident);
    void cancel();
    bool isRunning() const { return m_running; }
    const Progress& currentProgress() const { return m_progress; }
    // Set when finished() was emitted.
    const std::optional<Result<Outcome>>& result() const { return m_result; }

    static QString canonicalName(const PackageIdent& ident, const QString& target);
    // Whether a fully qualified package needs no download: its canonical file is in the artifact
    // cache, where hab looks for it (install.rs cached_artifact_path), or options.alsoPresent says so.
    static bool isPresent(const Options& options, const QString& target, const PackageIdent& ident);

Q_SIGNALS:
    void progress(const habmesos::ClosureDownloader::Progress& progress);
    // What is being done, for a status line: "downloading core/glibc/2.22/2016…".
    void activity(const QString& text);
    void finished();

private:
    struct Job
    {
        PackageIdent ident;
        QString tempPath; // the hidden file it is downloaded into; empty once stored
        QString finalPath;
        QString keyName; // the signer, from the downloaded artifact's header
        qint64 received = 0;
        qint64 total = -1;
        bool refetched = false; // downloaded again after it did not verify
    };
    void resolved(const BuilderReply* reply, const PackageIdent& asked);
    void explainMissing(const PackageIdent& asked);
    void startMore();
    void downloaded(const std::shared_ptr<Job>& job, const BuilderReply* reply);
    void needKey(const std::shared_ptr<Job>& job);
    void keyDownloaded(const QString& keyName, const QString& path, const BuilderReply* reply);
    void verify(const std::shared_ptr<Job>& job);
    void verified(const std::shared_ptr<Job>& job, const Error& error);
    void store(const std::shared_ptr<Job>& job);
    void emitProgress();
    void fail(Error error);
    void succeed();
    void stopAll();
    QString target() const;

    BuilderClient* m_client;
    Options m_options;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Progress m_progress;
    Outcome m_outcome;
    std::optional<Result<Outcome>> m_result;
    QList<std::shared_ptr<Job>> m_queue;
    QList<std::shared_ptr<Job>> m_active;
    QList<QPointer<BuilderReply>> m_replies;
    std::unique_ptr<QTemporaryDir> m_stagedKeys;
    QSet<QString> m_keysStaged; // named revisions in m_stagedKeys
    QHash<QString, QList<std::shared_ptr<Job>>> m_waitingForKey;
    qint64 m_bytesDone = 0;
    // The verifications' own threads (never the global pool, which a caller may be running on).
    QThreadPool m_pool;
};

} // namespace habmesos
