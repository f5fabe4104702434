// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/publicsigningkey.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

namespace habmesos {

// A directory of Habitat key files (<origin>-<revision>.pub), looked up by named revision the
// way Habitat's KeyCache does. Loaded keys are remembered; safe to share between threads.
class KeyCache
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::KeyCache)
public:
    // An empty path means HabPaths::keyCache().
    explicit KeyCache(QString directory = {});
    KeyCache(const KeyCache& other);

    const QString& directory() const { return m_directory; }

    // The SIG-PUB-1 key <namedRevision>.pub, or an error naming the file and what is wrong.
    Result<PublicSigningKey> publicSigningKey(const QString& namedRevision) const;

private:
    QString m_directory;
    mutable QMutex m_mutex;
    mutable QHash<QString, PublicSigningKey> m_loaded;
};

} // namespace habmesos
