// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace habmesos {

// The five text lines in front of a .hart payload (habitat core/src/crypto/artifact.rs):
//   HART-1 / <origin>-<revision> / BLAKE2b / base64 signature / empty line
class HartHeader
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::HartHeader)
public:
    // Longest line accepted: a real signature line is 172 characters.
    static constexpr qsizetype MaxLineLength = 1024;

    // Reads exactly the header from `device` (left positioned at the payload's first byte).
    // `source` names the file in errors, which also name the line and what was expected.
    static Result<HartHeader> read(QIODevice& device, const QString& source);

    const QString& keyName() const { return m_keyName; }
    // 64-byte Ed25519 signature followed by the signed message (the payload's hex BLAKE2b-256).
    const QByteArray& signature() const { return m_signature; }
    qint64 payloadOffset() const { return m_payloadOffset; }

private:
    QString m_keyName;
    QByteArray m_signature;
    qint64 m_payloadOffset = 0;
};

} // namespace habmesos
