// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageident.h"
#include "package/payloadentry.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace habmesos {

// How much one package may hold (HartReader::Limits, EntryPolicy::Limits). Outside the classes
// so that a default-constructed one can be a default argument.
struct PayloadLimits
{
    qint64 maxEntrySize = qint64(8) << 30; // one member
    qint64 maxTotalSize = qint64(64) << 30; // all members together
    qint64 maxEntries = 4'000'000;
    qint64 maxPathLength = 4096;
};

// The safety rules every member of a package must pass before anything else sees it, whether it
// comes from a .hart payload or an installed package's directory. One instance checks one
// package, member by member, in archive order; it remembers what it has seen (for hardlinks,
// duplicates and links through links), so memory grows with the member count (bounded by
// Limits::maxEntries).
//
// Rules:
// - names: one leading "./" is dropped, one trailing "/" too; absolute names, empty names or
//   components, "." and ".." components, control characters, invalid UTF-8, names longer than
//   maxPathLength or components longer than 255 bytes are refused;
// - prefix: every member is inside hab/pkgs/<o>/<n>/<v>/<r>/ (learnt from the first member that
//   has all four levels, which must be a valid ident); only its parent directories (hab,
//   hab/pkgs, ...) may sit outside it, and only as directories;
// - types: regular files, directories, symlinks, hardlinks; device nodes, FIFOs, sockets and
//   sparse files are refused;
// - no member twice (a directory repeated is tolerated), no member below a non-directory;
// - symlinks: a relative target is resolved lexically against the member's directory and must
//   stay inside the prefix at every step; ".." may only lead the target ("../../lib/x"), because
//   after a name that may itself be a link, a lexical ".." says nothing about where the real
//   path goes. An absolute target must lead into the prefix itself, or into
//   /hab/pkgs/<o>/<n>/<v>/<r>/ of another package, which finish() checks against TDEPS;
// - hardlinks: the target is a file inside the prefix seen earlier in the archive;
// - sizes: a file's declared size is checked against maxEntrySize and the running total against
//   maxTotalSize before any of its data is read;
// - modes: setuid and setgid (and the sticky bit, except on directories) are dropped and
//   reported in PayloadEntry::droppedModeBits: a package does not get to hand out privileges.
class EntryPolicy
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::EntryPolicy)
public:
    using Limits = PayloadLimits;

    // What the archive (or the file system) says about one member, before any check.
    struct Member
    {
        enum class Kind
        {
            File,
            Directory,
            Symlink,
            Hardlink,
            CharacterDevice,
            BlockDevice,
            Fifo,
            Socket,
            Unknown
        };
        QByteArray name;
        Kind kind = Kind::File;
        qint64 size = 0;
        bool sizeKnown = true;
        bool sparse = false;
        quint32 mode = 0;
        QByteArray linkTarget; // symlink target, or hardlink target name
        qint64 mtime = 0;
    };

    // `source` names the artifact (or directory) in errors.
    explicit EntryPolicy(QString source, const Limits& limits = Limits());

    // The member as it may be handed on, or an error "<source>: member “<name>”: <what is wrong>".
    Result<PayloadEntry> check(const Member& member);

    // What the file system says about `path` (lstat, readlink; never followed), as member `name`.
    // Installed packages are checked and exported from these: one description for both.
    static Result<Member> memberOfFile(const QByteArray& name, const QString& path);

    // After the last member: absolute symlinks into other packages must point at packages listed
    // in `tdeps` (this package's TDEPS), which may only be known at the end of the archive.
    Status finish(const QList<PackageIdent>& tdeps) const;

    bool hasPrefix() const { return m_prefix.isFullyQualified(); }
    // The ident the member paths give (hab/pkgs/o/n/v/r), once known.
    const PackageIdent& prefixIdent() const { return m_prefix; }
    // "hab/pkgs/o/n/v/r", once known.
    const QString& prefixPath() const { return m_prefixPath; }

    qint64 entryCount() const { return m_entries; }
    qint64 totalFileSize() const { return m_totalSize; }
    const QString& source() const { return m_source; }

    // A member name as errors show it: control characters escaped, long names cut.
    static QString displayName(const QByteArray& name);

private:
    static constexpr qsizetype MaxLinkedPackages = 16384;
    static constexpr qsizetype MaxImplicitDirectories = 65536;
    struct Deferred
    {
        QString member;
        QString target;
        PackageIdent ident;
    };
    enum class Seen : char
    {
        Directory,
        File,
        Symlink
    };

    Result<PayloadEntry> fail(const QByteArray& name, const QString& what) const;
    // Splits a normalised name; empty optional plus `why` when the name is not acceptable.
    static std::optional<QStringList> components(const QString& name, QString* why);
    void setPrefix(const PackageIdent& ident);
    // Why a member is refused for where it sits; made only for an error.
    QString outsideText() const;

    QString m_source;
    Limits m_limits;
    PackageIdent m_prefix;
    // m_prefix as a path and its components, kept so that members are not made to split it again.
    QString m_prefixPath;
    QStringList m_prefixParts;
    QStringList m_parentChain; // deepest parent directory seen before the prefix was known
    // Keys of the paths relative to the prefix (pathKeys): 8 bytes a path whatever its length,
    // so memory stays proportional to the member count.
    QList<quint64> pathKeys(const QStringList& rel) const;
    QHash<quint64, Seen> m_seen;
    QHash<PackageIdent, Deferred> m_deferred; // absolute links into other packages: one example each
    quint64 m_seed = 0;
    qint64 m_entries = 0;
    qint64 m_totalSize = 0;
};

} // namespace habmesos
