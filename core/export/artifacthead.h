// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageartifact.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>

namespace habmesos {

class KeyCache;

// What the harts layout needs of an artifact without unpacking it (HartsExport): its metadata,
// read from the front of the payload, a few files of its bin/ (the bootstrap's hab and busybox),
// and the verdict of its signature over the whole payload. Habitat writes a payload in name order
// (plan-build's tar --sort=name), so the metadata files (upper-case names, default.toml, hooks/)
// come before the package's other members: decompression stops at the first member that sorts
// after what is needed, provided every member until then came in name order. An artifact whose
// members are out of order is read to its end. Either way the rest of the payload is hashed as
// stored, not decompressed (HartReader::finish).
struct ArtifactHead
{
    PackageArtifact artifact; // metadata, signer, verification, payload hash, file size
    QStringList binNames; // names in bin/ seen (all of them when `wantBinNames`)
    QList<QPair<QString, QByteArray>> binFiles; // the regular files of bin/ asked for, in payload order
    bool readToEnd = false; // the payload was decompressed completely

    // `binFiles`: names in bin/ whose contents are wanted; when there are any, the other regular
    // files of bin/ read until then come too (a program's helpers). `readUpTo`: in a payload in
    // name order, the read stops after the first member (in the package) whose name is at least
    // this: "TDEPS" for the closure, "bin/hab-sup" to see a program, "bin0" for all of bin/; empty:
    // every metadata file, default.toml and hooks/ included.
    static Result<ArtifactHead> read(const QString& hartPath, const KeyCache& keys, const QStringList& binFiles,
        const QString& readUpTo = QString(), const std::atomic_bool* cancel = nullptr);

    Q_DECLARE_TR_FUNCTIONS(habmesos::ArtifactHead) // last: it ends in "private:"
};

} // namespace habmesos
