// SPDX-License-Identifier: Apache-2.0
#include "export/exportscheduler.h"

#include "export/exportprogress.h"
#include "export/installedtreestreamer.h"
#include "export/packagelocator.h"
#include "export/segmentcache.h"
#include "export/segmentjobs.h"
#include "export/supervisorroles.h"
#include "export/tarballwriter.h"
#include "logging.h"

#include <QSet>
#include <QThread>

#include <algorithm>

namespace habmesos {

ExportScheduler::ExportScheduler(const ExportOptions& options, const PackageLocator& locator,
    const SupervisorRoles& roles, const ArtifactStreamer& artifacts, const InstalledTreeStreamer& installed,
    ExportProgress& progress, std::atomic_bool& stop)
    : m_options(options)
    , m_locator(locator)
    , m_roles(roles)
    , m_artifacts(artifacts)
    , m_installed(installed)
    , m_progress(progress)
    , m_stop(stop)
{ }

Result<QList<ExportedPackage>> ExportScheduler::run(
    const QList<PackageRef>& initial, TarballWriter& writer, QStringList* warnings)
{
    using R = Result<QList<ExportedPackage>>;
    const PackageRef root = initial.first();
    QList<PackageRef> queue = initial;
    QSet<PackageIdent> queued;
    for (const PackageRef& ref : initial)
        queued.insert(ref.ident);
    // Destroyed (its workers waited for) on return, after `fail` has raised the stop flag.
    SegmentJobs jobs(std::max(2, QThread::idealThreadCount()));
    auto fail = [&](const Error& error) -> R {
        m_stop = true;
        return error;
    };
    auto schedule = [&](qsizetype index, const PackageRef& ref) {
        m_progress.addToTotal(ref.size);
        if (m_artifacts.context().cache && ref.isArtifact())
            jobs.start(index, [this, ref] { return m_artifacts.prepare(ref); });
    };
    for (qsizetype i = 0; i < queue.size(); ++i)
        schedule(i, queue[i]);

    QList<PackageIdent> missing;
    QHash<PackageIdent, QList<PackageIdent>> requiredBy;
    QList<ExportedPackage> done;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        // Checked for every package, not only while waiting: the workers may be done already.
        if (cancelled())
            return fail(Error::cancelled());
        const PackageRef ref = queue[i];
        auto streamed = streamOne(i, ref, jobs, writer);
        if (!streamed)
            return fail(streamed.errorInfo());
        m_progress.report();
        ExportedPackage package = std::move(streamed).value();
        package.summary.ident = ref.ident;
        if (const Status accepted = accept(ref, package, root); !accepted)
            return fail(accepted.errorInfo());
        if (!package.warning.isEmpty())
            warnings->append(package.warning);
        if (!package.dropped.isEmpty())
            warnings->append(package.dropped.warning(ref.ident));
        for (const PackageIdent& dep : std::as_const(package.metadata.tdeps)) {
            requiredBy[dep].append(ref.ident);
            if (queued.contains(dep))
                continue;
            queued.insert(dep);
            const auto depRef = m_locator.find(dep, root.target);
            if (!depRef) {
                missing.append(dep);
                continue;
            }
            queue.append(*depRef);
            schedule(queue.size() - 1, *depRef);
        }
        done.append(std::move(package));
        // TDEPS is the whole runtime closure: once the root and the Supervisor's packages are
        // in, everything missing is known, and compressing the rest would be for nothing.
        if (i + 1 == initial.size() && !missing.isEmpty())
            return fail(m_locator.missingDependencies(missing, requiredBy, root.target));
    }
    // Only packages whose TDEPS disagree with the root's can name more.
    if (!missing.isEmpty())
        return fail(m_locator.missingDependencies(missing, requiredBy, root.target));
    if (m_cacheMisses > 0)
        warnings->append(tr(
            "the segment cache could not give back %n package(s), compressed again instead: %1", nullptr, m_cacheMisses)
                             .arg(m_firstCacheError));
    return done;
}

Result<ExportedPackage> ExportScheduler::streamOne(
    qsizetype index, const PackageRef& ref, SegmentJobs& jobs, TarballWriter& writer)
{
    if (!jobs.contains(index))
        return ref.isArtifact() ? m_artifacts.stream(ref, writer) : m_installed.stream(ref, writer);
    // Progress goes on while a worker compresses; the caller's cancel flag (which nobody signals)
    // is looked at meanwhile too. Without a progress report, the worker's end is all there is to
    // wait for: it notices the cancel flag itself.
    auto whileWaiting = [this] {
        m_progress.report();
        return !cancelled();
    };
    auto prepared = jobs.take(index, whileWaiting, m_progress.reports() ? ExportProgress::IntervalMs : 0);
    if (!prepared || cancelled())
        return Result<ExportedPackage>::cancelled();
    return appendPrepared(std::move(*prepared), ref, writer);
}

Result<ExportedPackage> ExportScheduler::appendPrepared(
    ArtifactStreamer::Prepared prepared, const PackageRef& ref, TarballWriter& writer)
{
    if (!prepared.package)
        return prepared.error;
    const ArtifactStreamer::Context& context = m_artifacts.context();
    const Status appended = writer.appendSegment(*context.cache, prepared.cacheKey);
    // A private cache's segment serves this export once. Its directory goes as a whole at the
    // end: removing each segment early only keeps the disk use down, so a failure is harmless.
    if (context.cacheIsPrivate)
        (void)context.cache->remove(prepared.cacheKey);
    if (appended)
        return std::move(*prepared.package);
    // The worker's segment did not reach the cache (a write that failed) or left it since: while
    // the writer is still usable, stream the artifact here, without it.
    if (!writer.isOpen())
        return appended.errorInfo();
    qCWarning(lcExport) << "streaming" << ref.path << "again:" << appended.error();
    if (m_cacheMisses++ == 0)
        m_firstCacheError = appended.error();
    m_progress.add(-ref.size); // the worker's pass counted already
    return m_artifacts.streamUncached(ref, writer);
}

Status ExportScheduler::accept(const PackageRef& ref, const ExportedPackage& package, const PackageRef& root) const
{
    if (package.metadata.target != root.target)
        return Status::failure(
            tr("%1 is built for %2, but %3 is built for %4")
                .arg(ref.ident.toString(), package.metadata.target, root.ident.toString(), root.target));
    // What the caller refuses in the service itself is said now, not after every package has
    // been compressed.
    if (ref.ident == root.ident && m_options.checkService) {
        if (const QString refusal = m_options.checkService(package.metadata); !refusal.isEmpty())
            return Status::failure(refusal);
    }
    return m_roles.checkPrograms(ref.ident, package.binNames);
}

} // namespace habmesos
