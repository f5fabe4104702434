// SPDX-License-Identifier: Apache-2.0
#include "package/hartheader.h"

#include "package/publicsigningkey.h"

#include <QCoreApplication>
#include <QIODevice>

namespace habmesos {

namespace { } // namespace

Result<HartHeader> HartHeader::read(QIODevice& device, const QString& source)
{
    const qint64 start = device.pos();
    HartHeader header;
    QByteArray signatureText;
    auto shown = [](const QByteArray& b) { return QString::fromUtf8(b.left(64)); };
    // Each line is checked as soon as it is read, so a broken header is reported at the line
    // that is wrong rather than where the file happens to end.
    for (int i = 0; i < 5; ++i) {
        const QByteArray raw = device.readLine(MaxLineLength + 2);
        if (raw.isEmpty())
            return Result<HartHeader>::failure(i == 0
                    ? tr("%1: empty file, not a Habitat artifact").arg(source)
                    : tr("%1: line %2: the file ends inside the artifact header").arg(source).arg(i + 1));
        if (!raw.endsWith('\n'))
            return Result<HartHeader>::failure(raw.size() > MaxLineLength
                    ? tr("%1: line %2: longer than %3 bytes, not a Habitat artifact header")
                          .arg(source)
                          .arg(i + 1)
                          .arg(MaxLineLength)
                    : tr("%1: line %2: the file ends inside the artifact header").arg(source).arg(i + 1));
        const QByteArray line = raw.trimmed();
        switch (i) {
        case 0:
            if (line != "HART-1")
                return Result<HartHeader>::failure(
                    tr("%1: line 1: expected the format version HART-1, found “%2”").arg(source, shown(line)));
            break;
        case 1:
            header.m_keyName = QString::fromUtf8(line);
            if (!PublicSigningKey::splitNamedRevision(header.m_keyName, nullptr, nullptr))
                return Result<HartHeader>::failure(
                    tr("%1: line 2: expected a signing key name <origin>-<YYYYMMDDhhmmss>, found “%2”")
                        .arg(source, shown(line)));
            break;
        case 2:
            if (line != "BLAKE2b")
                return Result<HartHeader>::failure(
                    tr("%1: line 3: expected the hash type BLAKE2b, found “%2”").arg(source, shown(line)));
            break;
        case 3:
            signatureText = line;
            break;
        case 4:
            if (!line.isEmpty())
                return Result<HartHeader>::failure(
                    tr("%1: line 5: expected the empty line that ends the header, found “%2”")
                        .arg(source, shown(line)));
            break;
        }
        if (i == 3) {
            const auto sig = QByteArray::fromBase64Encoding(signatureText, QByteArray::AbortOnBase64DecodingErrors);
            if (!sig || signatureText.isEmpty())
                return Result<HartHeader>::failure(tr("%1: line 4: the signature is not valid base64").arg(source));
            // Combined mode: 64 bytes of signature and the 64 hex digits of the hash.
            if (sig.decoded.size() != 128)
                return Result<HartHeader>::failure(
                    tr("%1: line 4: the signature has %2 bytes, expected 128").arg(source).arg(sig.decoded.size()));
            header.m_signature = sig.decoded;
        }
    }
    header.m_payloadOffset = device.pos() - start;
    return header;
}

} // namespace habmesos
