// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageident.h"
#include "package/secretsigningkey.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>

namespace habmesos {

// Builds a signed .hart the way Habitat does (tar, xz, BLAKE2b-256, HART-1 header), from members
// given in memory or taken from a directory on disk. The tar is pax (restricted: plain ustar
// unless a name needs more), members sorted by name, owner root:root (0:0) and one fixed mtime,
// so the same members give the same bytes. The payload streams through a temporary file next to
// the output and the result is written atomically (QSaveFile): memory stays bounded whatever the
// size of files taken from disk.
//
// The writer writes what it is given: member names are not checked (tests use it to make bad
// artifacts); EntryPolicy is what refuses them when reading.
class HartWriter
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::HartWriter)
public:
    struct Member
    {
        enum class Type
        {
            File,
            Directory,
            Symlink,
            Hardlink
        };
        QString path; // as stored in the tar, e.g. "hab/pkgs/o/n/v/r/bin/x"
        Type type = Type::File;
        quint32 mode = 0644;
        QByteArray data; // file contents, when sourceFile is empty
        QString sourceFile; // a file on disk to stream the contents from
        QString linkTarget; // symlink target, or the hardlink's target member path
    };

    // The default mtime: 2020-01-01T00:00:00Z.
    static constexpr qint64 DefaultMtime = 1577836800;

    void setMtime(qint64 secondsSinceEpoch) { m_mtime = secondsSinceEpoch; }
    // Sorted by name (the default), or in the order added (tests that need a given tar order).
    void setSorted(bool sorted) { m_sorted = sorted; }

    void addDirectory(const QString& path, quint32 mode = 0755);
    void addFile(const QString& path, const QByteArray& data, quint32 mode = 0644);
    void addSymlink(const QString& path, const QString& target);
    void addHardlink(const QString& path, const QString& targetPath);
    void addMember(const Member& member) { m_members.append(member); }
    // hab, hab/pkgs, ... down to the package's prefix directory itself.
    void addPackageDirectories(const PackageIdent& ident);
    // Everything under `directory` (files, directories, symlinks; files with several links
    // become tar hardlinks), named `memberRoot` + "/" + the relative path, `memberRoot` itself
    // included as a directory. File contents are read when writing. Device nodes, FIFOs and
    // sockets are refused.
    Status addDirectoryTree(const QString& directory, const QString& memberRoot);

    const QList<Member>& members() const { return m_members; }

    // Writes the artifact at `hartPath`, signed with `key`. `payloadHashHex`, when given,
    // receives the payload's lowercase hex BLAKE2b-256.
    Status write(const QString& hartPath, const SecretSigningKey& key, const std::atomic_bool* cancel = nullptr,
        QString* payloadHashHex = nullptr) const;

    // Signs an existing payload file as `hab pkg sign` does: header, then the payload's bytes.
    static Status signPayload(const QString& payloadPath, const SecretSigningKey& key, const QString& hartPath);
    // The five header lines for a payload whose hex BLAKE2b-256 is `hexDigest`.
    static QByteArray headerText(const SecretSigningKey& key, const QByteArray& hexDigest);

private:
    QList<Member> m_members;
    qint64 m_mtime = DefaultMtime;
    bool m_sorted = true;
};

} // namespace habmesos
