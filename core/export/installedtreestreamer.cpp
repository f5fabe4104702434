// SPDX-License-Identifier: Apache-2.0
#include "export/installedtreestreamer.h"

#include "export/exportprogress.h"
#include "export/fetchernamecheck.h"
#include "export/tarballwriter.h"
#include "package/artifactinspector.h"
#include "package/entrypolicy.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <algorithm>

namespace habmesos {

InstalledTreeStreamer::InstalledTreeStreamer(
    AgentFetcher fetcher, const std::atomic_bool* cancel, ExportProgress* progress)
    : m_fetcher(fetcher)
    , m_cancel(cancel)
    , m_progress(progress)
{ }

Result<ExportedPackage> InstalledTreeStreamer::stream(const PackageRef& ref, TarballWriter& writer) const
{
    using R = Result<ExportedPackage>;
    // A complete check first (member safety, IDENT against the path), then the same tree streamed.
    const auto inspected = ArtifactInspector::inspectInstalled(ref.path, m_cancel);
    if (!inspected)
        return inspected.errorInfo();
    ExportedPackage out;
    out.metadata = inspected->metadata;
    out.summary.path = ref.path;
    out.summary.verification = Verification::Unsigned;
    m_progress->addToTotal(inspected->unpackedSize);

    const QString root = QDir::cleanPath(ref.path);
    QStringList paths;
    QDirIterator it(
        root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    std::sort(paths.begin(), paths.end());

    if (const Status begun = writer.beginSegment(); !begun)
        return begun.errorInfo();
    // What is written is what the policy checked again now, not what inspectInstalled saw: the
    // tree could have changed in between (a link retargeted, a file renamed).
    EntryPolicy policy(root);
    const QByteArray memberRootName = ref.ident.installPath().toUtf8();
    auto checkedEntry = [&](const QByteArray& name, const QString& path) -> Result<PayloadEntry> {
        const auto described = EntryPolicy::memberOfFile(name, path);
        if (!described)
            return described.errorInfo();
        return policy.check(described.value());
    };
    auto addChecked = [&](const PayloadEntry& entry) -> Status {
        const TarEntry member = TarEntry::fromPayload(entry);
        if (!FetcherNameCheck::isPortable(member)) {
            if (const Status refused = FetcherNameCheck::check(m_fetcher, ref.ident.toString(), member); !refused)
                return refused;
        }
        if (const Status added = writer.addEntry(member); !added)
            return added;
        out.extractedBytes += member.diskUsage();
        return success();
    };
    const auto top = checkedEntry(memberRootName, root);
    if (!top)
        return top.errorInfo();
    if (const Status added = addChecked(top.value()); !added)
        return added.errorInfo();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const QString& path : std::as_const(paths)) {
        if (m_cancel && m_cancel->load())
            return R::cancelled();
        const QString rel = path.mid(root.size() + 1);
        const auto entry = checkedEntry(memberRootName + '/' + QFile::encodeName(rel), path);
        if (!entry)
            return entry.errorInfo();
        if (const Status added = addChecked(entry.value()); !added)
            return added.errorInfo();
        out.dropped.add(rel, entry->droppedModeBits);
        if (entry->type == PayloadEntry::Type::File) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return R::failure(ErrorKind::Io, tr("%1: %2").arg(path, file.errorString()));
            qint64 left = entry->size;
            while (left > 0) {
                const qint64 n = file.read(buffer.data(), std::min<qint64>(left, buffer.size()));
                if (n <= 0)
                    return R::failure(ErrorKind::Io, tr("%1: changed while being exported").arg(path));
                if (const Status written = writer.writeData(QByteArrayView(buffer.constData(), n)); !written)
                    return written.errorInfo();
                left -= n;
                m_progress->add(n);
                m_progress->report();
            }
        }
        const bool inBin = rel.startsWith(QLatin1String("bin/")) && rel.count(u'/') == 1;
        if (inBin && (entry->type == PayloadEntry::Type::File || entry->type == PayloadEntry::Type::Symlink))
            out.binNames.append(rel.mid(4));
    }
    if (const Status links = policy.finish(out.metadata.tdeps); !links)
        return links.errorInfo();
    if (const Status ended = writer.endSegment(); !ended)
        return ended.errorInfo();
    return out;
}

} // namespace habmesos
