// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportoptions.h"
#include "export/tarentry.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace habmesos {

// Which member names the agents' fetcher can extract (shared/reference/mesos-agent.md, B4).
// Mesos 1.7 and later extract with libarchive in the C locale (Mesos never calls setlocale) and
// treat any warning as fatal: a UTF-8 pax name gives "Pathname can't be converted from UTF-8 to
// current locale"; raw bytes (ustar, GNU longname, pax hdrcharset=BINARY) read, but
// archive_entry_pathname_utf8() is then NULL, which stout hands to path::join (a crash). So no tar
// encoding of a name outside ASCII survives them, nor of a hardlink target (stout joins
// archive_entry_hardlink_utf8() to the sandbox, NULL there: the link is written to a wrong path).
// The export refuses both, unless the agents are Mesos 1.6 or earlier, whose GNU tar extracts any
// name as bytes. A symlink target is not refused: stout never converts it, and libarchive creates
// the link from the stored bytes of a hdrcharset=BINARY header (TarballWriter writes non-ASCII
// names so), which tests/export checks with a replica of stout's extraction in the C locale.
class FetcherNameCheck
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::FetcherNameCheck)
public:
    // Printable ASCII only (0x20-0x7e): what every fetcher extracts as it is.
    static bool isPortable(const QString& name);
    // The entry's name, and a hardlink's target, are portable.
    static bool isPortable(const TarEntry& entry);
    // An error naming the package (its ident) and the member when `fetcher` cannot extract the
    // entry's name or hardlink target.
    static Status check(AgentFetcher fetcher, const QString& package, const TarEntry& entry);
};

} // namespace habmesos
