// SPDX-License-Identifier: Apache-2.0
#include "agentextract.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <fcntl.h>
#include <memory>
#include <unistd.h>

static_assert(habmesos::test::AgentExtract::MesosFlags == (ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_NODOTDOT));

namespace habmesos::test {

std::string AgentExtract::join(const std::string& a, const std::string& b)
{
    // stout: strings::remove(path1, "/", SUFFIX) + "/" + strings::remove(path2, "/", PREFIX).
    std::string left = a;
    if (!left.empty() && left.back() == '/')
        left.pop_back();
    std::string right = b;
    if (!right.empty() && right.front() == '/')
        right.erase(0, 1);
    return left + "/" + right;
}

std::string AgentExtract::extractRaw(const std::string& source, const std::string& destination, int flags)
{
    auto text = [](archive* a) {
        const char* s = archive_error_string(a);
        return std::string(s ? s : "(no libarchive message)");
    };
    std::unique_ptr<archive, void (*)(archive*)> reader(archive_read_new(), [](archive* p) {
        archive_read_close(p);
        archive_read_free(p);
    });
    archive_read_support_format_all(reader.get());
    archive_read_support_filter_all(reader.get());
    std::unique_ptr<archive, void (*)(archive*)> writer(archive_write_disk_new(), [](archive* p) {
        archive_write_close(p);
        archive_write_free(p);
    });
    archive_write_disk_set_options(writer.get(), flags);
    archive_write_disk_set_standard_lookup(writer.get());

    const int fd = ::open(source.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return "Failed to open '" + source + "'";
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer { fd };

    if (archive_read_open_fd(reader.get(), fd, 10240) != ARCHIVE_OK)
        return text(reader.get());

    for (;;) {
        archive_entry* entry = nullptr;
        int result = archive_read_next_header(reader.get(), &entry);
        if (result == ARCHIVE_EOF)
            break;
        if (result <= ARCHIVE_WARN)
            return "Failed to read archive header: " + text(reader.get());
        if (!destination.empty()) {
            const char* hardlink = archive_entry_hardlink_utf8(entry);
            if (hardlink != nullptr)
                archive_entry_update_hardlink_utf8(entry, join(destination, hardlink).c_str());
            const char* name = archive_entry_pathname_utf8(entry);
            if (name == nullptr) {
                // stout passes this NULL to path::join (std::string from nullptr): Mesos would crash.
                const char* raw = archive_entry_pathname(entry);
                return "archive_entry_pathname_utf8() returned NULL for '" + std::string(raw ? raw : "?")
                    + "': Mesos would crash here (path::join on a NULL name)";
            }
            archive_entry_update_pathname_utf8(entry, join(destination, name).c_str());
        }
        result = archive_write_header(writer.get(), entry);
        if (result <= ARCHIVE_WARN)
            return "Failed to write archive header: " + text(writer.get());
        if (archive_entry_size(entry) > 0) {
            for (;;) {
                const void* buffer = nullptr;
                size_t size = 0;
                la_int64_t offset = 0;
                result = archive_read_data_block(reader.get(), &buffer, &size, &offset);
                if (result == ARCHIVE_EOF)
                    break;
                if (result <= ARCHIVE_WARN)
                    return "Failed to read archive data block: " + text(reader.get());
                result = int(archive_write_data_block(writer.get(), buffer, size, offset));
                if (result <= ARCHIVE_WARN)
                    return "Failed to write archive data block: " + text(writer.get());
            }
        }
        result = archive_write_finish_entry(writer.get());
        if (result <= ARCHIVE_WARN)
            return "Failed to write archive finish entry: " + text(writer.get());
    }
    return {};
}

Status AgentExtract::extract(const QString& archive, const QString& destination, int flags)
{
    const std::string error
        = extractRaw(QFile::encodeName(archive).toStdString(), QFile::encodeName(destination).toStdString(), flags);
    if (!error.empty())
        return Status::failure(archive + QStringLiteral(": ") + QString::fromLocal8Bit(error.c_str()));
    return success();
}

} // namespace habmesos::test
