// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/secretstore.h"

#include <QHash>

namespace habmesos {

// Keeps secrets in this process's memory only, for desktops without a keyring (and headless CI):
// the user is asked for a password or token once per session. Nothing is ever written to disk.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject* parent = nullptr);
    ~MemorySecretStore() override;

    bool isPersistent() const override { return false; }
    QString displayName() const override;

    void readSecret(const QString& key, QObject* context, Callback callback) override;
    void writeSecret(const QString& key, const QString& secret, QObject* context, Callback callback) override;
    void deleteSecret(const QString& key, QObject* context, Callback callback) override;

    // Forgets every secret (e.g. "forget passwords" in the UI).
    void clear();

private:
    QHash<QString, QString> m_secrets;
};

} // namespace habmesos
