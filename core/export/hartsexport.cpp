// SPDX-License-Identifier: Apache-2.0
#include "export/hartsexport.h"

#include "export/artifacthead.h"
#include "export/atomicoutputfile.h"
#include "export/closureheads.h"
#include "export/exportprogress.h"
#include "export/packagelocator.h"
#include "export/rootfswriter.h"
#include "export/supervisorroles.h"
#include "export/tarballwriter.h"
#include "export/xzpayloadsize.h"
#include "package/hartheader.h"
#include "package/keycache.h"
#include "package/packagetarget.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThreadPool>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace habmesos {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString hiddenTemporary(const QString& dir, const QString& name)
{
    return QDir(dir).filePath(
        QStringLiteral(".%1.part-%2").arg(name).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
}

bool sameFile(const QString& a, const QString& b)
{
    struct stat sa, sb;
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0
        && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// The .hart at `dest` as it is at `source`: a hard link (nothing copied) where the file system
// allows one, else a copy; it appears under its name only when complete.
Status placeArtifact(const QString& source, const QString& dest, const std::atomic_bool* cancel)
{
    if (sameFile(source, dest))
        return success();
    const QString dir = QFileInfo(dest).absolutePath();
    const QString temporary = hiddenTemporary(dir, QFileInfo(dest).fileName());
    const QByteArray tmp = QFile::encodeName(temporary);
    if (::link(QFile::encodeName(source).constData(), tmp.constData()) == 0) {
        if (::rename(tmp.constData(), QFile::encodeName(dest).constData()) == 0)
            return success();
        const int error = errno;
        ::unlink(tmp.constData());
        return Status::failure(
            ErrorKind::Io, HartsExport::tr("cannot put %1 in place: %2").arg(dest, errnoText(error)));
    }
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(ErrorKind::Io, HartsExport::tr("cannot read %1: %2").arg(source, in.errorString()));
    AtomicOutputFile out(dest);
    if (const Status opened = out.open(); !opened)
        return opened;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load())
            return Status::cancelled();
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return Status::failure(ErrorKind::Io, HartsExport::tr("cannot read %1: %2").arg(source, in.errorString()));
        if (n == 0)
            break;
        if (const Status written = out.write(buffer.constData(), n); !written)
            return written;
    }
    return out.commit(false);
}

// A package's wave: 0 without dependencies in the closure, else one more than its deepest
// dependency's. Packages of one wave share no package that is not installed yet, so init.sh may
// install them at once (TDEPS is transitive: every dependency is in an earlier wave).
QList<int> installWaves(const QList<ExportedPackage>& packages)
{
    QHash<PackageIdent, qsizetype> index;
    for (qsizetype i = 0; i < packages.size(); ++i)
        index.insert(packages[i].metadata.ident, i);
    QList<int> wave(packages.size(), -1);
    // Longest chains first by repeated passes: at most one pass per package, however TDEPS is ordered.
    for (qsizetype pass = 0; pass <= packages.size(); ++pass) {
        bool changed = false;
        for (qsizetype i = 0; i < packages.size(); ++i) {
            int w = 0;
            for (const PackageIdent& dep : packages[i].metadata.tdeps) {
                const qsizetype d = index.value(dep, -1);
                if (d >= 0 && d != i)
                    w = std::max(w, std::max(wave[d], 0) + 1);
            }
            if (w != wave[i]) {
                wave[i] = std::min<int>(w, int(packages.size()));
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return wave;
}

QString refusedInstalled(const PackageRef& ref)
{
    return HartsExport::tr("%1 is only installed (%2), not in the artifact cache: the harts layout ships every package "
                           "as its signed .hart; put the artifact into the cache or use the tarball layout")
        .arg(ref.ident.toString(), ref.path);
}

QString refusedUnverified(const PackageArtifact& artifact)
{
    return HartsExport::tr("%1: %2; hab checks every signature again on the agent and would refuse it")
        .arg(artifact.path,
            artifact.verificationDetail.isEmpty() ? verificationText(artifact.verification)
                                                  : artifact.verificationDetail);
}

} // namespace

HartsExport::HartsExport(const ExportOptions& options)
    : m_options(options)
{ }

QString HartsExport::canonicalFileName(const PackageIdent& ident, const QString& target)
{
    return ident.archiveStem() + u'-' + target + QStringLiteral(".hart");
}

QString HartsExport::bootstrapFileName(const QByteArray& sha256)
{
    return QStringLiteral("habmesos-bootstrap-%1.tgz").arg(QString::fromLatin1(sha256.toHex().left(16)));
}

bool HartsExport::isBootstrapFileName(const QString& name)
{
    static const QRegularExpression form(QStringLiteral("\\Ahabmesos-bootstrap-[0-9a-f]{16}\\.tgz\\z"));
    return form.match(name).hasMatch();
}

Result<ExportResult> HartsExport::run()
{
    using R = Result<ExportResult>;
    const std::atomic_bool* cancel = m_options.cancel;
    auto cancelled = [cancel] { return cancel && cancel->load(); };

    PackageLocator locator(m_options);
    locator.scan(cancel);
    if (cancelled())
        return R::cancelled();
    SupervisorRoles roles(m_options);
    const auto located = locator.locateInitial(m_options.package, roles);
    if (!located)
        return located.errorInfo();
    const QList<PackageRef>& initial = located.value();
    const PackageRef* root = &initial.first();
    for (const PackageRef& ref : std::as_const(initial)) {
        if (!ref.isArtifact())
            return R::failure(ErrorKind::NotFound, refusedInstalled(ref));
    }

    const QString outDir = m_options.outputDir.isEmpty() ? QDir::currentPath() : m_options.outputDir;
    if (!QFileInfo(outDir).isDir())
        return R::failure(ErrorKind::Io, tr("the output directory %1 does not exist").arg(outDir));

    const KeyCache keys(m_options.keyDir);
    ExportProgress progress(m_options.progress);
    QThreadPool pool; // the export's own: a caller on a pool thread can never starve it
    if (m_options.threads > 0)
        pool.setMaxThreadCount(m_options.threads);

    // 1. The heads of the package and the Supervisor's packages.
    const QString busyboxRole
        = roles.ident(SupervisorRoles::Busybox) ? roles.ident(SupervisorRoles::Busybox)->toString() : QString();
    const QString habRole
        = roles.ident(SupervisorRoles::Hab) ? roles.ident(SupervisorRoles::Hab)->toString() : QString();
    QList<ClosureHeads::Initial> jobs;
    for (const PackageRef& ref : std::as_const(initial)) {
        // As far as each one's part needs: the service's facts, the bootstrap's programs (all of
        // hab's bin/), a role's program, or only the closure.
        ClosureHeads::Initial job { ref, {}, QStringLiteral("TDEPS") };
        if (ref.ident.toString() == busyboxRole)
            job.binFiles << QStringLiteral("busybox");
        if (ref.ident.toString() == habRole)
            job.binFiles << QStringLiteral("hab");
        if (!job.binFiles.isEmpty())
            job.readUpTo = QStringLiteral("bin0");
        for (const QString& program : roles.programsOf(ref.ident))
            job.readUpTo = std::max(job.readUpTo, QString(QStringLiteral("bin/") + program));
        if (ref.ident == root->ident)
            job.readUpTo.clear();
        jobs.append(job);
    }
    // The rest of the closure is read (up to its own TDEPS, for the install waves) as soon as a
    // head names it; what is missing or only installed is said below, in the closure's order.
    auto locateMember = [&](const PackageIdent& ident) -> std::optional<PackageRef> {
        const auto ref = locator.find(ident, root->target);
        return ref && ref->isArtifact() ? ref : std::nullopt;
    };
    ClosureHeads read = ClosureHeads::read(pool, jobs, locateMember, keys, progress, cancel);
    const QList<Result<ArtifactHead>>& heads = read.initial;
    if (cancelled())
        return R::cancelled();
    QList<ExportedPackage> packages;
    QHash<PackageIdent, qsizetype> index;
    RootfsLayout::Bootstrap bootstrap;
    for (qsizetype i = 0; i < heads.size(); ++i) {
        if (!heads[i])
            return heads[i].errorInfo();
        const ArtifactHead& head = heads[i].value();
        const PackageArtifact& artifact = head.artifact;
        if (artifact.verification != Verification::Verified)
            return R::failure(ErrorKind::Unverified, refusedUnverified(artifact));
        if (artifact.metadata.target != root->target)
            return R::failure(tr("%1 is built for %2, the package for %3")
                                  .arg(artifact.metadata.ident.toString(), artifact.metadata.target, root->target));
        if (i == 0 && m_options.checkService) {
            if (const QString refusal = m_options.checkService(artifact.metadata); !refusal.isEmpty())
                return R::failure(refusal);
        }
        if (const Status fits = roles.checkPrograms(artifact.metadata.ident, head.binNames); !fits)
            return fits.errorInfo();
        for (const auto& [name, contents] : head.binFiles) {
            if (artifact.metadata.ident.toString() == busyboxRole && name == u"busybox")
                bootstrap.busybox = contents;
            else if (artifact.metadata.ident.toString() == habRole)
                bootstrap.habBin.append({ name, contents });
        }
        ExportedPackage p;
        p.metadata = artifact.metadata;
        p.binNames = head.binNames;
        p.summary = { artifact.metadata.ident, initial[i].path, artifact.signer, artifact.verification, false };
        index.insert(p.metadata.ident, packages.size());
        packages.append(p);
    }

    // 2. The rest of the closure, as the heads' TDEPS name it (read up to its own TDEPS, for the
    // install waves, beside the heads): verified, in the closure's order.
    QList<PackageIdent> missing;
    QHash<PackageIdent, QList<PackageIdent>> requiredBy;
    QList<PackageRef> rest;
    for (const ExportedPackage& p : std::as_const(packages)) {
        for (const PackageIdent& dep : p.metadata.tdeps) {
            if (index.contains(dep)
                || std::any_of(rest.cbegin(), rest.cend(), [&](const PackageRef& r) { return r.ident == dep; })) {
                continue;
            }
            const auto ref = locator.find(dep, root->target);
            if (!ref) {
                if (!missing.contains(dep))
                    missing.append(dep);
                requiredBy[dep].append(p.metadata.ident);
                continue;
            }
            if (!ref->isArtifact())
                return R::failure(ErrorKind::NotFound, refusedInstalled(ref.value()));
            rest.append(ref.value());
        }
    }
    if (!missing.isEmpty())
        return locator.missingDependencies(missing, requiredBy, root->target);
    if (cancelled())
        return R::cancelled();
    QList<Result<ArtifactHead>> verified;
    for (const PackageRef& ref : std::as_const(rest)) {
        // Every member named by a head was read (locateMember found it as rest's loop did).
        verified.append(read.members.value(
            ref.ident, Result<ArtifactHead>::failure(ErrorKind::Io, tr("%1 was not read").arg(ref.path))));
    }
    for (qsizetype i = 0; i < verified.size(); ++i) {
        if (!verified[i])
            return verified[i].errorInfo();
        const PackageArtifact& artifact = verified[i]->artifact;
        if (artifact.verification != Verification::Verified)
            return R::failure(ErrorKind::Unverified, refusedUnverified(artifact));
        if (artifact.metadata.ident != rest[i].ident)
            return R::failure(tr("%1 holds %2, not %3")
                                  .arg(rest[i].path, artifact.metadata.ident.toString(), rest[i].ident.toString()));
        ExportedPackage p;
        p.metadata = artifact.metadata;
        p.summary = { rest[i].ident, rest[i].path, artifact.signer, artifact.verification, false };
        packages.append(p);
    }

    // 3. The bootstrap: the Supervisor's packages and then the service, leaves first among the
    // rest, are what init.sh installs; each one's TDEPS come from the cache.
    ExportResult result;
    result.layout = DeploymentLayout::Harts;
    const QList<int> waves = installWaves(packages);
    for (const ExportedPackage& p : std::as_const(packages)) {
        result.packages.append(p.summary);
        ExportResult::Hart hart;
        hart.ident = p.metadata.ident;
        hart.fileName = canonicalFileName(p.metadata.ident, root->target);
        hart.path = QDir(outDir).absoluteFilePath(hart.fileName);
        hart.bytes = QFileInfo(p.summary.path).size();
        hart.wave = waves[result.harts.size()];
        QFile file(p.summary.path);
        if (file.open(QIODevice::ReadOnly)) {
            if (const auto header = HartHeader::read(file, p.summary.path))
                hart.unpackedBytes
                    = XzPayloadSize::uncompressedSize(p.summary.path, header->payloadOffset()).value_or(0);
        }
        result.harts.append(hart);
    }

    const QString staging = hiddenTemporary(outDir, QStringLiteral("habmesos-bootstrap.tgz"));
    TarballWriter writer;
    TarballWriterOptions writerOptions;
    writerOptions.threads = m_options.threads;
    // Downloaded once per agent and kept while hab and busybox stay: libdeflate's fastest level
    // costs a few percent in size and saves most of the compression time of every export.
    writerOptions.gzipLevel = 1;
    writerOptions.cancel = cancel;
    if (const Status opened = writer.open(staging, TarballFormat::Gzip, writerOptions); !opened)
        return opened.errorInfo();
    const auto bootstrapBytes = RootfsWriter::write(packages, roles, keys, writer, bootstrap);
    if (!bootstrapBytes) {
        writer.abort();
        return bootstrapBytes.errorInfo();
    }
    if (cancelled()) {
        writer.abort();
        return R::cancelled();
    }
    if (const Status committed = writer.commit(); !committed)
        return committed.errorInfo();
    QFile staged(staging);
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    if (!staged.open(QIODevice::ReadOnly) || !sha256.addData(&staged)) {
        const QString why = staged.errorString();
        QFile::remove(staging);
        return R::failure(ErrorKind::Io, tr("cannot read %1: %2").arg(staging, why));
    }
    staged.close();
    result.tarballName = bootstrapFileName(sha256.result());
    result.tarballPath = QDir(outDir).absoluteFilePath(result.tarballName);
    if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(result.tarballPath).constData()) != 0) {
        const int error = errno;
        QFile::remove(staging);
        return R::failure(ErrorKind::Io, tr("cannot put %1 in place: %2").arg(result.tarballPath, errnoText(error)));
    }
    result.tarballSize = QFileInfo(result.tarballPath).size();

    // 4. The .hart files beside it.
    for (qsizetype i = 0; i < result.harts.size(); ++i) {
        if (const Status placed = placeArtifact(packages[i].summary.path, result.harts[i].path, cancel); !placed)
            return placed.errorInfo();
    }
    progress.report(true);

    result.service = packages.first().metadata;
    result.extractedBytes = bootstrapBytes.value();
    for (const ExportResult::Hart& hart : std::as_const(result.harts))
        result.extractedBytes += hart.unpackedBytes;
    return result;
}

} // namespace habmesos
