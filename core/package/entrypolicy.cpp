// SPDX-License-Identifier: Apache-2.0
#include "package/entrypolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace habmesos {

namespace {

constexpr qsizetype PrefixDepth = 6; // hab pkgs origin name version release
constexpr qsizetype MaxComponentLength = 255;

bool decodeUtf8(const QByteArray& bytes, QString* out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

bool hasControl(const QByteArray& bytes)
{
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return true;
    }
    return false;
}

QString kindText(EntryPolicy::Member::Kind kind)
{
    using K = EntryPolicy::Member::Kind;
    switch (kind) {
    case K::CharacterDevice:
        return EntryPolicy::tr("a character device");
    case K::BlockDevice:
        return EntryPolicy::tr("a block device");
    case K::Fifo:
        return EntryPolicy::tr("a FIFO");
    case K::Socket:
        return EntryPolicy::tr("a socket");
    default:
        return EntryPolicy::tr("of an unknown type");
    }
}

// Is `chain` (components) a leading part of `path`?
bool isAncestor(const QStringList& chain, const QStringList& path)
{
    if (chain.size() > path.size())
        return false;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        if (chain[i] != path[i])
            return false;
    }
    return true;
}

} // namespace

EntryPolicy::EntryPolicy(QString source, const Limits& limits)
    : m_source(std::move(source))
    , m_limits(limits)
    , m_seed(QRandomGenerator::system()->generate64() | 1)
{ }

void EntryPolicy::setPrefix(const PackageIdent& ident)
{
    m_prefix = ident;
    m_prefixPath = ident.installPath();
    m_prefixParts = m_prefixPath.split(u'/');
}

QString EntryPolicy::outsideText() const
{
    return hasPrefix() ? tr("outside the package prefix %1/").arg(m_prefixPath)
                       : tr("not inside a package prefix hab/pkgs/<origin>/<name>/<version>/<release>/");
}

QString EntryPolicy::displayName(const QByteArray& name)
{
    const QByteArray cut = name.left(256);
    QString out;
    if (hasControl(cut) || !decodeUtf8(cut, &out)) {
        // Escape what a terminal or a log would misread; keep printable ASCII as it is.
        out.clear();
        for (char c : cut) {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x20 || u >= 0x7f)
                out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
            else
                out += QChar::fromLatin1(c);
        }
    }
    if (name.size() > cut.size())
        out += QStringLiteral("…");
    return out;
}

Result<PayloadEntry> EntryPolicy::fail(const QByteArray& name, const QString& what) const
{
    // Every refusal of a member is one of safety: the rules keep a package inside its own tree and
    // within bounds.
    return Result<PayloadEntry>::failure(
        ErrorKind::Unsafe, tr("%1: member “%2”: %3").arg(m_source, displayName(name), what));
}

std::optional<QStringList> EntryPolicy::components(const QString& name, QString* why)
{
    QStringList parts = name.split(u'/');
    for (const QString& part : parts) {
        if (part.isEmpty()) {
            *why = tr("the name has an empty path component");
            return std::nullopt;
        }
        if (part == u".") {
            *why = tr("the name has a “.” component");
            return std::nullopt;
        }
        if (part == u"..") {
            *why = tr("the name has a “..” component");
            return std::nullopt;
        }
        if (part.toUtf8().size() > MaxComponentLength) {
            *why = tr("a path component is longer than %1 bytes").arg(MaxComponentLength);
            return std::nullopt;
        }
    }
    return parts;
}

Result<PayloadEntry> EntryPolicy::check(const Member& m)
{
    using K = Member::Kind;
    if (++m_entries > m_limits.maxEntries)
        return fail(m.name, tr("the package has more than %1 members").arg(m_limits.maxEntries));
    if (m.name.size() > m_limits.maxPathLength)
        return fail(m.name, tr("the name is longer than %1 bytes").arg(m_limits.maxPathLength));
    if (m.name.isEmpty())
        return fail(m.name, tr("empty name"));
    if (m.name.contains('\0') || hasControl(m.name))
        return fail(m.name, tr("the name contains control characters"));
    QString name;
    if (!decodeUtf8(m.name, &name))
        return fail(m.name, tr("the name is not valid UTF-8"));

    if (name.startsWith(u'/'))
        return fail(m.name, tr("absolute name; members must be relative (hab/pkgs/…)"));
    if (name.startsWith(QLatin1String("./")))
        name.remove(0, 2);
    if (name.endsWith(u'/'))
        name.chop(1);
    if (name.isEmpty())
        return fail(m.name, tr("empty name"));
    QString why;
    const auto parts = components(name, &why);
    if (!parts)
        return fail(m.name, why);

    switch (m.kind) {
    case K::File:
    case K::Directory:
    case K::Symlink:
    case K::Hardlink:
        break;
    default:
        return fail(m.name, tr("is %1; a package may only hold files, directories and links").arg(kindText(m.kind)));
    }
    if (m.sparse)
        return fail(m.name, tr("sparse files are not supported in packages"));

    PayloadEntry entry;
    entry.path = name;
    entry.mtime = m.mtime;
    entry.type = m.kind == K::File ? PayloadEntry::Type::File
        : m.kind == K::Directory   ? PayloadEntry::Type::Directory
        : m.kind == K::Symlink     ? PayloadEntry::Type::Symlink
                                   : PayloadEntry::Type::Hardlink;

    if (m.kind == K::File && (!m.sizeKnown || m.size < 0))
        return fail(m.name, tr("the member does not declare a valid size"));
    // Any data a member declares is read (or skipped, which means decompressing it), links and
    // directories included, so every declared size counts against the limits.
    if (m.sizeKnown && m.size > 0) {
        if (m.size > m_limits.maxEntrySize)
            return fail(m.name,
                tr("declares %1 bytes, more than the %2 a member may have").arg(m.size).arg(m_limits.maxEntrySize));
        if (m.size > m_limits.maxTotalSize - m_totalSize)
            return fail(m.name, tr("the package's files together exceed %1 bytes").arg(m_limits.maxTotalSize));
        m_totalSize += m.size;
        if (m.kind == K::File)
            entry.size = m.size;
    }

    // Modes: permission bits only; privileges are not the package's to hand out.
    const quint32 perms = m.mode & 07777;
    quint32 dropped = perms & 06000;
    if (m.kind != K::Directory)
        dropped |= perms & 01000;
    entry.mode = m.kind == K::Symlink ? 0777 : (perms & ~dropped);
    entry.droppedModeBits = m.kind == K::Symlink ? 0 : dropped;

    // Where in the package tree the member sits.
    if (parts->at(0) != u"hab" || (parts->size() > 1 && parts->at(1) != u"pkgs"))
        return fail(m.name, tr("is %1").arg(outsideText()));
    if (parts->size() < PrefixDepth) {
        if (m.kind != K::Directory)
            return fail(m.name, tr("is %1 (only directories may sit above it)").arg(outsideText()));
        if (hasPrefix()) {
            if (!isAncestor(*parts, m_prefixParts))
                return fail(m.name, tr("is %1").arg(outsideText()));
        } else if (isAncestor(m_parentChain, *parts)) {
            m_parentChain = *parts;
        } else if (!isAncestor(*parts, m_parentChain)) {
            return fail(m.name,
                tr("is not on the same package path as the earlier directory %1").arg(m_parentChain.join(u'/')));
        }
        return entry;
    }

    const PackageIdent ident(parts->at(2), parts->at(3), parts->at(4), parts->at(5));
    if (!hasPrefix()) {
        if (!PackageIdent::isValidOrigin(ident.origin()) || !PackageIdent::isValidName(ident.name())
            || !PackageIdent::isValidVersion(ident.version()) || !PackageIdent::isValidRelease(ident.release()))
            return fail(m.name,
                tr("hab/pkgs/%1 is not a valid package path origin/name/version/release").arg(ident.toString()));
        if (!isAncestor(m_parentChain, ident.installPath().split(u'/')))
            return fail(m.name,
                tr("is not on the same package path as the earlier directory %1").arg(m_parentChain.join(u'/')));
        setPrefix(ident);
    } else if (!(ident == m_prefix)) {
        return fail(m.name, tr("is %1").arg(outsideText()));
    }

    const QStringList rel = parts->mid(PrefixDepth);
    if (rel.isEmpty() && m.kind != K::Directory)
        return fail(m.name, tr("the package prefix itself must be a directory"));

    // No member below something that is not a directory: a file written "through" a symlink
    // would land wherever the link points.
    const QList<quint64> keys = pathKeys(rel);
    for (qsizetype i = 0; i + 1 < rel.size(); ++i) {
        const auto it = m_seen.constFind(keys[i]);
        if (it != m_seen.constEnd() && *it != Seen::Directory)
            return fail(m.name,
                tr("its parent %1 is a %2, not a directory")
                    .arg(rel.mid(0, i + 1).join(u'/'), *it == Seen::Symlink ? tr("symlink") : tr("file")));
    }
    if (!rel.isEmpty()) {
        if (const auto it = m_seen.constFind(keys.last()); it != m_seen.constEnd()) {
            if (!(m.kind == K::Directory && *it == Seen::Directory))
                return fail(m.name, tr("appears twice in the archive"));
        }
    }

    if (m.kind == K::Symlink) {
        QString target;
        if (m.linkTarget.isEmpty())
            return fail(m.name, tr("symlink without a target"));
        if (m.linkTarget.size() > m_limits.maxPathLength)
            return fail(m.name, tr("the symlink target is longer than %1 bytes").arg(m_limits.maxPathLength));
        if (hasControl(m.linkTarget) || !decodeUtf8(m.linkTarget, &target))
            return fail(m.name, tr("the symlink target is not clean UTF-8 text"));
        entry.linkTarget = target;
        const QString shownTarget = displayName(m.linkTarget);
        const QStringList steps = target.split(u'/', Qt::SkipEmptyParts);
        // ".." only at the start: after a name (which may be a link) a lexical ".." is meaningless.
        bool named = false;
        for (const QString& s : steps) {
            if (s == u"..") {
                if (named)
                    return fail(m.name,
                        tr("symlink to “%1”: “..” after a name in a link target is not allowed").arg(shownTarget));
            } else if (s != u".") {
                named = true;
            }
        }
        if (target.startsWith(u'/')) {
            QStringList resolved;
            for (const QString& s : steps) {
                if (s == u"..")
                    return fail(m.name, tr("symlink to “%1” points outside the package").arg(shownTarget));
                if (s != u".")
                    resolved.append(s);
            }
            if (isAncestor(m_prefixParts, resolved)) {
                // into the package itself: fine
            } else if (resolved.size() >= PrefixDepth && resolved[0] == u"hab" && resolved[1] == u"pkgs") {
                const PackageIdent other(resolved[2], resolved[3], resolved[4], resolved[5]);
                if (!PackageIdent::isValidOrigin(other.origin()) || !PackageIdent::isValidName(other.name())
                    || !PackageIdent::isValidVersion(other.version()) || !PackageIdent::isValidRelease(other.release()))
                    return fail(m.name, tr("symlink to “%1” points outside the package").arg(shownTarget));
                if (!m_deferred.contains(other)) {
                    // One example per package is enough for the error; the count is bounded so
                    // that links cannot make this list grow without limit.
                    if (m_deferred.size() >= MaxLinkedPackages)
                        return fail(m.name, tr("symlinks into more than %1 other packages").arg(MaxLinkedPackages));
                    m_deferred.insert(other, { displayName(m.name), shownTarget, other });
                }
            } else {
                return fail(m.name, tr("symlink to “%1” points outside the package").arg(shownTarget));
            }
        } else {
            QStringList at = rel.mid(0, rel.size() - 1); // the member's directory, inside the prefix
            for (const QString& s : steps) {
                if (s == u".")
                    continue;
                if (s == u"..") {
                    if (at.isEmpty())
                        return fail(m.name,
                            tr("symlink to “%1” points outside the package prefix %2/").arg(shownTarget, prefixPath()));
                    at.removeLast();
                } else {
                    at.append(s);
                }
            }
        }
    } else if (m.kind == K::Hardlink) {
        QString target;
        if (m.linkTarget.isEmpty() || hasControl(m.linkTarget) || !decodeUtf8(m.linkTarget, &target))
            return fail(m.name, tr("hardlink without a clean target name"));
        const QString shownTarget = displayName(m.linkTarget);
        if (target.startsWith(QLatin1String("./")))
            target.remove(0, 2);
        QString whyTarget;
        const auto targetParts = target.startsWith(u'/') ? std::nullopt : components(target, &whyTarget);
        if (!targetParts || targetParts->size() <= PrefixDepth || !isAncestor(m_prefixParts, *targetParts))
            return fail(
                m.name, tr("hardlink to “%1”, which is outside the package prefix %2/").arg(shownTarget, prefixPath()));
        const auto it = m_seen.constFind(pathKeys(targetParts->mid(PrefixDepth)).last());
        if (it == m_seen.constEnd() || *it != Seen::File)
            return fail(m.name, tr("hardlink to “%1”, which is not a file earlier in the archive").arg(shownTarget));
        entry.linkTarget = targetParts->join(u'/');
    }

    // Record the member and, implicitly, its parent directories.
    if (!rel.isEmpty()) {
        for (qsizetype i = 0; i + 1 < rel.size(); ++i)
            m_seen.insert(keys[i], Seen::Directory);
        m_seen.insert(keys.last(),
            m.kind == K::Directory     ? Seen::Directory
                : m.kind == K::Symlink ? Seen::Symlink
                                       : Seen::File);
        if (m_seen.size() > m_limits.maxEntries + MaxImplicitDirectories)
            return fail(m.name, tr("the package has more than %1 distinct paths").arg(m_seen.size() - 1));
    }
    return entry;
}

QList<quint64> EntryPolicy::pathKeys(const QStringList& rel) const
{
    // FNV-1a over the path, from a random basis, finished with MurmurHash3's fmix64; one pass
    // gives the keys of every leading part. A collision can only make a member look seen
    // (refused as a duplicate), never let an unsafe one through.
    QList<quint64> keys;
    keys.reserve(rel.size());
    quint64 h = m_seed;
    auto step = [&h](char16_t c) {
        h ^= c;
        h *= 0x100000001b3ull;
    };
    for (qsizetype i = 0; i < rel.size(); ++i) {
        if (i > 0)
            step(u'/');
        for (QChar c : rel[i])
            step(c.unicode());
        quint64 k = h;
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdull;
        k ^= k >> 33;
        k *= 0xc4ceb9fe1a85ec53ull;
        k ^= k >> 33;
        keys.append(k);
    }
    return keys;
}

Status EntryPolicy::finish(const QList<PackageIdent>& tdeps) const
{
    for (const Deferred& d : m_deferred) {
        if (!tdeps.contains(d.ident))
            return Status::failure(ErrorKind::Unsafe,
                tr("%1: member “%2”: symlink to “%3” points into %4, which is not among the package's runtime "
                   "dependencies (TDEPS)")
                    .arg(m_source, d.member, d.target, d.ident.installPath()));
    }
    return success();
}

Result<EntryPolicy::Member> EntryPolicy::memberOfFile(const QByteArray& name, const QString& path)
{
    using R = Result<Member>;
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::lstat(native.constData(), &st) != 0) {
        const int error = errno;
        return R::failure(error == ENOENT ? ErrorKind::NotFound : ErrorKind::Io,
            tr("%1: cannot read: %2").arg(path, QString::fromLocal8Bit(strerror(error))));
    }
    Member m;
    m.name = name;
    m.mode = quint32(st.st_mode & 07777);
    m.mtime = st.st_mtime;
    using K = Member::Kind;
    if (S_ISREG(st.st_mode)) {
        m.kind = K::File;
        m.size = st.st_size;
    } else if (S_ISDIR(st.st_mode)) {
        m.kind = K::Directory;
    } else if (S_ISLNK(st.st_mode)) {
        m.kind = K::Symlink;
        QByteArray target(4097, Qt::Uninitialized);
        const ssize_t n = ::readlink(native.constData(), target.data(), size_t(target.size()));
        if (n < 0 || n >= target.size())
            return R::failure(ErrorKind::Io, tr("%1: cannot read the link").arg(path));
        target.resize(n);
        m.linkTarget = target;
    } else if (S_ISCHR(st.st_mode)) {
        m.kind = K::CharacterDevice;
    } else if (S_ISBLK(st.st_mode)) {
        m.kind = K::BlockDevice;
    } else if (S_ISFIFO(st.st_mode)) {
        m.kind = K::Fifo;
    } else if (S_ISSOCK(st.st_mode)) {
        m.kind = K::Socket;
    } else {
        m.kind = K::Unknown;
    }
    return m;
}

} // namespace habmesos
