// SPDX-License-Identifier: Apache-2.0
#include "package/publicsigningkey.h"

#include "sodiuminit.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sodium.h>

namespace habmesos {

namespace { } // namespace

bool PublicSigningKey::splitNamedRevision(QStringView namedRevision, QString* name, QString* revision)
{
    static const QRegularExpression re(QStringLiteral("\\A(.+)-(\\d{14})\\z"));
    const auto m = re.match(namedRevision);
    if (!m.hasMatch())
        return false;
    if (name)
        *name = m.captured(1);
    if (revision)
        *revision = m.captured(2);
    return true;
}

Result<PublicSigningKey> PublicSigningKey::fromFile(const QString& path)
{
    // Opening a FIFO (or a device) would block or read without end: only regular files are keys.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Result<PublicSigningKey>::failure(tr("%1: not a regular file, so not a key file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<PublicSigningKey>::failure(file.exists() ? ErrorKind::Io : ErrorKind::NotFound,
            tr("%1: cannot read key file: %2").arg(path, file.errorString()));
    if (file.size() > MaxFileSize)
        return Result<PublicSigningKey>::failure(tr("%1: not a key file (%2 bytes; a public key file is under %3)")
                                                     .arg(path)
                                                     .arg(file.size())
                                                     .arg(MaxFileSize));
    const QByteArray text = file.read(MaxFileSize + 1);
    auto key = fromText(text, path);
    if (!key)
        return key;
    // The cache finds keys by file name, so a file whose name and content disagree would make
    // one origin's artifacts verify against another origin's key.
    const QString base = QFileInfo(path).fileName();
    if (base.endsWith(QLatin1String(".pub")) && base.chopped(4) != key->namedRevision())
        return Result<PublicSigningKey>::failure(ErrorKind::Unverified,
            tr("%1: the file is named for %2 but holds the key %3").arg(path, base.chopped(4), key->namedRevision()));
    return key;
}

Result<PublicSigningKey> PublicSigningKey::fromText(const QByteArray& text, const QString& source)
{
    if (text.size() > MaxFileSize)
        return Result<PublicSigningKey>::failure(tr("%1: not a key file (too large)").arg(source));
    if (text.trimmed().isEmpty())
        return Result<PublicSigningKey>::failure(tr("%1: the key file is empty").arg(source));
    const QList<QByteArray> lines = text.split('\n');
    auto line = [&](int i) { return i < lines.size() ? lines[i].trimmed() : QByteArray(); };

    const QByteArray version = line(0);
    if (version != "SIG-PUB-1") {
        if (version == "BOX-PUB-1")
            return Result<PublicSigningKey>::failure(
                tr("%1: this is an encryption key (BOX-PUB-1), not an origin signing key (SIG-PUB-1)").arg(source));
        if (version == "SIG-SEC-1")
            return Result<PublicSigningKey>::failure(
                tr("%1: this is a secret signing key (SIG-SEC-1); a public key (SIG-PUB-1) is needed").arg(source));
        if (lines.size() == 1 || (lines.size() == 2 && lines[1].trimmed().isEmpty()))
            return Result<PublicSigningKey>::failure(
                tr("%1: key without a version line (the format before April 2016 is not supported)").arg(source));
        return Result<PublicSigningKey>::failure(tr("%1: line 1: unsupported key version “%2”, expected SIG-PUB-1")
                                                     .arg(source, QString::fromUtf8(version.left(64))));
    }
    PublicSigningKey key;
    key.m_namedRevision = QString::fromUtf8(line(1));
    if (!splitNamedRevision(key.m_namedRevision, &key.m_origin, &key.m_revision))
        return Result<PublicSigningKey>::failure(
            tr("%1: line 2: “%2” is not a key name of the form <origin>-<YYYYMMDDhhmmss>")
                .arg(source, key.m_namedRevision.left(128)));
    if (!line(2).isEmpty())
        return Result<PublicSigningKey>::failure(tr("%1: line 3: expected an empty line").arg(source));
    const auto decoded = QByteArray::fromBase64Encoding(line(3), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Result<PublicSigningKey>::failure(tr("%1: line 4: the key is not valid base64").arg(source));
    if (decoded.decoded.size() != crypto_sign_PUBLICKEYBYTES)
        return Result<PublicSigningKey>::failure(tr("%1: line 4: the key has %2 bytes, an Ed25519 public key has %3")
                                                     .arg(source)
                                                     .arg(decoded.decoded.size())
                                                     .arg(crypto_sign_PUBLICKEYBYTES));
    for (int i = 4; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty())
            return Result<PublicSigningKey>::failure(
                tr("%1: line %2: unexpected text after the key").arg(source).arg(i + 1));
    }
    key.m_key = decoded.decoded;
    key.m_fileContents = text;
    return key;
}

Result<QByteArray> PublicSigningKey::openSigned(const QByteArray& signedMessage) const
{
    ensureSodium();
    if (signedMessage.size() < qsizetype(crypto_sign_BYTES))
        return Result<QByteArray>::failure(
            ErrorKind::Unverified, tr("signature too short (%1 bytes)").arg(signedMessage.size()));
    QByteArray message(signedMessage.size() - crypto_sign_BYTES, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_sign_open(reinterpret_cast<unsigned char*>(message.data()), &length,
            reinterpret_cast<const unsigned char*>(signedMessage.constData()), signedMessage.size(),
            reinterpret_cast<const unsigned char*>(m_key.constData()))
        != 0)
        return Result<QByteArray>::failure(
            ErrorKind::Unverified, tr("the signature was not made with the key %1").arg(m_namedRevision));
    message.resize(qsizetype(length));
    return message;
}

} // namespace habmesos
