// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QThreadPool>

namespace habmesos {

// The thread pool for the window's background jobs (scans, closure resolution), so that they
// neither queue behind nor hold up other users of the global pool. (The engine's scan and
// resolver fan out on pools of their own, so they never wait for threads their caller holds.)
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
