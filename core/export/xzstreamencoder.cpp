// SPDX-License-Identifier: Apache-2.0
#include "export/xzstreamencoder.h"

namespace habmesos {

namespace {

QString lzmaMessage(lzma_ret ret)
{
    switch (ret) {
    case LZMA_MEM_ERROR:
        return XzStreamEncoder::tr("xz compression: out of memory");
    case LZMA_OPTIONS_ERROR:
        return XzStreamEncoder::tr("xz compression: unsupported preset");
    case LZMA_UNSUPPORTED_CHECK:
        return XzStreamEncoder::tr("xz compression: unsupported check");
    default:
        return XzStreamEncoder::tr("xz compression failed (liblzma error %1)").arg(int(ret));
    }
}

} // namespace

XzStreamEncoder::XzStreamEncoder(int preset, int threads, const std::atomic_bool* cancel, Sink sink)
    : m_preset(preset)
    , m_threads(std::max(1, threads))
    , m_cancel(cancel)
    , m_sink(std::move(sink))
    , m_out(1 << 20, Qt::Uninitialized)
{ }

XzStreamEncoder::~XzStreamEncoder()
{
    lzma_end(&m_stream);
}

Status XzStreamEncoder::start()
{
    if (m_preset < 0 || m_preset > 9)
        return Status::failure(tr("xz level %1 is not supported (0-9)").arg(m_preset));
    lzma_mt mt = {};
    mt.threads = uint32_t(m_threads);
    mt.block_size = 0; // the preset's default (3 x dictionary), as `xz -T` uses
    mt.timeout = 50; // ms: lzma_code() comes back to poll the cancel flag
    mt.preset = uint32_t(m_preset);
    mt.check = LZMA_CHECK_CRC64;
    const lzma_ret ret = lzma_stream_encoder_mt(&m_stream, &mt);
    if (ret != LZMA_OK)
        return Status::failure(lzmaMessage(ret));
    m_started = true;
    m_stream.next_out = reinterpret_cast<uint8_t*>(m_out.data());
    m_stream.avail_out = size_t(m_out.size());
    return success();
}

Status XzStreamEncoder::write(QByteArrayView data)
{
    m_stream.next_in = reinterpret_cast<const uint8_t*>(data.data());
    m_stream.avail_in = size_t(data.size());
    return run(LZMA_RUN);
}

Status XzStreamEncoder::finish()
{
    m_stream.next_in = nullptr;
    m_stream.avail_in = 0;
    return run(LZMA_FINISH);
}

Status XzStreamEncoder::run(lzma_action action)
{
    if (!m_started)
        return Status::failure(tr("xz compression was not started"));
    for (;;) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return Status::cancelled();
        const lzma_ret ret = lzma_code(&m_stream, action);
        if (ret != LZMA_OK && ret != LZMA_STREAM_END)
            return Status::failure(lzmaMessage(ret));
        const bool full = m_stream.avail_out == 0;
        if (full || ret == LZMA_STREAM_END) {
            const qsizetype produced = m_out.size() - qsizetype(m_stream.avail_out);
            if (produced > 0) {
                Status s = m_sink(QByteArrayView(m_out.constData(), produced));
                if (!s)
                    return s;
            }
            m_stream.next_out = reinterpret_cast<uint8_t*>(m_out.data());
            m_stream.avail_out = size_t(m_out.size());
        }
        if (ret == LZMA_STREAM_END)
            return success();
        if (action == LZMA_RUN && m_stream.avail_in == 0)
            return success();
    }
}

} // namespace habmesos
