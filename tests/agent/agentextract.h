// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QString>

#include <string>

namespace habmesos::test {

// A replica of stout's archiver::extract (MESOS 3rdparty/stout/include/stout/archiver.hpp), which
// the Mesos >= 1.7 fetcher (src/launcher/fetcher.cpp) calls for .tar/.tgz/.tar.gz/.tbz2/.tar.bz2/
// .txz/.tar.xz/.zip with ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_NODOTDOT (1.7.3, 1.8.0 on).
// It duplicates tests/support/stoutextract.{h,cpp} (another branch) until that one is merged.
//
// Like stout: any archive_read_next_header/write result <= ARCHIVE_WARN is fatal, and member names
// go through archive_entry_pathname_utf8/hardlink_utf8 and path::join. Where stout would pass a
// NULL name to path::join (a name not convertible in the C locale), Mesos would crash; this one
// fails with a message saying so instead.
//
// The caller picks the locale: the fetcher never calls setlocale, so run this in a process that
// does not either (the agent-extract tool, started with `env -i LC_ALL=C`).
struct AgentExtract
{
    static constexpr int MesosFlags = 0x0004 /* ARCHIVE_EXTRACT_TIME */ | 0x0200 /* ARCHIVE_EXTRACT_SECURE_NODOTDOT */;

    static Status extract(const QString& archive, const QString& destination, int flags = MesosFlags);
    // The same without Qt strings, for the tool; an empty string is success.
    static std::string extractRaw(const std::string& archive, const std::string& destination, int flags);
    // stout's path::join(a, b): one '/' removed from the end of a and from the start of b.
    static std::string join(const std::string& a, const std::string& b);
};

} // namespace habmesos::test
