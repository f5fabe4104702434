// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/hartwriter.h"
#include "package/keycache.h"
#include "package/secretsigningkey.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace habmesos::test {

// What a test package holds. Paths in files/executables/symlinks/hardlinks are relative to the
// package prefix hab/pkgs/<ident>/.
struct PackageSpec
{
    QString ident; // fully qualified, e.g. "acme/rocket/1.0.0/20200101000000"
    QString target = QStringLiteral("x86_64-linux");
    QStringList deps; // fully qualified idents (DEPS)
    // TDEPS; when unset, computed from `deps` and the deps of packages this builder made before.
    std::optional<QStringList> tdeps;
    QMap<QString, QByteArray> metadata; // more top-level metadata: EXPOSES, SVC_USER, hooks/run, ...
    QMap<QString, QByteArray> files; // mode 0644
    QMap<QString, QByteArray> executables; // mode 0755
    QMap<QString, QString> symlinks; // path -> target as stored
    QMap<QString, QString> hardlinks; // path -> target path (relative to the prefix too)
    QList<HartWriter::Member> extraMembers; // full member paths, written exactly as given
    bool parentDirectories = true; // hab, hab/pkgs, ... as members before the prefix
    // Sorted tar (HartWriter's default), or: directories, files, links, extra members, then the
    // metadata files last (to test checks that can only happen at the end of the archive).
    bool sorted = true;
    std::optional<QByteArray> identFile; // IDENT's contents when they should disagree with `ident`
    QString signer; // origin whose key signs; default: the ident's origin
    bool publishSigner = true; // false: the signer's .pub is not in keyCache() (unknown signer)
    QString fileName; // default: <origin>-<name>-<version>-<release>-<target>.hart
};

// Makes signed .hart artifacts for tests in a directory of its own, with the origin keys in
// <directory>/keys (keyCache()). Normal packages go through HartWriter; the malformed ones it
// cannot make (device nodes, hand-made headers, other compressions) through raw libarchive.
// Every function returns the artifact's path, or an error saying what failed.
class FixtureBuilder
{
public:
    explicit FixtureBuilder(const QString& directory);

    QString directory() const { return m_dir; }
    QString keyDirectory() const;
    KeyCache keyCache() const { return KeyCache(keyDirectory()); }

    // The origin's signing key, generated on first use (revision 20200101000000) and published
    // (its .pub written to keyDirectory()) unless `publish` is false.
    SecretSigningKey key(const QString& origin, bool publish = true);

    Result<QString> build(const PackageSpec& spec);
    // The common case: a package with a file share/<name>.txt, the given DEPS and computed TDEPS.
    Result<QString> build(const QString& ident, const QStringList& deps = {});
    // Unpacks a (checked) artifact under `root` the way `hab pkg install` lays it out
    // (root/hab/pkgs/o/n/v/r); returns the package directory. For installed-package tests.
    static Result<QString> installTo(const QString& hartPath, const QString& root);
    // A chain of packages: idents[0] depends on idents[1], which depends on idents[2], ...
    // Built deepest first, so each one's TDEPS holds everything below it. Paths in idents' order.
    Result<QStringList> buildChain(const QStringList& idents);
    // The TDEPS `deps` imply, from the packages built so far.
    QStringList closureOf(const QStringList& deps) const;

    // Copies of a built artifact, spoilt after signing.
    Result<QString> flipPayloadByte(const QString& hart, const QString& newName, qint64 payloadOffset = -1);
    Result<QString> truncated(const QString& hart, const QString& newName, qint64 keepBytes);
    // The header (signature) of one artifact on the payload of another: a clean hash mismatch.
    Result<QString> swappedPayload(const QString& headerFrom, const QString& payloadFrom, const QString& newName);
    // Signed by another key than the one its header names (published): a bad signature.
    Result<QString> signedWithWrongKey(const PackageSpec& spec);

    // Raw members, for what HartWriter would not write.
    struct RawMember
    {
        enum class Kind
        {
            File,
            Directory,
            Symlink,
            Hardlink,
            Fifo,
            CharacterDevice,
            BlockDevice
        };
        QByteArray name;
        Kind kind = Kind::File;
        QByteArray data;
        QByteArray linkTarget;
        quint32 mode = 0644;
    };
    enum class Compression
    {
        Xz,
        Gzip,
        None
    };
    // The members of a minimal valid package (parent directories, prefix, IDENT, TARGET).
    static QList<RawMember> minimalPackage(
        const QString& ident, const QString& target = QStringLiteral("x86_64-linux"));
    // An uncompressed tar of `members` (pax restricted), with its end-of-archive blocks.
    static Result<QByteArray> tarOf(const QList<RawMember>& members);
    // A hand-made ustar header claiming `declaredSize` bytes (base-256 size field when it does
    // not fit in octal), followed by `dataBytes` bytes of data and nothing else.
    // `typeflag` '0' is a file; 'x' (pax extended header) and 'L' (GNU long name) test the
    // special headers libarchive reads into memory.
    static QByteArray hugeMemberTar(const QByteArray& name, qint64 declaredSize, qint64 dataBytes, char typeflag = '0');
    static Result<QByteArray> compress(const QByteArray& data, Compression compression);
    // Signs `payload` (already compressed) with the origin's key and writes the .hart.
    Result<QString> writeSigned(const QString& fileName, const QByteArray& payload, const QString& signerOrigin);
    Result<QString> buildRaw(const QString& fileName, const QList<RawMember>& members, const QString& signerOrigin,
        Compression compression = Compression::Xz);

private:
    QString m_dir;
    QHash<QString, SecretSigningKey> m_keys;
    QHash<QString, QStringList> m_depsOf; // ident -> its DEPS, for every package built
};

} // namespace habmesos::test
