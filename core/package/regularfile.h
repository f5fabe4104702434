// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <sys/types.h>

class QFile;

namespace habmesos {

// What the user names or a directory holds is read only when it is a regular file: opening a FIFO
// blocks until a writer comes, a device such as /dev/zero never ends, and a directory has nothing
// to read. The check is made on the opened descriptor (opened without blocking), so a file swapped
// for a FIFO in between cannot slip through either.
class RegularFile
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::RegularFile)
public:
    // Opens `path` read-only into `file`. The error names the path and, for something that is not
    // a regular file, what it is: "/dev/zero: not a regular file (a character device)".
    static Status open(QFile& file, const QString& path);
    // The same check without keeping the file open.
    static Status check(const QString& path);
    // "a directory", "a FIFO", "a character device", ... for a stat() mode that is not a regular file.
    static QString kindOf(mode_t mode);
};

} // namespace habmesos
