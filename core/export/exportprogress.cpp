// SPDX-License-Identifier: Apache-2.0
#include "export/exportprogress.h"

#include <algorithm>

namespace habmesos {

ExportProgress::ExportProgress(std::function<void(qint64, qint64)> report)
    : m_report(std::move(report))
{
    m_timer.start();
}

void ExportProgress::report(bool force)
{
    if (!m_report || (!force && m_timer.elapsed() < IntervalMs))
        return;
    m_timer.restart();
    const qint64 done = std::max(m_lastDone, std::min(m_done.load(std::memory_order_relaxed), m_total));
    m_lastDone = done;
    m_report(done, m_total);
}

} // namespace habmesos
