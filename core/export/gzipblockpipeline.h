// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace habmesos {

// Compresses blocks into independent gzip members (libdeflate) on a few worker threads and hands
// the members back in submission order on the submitting thread. At most `maxInFlight` blocks are
// queued or compressed at a time: submit() waits for the oldest to be delivered when full, so
// memory stays bounded whatever the input size. Not a general pool: one producer thread.
// A raised cancel flag makes the next call fail with Result::cancelled().
class GzipBlockPipeline
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::GzipBlockPipeline)
public:
    // Called on the submitting thread, in submission order, with each block's gzip member (or
    // the bytes given to submitCompressed()). An error stops the pipeline and is returned by the
    // submit()/drain() call that delivered it and by every later call.
    using Deliver = std::function<Status(QByteArrayView member)>;

    GzipBlockPipeline(int level, int threads, int maxInFlight, const std::atomic_bool* cancel);
    ~GzipBlockPipeline();
    GzipBlockPipeline(const GzipBlockPipeline&) = delete;
    GzipBlockPipeline& operator=(const GzipBlockPipeline&) = delete;

    // Fails when libdeflate cannot allocate a compressor for the level.
    Status start();
    // An empty block produces no member, but `deliver` still runs (with empty bytes) in order.
    Status submit(QByteArray block, Deliver deliver);
    // Bytes already compressed (a cached segment): delivered in order, not recompressed.
    Status submitCompressed(QByteArray member, Deliver deliver);
    // Waits until everything submitted has been delivered.
    Status drain();
    // Stops the workers; queued blocks are dropped without being delivered.
    void stop();

private:
    struct Job
    {
        QByteArray input;
        QByteArray output;
        Deliver deliver;
        bool compress = true;
        bool done = false;
        bool failed = false;
    };

    Status enqueue(std::shared_ptr<Job> job);
    // Delivers finished jobs from the front, in order; waits for the front while more than
    // `keep` jobs remain.
    Status deliverReady(size_t keep);
    void workerLoop();
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    const int m_level;
    const int m_threads;
    const size_t m_maxInFlight;
    const std::atomic_bool* m_cancel;

    std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::condition_variable m_jobDone;
    std::deque<std::shared_ptr<Job>> m_pending; // waiting for a worker
    std::deque<std::shared_ptr<Job>> m_inFlight; // submission order, until delivered
    std::vector<std::thread> m_workers;
    bool m_stopping = false;
    std::optional<Error> m_error; // once failed, every later call fails with it
};

} // namespace habmesos
