// SPDX-License-Identifier: Apache-2.0
#include "export/tarentry.h"

#include <QCoreApplication>
#include <QStringList>

namespace habmesos {

TarEntry TarEntry::file(QString path, qint64 size, quint32 mode)
{
    TarEntry e;
    e.m_type = Type::File;
    e.m_path = std::move(path);
    e.m_size = size;
    e.setMode(mode);
    return e;
}

TarEntry TarEntry::directory(QString path, quint32 mode)
{
    TarEntry e;
    e.m_type = Type::Directory;
    e.m_path = std::move(path);
    e.setMode(mode);
    return e;
}

TarEntry TarEntry::symlink(QString path, QString target)
{
    TarEntry e;
    e.m_type = Type::Symlink;
    e.m_path = std::move(path);
    e.m_linkTarget = std::move(target);
    e.m_mode = 0777;
    return e;
}

TarEntry TarEntry::hardlink(QString path, QString target)
{
    TarEntry e;
    e.m_type = Type::Hardlink;
    e.m_path = std::move(path);
    e.m_linkTarget = std::move(target);
    return e;
}

TarEntry TarEntry::fromPayload(const PayloadEntry& entry)
{
    TarEntry t;
    switch (entry.type) {
    case PayloadEntry::Type::File:
        t = file(entry.path, entry.size, entry.mode);
        break;
    case PayloadEntry::Type::Directory:
        t = directory(entry.path, entry.mode);
        break;
    case PayloadEntry::Type::Symlink:
        t = symlink(entry.path, entry.linkTarget);
        break;
    case PayloadEntry::Type::Hardlink:
        t = hardlink(entry.path, entry.linkTarget);
        break;
    }
    t.setMtime(entry.mtime);
    return t;
}

qint64 TarEntry::diskUsage() const
{
    constexpr qint64 Block = 4096;
    switch (m_type) {
    case Type::File:
        return (m_size + Block - 1) / Block * Block;
    case Type::Directory:
    case Type::Symlink:
        return Block;
    case Type::Hardlink:
        return 0;
    }
    return 0;
}

void TarEntry::setOwner(quint32 uid, quint32 gid, QString userName, QString groupName)
{
    m_uid = uid;
    m_gid = gid;
    m_userName = std::move(userName);
    m_groupName = std::move(groupName);
}

QString TarEntry::normalizedPath(const QString& path)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    QStringList kept;
    kept.reserve(parts.size());
    for (const QString& part : parts) {
        if (part != QLatin1String("."))
            kept.append(part);
    }
    return kept.join(u'/');
}

static QString memberNameOf(const QString& path, bool directory)
{
    const QString rel = TarEntry::normalizedPath(path);
    if (rel.isEmpty())
        return QStringLiteral("./");
    return QStringLiteral("./") + rel + (directory ? QStringLiteral("/") : QString());
}

QString TarEntry::memberName() const
{
    return memberNameOf(m_path, m_type == Type::Directory);
}

QString TarEntry::memberLinkTarget() const
{
    if (m_type == Type::Hardlink)
        return memberNameOf(m_linkTarget, false);
    return m_linkTarget;
}

Status TarEntry::validate() const
{
    auto fail = [this](const QString& what) {
        return Status::failure(ErrorKind::Unsafe, tr("tar member “%1”: %2").arg(m_path.left(300), what));
    };
    const QString rel = normalizedPath(m_path);
    if (rel.isEmpty() && m_type != Type::Directory)
        return fail(tr("only the root directory may have an empty path"));
    if (m_path.contains(QChar(0)) || m_linkTarget.contains(QChar(0)))
        return fail(tr("the path or link target contains a NUL character"));
    if (rel.split(u'/').contains(QLatin1String("..")))
        return fail(tr("the path contains “..” (extractors refuse it)"));
    if (m_type == Type::File && m_size < 0)
        return fail(tr("negative size"));
    if ((m_type == Type::Symlink || m_type == Type::Hardlink) && m_linkTarget.isEmpty())
        return fail(tr("a link needs a target"));
    if (m_type == Type::Hardlink) {
        const QString target = normalizedPath(m_linkTarget);
        if (target.isEmpty() || target.split(u'/').contains(QLatin1String("..")))
            return fail(tr("the hardlink target must be a member path without “..”"));
    }
    return success();
}

} // namespace habmesos
