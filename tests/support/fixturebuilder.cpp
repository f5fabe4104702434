// SPDX-License-Identifier: Apache-2.0
#include "support/fixturebuilder.h"

#include "package/hartreader.h"
#include "package/packageident.h"
#include "sodiuminit.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>
#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace habmesos::test {

namespace {

la_ssize_t appendCallback(archive*, void* self, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(self)->append(static_cast<const char*>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

QString archiveError(archive* a)
{
    const char* text = archive_error_string(a);
    return QString::fromUtf8(text ? text : "unknown libarchive error");
}

Result<QByteArray> readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(path + QStringLiteral(": ") + f.errorString());
    return f.readAll();
}

Result<QString> writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return Result<QString>::failure(path + QStringLiteral(": ") + f.errorString());
    return path;
}

// The offset of the payload: just after the fifth newline.
qsizetype payloadStart(const QByteArray& hart)
{
    qsizetype pos = -1;
    for (int i = 0; i < 5; ++i) {
        pos = hart.indexOf('\n', pos + 1);
        if (pos < 0)
            return -1;
    }
    return pos + 1;
}

} // namespace

FixtureBuilder::FixtureBuilder(const QString& directory)
    : m_dir(directory)
{
    ensureSodium();
    QDir().mkpath(keyDirectory());
}

QString FixtureBuilder::keyDirectory() const
{
    return m_dir + QStringLiteral("/keys");
}

SecretSigningKey FixtureBuilder::key(const QString& origin, bool publish)
{
    const QString id = origin + (publish ? QStringLiteral("+") : QStringLiteral("-"));
    if (const auto it = m_keys.constFind(id); it != m_keys.constEnd())
        return *it;
    // Published and unpublished keys of one origin get different revisions, so they differ.
    const QDateTime revision(QDate(2020, 1, 1), QTime(0, 0, publish ? 0 : 1), Qt::UTC);
    SecretSigningKey key = SecretSigningKey::generate(origin, revision).value();
    if (publish) {
        const auto pub = key.writeKeyFiles(keyDirectory());
        if (!pub.ok())
            qFatal("FixtureBuilder: %s", qPrintable(pub.error()));
    }
    m_keys.insert(id, key);
    return key;
}

QStringList FixtureBuilder::closureOf(const QStringList& deps) const
{
    QStringList out;
    QSet<QString> seen;
    QStringList queue = deps;
    while (!queue.isEmpty()) {
        const QString next = queue.takeFirst();
        if (seen.contains(next))
            continue;
        seen.insert(next);
        out.append(next);
        queue.append(m_depsOf.value(next));
    }
    return out;
}

Result<QString> FixtureBuilder::build(const PackageSpec& spec)
{
    auto ident = PackageIdent::parse(spec.ident);
    if (!ident || !ident->isFullyQualified())
        return Result<QString>::failure(
            QStringLiteral("FixtureBuilder: “%1” is not a fully qualified ident").arg(spec.ident));
    const QString prefix = ident->installPath();
    HartWriter writer;
    writer.setSorted(spec.sorted);
    if (spec.parentDirectories)
        writer.addPackageDirectories(ident.value());
    else
        writer.addDirectory(prefix);

    QMap<QString, QByteArray> metadata = spec.metadata;
    metadata.insert(QStringLiteral("IDENT"), spec.identFile.value_or(spec.ident.toUtf8() + '\n'));
    metadata.insert(QStringLiteral("TARGET"), spec.target.toUtf8() + '\n');
    if (!spec.deps.isEmpty())
        metadata.insert(QStringLiteral("DEPS"), spec.deps.join(u'\n').toUtf8() + '\n');
    const QStringList tdeps = spec.tdeps.value_or(closureOf(spec.deps));
    if (!tdeps.isEmpty())
        metadata.insert(QStringLiteral("TDEPS"), tdeps.join(u'\n').toUtf8() + '\n');

    // Directories the relative paths need, so that the tar looks like one tar(1) would make.
    QSet<QString> dirs;
    auto addParents = [&](const QString& rel) {
        const QStringList parts = rel.split(u'/');
        QString path;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            path = path.isEmpty() ? parts[i] : path + u'/' + parts[i];
            if (!dirs.contains(path)) {
                dirs.insert(path);
                writer.addDirectory(prefix + u'/' + path);
            }
        }
    };
    for (auto it = spec.files.constBegin(); it != spec.files.constEnd(); ++it)
        addParents(it.key());
    for (auto it = spec.executables.constBegin(); it != spec.executables.constEnd(); ++it)
        addParents(it.key());
    for (auto it = spec.symlinks.constBegin(); it != spec.symlinks.constEnd(); ++it)
        addParents(it.key());
    for (auto it = spec.hardlinks.constBegin(); it != spec.hardlinks.constEnd(); ++it)
        addParents(it.key());
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        addParents(it.key());

    for (auto it = spec.files.constBegin(); it != spec.files.constEnd(); ++it)
        writer.addFile(prefix + u'/' + it.key(), it.value(), 0644);
    for (auto it = spec.executables.constBegin(); it != spec.executables.constEnd(); ++it)
        writer.addFile(prefix + u'/' + it.key(), it.value(), 0755);
    for (auto it = spec.symlinks.constBegin(); it != spec.symlinks.constEnd(); ++it)
        writer.addSymlink(prefix + u'/' + it.key(), it.value());
    for (auto it = spec.hardlinks.constBegin(); it != spec.hardlinks.constEnd(); ++it)
        writer.addHardlink(prefix + u'/' + it.key(), prefix + u'/' + it.value());
    for (const HartWriter::Member& m : spec.extraMembers)
        writer.addMember(m);
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        writer.addFile(prefix + u'/' + it.key(), it.value(), it.key().startsWith(u"hooks/") ? 0755 : 0644);

    const QString fileName
        = spec.fileName.isEmpty() ? ident->archiveStem() + u'-' + spec.target + QStringLiteral(".hart") : spec.fileName;
    const QString path = m_dir + u'/' + fileName;
    const Status written
        = writer.write(path, key(spec.signer.isEmpty() ? ident->origin() : spec.signer, spec.publishSigner));
    if (!written)
        return Result<QString>::failure(written.error());
    m_depsOf.insert(spec.ident, spec.deps);
    return path;
}

Result<QString> FixtureBuilder::build(const QString& ident, const QStringList& deps)
{
    PackageSpec spec;
    spec.ident = ident;
    spec.deps = deps;
    const QString name = ident.section(u'/', 1, 1);
    spec.files.insert(QStringLiteral("share/") + name + QStringLiteral(".txt"), ident.toUtf8() + '\n');
    return build(spec);
}

Result<QString> FixtureBuilder::installTo(const QString& hartPath, const QString& root)
{
    using R = Result<QString>;
    HartReader reader;
    const Status opened = reader.open(hartPath);
    if (!opened)
        return R::failure(opened.error());
    QList<QPair<QString, quint32>> dirModes; // applied last, so read-only directories can be filled
    for (;;) {
        auto next = reader.next();
        if (!next)
            return R::failure(next.error());
        if (!next->has_value())
            break;
        const PayloadEntry& e = **next;
        const QString target = root + u'/' + e.path;
        switch (e.type) {
        case PayloadEntry::Type::Directory:
            if (!QDir().mkpath(target))
                return R::failure(target + QStringLiteral(": cannot create"));
            dirModes.append({ target, e.mode });
            break;
        case PayloadEntry::Type::File: {
            QFile out(target);
            if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !out.open(QIODevice::WriteOnly))
                return R::failure(target + QStringLiteral(": cannot write"));
            char buffer[65536];
            for (;;) {
                const qint64 n = reader.read(buffer, sizeof buffer);
                if (n < 0)
                    return R::failure(reader.errorString());
                if (n == 0)
                    break;
                out.write(buffer, n);
            }
            out.close();
            ::chmod(QFile::encodeName(target).constData(), mode_t(e.mode));
            break;
        }
        case PayloadEntry::Type::Symlink:
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (::symlink(QFile::encodeName(e.linkTarget).constData(), QFile::encodeName(target).constData()) != 0)
                return R::failure(target + QStringLiteral(": cannot create the symlink"));
            break;
        case PayloadEntry::Type::Hardlink:
            if (::link(QFile::encodeName(root + u'/' + e.linkTarget).constData(), QFile::encodeName(target).constData())
                != 0)
                return R::failure(target + QStringLiteral(": cannot create the hardlink"));
            break;
        }
    }
    for (auto it = dirModes.crbegin(); it != dirModes.crend(); ++it)
        ::chmod(QFile::encodeName(it->first).constData(), mode_t(it->second));
    return QString(root + QStringLiteral("/hab/pkgs/") + reader.prefix());
}

Result<QStringList> FixtureBuilder::buildChain(const QStringList& idents)
{
    QStringList paths(idents.size());
    for (qsizetype i = idents.size() - 1; i >= 0; --i) {
        PackageSpec spec;
        spec.ident = idents[i];
        if (i + 1 < idents.size())
            spec.deps = QStringList { idents[i + 1] };
        spec.files.insert(QStringLiteral("share/level.txt"), QByteArray::number(i));
        auto built = build(spec);
        if (!built)
            return Result<QStringList>::failure(built.error());
        paths[i] = built.value();
    }
    return paths;
}

Result<QString> FixtureBuilder::flipPayloadByte(const QString& hart, const QString& newName, qint64 payloadOffset)
{
    auto bytes = readAll(hart);
    if (!bytes)
        return Result<QString>::failure(bytes.error());
    QByteArray data = bytes.value();
    const qsizetype start = payloadStart(data);
    if (start < 0 || start >= data.size())
        return Result<QString>::failure(hart + QStringLiteral(": no payload to spoil"));
    const qsizetype at = payloadOffset < 0 ? start + (data.size() - start) / 2 : start + payloadOffset;
    if (at >= data.size())
        return Result<QString>::failure(hart + QStringLiteral(": the payload is shorter than the offset"));
    data[at] = char(data[at] ^ 0x01);
    return writeAll(m_dir + u'/' + newName, data);
}

Result<QString> FixtureBuilder::truncated(const QString& hart, const QString& newName, qint64 keepBytes)
{
    auto bytes = readAll(hart);
    if (!bytes)
        return Result<QString>::failure(bytes.error());
    return writeAll(m_dir + u'/' + newName, bytes->left(keepBytes));
}

Result<QString> FixtureBuilder::swappedPayload(
    const QString& headerFrom, const QString& payloadFrom, const QString& newName)
{
    auto a = readAll(headerFrom);
    auto b = readAll(payloadFrom);
    if (!a || !b)
        return Result<QString>::failure(!a ? a.error() : b.error());
    const qsizetype ha = payloadStart(a.value());
    const qsizetype hb = payloadStart(b.value());
    if (ha < 0 || hb < 0)
        return Result<QString>::failure(QStringLiteral("swappedPayload: not an artifact"));
    return writeAll(m_dir + u'/' + newName, a->left(ha) + b->mid(hb));
}

Result<QString> FixtureBuilder::signedWithWrongKey(const PackageSpec& spec)
{
    PackageSpec unsignedSpec = spec;
    unsignedSpec.fileName = QStringLiteral(".wrongkey-tmp.hart");
    auto built = build(unsignedSpec);
    if (!built)
        return built;
    auto bytes = readAll(built.value());
    QFile::remove(built.value());
    if (!bytes)
        return Result<QString>::failure(bytes.error());
    const auto ident = PackageIdent::parse(spec.ident).value();
    const QString origin = spec.signer.isEmpty() ? ident.origin() : spec.signer;
    const SecretSigningKey named = key(origin, true);
    // Another key pair, claiming the published key's name.
    const SecretSigningKey other
        = SecretSigningKey::generate(origin, QDateTime(QDate(2021, 2, 3), QTime(4, 5, 6), Qt::UTC))
              .value()
              .renamed(named.namedRevision());
    const QByteArray payload = bytes->mid(payloadStart(bytes.value()));
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(payload.constData()),
        size_t(payload.size()), nullptr, 0);
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
    const QString fileName
        = spec.fileName.isEmpty() ? ident.archiveStem() + QStringLiteral("-wrongkey.hart") : spec.fileName;
    return writeAll(m_dir + u'/' + fileName, HartWriter::headerText(other, hex) + payload);
}

QList<FixtureBuilder::RawMember> FixtureBuilder::minimalPackage(const QString& ident, const QString& target)
{
    QList<RawMember> out;
    QString path;
    const QString full = QStringLiteral("hab/pkgs/") + ident;
    for (const QString& part : full.split(u'/')) {
        path = path.isEmpty() ? part : path + u'/' + part;
        out.append({ path.toUtf8() + '/', RawMember::Kind::Directory, {}, {}, 0755 });
    }
    out.append({ path.toUtf8() + "/IDENT", RawMember::Kind::File, ident.toUtf8() + '\n', {}, 0644 });
    out.append({ path.toUtf8() + "/TARGET", RawMember::Kind::File, target.toUtf8() + '\n', {}, 0644 });
    return out;
}

Result<QByteArray> FixtureBuilder::tarOf(const QList<RawMember>& members)
{
    QByteArray out;
    archive* a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    // Names are bytes, never converted by the locale (as HartWriter does): the same tar in every
    // locale, and names that are not UTF-8 stay as they are.
    const bool binary = std::any_of(members.begin(), members.end(), [](const RawMember& m) {
        const QByteArray bytes = m.name + m.linkTarget;
        return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    });
    if (binary)
        archive_write_set_format_option(a, "pax", "hdrcharset", "BINARY");
    archive_write_set_bytes_in_last_block(a, 1);
    if (archive_write_open(a, &out, nullptr, &appendCallback, nullptr) != ARCHIVE_OK) {
        const QString e = archiveError(a);
        archive_write_free(a);
        return Result<QByteArray>::failure(e);
    }
    for (const RawMember& m : members) {
        archive_entry* e = archive_entry_new();
        archive_entry_copy_pathname(e, m.name.constData());
        archive_entry_set_perm(e, m.mode);
        archive_entry_set_mtime(e, HartWriter::DefaultMtime, 0);
        archive_entry_copy_uname(e, "root");
        archive_entry_copy_gname(e, "root");
        switch (m.kind) {
        case RawMember::Kind::File:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_size(e, m.data.size());
            break;
        case RawMember::Kind::Directory:
            archive_entry_set_filetype(e, AE_IFDIR);
            break;
        case RawMember::Kind::Symlink:
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_copy_symlink(e, m.linkTarget.constData());
            break;
        case RawMember::Kind::Hardlink:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_copy_hardlink(e, m.linkTarget.constData());
            break;
        case RawMember::Kind::Fifo:
            archive_entry_set_filetype(e, AE_IFIFO);
            break;
        case RawMember::Kind::CharacterDevice:
            archive_entry_set_filetype(e, AE_IFCHR);
            archive_entry_set_rdevmajor(e, 1);
            archive_entry_set_rdevminor(e, 3);
            break;
        case RawMember::Kind::BlockDevice:
            archive_entry_set_filetype(e, AE_IFBLK);
            archive_entry_set_rdevmajor(e, 8);
            archive_entry_set_rdevminor(e, 0);
            break;
        }
        int rc = archive_write_header(a, e);
        if (rc == ARCHIVE_OK && m.kind == RawMember::Kind::File && !m.data.isEmpty())
            rc = archive_write_data(a, m.data.constData(), size_t(m.data.size())) < 0 ? ARCHIVE_FATAL : ARCHIVE_OK;
        archive_entry_free(e);
        if (rc != ARCHIVE_OK) {
            const QString err = archiveError(a);
            archive_write_free(a);
            return Result<QByteArray>::failure(QStringLiteral("tarOf: %1: %2").arg(QString::fromUtf8(m.name), err));
        }
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

QByteArray FixtureBuilder::hugeMemberTar(const QByteArray& name, qint64 declaredSize, qint64 dataBytes, char typeflag)
{
    // Written by hand: no tar writer lets us claim a size and then not deliver the data.
    QByteArray h(512, '\0');
    auto put = [&](int offset, int width, const QByteArray& text) {
        memcpy(h.data() + offset, text.constData(), size_t(std::min<qsizetype>(width, text.size())));
    };
    auto octal = [](qint64 v, int digits) { return QByteArray::number(v, 8).rightJustified(digits, '0'); };
    put(0, 100, name);
    put(100, 8, octal(0644, 7));
    put(108, 8, octal(0, 7));
    put(116, 8, octal(0, 7));
    if (declaredSize < (qint64(1) << 33)) {
        put(124, 12, octal(declaredSize, 11));
    } else {
        // GNU base-256: high bit set in the first byte, the value big-endian in the rest.
        h[124] = char(0x80);
        for (int i = 0; i < 8; ++i)
            h[135 - i] = char((declaredSize >> (8 * i)) & 0xff);
    }
    put(136, 12, octal(HartWriter::DefaultMtime, 11));
    h[156] = typeflag;
    put(257, 6, QByteArray("ustar\0", 6));
    put(263, 2, "00");
    put(265, 32, "root");
    put(297, 32, "root");
    memset(h.data() + 148, ' ', 8);
    unsigned sum = 0;
    for (char c : h)
        sum += static_cast<unsigned char>(c);
    put(148, 7, octal(sum, 6) + QByteArray(1, '\0'));
    return h + QByteArray(dataBytes, 'x');
}

Result<QByteArray> FixtureBuilder::compress(const QByteArray& data, Compression compression)
{
    if (compression == Compression::None)
        return data;
    QByteArray out;
    archive* a = archive_write_new();
    archive_write_set_format_raw(a);
    if (compression == Compression::Xz)
        archive_write_add_filter_xz(a);
    else
        archive_write_add_filter_gzip(a);
    archive_write_set_bytes_in_last_block(a, 1);
    int rc = archive_write_open(a, &out, nullptr, &appendCallback, nullptr);
    archive_entry* e = archive_entry_new();
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_pathname(e, "payload");
    archive_entry_set_size(e, data.size());
    if (rc == ARCHIVE_OK)
        rc = archive_write_header(a, e);
    if (rc == ARCHIVE_OK && archive_write_data(a, data.constData(), size_t(data.size())) < 0)
        rc = ARCHIVE_FATAL;
    if (rc == ARCHIVE_OK)
        rc = archive_write_close(a);
    const QString err = rc == ARCHIVE_OK ? QString() : archiveError(a);
    archive_entry_free(e);
    archive_write_free(a);
    if (rc != ARCHIVE_OK)
        return Result<QByteArray>::failure(QStringLiteral("compress: ") + err);
    return out;
}

Result<QString> FixtureBuilder::writeSigned(
    const QString& fileName, const QByteArray& payload, const QString& signerOrigin)
{
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(payload.constData()),
        size_t(payload.size()), nullptr, 0);
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
    return writeAll(m_dir + u'/' + fileName, HartWriter::headerText(key(signerOrigin), hex) + payload);
}

Result<QString> FixtureBuilder::buildRaw(
    const QString& fileName, const QList<RawMember>& members, const QString& signerOrigin, Compression compression)
{
    auto tar = tarOf(members);
    if (!tar)
        return Result<QString>::failure(tar.error());
    auto payload = compress(tar.value(), compression);
    if (!payload)
        return Result<QString>::failure(payload.error());
    return writeSigned(fileName, payload.value(), signerOrigin);
}

} // namespace habmesos::test
