// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz target needs: Qt and libsodium set up once, and a way to report a broken
// invariant that libFuzzer records as a crash (with the input that caused it).
namespace habmesos::fuzz {

// From LLVMFuzzerInitialize: a QCoreApplication (some engine code asks for one), libsodium,
// and the engine's logging silenced so that a long run's output is libFuzzer's own.
void initialize();

// The input as bytes (a deep copy: the engine may keep what it is given).
QByteArray bytes(const uint8_t* data, size_t size);

// Splits `input` at every line that is exactly `marker` (the marker lines themselves dropped),
// so that one input can carry several texts (a default.toml and an override, metadata files).
QList<QByteArray> sections(const QByteArray& input, const QByteArray& marker);

// Prints what broke and aborts; libFuzzer then saves the input as a crash.
[[noreturn]] void fail(const char* condition, const char* file, int line, const QString& detail);

} // namespace habmesos::fuzz

// An invariant the engine promises; `detail` says what was seen.
#define FUZZ_CHECK(condition, detail)                                                                                  \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            habmesos::fuzz::fail(#condition, __FILE__, __LINE__, (detail));                                            \
    } while (false)
