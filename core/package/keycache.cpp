// SPDX-License-Identifier: Apache-2.0
#include "package/keycache.h"

#include "package/habpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace habmesos {

KeyCache::KeyCache(QString directory)
    : m_directory(directory.isEmpty() ? HabPaths::keyCache() : std::move(directory))
{ }

KeyCache::KeyCache(const KeyCache& other)
    : m_directory(other.m_directory)
{
    QMutexLocker lock(&other.m_mutex);
    m_loaded = other.m_loaded;
}

Result<PublicSigningKey> KeyCache::publicSigningKey(const QString& namedRevision) const
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_loaded.constFind(namedRevision);
        if (it != m_loaded.constEnd())
            return *it;
    }
    // The name comes from an artifact's header: never let it address a file outside the cache.
    if (!PublicSigningKey::splitNamedRevision(namedRevision, nullptr, nullptr) || namedRevision.contains(u'/')
        || namedRevision.startsWith(u'.'))
        return Result<PublicSigningKey>::failure(tr("“%1” is not a key name").arg(namedRevision.left(128)));
    const QString path = QDir(m_directory).filePath(namedRevision + QStringLiteral(".pub"));
    if (!QFileInfo::exists(path))
        return Result<PublicSigningKey>::failure(ErrorKind::Unverified,
            tr("no public key %1 in %2 (the signer is unknown)").arg(namedRevision, m_directory));
    auto key = PublicSigningKey::fromFile(path);
    if (key) {
        QMutexLocker lock(&m_mutex);
        m_loaded.insert(namedRevision, key.value());
    }
    return key;
}

} // namespace habmesos
