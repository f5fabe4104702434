// SPDX-License-Identifier: Apache-2.0
#include "sodiuminit.h"

#include <sodium.h>

#include <cstdlib>
#include <mutex>

namespace habmesos {
void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            std::abort(); // no randomness source: nothing cryptographic can be trusted
    });
}
} // namespace habmesos
