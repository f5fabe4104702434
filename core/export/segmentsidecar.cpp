// SPDX-License-Identifier: Apache-2.0
#include "export/segmentsidecar.h"

#include "export/atomicoutputfile.h"
#include "export/segmentcache.h"

#include <QDataStream>
#include <QFile>

namespace habmesos {

namespace {

// "hsm4": the sidecar also lists the members whose setuid or setgid bit was dropped; older
// sidecars no longer read, so their segments are written afresh once (and the sidecar with them)
// rather than reused without that report.
constexpr quint32 Magic = 0x68736d34; // "hsm4"
constexpr qint64 MaxSize = qint64(64) << 20;

} // namespace

QStringList SegmentSidecar::describeMember(const TarEntry& entry)
{
    return { QString::number(int(entry.type())), entry.path(), entry.linkTarget() };
}

TarEntry SegmentSidecar::memberOf(const QStringList& described)
{
    if (described.size() != 3)
        return {};
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

Status SegmentSidecar::write(const SegmentCache& cache, const QString& key, const Facts& facts)
{
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << Magic << facts.metaFiles << facts.binNames << facts.extractedBytes << facts.unportableMember
            << facts.dropped;
    }
    // A segment without its sidecar is never reused, and one without its segment never removed:
    // whatever fails here, neither stays.
    AtomicOutputFile file(cache.sidecarPath(key));
    Status written = file.open();
    if (written)
        written = file.write(bytes.constData(), bytes.size());
    if (written)
        written = file.commit(false); // a lost cache entry only costs a recompression
    // A segment that stays (it could not be removed either) is never reused without its sidecar:
    // the next export writes it afresh, the next eviction takes it.
    if (!written)
        (void)cache.remove(key);
    return written;
}

std::optional<SegmentSidecar::Facts> SegmentSidecar::read(const SegmentCache& cache, const QString& key)
{
    QFile file(cache.sidecarPath(key));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxSize)
        return std::nullopt;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    Facts facts;
    in >> magic;
    if (in.status() != QDataStream::Ok || magic != Magic)
        return std::nullopt;
    in >> facts.metaFiles >> facts.binNames >> facts.extractedBytes >> facts.unportableMember >> facts.dropped;
    if (in.status() != QDataStream::Ok || facts.extractedBytes < 0
        || (!facts.unportableMember.isEmpty() && facts.unportableMember.size() != 3))
        return std::nullopt;
    return facts;
}

} // namespace habmesos
