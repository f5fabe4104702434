// SPDX-License-Identifier: Apache-2.0
#include "export/gzipblockpipeline.h"

#include <libdeflate.h>

namespace habmesos {

GzipBlockPipeline::GzipBlockPipeline(int level, int threads, int maxInFlight, const std::atomic_bool* cancel)
    : m_level(level)
    , m_threads(std::max(1, threads))
    , m_maxInFlight(size_t(std::max(maxInFlight, 1)))
    , m_cancel(cancel)
{ }

GzipBlockPipeline::~GzipBlockPipeline()
{
    stop();
}

Status GzipBlockPipeline::start()
{
    // Fail early (in the caller's thread) when the level is out of libdeflate's range.
    libdeflate_compressor* probe = libdeflate_alloc_compressor(m_level);
    if (!probe)
        return Status::failure(tr("gzip level %1 is not supported (0-12)").arg(m_level));
    libdeflate_free_compressor(probe);
    m_stopping = false;
    for (int i = 0; i < m_threads; ++i)
        m_workers.emplace_back([this] { workerLoop(); });
    return success();
}

void GzipBlockPipeline::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_pending.clear();
    }
    m_workAvailable.notify_all();
    for (std::thread& t : m_workers)
        t.join();
    m_workers.clear();
    m_inFlight.clear();
}

void GzipBlockPipeline::workerLoop()
{
    // One compressor per thread: libdeflate compressors are not thread-safe, and allocating one
    // per block would cost more than compressing a small block.
    libdeflate_compressor* compressor = libdeflate_alloc_compressor(m_level);
    for (;;) {
        std::shared_ptr<Job> job;
        {
            std::unique_lock lock(m_mutex);
            m_workAvailable.wait(lock, [this] { return m_stopping || !m_pending.empty(); });
            if (m_stopping)
                break;
            job = std::move(m_pending.front());
            m_pending.pop_front();
        }
        bool failed = !compressor;
        if (compressor) {
            const size_t bound = libdeflate_gzip_compress_bound(compressor, size_t(job->input.size()));
            job->output.resize(qsizetype(bound));
            const size_t n = libdeflate_gzip_compress(
                compressor, job->input.constData(), size_t(job->input.size()), job->output.data(), bound);
            failed = n == 0;
            job->output.resize(qsizetype(n));
        }
        job->input = QByteArray(); // free the input as soon as possible: memory is bounded by jobs in flight
        {
            std::lock_guard lock(m_mutex);
            job->done = true;
            job->failed = failed;
        }
        m_jobDone.notify_all();
    }
    if (compressor)
        libdeflate_free_compressor(compressor);
}

Status GzipBlockPipeline::submit(QByteArray block, Deliver deliver)
{
    auto job = std::make_shared<Job>();
    job->input = std::move(block);
    job->deliver = std::move(deliver);
    job->compress = !job->input.isEmpty();
    return enqueue(std::move(job));
}

Status GzipBlockPipeline::submitCompressed(QByteArray member, Deliver deliver)
{
    auto job = std::make_shared<Job>();
    job->output = std::move(member);
    job->deliver = std::move(deliver);
    job->compress = false;
    return enqueue(std::move(job));
}

Status GzipBlockPipeline::enqueue(std::shared_ptr<Job> job)
{
    if (m_error)
        return *m_error;
    // Make room first, so that no more than m_maxInFlight blocks ever exist at once.
    Status room = deliverReady(m_maxInFlight - 1);
    if (!room)
        return room;
    {
        std::lock_guard lock(m_mutex);
        if (!job->compress)
            job->done = true;
        m_inFlight.push_back(job);
        if (job->compress)
            m_pending.push_back(job);
    }
    if (job->compress)
        m_workAvailable.notify_one();
    // Write out whatever is already finished without waiting.
    return deliverReady(m_maxInFlight);
}

Status GzipBlockPipeline::drain()
{
    if (m_error)
        return *m_error;
    return deliverReady(0);
}

Status GzipBlockPipeline::deliverReady(size_t keep)
{
    for (;;) {
        std::shared_ptr<Job> front;
        {
            std::unique_lock lock(m_mutex);
            if (m_inFlight.empty())
                return success();
            // A cancel takes effect within a block's time: checked before each wait for one.
            if (!m_inFlight.front()->done) {
                if (m_inFlight.size() <= keep)
                    return success();
                if (cancelled()) {
                    m_error = Error::cancelled();
                    return *m_error;
                }
                m_jobDone.wait(lock, [&] { return m_inFlight.front()->done; });
            }
            front = std::move(m_inFlight.front());
            m_inFlight.pop_front();
        }
        if (front->failed) {
            m_error = Error { ErrorKind::Invalid, tr("gzip compression failed (out of memory?)") };
            return *m_error;
        }
        if (front->deliver) {
            Status delivered = front->deliver(QByteArrayView(front->output));
            if (!delivered) {
                m_error = delivered.errorInfo();
                return delivered;
            }
        }
    }
}

} // namespace habmesos
