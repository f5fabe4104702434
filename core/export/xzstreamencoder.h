// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <atomic>
#include <functional>

#include <lzma.h>

namespace habmesos {

// liblzma's multi-threaded .xz encoder behind a small push interface. Used instead of
// libarchive's xz filter because that one calls lzma_code() without a way back to us: a single
// write could block for as long as a 24 MiB block takes to compress (seconds), so a cancel went
// unnoticed. Here lzma_code() returns at least every 50 ms and the cancel flag is polled.
// The threaded encoder is used even for one thread: its output depends on the preset (block
// size) only, never on the thread count, so .txz files are reproducible on any machine.
// A raised cancel flag makes the current call fail with Result::cancelled().
class XzStreamEncoder
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::XzStreamEncoder)
public:
    using Sink = std::function<Status(QByteArrayView compressed)>;

    XzStreamEncoder(int preset, int threads, const std::atomic_bool* cancel, Sink sink);
    ~XzStreamEncoder();
    XzStreamEncoder(const XzStreamEncoder&) = delete;
    XzStreamEncoder& operator=(const XzStreamEncoder&) = delete;

    Status start();
    Status write(QByteArrayView data);
    // Flushes the rest and the stream footer.
    Status finish();

private:
    Status run(lzma_action action);

    int m_preset;
    int m_threads;
    const std::atomic_bool* m_cancel;
    Sink m_sink;
    lzma_stream m_stream = LZMA_STREAM_INIT;
    bool m_started = false;
    QByteArray m_out;
};

} // namespace habmesos
