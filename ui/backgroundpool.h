// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QThreadPool>

namespace habmesos {

// The thread pool for the window's background jobs (scans, closure resolution). Not the global
// pool: the engine's scan and resolver fan out on the global pool and wait for their parts, so
// outer jobs taking the global pool's threads (as many as there are cores) could starve them
// for ever, e.g. a rescan and a closure at once on a two-core machine.
inline QThreadPool* backgroundPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(4);
        return p;
    }();
    return pool;
}

} // namespace habmesos
