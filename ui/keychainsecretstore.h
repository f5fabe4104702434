// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/secretstore.h"

#include <chrono>
#include <optional>

namespace QKeychain {
class Job;
}

namespace habmesos {

// Secrets in the desktop's keyring (Secret Service such as GNOME Keyring or KeePassXC, or KWallet)
// through QtKeychain. QtKeychain's plain-text fallback is switched off: when no keyring answers,
// operations report Outcome::Unavailable and nothing is stored.
//
// A keyring that does not answer (a D-Bus service that never replies, an unlock prompt nobody
// sees) must not hang the caller: every operation gives up after the timeout and reports
// Unavailable; a late answer is then ignored.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static QString defaultService(); // the application id
    // Long enough for the user to answer the keyring's unlock prompt.
    static constexpr std::chrono::seconds DefaultTimeout { 10 };
    explicit KeychainSecretStore(const QString& service = defaultService(),
        std::chrono::milliseconds timeout = DefaultTimeout, QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    bool isPersistent() const override { return true; }
    QString displayName() const override;
    QString service() const { return m_service; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    void readSecret(const QString& key, QObject* context, Callback callback) override;
    void writeSecret(const QString& key, const QString& secret, QObject* context, Callback callback) override;
    void deleteSecret(const QString& key, QObject* context, Callback callback) override;

    // Asks the keyring for an entry that does not exist: Ok (NotFound is folded into Ok) when a
    // keyring answered, Unavailable when none did, Failed when it refused. `timeout` replaces the
    // store's for this question only (a start-up check waits less than an unlock prompt needs).
    void probe(QObject* context, Callback callback, std::optional<std::chrono::milliseconds> timeout = std::nullopt);

private:
    void run(QKeychain::Job* job, bool isRead, QObject* context, Callback callback,
        std::optional<std::chrono::milliseconds> timeout = std::nullopt);

    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace habmesos
