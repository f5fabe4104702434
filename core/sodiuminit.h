// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace habmesos {
// libsodium must be initialised once before use; safe to call from any thread, any number of times.
void ensureSodium();
} // namespace habmesos
