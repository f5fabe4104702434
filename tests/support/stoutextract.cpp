// SPDX-License-Identifier: Apache-2.0
#include "support/stoutextract.h"

#include <QFile>

#include <archive_entry.h>
#include <fcntl.h>
#include <unistd.h>

#include <memory>
#include <string>

namespace habmesos::test {

namespace {

// stout's path::join: one trailing separator off the first part, one leading off the second.
std::string joinPath(const std::string& a, const std::string& b)
{
    std::string left = a;
    if (!left.empty() && left.back() == '/')
        left.pop_back();
    std::string right = b;
    if (!right.empty() && right.front() == '/')
        right.erase(0, 1);
    return left + '/' + right;
}

// stout builds its messages as std::string + archive_error_string(): a NULL there would crash it too.
QString errorOf(archive* a)
{
    const char* text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : QStringLiteral("(no error message: stout would crash here)");
}

} // namespace

Status StoutExtract::extract(const QString& archivePath, const QString& destination, int flags)
{
    std::unique_ptr<archive, void (*)(archive*)> reader(archive_read_new(), [](archive* p) {
        archive_read_close(p);
        archive_read_free(p);
    });
    if (!reader)
        return Status::failure(QStringLiteral("archive_read_new failed"));
    archive_read_support_format_all(reader.get());
    archive_read_support_filter_all(reader.get());

    std::unique_ptr<archive, void (*)(archive*)> writer(archive_write_disk_new(), [](archive* p) {
        archive_write_close(p);
        archive_write_free(p);
    });
    if (!writer)
        return Status::failure(QStringLiteral("archive_write_disk_new failed"));
    archive_write_disk_set_options(writer.get(), flags);
    archive_write_disk_set_standard_lookup(writer.get());

    const int fd = ::open(QFile::encodeName(archivePath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Status::failure(QStringLiteral("%1: cannot open").arg(archivePath));
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer { fd };

    const size_t archiveBlockSize = 10240;
    if (archive_read_open_fd(reader.get(), fd, archiveBlockSize) != ARCHIVE_OK)
        return Status::failure(errorOf(reader.get()));

    const std::string dest = QFile::encodeName(destination).toStdString();
    for (;;) {
        archive_entry* entry = nullptr;
        int result = archive_read_next_header(reader.get(), &entry);
        if (result == ARCHIVE_EOF)
            break;
        if (result <= ARCHIVE_WARN)
            return Status::failure(QStringLiteral("Failed to read archive header: ") + errorOf(reader.get()));

        if (!dest.empty()) {
            // NULL when the entry is not a hardlink, and (in the C locale) when its target is not ASCII.
            const char* hardlinkTarget = archive_entry_hardlink_utf8(entry);
            if (hardlinkTarget != nullptr)
                archive_entry_update_hardlink_utf8(entry, joinPath(dest, hardlinkTarget).c_str());
            const char* pathname = archive_entry_pathname_utf8(entry);
            if (pathname == nullptr) {
                const char* raw = archive_entry_pathname(entry);
                return Status::failure(
                    QStringLiteral("archive_entry_pathname_utf8() is NULL for “%1”: Mesos' fetcher would crash here "
                                   "(path::join(destination, NULL))")
                        .arg(raw ? QString::fromUtf8(raw) : QStringLiteral("(no name)")));
            }
            archive_entry_update_pathname_utf8(entry, joinPath(dest, pathname).c_str());
        }

        result = archive_write_header(writer.get(), entry);
        if (result <= ARCHIVE_WARN)
            return Status::failure(QStringLiteral("Failed to write archive header: ") + errorOf(writer.get()));

        if (archive_entry_size(entry) > 0) {
            const void* buffer = nullptr;
            size_t size = 0;
            la_int64_t offset = 0;
            for (;;) {
                result = archive_read_data_block(reader.get(), &buffer, &size, &offset);
                if (result == ARCHIVE_EOF)
                    break;
                if (result <= ARCHIVE_WARN)
                    return Status::failure(
                        QStringLiteral("Failed to read archive data block: ") + errorOf(reader.get()));
                result = int(archive_write_data_block(writer.get(), buffer, size, offset));
                if (result <= ARCHIVE_WARN)
                    return Status::failure(
                        QStringLiteral("Failed to write archive data block: ") + errorOf(writer.get()));
            }
        }

        result = archive_write_finish_entry(writer.get());
        if (result <= ARCHIVE_WARN)
            return Status::failure(QStringLiteral("Failed to write archive finish entry: ") + errorOf(writer.get()));
    }
    return success();
}

} // namespace habmesos::test
