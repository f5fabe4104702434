// SPDX-License-Identifier: Apache-2.0
#include "export/exportjob.h"

#include "export/artifactstreamer.h"
#include "export/exportprogress.h"
#include "export/exportscheduler.h"
#include "export/hartsexport.h"
#include "export/installedtreestreamer.h"
#include "export/packagelocator.h"
#include "export/rootfswriter.h"
#include "export/segmentcache.h"
#include "export/supervisorroles.h"
#include "export/tarballwriter.h"
#include "package/keycache.h"
#include "package/packagetarget.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <limits>
#include <memory>

namespace habmesos {

ExportJob::ExportJob(ExportOptions options)
    : m_options(std::move(options))
{ }

Result<ExportResult> ExportJob::run()
{
    using R = Result<ExportResult>;
    if (m_options.layout == DeploymentLayout::Harts)
        return HartsExport(m_options).run();
    const std::atomic_bool* cancel = m_options.cancel;
    auto cancelled = [cancel] { return cancel && cancel->load(); };

    PackageLocator locator(m_options);
    locator.scan(cancel);
    if (cancelled())
        return R::cancelled();
    SupervisorRoles roles(m_options);
    const auto located = locator.locateInitial(m_options.package, roles);
    if (!located)
        return located.errorInfo();
    const QList<PackageRef>& initial = located.value();
    const PackageRef* root = &initial.first();

    const QString outDir = m_options.outputDir.isEmpty() ? QDir::currentPath() : m_options.outputDir;
    // Io, not NotFound: the tarball cannot be written where it was asked for (as for a full disk).
    if (!QFileInfo(outDir).isDir())
        return R::failure(ErrorKind::Io, tr("the output directory %1 does not exist").arg(outDir));
    ExportResult result;
    result.tarballName = root->ident.archiveStem() + tarballSuffix(m_options.format);
    result.tarballPath = QDir(outDir).absoluteFilePath(result.tarballName);

    // Gzip tarballs are assembled from per-package segments that worker threads make in parallel
    // (several artifacts decompressed at once); they go to the user's segment cache, or to a
    // private one for this export when there is none (or when unverified artifacts are allowed:
    // those never enter the shared cache).
    const bool parallel = m_options.format == TarballFormat::Gzip;
    std::unique_ptr<SegmentCache> cache;
    std::unique_ptr<QTemporaryDir> privateCacheDir;
    if (parallel && !m_options.segmentCache.isEmpty() && !m_options.allowUnverified) {
        cache = std::make_unique<SegmentCache>(m_options.segmentCache);
        if (const Status ok = cache->ensureDirectory(); !ok) {
            result.warnings.append(ok.error());
            cache.reset();
        }
    }
    if (parallel && !cache) {
        privateCacheDir
            = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("habmesos-segments-XXXXXX")));
        if (!privateCacheDir->isValid())
            return R::failure(
                ErrorKind::Io, tr("cannot create a temporary directory: %1").arg(privateCacheDir->errorString()));
        cache = std::make_unique<SegmentCache>(privateCacheDir->path(), std::numeric_limits<qint64>::max());
    }

    const KeyCache keys(m_options.keyDir);
    ExportProgress progress(m_options.progress);
    // Raised by a failure or the caller's cancel: stops the workers and the writer.
    std::atomic_bool stop = false;
    TarballWriter writer;
    TarballWriterOptions writerOptions;
    writerOptions.threads = m_options.threads;
    writerOptions.cancel = &stop;
    if (const Status opened = writer.open(result.tarballPath, m_options.format, writerOptions); !opened)
        return opened.errorInfo();
    auto fail = [&](const Error& error) -> R {
        stop = true;
        writer.abort();
        return error;
    };

    ArtifactStreamer::Context context;
    context.keys = &keys;
    context.cache = cache.get();
    context.cacheIsPrivate = privateCacheDir != nullptr;
    context.allowUnverified = m_options.allowUnverified;
    context.fetcher = m_options.agentFetcher;
    context.stop = &stop;
    context.userCancel = cancel;
    context.progress = &progress;
    context.tarballPath = result.tarballPath;
    // Each worker compresses on its own thread: the workers themselves already keep every core
    // busy, and fewer blocks in flight keep memory low.
    context.workerThreads = m_options.threads > 0 ? m_options.threads : 1;
    const ArtifactStreamer artifacts(context);
    const InstalledTreeStreamer installed(m_options.agentFetcher, cancel, &progress);
    ExportScheduler scheduler(m_options, locator, roles, artifacts, installed, progress, stop);
    const auto packages = scheduler.run(initial, writer, &result.warnings);
    if (!packages)
        return fail(packages.errorInfo());
    const auto rootfsBytes = RootfsWriter::write(packages.value(), roles, keys, writer);
    if (!rootfsBytes)
        return fail(rootfsBytes.errorInfo());
    if (cancelled())
        return fail(Error::cancelled());
    if (const Status committed = writer.commit(); !committed)
        return committed.errorInfo();
    progress.report(true);
    if (cache && !privateCacheDir) {
        if (const auto freed = cache->evict(); !freed)
            result.warnings.append(freed.error());
    }

    result.tarballSize = QFileInfo(result.tarballPath).size();
    result.service = packages->first().metadata;
    result.extractedBytes = rootfsBytes.value();
    for (const ExportedPackage& p : packages.value()) {
        result.packages.append(p.summary);
        result.extractedBytes += p.extractedBytes;
    }
    return result;
}

} // namespace habmesos
