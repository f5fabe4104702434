// SPDX-License-Identifier: Apache-2.0
#include "export/tararchives.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

namespace habmesos {

namespace {

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
ArchiveEntryPtr entryFor(const TarEntry& entry, const EntryNames& names)
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
        archive_entry_set_size(e.get(), entry.size());
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

} // namespace

TarArchives::TarArchives(QString name, Output output)
    : m_name(std::move(name))
    , m_output(std::move(output))
{ }

TarArchives::~TarArchives()
{
    discard();
}

Status TarArchives::open()
{
    return openOne(&m_plain, false);
}

Status TarArchives::failure(archive* a, const QString& context)
{
    // What the output refused (a full disk, a cancel) is the cause, whatever libarchive makes of it.
    if (m_outputFailed)
        return m_outputError;
    const char* text = a ? archive_error_string(a) : nullptr;
    return Status::failure(
        tr("Could not write %1: %2: %3").arg(m_name, context, text ? QString::fromUtf8(text) : tr("unknown error")));
}

Status TarArchives::openOne(archive** slot, bool binary)
{
    archive* a = archive_write_new();
    if (!a)
        return Status::failure(tr("Could not write %1: out of memory (libarchive)").arg(m_name));
    auto failed = [&](const QString& what) {
        const Status error = failure(a, what);
        archive_write_fail(a);
        archive_write_free(a);
        return error;
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

ssize_t TarArchives::forward(archive*, void* self, const void* buffer, size_t length)
{
    auto* archives = static_cast<TarArchives*>(self);
    // Refused while discarding: libarchive then stops at once rather than padding the current
    // entry out to its declared size (an endless file's terabyte of zeros).
    if (archives->m_discarding || archives->m_outputFailed)
        return -1;
    const Status taken = archives->m_output(QByteArrayView(static_cast<const char*>(buffer), qsizetype(length)));
    if (!taken) {
        archives->m_outputFailed = true;
        archives->m_outputError = taken.errorInfo();
        return -1;
    }
    return ssize_t(length);
}

Status TarArchives::writeHeader(const TarEntry& entry)
{
    const EntryNames names(entry);
    m_member = entry.memberName();
    const QString context = tr("tar member “%1”").arg(m_member);
    archive** wanted = names.ascii() ? &m_plain : &m_binary;
    if (!*wanted) {
        if (const Status opened = openOne(wanted, true); !opened)
            return opened;
    }
    // The other writer's entry ends first: its padding belongs before this header.
    if (*wanted != m_current && m_current && archive_write_finish_entry(m_current) != ARCHIVE_OK)
        return failure(m_current, context);
    m_current = *wanted;
    ArchiveEntryPtr e = entryFor(entry, names);
    if (!e)
        return Status::failure(tr("Could not write %1: %2: out of memory (libarchive)").arg(m_name, context));
    // A warning means libarchive changed something it was given (a name it could not convert):
    // the tarball would not hold what was asked for, or not the same bytes in every locale.
    if (archive_write_header(m_current, e.get()) != ARCHIVE_OK)
        return failure(m_current, context);
    return success();
}

Status TarArchives::writeData(QByteArrayView data)
{
    const char* p = data.data();
    qint64 left = data.size();
    while (left > 0) {
        const la_ssize_t n = archive_write_data(current(), p, size_t(left));
        if (n <= 0)
            return failure(current(), tr("tar member “%1”").arg(m_member));
        p += n;
        left -= n;
    }
    return success();
}

Status TarArchives::finishEntry()
{
    if (archive_write_finish_entry(current()) != ARCHIVE_OK)
        return failure(current(), tr("tar member “%1”").arg(m_member));
    return success();
}

Status TarArchives::close()
{
    if (const Status finished = finishEntry(); !finished)
        return finished;
    if (archive_write_close(m_plain) != ARCHIVE_OK)
        return failure(m_plain, tr("ending the tar stream"));
    return success();
}

// Not archive_write_fail() then free(): in the fatal state libarchive 3.6 skips the close of its
// output filter, which alone frees the filter's buffer (a leak per abandoned writer). So they are
// closed as usual, and what the close would write (the padding, the end of the archive) is
// refused by forward(): that makes only the output filter fatal, which is still closed and freed.
void TarArchives::discard()
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

qint64 TarArchives::bytes() const
{
    qint64 total = 0;
    for (archive* a : { m_plain, m_binary }) {
        if (a)
            total += archive_filter_bytes(a, 0);
    }
    return total;
}

archive* TarArchives::current() const
{
    return m_current ? m_current : m_plain;
}

} // namespace habmesos
