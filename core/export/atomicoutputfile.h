// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace habmesos {

// A file that appears under its final name only when complete: the data goes to a hidden
// temporary file beside it (".<name>.partial-XXXXXX"), commit() renames it into place in one
// step, and anything else (discard(), an error, destruction) removes the temporary file.
// Written with POSIX calls rather than QSaveFile so that every error carries errno's own text
// ("No space left on device") and the temporary file's name and mode are ours.
//
// A writer that dies (a crash, SIGKILL) cannot remove its temporary file, so the temporary file is
// locked (flock) while it is written, and open() removes the temporaries of the same final name
// whose lock it can take: their writer is gone (the kernel drops a dead process's locks). A
// temporary a live writer holds, and any other file, are never touched.
// Failures to create, write or rename the file are of kind Io.
class AtomicOutputFile
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::AtomicOutputFile)
public:
    explicit AtomicOutputFile(QString finalPath);
    ~AtomicOutputFile();
    AtomicOutputFile(const AtomicOutputFile&) = delete;
    AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;

    // Also removes abandoned temporaries of the same final name first (removeAbandoned()).
    Status open();
    // Writes everything or fails with a message naming the final path and the cause.
    Status write(const char* data, qint64 size);
    // Makes the file readable like any new file (0666 & ~umask), optionally fsyncs it, and renames
    // it over the final name. On failure the temporary file is removed.
    Status commit(bool sync);
    // Closes and removes the temporary file; harmless when not open.
    void discard();

    bool isOpen() const { return m_fd >= 0; }
    const QString& finalPath() const { return m_finalPath; }

    // Whether `fileName` has the form of this class's temporaries of `finalName`
    // (".<finalName>.partial-" and six letters or digits). An empty finalName: of any file.
    static bool isTemporaryName(const QString& fileName, const QString& finalName = QString());
    // Removes the temporary file at `temporaryPath` when no live writer holds it; returns the
    // bytes freed, or -1 when it was kept (held, gone, not a regular file, not removable).
    static qint64 removeIfAbandoned(const QString& temporaryPath);
    // Removes the abandoned temporaries of `finalPath`; returns how many.
    static int removeAbandoned(const QString& finalPath);

private:
    Status failure(const QString& action, int error);

    QString m_finalPath;
    QString m_tempPath;
    int m_fd = -1;
};

} // namespace habmesos
