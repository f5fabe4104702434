// SPDX-License-Identifier: Apache-2.0
#include "export/segmentsidecar.h"

#include "export/atomicoutputfile.h"
#include "export/segmentcache.h"

#include <QCoreApplication>
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
    if (!written)
        cache.remove(key);
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
