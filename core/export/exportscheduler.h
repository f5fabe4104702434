// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/artifactstreamer.h"
#include "export/exportedpackage.h"
#include "export/exportoptions.h"
#include "package/packageref.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <atomic>

namespace habmesos {

class ExportProgress;
class InstalledTreeStreamer;
class PackageLocator;
class SegmentJobs;
class SupervisorRoles;
class TarballWriter;

// Which package goes into the tarball when, and who compresses it. Packages go in a fixed order,
// breadth first over TDEPS from the root and the Supervisor's packages (the order they are named,
// never the order workers finish in), so the same inputs give the same tarball. For gzip, workers
// compress the artifacts into the segment cache ahead of time (SegmentJobs), and the exporting
// thread appends each segment in its turn; installed packages and the other formats it streams
// itself. Missing dependencies are reported all at once, as soon as they are known (NotFound).
class ExportScheduler
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::ExportScheduler)
public:
    // `stop` is raised on any failure (and on the caller's cancel), to stop the workers.
    ExportScheduler(const ExportOptions& options, const PackageLocator& locator, const SupervisorRoles& roles,
        const ArtifactStreamer& artifacts, const InstalledTreeStreamer& installed, ExportProgress& progress,
        std::atomic_bool& stop);

    // Streams `initial` (the root first, then the Supervisor's packages) and the closure their
    // TDEPS name into `writer`; returns the packages in tarball order, and adds to `warnings`.
    Result<QList<ExportedPackage>> run(const QList<PackageRef>& initial, TarballWriter& writer, QStringList* warnings);

private:
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }
    Result<ExportedPackage> streamOne(qsizetype index, const PackageRef& ref, SegmentJobs& jobs, TarballWriter& writer);
    Result<ExportedPackage> appendPrepared(
        ArtifactStreamer::Prepared prepared, const PackageRef& ref, TarballWriter& writer);
    // What is refused as soon as a package is read: another target than the root's, a service
    // the caller refuses, a package that cannot fill its Supervisor role.
    Status accept(const PackageRef& ref, const ExportedPackage& package, const PackageRef& root) const;

    const ExportOptions& m_options;
    const PackageLocator& m_locator;
    const SupervisorRoles& m_roles;
    const ArtifactStreamer& m_artifacts;
    const InstalledTreeStreamer& m_installed;
    ExportProgress& m_progress;
    std::atomic_bool& m_stop;
    // Segments the cache could not give back, written again without it (the cache is an
    // optimisation: its failures never fail the export).
    int m_cacheMisses = 0;
    QString m_firstCacheError;
};

} // namespace habmesos
