// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace habmesos {

// An origin's public signing key (SIG-PUB-1, Ed25519), as Habitat writes it:
//   SIG-PUB-1\n<origin>-<revision>\n\n<base64 of the 32-byte key>
// (habitat core/src/crypto/keys.rs). Other kinds of .pub file (BOX-PUB-1 encryption keys) are
// refused by name, because they share the suffix.
class PublicSigningKey
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::PublicSigningKey)
public:
    static constexpr qint64 MaxFileSize = 4096;

    static Result<PublicSigningKey> fromFile(const QString& path);
    // `source` names where the text came from, for error messages.
    static Result<PublicSigningKey> fromText(const QByteArray& text, const QString& source);

    // "<origin>-<YYYYMMDDhhmmss>": the name artifacts' headers refer to.
    const QString& namedRevision() const { return m_namedRevision; }
    const QString& origin() const { return m_origin; }
    const QString& revision() const { return m_revision; }
    // The key file as read, to ship in an image's key cache unchanged.
    const QByteArray& fileContents() const { return m_fileContents; }
    const QByteArray& keyBytes() const { return m_key; }

    // Opens a combined-mode Ed25519 signature (64-byte signature followed by the message) and
    // returns the message, or an error when the signature is not this key's.
    Result<QByteArray> openSigned(const QByteArray& signedMessage) const;

    // Splits "<name>-<14 digits>"; false when it has another form.
    static bool splitNamedRevision(QStringView namedRevision, QString* name, QString* revision);

private:
    QString m_namedRevision;
    QString m_origin;
    QString m_revision;
    QByteArray m_key;
    QByteArray m_fileContents;
};

} // namespace habmesos
