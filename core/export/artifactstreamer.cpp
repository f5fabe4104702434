// SPDX-License-Identifier: Apache-2.0
#include "export/artifactstreamer.h"

#include "export/exportprogress.h"
#include "export/fetchernamecheck.h"
#include "export/segmentcache.h"
#include "export/tarballwriter.h"
#include "logging.h"
#include "package/hartreader.h"
#include "package/keycache.h"

#include <QCryptographicHash>
#include <QFile>

namespace habmesos {

namespace {

// Bumped whenever what a package's segment holds changes (how members are mapped), so that
// older cached segments are never mixed into a new tarball.
constexpr char SegmentFormatVersion[] = "01";

} // namespace

ArtifactStreamer::ArtifactStreamer(Context context)
    : m_context(std::move(context))
{ }

bool ArtifactStreamer::stopRequested() const
{
    return (m_context.stop && m_context.stop->load(std::memory_order_relaxed))
        || (m_context.userCancel && m_context.userCancel->load(std::memory_order_relaxed));
}

// For the user's cache, the hash the artifact's signature covers (so a cached segment holds
// exactly what the origin signed, whatever happens to the file later); for a private cache,
// anything unique to the file.
QString ArtifactStreamer::segmentKey(const PackageRef& ref, const HartHeader& header, const SegmentCache* cache) const
{
    if (!cache)
        return {};
    if (m_context.cacheIsPrivate)
        return QString::fromLatin1(QCryptographicHash::hash(ref.path.toUtf8(), QCryptographicHash::Sha256).toHex());
    const auto key = m_context.keys->publicSigningKey(header.keyName());
    if (!key)
        return {};
    const auto message = key->openSigned(header.signature());
    if (!message || message->size() != 64 || !SegmentCache::isValidKey(QString::fromLatin1(message.value())))
        return {};
    // The writer's settings are part of the key: a segment compressed otherwise cannot be appended.
    const TarballWriterOptions settings;
    return SegmentCache::keyFor(message.value() + SegmentFormatVersion, settings.gzipLevel, settings.gzipBlockSize);
}

Result<ExportedPackage> ArtifactStreamer::stream(const PackageRef& ref, TarballWriter& writer) const
{
    QString unusedKey;
    return streamInto(ref, writer, m_context.cache, true, &unusedKey);
}

Result<ExportedPackage> ArtifactStreamer::streamUncached(const PackageRef& ref, TarballWriter& writer) const
{
    QString unusedKey;
    return streamInto(ref, writer, nullptr, true, &unusedKey);
}

std::optional<Result<ExportedPackage>> ArtifactStreamer::reuse(
    const PackageRef& ref, const QString& key, TarballWriter& writer, bool append) const
{
    const auto facts = SegmentSidecar::read(*m_context.cache, key);
    if (!facts)
        return std::nullopt;
    const auto metadata = PackageMetadata::parse(facts->metaFiles, ref.path);
    if (!metadata || metadata->ident != ref.ident)
        return std::nullopt;
    // Checked like a fresh segment: a segment kept for Mesos 1.6 agents never slips into a tarball
    // for later ones.
    if (!facts->unportableMember.isEmpty()) {
        const Status portable = FetcherNameCheck::check(
            m_context.fetcher, ref.ident.toString(), SegmentSidecar::memberOf(facts->unportableMember));
        if (!portable)
            return Result<ExportedPackage>(portable.errorInfo());
    }
    if (append) {
        if (const Status appended = writer.appendSegment(*m_context.cache, key); !appended) {
            if (!writer.isOpen())
                return Result<ExportedPackage>(appended.errorInfo());
            // Gone or damaged since: written afresh (and cached again).
            qCWarning(lcExport) << "not reusing the cached segment of" << ref.path << ":" << appended.error();
            return std::nullopt;
        }
    }
    ExportedPackage out;
    out.summary.path = ref.path;
    out.metadata = metadata.value();
    out.binNames = facts->binNames;
    out.extractedBytes = facts->extractedBytes;
    out.dropped = facts->dropped;
    out.summary.verification = Verification::Verified;
    out.summary.reused = true;
    m_context.progress->add(ref.size);
    return Result<ExportedPackage>(std::move(out));
}

Result<ExportedPackage> ArtifactStreamer::streamInto(const PackageRef& ref, TarballWriter& writer, SegmentCache* cache,
    bool appendCached, QString* cacheKey, std::optional<SegmentSidecar::Facts>* sidecar) const
{
    using R = Result<ExportedPackage>;
    HartReader reader;
    if (const Status opened = reader.open(ref.path, HartReader::Limits(), m_context.stop); !opened)
        return opened.errorInfo();
    *cacheKey = segmentKey(ref, reader.header(), cache);

    // Appending looks the segment up itself: no contains() first, which an eviction (another
    // process sharing the cache) could make stale in between.
    if (!cacheKey->isEmpty() && !m_context.cacheIsPrivate && (appendCached || cache->contains(*cacheKey))) {
        if (auto reused = reuse(ref, *cacheKey, writer, appendCached)) {
            if (*reused)
                (*reused)->summary.signer = reader.header().keyName();
            return std::move(*reused);
        }
    }

    TarballWriter::SegmentOptions segment;
    if (!cacheKey->isEmpty()) {
        segment.cache = cache;
        segment.cacheKey = *cacheKey;
    }
    if (const Status begun = writer.beginSegment(segment); !begun)
        return begun.errorInfo();

    ExportedPackage out;
    out.summary.path = ref.path;
    out.summary.signer = reader.header().keyName();
    SegmentSidecar::Facts facts;
    QString prefix;
    qint64 reported = 0;
    auto progressTo = [&](qint64 consumed) {
        m_context.progress->add(consumed - reported);
        reported = consumed;
    };
    const qint64 headerBytes = reader.header().payloadOffset();
    for (;;) {
        if (stopRequested())
            return R::cancelled();
        auto next = reader.next();
        if (!next)
            return next.errorInfo();
        if (!next->has_value())
            break;
        const PayloadEntry& entry = **next;
        if (prefix.isEmpty() && !reader.prefix().isEmpty())
            prefix = QStringLiteral("hab/pkgs/") + reader.prefix() + u'/'; // prefix() is the ident
        // The parent directories some artifacts carry (hab/, hab/pkgs/, ...) are written once,
        // with the rest of the image, not once per package.
        if (prefix.isEmpty() || !QString(entry.path + u'/').startsWith(prefix))
            continue;
        const QString inPrefix = entry.path.mid(prefix.size());
        const TarEntry member = TarEntry::fromPayload(entry);
        // Most names are portable: the message (and the ident's text) only for those that are not.
        if (!FetcherNameCheck::isPortable(member)) {
            if (const Status refused = FetcherNameCheck::check(m_context.fetcher, ref.ident.toString(), member);
                !refused)
                return refused.errorInfo();
            if (facts.unportableMember.isEmpty())
                facts.unportableMember = SegmentSidecar::describeMember(member);
        }
        if (const Status added = writer.addEntry(member); !added)
            return added.errorInfo();
        facts.extractedBytes += member.diskUsage();
        facts.dropped.add(inPrefix, entry.droppedModeBits);
        // The same rules as ArtifactInspector: hooks are names only (nothing reads their
        // contents) and bounded in number; other metadata files are kept whole, so their size is
        // checked before any of it is read.
        const bool isMeta = PackageMetadata::isMetadataFile(inPrefix);
        const bool isHook = isMeta && inPrefix.startsWith(QLatin1String("hooks/"));
        if (isHook && entry.type != PayloadEntry::Type::Directory) {
            if (const Status added = PackageMetadata::addHook(&facts.metaFiles, inPrefix, ref.path); !added)
                return added.errorInfo();
        }
        if (entry.type == PayloadEntry::Type::File) {
            const bool keep = isMeta && !isHook;
            if (keep) {
                if (const Status size = PackageMetadata::checkFileSize(ref.path, inPrefix, entry.size); !size)
                    return size.errorInfo();
            }
            QByteArray kept;
            for (;;) {
                if (stopRequested())
                    return R::cancelled();
                auto block = reader.readBlock();
                if (!block)
                    return block.errorInfo();
                if (block->isEmpty())
                    break;
                if (const Status written = writer.writeData(block.value()); !written)
                    return written.errorInfo();
                if (keep && kept.size() < entry.size)
                    kept.append(block->data(), std::min<qsizetype>(block->size(), entry.size - kept.size()));
                progressTo(headerBytes + reader.compressedBytesRead());
            }
            if (keep)
                facts.metaFiles.insert(inPrefix, kept);
        }
        if (inPrefix.startsWith(QLatin1String("bin/")) && inPrefix.count(u'/') == 1
            && entry.type != PayloadEntry::Type::Directory)
            facts.binNames.append(inPrefix.mid(4));
    }

    // Only now is the payload known to be safe and genuine: nothing of it is kept before.
    QString detail;
    out.summary.verification = reader.finish(*m_context.keys, &detail);
    if (out.summary.verification != Verification::Verified) {
        if (!m_context.allowUnverified)
            return R::failure(ErrorKind::Unverified, detail.isEmpty() ? tr("%1: not verified").arg(ref.path) : detail);
        out.warning = tr("exported without verification: %1").arg(detail);
    }
    auto metadata = PackageMetadata::parse(facts.metaFiles, ref.path);
    if (!metadata)
        return metadata.errorInfo();
    if (metadata->ident != ref.ident)
        return R::failure(tr("%1: IDENT says %2 but the repository listed it as %3")
                              .arg(ref.path, metadata->ident.toString(), ref.ident.toString()));
    if (const Status ended = writer.endSegment(); !ended)
        return ended.errorInfo();
    out.metadata = metadata.value();
    out.binNames = facts.binNames;
    out.extractedBytes = facts.extractedBytes;
    out.dropped = facts.dropped;
    // A private cache's segments are used once, by this export: they need no sidecar.
    if (sidecar && !cacheKey->isEmpty() && !m_context.cacheIsPrivate)
        *sidecar = std::move(facts);
    progressTo(ref.size);
    return out;
}

ArtifactStreamer::Prepared ArtifactStreamer::prepare(const PackageRef& ref) const
{
    Prepared out;
    // The writer's tarball goes nowhere: only the segment it keeps in the cache is wanted.
    TarballWriter segmentWriter;
    TarballWriterOptions options;
    options.threads = m_context.workerThreads;
    options.cancel = m_context.stop;
    options.sync = false;
    if (const Status opened = segmentWriter.openDiscarding(m_context.tarballPath, options); !opened) {
        out.error = opened.errorInfo();
        return out;
    }
    std::optional<SegmentSidecar::Facts> sidecar;
    auto streamed = streamInto(ref, segmentWriter, m_context.cache, false, &out.cacheKey, &sidecar);
    // The segment reaches the cache when the compressors have written its last member: commit()
    // waits for that (the writer has nothing else to finish).
    const Status finished = streamed ? segmentWriter.commit() : Status(streamed.errorInfo());
    if (!streamed)
        segmentWriter.abort();
    if (!finished) {
        out.error = finished.errorInfo();
    } else if (out.cacheKey.isEmpty()) {
        out.error = { ErrorKind::Io, tr("%1: no segment could be kept for it").arg(ref.path) };
    } else {
        out.package = std::move(streamed).value();
        // The sidecar only beside a segment that reached the cache (a full disk refuses the
        // segment, not the few bytes of its sidecar); the exporting thread streams the package
        // again when neither is there.
        if (sidecar && m_context.cache->contains(out.cacheKey)) {
            if (const Status kept = SegmentSidecar::write(*m_context.cache, out.cacheKey, *sidecar); !kept)
                qCWarning(lcExport) << "not caching the segment of" << ref.path << ":" << kept.error();
        } else if (sidecar) {
            QFile::remove(m_context.cache->sidecarPath(out.cacheKey)); // an earlier export's, say
        }
    }
    return out;
}

} // namespace habmesos
