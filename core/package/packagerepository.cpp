// SPDX-License-Identifier: Apache-2.0
#include "package/packagerepository.h"

#include "logging.h"
#include "package/habpaths.h"
#include "package/packagetarget.h"
#include "package/regularfile.h"

#include "package/artifactinspector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>
#include <QThreadPool>

#include <algorithm>

namespace habmesos {

namespace {

Result<PackageArtifact> defaultPeek(const QString& hartPath)
{
    return ArtifactInspector::peekArtifact(hartPath);
}

int sourceRank(PackageRef::Source source)
{
    switch (source) {
    case PackageRef::Source::ExplicitArtifact:
        return 0;
    case PackageRef::Source::CachedArtifact:
        return 1;
    case PackageRef::Source::Installed:
        return 2;
    }
    return 3;
}

// Preferred first: signed artifacts before installed directories (they can be verified).
bool preferred(const PackageRef& a, const PackageRef& b)
{
    if (const int ra = sourceRank(a.source), rb = sourceRank(b.source); ra != rb)
        return ra < rb;
    return a.path < b.path;
}

bool byIdentThenPreference(const PackageRef& a, const PackageRef& b)
{
    if (const auto c = a.ident <=> b.ident; c != 0)
        return c < 0;
    if (a.target != b.target)
        return a.target < b.target;
    return preferred(a, b);
}

// IDENT and TARGET are one short line each; anything longer is not a metadata file.
constexpr qint64 MaxSmallFile = 4096;

Result<QString> readSmallFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return Result<QString>::failure(
            ErrorKind::NotFound, PackageRepository::tr("%1: missing").arg(QDir::toNativeSeparators(path)));
    // Opening a FIFO (or a device) would block or read without end: only regular files are read.
    QFile file;
    if (const Status opened = RegularFile::open(file, path); !opened)
        return opened.errorInfo();
    const QByteArray data = file.read(MaxSmallFile + 1);
    if (data.size() > MaxSmallFile)
        return Result<QString>::failure(
            PackageRepository::tr("%1: longer than %2 bytes").arg(QDir::toNativeSeparators(path)).arg(MaxSmallFile));
    return QString::fromUtf8(data).trimmed();
}

QFileInfoList subdirectories(const QString& dir)
{
    QDir d(dir);
    QFileInfoList list = d.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    // Hidden entries are not packages (temporary directories of an install in progress).
    list.erase(
        std::remove_if(list.begin(), list.end(), [](const QFileInfo& i) { return i.fileName().startsWith(u'.'); }),
        list.end());
    return list;
}

} // namespace

PackageRepository::PackageRepository()
    : PackageRepository(Options())
{ }

PackageRepository::PackageRepository(Options options, Peeker peeker)
    : m_options(std::move(options))
    , m_peeker(peeker ? std::move(peeker) : Peeker(defaultPeek))
{ }

QString PackageRepository::artifactCacheDir() const
{
    return QDir::cleanPath(m_options.artifactCache.isEmpty() ? HabPaths::artifactCache() : m_options.artifactCache);
}

QString PackageRepository::installedRoot() const
{
    return QDir::cleanPath(m_options.installedRoot.isEmpty() ? HabPaths::installedPackages() : m_options.installedRoot);
}

PackageRepository::PeekOutcome PackageRepository::peek(const CacheKey& key, PackageRef::Source source) const
{
    PeekOutcome outcome;
    const Result<PackageArtifact> peeked = m_peeker(key.path);
    if (!peeked) {
        outcome.error = peeked.errorInfo();
        return outcome;
    }
    const PackageIdent& ident = peeked->metadata.ident;
    const QString& target = peeked->metadata.target;
    const QString shown = QDir::toNativeSeparators(key.path);
    if (!ident.isFullyQualified()) {
        outcome.error
            = { ErrorKind::Invalid, tr("%1: IDENT “%2” is not a fully qualified ident").arg(shown, ident.toString()) };
        return outcome;
    }
    if (!PackageTarget::isWellFormed(target)) {
        outcome.error.message = target.isEmpty() ? tr("%1: the artifact has no TARGET").arg(shown)
                                                 : tr("%1: TARGET “%2” is not a package target").arg(shown, target);
        return outcome;
    }
    PackageRef ref;
    ref.ident = ident;
    ref.target = target;
    ref.source = source;
    ref.path = key.path;
    ref.size = key.size;
    ref.mtimeMs = key.mtimeMs;
    outcome.ref = ref;
    return outcome;
}

void PackageRepository::scan(const std::atomic_bool* cancel)
{
    m_lastScanReads = 0;
    m_cached.clear();
    m_cacheProblems.clear();
    if (m_options.useArtifactCache) {
        const QString dir = artifactCacheDir();
        const QFileInfo dirInfo(dir);
        QList<CacheKey> keys;
        if (dirInfo.exists() && !dirInfo.isDir()) {
            m_cacheProblems.append(
                { dir, tr("%1: the artifact cache is not a directory").arg(QDir::toNativeSeparators(dir)) });
        } else if (dirInfo.isDir() && !dirInfo.isReadable()) {
            m_cacheProblems.append(
                { dir, tr("%1: the artifact cache cannot be read").arg(QDir::toNativeSeparators(dir)) });
        } else if (dirInfo.isDir()) {
            // Habitat's cache is flat: <origin>-<name>-<version>-<release>-<target>.hart.
            // Listed once; the unreadable files are problems, the others are read.
            const QFileInfoList files
                = QDir(dir).entryInfoList({ QStringLiteral("*.hart") }, QDir::Files | QDir::Hidden, QDir::Name);
            for (const QFileInfo& info : files) {
                const QString path = QDir::cleanPath(info.absoluteFilePath());
                if (!info.isReadable())
                    m_cacheProblems.append(
                        { path, tr("%1: cannot be read (permission denied)").arg(QDir::toNativeSeparators(path)) });
                else
                    keys.append({ path, info.size(), info.lastModified().toMSecsSinceEpoch() });
            }
        }

        QList<CacheKey> toRead;
        for (const CacheKey& key : std::as_const(keys))
            if (!m_peeked.contains(key))
                toRead.append(key);
        if (!toRead.isEmpty()) {
            // A pool of this scan's own, not the global one: a caller that runs on a pool thread
            // itself (the window's jobs, an application's) must never wait for threads it holds.
            QThreadPool pool;
            const QList<PeekOutcome> outcomes
                = QtConcurrent::blockingMapped(&pool, toRead, [this, cancel](const CacheKey& key) {
                      if (cancel && cancel->load()) {
                          PeekOutcome skipped;
                          skipped.cancelled = true;
                          return skipped;
                      }
                      return peek(key, PackageRef::Source::CachedArtifact);
                  });
            for (qsizetype i = 0; i < toRead.size(); ++i) {
                if (outcomes[i].cancelled)
                    continue;
                m_peeked.insert(toRead[i], outcomes[i]);
                ++m_lastScanReads;
            }
        }
        // Forget what is no longer there, so the memory follows the cache.
        QHash<CacheKey, PeekOutcome> kept;
        for (const CacheKey& key : std::as_const(keys)) {
            const auto it = m_peeked.constFind(key);
            if (it == m_peeked.constEnd())
                continue; // cancelled before it was read
            kept.insert(key, *it);
            if (it->ref)
                m_cached.append(*it->ref);
            else
                m_cacheProblems.append({ key.path, it->error.message });
        }
        m_peeked = std::move(kept);
        qCDebug(lcPackage) << "artifact cache" << dir << ":" << m_cached.size() << "packages," << m_lastScanReads
                           << "read," << m_cacheProblems.size() << "problems";
    }

    m_installed.clear();
    m_installedProblems.clear();
    if (m_options.useInstalled)
        scanInstalled(cancel);
    rebuildIndex();
}

void PackageRepository::scanInstalled(const std::atomic_bool* cancel)
{
    const QString root = installedRoot();
    if (!QFileInfo(root).isDir())
        return; // no packages installed on this machine: not a problem
    // hab/pkgs/<origin>/<name>/<version>/<release>: IDENT must agree with the path.
    for (const QFileInfo& origin : subdirectories(root)) {
        for (const QFileInfo& name : subdirectories(origin.absoluteFilePath())) {
            for (const QFileInfo& version : subdirectories(name.absoluteFilePath())) {
                for (const QFileInfo& release : subdirectories(version.absoluteFilePath())) {
                    if (cancel && cancel->load())
                        return;
                    const QString dir = QDir::cleanPath(release.absoluteFilePath());
                    const QString shownDir = QDir::toNativeSeparators(dir);
                    const PackageIdent fromPath(
                        origin.fileName(), name.fileName(), version.fileName(), release.fileName());
                    const Result<QString> identText = readSmallFile(dir + QStringLiteral("/IDENT"));
                    if (!identText) {
                        m_installedProblems.append(
                            { dir, tr("%1: not an installed package: %2").arg(shownDir, identText.error()) });
                        continue;
                    }
                    const Result<PackageIdent> ident = PackageIdent::parse(*identText);
                    if (!ident || !ident->isFullyQualified()) {
                        m_installedProblems.append({ dir,
                            tr("%1: IDENT “%2” is not a fully qualified ident%3")
                                .arg(shownDir, *identText, ident ? QString() : QStringLiteral(": ") + ident.error()) });
                        continue;
                    }
                    if (*ident != fromPath) {
                        m_installedProblems.append({ dir,
                            tr("%1: IDENT says %2 but the package is installed as %3")
                                .arg(shownDir, ident->toString(), fromPath.toString()) });
                        continue;
                    }
                    const Result<QString> target = readSmallFile(dir + QStringLiteral("/TARGET"));
                    if (!target) {
                        m_installedProblems.append(
                            { dir, tr("%1: no usable TARGET: %2").arg(shownDir, target.error()) });
                        continue;
                    }
                    if (!PackageTarget::isWellFormed(*target)) {
                        m_installedProblems.append(
                            { dir, tr("%1: TARGET “%2” is not a package target").arg(shownDir, *target) });
                        continue;
                    }
                    PackageRef ref;
                    ref.ident = *ident;
                    ref.target = *target;
                    ref.source = PackageRef::Source::Installed;
                    ref.path = dir;
                    ref.mtimeMs = release.lastModified().toMSecsSinceEpoch();
                    m_installed.append(ref);
                }
            }
        }
    }
}

bool PackageRepository::namesFile(const QString& request)
{
    if (request.endsWith(QLatin1String(".hart"), Qt::CaseInsensitive))
        return true;
    const QFileInfo info(request);
    if (info.isFile())
        return true;
    if (PackageIdent::parse(request).ok())
        return false;
    return info.exists() || info.isSymLink() || request.startsWith(u'/') || request.startsWith(QLatin1String("./"))
        || request.startsWith(QLatin1String("../"));
}

Result<PackageRef> PackageRepository::addArtifact(const QString& hartPath)
{
    const QFileInfo info(hartPath);
    const QString path = QDir::cleanPath(info.absoluteFilePath());
    if (!info.exists() && !info.isSymLink())
        return Result<PackageRef>::failure(
            ErrorKind::NotFound, tr("%1: no such file").arg(QDir::toNativeSeparators(hartPath)));
    // Said here, naming what was given: a device, a FIFO or a directory is no artifact, and is
    // never opened for reading (a FIFO would block, /dev/zero would never end).
    if (const Status regular = RegularFile::check(hartPath); !regular)
        return regular.errorInfo();
    const PeekOutcome outcome
        = peek({ path, info.size(), info.lastModified().toMSecsSinceEpoch() }, PackageRef::Source::ExplicitArtifact);
    if (!outcome.ref)
        return Result<PackageRef>(outcome.error);
    m_explicit.erase(
        std::remove_if(m_explicit.begin(), m_explicit.end(), [&](const PackageRef& r) { return r.path == path; }),
        m_explicit.end());
    m_explicit.append(*outcome.ref);
    rebuildIndex();
    return *outcome.ref;
}

void PackageRepository::rebuildIndex()
{
    m_index.clear();
    for (const QList<PackageRef>* list : { &m_explicit, &m_cached, &m_installed })
        for (const PackageRef& ref : *list)
            m_index[ref.ident].append(ref);
    for (auto it = m_index.begin(); it != m_index.end(); ++it)
        std::stable_sort(it->begin(), it->end(), preferred);
}

std::optional<PackageRef> PackageRepository::pick(const QList<PackageRef>& candidates, const QString& target) const
{
    if (!target.isEmpty()) {
        for (const PackageRef& ref : candidates)
            if (ref.target == target)
                return ref;
        return std::nullopt;
    }
    if (candidates.isEmpty())
        return std::nullopt;
    // Any target: the configured one, then Habitat's default, then whatever is first.
    for (const QString& wanted : { m_options.target, PackageTarget::defaultTarget() }) {
        if (wanted.isEmpty())
            continue;
        for (const PackageRef& ref : candidates)
            if (ref.target == wanted)
                return ref;
    }
    return candidates.first();
}

std::optional<PackageRef> PackageRepository::find(const PackageIdent& ident) const
{
    return find(ident, m_options.target);
}

std::optional<PackageRef> PackageRepository::find(const PackageIdent& ident, const QString& target) const
{
    const auto it = m_index.constFind(ident);
    if (it == m_index.constEnd())
        return std::nullopt;
    return pick(*it, target);
}

std::optional<PackageRef> PackageRepository::resolve(const PackageIdent& partial) const
{
    return resolve(partial, m_options.target);
}

std::optional<PackageRef> PackageRepository::resolve(const PackageIdent& partial, const QString& target) const
{
    if (partial.isFullyQualified())
        return find(partial, target);
    std::optional<PackageRef> best;
    for (auto it = m_index.constBegin(); it != m_index.constEnd(); ++it) {
        if (!it.key().satisfies(partial))
            continue;
        if (best && !(best->ident < it.key()))
            continue;
        if (std::optional<PackageRef> ref = pick(*it, target))
            best = std::move(ref);
    }
    return best;
}

QList<PackageRef> PackageRepository::packages() const
{
    QList<PackageRef> list;
    for (auto it = m_index.constBegin(); it != m_index.constEnd(); ++it) {
        QStringList targets;
        for (const PackageRef& ref : *it) // preferred first, so the first per target is the one
            if (!targets.contains(ref.target)) {
                targets.append(ref.target);
                if (m_options.target.isEmpty() || ref.target == m_options.target)
                    list.append(ref);
            }
    }
    std::sort(list.begin(), list.end(), byIdentThenPreference);
    return list;
}

QList<PackageRef> PackageRepository::allLocations() const
{
    QList<PackageRef> list;
    for (auto it = m_index.constBegin(); it != m_index.constEnd(); ++it)
        list.append(*it);
    std::sort(list.begin(), list.end(), byIdentThenPreference);
    return list;
}

QList<PackageRef> PackageRepository::locations(const PackageIdent& ident) const
{
    return m_index.value(ident);
}

QList<PackageRepository::Problem> PackageRepository::problems() const
{
    QList<Problem> list = m_cacheProblems + m_installedProblems;
    std::sort(list.begin(), list.end(), [](const Problem& a, const Problem& b) { return a.path < b.path; });
    return list;
}

} // namespace habmesos
