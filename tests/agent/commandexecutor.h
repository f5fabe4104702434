// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "agent/processtable.h"
#include "result.h"

#include <QByteArrayList>
#include <QList>
#include <QString>

namespace habmesos::test {

// The command executor (MESOS src/launcher/executor.cpp) for one task: `/bin/sh -c <cmd>` in the
// sandbox, in a session of its own (ChildHook::SETSID), stdout/stderr appended to the sandbox's
// stdout/stderr files. Kill: os::killtree(pid, SIGTERM, true, true), then, if the shell has not
// been reaped when the grace period ends, os::killtree(pid, SIGKILL, true, true).
//
// The stand-in is the children's subreaper so that it can reap what the task orphans, as init
// would on an agent (it changes no parent the kill path looks at: killtree walks down from the
// shell).
class CommandExecutor
{
public:
    struct Exit
    {
        bool exited = false; // true: code is valid; false: ended by `signal`
        int code = -1;
        int signal = 0;
        QString text() const;
    };
    struct Stop
    {
        double startedUptime = 0; // CLOCK_BOOTTIME seconds, the clock of /proc/uptime
        QList<ProcessEntry> termVisited;
        QList<ProcessEntry> killVisited; // empty unless the grace period ran out
        bool sigkill = false;
        double seconds = 0; // from the SIGTERM until the shell was reaped
    };

    ~CommandExecutor();

    Status launch(const QString& command, const QString& sandbox, const QByteArrayList& environment);
    pid_t pid() const { return m_pid; }
    // Reaps whatever child ended; true once the shell has been reaped.
    bool poll();
    bool exited() const { return m_exited; }
    Exit exit() const { return m_exit; }
    // Polls until the shell was reaped or `seconds` passed; true if it was.
    bool waitForExit(double seconds);
    Stop kill(double graceSeconds);

    static double uptime();

private:
    pid_t m_pid = -1;
    bool m_exited = false;
    Exit m_exit;
};

} // namespace habmesos::test
