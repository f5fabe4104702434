// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/publicsigningkey.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace habmesos {

// An origin's secret signing key (SIG-SEC-1, Ed25519), as Habitat writes it:
//   SIG-SEC-1\n<origin>-<revision>\n\n<base64 of the 64-byte libsodium secret key>
// (seed followed by the public key). Used to sign the artifacts we build ourselves (the demo
// package, tests); habmesos never needs a user's secret key to export.
class SecretSigningKey
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::SecretSigningKey)
public:
    static constexpr qint64 MaxFileSize = 4096;

    static Result<SecretSigningKey> fromFile(const QString& path);
    static Result<SecretSigningKey> fromText(const QByteArray& text, const QString& source);
    // A fresh key pair for `origin`, its revision the given UTC time as YYYYMMDDhhmmss (now when
    // invalid). Fails only for an invalid origin.
    static Result<SecretSigningKey> generate(const QString& origin, const QDateTime& revision = {});
    // Generates a key pair and writes <origin>-<rev>.pub (0444) and <origin>-<rev>.sig.key
    // (0400) into `directory` (created if missing), as `hab origin key generate` does.
    static Result<SecretSigningKey> generateToDirectory(
        const QString& origin, const QString& directory, const QDateTime& revision = {});

    const QString& namedRevision() const { return m_namedRevision; }
    const QString& origin() const { return m_origin; }
    const QString& revision() const { return m_revision; }
    const QByteArray& keyBytes() const { return m_key; } // 64 bytes
    QByteArray publicKeyBytes() const { return m_key.right(32); }

    // Combined mode: the 64-byte signature followed by `message` (crypto_sign).
    QByteArray sign(const QByteArray& message) const;

    // The key files' text, in Habitat's format (no trailing newline, as Habitat writes them).
    QByteArray secretKeyFileText() const;
    QByteArray publicKeyFileText() const;

    // Writes both files into `directory`; returns the .pub path.
    Result<QString> writeKeyFiles(const QString& directory) const;

    // For tests that need a key claiming another name (a "wrong key" artifact).
    SecretSigningKey renamed(const QString& namedRevision) const;

private:
    QString m_namedRevision;
    QString m_origin;
    QString m_revision;
    QByteArray m_key;
};

} // namespace habmesos
