// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace habmesos {

struct TarballWriterOptions
{
    // libdeflate level. 6 is the lowest whose 1 MiB-block output stayed no larger than
    // `gzip -6` on this machine's libraries and documentation (5 was 0.5% larger on binaries),
    // at about three times gzip's speed per core.
    int gzipLevel = 6;
    // Tar bytes per gzip member. Small enough for a quick cancel and bounded memory, large
    // enough that the per-member restart costs < 0.1% of size.
    qint64 gzipBlockSize = qint64(1) << 20;
    // Compression threads (gzip and xz); 0: the machine's cores, at most 4.
    int threads = 0;
    // xz preset (liblzma's threaded encoder, whose output does not depend on the thread count).
    int xzLevel = 6;

    // Polled between blocks; when raised the writer aborts within ~100 ms and removes its file.
    const std::atomic_bool* cancel = nullptr;
    // Bytes of the uncompressed tar stream written so far and `progressTotal`, from the writing
    // thread, at most every `progressIntervalMs` and once more at commit(). Never decreases.
    std::function<void(qint64 done, qint64 total)> progress;
    // Give TarballWriter::tarStreamSize() of everything that will be written (cached segments
    // included): progress then ends exactly at the total.
    qint64 progressTotal = -1;
    int progressIntervalMs = 50;

    // fsync before the rename, so that a crash never leaves a truncated file under the final name.
    bool sync = true;
};

} // namespace habmesos
