// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace habmesos {

// A Habitat package target such as x86_64-linux (habitat core/src/package/target.rs).
class PackageTarget
{
public:
    // architecture-system[-variant], each part [a-z0-9_]+
    static bool isWellFormed(QStringView target);
    // One of the targets Habitat knows (x86_64-linux, x86_64-linux-kernel2, x86_64-windows, ...).
    static bool isKnown(QStringView target);
    // Mesos agents run Linux containers: the targets whose binaries can run in our tarball.
    static bool isLinux(QStringView target);
    static QString defaultTarget() { return QStringLiteral("x86_64-linux"); }
};

} // namespace habmesos
