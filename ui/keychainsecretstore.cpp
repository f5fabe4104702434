// SPDX-License-Identifier: Apache-2.0
#include "ui/keychainsecretstore.h"

#include "ui/desktopintegration.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace habmesos {

namespace {

const QString probeKey = QStringLiteral("habmesos-keyring-probe");

SecretStore::Outcome outcomeOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Outcome::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // On Linux QtKeychain says OtherError ("Unknown error", "Could not open wallet: ...") when it
    // finds no libsecret and no KWallet or cannot reach them over D-Bus; refusals have their own codes.
    case QKeychain::OtherError:
        return SecretStore::Outcome::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        break;
    }
    return SecretStore::Outcome::Failed;
}

} // namespace

QString KeychainSecretStore::defaultService()
{
    return DesktopIntegration::appId();
}

KeychainSecretStore::KeychainSecretStore(const QString& service, std::chrono::milliseconds timeout, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
    , m_timeout(timeout)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::displayName() const
{
    return tr("Desktop keyring");
}

void KeychainSecretStore::readSecret(const QString& key, QObject* context, Callback callback)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, true, context, std::move(callback));
}

void KeychainSecretStore::writeSecret(const QString& key, const QString& secret, QObject* context, Callback callback)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    run(job, false, context, std::move(callback));
}

void KeychainSecretStore::deleteSecret(const QString& key, QObject* context, Callback callback)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, false, context, [callback = std::move(callback)](const Reply& reply) {
        // Deleting what is not there leaves the keyring as asked.
        if (callback)
            callback(reply.outcome == Outcome::NotFound ? Reply { Outcome::Ok, {}, {} } : reply);
    });
}

void KeychainSecretStore::probe(QObject* context, Callback callback, std::optional<std::chrono::milliseconds> timeout)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(probeKey);
    run(
        job, true, context,
        [callback = std::move(callback)](const Reply& reply) {
            if (callback)
                callback(reply.outcome == Outcome::NotFound ? Reply { Outcome::Ok, {}, {} }
                                                            : Reply { reply.outcome, {}, reply.error });
        },
        timeout);
}

void KeychainSecretStore::run(QKeychain::Job* job, bool isRead, QObject* context, Callback callback,
    std::optional<std::chrono::milliseconds> timeout)
{
    const std::chrono::milliseconds limit = timeout.value_or(m_timeout);
    // Never QtKeychain's fallback: it writes the secret into a plain-text settings file.
    job->setInsecureFallback(false);
    // The job has no parent and deletes itself when it finishes, even after this store is gone: a
    // job deleted while its libsecret call is pending would be used by libsecret's late callback.
    // (D-Bus gives every call an answer, an error after 25 s at the latest.)
    job->setAutoDelete(true);

    // Whichever comes first, the job's answer or the timeout, answers the caller; the other is ignored.
    auto answered = std::make_shared<bool>(false);
    auto shared = std::make_shared<Callback>(std::move(callback));
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto answer = [answered, shared, guard, hadContext](const Reply& reply) {
        if (*answered)
            return;
        *answered = true;
        if (hadContext && !guard)
            return;
        if (*shared)
            (*shared)(reply);
    };

    auto* timer = new QTimer(job);
    timer->setSingleShot(true);
    const auto seconds = std::chrono::duration_cast<std::chrono::duration<double>>(limit).count();
    connect(timer, &QTimer::timeout, this, [answer, seconds] {
        answer(Reply { Outcome::Unavailable, {},
            tr("The desktop keyring did not answer within %1 seconds.").arg(seconds, 0, 'g', 3) });
    });

    connect(job, &QKeychain::Job::finished, this, [answer, isRead](QKeychain::Job* finished) {
        Reply reply;
        reply.outcome = outcomeOf(finished->error());
        if (reply.outcome == Outcome::Ok) {
            if (isRead)
                reply.secret = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
        } else if (reply.outcome == Outcome::NotFound) {
            reply.error = tr("No password or token is stored in the keyring for %1.").arg(finished->key());
        } else if (reply.outcome == Outcome::Unavailable) {
            reply.error
                = tr("No desktop keyring (GNOME Keyring, KWallet or another Secret Service) could be reached: %1")
                      .arg(finished->errorString());
        } else {
            reply.error = tr("The desktop keyring refused: %1").arg(finished->errorString());
        }
        answer(reply);
    });
    timer->start(limit);
    job->start();
}

} // namespace habmesos
