// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace habmesos::test {

// What the agent stand-in saw of one task, as plain values; the mesos-agent-standin tool writes
// it as JSON ({"tasks": [...]}) and tests read it back.
struct AgentTaskReport
{
    struct Process
    {
        int pid = 0;
        int parent = 0;
        int group = 0;
        int session = 0;
        QString command; // comm
        QString commandLine;
    };
    struct Fetched
    {
        QString uri;
        QString localName;
        bool ok = false;
        bool extracted = false;
        bool fromCache = false;
        bool downloaded = false;
        QString error;
        qint64 bytes = 0; // moved by the download (0: served by the cache)
        QString cacheNote; // why a cached URI bypassed the agent's cache
    };

    QString taskId;
    QString mode; // "Mesos16" or "Mesos17"
    QString sandbox;
    bool placed = false; // false: no offer could hold the app's ports (placementError)
    QString placementError;
    QList<int> ports;
    QStringList environment; // KEY=VALUE as the shell got it
    QList<Fetched> fetch;
    bool fetchOk = false;
    QString fetchError;
    bool launched = false;
    bool readyFileAppeared = false;
    bool exitedBeforeKill = false;
    bool killed = false;
    double gracePeriodSeconds = 3;
    double killStartUptime = 0; // CLOCK_BOOTTIME, as /proc/uptime inside the chroot
    QList<Process> termVisited; // what killtree(SIGTERM) stopped and signalled
    QList<Process> killVisited; // what killtree(SIGKILL) did
    bool sigkillNeeded = false;
    double stopSeconds = 0;
    bool exited = false; // the shell's end: exit code, or the signal that ended it
    int exitCode = -1;
    int exitSignal = 0;
    QString exitText;
    QStringList mountsLeft; // mount points under the sandbox after the task (then unmounted)
    QList<Process> processesAtExit; // the task's processes alive when the shell was reaped
    QList<Process> processesLeft; // ... still alive a second later (then killed)
    QStringList notes;

    QJsonObject toJson() const;
    static AgentTaskReport fromJson(const QJsonObject& json);
    // A few lines for a failing test's message.
    QString summary() const;
};

} // namespace habmesos::test
