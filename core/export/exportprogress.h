// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <atomic>
#include <functional>

namespace habmesos {

// The export's progress in bytes of package input (the .hart files, or installed files' bytes).
// Workers add what they consume, from any thread; the exporting thread grows the total as the
// closure is discovered and reports, at most every Interval ms (and once more at the end), so
// that the caller's callback always runs on the thread that called ExportJob::run().
class ExportProgress
{
public:
    static constexpr int IntervalMs = 50;

    explicit ExportProgress(std::function<void(qint64 done, qint64 total)> report);

    bool reports() const { return bool(m_report); }
    void addToTotal(qint64 bytes) { m_total += bytes; }
    // Any thread. Negative to take back what is done again.
    void add(qint64 bytes) { m_done.fetch_add(bytes, std::memory_order_relaxed); }
    // `done` never decreases and never exceeds the total.
    void report(bool force = false);

private:
    std::function<void(qint64, qint64)> m_report;
    QElapsedTimer m_timer;
    qint64 m_total = 0;
    std::atomic<qint64> m_done = 0;
    qint64 m_lastDone = 0;
};

} // namespace habmesos
