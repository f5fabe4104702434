// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace habmesos::test {

// The one bound on how long a test waits for something it expects: a signal, a condition, a
// process's exit, a server's answer. Only a test that fails waits this long, so it is generous
// (a sanitizer build on a busy machine) yet under CTest's own timeout (300 s by default), so the
// test's message says what never came. No test measures time with it: a test that must show that
// something does NOT happen waits for a later event that proves it instead.
constexpr int WaitMs = 240000;

} // namespace habmesos::test
