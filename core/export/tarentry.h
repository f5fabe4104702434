// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include "package/payloadentry.h"

#include <QCoreApplication>
#include <QString>

namespace habmesos {

// One member of a container tarball: what TarballWriter::addEntry() writes. Paths are member
// names relative to the tarball's root ("hab/pkgs/o/n/v/r/bin/x", "./hab", "." for the root);
// the writer stores them as "./hab/pkgs/..." like `tar -czpf x.tgz -C ROOT ./` does.
// Owner is root:root (0/0) unless the caller sets another.
class TarEntry
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::TarEntry)
public:
    enum class Type
    {
        File,
        Directory,
        Symlink,
        Hardlink
    };

    TarEntry() = default;
    static TarEntry file(QString path, qint64 size, quint32 mode = 0644);
    static TarEntry directory(QString path, quint32 mode = 0755);
    // `target` is stored verbatim (relative or absolute, as on disk).
    static TarEntry symlink(QString path, QString target);
    // `target` is the member path of a file written earlier in the same tarball.
    static TarEntry hardlink(QString path, QString target);
    // A member of a package's payload (or installed tree), as it is.
    static TarEntry fromPayload(const PayloadEntry& entry);

    Type type() const { return m_type; }
    const QString& path() const { return m_path; }
    // Permission bits including setuid/setgid/sticky (07777).
    quint32 mode() const { return m_mode; }
    // Bytes of data that follow the header (files only; 0 for everything else).
    qint64 size() const { return m_type == Type::File ? m_size : 0; }
    const QString& linkTarget() const { return m_linkTarget; }
    // Seconds since the epoch; 0 unless set (reproducible by default).
    qint64 mtime() const { return m_mtime; }
    quint32 uid() const { return m_uid; }
    quint32 gid() const { return m_gid; }
    const QString& userName() const { return m_userName; }
    const QString& groupName() const { return m_groupName; }

    void setPath(QString path) { m_path = std::move(path); }
    void setMode(quint32 mode) { m_mode = mode & 07777; }
    void setSize(qint64 size) { m_size = size; }
    void setLinkTarget(QString target) { m_linkTarget = std::move(target); }
    void setMtime(qint64 secondsSinceEpoch) { m_mtime = secondsSinceEpoch; }
    // Names may be empty (numeric ids only).
    void setOwner(quint32 uid, quint32 gid, QString userName, QString groupName);

    // The member name as written: "./" + the path without leading "./" or "/", directories with
    // a trailing "/"; the root itself is "./". Hardlink targets are normalised the same way.
    QString memberName() const;
    QString memberLinkTarget() const;
    // An error (Unsafe) naming the path when it cannot be written safely: empty path (other than
    // the root directory), "..", a NUL character, a negative size, a link without a target.
    Status validate() const;

    // What it takes on disk once extracted, as `du` counts it on ext4 with 4 KiB blocks: a
    // file's size rounded up to whole blocks, one block for a directory or a symlink, nothing for
    // a hard link (its inode is counted with the file). An estimate for sizing the task's disk:
    // large directories take more blocks and short symlinks none, which the headroom absorbs.
    qint64 diskUsage() const;

    // "hab/./x//y" -> "hab/x/y"; "./", "." and "" -> "". Keeps ".." (validate() refuses it).
    static QString normalizedPath(const QString& path);

private:
    Type m_type = Type::File;
    QString m_path;
    quint32 m_mode = 0644;
    qint64 m_size = 0;
    QString m_linkTarget;
    qint64 m_mtime = 0;
    quint32 m_uid = 0;
    quint32 m_gid = 0;
    QString m_userName = QStringLiteral("root");
    QString m_groupName = QStringLiteral("root");
};

} // namespace habmesos
