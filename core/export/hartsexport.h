// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportoptions.h"
#include "export/exportresult.h"
#include "result.h"

#include <QCoreApplication>

namespace habmesos {

// The harts layout (issue #14): nothing is unpacked or compressed again on this machine.
//  1. The package and the Supervisor's packages are located as for the tarball; their metadata
//     is read from the front of each payload (ArtifactHead), their TDEPS name the rest of the
//     closure, of which only the TDEPS are read; every payload is hashed as stored against its
//     signature, and must verify: hab checks it again on the agent and would refuse it. The
//     TDEPS give each .hart its install wave (ExportResult::Hart::wave).
//  2. The bootstrap archive holds what must exist before any package is installed: busybox
//     (from busybox-static), the hab package's bin/, /etc, the origins' public keys and
//     init.sh, which installs the fetched .hart files offline and starts the Supervisor
//     (RootfsLayout::Bootstrap). Its name carries a hash of its bytes, so it changes exactly when
//     its content does, and the same inputs give the same bytes.
//  3. Each .hart is put into the output folder under its canonical name (a hard link when it
//     can be, else a copy; renamed into place when complete), beside the bootstrap: the folder is
//     what an upload publishes.
// The result names the bootstrap as its tarball and lists the .hart files (ExportResult::harts).
class HartsExport
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::HartsExport)
public:
    explicit HartsExport(const ExportOptions& options);
    Result<ExportResult> run();

    // origin-name-version-release-target.hart, as Habitat names it in the artifact cache.
    static QString canonicalFileName(const PackageIdent& ident, const QString& target);
    // habmesos-bootstrap-<16 hex digits of the SHA-256 of its bytes>.tgz
    static QString bootstrapFileName(const QByteArray& sha256);
    static bool isBootstrapFileName(const QString& name);

private:
    const ExportOptions& m_options;
};

} // namespace habmesos
