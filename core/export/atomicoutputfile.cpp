// SPDX-License-Identifier: Apache-2.0
#include "export/atomicoutputfile.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
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

const QLatin1String PartialInfix(".partial-");

} // namespace

bool AtomicOutputFile::isTemporaryName(const QString& fileName, const QString& finalName)
{
    // mkostemp's six characters are letters and digits.
    static const QRegularExpression suffix(QStringLiteral("\\.partial-[A-Za-z0-9]{6}$"));
    if (!fileName.startsWith(u'.') || !suffix.match(fileName).hasMatch())
        return false;
    const qsizetype nameLength = fileName.size() - 1 - (PartialInfix.size() + 6);
    return finalName.isEmpty() ? nameLength > 0 : QStringView(fileName).mid(1, nameLength) == finalName;
}

qint64 AtomicOutputFile::removeIfAbandoned(const QString& temporaryPath)
{
    const QByteArray path = QFile::encodeName(temporaryPath);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return -1;
    qint64 freed = -1;
    struct stat st;
    // A writer holds its lock from before its file could be found until it is renamed or removed:
    // a lock that can be taken belongs to nobody. Held while unlinking, so that a writer that
    // created the file but has not locked it yet fails to lock it, or finds it gone, and retries.
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0) {
        struct stat named;
        // Still the file of that name (not replaced meanwhile) before it goes.
        if (::lstat(path.constData(), &named) == 0 && named.st_ino == st.st_ino && named.st_dev == st.st_dev
            && ::unlink(path.constData()) == 0)
            freed = qint64(st.st_size);
    }
    ::close(fd);
    return freed;
}

int AtomicOutputFile::removeAbandoned(const QString& finalPath)
{
    const QFileInfo info(finalPath);
    const QString finalName = info.fileName();
    if (finalName.isEmpty())
        return 0;
    const QDir dir = info.absoluteDir();
    int removed = 0;
    const QStringList candidates = dir.entryList(
        { QStringLiteral(".") + finalName + QStringLiteral(".partial-*") }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : candidates) {
        if (!isTemporaryName(name, finalName))
            continue;
        const qint64 freed = removeIfAbandoned(dir.filePath(name));
        if (freed >= 0) {
            ++removed;
            qCInfo(lcExport) << "removed" << dir.filePath(name) << "(left by a writer that died)";
        }
    }
    return removed;
}

AtomicOutputFile::AtomicOutputFile(QString finalPath)
    : m_finalPath(std::move(finalPath))
{ }

AtomicOutputFile::~AtomicOutputFile()
{
    discard();
}

Status AtomicOutputFile::failure(const QString& action, int error)
{
    const QString message
        = tr("Could not %1 %2: %3").arg(action, m_finalPath, QString::fromLocal8Bit(std::strerror(error)));
    discard();
    return Status::failure(ErrorKind::Io, message);
}

Status AtomicOutputFile::open()
{
    discard();
    const QFileInfo info(m_finalPath);
    if (info.fileName().isEmpty())
        return Status::failure(tr("“%1” is not a file name").arg(m_finalPath));
    removeAbandoned(m_finalPath);
    const QString pattern
        = info.absolutePath() + QStringLiteral("/.") + info.fileName() + PartialInfix + QStringLiteral("XXXXXX");
    // Another process's removeAbandoned() may take the new file's lock before this one does (and
    // remove it): then it is made again. Bounded, although one retry is all that race can need.
    for (int attempt = 0; attempt < 16; ++attempt) {
        QByteArray name = QFile::encodeName(pattern);
        const int fd = ::mkostemp(name.data(), O_CLOEXEC);
        if (fd < 0) {
            const int error = errno;
            m_tempPath.clear();
            return failure(tr("create a temporary file for"), error);
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            ::close(fd);
            if (error == EWOULDBLOCK)
                continue; // another process's removeAbandoned() holds it and removes it
            ::unlink(name.constData());
            m_tempPath.clear();
            return failure(tr("lock the temporary file for"), error);
        }
        struct stat own;
        struct stat named;
        if (::fstat(fd, &own) == 0 && ::lstat(name.constData(), &named) == 0 && own.st_ino == named.st_ino
            && own.st_dev == named.st_dev) {
            m_fd = fd;
            m_tempPath = QFile::decodeName(name);
            return success();
        }
        ::close(fd); // removed by another process's removeAbandoned() before the lock: made again
    }
    m_tempPath.clear();
    return failure(tr("create a temporary file for"), EEXIST);
}

Status AtomicOutputFile::write(const char* data, qint64 size)
{
    if (m_fd < 0)
        return Status::failure(ErrorKind::Io, tr("Could not write %1: the file is not open").arg(m_finalPath));
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return failure(tr("write"), errno);
        }
        if (n == 0)
            return failure(tr("write"), ENOSPC);
        data += n;
        size -= n;
    }
    return success();
}

Status AtomicOutputFile::commit(bool sync)
{
    if (m_fd < 0)
        return Status::failure(ErrorKind::Io, tr("Could not save %1: the file is not open").arg(m_finalPath));
    if (::fchmod(m_fd, 0666 & ~currentUmask()) != 0)
        return failure(tr("set the permissions of"), errno);
    if (sync && ::fsync(m_fd) != 0)
        return failure(tr("write"), errno);
    const int fd = m_fd;
    m_fd = -1;
    // The lock stays held (on a duplicate) until the file is renamed or removed: released any
    // earlier, another writer's removeAbandoned() could take it for a dead writer's file.
    const int lock = ::dup(fd);
    auto unlock = qScopeGuard([lock] {
        if (lock >= 0)
            ::close(lock);
    });
    // close() reports delayed write errors on some file systems (NFS): it must succeed too.
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(QFile::encodeName(m_tempPath).constData());
        m_tempPath.clear();
        return failure(tr("write"), error);
    }
    if (::rename(QFile::encodeName(m_tempPath).constData(), QFile::encodeName(m_finalPath).constData()) != 0) {
        const int error = errno;
        ::unlink(QFile::encodeName(m_tempPath).constData());
        m_tempPath.clear();
        return failure(tr("rename the finished file to"), error);
    }
    m_tempPath.clear();
    return success();
}

void AtomicOutputFile::discard()
{
    // Removed while still locked, for the same reason as in commit().
    if (!m_tempPath.isEmpty()) {
        ::unlink(QFile::encodeName(m_tempPath).constData());
        m_tempPath.clear();
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

} // namespace habmesos
