// SPDX-License-Identifier: Apache-2.0
#include "package/regularfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace habmesos {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RegularFile", text);
}

} // namespace

QString RegularFile::kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return tr("a directory");
    if (S_ISFIFO(mode))
        return tr("a FIFO");
    if (S_ISCHR(mode))
        return tr("a character device");
    if (S_ISBLK(mode))
        return tr("a block device");
    if (S_ISSOCK(mode))
        return tr("a socket");
    return tr("an unknown kind of file");
}

Status RegularFile::open(QFile& file, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below anyway.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return Status::failure(tr("%1: cannot open: %2").arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        return Status::failure(tr("%1: cannot open: %2").arg(shown, QString::fromLocal8Bit(std::strerror(error))));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return Status::failure(tr("%1: not a regular file (%2)").arg(shown, kindOf(st.st_mode)));
    }
    // Reads of a regular file do not block anyway; clear the flag so that nothing depends on it.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Status::failure(tr("%1: cannot open: %2").arg(shown, file.errorString()));
    }
    return success();
}

Status RegularFile::check(const QString& path)
{
    QFile file;
    return open(file, path);
}

} // namespace habmesos
