// SPDX-License-Identifier: Apache-2.0
#include "ui/secretstore.h"

#include "ui/marathonserver.h"
#include "ui/memorysecretstore.h"
#ifdef HABMESOS_HAVE_KEYCHAIN
#include "ui/keychainsecretstore.h"
#endif

#include <QTimer>

namespace habmesos {

SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(const QUrl& server, const QString& user)
{
    const QString url = MarathonServer::normalizedUrl(server).toString();
    return user.isEmpty() ? url : user + QLatin1Char('@') + url;
}

void SecretStore::deliverLater(QObject* context, Callback callback, Reply reply)
{
    if (!callback)
        return;
    auto deliver = [callback = std::move(callback), reply = std::move(reply)] { callback(reply); };
    // With a context, Qt drops the call if the context is destroyed first.
    if (context)
        QTimer::singleShot(0, context, std::move(deliver));
    else
        QTimer::singleShot(0, std::move(deliver));
}

void SecretStore::createBest(
    QObject* parent, std::chrono::milliseconds timeout, QObject* context, std::function<void(SecretStore*)> done)
{
#ifdef HABMESOS_HAVE_KEYCHAIN
    // The short timeout is for this start-up question only: later reads and writes keep the
    // store's own, long enough for the user to unlock the keyring.
    auto* keychain
        = new KeychainSecretStore(KeychainSecretStore::defaultService(), KeychainSecretStore::DefaultTimeout, parent);
    keychain->probe(
        context,
        [keychain, parent, done = std::move(done)](const Reply& reply) {
            if (reply.outcome == Outcome::Unavailable) {
                keychain->deleteLater();
                if (done)
                    done(new MemorySecretStore(parent));
                return;
            }
            if (done)
                done(keychain);
        },
        timeout);
#else
    Q_UNUSED(timeout);
    auto* memory = new MemorySecretStore(parent);
    deliverLater(
        context,
        [memory, done = std::move(done)](const Reply&) {
            if (done)
                done(memory);
        },
        Reply { Outcome::Ok, {}, {} });
#endif
}

} // namespace habmesos
