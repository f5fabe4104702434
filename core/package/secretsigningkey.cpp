// SPDX-License-Identifier: Apache-2.0
#include "package/secretsigningkey.h"

#include "package/packageident.h"
#include "sodiuminit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <sodium.h>

namespace habmesos {

Result<SecretSigningKey> SecretSigningKey::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<SecretSigningKey>::failure(file.exists() ? ErrorKind::Io : ErrorKind::NotFound,
            tr("%1: cannot read key file: %2").arg(path, file.errorString()));
    if (file.size() > MaxFileSize)
        return Result<SecretSigningKey>::failure(tr("%1: not a key file (too large)").arg(path));
    return fromText(file.read(MaxFileSize + 1), path);
}

Result<SecretSigningKey> SecretSigningKey::fromText(const QByteArray& text, const QString& source)
{
    using R = Result<SecretSigningKey>;
    if (text.size() > MaxFileSize)
        return R::failure(tr("%1: not a key file (too large)").arg(source));
    const QList<QByteArray> lines = text.split('\n');
    auto line = [&](int i) { return i < lines.size() ? lines[i].trimmed() : QByteArray(); };
    if (line(0) != "SIG-SEC-1")
        return R::failure(
            tr("%1: line 1: expected SIG-SEC-1, found “%2”").arg(source, QString::fromUtf8(line(0).left(64))));
    SecretSigningKey key;
    key.m_namedRevision = QString::fromUtf8(line(1));
    if (!PublicSigningKey::splitNamedRevision(key.m_namedRevision, &key.m_origin, &key.m_revision))
        return R::failure(tr("%1: line 2: “%2” is not a key name of the form <origin>-<YYYYMMDDhhmmss>")
                              .arg(source, key.m_namedRevision.left(128)));
    if (!line(2).isEmpty())
        return R::failure(tr("%1: line 3: expected an empty line").arg(source));
    const auto decoded = QByteArray::fromBase64Encoding(line(3), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != crypto_sign_SECRETKEYBYTES)
        return R::failure(
            tr("%1: line 4: expected the base64 of a %2-byte secret key").arg(source).arg(crypto_sign_SECRETKEYBYTES));
    key.m_key = decoded.decoded;
    return key;
}

Result<SecretSigningKey> SecretSigningKey::generate(const QString& origin, const QDateTime& revision)
{
    ensureSodium();
    if (!PackageIdent::isValidOrigin(origin))
        return Result<SecretSigningKey>::failure(tr("“%1” is not a valid origin name").arg(origin));
    const QDateTime when = revision.isValid() ? revision.toUTC() : QDateTime::currentDateTimeUtc();
    SecretSigningKey key;
    key.m_origin = origin;
    key.m_revision = when.toString(QStringLiteral("yyyyMMddHHmmss"));
    key.m_namedRevision = origin + u'-' + key.m_revision;
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    key.m_key.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(pk, reinterpret_cast<unsigned char*>(key.m_key.data()));
    return key;
}

Result<SecretSigningKey> SecretSigningKey::generateToDirectory(
    const QString& origin, const QString& directory, const QDateTime& revision)
{
    auto key = generate(origin, revision);
    if (!key)
        return key;
    auto written = key->writeKeyFiles(directory);
    if (!written)
        return written.errorInfo();
    return key;
}

QByteArray SecretSigningKey::sign(const QByteArray& message) const
{
    ensureSodium();
    QByteArray out(crypto_sign_BYTES + message.size(), Qt::Uninitialized);
    unsigned long long length = 0;
    crypto_sign(reinterpret_cast<unsigned char*>(out.data()), &length,
        reinterpret_cast<const unsigned char*>(message.constData()), message.size(),
        reinterpret_cast<const unsigned char*>(m_key.constData()));
    out.resize(qsizetype(length));
    return out;
}

QByteArray SecretSigningKey::secretKeyFileText() const
{
    return "SIG-SEC-1\n" + m_namedRevision.toUtf8() + "\n\n" + m_key.toBase64();
}

QByteArray SecretSigningKey::publicKeyFileText() const
{
    return "SIG-PUB-1\n" + m_namedRevision.toUtf8() + "\n\n" + publicKeyBytes().toBase64();
}

Result<QString> SecretSigningKey::writeKeyFiles(const QString& directory) const
{
    if (!QDir().mkpath(directory))
        return Result<QString>::failure(ErrorKind::Io, tr("%1: cannot create the directory").arg(directory));
    const QString base = QDir(directory).filePath(m_namedRevision);
    struct File
    {
        QString path;
        QByteArray text;
        QFile::Permissions perms;
    };
    const File files[] = {
        { base + QStringLiteral(".pub"), publicKeyFileText(),
            QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther },
        { base + QStringLiteral(".sig.key"), secretKeyFileText(), QFile::ReadOwner | QFile::ReadUser },
    };
    for (const File& f : files) {
        // QSaveFile refuses to replace a file it may not write (an earlier key file is read-only).
        if (QFile::exists(f.path))
            QFile::setPermissions(f.path, QFile::ReadOwner | QFile::WriteOwner);
        QSaveFile out(f.path);
        if (!out.open(QIODevice::WriteOnly))
            return Result<QString>::failure(ErrorKind::Io, tr("%1: cannot write: %2").arg(f.path, out.errorString()));
        // The final permissions on the temporary file, before the key is in it: the secret key is
        // never readable by others, not even between the rename and a chmod.
        if (!out.setPermissions(f.perms)) {
            const QString error = out.errorString();
            out.cancelWriting();
            return Result<QString>::failure(ErrorKind::Io, tr("%1: cannot set the permissions: %2").arg(f.path, error));
        }
        if (out.write(f.text) != f.text.size() || !out.commit())
            return Result<QString>::failure(ErrorKind::Io, tr("%1: cannot write: %2").arg(f.path, out.errorString()));
    }
    return files[0].path;
}

SecretSigningKey SecretSigningKey::renamed(const QString& namedRevision) const
{
    SecretSigningKey key = *this;
    key.m_namedRevision = namedRevision;
    PublicSigningKey::splitNamedRevision(namedRevision, &key.m_origin, &key.m_revision);
    return key;
}

} // namespace habmesos
