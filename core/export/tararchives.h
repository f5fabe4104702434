// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/tarentry.h"
#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <functional>

#include <sys/types.h>

struct archive;

namespace habmesos {

// The tar format of TarballWriter, from libarchive: one uncompressed tar stream, handed to
// `output` in order as it is made. POSIX pax, restricted: ustar headers unless a value needs an
// extended header (long names, large ids); GNU tar and bsdtar both read it. No blocking
// (bytes_per_block 0): every byte goes straight to `output`, and nothing is padded to a record at
// the end.
//
// Two libarchive writers take turns entry by entry. libarchive's pax writer converts names from
// the C library's locale to UTF-8, so a non-ASCII name came out differently per locale (or
// crashed it, see entryFor()). Its hdrcharset=BINARY option stops the conversion but adds a
// "hdrcharset" record, and so a pax header, to every entry, which would change every tarball (and
// every cached segment) made so far. So entries whose names are all ASCII (the same bytes in
// every locale) go through a plain writer, unchanged, and only the others through a writer with
// hdrcharset=BINARY (opened when first needed). Only the plain one ends the stream.
class TarArchives
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::TarArchives)
public:
    // Takes the tar stream's bytes; a failure stops the stream and is what the call that wrote
    // them returns (kind and message kept).
    using Output = std::function<Status(QByteArrayView tarBytes)>;

    // `name` (the tarball's) goes into the messages.
    TarArchives(QString name, Output output);
    ~TarArchives();
    TarArchives(const TarArchives&) = delete;
    TarArchives& operator=(const TarArchives&) = delete;

    Status open();
    // Ends the current entry (its padding) and writes the header of `entry`, whose size() bytes
    // of data must follow through writeData(). The entry must be valid (TarEntry::validate()).
    Status writeHeader(const TarEntry& entry);
    Status writeData(QByteArrayView data);
    // Ends the current entry: libarchive writes its padding.
    Status finishEntry();
    // Ends the current entry, then the stream (the end-of-archive blocks).
    Status close();
    // Frees both writers; nothing more reaches `output`.
    void discard();

    // Bytes of tar stream both writers have written.
    qint64 bytes() const;

private:
    Status openOne(archive** slot, bool binary);
    Status failure(archive* a, const QString& context);
    archive* current() const;
    static ssize_t forward(archive* a, void* self, const void* buffer, size_t length);

    QString m_name;
    Output m_output;
    QString m_member; // the current entry's
    Error m_outputError; // what `output` last refused, when it did
    bool m_outputFailed = false;
    bool m_discarding = false;
    archive* m_plain = nullptr;
    archive* m_binary = nullptr;
    archive* m_current = nullptr;
};

} // namespace habmesos
