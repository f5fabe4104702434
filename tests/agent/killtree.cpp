// SPDX-License-Identifier: Apache-2.0
#include "agent/killtree.h"

#include <QQueue>
#include <QSet>

#include <csignal>

namespace habmesos::test {

QList<ProcessEntry> KillTree::killtree(pid_t pid, int signal, bool groups, bool sessions)
{
    QList<ProcessEntry> processes = ProcessTable::processes();
    std::optional<ProcessEntry> root = ProcessTable::process(pid);

    QQueue<pid_t> queue;
    if (!root) {
        for (const ProcessEntry& p : processes) {
            if ((groups && p.group == pid) || (sessions && p.session == pid))
                queue.enqueue(p.pid);
        }
        if (queue.isEmpty())
            return {};
    } else {
        queue.enqueue(pid);
    }

    QSet<pid_t> visitedPids, visitedGroups, visitedSessions;
    QList<ProcessEntry> visited;
    if (root && (groups || sessions)) {
        if (auto parent = ProcessTable::process(root->parent)) {
            if (groups)
                visitedGroups.insert(parent->group);
            if (sessions)
                visitedSessions.insert(parent->session);
        }
    }

    while (!queue.isEmpty()) {
        const pid_t next = queue.dequeue();
        if (visitedPids.contains(next))
            continue;
        std::optional<ProcessEntry> process = ProcessTable::process(next);
        if (!process)
            continue;
        // Stopped, it cannot fork a child that init would adopt out of our sight.
        ::kill(next, SIGSTOP);
        visitedPids.insert(next);
        process->commandLine = ProcessTable::commandLine(next);
        visited.append(*process);
        processes = ProcessTable::processes();
        for (pid_t child : ProcessTable::children(next, processes))
            queue.enqueue(child);
        if (groups && !visitedGroups.contains(process->group)) {
            for (const ProcessEntry& p : processes) {
                if (p.group == process->group)
                    queue.enqueue(p.pid);
            }
            visitedGroups.insert(process->group);
        }
        if (sessions && !visitedSessions.contains(process->session)) {
            for (const ProcessEntry& p : processes) {
                if (p.session == process->session)
                    queue.enqueue(p.pid);
            }
            visitedSessions.insert(process->session);
        }
    }

    for (const ProcessEntry& p : visited)
        ::kill(p.pid, signal);
    for (const ProcessEntry& p : visited)
        ::kill(p.pid, SIGCONT);
    return visited;
}

} // namespace habmesos::test
