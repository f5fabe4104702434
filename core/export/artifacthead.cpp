// SPDX-License-Identifier: Apache-2.0
#include "export/artifacthead.h"

#include "package/hartreader.h"
#include "package/keycache.h"
#include "package/packagemetadata.h"

#include <QFileInfo>
#include <QMap>

namespace habmesos {

namespace {

// Every metadata file's name sorts before this (upper-case names, "bin/...", "default.toml",
// "hooks/..."; '0' follows '/'), and "lib", "share" or "usr" after it.
const QString PastMetadata = QStringLiteral("hooks0");
// A program the bootstrap carries is held in memory while the bootstrap is written.
constexpr qint64 MaxBinFileSize = qint64(512) << 20;

void finishVerification(HartReader& reader, const KeyCache& keys, PackageArtifact& out)
{
    out.verification = reader.finish(keys, &out.verificationDetail, &out.payloadHash);
    if (out.verification == Verification::Verified)
        out.verificationDetail.clear();
}

} // namespace

Result<ArtifactHead> ArtifactHead::read(const QString& hartPath, const KeyCache& keys, const QStringList& binFiles,
    const QString& readUpTo, const std::atomic_bool* cancel)
{
    const QString& upTo = readUpTo.isEmpty() ? PastMetadata : readUpTo;
    using R = Result<ArtifactHead>;
    HartReader reader;
    if (const Status opened = reader.open(hartPath, HartReader::Limits(), cancel); !opened)
        return opened.errorInfo();

    ArtifactHead head;
    PackageArtifact& out = head.artifact;
    out.path = hartPath;
    out.fileSize = QFileInfo(hartPath).size();
    out.signer = reader.header().keyName();

    QMap<QString, QByteArray> files;
    QString previous;
    bool inOrder = true;
    qsizetype wantedSeen = 0;
    QString name; // the last member's, in the package's prefix
    for (;;) {
        // IDENT and TARGET too: a payload whose other members are in order but whose metadata
        // comes last is read to its end. The member that reached `upTo` was handled, its data
        // read only when it was wanted.
        const bool wantedDone = wantedSeen == binFiles.size() && files.contains(QStringLiteral("IDENT"))
            && files.contains(QStringLiteral("TARGET"));
        if (inOrder && !name.isEmpty() && name >= upTo && wantedDone)
            break;
        auto next = reader.next();
        if (!next) {
            if (cancel && cancel->load())
                return R::cancelled();
            return next.errorInfo();
        }
        if (!next->has_value()) {
            head.readToEnd = true;
            break;
        }
        const PayloadEntry& entry = **next;
        if (entry.path <= previous)
            inOrder = false;
        previous = entry.path;
        if (reader.prefix().isEmpty())
            continue;
        const QString top = QStringLiteral("hab/pkgs/") + reader.prefix() + u'/';
        if (!entry.path.startsWith(top))
            continue;
        name = entry.path.mid(top.size());

        if (name.startsWith(QLatin1String("bin/"))) {
            const QString program = name.mid(4);
            if (!program.contains(u'/') && !head.binNames.contains(program))
                head.binNames.append(program);
            const bool wanted = binFiles.contains(program);
            if (wanted)
                ++wantedSeen;
            if (entry.type == PayloadEntry::Type::File && !binFiles.isEmpty() && !program.contains(u'/')) {
                if (entry.size > MaxBinFileSize)
                    return R::failure(
                        tr("%1: %2 is %3 bytes, more than the bootstrap takes").arg(hartPath, name).arg(entry.size));
                auto data = reader.readEntry(entry);
                if (!data)
                    return data.errorInfo();
                head.binFiles.append({ program, data.value() });
            }
            continue;
        }
        if (!PackageMetadata::isMetadataFile(name))
            continue;
        if (name.startsWith(QLatin1String("hooks/"))) {
            if (entry.type == PayloadEntry::Type::Directory)
                continue;
            if (const Status added = PackageMetadata::addHook(&files, name, hartPath); !added)
                return added.errorInfo();
            continue;
        }
        if (entry.type != PayloadEntry::Type::File)
            continue;
        if (const Status size = PackageMetadata::checkFileSize(hartPath, name, entry.size); !size)
            return size.errorInfo();
        auto data = reader.readEntry(entry);
        if (!data)
            return data.errorInfo();
        files.insert(name, data.value());
    }

    auto metadata = PackageMetadata::parse(files, hartPath);
    if (!metadata)
        return metadata.errorInfo();
    const auto fromPath = PackageIdent::parse(reader.prefix());
    if (!fromPath || !(metadata->ident == fromPath.value()))
        return R::failure(tr("%1: IDENT says %2 but the package's files are under hab/pkgs/%3")
                              .arg(hartPath, metadata->ident.toString(), reader.prefix()));
    out.metadata = metadata.value();
    for (const QString& wanted : binFiles) {
        const bool found = std::any_of(
            head.binFiles.cbegin(), head.binFiles.cend(), [&](const auto& file) { return file.first == wanted; });
        if (!found)
            return R::failure(ErrorKind::NotFound,
                tr("%1: the package has no program bin/%2").arg(out.metadata.ident.toString(), wanted));
    }
    finishVerification(reader, keys, out);
    if (cancel && cancel->load())
        return R::cancelled();
    if (out.verification == Verification::NotChecked)
        return R::failure(ErrorKind::Io, out.verificationDetail);
    return head;
}

} // namespace habmesos
