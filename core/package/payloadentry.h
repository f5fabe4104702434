// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace habmesos {

// One member of a package payload, as the reader hands it on after the safety checks.
struct PayloadEntry
{
    enum class Type
    {
        File,
        Directory,
        Symlink,
        Hardlink
    };

    QString path; // normalised: no leading "/" or "./", no trailing "/", e.g. "hab/pkgs/o/n/v/r/bin/x"
    Type type = Type::File;
    // Permission bits (0777, plus the sticky bit on directories). setuid and setgid bits are
    // dropped by the reader (EntryPolicy) and reported in droppedModeBits: a package is not
    // trusted to hand out privileges inside the container.
    quint32 mode = 0;
    quint32 droppedModeBits = 0;
    qint64 size = 0; // bytes of data that follow (files only)
    QString linkTarget; // symlink target as stored, or the hardlink's normalised target path
    qint64 mtime = 0;
};

} // namespace habmesos
