// SPDX-License-Identifier: Apache-2.0
#include "ui/memorysecretstore.h"

namespace habmesos {

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{ }

MemorySecretStore::~MemorySecretStore()
{
    clear();
}

QString MemorySecretStore::displayName() const
{
    return tr("Memory (until habmesos quits)");
}

void MemorySecretStore::readSecret(const QString& key, QObject* context, Callback callback)
{
    Reply reply;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        reply.outcome = Outcome::NotFound;
        reply.error = tr("No password or token is stored for %1.").arg(key);
    } else {
        reply.outcome = Outcome::Ok;
        reply.secret = it.value();
    }
    deliverLater(context, std::move(callback), std::move(reply));
}

void MemorySecretStore::writeSecret(const QString& key, const QString& secret, QObject* context, Callback callback)
{
    m_secrets.insert(key, secret);
    deliverLater(context, std::move(callback), Reply { Outcome::Ok, {}, {} });
}

void MemorySecretStore::deleteSecret(const QString& key, QObject* context, Callback callback)
{
    // Deleting what is not there is not an error: the result is the same.
    m_secrets.remove(key);
    deliverLater(context, std::move(callback), Reply { Outcome::Ok, {}, {} });
}

void MemorySecretStore::clear()
{
    // Overwrite before freeing, so the text does not linger in freed memory longer than needed
    // (QString's implicit sharing may still hold other copies; this is best effort).
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it.value().fill(QChar(u'\0'));
    m_secrets.clear();
}

} // namespace habmesos
