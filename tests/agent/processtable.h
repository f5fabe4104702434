// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <sys/types.h>

namespace habmesos::test {

// One process as /proc/<pid>/stat shows it (what stout's os::process reads on Linux).
struct ProcessEntry
{
    pid_t pid = 0;
    pid_t parent = 0;
    pid_t group = 0;
    pid_t session = 0;
    char state = '?';
    QString command; // comm
    QString commandLine; // filled by those who need it, while the process is alive
};

// Processes from /proc, for the stand-in's killtree and its scan for what a task left behind.
class ProcessTable
{
public:
    static std::optional<ProcessEntry> process(pid_t pid);
    static QList<ProcessEntry> processes();
    // Direct children by parent pid (stout os::children(pid, processes, false)).
    static QList<pid_t> children(pid_t pid, const QList<ProcessEntry>& processes);
    // NUL-separated KEY=VALUE, or empty when unreadable.
    static QByteArray environment(pid_t pid);
    // The command line with spaces for the NULs.
    static QString commandLine(pid_t pid);
    // readlink of /proc/<pid>/root and /proc/<pid>/cwd.
    static QString rootDirectory(pid_t pid);
    static QString workingDirectory(pid_t pid);
};

} // namespace habmesos::test
