// SPDX-License-Identifier: Apache-2.0
#include "export/tarballwriter.h"

#include "export/atomicoutputfile.h"
#include "export/gzipblockpipeline.h"
#include "logging.h"
#include "export/segmentcache.h"
#include "export/xzstreamencoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <archive.h>
#include <archive_entry.h>

namespace habmesos {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TarballWriter", text);
}

// Sizes below 8 GiB fit the ustar size field, so the header does not depend on them.
constexpr qint64 UstarMaxSize = 077777777777LL;

qint64 padded(qint64 size)
{
    return (size + 511) & ~qint64(511);
}

struct ArchiveEntryDeleter
{
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};
using ArchiveEntryPtr = std::unique_ptr<archive_entry, ArchiveEntryDeleter>;

bool isAscii(const QByteArray& bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// The names of an entry as raw UTF-8 bytes, the form libarchive is handed (never converted by it).
struct EntryNames
{
    QByteArray path;
    QByteArray linkTarget;
    QByteArray userName;
    QByteArray groupName;

    explicit EntryNames(const TarEntry& entry)
        : path(entry.memberName().toUtf8())
        , linkTarget(entry.memberLinkTarget().toUtf8())
        , userName(entry.userName().toUtf8())
        , groupName(entry.groupName().toUtf8())
    { }
    bool ascii() const { return isAscii(path) && isAscii(linkTarget) && isAscii(userName) && isAscii(groupName); }
};

// The names go in as bytes (archive_entry_copy_*, not the _utf8 setters): libarchive's pax writer
// reads the multibyte form, which the _utf8 setters leave NULL in a non-UTF-8 locale (a crash),
// and converts it by the locale, which would make the bytes depend on it.
ArchiveEntryPtr toArchiveEntry(const TarEntry& entry, const EntryNames& names, qint64 size)
{
    ArchiveEntryPtr e(archive_entry_new());
    if (!e)
        return e;
    archive_entry_copy_pathname(e.get(), names.path.constData());
    archive_entry_set_perm(e.get(), mode_t(entry.mode() & 07777));
    archive_entry_set_uid(e.get(), entry.uid());
    archive_entry_set_gid(e.get(), entry.gid());
    if (!names.userName.isEmpty())
        archive_entry_copy_uname(e.get(), names.userName.constData());
    if (!names.groupName.isEmpty())
        archive_entry_copy_gname(e.get(), names.groupName.constData());
    archive_entry_set_mtime(e.get(), time_t(entry.mtime()), 0);
    switch (entry.type()) {
    case TarEntry::Type::File:
        archive_entry_set_filetype(e.get(), AE_IFREG);
        archive_entry_set_size(e.get(), size);
        break;
    case TarEntry::Type::Directory:
        archive_entry_set_filetype(e.get(), AE_IFDIR);
        archive_entry_set_size(e.get(), 0);
        break;
    case TarEntry::Type::Symlink:
        archive_entry_set_filetype(e.get(), AE_IFLNK);
        archive_entry_copy_symlink(e.get(), names.linkTarget.constData());
        archive_entry_set_size(e.get(), 0);
        break;
    case TarEntry::Type::Hardlink:
        archive_entry_set_filetype(e.get(), AE_IFREG);
        archive_entry_copy_hardlink(e.get(), names.linkTarget.constData());
        archive_entry_set_size(e.get(), 0);
        break;
    }
    return e;
}

// One tar stream written by two libarchive writers that take turns entry by entry, both straight
// into the same callback. pax restricted: ustar headers unless a value needs an extended header
// (long names, large ids); GNU tar and bsdtar both read it. No blocking (bytes_per_block 0): every
// byte goes straight to the callback in order, and nothing is padded to a record at the end.
//
// Why two: libarchive's pax writer converts names from the C library's locale to UTF-8, so a
// non-ASCII name came out differently per locale (or crashed it, see toArchiveEntry()). Its
// hdrcharset=BINARY option stops the conversion but adds a "hdrcharset" record, and so a pax header,
// to every entry, which would change every tarball (and every cached segment) made so far. So
// entries whose names are all ASCII (the same bytes in every locale) go through a plain writer,
// unchanged, and only the others through a writer with hdrcharset=BINARY (opened when first needed).
// Only the plain one ends the stream.
class TarArchives
{
    Q_DECLARE_TR_FUNCTIONS(TarballWriter)
public:
    TarArchives(void* client, archive_write_callback* callback)
        : m_client(client)
        , m_callback(callback)
    { }
    ~TarArchives() { discard(); }
    TarArchives(const TarArchives&) = delete;
    TarArchives& operator=(const TarArchives&) = delete;

    Status open() { return openOne(&m_plain, false); }
    bool isOpen() const { return m_plain != nullptr; }

    // Makes the writer for `names` current, ending the other one's entry first.
    Status select(const EntryNames& names)
    {
        archive** wanted = names.ascii() ? &m_plain : &m_binary;
        if (!*wanted) {
            if (const Status opened = openOne(wanted, true); !opened)
                return opened;
        }
        if (*wanted != m_current && m_current) {
            if (archive_write_finish_entry(m_current) != ARCHIVE_OK)
                return Status::failure(errorString());
        }
        m_current = *wanted;
        return success();
    }
    archive* current() const { return m_current ? m_current : m_plain; }

    // Bytes of tar stream both have written.
    qint64 bytes() const
    {
        qint64 total = 0;
        for (archive* a : { m_plain, m_binary }) {
            if (a)
                total += archive_filter_bytes(a, 0);
        }
        return total;
    }

    // Ends the current entry (its padding), then the stream (the end-of-archive blocks).
    Status close()
    {
        if (archive_write_finish_entry(current()) != ARCHIVE_OK)
            return Status::failure(errorString());
        if (archive_write_close(m_plain) != ARCHIVE_OK) {
            m_current = m_plain;
            return Status::failure(errorString());
        }
        return success();
    }

    // Frees both; nothing more reaches the callback. Not archive_write_fail() then free(): in the
    // fatal state libarchive 3.6 skips the close of its output filter, which alone frees the
    // filter's buffer (a leak per abandoned writer). So they are closed as usual, and what the
    // close writes (the end of the archive) goes nowhere.
    void discard()
    {
        m_discarding = true;
        for (archive** a : { &m_plain, &m_binary }) {
            if (*a) {
                archive_write_close(*a);
                archive_write_free(*a);
                *a = nullptr;
            }
        }
        m_current = nullptr;
    }

    QString errorString() const
    {
        const char* text = current() ? archive_error_string(current()) : nullptr;
        return text ? QString::fromUtf8(text) : tr("unknown error");
    }

private:
    Status openOne(archive** slot, bool binary)
    {
        archive* a = archive_write_new();
        if (!a)
            return Status::failure(tr("out of memory (libarchive)"));
        auto failed = [&](const QString& what) {
            const char* text = archive_error_string(a);
            const QString message = tr("%1: %2").arg(what, text ? QString::fromUtf8(text) : tr("unknown error"));
            archive_write_fail(a);
            archive_write_free(a);
            return Status::failure(message);
        };
        if (archive_write_set_format_pax_restricted(a) != ARCHIVE_OK)
            return failed(tr("choosing the pax format"));
        if (binary && archive_write_set_format_option(a, "pax", "hdrcharset", "BINARY") != ARCHIVE_OK)
            return failed(tr("setting the pax option hdrcharset=BINARY"));
        if (archive_write_set_bytes_per_block(a, 0) != ARCHIVE_OK
            || archive_write_set_bytes_in_last_block(a, 1) != ARCHIVE_OK)
            return failed(tr("setting unblocked output"));
        if (archive_write_open(a, this, nullptr, forward, nullptr) != ARCHIVE_OK)
            return failed(tr("starting the tar stream"));
        *slot = a;
        if (!m_current)
            m_current = a;
        return success();
    }

    static la_ssize_t forward(archive* a, void* self, const void* buffer, size_t length)
    {
        auto* archives = static_cast<TarArchives*>(self);
        if (archives->m_discarding)
            return la_ssize_t(length);
        return archives->m_callback(a, archives->m_client, buffer, length);
    }

    void* m_client;
    archive_write_callback* m_callback;
    bool m_discarding = false;
    archive* m_plain = nullptr;
    archive* m_binary = nullptr;
    archive* m_current = nullptr;
};

la_ssize_t countBytes(archive*, void* counter, const void*, size_t length)
{
    *static_cast<qint64*>(counter) += qint64(length);
    return la_ssize_t(length);
}

// Sizes entries by writing their headers to a counting callback.
class TarSizeCounter
{
    // The file's tr() context, stated so that lupdate files these strings under it too.
    Q_DECLARE_TR_FUNCTIONS(TarballWriter)
public:
    TarSizeCounter()
        : m_archives(&m_bytes, countBytes)
    {
        m_opened = m_archives.open();
    }
    Result<qint64> size(const TarEntry& entry)
    {
        if (!m_opened)
            return Result<qint64>::failure(tr("sizing tar members: %1").arg(m_opened.error()));
        Status valid = entry.validate();
        if (!valid)
            return Result<qint64>::failure(valid.error());
        auto failure = [&](const QString& why) {
            return Result<qint64>::failure(tr("tar member “%1”: %2").arg(entry.memberName(), why));
        };
        // Below 8 GiB, size the header for an empty file and add the data arithmetically rather
        // than feeding libarchive's padding gigabytes of zeros.
        const bool small = entry.size() <= UstarMaxSize;
        const EntryNames names(entry);
        ArchiveEntryPtr e = toArchiveEntry(entry, names, small ? 0 : entry.size());
        if (!e)
            return failure(tr("out of memory (libarchive)"));
        if (const Status selected = m_archives.select(names); !selected)
            return failure(selected.error());
        const qint64 before = m_archives.bytes();
        // A warning would mean that libarchive changed something (a name it could not convert):
        // refused like in addEntry(), so that the size is that of what addEntry() writes.
        if (archive_write_header(m_archives.current(), e.get()) != ARCHIVE_OK
            || archive_write_finish_entry(m_archives.current()) != ARCHIVE_OK)
            return failure(m_archives.errorString());
        return m_archives.bytes() - before + (small ? padded(entry.size()) : 0);
    }

private:
    qint64 m_bytes = 0;
    TarArchives m_archives;
    Status m_opened = success();
};

// The bytes of one segment on their way into a cache file or memory.
struct SegmentCapture
{
    bool toMemory = false;
    QByteArray memory;
    std::unique_ptr<AtomicOutputFile> file; // null once failed: a cache problem never fails the export
    qint64 compressedBytes = 0;

    void append(QByteArrayView bytes)
    {
        compressedBytes += bytes.size();
        if (toMemory)
            memory.append(bytes.data(), bytes.size());
        if (file) {
            Status written = file->write(bytes.data(), bytes.size());
            if (!written) {
                qCWarning(lcExport) << "not caching the segment:" << written.error();
                file.reset();
            }
        }
    }
    void finish(qint64 tarBytes, int level, qint64 blockSize)
    {
        if (!file)
            return;
        const QByteArray trailer = SegmentCache::trailer(tarBytes, compressedBytes, level, blockSize);
        Status done = file->write(trailer.constData(), trailer.size());
        if (done)
            done = file->commit(false); // a lost cache entry only costs a recompression
        if (!done)
            qCWarning(lcExport) << "not caching the segment:" << done.error();
        file.reset();
    }
};

} // namespace

class TarballWriter::Private
{
    // The file's tr() context, stated so that lupdate files these strings under it too.
    Q_DECLARE_TR_FUNCTIONS(TarballWriter)
public:
    enum class State
    {
        Closed,
        Open,
        Failed
    };

    ~Private() { discard(); }

    static la_ssize_t writeCallback(archive*, void* self, const void* buffer, size_t length)
    {
        auto* p = static_cast<Private*>(self);
        Status s = p->output(static_cast<const char*>(buffer), qint64(length));
        return s ? la_ssize_t(length) : -1;
    }

    bool cancelled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }
    QString cancelledError() const { return tr("Writing %1 was cancelled").arg(m_file->finalPath()); }

    // Tar bytes from libarchive.
    Status output(const char* data, qint64 length)
    {
        if (!m_callbackError.isEmpty())
            return Status::failure(m_callbackError);
        while (length > 0) {
            const qint64 take = std::min(length, m_blockSize - qint64(m_block.size()));
            m_block.append(data, take);
            data += take;
            length -= take;
            if (m_block.size() >= m_blockSize) {
                Status flushed = flushBlock();
                if (!flushed) {
                    m_callbackError = flushed.error();
                    return flushed;
                }
            }
        }
        return success();
    }

    // Hands the current block on: to the compressors (gzip), the xz encoder or the file.
    // `closingSegment` also ends the current segment capture once its last member is written.
    Status flushBlock(bool closingSegment = false, qint64 segmentTarBytes = 0)
    {
        if (cancelled())
            return Status::failure(cancelledError());
        if (m_format != TarballFormat::Gzip) {
            Status s = m_xz ? m_xz->write(QByteArrayView(m_block)) : m_file->write(m_block.constData(), m_block.size());
            m_block.resize(0); // keeps the capacity, unlike clear()
            return s;
        }
        std::shared_ptr<SegmentCapture> capture = m_capture;
        if (m_block.isEmpty() && !(closingSegment && capture))
            return success();
        QByteArray block = std::move(m_block);
        m_block = QByteArray();
        m_block.reserve(m_blockSize);
        AtomicOutputFile* file = m_file.get();
        const int level = m_options.gzipLevel;
        const qint64 blockSize = m_blockSize;
        return m_pipeline->submit(std::move(block), [=](QByteArrayView member) -> Status {
            if (!member.isEmpty()) {
                Status s = file->write(member.data(), member.size());
                if (!s)
                    return s;
            }
            if (capture) {
                capture->append(member);
                if (closingSegment)
                    capture->finish(segmentTarBytes, level, blockSize);
            }
            return success();
        });
    }

    qint64 tarBytes() const { return m_tar ? m_tar->bytes() + m_appendedTarBytes : m_closedTarBytes; }

    void reportProgress(bool final)
    {
        if (!m_options.progress)
            return;
        if (!final && m_progressTimer.isValid() && m_progressTimer.elapsed() < m_options.progressIntervalMs)
            return;
        const qint64 done = tarBytes();
        if (done <= m_lastProgress) // never backwards, never the same value twice
            return;
        m_progressTimer.start();
        m_lastProgress = done;
        m_options.progress(done, m_options.progressTotal);
    }

    // Any failure: remember the message, drop everything, remove the temporary file.
    Status fail(const QString& message)
    {
        // The compressors only know that they were cancelled; say what was.
        const QString text = cancelled() ? cancelledError() : message;
        discard();
        m_state = State::Failed;
        m_error = text;
        return Status::failure(text);
    }

    Status archiveFailure(const QString& context)
    {
        if (!m_callbackError.isEmpty())
            return fail(m_callbackError);
        return fail(tr("Could not write %1: %2: %3")
                        .arg(m_file->finalPath(), context, m_tar ? m_tar->errorString() : tr("unknown error")));
    }

    void discard()
    {
        if (m_pipeline) {
            m_pipeline->stop();
            m_pipeline.reset();
        }
        m_xz.reset();
        m_tar.reset(); // without writing the end of the archive
        m_capture.reset();
        if (m_file)
            m_file->discard();
        m_block = QByteArray();
    }

    // Checks that we may go on: open, not failed, not cancelled.
    Status usable()
    {
        if (m_state == State::Failed)
            return Status::failure(m_error);
        if (m_state != State::Open)
            return Status::failure(tr("The tarball is not open"));
        if (cancelled())
            return fail(cancelledError());
        return success();
    }

    // Closes the current entry: its data must be complete; libarchive writes its padding.
    Status finishEntry()
    {
        if (m_remaining > 0)
            return fail(tr("Could not write %1: tar member “%2”: %3 of its %4 bytes are missing")
                            .arg(m_file->finalPath(), m_currentMember)
                            .arg(m_remaining)
                            .arg(m_currentSize));
        if (archive_write_finish_entry(m_tar->current()) != ARCHIVE_OK)
            return archiveFailure(tr("tar member “%1”").arg(m_currentMember));
        return success();
    }

    Status appendCompressed(QByteArray bytes)
    {
        AtomicOutputFile* file = m_file.get();
        Status s = m_pipeline->submitCompressed(
            std::move(bytes), [file](QByteArrayView b) { return file->write(b.data(), b.size()); });
        return s ? s : fail(s.error());
    }

    // Whether a segment can be appended here; no side effects, so that a refusal leaves the
    // writer usable (the caller then writes the entries afresh).
    Status checkAppendable(qint64 tarBytesOfSegment, int level, qint64 blockSize, const QString& what) const
    {
        if (m_format != TarballFormat::Gzip)
            return Status::failure(tr("Cannot append the compressed segment %1 to %2: only gzip tarballs take segments")
                                       .arg(what, m_file->finalPath()));
        if (m_capture || m_inSegment)
            return Status::failure(tr("Cannot append the compressed segment %1 inside a segment").arg(what));
        if (m_remaining > 0)
            return Status::failure(tr("Cannot append the compressed segment %1 before the data of “%2” is complete")
                                       .arg(what, m_currentMember));
        if (level != m_options.gzipLevel || blockSize != m_blockSize)
            return Status::failure(tr("Cannot append the compressed segment %1: it was made with gzip level %2 and "
                                      "%3-byte blocks, this tarball uses level %4 and %5-byte blocks")
                                       .arg(what)
                                       .arg(level)
                                       .arg(blockSize)
                                       .arg(m_options.gzipLevel)
                                       .arg(m_blockSize));
        if (tarBytesOfSegment < 0 || tarBytesOfSegment % 512 != 0)
            return Status::failure(tr("Cannot append the compressed segment %1: it is not whole tar blocks").arg(what));
        return success();
    }

    // Ends the current entry and gzip member, so that the segment starts on a member boundary.
    Status prepareAppend()
    {
        Status finished = finishEntry();
        if (!finished)
            return finished;
        Status flushed = flushBlock();
        return flushed ? flushed : fail(flushed.error());
    }

    TarballFormat m_format = TarballFormat::Gzip;
    TarballWriterOptions m_options;
    State m_state = State::Closed;
    QString m_error;
    QString m_callbackError;
    std::unique_ptr<AtomicOutputFile> m_file;
    std::unique_ptr<GzipBlockPipeline> m_pipeline;
    std::unique_ptr<XzStreamEncoder> m_xz;
    std::unique_ptr<TarArchives> m_tar;
    QByteArray m_block;
    qint64 m_blockSize = qint64(1) << 20;
    qint64 m_appendedTarBytes = 0;
    qint64 m_closedTarBytes = 0; // after commit()
    // The current file entry.
    QString m_currentMember;
    qint64 m_currentSize = 0;
    qint64 m_remaining = 0;
    bool m_inSegment = false;
    qint64 m_segmentStart = 0;
    std::shared_ptr<SegmentCapture> m_capture;
    QElapsedTimer m_progressTimer;
    qint64 m_lastProgress = -1;
};

TarballWriter::TarballWriter()
    : d(std::make_unique<Private>())
{ }

TarballWriter::~TarballWriter() = default;

bool TarballWriter::isOpen() const
{
    return d->m_state == Private::State::Open;
}

QString TarballWriter::finalPath() const
{
    return d->m_file ? d->m_file->finalPath() : QString();
}

qint64 TarballWriter::tarBytesWritten() const
{
    return d->tarBytes();
}

Status TarballWriter::open(const QString& finalPath, TarballFormat format, const TarballWriterOptions& options)
{
    abort();
    d->m_format = format;
    d->m_options = options;
    d->m_state = Private::State::Closed;
    d->m_error.clear();
    d->m_callbackError.clear();
    d->m_appendedTarBytes = 0;
    d->m_closedTarBytes = 0;
    d->m_remaining = 0;
    d->m_currentSize = 0;
    d->m_currentMember.clear();
    d->m_inSegment = false;
    d->m_lastProgress = -1;
    d->m_progressTimer.invalidate();
    d->m_file = std::make_unique<AtomicOutputFile>(finalPath);

    if (options.gzipBlockSize < 4096 || options.gzipBlockSize > (qint64(1) << 30))
        return Status::failure(tr("gzip block size %1 is out of range (4 KiB to 1 GiB)").arg(options.gzipBlockSize));
    d->m_blockSize = options.gzipBlockSize;
    int threads = options.threads > 0 ? options.threads : std::clamp(QThread::idealThreadCount(), 1, 4);

    Status opened = d->m_file->open();
    if (!opened)
        return d->fail(opened.error());
    d->m_state = Private::State::Open;

    if (format == TarballFormat::Gzip) {
        // Two blocks waiting beyond one per thread keep the workers busy while the producer
        // writes the oldest out; memory stays a few blocks whatever the input size.
        d->m_pipeline = std::make_unique<GzipBlockPipeline>(options.gzipLevel, threads, threads + 2, options.cancel);
        Status started = d->m_pipeline->start();
        if (!started)
            return d->fail(started.error());
    }
    if (format == TarballFormat::Xz) {
        AtomicOutputFile* file = d->m_file.get();
        d->m_xz = std::make_unique<XzStreamEncoder>(options.xzLevel, threads, options.cancel,
            [file](QByteArrayView b) { return file->write(b.data(), b.size()); });
        Status started = d->m_xz->start();
        if (!started)
            return d->fail(started.error());
    }
    d->m_block.reserve(d->m_blockSize);

    d->m_tar = std::make_unique<TarArchives>(d.get(), &Private::writeCallback);
    if (const Status started = d->m_tar->open(); !started)
        return d->fail(tr("Could not write %1: %2").arg(d->m_file->finalPath(), started.error()));
    d->reportProgress(false);
    return success();
}

Status TarballWriter::addEntry(const TarEntry& entry)
{
    Status ok = d->usable();
    if (!ok)
        return ok;
    Status valid = entry.validate();
    if (!valid)
        return d->fail(tr("Could not write %1: %2").arg(d->m_file->finalPath(), valid.error()));
    ok = d->finishEntry();
    if (!ok)
        return ok;
    const EntryNames names(entry);
    ArchiveEntryPtr e = toArchiveEntry(entry, names, entry.size());
    d->m_currentMember = entry.memberName();
    if (!e)
        return d->fail(tr("Could not write %1: tar member “%2”: out of memory (libarchive)")
                           .arg(d->m_file->finalPath(), d->m_currentMember));
    if (const Status selected = d->m_tar->select(names); !selected)
        return d->fail(tr("Could not write %1: tar member “%2”: %3")
                           .arg(d->m_file->finalPath(), d->m_currentMember, selected.error()));
    // A warning means libarchive changed something it was given (a name it could not convert):
    // the tarball would not hold what was asked for, or not the same bytes in every locale.
    if (archive_write_header(d->m_tar->current(), e.get()) != ARCHIVE_OK)
        return d->archiveFailure(tr("tar member “%1”").arg(d->m_currentMember));
    d->m_currentSize = entry.size();
    d->m_remaining = entry.size();
    d->reportProgress(false);
    return success();
}

Status TarballWriter::writeData(QByteArrayView data)
{
    Status ok = d->usable();
    if (!ok)
        return ok;
    if (data.size() > d->m_remaining)
        return d->fail(tr("Could not write %1: tar member “%2”: more data than its declared %3 bytes")
                           .arg(d->m_file->finalPath(), d->m_currentMember)
                           .arg(d->m_currentSize));
    const char* p = data.data();
    qint64 left = data.size();
    while (left > 0) {
        const la_ssize_t n = archive_write_data(d->m_tar->current(), p, size_t(left));
        if (n <= 0)
            return d->archiveFailure(tr("tar member “%1”").arg(d->m_currentMember));
        p += n;
        left -= n;
        d->m_remaining -= n;
    }
    d->reportProgress(false);
    return success();
}

Status TarballWriter::beginSegment()
{
    return beginSegment(SegmentOptions());
}

Status TarballWriter::beginSegment(const SegmentOptions& options)
{
    Status ok = d->usable();
    if (!ok)
        return ok;
    if (d->m_inSegment)
        return d->fail(tr("Could not write %1: a segment is already open").arg(d->m_file->finalPath()));
    if ((options.cache || options.keepInMemory) && d->m_format != TarballFormat::Gzip)
        return d->fail(tr("Could not write %1: only gzip tarballs can keep segments").arg(d->m_file->finalPath()));
    ok = d->finishEntry();
    if (!ok)
        return ok;
    ok = d->flushBlock();
    if (!ok)
        return d->fail(ok.error());
    d->m_inSegment = true;
    d->m_segmentStart = d->m_tar->bytes();
    if (options.cache || options.keepInMemory) {
        auto capture = std::make_shared<SegmentCapture>();
        capture->toMemory = options.keepInMemory;
        if (options.cache) {
            if (!SegmentCache::isValidKey(options.cacheKey))
                return d->fail(tr("Could not write %1: “%2” is not a segment cache key")
                                   .arg(d->m_file->finalPath(), options.cacheKey.left(140)));
            Status dir = options.cache->ensureDirectory();
            auto file = std::make_unique<AtomicOutputFile>(options.cache->filePath(options.cacheKey));
            if (dir)
                dir = file->open();
            if (dir)
                capture->file = std::move(file);
            else
                qCWarning(lcExport) << "not caching the segment:" << dir.error();
        }
        d->m_capture = std::move(capture);
    }
    return success();
}

Result<CompressedSegment> TarballWriter::endSegment()
{
    using R = Result<CompressedSegment>;
    Status ok = d->usable();
    if (!ok)
        return R::failure(ok.error());
    if (!d->m_inSegment)
        return R::failure(d->fail(tr("Could not write %1: no segment is open").arg(d->m_file->finalPath())).error());
    ok = d->finishEntry();
    if (!ok)
        return R::failure(ok.error());
    CompressedSegment segment;
    segment.tarBytes = d->m_tar->bytes() - d->m_segmentStart;
    segment.level = d->m_options.gzipLevel;
    segment.blockSize = d->m_blockSize;
    ok = d->flushBlock(true, segment.tarBytes);
    std::shared_ptr<SegmentCapture> capture = std::move(d->m_capture);
    d->m_inSegment = false;
    if (ok && capture && capture->toMemory) {
        ok = d->m_pipeline->drain();
        segment.data = std::move(capture->memory);
    }
    if (!ok)
        return R::failure(d->fail(ok.error()).error());
    return segment;
}

Status TarballWriter::appendSegment(const CompressedSegment& segment)
{
    Status ok = d->usable();
    if (!ok)
        return ok;
    ok = d->checkAppendable(segment.tarBytes, segment.level, segment.blockSize, tr("(in memory)"));
    if (!ok)
        return ok;
    if (segment.tarBytes > 0 && segment.data.isEmpty())
        return Status::failure(tr("Cannot append a compressed segment that was not kept in memory"));
    ok = d->prepareAppend();
    if (ok)
        ok = d->appendCompressed(segment.data);
    if (!ok)
        return ok;
    d->m_appendedTarBytes += segment.tarBytes;
    d->reportProgress(false);
    return success();
}

Status TarballWriter::appendSegment(const SegmentCache& cache, const QString& key)
{
    Status ok = d->usable();
    if (!ok)
        return ok;
    // Until the first byte is copied, a missing or unsuitable entry (evicted meanwhile by another
    // process, say) is not fatal: the caller can still write the entries afresh.
    auto entry = cache.lookup(key);
    if (!entry)
        return Status::failure(entry.error());
    ok = d->checkAppendable(entry->tarBytes, entry->level, entry->blockSize, entry->path);
    if (!ok)
        return ok;
    QFile file(entry->path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Could not read the cached segment %1: %2").arg(entry->path, file.errorString()));
    if (file.size() != entry->compressedBytes + SegmentCache::TrailerSize)
        return Status::failure(tr("The cached segment %1 changed while being read").arg(entry->path));
    ok = d->prepareAppend();
    if (!ok)
        return ok;
    // Copied a block at a time: memory stays bounded, and a cancel is noticed between blocks.
    qint64 left = entry->compressedBytes;
    while (left > 0) {
        if (d->cancelled())
            return d->fail(d->cancelledError());
        QByteArray chunk = file.read(std::min(left, d->m_blockSize));
        if (chunk.isEmpty())
            return d->fail(
                tr("Could not read the cached segment %1: %2")
                    .arg(entry->path,
                        file.error() != QFileDevice::NoError ? file.errorString()
                                                             : tr("the file is shorter than its trailer says")));
        left -= chunk.size();
        ok = d->appendCompressed(std::move(chunk));
        if (!ok)
            return ok;
    }
    d->m_appendedTarBytes += entry->tarBytes;
    d->reportProgress(false);
    return success();
}

Status TarballWriter::commit()
{
    Status ok = d->usable();
    if (!ok)
        return ok;
    if (d->m_inSegment)
        return d->fail(tr("Could not write %1: a segment is still open").arg(d->m_file->finalPath()));
    ok = d->finishEntry();
    if (!ok)
        return ok;
    // Writes the end-of-archive blocks through the callback.
    if (const Status closed = d->m_tar->close(); !closed)
        return d->archiveFailure(tr("ending the tar stream"));
    ok = d->flushBlock();
    if (ok && d->m_pipeline)
        ok = d->m_pipeline->drain();
    if (ok && d->m_xz)
        ok = d->m_xz->finish();
    if (!ok)
        return d->fail(ok.error());
    if (d->cancelled())
        return d->fail(d->cancelledError());
    d->reportProgress(true);
    if (d->m_pipeline) {
        d->m_pipeline->stop();
        d->m_pipeline.reset();
    }
    ok = d->m_file->commit(d->m_options.sync);
    if (!ok)
        return d->fail(ok.error());
    d->m_closedTarBytes = d->tarBytes();
    d->m_tar.reset();
    d->m_state = Private::State::Closed;
    return success();
}

void TarballWriter::abort()
{
    d->discard();
    d->m_state = Private::State::Closed;
}

Result<qint64> TarballWriter::entryTarSize(const TarEntry& entry)
{
    TarSizeCounter counter;
    return counter.size(entry);
}

Result<qint64> TarballWriter::tarStreamSize(const QList<TarEntry>& entries)
{
    TarSizeCounter counter;
    qint64 total = EndOfArchiveSize;
    for (const TarEntry& entry : entries) {
        auto size = counter.size(entry);
        if (!size)
            return size;
        total += *size;
    }
    return total;
}

} // namespace habmesos
