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

// ENOENT and ENOTDIR: nothing is there; anything else is a failure to read what is.
ErrorKind openErrorKind(int error)
{
    return error == ENOENT || error == ENOTDIR ? ErrorKind::NotFound : ErrorKind::Io;
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
    if (fd < 0) {
        const int error = errno;
        return Status::failure(
            openErrorKind(error), tr("%1: cannot open: %2").arg(shown, QString::fromLocal8Bit(std::strerror(error))));
    }
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        return Status::failure(
            ErrorKind::Io, tr("%1: cannot open: %2").arg(shown, QString::fromLocal8Bit(std::strerror(error))));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        // A FIFO or device would block or never end; a directory is simply not the file asked for.
        return Status::failure(S_ISDIR(st.st_mode) ? ErrorKind::Invalid : ErrorKind::Unsafe,
            tr("%1: not a regular file (%2)").arg(shown, kindOf(st.st_mode)));
    }
    // Reads of a regular file do not block anyway; clear the flag so that nothing depends on it.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Status::failure(ErrorKind::Io, tr("%1: cannot open: %2").arg(shown, file.errorString()));
    }
    return success();
}

Status RegularFile::check(const QString& path)
{
    QFile file;
    return open(file, path);
}

} // namespace habmesos
