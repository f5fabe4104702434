// SPDX-License-Identifier: Apache-2.0
#include "export/tarballwriter.h"

#include "export/atomicoutputfile.h"
#include "export/segmentcache.h"
#include "export/tararchives.h"
#include "export/tarballencoder.h"
#include "logging.h"

#include <QFile>

namespace habmesos {

class TarballWriter::Private
{
public:
    enum class State
    {
        Closed,
        Open,
        Failed
    };

    ~Private() { discard(); }

    void reset(const QString& name, TarballFormat format, const TarballWriterOptions& options)
    {
        m_name = name;
        m_format = format;
        m_options = options;
        m_state = State::Closed;
        m_error = {};
        m_remaining = 0;
        m_currentSize = 0;
        m_currentMember.clear();
        m_inSegment = false;
        m_segmentStart = 0;
    }

    Status checkOptions() const
    {
        if (m_options.gzipBlockSize < 4096 || m_options.gzipBlockSize > (qint64(1) << 30))
            return Status::failure(
                tr("gzip block size %1 is out of range (4 KiB to 1 GiB)").arg(m_options.gzipBlockSize));
        return success();
    }

    // Starts the encoder and the tar stream towards `output` (the file, or nothing).
    Status start(TarballEncoder::Output output)
    {
        m_state = State::Open;
        m_encoder = std::make_unique<TarballEncoder>(m_format, m_options, std::move(output));
        if (const Status started = m_encoder->start(); !started)
            return fail(started);
        TarballEncoder* encoder = m_encoder.get();
        m_tar = std::make_unique<TarArchives>(m_name, [encoder](QByteArrayView b) { return encoder->write(b); });
        if (const Status started = m_tar->open(); !started)
            return fail(started);
        return success();
    }

    bool cancelled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }

    // Any failure: remember it, drop everything, remove the temporary file. The compressors
    // only know that they were stopped: a raised cancel flag makes it a cancellation.
    Status fail(const Status& failure)
    {
        discard();
        m_state = State::Failed;
        m_error = cancelled() ? Error::cancelled() : failure.errorInfo();
        return m_error;
    }
    Status fail(const QString& message) { return fail(Status::failure(message)); }

    void discard()
    {
        m_tar.reset(); // first, and without writing the end of the archive
        m_encoder.reset();
        if (m_file)
            m_file->discard();
    }

    // Checks that we may go on: open, not failed, not cancelled.
    Status usable()
    {
        if (m_state == State::Failed)
            return m_error;
        if (m_state != State::Open)
            return Status::failure(tr("The tarball is not open"));
        if (cancelled())
            return fail(Status::cancelled());
        return success();
    }

    // Closes the current entry: its data must be complete; libarchive writes its padding.
    Status finishEntry()
    {
        if (m_remaining > 0)
            return fail(tr("Could not write %1: tar member “%2”: %3 of its %4 bytes are missing")
                            .arg(m_name, m_currentMember)
                            .arg(m_remaining)
                            .arg(m_currentSize));
        if (const Status finished = m_tar->finishEntry(); !finished)
            return fail(finished);
        return success();
    }

    // Whether a segment can be appended here; no side effects, so that a refusal leaves the
    // writer usable (the caller then writes the entries afresh).
    Status checkAppendable(const SegmentCache::Entry& entry) const
    {
        const QString& what = entry.path;
        if (m_format != TarballFormat::Gzip)
            return Status::failure(tr("Cannot append the compressed segment %1 to %2: only gzip tarballs take segments")
                                       .arg(what, m_name));
        if (m_inSegment)
            return Status::failure(tr("Cannot append the compressed segment %1 inside a segment").arg(what));
        if (m_remaining > 0)
            return Status::failure(tr("Cannot append the compressed segment %1 before the data of “%2” is complete")
                                       .arg(what, m_currentMember));
        if (entry.level != m_encoder->gzipLevel() || entry.blockSize != m_encoder->blockSize())
            return Status::failure(tr("Cannot append the compressed segment %1: it was made with gzip level %2 and "
                                      "%3-byte blocks, this tarball uses level %4 and %5-byte blocks")
                                       .arg(what)
                                       .arg(entry.level)
                                       .arg(entry.blockSize)
                                       .arg(m_encoder->gzipLevel())
                                       .arg(m_encoder->blockSize()));
        if (entry.tarBytes < 0 || entry.tarBytes % 512 != 0)
            return Status::failure(tr("Cannot append the compressed segment %1: it is not whole tar blocks").arg(what));
        return success();
    }

    // Ends the current entry and gzip member, so that the segment starts on a member boundary.
    Status prepareAppend()
    {
        if (const Status finished = finishEntry(); !finished)
            return finished;
        if (const Status flushed = m_encoder->flush(); !flushed)
            return fail(flushed);
        return success();
    }

    QString m_name; // the final path, for the messages
    TarballFormat m_format = TarballFormat::Gzip;
    TarballWriterOptions m_options;
    State m_state = State::Closed;
    Error m_error;
    std::unique_ptr<AtomicOutputFile> m_file; // null for a discarding writer
    std::unique_ptr<TarballEncoder> m_encoder;
    std::unique_ptr<TarArchives> m_tar;
    // The current file entry.
    QString m_currentMember;
    qint64 m_currentSize = 0;
    qint64 m_remaining = 0;
    bool m_inSegment = false;
    qint64 m_segmentStart = 0;
};

TarballWriter::TarballWriter()
    : d(std::make_unique<Private>())
{ }

TarballWriter::~TarballWriter() = default;

bool TarballWriter::isOpen() const
{
    return d->m_state == Private::State::Open;
}

Status TarballWriter::open(const QString& finalPath, TarballFormat format, const TarballWriterOptions& options)
{
    abort();
    d->reset(finalPath, format, options);
    if (const Status valid = d->checkOptions(); !valid)
        return valid;
    d->m_file = std::make_unique<AtomicOutputFile>(finalPath);
    if (const Status opened = d->m_file->open(); !opened)
        return d->fail(opened);
    AtomicOutputFile* file = d->m_file.get();
    return d->start([file](QByteArrayView b) { return file->write(b.data(), b.size()); });
}

Status TarballWriter::openDiscarding(const QString& name, const TarballWriterOptions& options)
{
    abort();
    d->reset(name, TarballFormat::Gzip, options);
    d->m_file.reset();
    if (const Status valid = d->checkOptions(); !valid)
        return valid;
    return d->start([](QByteArrayView) { return success(); });
}

Status TarballWriter::addEntry(const TarEntry& entry)
{
    if (const Status ok = d->usable(); !ok)
        return ok;
    if (const Status valid = entry.validate(); !valid)
        return d->fail(valid.errorWithContext(tr("Could not write %1: ").arg(d->m_name)));
    if (const Status finished = d->finishEntry(); !finished)
        return finished;
    d->m_currentMember = entry.memberName();
    if (const Status written = d->m_tar->writeHeader(entry); !written)
        return d->fail(written);
    d->m_currentSize = entry.size();
    d->m_remaining = entry.size();
    return success();
}

Status TarballWriter::writeData(QByteArrayView data)
{
    if (const Status ok = d->usable(); !ok)
        return ok;
    if (data.size() > d->m_remaining)
        return d->fail(tr("Could not write %1: tar member “%2”: more data than its declared %3 bytes")
                           .arg(d->m_name, d->m_currentMember)
                           .arg(d->m_currentSize));
    if (const Status written = d->m_tar->writeData(data); !written)
        return d->fail(written);
    d->m_remaining -= data.size();
    return success();
}

Status TarballWriter::beginSegment()
{
    return beginSegment(SegmentOptions());
}

Status TarballWriter::beginSegment(const SegmentOptions& options)
{
    if (const Status ok = d->usable(); !ok)
        return ok;
    if (d->m_inSegment)
        return d->fail(tr("Could not write %1: a segment is already open").arg(d->m_name));
    if (options.cache && d->m_format != TarballFormat::Gzip)
        return d->fail(tr("Could not write %1: only gzip tarballs can keep segments").arg(d->m_name));
    if (options.cache && !SegmentCache::isValidKey(options.cacheKey))
        return d->fail(
            tr("Could not write %1: “%2” is not a segment cache key").arg(d->m_name, options.cacheKey.left(140)));
    if (const Status ok = d->prepareAppend(); !ok)
        return ok;
    d->m_inSegment = true;
    d->m_segmentStart = d->m_tar->bytes();
    if (options.cache) {
        // A cache that cannot take the segment only costs its reuse: the tarball goes on.
        Status kept = options.cache->ensureDirectory();
        auto file = std::make_unique<AtomicOutputFile>(options.cache->filePath(options.cacheKey));
        if (kept)
            kept = file->open();
        if (kept)
            d->m_encoder->capture(std::move(file));
        else
            qCWarning(lcExport) << "not caching the segment:" << kept.error();
    }
    return success();
}

Status TarballWriter::endSegment()
{
    if (const Status ok = d->usable(); !ok)
        return ok;
    if (!d->m_inSegment)
        return d->fail(tr("Could not write %1: no segment is open").arg(d->m_name));
    if (const Status finished = d->finishEntry(); !finished)
        return finished;
    const qint64 tarBytes = d->m_tar->bytes() - d->m_segmentStart;
    d->m_inSegment = false;
    if (const Status ended = d->m_encoder->endCapture(tarBytes); !ended)
        return d->fail(ended);
    return success();
}

Status TarballWriter::appendSegment(const SegmentCache& cache, const QString& key)
{
    if (const Status ok = d->usable(); !ok)
        return ok;
    // Until the first byte is copied, a missing or unsuitable entry (evicted meanwhile by another
    // process, say) is not fatal: the caller can still write the entries afresh.
    const auto entry = cache.lookup(key);
    if (!entry)
        return entry.errorInfo();
    if (const Status ok = d->checkAppendable(*entry); !ok)
        return ok;
    QFile file(entry->path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            ErrorKind::Io, tr("Could not read the cached segment %1: %2").arg(entry->path, file.errorString()));
    if (file.size() != entry->compressedBytes + SegmentCache::TrailerSize)
        return Status::failure(ErrorKind::Io, tr("The cached segment %1 changed while being read").arg(entry->path));
    if (const Status ok = d->prepareAppend(); !ok)
        return ok;
    // Copied a block at a time: memory stays bounded, and a cancel is noticed between blocks.
    qint64 left = entry->compressedBytes;
    while (left > 0) {
        if (d->cancelled())
            return d->fail(Status::cancelled());
        QByteArray chunk = file.read(std::min(left, d->m_encoder->blockSize()));
        if (chunk.isEmpty())
            return d->fail(Status::failure(ErrorKind::Io,
                tr("Could not read the cached segment %1: %2")
                    .arg(entry->path,
                        file.error() != QFileDevice::NoError ? file.errorString()
                                                             : tr("the file is shorter than its trailer says"))));
        left -= chunk.size();
        if (const Status appended = d->m_encoder->appendCompressed(std::move(chunk)); !appended)
            return d->fail(appended);
    }
    return success();
}

Status TarballWriter::commit()
{
    if (const Status ok = d->usable(); !ok)
        return ok;
    if (d->m_inSegment)
        return d->fail(tr("Could not write %1: a segment is still open").arg(d->m_name));
    if (const Status finished = d->finishEntry(); !finished)
        return finished;
    // Writes the end-of-archive blocks through the encoder.
    if (const Status closed = d->m_tar->close(); !closed)
        return d->fail(closed);
    if (const Status finished = d->m_encoder->finish(); !finished)
        return d->fail(finished);
    if (d->m_file) {
        if (const Status committed = d->m_file->commit(d->m_options.sync); !committed)
            return d->fail(committed);
    }
    d->m_tar.reset();
    d->m_encoder.reset();
    d->m_state = Private::State::Closed;
    return success();
}

void TarballWriter::abort()
{
    d->discard();
    d->m_state = Private::State::Closed;
}

} // namespace habmesos
