// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

namespace habmesos {

// Where Marathon passwords and tokens are kept: the desktop's keyring (KeychainSecretStore) or, when
// none answers, the memory of this process only (MemorySecretStore). Secrets are never written to a
// file by habmesos itself.
//
// All operations are asynchronous, as a keyring may ask the user to unlock it: the callback runs
// later on this thread, once, and only if context still exists.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Ok,
        NotFound, // no secret under that key
        Unavailable, // no keyring service answered (not installed, no session bus, timed out)
        Failed, // the keyring refused (locked, access denied) or failed otherwise
    };
    struct Reply
    {
        Outcome outcome = Outcome::Failed;
        QString secret; // for a successful read
        QString error; // for a person, when outcome is not Ok
    };
    using Callback = std::function<void(const Reply&)>;

    using QObject::QObject;
    ~SecretStore() override;

    // Whether secrets outlive this process (false: ask the user again at the next start).
    virtual bool isPersistent() const = 0;
    // A name for the settings dialog, e.g. "Desktop keyring" or "Memory (this session only)".
    virtual QString displayName() const = 0;

    virtual void readSecret(const QString& key, QObject* context, Callback callback) = 0;
    virtual void writeSecret(const QString& key, const QString& secret, QObject* context, Callback callback) = 0;
    virtual void deleteSecret(const QString& key, QObject* context, Callback callback) = 0;

    // The key of the secret for user on server, e.g. "alice@https://marathon.example.com:8443":
    // the server URL normalized as MarathonServer::normalizedUrl does.
    static QString keyFor(const QUrl& server, const QString& user);

    // The keyring when one answers within timeout, else the in-memory store; done receives the new
    // store, whose parent is parent. The timeout is for that question only: the keyring store then
    // waits as long as it always does. The keyring is left out entirely when QtKeychain is not built in.
    static void createBest(
        QObject* parent, std::chrono::milliseconds timeout, QObject* context, std::function<void(SecretStore*)> done);

protected:
    // Runs callback with reply later (queued) if context is still alive.
    static void deliverLater(QObject* context, Callback callback, Reply reply);
};

} // namespace habmesos
