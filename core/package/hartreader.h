// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/entrypolicy.h"
#include "package/hartheader.h"
#include "package/packageartifact.h"
#include "package/payloadentry.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

namespace habmesos {

class KeyCache;

// Streams a .hart artifact: parses its header, then hands out the payload's tar members one by
// one, straight from the xz stream (libarchive, xz + tar only), never extracting to disk. Every
// byte of the payload passes through BLAKE2b-256 on the way, so verification costs no second
// read: call finish() after the last entry (or at any point: it drains the rest).
//
// Each member is checked before it is handed out (EntryPolicy): absolute names, "..", entries
// outside the package's own prefix hab/pkgs/<o>/<n>/<v>/<r>/ (its parent directories excepted),
// links that leave it, device nodes, FIFOs, sockets and sizes over the limits are refused with an
// error naming the artifact and the member ("<file>: member “<name>”: <what is wrong>").
//
// Some checks need the whole archive: absolute symlinks into other packages must name packages
// in TDEPS, and IDENT must agree with the member paths. The reader keeps copies of IDENT and
// TDEPS as they pass (the caller still reads them as usual) and makes these checks when next()
// reaches the end. So: the payload is known to be safe only once
// next() has returned the empty optional; an exporter must not publish anything it wrote before.
//
// The parent directories (hab, hab/pkgs, ...) are handed out too when the tar has them. Modes:
// see EntryPolicy (setuid/setgid dropped, reported in PayloadEntry::droppedModeBits).
// Memory stays bounded: 1 MiB of file buffer, libarchive's own buffers, and a few bytes per
// member for the policy's bookkeeping.
class HartReader
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::HartReader)
public:
    using Limits = PayloadLimits; // entrypolicy.h: maxEntrySize, maxTotalSize, maxEntries, maxPathLength

    HartReader();
    ~HartReader();
    HartReader(const HartReader&) = delete;
    HartReader& operator=(const HartReader&) = delete;

    // Opens the file and reads the header; a payload that is not xz (gzip, bzip2, zstd, plain tar)
    // is refused here, by name. `cancel`, when given, is polled while reading (between blocks of
    // the file and of member data; a cancelled read ends with Error::cancelled()). Errors have their
    // kind: Unsafe for a member EntryPolicy refuses, Io for a read error, Invalid for a damaged file.
    Status open(const QString& path, const Limits& limits = Limits(), const std::atomic_bool* cancel = nullptr);

    const HartHeader& header() const;
    const QString& path() const;

    // The next member, or an empty optional at the end of the archive; an error ends the read.
    // The package prefix is learnt from the first member below hab/pkgs/ that has all four
    // levels; every later member must be inside it.
    Result<std::optional<PayloadEntry>> next();
    // Data the caller does not read is skipped by the next call to next().
    // Reads the current member's data; returns 0 at its end, -1 on error (see errorString()).
    qint64 read(char* buffer, qint64 size);
    // Zero-copy alternative: a pointer to libarchive's next block of the current member.
    Result<QByteArrayView> readBlock();
    // The current member's data, whole (a metadata file, a program): more than the size `entry`
    // declares is an error.
    Result<QByteArray> readEntry(const PayloadEntry& entry);
    QString errorString() const;

    // The ident taken from the member paths (hab/pkgs/o/n/v/r), once known.
    QString prefix() const;

    // Drains what is left of the payload through the hash and checks the signature with the
    // signer's key from `keys`. Returns the outcome; `detail` says what failed, for a person,
    // naming the file and the key. NotChecked when the read was cancelled or the file could not
    // be read. It may be called after an error (to tell a damaged artifact from a tampered one);
    // afterwards the reader hands out nothing more.
    Verification finish(const KeyCache& keys, QString* detail = nullptr, QString* payloadHashHex = nullptr);

    qint64 compressedBytesRead() const; // for progress: payload bytes consumed so far

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace habmesos
