// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/marathonauth.h"

#include <QString>
#include <QUrl>

namespace habmesos {

// A Marathon server the user has set up, as kept in the settings. Never holds a password or token:
// those live in the SecretStore, keyed by url and userName.
struct MarathonServer
{
    // The client's own modes (MarathonAuth::modeToString() is the settings file's spelling).
    using Auth = MarathonAuth::Mode;

    QString name; // what the user calls it, e.g. "staging"
    QUrl url; // e.g. https://marathon.example.com:8443 (never with a password in it)
    Auth auth = Auth::None;
    QString userName;
    QString caFile; // PEM file of the CA that signed the server's certificate; empty: the system's

    // Whether this kind of authentication needs a secret (password or token).
    bool needsSecret() const { return MarathonAuth::needsSecret(auth); }
    // The credentials for the client, with the secret from the SecretStore (or the user).
    MarathonAuth credentials(const QString& secret) const { return MarathonAuth::forMode(auth, userName, secret); }

    // The url without user info, query or fragment, and without a trailing slash: the form that is
    // stored and that keys the secret.
    static QUrl normalizedUrl(const QUrl& url);

    bool operator==(const MarathonServer&) const = default;
};

} // namespace habmesos
