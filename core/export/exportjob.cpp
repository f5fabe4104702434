// SPDX-License-Identifier: Apache-2.0
#include "export/exportjob.h"

#include "package/artifactinspector.h"
#include "package/entrypolicy.h"
#include "export/fetchernamecheck.h"
#include "package/hartreader.h"
#include "package/keycache.h"
#include "logging.h"
#include "package/missingdependencies.h"
#include "package/packagerepository.h"
#include "package/packagetarget.h"
#include "export/rootfslayout.h"
#include "export/segmentcache.h"
#include "export/segmentsidecar.h"
#include "export/tarballwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QThreadPool>

#include <sys/stat.h>
#include <unistd.h>

namespace habmesos {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExportJob", text);
}

// Bumped whenever what a package's segment holds changes (how members are mapped), so that
// older cached segments are never mixed into a new tarball.
constexpr char SegmentFormatVersion[] = "01";

using PackageFacts = SegmentSidecar::Facts;

// What a member takes on disk once extracted, as `du` counts it on ext4 with 4 KiB blocks: a
// file's size rounded up to whole blocks, one block for a directory or a symlink, nothing for a
// hard link (its inode is counted with the file). An estimate for sizing the task's disk: large
// directories take more blocks and short symlinks none, which the headroom absorbs.
constexpr qint64 DiskBlock = 4096;
qint64 diskUsage(const TarEntry& entry)
{
    switch (entry.type()) {
    case TarEntry::Type::File:
        return (entry.size() + DiskBlock - 1) / DiskBlock * DiskBlock;
    case TarEntry::Type::Directory:
    case TarEntry::Type::Symlink:
        return DiskBlock;
    case TarEntry::Type::Hardlink:
        return 0;
    }
    return 0;
}

QStringList describeMember(const TarEntry& entry)
{
    return { QString::number(int(entry.type())), entry.path(), entry.linkTarget() };
}

TarEntry memberOf(const QStringList& described)
{
    TarEntry entry;
    if (described.size() != 3)
        return entry;
    switch (TarEntry::Type(described[0].toInt())) {
    case TarEntry::Type::Symlink:
        return TarEntry::symlink(described[1], described[2]);
    case TarEntry::Type::Hardlink:
        return TarEntry::hardlink(described[1], described[2]);
    case TarEntry::Type::Directory:
        return TarEntry::directory(described[1]);
    case TarEntry::Type::File:
        break;
    }
    return TarEntry::file(described[1], 0);
}

// Progress in bytes of package input (the .hart files, or installed files' bytes). Workers add
// what they consume; the exporting thread reports, throttled.
class Progress
{
public:
    explicit Progress(const std::function<void(qint64, qint64)>& report)
        : m_report(report)
    {
        m_timer.start();
    }
    void addToTotal(qint64 bytes) { m_total += bytes; }
    void add(qint64 bytes) { m_done.fetch_add(bytes, std::memory_order_relaxed); }
    void report(bool force = false)
    {
        if (!m_report || (!force && m_timer.elapsed() < 50))
            return;
        m_timer.restart();
        const qint64 done = std::max(m_lastDone, std::min(m_done.load(std::memory_order_relaxed), m_total));
        m_lastDone = done;
        m_report(done, m_total);
    }

private:
    std::function<void(qint64, qint64)> m_report;
    QElapsedTimer m_timer;
    qint64 m_total = 0;
    std::atomic<qint64> m_done = 0;
    qint64 m_lastDone = 0;
};

TarEntry toTarEntry(const PayloadEntry& e)
{
    TarEntry t;
    switch (e.type) {
    case PayloadEntry::Type::File:
        t = TarEntry::file(e.path, e.size, e.mode);
        break;
    case PayloadEntry::Type::Directory:
        t = TarEntry::directory(e.path, e.mode);
        break;
    case PayloadEntry::Type::Symlink:
        t = TarEntry::symlink(e.path, e.linkTarget);
        break;
    case PayloadEntry::Type::Hardlink:
        t = TarEntry::hardlink(e.path, e.linkTarget);
        break;
    }
    t.setMtime(e.mtime);
    return t;
}

struct Processed
{
    PackageMetadata metadata;
    QStringList binNames;
    qint64 extractedBytes = 0; // see diskUsage()
    DroppedPrivileges dropped;
    ExportResult::Package summary;
    QString warning;
};

class Exporter
{
    // The file's tr() context, stated so that lupdate files these strings under it too.
    Q_DECLARE_TR_FUNCTIONS(ExportJob)
public:
    Exporter(const ExportOptions& options)
        : m_options(options)
        , m_keys(options.keyDir)
        , m_progress(options.progress)
    { }

    Result<ExportResult> run();

private:
    using R = Result<ExportResult>;
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }
    Result<PackageRef> locateRoot();
    Result<std::optional<PackageRef>> locateSupervisorPackage(
        const QString& option, const QString& name, bool required);
    Result<Processed> processInstalled(const PackageRef& ref);
    // `roles`: the ident that fills each of the Supervisor's roles ("hab", "hab-sup", ...).
    Status writeRootfs(const QList<Processed>& done, const QHash<QString, PackageIdent>& roles);

    ExportOptions m_options;
    KeyCache m_keys;
    std::unique_ptr<PackageRepository> m_repository;
    std::unique_ptr<SegmentCache> m_cache;
    std::unique_ptr<QTemporaryDir> m_privateCacheDir;
    TarballWriter m_writer;
    Progress m_progress;
    // Raised by a failure or the user's cancel: stops the workers.
    std::atomic_bool m_stop = false;
    qint64 m_rootfsExtractedBytes = 0; // the image's own members (writeRootfs)
};

Result<PackageRef> Exporter::locateRoot()
{
    const QString& request = m_options.package;
    if (PackageRepository::namesFile(request))
        return m_repository->addArtifact(request);
    const auto ident = PackageIdent::parse(request);
    if (!ident)
        return Result<PackageRef>::failure(ident.error());
    const auto ref = m_repository->resolve(ident.value());
    if (!ref) {
        QString where = m_repository->artifactCacheDir();
        if (m_options.useInstalled)
            where += tr(" or ") + m_repository->installedRoot();
        // A broken file that looks like the package is the likely reason: say so.
        const QString stem = ident->origin() + u'-' + ident->name() + u'-';
        QStringList broken;
        for (const auto& problem : m_repository->problems()) {
            if (QFileInfo(problem.path).fileName().startsWith(stem))
                broken.append(problem.reason);
        }
        if (!broken.isEmpty())
            return Result<PackageRef>::failure(
                tr("no readable package %1 in %2: %3").arg(request, where, broken.join(QStringLiteral("; "))));
        return Result<PackageRef>::failure(tr("no package %1 in %2").arg(request, where));
    }
    return *ref;
}

Result<std::optional<PackageRef>> Exporter::locateSupervisorPackage(
    const QString& option, const QString& name, bool required)
{
    using R2 = Result<std::optional<PackageRef>>;
    if (!option.isEmpty()) {
        if (PackageRepository::namesFile(option)) {
            auto ref = m_repository->addArtifact(option);
            if (!ref)
                return R2::failure(ref.error());
            return std::optional<PackageRef>(ref.value());
        }
        const auto ident = PackageIdent::parse(option);
        if (!ident)
            return R2::failure(ident.error());
        const auto ref = m_repository->resolve(ident.value());
        if (!ref)
            return R2::failure(
                tr("the Supervisor's package %1 is not in %2").arg(option, m_repository->artifactCacheDir()));
        return std::optional<PackageRef>(*ref);
    }
    std::optional<PackageRef> best;
    for (const char* origin : { "chef", "core" }) {
        const auto ref = m_repository->resolve(PackageIdent(QString::fromLatin1(origin), name));
        if (!ref)
            continue;
        // Newest by version and release, whichever origin it comes from.
        const PackageIdent a(QString(), name, ref->ident.version(), ref->ident.release());
        if (!best || a > PackageIdent(QString(), name, best->ident.version(), best->ident.release()))
            best = ref;
    }
    if (!best && required)
        return R2::failure(tr("the Supervisor needs chef/%1 or core/%1, found in neither %2 nor the installed packages")
                               .arg(name, m_repository->artifactCacheDir()));
    return best;
}

// What streaming one artifact needs, shared by the exporting thread and the workers.
struct StreamContext
{
    const KeyCache* keys = nullptr;
    SegmentCache* cache = nullptr; // where a package's segment is kept; null: not kept
    bool cacheIsPrivate = false; // a temporary cache of this export only
    bool allowUnverified = false;
    AgentFetcher fetcher = AgentFetcher::Libarchive; // which names the tarball may hold
    const std::atomic_bool* cancel = nullptr; // the export's own stop flag (failures, cancel)
    const std::atomic_bool* userCancel = nullptr; // the caller's cancel flag
    Progress* progress = nullptr;

    bool stopRequested() const
    {
        return (cancel && cancel->load(std::memory_order_relaxed))
            || (userCancel && userCancel->load(std::memory_order_relaxed));
    }
};

// The segment cache key of an artifact: for the user's cache, the hash its signature covers (so a
// cached segment holds exactly what the origin signed, whatever happens to the file later); for a
// private cache, anything unique to the file.
QString segmentKey(const PackageRef& ref, const HartHeader& header, const StreamContext& ctx)
{
    if (!ctx.cache)
        return {};
    if (ctx.cacheIsPrivate)
        return QString::fromLatin1(QCryptographicHash::hash(ref.path.toUtf8(), QCryptographicHash::Sha256).toHex());
    const auto key = ctx.keys->publicSigningKey(header.keyName());
    if (!key)
        return {};
    const auto message = key->openSigned(header.signature());
    if (!message || message->size() != 64 || !SegmentCache::isValidKey(QString::fromLatin1(message.value())))
        return {};
    // The writer's settings are part of the key: a segment compressed otherwise cannot be appended.
    const TarballWriterOptions settings;
    return SegmentCache::keyFor(message.value() + SegmentFormatVersion, settings.gzipLevel, settings.gzipBlockSize);
}

// Streams one artifact into `writer` as one segment (kept in ctx.cache under `*cacheKey` when a
// key can be had), verifying it on the way. With `appendCached`, a segment already in the cache
// is appended instead of recompressing (or, when that fails and `writer` is still usable, the
// artifact is written afresh); without, it is only looked up (workers, whose writer is a sink,
// just report it). When the segment is written afresh for the cache, `*sidecar` gets what its
// sidecar must hold: the caller writes it once the segment is in the cache.
Result<Processed> streamArtifact(const PackageRef& ref, TarballWriter& writer, const StreamContext& ctx,
    bool appendCached, QString* cacheKey, std::optional<PackageFacts>* sidecar = nullptr)
{
    using R2 = Result<Processed>;
    HartReader reader;
    if (const Status opened = reader.open(ref.path, HartReader::Limits(), ctx.cancel); !opened)
        return R2::failure(opened.error());
    Processed out;
    out.summary.path = ref.path;
    out.summary.signer = reader.header().keyName();
    *cacheKey = segmentKey(ref, reader.header(), ctx);

    // Appending looks the segment up itself: no contains() first, which an eviction (another
    // process sharing the cache) could make stale in between.
    if (!cacheKey->isEmpty() && !ctx.cacheIsPrivate && (appendCached || ctx.cache->contains(*cacheKey))) {
        if (const auto facts = SegmentSidecar::read(*ctx.cache, *cacheKey)) {
            auto metadata = PackageMetadata::parse(facts->metaFiles, ref.path);
            if (metadata && metadata->ident == ref.ident) {
                // Checked like a fresh segment: a segment kept for Mesos 1.6 agents never slips
                // into a tarball for later ones.
                if (!facts->unportableMember.isEmpty()) {
                    const Status portable
                        = FetcherNameCheck::check(ctx.fetcher, ref.ident.toString(), memberOf(facts->unportableMember));
                    if (!portable)
                        return R2::failure(portable.error());
                }
                const Status appended = appendCached ? writer.appendSegment(*ctx.cache, *cacheKey) : success();
                if (!appended && !writer.isOpen())
                    return R2::failure(appended.error());
                if (appended) {
                    out.metadata = metadata.value();
                    out.binNames = facts->binNames;
                    out.extractedBytes = facts->extractedBytes;
                    out.dropped = facts->dropped;
                    out.summary.verification = Verification::Verified;
                    out.summary.reused = true;
                    ctx.progress->add(ref.size);
                    return out;
                }
                // Gone or damaged since: written afresh below (and cached again).
                qCWarning(lcExport) << "not reusing the cached segment of" << ref.path << ":" << appended.error();
            }
        }
    }

    TarballWriter::SegmentOptions segment;
    if (!cacheKey->isEmpty()) {
        segment.cache = ctx.cache;
        segment.cacheKey = *cacheKey;
    }
    if (const Status begun = writer.beginSegment(segment); !begun)
        return R2::failure(begun.error());

    PackageFacts facts;
    QString prefix;
    qint64 reported = 0;
    auto progressTo = [&](qint64 consumed) {
        ctx.progress->add(consumed - reported);
        reported = consumed;
    };
    const qint64 headerBytes = reader.header().payloadOffset();
    for (;;) {
        if (ctx.stopRequested())
            return R2::failure(tr("cancelled"));
        auto next = reader.next();
        if (!next)
            return R2::failure(next.error());
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
        const TarEntry member = toTarEntry(entry);
        // Most names are portable: the message (and the ident's text) only for those that are not.
        if (!FetcherNameCheck::isPortable(member)) {
            if (const Status refused = FetcherNameCheck::check(ctx.fetcher, ref.ident.toString(), member); !refused)
                return R2::failure(refused.error());
            if (facts.unportableMember.isEmpty())
                facts.unportableMember = describeMember(member);
        }
        if (const Status added = writer.addEntry(member); !added)
            return R2::failure(added.error());
        facts.extractedBytes += diskUsage(member);
        facts.dropped.add(inPrefix, entry.droppedModeBits);
        // The same rules as ArtifactInspector: hooks are names only (nothing reads their
        // contents) and bounded in number; other metadata files are kept whole, so their size is
        // checked before any of it is read.
        const bool isMeta = PackageMetadata::isMetadataFile(inPrefix);
        const bool isHook = isMeta && inPrefix.startsWith(QLatin1String("hooks/"));
        if (isHook && entry.type != PayloadEntry::Type::Directory) {
            if (const Status added = PackageMetadata::addHook(&facts.metaFiles, inPrefix, ref.path); !added)
                return R2::failure(added.error());
        }
        if (entry.type == PayloadEntry::Type::File) {
            const bool keep = isMeta && !isHook;
            if (keep) {
                if (const Status size = PackageMetadata::checkFileSize(ref.path, inPrefix, entry.size); !size)
                    return R2::failure(size.error());
            }
            QByteArray kept;
            for (;;) {
                if (ctx.stopRequested())
                    return R2::failure(tr("cancelled"));
                auto block = reader.readBlock();
                if (!block)
                    return R2::failure(block.error());
                if (block->isEmpty())
                    break;
                if (const Status written = writer.writeData(block.value()); !written)
                    return R2::failure(written.error());
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
    out.summary.verification = reader.finish(*ctx.keys, &detail);
    if (out.summary.verification != Verification::Verified) {
        if (!ctx.allowUnverified)
            return R2::failure(detail.isEmpty() ? tr("%1: not verified").arg(ref.path) : detail);
        out.warning = tr("exported without verification: %1").arg(detail);
    }
    auto metadata = PackageMetadata::parse(facts.metaFiles, ref.path);
    if (!metadata)
        return R2::failure(metadata.error());
    if (metadata->ident != ref.ident)
        return R2::failure(tr("%1: IDENT says %2 but the repository listed it as %3")
                               .arg(ref.path, metadata->ident.toString(), ref.ident.toString()));
    const auto ended = writer.endSegment();
    if (!ended)
        return R2::failure(ended.error());
    out.metadata = metadata.value();
    out.binNames = facts.binNames;
    out.extractedBytes = facts.extractedBytes;
    out.dropped = facts.dropped;
    // A private cache's segments are used once, by this export: they need no sidecar.
    if (sidecar && !cacheKey->isEmpty() && !ctx.cacheIsPrivate)
        *sidecar = std::move(facts);
    progressTo(ref.size);
    return out;
}

// A worker: decompresses one artifact and compresses it into the segment cache, on a thread of
// its own, so that several artifacts are decompressed at once. Its writer is a sink (an empty
// path): only the segment is wanted.
struct Prepared
{
    std::optional<Processed> processed;
    QString error;
    QString cacheKey;
};

Prepared prepareSegment(const PackageRef& ref, const StreamContext& ctx, int threads)
{
    Prepared out;
    TarballWriter sink;
    TarballWriterOptions options;
    options.threads = threads;
    options.cancel = ctx.cancel;
    options.sync = false;
    if (const Status opened = sink.open(QString(), TarballFormat::Gzip, options); !opened) {
        out.error = opened.error();
        return out;
    }
    std::optional<PackageFacts> sidecar;
    auto processed = streamArtifact(ref, sink, ctx, false, &out.cacheKey, &sidecar);
    // The segment reaches the cache when the compressors have written its last member: commit()
    // waits for that (a sink has nothing else to finish).
    const Status finished = processed ? sink.commit() : Status::failure(processed.error());
    if (!processed)
        sink.abort();
    if (!finished) {
        out.error = finished.error();
    } else if (out.cacheKey.isEmpty()) {
        out.error = tr("%1: no segment could be kept for it").arg(ref.path);
    } else {
        out.processed = processed.value();
        // The sidecar only beside a segment that reached the cache (a full disk refuses the
        // segment, not the few bytes of its sidecar); the exporting thread streams the package
        // again when neither is there.
        if (sidecar && ctx.cache->contains(out.cacheKey)) {
            if (const Status kept = SegmentSidecar::write(*ctx.cache, out.cacheKey, *sidecar); !kept)
                qCWarning(lcExport) << "not caching the segment of" << ref.path << ":" << kept.error();
        } else if (sidecar) {
            QFile::remove(ctx.cache->sidecarPath(out.cacheKey)); // an earlier export's, say
        }
    }
    return out;
}

Result<Processed> Exporter::processInstalled(const PackageRef& ref)
{
    using R2 = Result<Processed>;
    // A complete check first (member safety, IDENT against the path), then the same tree streamed.
    auto inspected = ArtifactInspector::inspectInstalled(ref.path, m_options.cancel);
    if (!inspected)
        return R2::failure(inspected.error());
    Processed out;
    out.metadata = inspected->metadata;
    out.summary.path = ref.path;
    out.summary.verification = Verification::Unsigned;
    m_progress.addToTotal(inspected->unpackedSize);

    const QString root = QDir::cleanPath(ref.path);
    const QString memberRoot = ref.ident.installPath();
    QStringList paths;
    QDirIterator it(
        root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    std::sort(paths.begin(), paths.end());

    if (const Status begun = m_writer.beginSegment(); !begun)
        return R2::failure(begun.error());
    // What is written is what the policy checked again now, not what inspectInstalled saw: the
    // tree could have changed in between (a link retargeted, a file renamed).
    EntryPolicy policy(root);
    const QByteArray memberRootName = memberRoot.toUtf8();
    auto checkedEntry = [&](const QByteArray& name, const QString& path) -> Result<PayloadEntry> {
        const auto described = EntryPolicy::memberOfFile(name, path);
        if (!described)
            return Result<PayloadEntry>::failure(described.error());
        return policy.check(described.value());
    };
    const auto top = checkedEntry(memberRootName, root);
    if (!top)
        return R2::failure(top.error());
    auto addChecked = [&](const PayloadEntry& entry) {
        const TarEntry tarEntry = toTarEntry(entry);
        if (!FetcherNameCheck::isPortable(tarEntry)) {
            if (const Status refused = FetcherNameCheck::check(m_options.agentFetcher, ref.ident.toString(), tarEntry);
                !refused)
                return refused;
        }
        if (const Status added = m_writer.addEntry(tarEntry); !added)
            return added;
        out.extractedBytes += diskUsage(tarEntry);
        return success();
    };
    if (const Status added = addChecked(top.value()); !added)
        return R2::failure(added.error());
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const QString& path : paths) {
        if (cancelled())
            return R2::failure(tr("cancelled"));
        const QString rel = path.mid(root.size() + 1);
        const auto entry = checkedEntry(memberRootName + '/' + QFile::encodeName(rel), path);
        if (!entry)
            return R2::failure(entry.error());
        if (const Status added = addChecked(entry.value()); !added)
            return R2::failure(added.error());
        out.dropped.add(rel, entry->droppedModeBits);
        const bool inBin = rel.startsWith(QLatin1String("bin/")) && rel.count(u'/') == 1;
        if (entry->type == PayloadEntry::Type::File) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return R2::failure(tr("%1: %2").arg(path, file.errorString()));
            qint64 left = entry->size;
            while (left > 0) {
                const qint64 n = file.read(buffer.data(), std::min<qint64>(left, buffer.size()));
                if (n <= 0)
                    return R2::failure(tr("%1: changed while being exported").arg(path));
                if (const Status written = m_writer.writeData(QByteArrayView(buffer.constData(), n)); !written)
                    return R2::failure(written.error());
                left -= n;
                m_progress.add(n);
                m_progress.report();
            }
        }
        if (inBin && (entry->type == PayloadEntry::Type::File || entry->type == PayloadEntry::Type::Symlink))
            out.binNames.append(rel.mid(4));
    }
    if (const Status links = policy.finish(out.metadata.tdeps); !links)
        return R2::failure(links.error());
    const auto ended = m_writer.endSegment();
    if (!ended)
        return R2::failure(ended.error());
    return out;
}

Status Exporter::writeRootfs(const QList<Processed>& done, const QHash<QString, PackageIdent>& roles)
{
    const Processed& service = done.first();
    QHash<PackageIdent, const Processed*> byIdent;
    for (const Processed& p : done)
        byIdent.insert(p.metadata.ident, &p);
    // By ident, not by position: one package may fill several roles.
    auto role = [&](const QString& name) -> const Processed* {
        const auto it = roles.constFind(name);
        return it == roles.constEnd() ? nullptr : byIdent.value(*it);
    };
    const Processed* busybox = role(QStringLiteral("busybox-static"));
    const Processed* hab = role(QStringLiteral("hab"));
    const Processed* sup = role(QStringLiteral("hab-sup"));
    const Processed* launcher = role(QStringLiteral("hab-launcher"));
    const struct
    {
        const char* name;
        const Processed* p;
    } required[] = { { "busybox-static", busybox }, { "hab", hab }, { "hab-sup", sup }, { "hab-launcher", launcher } };
    for (const auto& r : required) {
        if (!r.p)
            return Status::failure(
                tr("the Supervisor's %1 package is not among the exported packages").arg(QLatin1String(r.name)));
    }
    RootfsLayout::Inputs in;
    in.service = service.metadata.ident;
    in.svcUser = service.metadata.svcUser;
    in.svcGroup = service.metadata.svcGroup;
    in.busybox = busybox->metadata.ident;
    in.busyboxBins = busybox->binNames;
    in.hab = hab->metadata.ident;
    in.sup = sup->metadata.ident;
    in.launcher = launcher->metadata.ident;
    if (const Processed* cacerts = role(QStringLiteral("cacerts")))
        in.cacerts = cacerts->metadata.ident;

    // PATH: the service and its closure first, then the Supervisor's packages and theirs.
    QList<PackageIdent> order;
    for (const Processed* p : { &service, sup, busybox, hab, launcher }) {
        order.append(p->metadata.ident);
        order += p->metadata.tdeps;
    }
    QSet<PackageIdent> seen;
    for (const PackageIdent& ident : order) {
        if (seen.contains(ident) || !byIdent.contains(ident))
            continue;
        seen.insert(ident);
        in.pathOrder.append({ ident, byIdent.value(ident)->metadata.path });
    }

    QSet<QString> signers;
    for (const Processed& p : done) {
        if (p.summary.signer.isEmpty() || signers.contains(p.summary.signer))
            continue;
        signers.insert(p.summary.signer);
        const auto key = m_keys.publicSigningKey(p.summary.signer);
        if (key)
            in.publicKeys.append({ p.summary.signer, key->fileContents() });
    }
    std::sort(in.publicKeys.begin(), in.publicKeys.end());

    auto items = RootfsLayout::build(in);
    if (!items)
        return Status::failure(items.error());
    // The directories above every package prefix, and the root itself.
    QSet<QString> have;
    for (const auto& item : items.value())
        have.insert(item.path);
    QList<RootfsLayout::Item> all = items.value();
    auto addDir = [&](const QString& path) {
        if (!have.contains(path)) {
            have.insert(path);
            all.append({ path, RootfsLayout::Item::Type::Directory, 0755, {}, {} });
        }
    };
    addDir(QStringLiteral("."));
    addDir(QStringLiteral("hab/pkgs"));
    for (const Processed& p : done) {
        const PackageIdent& id = p.metadata.ident;
        addDir(QStringLiteral("hab/pkgs/") + id.origin());
        addDir(QStringLiteral("hab/pkgs/") + id.origin() + u'/' + id.name());
        addDir(QStringLiteral("hab/pkgs/") + id.origin() + u'/' + id.name() + u'/' + id.version());
    }
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.path < b.path; });

    // Reproducible and meaningful: the synthesized files carry the service's build time.
    const QDateTime released
        = QDateTime::fromString(service.metadata.ident.release(), QStringLiteral("yyyyMMddHHmmss"));
    const qint64 mtime
        = released.isValid() ? QDateTime(released.date(), released.time(), Qt::UTC).toSecsSinceEpoch() : 0;
    if (const Status begun = m_writer.beginSegment(); !begun)
        return begun;
    for (const auto& item : all) {
        TarEntry entry;
        switch (item.type) {
        case RootfsLayout::Item::Type::Directory:
            entry = TarEntry::directory(item.path, item.mode);
            break;
        case RootfsLayout::Item::Type::File:
            entry = TarEntry::file(item.path, item.contents.size(), item.mode);
            break;
        case RootfsLayout::Item::Type::Symlink:
            entry = TarEntry::symlink(item.path, item.linkTarget);
            break;
        }
        entry.setMtime(mtime);
        if (const Status added = m_writer.addEntry(entry); !added)
            return added;
        m_rootfsExtractedBytes += diskUsage(entry);
        if (item.type == RootfsLayout::Item::Type::File && !item.contents.isEmpty()) {
            if (const Status written = m_writer.writeData(item.contents); !written)
                return written;
        }
    }
    const auto ended = m_writer.endSegment();
    return ended ? success() : Status::failure(ended.error());
}

Result<ExportResult> Exporter::run()
{
    PackageRepository::Options repoOptions;
    repoOptions.artifactCache = m_options.artifactCache;
    repoOptions.installedRoot = m_options.installedRoot;
    repoOptions.useInstalled = m_options.useInstalled;
    m_repository = std::make_unique<PackageRepository>(repoOptions);
    m_repository->scan(m_options.cancel);
    if (cancelled())
        return R::failure(tr("cancelled"));

    const auto rootRef = locateRoot();
    if (!rootRef)
        return R::failure(rootRef.error());
    if (!PackageTarget::isLinux(rootRef->target))
        return R::failure(
            tr("%1 is built for %2; Mesos runs Linux containers").arg(rootRef->ident.toString(), rootRef->target));

    // The Supervisor's packages, all problems at once. Each role names the program the image
    // links to in it (/hab/bin/hab, the init script's sh, ...).
    struct Role
    {
        QString name;
        QString option;
        bool required;
        QString program;
    };
    const QList<Role> roles = {
        { QStringLiteral("hab"), m_options.habPackage, true, QStringLiteral("hab") },
        { QStringLiteral("hab-sup"), m_options.supPackage, true, QStringLiteral("hab-sup") },
        { QStringLiteral("hab-launcher"), m_options.launcherPackage, true, QStringLiteral("hab-launch") },
        { QStringLiteral("busybox-static"), m_options.busyboxPackage, true, QStringLiteral("sh") },
        { QStringLiteral("cacerts"), m_options.cacertsPackage, !m_options.cacertsPackage.isEmpty(), QString() },
    };
    // One package may fill several roles, and the root may be one of them (exporting the
    // Supervisor's own package): roles map to idents, and every ident is queued once.
    QList<PackageRef> queue = { rootRef.value() };
    QSet<PackageIdent> queued = { rootRef->ident };
    QHash<QString, PackageIdent> roleIdents;
    QStringList problems;
    for (const Role& role : roles) {
        const auto ref = locateSupervisorPackage(role.option, role.name, role.required);
        if (!ref) {
            problems.append(ref.error());
        } else if (ref->has_value()) {
            const PackageRef& found = **ref;
            roleIdents.insert(role.name, found.ident);
            if (!queued.contains(found.ident)) {
                queued.insert(found.ident);
                queue.append(found);
            }
        }
    }
    if (!problems.isEmpty())
        return R::failure(problems.join(QStringLiteral("; ")));
    // The root and the Supervisor's packages: their TDEPS together name the whole closure.
    const qsizetype initialCount = queue.size();

    const QString outDir = m_options.outputDir.isEmpty() ? QDir::currentPath() : m_options.outputDir;
    if (!QFileInfo(outDir).isDir())
        return R::failure(tr("the output directory %1 does not exist").arg(outDir));
    ExportResult result;
    result.tarballName = rootRef->ident.archiveStem() + tarballSuffix(m_options.format);
    result.tarballPath = QDir(outDir).absoluteFilePath(result.tarballName);

    // Gzip tarballs are assembled from per-package segments that worker threads make in
    // parallel (several artifacts decompressed at once); they go to the user's segment cache,
    // or to a private one for this export when there is none (or when unverified artifacts are
    // allowed: those never enter the shared cache).
    const bool parallel = m_options.format == TarballFormat::Gzip;
    bool privateCache = false;
    if (parallel && !m_options.segmentCache.isEmpty() && !m_options.allowUnverified) {
        m_cache = std::make_unique<SegmentCache>(m_options.segmentCache);
        if (const Status ok = m_cache->ensureDirectory(); !ok) {
            result.warnings.append(ok.error());
            m_cache.reset();
        }
    }
    if (parallel && !m_cache) {
        m_privateCacheDir
            = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("habmesos-segments-XXXXXX")));
        if (!m_privateCacheDir->isValid())
            return R::failure(tr("cannot create a temporary directory: %1").arg(m_privateCacheDir->errorString()));
        m_cache = std::make_unique<SegmentCache>(m_privateCacheDir->path(), std::numeric_limits<qint64>::max());
        privateCache = true;
    }
    TarballWriterOptions writerOptions;
    writerOptions.threads = m_options.threads;
    writerOptions.cancel = &m_stop;
    if (const Status opened = m_writer.open(result.tarballPath, m_options.format, writerOptions); !opened)
        return R::failure(opened.error());

    StreamContext ctx;
    ctx.keys = &m_keys;
    ctx.cache = m_cache.get();
    ctx.cacheIsPrivate = privateCache;
    ctx.allowUnverified = m_options.allowUnverified;
    ctx.fetcher = m_options.agentFetcher;
    ctx.cancel = &m_stop;
    ctx.userCancel = m_options.cancel;
    ctx.progress = &m_progress;

    QThreadPool pool;
    pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    QHash<int, QFuture<Prepared>> jobs;
    // Each worker compresses on its own thread: the workers themselves already keep every core
    // busy, and fewer blocks in flight keep memory low.
    const int workerThreads = m_options.threads > 0 ? m_options.threads : 1;
    auto schedule = [&](int index, const PackageRef& ref) {
        if (parallel && ref.isArtifact())
            jobs.insert(index, QtConcurrent::run(&pool, [ref, ctx, workerThreads] {
                return prepareSegment(ref, ctx, workerThreads);
            }));
    };
    auto stopAll = [&](const QString& error) {
        m_stop = true;
        pool.waitForDone();
        m_writer.abort();
        return R::failure(error);
    };

    // Breadth first over TDEPS, in a fixed order (the order packages are named, never the order
    // workers finish in): the same inputs give the same tarball.
    for (qsizetype i = 0; i < queue.size(); ++i) {
        m_progress.addToTotal(queue[i].size);
        schedule(int(i), queue[i]);
    }
    QList<PackageIdent> missing;
    QHash<PackageIdent, QList<PackageIdent>> requiredBy;
    // Only the few that are named are looked up again (for a copy of another target).
    auto missingError = [&] {
        QList<MissingDependencies::Dependency> named;
        for (qsizetype i = 0; i < missing.size() && i < MissingDependencies::Named; ++i)
            named.append(
                MissingDependencies::locate(missing[i], requiredBy.value(missing[i]), *m_repository, rootRef->target));
        return MissingDependencies::summary(named, missing.size(), rootRef->target, m_repository->artifactCacheDir());
    };
    // Segments the cache could not give back, written again without it (the cache is an
    // optimisation: its failures never fail the export).
    int cacheMisses = 0;
    QString firstCacheError;
    QList<Processed> done;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        // Checked for every package, not only while waiting: the workers may be done already.
        if (cancelled())
            return stopAll(tr("cancelled"));
        const PackageRef ref = queue[i];
        std::optional<Processed> processed;
        if (jobs.contains(int(i))) {
            QFuture<Prepared> job = jobs.take(int(i));
            while (!job.isFinished()) {
                if (cancelled())
                    return stopAll(tr("cancelled"));
                m_progress.report();
                QThread::msleep(20);
            }
            if (cancelled())
                return stopAll(tr("cancelled"));
            const Prepared prepared = job.result();
            if (!prepared.processed)
                return stopAll(prepared.error);
            const Status appended = m_writer.appendSegment(*m_cache, prepared.cacheKey);
            if (privateCache)
                m_cache->remove(prepared.cacheKey);
            if (appended) {
                processed = prepared.processed;
            } else {
                // The worker's segment did not reach the cache (a write that failed) or left it
                // since: while the writer is still usable, stream the artifact here, without it.
                if (!m_writer.isOpen())
                    return stopAll(appended.error());
                qCWarning(lcExport) << "streaming" << ref.path << "again:" << appended.error();
                if (cacheMisses++ == 0)
                    firstCacheError = appended.error();
                StreamContext direct = ctx;
                direct.cache = nullptr;
                m_progress.add(-ref.size); // the worker's pass counted already
                QString unusedKey;
                auto streamed = streamArtifact(ref, m_writer, direct, true, &unusedKey);
                if (!streamed)
                    return stopAll(streamed.error());
                processed = streamed.value();
            }
        } else {
            QString unusedKey;
            auto streamed
                = ref.isArtifact() ? streamArtifact(ref, m_writer, ctx, true, &unusedKey) : processInstalled(ref);
            if (!streamed)
                return stopAll(streamed.error());
            processed = streamed.value();
        }
        m_progress.report();
        if (processed->metadata.target != rootRef->target)
            return stopAll(
                tr("%1 is built for %2, but %3 is built for %4")
                    .arg(ref.ident.toString(), processed->metadata.target, rootRef->ident.toString(), rootRef->target));
        processed->summary.ident = ref.ident;
        // What the caller refuses in the service itself is said now, not after every package
        // has been compressed.
        if (ref.ident == rootRef->ident && m_options.checkService) {
            if (const QString refusal = m_options.checkService(processed->metadata); !refusal.isEmpty())
                return stopAll(refusal);
        }
        if (!processed->warning.isEmpty())
            result.warnings.append(processed->warning);
        if (!processed->dropped.isEmpty())
            result.warnings.append(processed->dropped.warning(ref.ident));
        // A package given for a role it cannot fill (hab-sup as the hab package, say) would make
        // links into nothing: refused as soon as its bin/ is known.
        for (const Role& role : roles) {
            if (!role.program.isEmpty() && roleIdents.value(role.name) == ref.ident
                && !processed->binNames.contains(role.program))
                return stopAll(tr("%1 cannot be the Supervisor's %2 package: it has no bin/%3")
                                   .arg(ref.ident.toString(), role.name, role.program));
        }
        for (const PackageIdent& dep : processed->metadata.tdeps) {
            requiredBy[dep].append(ref.ident);
            if (queued.contains(dep))
                continue;
            queued.insert(dep);
            const auto depRef = m_repository->find(dep, rootRef->target);
            if (!depRef) {
                missing.append(dep);
                continue;
            }
            queue.append(*depRef);
            m_progress.addToTotal(depRef->size);
            schedule(int(queue.size() - 1), *depRef);
        }
        done.append(*processed);
        // TDEPS is the whole runtime closure: once the root and the Supervisor's packages are
        // in, everything missing is known, and compressing the rest would be for nothing.
        if (i + 1 == initialCount && !missing.isEmpty())
            return stopAll(missingError());
    }
    // Only packages whose TDEPS disagree with the root's can name more.
    if (!missing.isEmpty())
        return stopAll(missingError());
    if (cacheMisses > 0)
        result.warnings.append(QCoreApplication::translate("ExportJob",
            "the segment cache could not give back %n package(s), compressed again instead: %1", nullptr, cacheMisses)
                                   .arg(firstCacheError));

    if (const Status rootfs = writeRootfs(done, roleIdents); !rootfs)
        return stopAll(rootfs.error());
    if (cancelled())
        return stopAll(tr("cancelled"));
    if (const Status committed = m_writer.commit(); !committed)
        return R::failure(committed.error());
    m_progress.report(true);
    if (m_cache && !privateCache) {
        if (const auto freed = m_cache->evict(); !freed)
            result.warnings.append(freed.error());
    }

    result.tarballSize = QFileInfo(result.tarballPath).size();
    result.service = done.first().metadata;
    result.extractedBytes = m_rootfsExtractedBytes;
    for (const Processed& p : done) {
        result.packages.append(p.summary);
        result.extractedBytes += p.extractedBytes;
    }
    return result;
}

} // namespace

ExportJob::ExportJob(ExportOptions options)
    : m_options(std::move(options))
{ }

Result<ExportResult> ExportJob::run()
{
    Exporter exporter(m_options);
    return exporter.run();
}

} // namespace habmesos
