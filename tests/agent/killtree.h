// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "agent/processtable.h"

#include <QList>

namespace habmesos::test {

// stout's os::killtree (MESOS 3rdparty/stout/include/stout/os/posix/killtree.hpp), step for step:
// walk from `pid` (or, when it is gone, from the members of the group/session it led), stopping
// each visited process with SIGSTOP, queueing its children by parent pid and, if asked, every
// member of its process group and session (those of the root's parent count as visited, so
// nothing "up the tree" is hit); then `signal` to every visited process, then SIGCONT to each.
// The command executor (src/launcher/executor.cpp) calls it with groups = sessions = true.
class KillTree
{
public:
    // The visited processes, as they were when visited.
    static QList<ProcessEntry> killtree(pid_t pid, int signal, bool groups, bool sessions);
};

} // namespace habmesos::test
