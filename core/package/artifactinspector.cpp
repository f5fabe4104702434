// SPDX-License-Identifier: Apache-2.0
#include "package/artifactinspector.h"

#include "package/entrypolicy.h"
#include "package/hartreader.h"
#include "package/keycache.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace habmesos {

namespace {

bool isHook(const QString& name)
{
    return name.startsWith(QLatin1String("hooks/"));
}

Status identAgrees(const PackageMetadata& metadata, const PackageIdent& fromPath, const QString& source)
{
    if (!(metadata.ident == fromPath))
        return Status::failure(ArtifactInspector::tr("%1: IDENT says %2 but the package's files are under %3")
                                   .arg(source, metadata.ident.toString(), fromPath.installPath()));
    return success();
}

// One pass over a .hart; `peek` stops as soon as IDENT and TARGET are known.
Result<PackageArtifact> readArtifact(
    const QString& hartPath, const KeyCache* keys, bool peek, const std::atomic_bool* cancel)
{
    using R = Result<PackageArtifact>;
    HartReader reader;
    const Status opened = reader.open(hartPath, HartReader::Limits(), cancel);

    PackageArtifact out;
    out.source = PackageArtifact::Source::Artifact;
    out.path = hartPath;
    out.fileSize = QFileInfo(hartPath).size();
    out.signer = reader.header().keyName();

    // A payload that cannot be read may have been altered after signing: say so when it was.
    auto unreadable = [&](const Error& error) {
        if (peek || (cancel && cancel->load()) || error.kind == ErrorKind::Cancelled)
            return R(error);
        if (reader.finish(*keys) == Verification::HashMismatch)
            return R::failure(ErrorKind::Unverified,
                error.message
                    + ArtifactInspector::tr(" (and the hashes don't match the signature of %1: the artifact was "
                                            "altered or damaged after signing)")
                          .arg(reader.header().keyName()));
        return R(error);
    };
    if (!opened)
        return unreadable(opened.errorInfo());
    QMap<QString, QByteArray> files;
    for (;;) {
        auto next = reader.next();
        if (!next)
            return unreadable(next.errorInfo());
        if (!next->has_value())
            break;
        const PayloadEntry& entry = **next;
        ++out.entryCount;
        if (entry.type == PayloadEntry::Type::File)
            out.unpackedSize += entry.size;
        if (reader.prefix().isEmpty())
            continue;
        const QString top = QStringLiteral("hab/pkgs/") + reader.prefix() + u'/';
        if (!entry.path.startsWith(top))
            continue;
        const QString name = entry.path.mid(top.size());
        if (!PackageMetadata::isMetadataFile(name))
            continue;
        if (isHook(name)) {
            if (entry.type == PayloadEntry::Type::Directory)
                continue;
            const Status added = PackageMetadata::addHook(&files, name, hartPath);
            if (!added)
                return added.errorInfo();
            continue;
        }
        if (entry.type != PayloadEntry::Type::File)
            continue;
        const Status size = PackageMetadata::checkFileSize(hartPath, name, entry.size);
        if (!size)
            return size.errorInfo();
        auto data = reader.readEntry(entry);
        if (!data)
            return unreadable(data.errorInfo());
        files.insert(name, data.value());
        if (peek && files.contains(QStringLiteral("IDENT")) && files.contains(QStringLiteral("TARGET")))
            break;
    }

    auto metadata = PackageMetadata::parse(files, hartPath);
    if (!metadata)
        return metadata.errorInfo();
    const Status agrees = identAgrees(metadata.value(), PackageIdent::parse(reader.prefix()).value(), hartPath);
    if (!agrees)
        return agrees.errorInfo();
    out.metadata = metadata.value();
    if (peek)
        return out;

    out.verification = reader.finish(*keys, &out.verificationDetail, &out.payloadHash);
    if (cancel && cancel->load())
        return R::cancelled();
    if (out.verification == Verification::NotChecked) // the rest of the file could not be read
        return R::failure(ErrorKind::Io, out.verificationDetail);
    if (out.verification == Verification::Verified)
        out.verificationDetail.clear();
    return out;
}

} // namespace

Result<PackageArtifact> ArtifactInspector::inspectArtifact(
    const QString& hartPath, const KeyCache& keys, const std::atomic_bool* cancel)
{
    return readArtifact(hartPath, &keys, false, cancel);
}

Result<PackageArtifact> ArtifactInspector::peekArtifact(const QString& hartPath)
{
    return readArtifact(hartPath, nullptr, true, nullptr);
}

Result<PackageArtifact> ArtifactInspector::inspectInstalled(const QString& dir, const std::atomic_bool* cancel)
{
    using R = Result<PackageArtifact>;
    const QString root = QDir::cleanPath(QDir(dir).absolutePath());
    const QStringList parts = root.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 6 || parts[parts.size() - 6] != u"hab" || parts[parts.size() - 5] != u"pkgs")
        return R::failure(
            tr("%1: not an installed package directory (…/hab/pkgs/<origin>/<name>/<version>/<release>)").arg(dir));
    const QString relRoot = parts.mid(parts.size() - 6).join(u'/');

    struct stat st;
    if (::lstat(QFile::encodeName(root).constData(), &st) != 0) {
        const int error = errno;
        return R::failure(error == ENOENT ? ErrorKind::NotFound : ErrorKind::Io,
            tr("%1: cannot read: %2").arg(dir, QString::fromLocal8Bit(std::strerror(error))));
    }
    if (!S_ISDIR(st.st_mode))
        return R::failure(tr("%1: not a directory").arg(dir));

    EntryPolicy policy(root);
    using K = EntryPolicy::Member::Kind;
    EntryPolicy::Member top;
    top.name = relRoot.toUtf8();
    top.kind = K::Directory;
    top.mode = quint32(st.st_mode & 07777);
    auto checkedTop = policy.check(top);
    if (!checkedTop)
        return checkedTop.errorInfo();

    PackageArtifact out;
    out.source = PackageArtifact::Source::Installed;
    out.path = root;
    out.verification = Verification::Unsigned;
    out.entryCount = 1;

    QStringList paths;
    QDirIterator it(
        root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (cancel && cancel->load())
            return R::cancelled();
        paths.append(it.next());
        if (paths.size() > HartReader::Limits().maxEntries)
            return R::failure(
                ErrorKind::Unsafe, tr("%1: more than %2 files").arg(root).arg(HartReader::Limits().maxEntries));
    }
    std::sort(paths.begin(), paths.end()); // parents before children, stable errors

    QMap<QString, QByteArray> files;
    for (const QString& path : paths) {
        if (cancel && cancel->load())
            return R::cancelled();
        const QString rel = path.mid(root.size() + 1);
        const auto described = EntryPolicy::memberOfFile(relRoot.toUtf8() + '/' + QFile::encodeName(rel), path);
        if (!described)
            return described.errorInfo();
        const EntryPolicy::Member& m = described.value();
        auto checked = policy.check(m);
        if (!checked)
            return checked.errorInfo();
        ++out.entryCount;
        if (m.kind == K::File)
            out.unpackedSize += m.size;
        if (!PackageMetadata::isMetadataFile(rel))
            continue;
        if (isHook(rel)) {
            if (m.kind == K::Directory)
                continue;
            const Status added = PackageMetadata::addHook(&files, rel, root);
            if (!added)
                return added.errorInfo();
            continue;
        }
        if (m.kind != K::File)
            continue;
        const Status size = PackageMetadata::checkFileSize(root, rel, m.size);
        if (!size)
            return size.errorInfo();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(ErrorKind::Io, tr("%1: cannot read: %2").arg(path, file.errorString()));
        // Read at most the limit, whatever the file has grown to since lstat.
        files.insert(rel, file.read(PackageMetadata::sizeLimit(rel) + 1));
    }

    auto metadata = PackageMetadata::parse(files, root);
    if (!metadata)
        return metadata.errorInfo();
    const Status agrees = identAgrees(metadata.value(), policy.prefixIdent(), root);
    if (!agrees)
        return agrees.errorInfo();
    const Status links = policy.finish(metadata->tdeps);
    if (!links)
        return links.errorInfo();
    out.metadata = metadata.value();
    return out;
}

} // namespace habmesos
