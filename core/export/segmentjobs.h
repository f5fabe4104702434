// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/artifactstreamer.h"

#include <QThreadPool>

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>

namespace habmesos {

// Artifacts compressed into the segment cache ahead of the exporting thread, several at once, on
// a pool of their own (never the global one: a caller on a pool thread can never starve it). The
// exporting thread takes each result by its place in the tarball, in its own order, and sleeps
// until that one is done: the worker that finishes it wakes it.
class SegmentJobs
{
public:
    using Work = std::function<ArtifactStreamer::Prepared()>;
    // Called while waiting, at most every `intervalMs`; false stops the wait.
    using WhileWaiting = std::function<bool()>;

    explicit SegmentJobs(int threads);
    // Waits for the workers: raise their stop flag first, or they finish their artifacts.
    ~SegmentJobs();
    SegmentJobs(const SegmentJobs&) = delete;
    SegmentJobs& operator=(const SegmentJobs&) = delete;

    void start(qsizetype index, Work work);
    bool contains(qsizetype index) const;
    // The result of job `index` once it is done, or nothing when `whileWaiting` stopped the wait
    // (then the job stays). Without `whileWaiting` (or with intervalMs 0), waits for the job alone.
    std::optional<ArtifactStreamer::Prepared> take(
        qsizetype index, const WhileWaiting& whileWaiting = {}, int intervalMs = 0);

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_finished;
    std::map<qsizetype, std::optional<ArtifactStreamer::Prepared>> m_jobs; // started, done when set
    QThreadPool m_pool; // last: destroyed (and so waited for) before what the workers use
};

} // namespace habmesos
