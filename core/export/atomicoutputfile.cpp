// SPDX-License-Identifier: Apache-2.0
#include "atomicoutputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace habmesos {

namespace {

// The process umask without changing it (umask(2) can only be read by setting it, which would
// race with other threads creating files).
mode_t currentUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        while (!status.atEnd()) {
            const QByteArray line = status.readLine();
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(mask & 0777);
            }
        }
    }
    return 022;
}

} // namespace

AtomicOutputFile::AtomicOutputFile(QString finalPath)
    : m_finalPath(std::move(finalPath))
{ }

AtomicOutputFile::~AtomicOutputFile()
{
    discard();
}

Status AtomicOutputFile::failure(const QString& action, int error)
{
    const QString message = QCoreApplication::translate("AtomicOutputFile", "Could not %1 %2: %3")
                                .arg(action, m_finalPath, QString::fromLocal8Bit(std::strerror(error)));
    discard();
    return Status::failure(message);
}

Status AtomicOutputFile::open()
{
    discard();
    if (isSink()) {
        m_sinkOpen = true;
        m_written = 0;
        return success();
    }
    const QFileInfo info(m_finalPath);
    if (info.fileName().isEmpty())
        return Status::failure(
            QCoreApplication::translate("AtomicOutputFile", "“%1” is not a file name").arg(m_finalPath));
    m_tempPath = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".partial-XXXXXX");
    QByteArray pattern = QFile::encodeName(m_tempPath);
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        m_tempPath.clear();
        return failure(QCoreApplication::translate("AtomicOutputFile", "create a temporary file for"), error);
    }
    m_fd = fd;
    m_tempPath = QFile::decodeName(pattern);
    m_written = 0;
    return success();
}

Status AtomicOutputFile::write(const char* data, qint64 size)
{
    if (m_sinkOpen) {
        m_written += size;
        return success();
    }
    if (m_fd < 0)
        return Status::failure(
            QCoreApplication::translate("AtomicOutputFile", "Could not write %1: the file is not open")
                .arg(m_finalPath));
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return failure(QCoreApplication::translate("AtomicOutputFile", "write"), errno);
        }
        if (n == 0)
            return failure(QCoreApplication::translate("AtomicOutputFile", "write"), ENOSPC);
        data += n;
        size -= n;
        m_written += n;
    }
    return success();
}

Status AtomicOutputFile::commit(bool sync)
{
    if (m_sinkOpen) {
        m_sinkOpen = false;
        return success();
    }
    if (m_fd < 0)
        return Status::failure(
            QCoreApplication::translate("AtomicOutputFile", "Could not save %1: the file is not open")
                .arg(m_finalPath));
    if (::fchmod(m_fd, 0666 & ~currentUmask()) != 0)
        return failure(QCoreApplication::translate("AtomicOutputFile", "set the permissions of"), errno);
    if (sync && ::fsync(m_fd) != 0)
        return failure(QCoreApplication::translate("AtomicOutputFile", "write"), errno);
    const int fd = m_fd;
    m_fd = -1;
    // close() reports delayed write errors on some file systems (NFS): it must succeed too.
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(QFile::encodeName(m_tempPath).constData());
        m_tempPath.clear();
        return failure(QCoreApplication::translate("AtomicOutputFile", "write"), error);
    }
    if (::rename(QFile::encodeName(m_tempPath).constData(), QFile::encodeName(m_finalPath).constData()) != 0) {
        const int error = errno;
        ::unlink(QFile::encodeName(m_tempPath).constData());
        m_tempPath.clear();
        return failure(QCoreApplication::translate("AtomicOutputFile", "rename the finished file to"), error);
    }
    m_tempPath.clear();
    return success();
}

void AtomicOutputFile::discard()
{
    m_sinkOpen = false;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_tempPath.isEmpty()) {
        ::unlink(QFile::encodeName(m_tempPath).constData());
        m_tempPath.clear();
    }
}

} // namespace habmesos
