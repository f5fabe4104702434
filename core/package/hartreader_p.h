// SPDX-License-Identifier: Apache-2.0
#pragma once

// HartReader's state: the file, its libarchive reader fed through the BLAKE2b hash, and the
// members the reader keeps for itself. Only hartreader.cpp includes this.

#include "package/hartreader.h"

#include <QCoreApplication>
#include <QFile>

#include <archive.h>
#include <sodium.h>

#include <algorithm>
#include <cerrno>
#include <optional>

namespace habmesos {

struct HartReader::Private
{
    // The file's tr() context, stated so that lupdate files these strings under it too.
    Q_DECLARE_TR_FUNCTIONS(habmesos::HartReader)
public:
    static constexpr qint64 ChunkSize = qint64(1) << 20;
    // The first read of the payload is small and each next one twice as large, up to ChunkSize: a
    // reader that stops at the metadata (a scan's peek, a harts export's head) reads and hashes a few
    // dozen KiB, not a whole chunk, and its buffer's pages are touched only as far as it reads.
    static constexpr qint64 FirstReadSize = qint64(32) << 10;

    QString path;
    QString source; // the file name as errors show it
    QFile file;
    HartHeader header;
    const std::atomic_bool* cancel = nullptr;
    std::optional<EntryPolicy> policy;

    archive* ar = nullptr;
    QByteArray chunk;
    qint64 nextRead = FirstReadSize;
    crypto_generichash_state hash;
    qint64 hashed = 0; // payload bytes that went through the hash
    bool fileEnded = false;
    bool ioFailed = false;
    QString ioError;

    bool opened = false;
    bool atEnd = false;
    std::optional<Error> failure; // once set, every later call returns it
    QString dataError;

    // A member the reader keeps for itself (IDENT, TDEPS), served to read()/readBlock() too.
    bool serving = false;
    QByteArray served;
    qsizetype servedPos = 0;
    bool currentIsFile = false;
    QByteArray identText;
    QByteArray tdepsText;
    bool hasIdent = false;
    bool hasTdeps = false;

    bool finished = false;
    QString lastMember; // for errors between members

    ~Private()
    {
        if (ar)
            archive_read_free(ar);
    }

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }

    static la_ssize_t readCallback(archive* a, void* self, const void** buffer)
    {
        auto* d = static_cast<Private*>(self);
        if (d->cancelled()) {
            archive_set_error(a, ECANCELED, "cancelled");
            return -1;
        }
        const qint64 want = d->nextRead;
        d->nextRead = std::min(want * 2, ChunkSize);
        if (d->chunk.size() < want)
            d->chunk.resize(want);
        const qint64 n = d->file.read(d->chunk.data(), want);
        if (n < 0) {
            d->ioFailed = true;
            d->ioError = d->file.errorString();
            archive_set_error(a, EIO, "read error");
            return -1;
        }
        if (n == 0)
            d->fileEnded = true;
        crypto_generichash_update(&d->hash, reinterpret_cast<const unsigned char*>(d->chunk.constData()), size_t(n));
        d->hashed += n;
        *buffer = d->chunk.constData();
        return la_ssize_t(n);
    }

    Error archiveError(const QString& context) const
    {
        if (cancelled())
            return Error::cancelled();
        if (ioFailed)
            return { ErrorKind::Io, tr("%1: read error: %2").arg(source, ioError) };
        const char* text = ar ? archive_error_string(ar) : nullptr;
        QString what = text ? QString::fromUtf8(text) : tr("unknown error");
        // liblzma says "No progress is possible" when its input ends mid-stream.
        if (what.contains(QLatin1String("runcated"))
            || (fileEnded && what.contains(QLatin1String("No progress is possible"))))
            what = tr("the file is truncated (%1)").arg(what);
        return { ErrorKind::Invalid,
            context.isEmpty() ? QStringLiteral("%1: %2").arg(source, what)
                              : QStringLiteral("%1: %2: %3").arg(source, context, what) };
    }
};

} // namespace habmesos
