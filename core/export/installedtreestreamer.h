// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportedpackage.h"
#include "export/exportoptions.h"
#include "package/packageref.h"
#include "result.h"

#include <QCoreApplication>

#include <atomic>

namespace habmesos {

class ExportProgress;
class TarballWriter;

// Streams an installed package (a hab/pkgs/<o>/<n>/<v>/<r> directory) into the tarball as one
// segment: checked whole first (member safety, IDENT against the path), then every member
// checked again as it is written, since the tree may change in between. Installed packages carry
// no signature: they are Unsigned, and never cached.
class InstalledTreeStreamer
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::InstalledTreeStreamer)
public:
    InstalledTreeStreamer(AgentFetcher fetcher, const std::atomic_bool* cancel, ExportProgress* progress);

    Result<ExportedPackage> stream(const PackageRef& ref, TarballWriter& writer) const;

private:
    AgentFetcher m_fetcher;
    const std::atomic_bool* m_cancel;
    ExportProgress* m_progress;
};

} // namespace habmesos
