// SPDX-License-Identifier: Apache-2.0
#include "export/segmentcache.h"

#include "export/atomicoutputfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>

namespace habmesos {

namespace {
const char Magic[8] = { 'H', 'M', 'S', 'E', 'G', '0', '0', '1' };
const QLatin1String Suffix(".seg");
const QLatin1String SidecarSuffix(".meta");
} // namespace

SegmentCache::SegmentCache(QString directory, qint64 byteBudget)
    : m_directory(std::move(directory))
    , m_budget(byteBudget)
{ }

bool SegmentCache::isValidKey(const QString& key)
{
    if (key.isEmpty() || key.size() > 128)
        return false;
    return std::all_of(
        key.begin(), key.end(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

QString SegmentCache::keyFor(const QByteArray& contentId, int gzipLevel, qint64 gzipBlockSize)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Versioned: a change to how segments are written must not reuse older entries.
    hash.addData(QByteArrayView("habmesos-segment-1\n"));
    hash.addData(QByteArray(QByteArray::number(contentId.size()) + '\n'));
    hash.addData(contentId);
    hash.addData(QByteArray('\n' + QByteArray::number(gzipLevel) + '\n' + QByteArray::number(gzipBlockSize)));
    return QString::fromLatin1(hash.result().toHex());
}

QString SegmentCache::filePath(const QString& key) const
{
    return m_directory + u'/' + key + Suffix;
}

QString SegmentCache::sidecarPath(const QString& key) const
{
    return m_directory + u'/' + key + SidecarSuffix;
}

Status SegmentCache::ensureDirectory() const
{
    if (QDir().mkpath(m_directory))
        return success();
    return Status::failure(ErrorKind::Io, tr("Could not create the segment cache directory %1").arg(m_directory));
}

QByteArray SegmentCache::trailer(qint64 tarBytes, qint64 compressedBytes, int level, qint64 blockSize)
{
    QByteArray t(TrailerSize, '\0');
    char* p = t.data();
    memcpy(p, Magic, 8);
    qToLittleEndian<quint64>(quint64(tarBytes), p + 8);
    qToLittleEndian<quint64>(quint64(compressedBytes), p + 16);
    qToLittleEndian<quint32>(quint32(level), p + 24);
    qToLittleEndian<quint32>(quint32(blockSize), p + 28);
    return t;
}

bool SegmentCache::parseTrailer(const QByteArray& bytes, Entry* entry)
{
    if (bytes.size() != TrailerSize || memcmp(bytes.constData(), Magic, 8) != 0)
        return false;
    const char* p = bytes.constData();
    entry->tarBytes = qint64(qFromLittleEndian<quint64>(p + 8));
    entry->compressedBytes = qint64(qFromLittleEndian<quint64>(p + 16));
    entry->level = int(qFromLittleEndian<quint32>(p + 24));
    entry->blockSize = qint64(qFromLittleEndian<quint32>(p + 28));
    return entry->tarBytes >= 0 && entry->compressedBytes >= 0 && entry->tarBytes % 512 == 0;
}

Result<SegmentCache::Entry> SegmentCache::lookup(const QString& key) const
{
    if (!isValidKey(key))
        return Result<Entry>::failure(tr("“%1” is not a segment cache key").arg(key.left(140)));
    const QString path = filePath(key);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Entry>::failure(
            ErrorKind::NotFound, tr("no cached segment %1: %2").arg(path, file.errorString()));
    Entry entry;
    const qint64 size = file.size();
    bool valid = size >= TrailerSize && file.seek(size - TrailerSize) && parseTrailer(file.read(TrailerSize), &entry)
        && entry.compressedBytes == size - TrailerSize;
    if (!valid) {
        file.close();
        QFile::remove(path);
        QFile::remove(sidecarPath(key));
        return Result<Entry>::failure(ErrorKind::Io, tr("the cached segment %1 is damaged; removed it").arg(path));
    }
    entry.path = path;
    // Recently used: eviction goes by modification time. (A read-only cache simply stays as is.)
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return entry;
}

Status SegmentCache::remove(const QString& key) const
{
    if (!isValidKey(key))
        return Status::failure(tr("“%1” is not a segment cache key").arg(key.left(140)));
    // The segment first: a sidecar left alone is removed by the next eviction.
    for (const QString& path : { filePath(key), sidecarPath(key) }) {
        QFile file(path);
        if (file.exists() && !file.remove())
            return Status::failure(
                ErrorKind::Io, tr("Could not remove %1: %2").arg(file.fileName(), file.errorString()));
    }
    return success();
}

qint64 SegmentCache::totalBytes() const
{
    qint64 total = 0;
    const QFileInfoList files
        = QDir(m_directory).entryInfoList({ QStringLiteral("*.seg") }, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo& info : files)
        total += info.size();
    return total;
}

Result<qint64> SegmentCache::evict() const
{
    QDir dir(m_directory);
    if (!dir.exists())
        return qint64(0);
    qint64 freed = 0;
    // Temporary files of writers that died (whatever their age; a live writer's lock keeps its own).
    for (const QFileInfo& info : dir.entryInfoList(
             { QStringLiteral(".*.seg.partial-*"), QStringLiteral(".*.meta.partial-*") }, QDir::Files | QDir::Hidden)) {
        if (!AtomicOutputFile::isTemporaryName(info.fileName()))
            continue;
        if (const qint64 bytes = AtomicOutputFile::removeIfAbandoned(info.absoluteFilePath()); bytes >= 0)
            freed += bytes;
    }
    QFileInfoList files = dir.entryInfoList({ QStringLiteral("*.seg") }, QDir::Files | QDir::NoSymLinks);
    qint64 total = 0;
    for (const QFileInfo& info : files)
        total += info.size();
    // Oldest first; the name breaks ties so that eviction is deterministic.
    std::sort(files.begin(), files.end(), [](const QFileInfo& a, const QFileInfo& b) {
        const QDateTime ta = a.lastModified(), tb = b.lastModified();
        return ta != tb ? ta < tb : a.fileName() < b.fileName();
    });
    for (const QFileInfo& info : files) {
        if (total <= m_budget)
            break;
        if (!QFile::remove(info.absoluteFilePath()))
            return Result<qint64>::failure(
                ErrorKind::Io, tr("Could not remove %1 from the cache").arg(info.absoluteFilePath()));
        total -= info.size();
        freed += info.size();
    }
    // Sidecars without their segment (evicted just now, or left by a writer that died in between).
    for (const QFileInfo& info : dir.entryInfoList({ QStringLiteral("*.meta") }, QDir::Files | QDir::NoSymLinks)) {
        const QString key = info.completeBaseName();
        if (isValidKey(key) && !QFileInfo::exists(filePath(key)) && QFile::remove(info.absoluteFilePath()))
            freed += info.size();
    }
    return freed;
}

} // namespace habmesos
