// SPDX-License-Identifier: Apache-2.0
// The five header lines of a .hart (HartHeader::read), read from a QBuffer over the input.
#include "fuzz/fuzzsupport.h"

#include "package/hartheader.h"
#include "package/publicsigningkey.h"

#include <QBuffer>

using namespace habmesos;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray input = fuzz::bytes(data, size);
    QBuffer device(&input);
    device.open(QIODevice::ReadOnly);
    const auto header = HartHeader::read(device, QStringLiteral("fuzz.hart"));
    if (!header) {
        FUZZ_CHECK(header.error().startsWith(QLatin1String("fuzz.hart: ")), header.error());
        return 0;
    }
    // The device is left at the payload's first byte, right after the fifth line.
    FUZZ_CHECK(device.pos() == header->payloadOffset(), QString::number(header->payloadOffset()));
    FUZZ_CHECK(header->payloadOffset() <= qint64(size), QString::number(header->payloadOffset()));
    FUZZ_CHECK(input.at(header->payloadOffset() - 1) == '\n', QString::number(header->payloadOffset()));
    // Lines are trimmed (CRLF, stray blanks), so only the text inside them is fixed.
    FUZZ_CHECK(input.left(input.indexOf('\n')).trimmed() == "HART-1", QString::fromUtf8(input.left(16)));
    FUZZ_CHECK(header->signature().size() == 128, QString::number(header->signature().size()));
    FUZZ_CHECK(PublicSigningKey::splitNamedRevision(header->keyName(), nullptr, nullptr), header->keyName());
    return 0;
}
