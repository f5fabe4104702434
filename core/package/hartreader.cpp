// SPDX-License-Identifier: Apache-2.0
#include "package/hartreader.h"
#include "package/hartreader_p.h"

#include "logging.h"
#include "package/entrypolicy.h"
#include "package/keycache.h"
#include "package/packagemetadata.h"
#include "package/regularfile.h"
#include "sodiuminit.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>
#include <sodium.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

namespace habmesos {

namespace {

// A name as the archive's bytes. Not archive_entry_*_utf8(): that converts through the C
// library's locale and is NULL in a non-UTF-8 one. The multibyte form holds the stored bytes in
// UTF-8 and C locales (a UTF-8 pax record that cannot be converted is kept as it is, with a
// warning; hdrcharset=BINARY and ustar names are never converted), so a package reads the same
// in both; EntryPolicy then checks that they are UTF-8. In a legacy 8-bit locale libarchive would
// convert a UTF-8 pax record into it (Habitat writes none: its harts carry ustar/GNU names).
QByteArray entryText(const char* raw)
{
    return raw ? QByteArray(raw) : QByteArray();
}

} // namespace

HartReader::HartReader()
    : d(std::make_unique<Private>())
{ }

HartReader::~HartReader() = default;

const HartHeader& HartReader::header() const
{
    return d->header;
}

const QString& HartReader::path() const
{
    return d->path;
}

QString HartReader::prefix() const
{
    return d->policy && d->policy->hasPrefix() ? d->policy->prefixIdent().toString() : QString();
}

qint64 HartReader::compressedBytesRead() const
{
    return d->hashed;
}

QString HartReader::errorString() const
{
    return d->dataError.isEmpty() ? d->failure.value_or(Error()).message : d->dataError;
}

Status HartReader::open(const QString& path, const Limits& limits, const std::atomic_bool* cancel)
{
    ensureSodium();
    if (d->opened)
        return Status::failure(tr("%1: the reader is already open").arg(path));
    d->opened = true;
    d->path = path;
    d->source = path;
    d->cancel = cancel;
    d->policy.emplace(d->source, limits);

    auto failed = [&](Error error) {
        d->failure = error;
        return Status(std::move(error));
    };

    // A FIFO or device named .hart (say, in a scanned cache directory) would block or never end.
    if (const Status opened = RegularFile::open(d->file, path); !opened)
        return failed(opened.errorInfo());
    auto header = HartHeader::read(d->file, d->source);
    if (!header)
        return failed(header.errorInfo());
    d->header = header.value();

    // Habitat payloads are xz; say what it is instead when it is not, rather than a generic
    // "unrecognized format" from libarchive (which is only given xz and tar to try).
    const QByteArray magic = d->file.peek(6);
    if (magic.isEmpty())
        return failed({ ErrorKind::Invalid,
            tr("%1: the artifact has no payload after its header (the file is truncated)").arg(d->source) });
    static const char xzBytes[] = { char(0xFD), '7', 'z', 'X', 'Z', 0 };
    const QByteArray xzMagic(xzBytes, 6);
    if (magic.size() < xzMagic.size() && xzMagic.startsWith(magic))
        return failed({ ErrorKind::Invalid,
            tr("%1: the payload ends after %2 bytes (the file is truncated)").arg(d->source).arg(magic.size()) });
    if (magic != xzMagic) {
        QString kind;
        if (magic.startsWith("\x1f\x8b"))
            kind = tr("gzip");
        else if (magic.startsWith("BZh"))
            kind = tr("bzip2");
        else if (magic.startsWith("\x28\xb5\x2f\xfd"))
            kind = tr("zstd");
        if (!kind.isEmpty())
            return failed({ ErrorKind::Invalid,
                tr("%1: the payload is %2-compressed; a Habitat artifact's payload is an xz-compressed tar")
                    .arg(d->source, kind) });
        return failed({ ErrorKind::Invalid,
            tr("%1: the payload is not xz-compressed; a Habitat artifact's payload is an xz-compressed tar")
                .arg(d->source) });
    }

    crypto_generichash_init(&d->hash, nullptr, 0, 32);
    d->ar = archive_read_new();
    if (!d->ar)
        return failed({ ErrorKind::Io, tr("%1: out of memory").arg(d->source) });
    // Only what a .hart may contain: an xz stream holding a tar.
    archive_read_support_filter_xz(d->ar);
    archive_read_support_format_tar(d->ar);
    if (archive_read_open(d->ar, d.get(), nullptr, &Private::readCallback, nullptr) != ARCHIVE_OK)
        return failed(d->archiveError(tr("the payload (an xz-compressed tar) cannot be read")));
    return success();
}

Result<std::optional<PayloadEntry>> HartReader::next()
{
    using R = Result<std::optional<PayloadEntry>>;
    if (d->failure)
        return R(*d->failure);
    if (!d->ar)
        return R::failure(tr("%1: the artifact is not open").arg(d->path));
    if (d->atEnd)
        return std::optional<PayloadEntry>();
    auto failed = [&](Error error) {
        d->failure = error;
        return R(std::move(error));
    };
    auto invalid = [&](const QString& message) { return failed({ ErrorKind::Invalid, message }); };
    if (d->cancelled())
        return failed(Error::cancelled());
    d->serving = false;
    d->served.clear();
    d->servedPos = 0;
    d->currentIsFile = false;
    d->dataError.clear();

    // Skip what the caller left of the previous member's data here rather than in libarchive,
    // so that the cancel flag is polled between blocks: highly compressible data may need few
    // reads of the file for gigabytes of output.
    if (d->lastMember.size() > 0) {
        for (;;) {
            if (d->cancelled())
                return failed(Error::cancelled());
            const void* block = nullptr;
            size_t size = 0;
            la_int64_t offset = 0;
            const int skip = archive_read_data_block(d->ar, &block, &size, &offset);
            if (skip == ARCHIVE_EOF)
                break;
            if (skip != ARCHIVE_OK)
                return failed(d->archiveError(tr("member “%1”").arg(d->lastMember)));
        }
    }

    archive_entry* e = nullptr;
    const int rc = archive_read_next_header(d->ar, &e);
    if (rc == ARCHIVE_EOF) {
        d->atEnd = true;
        // Checks that need the whole archive: the prefix, IDENT against it, links into deps.
        if (!d->policy->hasPrefix())
            return invalid(tr("%1: the payload holds no package (no hab/pkgs/<origin>/<name>/<version>/<release>/)")
                               .arg(d->source));
        if (d->hasIdent) {
            const QString ident = QString::fromUtf8(d->identText).trimmed();
            if (ident != d->policy->prefixIdent().toString())
                return invalid(
                    tr("%1: IDENT says %2 but the package's files are under %3")
                        .arg(d->source, EntryPolicy::displayName(d->identText.trimmed()), d->policy->prefixPath()));
        }
        QList<PackageIdent> tdeps;
        if (d->hasTdeps) {
            auto list = PackageMetadata::parseIdentList(d->tdepsText, QStringLiteral("TDEPS"), d->source);
            if (!list)
                return failed(list.errorInfo());
            tdeps = list.value();
        }
        const Status links = d->policy->finish(tdeps);
        if (!links)
            return failed(links.errorInfo());
        return std::optional<PayloadEntry>();
    }
    // ARCHIVE_WARN is about names that cannot be converted to the locale's charset ("Pathname
    // can't be converted from UTF-8 to current locale", in the C locale) and pax attributes
    // libarchive ignores: the entry is complete, its names are taken as bytes below and checked
    // as usual, so a package reads the same in every locale.
    if (rc == ARCHIVE_WARN) {
        const char* text = archive_error_string(d->ar);
        qCDebug(lcPackage) << d->source << "libarchive warning:" << (text ? text : "(none)");
    } else if (rc != ARCHIVE_OK)
        return failed(d->archiveError(
            d->policy->entryCount() == 0 ? tr("reading the payload") : tr("after member “%1”").arg(d->lastMember)));

    EntryPolicy::Member m;
    if (!e || !archive_entry_pathname(e))
        return invalid(tr("%1: %2: a member has no name")
                           .arg(d->source,
                               d->policy->entryCount() == 0 ? tr("reading the payload")
                                                            : tr("after member “%1”").arg(d->lastMember)));
    m.name = entryText(archive_entry_pathname(e));
    const QByteArray hardlink = entryText(archive_entry_hardlink(e));
    const mode_t type = archive_entry_filetype(e);
    using K = EntryPolicy::Member::Kind;
    if (!hardlink.isEmpty()) {
        m.kind = K::Hardlink;
        m.linkTarget = hardlink;
    } else {
        switch (type) {
        case AE_IFREG:
            m.kind = K::File;
            break;
        case AE_IFDIR:
            m.kind = K::Directory;
            break;
        case AE_IFLNK: {
            m.kind = K::Symlink;
            m.linkTarget = entryText(archive_entry_symlink(e));
            break;
        }
        case AE_IFCHR:
            m.kind = K::CharacterDevice;
            break;
        case AE_IFBLK:
            m.kind = K::BlockDevice;
            break;
        case AE_IFIFO:
            m.kind = K::Fifo;
            break;
        case AE_IFSOCK:
            m.kind = K::Socket;
            break;
        default:
            m.kind = K::Unknown;
            break;
        }
    }
    m.sizeKnown = archive_entry_size_is_set(e);
    m.size = archive_entry_size(e);
    m.sparse = archive_entry_sparse_count(e) > 0;
    m.mode = quint32(archive_entry_perm(e));
    m.mtime = archive_entry_mtime(e);

    auto checked = d->policy->check(m);
    if (!checked)
        return failed(checked.errorInfo());
    PayloadEntry entry = checked.value();
    d->lastMember = entry.path;
    if (entry.type == PayloadEntry::Type::Hardlink)
        entry.size = 0;
    d->currentIsFile = entry.type == PayloadEntry::Type::File;

    // IDENT and TDEPS are kept by the reader itself for the end-of-archive checks; the caller
    // still reads them as usual.
    if (d->currentIsFile && d->policy->hasPrefix()) {
        const QString top = d->policy->prefixPath() + u'/';
        const bool isIdent = entry.path == top + QStringLiteral("IDENT");
        const bool isTdeps = entry.path == top + QStringLiteral("TDEPS");
        if (isIdent || isTdeps) {
            const QString file = isIdent ? QStringLiteral("IDENT") : QStringLiteral("TDEPS");
            if (entry.size > PackageMetadata::sizeLimit(file))
                return invalid(tr("%1: member “%2”: %3 bytes, more than the %4 a metadata file may have")
                                   .arg(d->source, entry.path)
                                   .arg(entry.size)
                                   .arg(PackageMetadata::sizeLimit(file)));
            QByteArray data;
            data.reserve(entry.size);
            char buffer[16384];
            for (;;) {
                const la_ssize_t n = archive_read_data(d->ar, buffer, sizeof buffer);
                if (n < 0)
                    return failed(d->archiveError(tr("member “%1”").arg(entry.path)));
                if (n == 0)
                    break;
                if (data.size() + n > entry.size)
                    return invalid(tr("%1: member “%2”: more data than its declared size").arg(d->source, entry.path));
                data.append(buffer, n);
            }
            if (data.size() != entry.size)
                return invalid(tr("%1: member “%2”: the file is truncated").arg(d->source, entry.path));
            (isIdent ? d->identText : d->tdepsText) = data;
            (isIdent ? d->hasIdent : d->hasTdeps) = true;
            d->serving = true;
            d->served = data;
        }
    }
    return std::optional<PayloadEntry>(entry);
}

qint64 HartReader::read(char* buffer, qint64 size)
{
    if (d->failure) {
        d->dataError = d->failure->message;
        return -1;
    }
    if (!d->ar || !d->currentIsFile || size <= 0)
        return 0;
    if (d->serving) {
        const qint64 n = std::min<qint64>(size, d->served.size() - d->servedPos);
        memcpy(buffer, d->served.constData() + d->servedPos, size_t(n));
        d->servedPos += n;
        return n;
    }
    const la_ssize_t n = archive_read_data(d->ar, buffer, size_t(std::min<qint64>(size, Private::ChunkSize * 16)));
    if (n < 0) {
        d->failure = d->archiveError(tr("member “%1”").arg(d->lastMember));
        d->dataError = d->failure->message;
        return -1;
    }
    return qint64(n);
}

Result<QByteArrayView> HartReader::readBlock()
{
    if (d->failure)
        return Result<QByteArrayView>(*d->failure);
    if (!d->ar || !d->currentIsFile)
        return QByteArrayView();
    if (d->serving) {
        const QByteArrayView view(d->served.constData() + d->servedPos, d->served.size() - d->servedPos);
        d->servedPos = d->served.size();
        return view;
    }
    const void* block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    const int rc = archive_read_data_block(d->ar, &block, &size, &offset);
    if (rc == ARCHIVE_EOF)
        return QByteArrayView();
    if (rc != ARCHIVE_OK) {
        d->failure = d->archiveError(tr("member “%1”").arg(d->lastMember));
        return Result<QByteArrayView>(*d->failure);
    }
    return QByteArrayView(static_cast<const char*>(block), qsizetype(size));
}

Result<QByteArray> HartReader::readEntry(const PayloadEntry& entry)
{
    QByteArray data;
    data.reserve(entry.size);
    for (;;) {
        auto block = readBlock();
        if (!block)
            return block.errorInfo();
        if (block->isEmpty())
            break;
        if (data.size() + block->size() > entry.size)
            return Result<QByteArray>::failure(
                tr("%1: member “%2”: more data than its declared size").arg(path(), entry.path));
        data.append(block->data(), block->size());
    }
    return data;
}

Verification HartReader::finish(const KeyCache& keys, QString* detail, QString* payloadHashHex)
{
    auto say = [&](Verification v, const QString& text) {
        if (detail)
            *detail = text;
        return v;
    };
    if (!d->ar)
        return say(Verification::NotChecked, d->failure ? d->failure->message : tr("%1: not open").arg(d->path));
    if (d->finished)
        return say(Verification::NotChecked, tr("%1: finish() was already called").arg(d->source));
    d->finished = true;

    // What libarchive has not pulled through the hash yet, straight from the file.
    d->chunk.resize(Private::ChunkSize);
    for (;;) {
        if (d->cancelled())
            return say(Verification::NotChecked, Error::cancelled().message);
        const qint64 n = d->file.read(d->chunk.data(), d->chunk.size());
        if (n < 0)
            return say(Verification::NotChecked, tr("%1: read error: %2").arg(d->source, d->file.errorString()));
        if (n == 0)
            break;
        crypto_generichash_update(&d->hash, reinterpret_cast<const unsigned char*>(d->chunk.constData()), size_t(n));
        d->hashed += n;
    }
    unsigned char digest[32];
    crypto_generichash_final(&d->hash, digest, sizeof digest);
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
    if (payloadHashHex)
        *payloadHashHex = QString::fromLatin1(hex);
    // Nothing more may be read: the hash state is spent.
    d->failure = Error { ErrorKind::Invalid, tr("%1: the reader is finished").arg(d->source) };

    const QString signer = d->header.keyName();
    auto key = keys.publicSigningKey(signer);
    if (!key)
        return say(Verification::UnknownSigner,
            tr("%1: signed with the key %2, which is not in the key cache: %3").arg(d->source, signer, key.error()));
    auto message = key->openSigned(d->header.signature());
    if (!message)
        return say(Verification::BadSignature,
            tr("%1: the signature is not one made by the key %2 (from %3)").arg(d->source, signer, keys.directory()));
    if (message.value() != hex) {
        const QByteArray& signedHash = message.value();
        const bool printable = signedHash.size() == 64
            && std::all_of(signedHash.begin(), signedHash.end(), [](char c) { return isxdigit(uchar(c)) != 0; });
        return say(Verification::HashMismatch,
            tr("%1: hashes don't match: the key %2 signed the payload hash %3 but the payload hashes to %4")
                .arg(d->source, signer, printable ? QString::fromLatin1(signedHash) : tr("(not a hex BLAKE2b digest)"),
                    QString::fromLatin1(hex)));
    }
    qCDebug(lcPackage) << d->source << "verified with" << signer;
    return say(Verification::Verified,
        tr("%1: signed by %2, payload BLAKE2b %3").arg(d->source, signer, QString::fromLatin1(hex)));
}

} // namespace habmesos
