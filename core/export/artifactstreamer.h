// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportedpackage.h"
#include "export/exportoptions.h"
#include "export/segmentsidecar.h"
#include "package/packageref.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <optional>

namespace habmesos {

class ExportProgress;
class HartHeader;
class KeyCache;
class SegmentCache;
class TarballWriter;

// Streams a .hart's members into the tarball, one package as one segment: from its xz payload
// straight into the TarballWriter (nothing extracted to disk, memory bounded), the payload hashed
// on the way and its signature checked at the end (an unverified artifact is refused, Unverified,
// unless the options allow it), names the agents cannot extract refused (Unsafe). A verified
// package's segment goes to the segment cache, keyed by the hash its signature covers, and is
// appended from there by later exports instead of being compressed again.
//
// The exporting thread streams into the tarball's writer (stream()); workers compress artifacts
// into the segment cache ahead of it, several at once (prepare()). Const and shared: the context
// is read only, the progress counter takes concurrent additions.
class ArtifactStreamer
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::ArtifactStreamer)
public:
    struct Context
    {
        const KeyCache* keys = nullptr;
        SegmentCache* cache = nullptr; // where a package's segment is kept; null: not kept
        bool cacheIsPrivate = false; // a temporary cache of this export only
        bool allowUnverified = false;
        AgentFetcher fetcher = AgentFetcher::Libarchive; // which names the tarball may hold
        const std::atomic_bool* stop = nullptr; // the export's own stop flag (failures, cancel)
        const std::atomic_bool* userCancel = nullptr; // the caller's cancel flag
        ExportProgress* progress = nullptr;
        QString tarballPath; // what the segments are for (the workers' messages name it)
        int workerThreads = 1; // compression threads of each worker
    };

    // What a worker made of one artifact: the package, its segment in the cache under cacheKey.
    struct Prepared
    {
        std::optional<ExportedPackage> package; // empty on failure
        Error error;
        QString cacheKey;
    };

    explicit ArtifactStreamer(Context context);

    const Context& context() const { return m_context; }

    // Streams `ref` into `writer` as one segment, or appends its segment from the user's cache
    // when there is one (when that fails and `writer` is still usable, the artifact is streamed
    // afresh).
    Result<ExportedPackage> stream(const PackageRef& ref, TarballWriter& writer) const;
    // The same without the cache: for an artifact whose prepared segment the cache could not give back.
    Result<ExportedPackage> streamUncached(const PackageRef& ref, TarballWriter& writer) const;
    // A worker's part: compresses `ref` into the segment cache (a segment already there is only
    // looked up) and writes its sidecar beside it.
    Prepared prepare(const PackageRef& ref) const;

private:
    bool stopRequested() const;
    QString segmentKey(const PackageRef& ref, const HartHeader& header, const SegmentCache* cache) const;
    // With `append`, a cached segment is appended to `writer`; without, only looked up.
    std::optional<Result<ExportedPackage>> reuse(
        const PackageRef& ref, const QString& key, TarballWriter& writer, bool append) const;
    // `*sidecar` gets what the segment's sidecar must hold when it is written afresh for the
    // user's cache; the caller writes it once the segment is in the cache.
    Result<ExportedPackage> streamInto(const PackageRef& ref, TarballWriter& writer, SegmentCache* cache,
        bool appendCached, QString* cacheKey, std::optional<SegmentSidecar::Facts>* sidecar = nullptr) const;

    Context m_context;
};

} // namespace habmesos
