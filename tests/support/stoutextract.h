// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QString>

#include <archive.h>

namespace habmesos::test {

// A replica, for tests, of how a Mesos agent (1.7 and later) extracts a fetched archive: Mesos'
// 3rdparty/stout/include/stout/archiver.hpp extract() (libarchive: read with every format and
// filter, write to disk with `flags`; any result <= ARCHIVE_WARN is fatal; names joined to the
// destination from archive_entry_pathname_utf8() and archive_entry_hardlink_utf8()), called with
// the flags of src/launcher/fetcher.cpp: ARCHIVE_EXTRACT_TIME in 1.7.0-1.7.2, plus
// ARCHIVE_EXTRACT_SECURE_NODOTDOT from 1.7.3 and 1.8.0 (shared/reference/mesos-agent.md, B4).
//
// It runs in the calling process and its locale. Mesos never calls setlocale, so its fetcher runs
// in the C locale; a Qt program has called setlocale(LC_ALL, "") (QCoreApplication does), so to see
// what an agent does run the `stout-extract` executable (which never calls setlocale), e.g. under
// `env -i`. Where stout itself would crash (a NULL name from archive_entry_pathname_utf8() made into
// a std::string), the replica fails with an error saying so instead.
struct StoutExtract
{
    static constexpr int Mesos17Flags = ARCHIVE_EXTRACT_TIME; // 1.7.0-1.7.2
    static constexpr int Mesos18Flags = ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_NODOTDOT; // 1.7.3, 1.8+

    // Extracts `archive` under `destination` (which must exist), as stout does.
    static Status extract(const QString& archive, const QString& destination, int flags);
};

} // namespace habmesos::test
