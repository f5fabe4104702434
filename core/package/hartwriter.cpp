// SPDX-License-Identifier: Apache-2.0
#include "package/hartwriter.h"

#include "sodiuminit.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTemporaryFile>

#include <archive.h>
#include <archive_entry.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace habmesos {

namespace {

// xz preset 6, as plan-build uses.
constexpr int XzPreset = 6;

constexpr qint64 ChunkSize = qint64(1) << 20;

// libarchive's output goes to the temporary file and through the hash on the way.
struct Sink
{
    QFile* file = nullptr;
    crypto_generichash_state hash;
    QString error;
};

la_ssize_t writeCallback(archive* a, void* self, const void* buffer, size_t length)
{
    auto* sink = static_cast<Sink*>(self);
    if (sink->file->write(static_cast<const char*>(buffer), qint64(length)) != qint64(length)) {
        sink->error = sink->file->errorString();
        archive_set_error(a, EIO, "write error");
        return -1;
    }
    crypto_generichash_update(&sink->hash, static_cast<const unsigned char*>(buffer), length);
    return la_ssize_t(length);
}

QByteArray hexDigest(crypto_generichash_state* state)
{
    unsigned char digest[32];
    crypto_generichash_final(state, digest, sizeof digest);
    return QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
}

// Header, then the payload file's bytes, written atomically.
Status writeArtifact(const QString& hartPath, const QByteArray& header, QFile& payload)
{
    QSaveFile out(hartPath);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(ErrorKind::Io, HartWriter::tr("%1: cannot write: %2").arg(hartPath, out.errorString()));
    if (out.write(header) != header.size())
        return Status::failure(ErrorKind::Io, HartWriter::tr("%1: cannot write: %2").arg(hartPath, out.errorString()));
    if (!payload.seek(0))
        return Status::failure(
            ErrorKind::Io, HartWriter::tr("%1: cannot read the payload back: %2").arg(hartPath, payload.errorString()));
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = payload.read(chunk.data(), chunk.size());
        if (n < 0)
            return Status::failure(ErrorKind::Io,
                HartWriter::tr("%1: cannot read the payload back: %2").arg(hartPath, payload.errorString()));
        if (n == 0)
            break;
        if (out.write(chunk.constData(), n) != n)
            return Status::failure(
                ErrorKind::Io, HartWriter::tr("%1: cannot write: %2").arg(hartPath, out.errorString()));
    }
    if (!out.commit())
        return Status::failure(ErrorKind::Io, HartWriter::tr("%1: cannot write: %2").arg(hartPath, out.errorString()));
    return success();
}

} // namespace

void HartWriter::addDirectory(const QString& path, quint32 mode)
{
    m_members.append({ path, Member::Type::Directory, mode, {}, {}, {} });
}

void HartWriter::addFile(const QString& path, const QByteArray& data, quint32 mode)
{
    m_members.append({ path, Member::Type::File, mode, data, {}, {} });
}

void HartWriter::addSymlink(const QString& path, const QString& target)
{
    m_members.append({ path, Member::Type::Symlink, 0777, {}, {}, target });
}

void HartWriter::addHardlink(const QString& path, const QString& targetPath)
{
    m_members.append({ path, Member::Type::Hardlink, 0644, {}, {}, targetPath });
}

void HartWriter::addPackageDirectories(const PackageIdent& ident)
{
    const QStringList parts = ident.installPath().split(u'/');
    QString path;
    for (const QString& part : parts) {
        path = path.isEmpty() ? part : path + u'/' + part;
        addDirectory(path);
    }
}

Status HartWriter::addDirectoryTree(const QString& directory, const QString& memberRoot)
{
    const QString root = QDir(directory).absolutePath();
    struct stat st;
    if (::lstat(QFile::encodeName(root).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return Status::failure(tr("%1: not a directory").arg(directory));
    QList<Member> found;
    found.append({ memberRoot, Member::Type::Directory, quint32(st.st_mode & 07777), {}, {}, {} });
    QHash<QPair<quint64, quint64>, QString> inodes; // files with several links: first name seen
    QStringList paths;
    QDirIterator it(
        root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    std::sort(paths.begin(), paths.end()); // hardlinks then point at the first name in tar order
    for (const QString& path : paths) {
        const QByteArray native = QFile::encodeName(path);
        if (::lstat(native.constData(), &st) != 0)
            return Status::failure(
                ErrorKind::Io, tr("%1: cannot read: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
        const QString name = memberRoot + u'/' + QDir(root).relativeFilePath(path);
        const quint32 mode = quint32(st.st_mode & 07777);
        if (S_ISDIR(st.st_mode)) {
            found.append({ name, Member::Type::Directory, mode, {}, {}, {} });
        } else if (S_ISLNK(st.st_mode)) {
            QByteArray target(4096, Qt::Uninitialized);
            const ssize_t n = ::readlink(native.constData(), target.data(), size_t(target.size()));
            if (n < 0 || n >= target.size())
                return Status::failure(ErrorKind::Io, tr("%1: cannot read the link").arg(path));
            target.resize(n);
            found.append({ name, Member::Type::Symlink, 0777, {}, {}, QFile::decodeName(target) });
        } else if (S_ISREG(st.st_mode)) {
            const auto key = qMakePair(quint64(st.st_dev), quint64(st.st_ino));
            if (st.st_nlink > 1 && inodes.contains(key)) {
                found.append({ name, Member::Type::Hardlink, mode, {}, {}, inodes.value(key) });
            } else {
                if (st.st_nlink > 1)
                    inodes.insert(key, name);
                found.append({ name, Member::Type::File, mode, {}, path, {} });
            }
        } else {
            return Status::failure(tr("%1: not a file, directory or symlink; a package cannot hold it").arg(path));
        }
    }
    m_members.append(found);
    return success();
}

QByteArray HartWriter::headerText(const SecretSigningKey& key, const QByteArray& hexDigest)
{
    return "HART-1\n" + key.namedRevision().toUtf8() + "\nBLAKE2b\n" + key.sign(hexDigest).toBase64() + "\n\n";
}

Status HartWriter::signPayload(const QString& payloadPath, const SecretSigningKey& key, const QString& hartPath)
{
    ensureSodium();
    QFile payload(payloadPath);
    if (!payload.open(QIODevice::ReadOnly))
        return Status::failure(ErrorKind::Io, tr("%1: cannot read: %2").arg(payloadPath, payload.errorString()));
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = payload.read(chunk.data(), chunk.size());
        if (n < 0)
            return Status::failure(ErrorKind::Io, tr("%1: cannot read: %2").arg(payloadPath, payload.errorString()));
        if (n == 0)
            break;
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(chunk.constData()), size_t(n));
    }
    return writeArtifact(hartPath, headerText(key, hexDigest(&state)), payload);
}

Status HartWriter::write(
    const QString& hartPath, const SecretSigningKey& key, const std::atomic_bool* cancel, QString* payloadHashHex) const
{
    ensureSodium();
    QList<Member> members = m_members;
    if (m_sorted)
        std::stable_sort(members.begin(), members.end(),
            [](const Member& a, const Member& b) { return a.path.toUtf8() < b.path.toUtf8(); });

    // In tar order the first name of a file carries the data and later ones link to it: after
    // sorting, that first name may be one that was added as a hardlink.
    {
        QHash<QString, qsizetype> fileIndex;
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (members[i].type == Member::Type::File)
                fileIndex.insert(members[i].path, i);
        }
        QHash<QString, qsizetype> firstName; // original file path -> index of its first name
        for (qsizetype i = 0; i < members.size(); ++i) {
            Member& m = members[i];
            if (m.type != Member::Type::Hardlink || !fileIndex.contains(m.linkTarget))
                continue;
            const qsizetype target = fileIndex.value(m.linkTarget);
            if (const auto it = firstName.constFind(m.linkTarget); it != firstName.constEnd()) {
                m.linkTarget = members[*it].path;
            } else if (target > i) {
                const QString name = m.path;
                Member file = members[target];
                file.path = name;
                members[target] = { members[target].path, Member::Type::Hardlink, file.mode, {}, {}, name };
                firstName.insert(members[target].path, i);
                m = file;
            } else {
                firstName.insert(m.linkTarget, target);
            }
        }
    }

    const QString dir = QFileInfo(hartPath).absolutePath();
    QTemporaryFile payload(dir + QStringLiteral("/.hartwriter-XXXXXX"));
    if (!payload.open())
        return Status::failure(
            ErrorKind::Io, tr("%1: cannot create a temporary file: %2").arg(dir, payload.errorString()));

    Sink sink;
    sink.file = &payload;
    crypto_generichash_init(&sink.hash, nullptr, 0, 32);
    archive* a = archive_write_new();
    if (!a)
        return Status::failure(ErrorKind::Io, tr("%1: cannot write the payload: out of memory").arg(hartPath));
    struct Free
    {
        archive* a;
        ~Free() { archive_write_free(a); }
    } freeArchive { a };
    auto archiveError = [&]() {
        const char* text = archive_error_string(a);
        return tr("%1: cannot write the payload: %2")
            .arg(hartPath, !sink.error.isEmpty() ? sink.error : QString::fromUtf8(text ? text : "unknown error"));
    };
    // Names go in as bytes, never converted by the locale: with a non-ASCII name anywhere, the
    // whole payload is written with hdrcharset=BINARY (a converted UTF-8 record would depend on the
    // locale, and fail in the C locale); without, as before (that option adds a pax header to
    // every member).
    const bool binary = std::any_of(members.begin(), members.end(), [](const Member& m) {
        const QByteArray bytes = m.path.toUtf8() + m.linkTarget.toUtf8();
        return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    });
    if (archive_write_set_format_pax_restricted(a) != ARCHIVE_OK
        || (binary && archive_write_set_format_option(a, "pax", "hdrcharset", "BINARY") != ARCHIVE_OK)
        || archive_write_add_filter_xz(a) != ARCHIVE_OK
        || archive_write_set_filter_option(a, "xz", "compression-level", QByteArray::number(XzPreset).constData())
            != ARCHIVE_OK
        || archive_write_set_bytes_in_last_block(a, 1) != ARCHIVE_OK) // no zero padding after the xz stream
        return Status::failure(ErrorKind::Io, archiveError());
    if (archive_write_open(a, &sink, nullptr, &writeCallback, nullptr) != ARCHIVE_OK)
        return Status::failure(ErrorKind::Io, archiveError());

    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    for (const Member& m : members) {
        if (cancel && cancel->load())
            return Status::cancelled();
        archive_entry* e = archive_entry_new();
        if (!e)
            return Status::failure(ErrorKind::Io, tr("%1: cannot write the payload: out of memory").arg(hartPath));
        struct FreeEntry
        {
            archive_entry* e;
            ~FreeEntry() { archive_entry_free(e); }
        } freeEntry { e };
        archive_entry_copy_pathname(e, m.path.toUtf8().constData());
        archive_entry_set_uid(e, 0);
        archive_entry_set_gid(e, 0);
        archive_entry_copy_uname(e, "root");
        archive_entry_copy_gname(e, "root");
        archive_entry_set_mtime(e, m_mtime, 0);
        QFile source;
        switch (m.type) {
        case Member::Type::Directory:
            archive_entry_set_filetype(e, AE_IFDIR);
            archive_entry_set_perm(e, m.mode & 07777);
            break;
        case Member::Type::Symlink:
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_set_perm(e, 0777);
            archive_entry_copy_symlink(e, m.linkTarget.toUtf8().constData());
            break;
        case Member::Type::Hardlink:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, m.mode & 07777);
            archive_entry_copy_hardlink(e, m.linkTarget.toUtf8().constData());
            archive_entry_set_size(e, 0);
            break;
        case Member::Type::File:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, m.mode & 07777);
            if (m.sourceFile.isEmpty()) {
                archive_entry_set_size(e, m.data.size());
            } else {
                source.setFileName(m.sourceFile);
                if (!source.open(QIODevice::ReadOnly))
                    return Status::failure(
                        ErrorKind::Io, tr("%1: cannot read: %2").arg(m.sourceFile, source.errorString()));
                archive_entry_set_size(e, source.size());
            }
            break;
        }
        if (archive_write_header(a, e) != ARCHIVE_OK)
            return Status::failure(ErrorKind::Io, archiveError());
        if (m.type != Member::Type::File)
            continue;
        if (m.sourceFile.isEmpty()) {
            if (!m.data.isEmpty()
                && archive_write_data(a, m.data.constData(), size_t(m.data.size())) != la_ssize_t(m.data.size()))
                return Status::failure(ErrorKind::Io, archiveError());
            continue;
        }
        qint64 left = source.size(); // exactly the size declared, even if the file changes meanwhile
        while (left > 0) {
            const qint64 n = source.read(chunk.data(), std::min<qint64>(left, chunk.size()));
            if (n <= 0)
                return Status::failure(ErrorKind::Io, tr("%1: the file changed while it was packed").arg(m.sourceFile));
            if (archive_write_data(a, chunk.constData(), size_t(n)) < 0)
                return Status::failure(ErrorKind::Io, archiveError());
            left -= n;
        }
    }
    if (archive_write_close(a) != ARCHIVE_OK)
        return Status::failure(ErrorKind::Io, archiveError());
    if (!payload.flush())
        return Status::failure(
            ErrorKind::Io, tr("%1: cannot write: %2").arg(payload.fileName(), payload.errorString()));

    const QByteArray hex = hexDigest(&sink.hash);
    if (payloadHashHex)
        *payloadHashHex = QString::fromLatin1(hex);
    return writeArtifact(hartPath, headerText(key, hex), payload);
}

} // namespace habmesos
