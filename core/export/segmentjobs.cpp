// SPDX-License-Identifier: Apache-2.0
#include "export/segmentjobs.h"

#include <chrono>

namespace habmesos {

SegmentJobs::SegmentJobs(int threads)
{
    m_pool.setMaxThreadCount(threads);
}

SegmentJobs::~SegmentJobs()
{
    m_pool.waitForDone();
}

void SegmentJobs::start(qsizetype index, Work work)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs[index] = std::nullopt;
    }
    m_pool.start([this, index, work = std::move(work)] {
        ArtifactStreamer::Prepared prepared = work();
        {
            std::lock_guard lock(m_mutex);
            m_jobs[index] = std::move(prepared);
        }
        m_finished.notify_all();
    });
}

bool SegmentJobs::contains(qsizetype index) const
{
    std::lock_guard lock(m_mutex);
    return m_jobs.count(index) > 0;
}

std::optional<ArtifactStreamer::Prepared> SegmentJobs::take(
    qsizetype index, const WhileWaiting& whileWaiting, int intervalMs)
{
    std::unique_lock lock(m_mutex);
    const auto job = m_jobs.find(index);
    if (job == m_jobs.end())
        return std::nullopt;
    const auto done = [&] { return job->second.has_value(); };
    while (!done()) {
        if (!whileWaiting || intervalMs <= 0) {
            m_finished.wait(lock, done);
            break;
        }
        // Woken by the job's end; the interval only paces what the caller does meanwhile
        // (progress reports, its cancel flag, which nobody signals).
        if (m_finished.wait_for(lock, std::chrono::milliseconds(intervalMs), done))
            break;
        lock.unlock();
        const bool keepWaiting = whileWaiting();
        lock.lock();
        if (!keepWaiting)
            return std::nullopt;
    }
    std::optional<ArtifactStreamer::Prepared> out = std::move(job->second);
    m_jobs.erase(job);
    return out;
}

} // namespace habmesos
