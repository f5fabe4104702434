// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportoptions.h"
#include "export/exportresult.h"
#include "result.h"

#include <QCoreApplication>

namespace habmesos {

// From a package to the Mesos container tarball, in one streaming pass per artifact (in the harts
// layout, ExportOptions::layout, the job is HartsExport's: a bootstrap and the signed .hart files):
//
//  1. The package and the Supervisor's packages (hab, hab-sup, hab-launcher, busybox-static,
//     cacerts) are located; their TDEPS, learnt while each is streamed, name the rest of the
//     closure, which is streamed in turn (the missing dependencies are reported at once, the
//     first few by name, MissingDependencies).
//  2. Each artifact's members go from its xz payload straight into the tarball (HartReader ->
//     TarballWriter): nothing is extracted to disk, memory stays bounded, the payload is hashed
//     on the way and the signature checked at its end; an unverified artifact stops the export
//     unless the user allowed it. Setuid and setgid bits are dropped, and said in the warnings.
//  3. Each package is one gzip segment; a verified package's segment is kept in the segment cache
//     (keyed by the hash its signature covers) and reused as is by later exports, so re-exporting
//     after a new release of the application recompresses only that package. A segment that does
//     not fit (a full disk) only costs its reuse (SegmentSidecar).
//  4. The rest of the image (RootfsLayout: /etc, /init.sh, links, keys) ends the stream, and the
//     tarball is renamed into place only when complete.
//
// The parts: PackageLocator and SupervisorRoles find the packages, ExportScheduler orders them and
// hands them to ArtifactStreamer (workers ahead of it, SegmentJobs) or InstalledTreeStreamer,
// RootfsWriter ends the image, TarballWriter writes it. Failures carry their kind: Cancelled,
// NotFound (a package or dependency), Unverified, Unsafe (a member refused), Io (a full disk, no
// output directory).
class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::ExportJob)
public:
    explicit ExportJob(ExportOptions options);

    Result<ExportResult> run();

private:
    ExportOptions m_options;
};

} // namespace habmesos
