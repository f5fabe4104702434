// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportoptions.h"
#include "package/packageartifact.h"
#include "package/packageident.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace habmesos {

// What an export produced: the tarball and what the Marathon definition needs to know.
struct ExportResult
{
    struct Package
    {
        PackageIdent ident;
        QString path; // the .hart or installed directory it came from
        QString signer; // empty for installed packages
        Verification verification = Verification::NotChecked;
        bool reused = false; // its compressed segment came from the segment cache
    };

    // One .hart of the harts layout, as the agents download it.
    struct Hart
    {
        PackageIdent ident;
        QString fileName; // canonical: origin-name-version-release-target.hart
        QString path; // in the output folder
        qint64 bytes = 0;
        qint64 unpackedBytes = 0; // its payload tar, from the xz index (0 when unknown)
        // When init.sh installs it: every dependency is in an earlier wave, so the packages of one
        // wave can be installed at once.
        int wave = 0;
    };

    DeploymentLayout layout = DeploymentLayout::Tarball;
    // The tarball, or in the harts layout the bootstrap archive.
    QString tarballPath;
    QString tarballName;
    qint64 tarballSize = 0;
    // What the tarball takes once extracted, in bytes, as `du` counts it on ext4 (files rounded up
    // to 4 KiB blocks, one block per directory and symlink): with the tarball, which the Mesos
    // fetcher keeps in the sandbox, what the task's disk must hold before the service writes.
    qint64 extractedBytes = 0;
    PackageMetadata service; // the exported package's metadata (ident, exposes, exports, ...)
    QList<Package> packages; // in tarball order: the service, the Supervisor's packages, their closures
    // The harts layout's downloads besides the bootstrap: the service first, then the
    // Supervisor's packages, then the rest of the closure.
    QList<Hart> harts;
    QStringList warnings;
};

} // namespace habmesos
