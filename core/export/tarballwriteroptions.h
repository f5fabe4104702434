// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <atomic>

namespace habmesos {

struct TarballWriterOptions
{
    // libdeflate level. 5: on the Habitat corpus (shared/bench) its output is 0.993 of `gzip -6`'s
    // at 17% less CPU than level 6 (0.998); on binary-heavy data (LLVM, ICU) level 5 came out up
    // to 0.5% larger than gzip -6, level 6 0.3% smaller. Level 4 is larger than gzip -6 on both.
    int gzipLevel = 5;
    // Tar bytes per gzip member. Small enough for a quick cancel and bounded memory, large
    // enough that the per-member restart costs < 0.1% of size.
    qint64 gzipBlockSize = qint64(1) << 20;
    // Compression threads (gzip and xz); 0: the machine's cores, at most 4.
    int threads = 0;
    // xz preset (liblzma's threaded encoder, whose output does not depend on the thread count).
    int xzLevel = 6;

    // Polled between blocks; when raised the writer aborts within ~100 ms and removes its file.
    const std::atomic_bool* cancel = nullptr;

    // fsync before the rename, so that a crash never leaves a truncated file under the final name.
    bool sync = true;
};

} // namespace habmesos
