// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace habmesos {

// A Marathon server the user has set up, as kept in the settings. Never holds a password or token:
// those live in the SecretStore, keyed by url and userName.
struct MarathonServer
{
    enum class Auth
    {
        None, // an open Marathon
        Basic, // Marathon's --http_credentials: user name and password
        DcosToken, // DC/OS: a ready authentication token, "Authorization: token=..."
        DcosLogin, // DC/OS: user name and password, exchanged for a token at /acs/api/v1/auth/login
    };

    QString name; // what the user calls it, e.g. "staging"
    QUrl url; // e.g. https://marathon.example.com:8443 (never with a password in it)
    Auth auth = Auth::None;
    QString userName;
    QString caFile; // PEM file of the CA that signed the server's certificate; empty: the system's

    // Whether this kind of authentication needs a secret (password or token).
    bool needsSecret() const { return auth != Auth::None; }

    // The url without user info, query or fragment, and without a trailing slash: the form that is
    // stored and that keys the secret.
    static QUrl normalizedUrl(const QUrl& url);

    // "none", "basic", "dcos-token", "dcos-login": the spelling in the settings file.
    static QString authToString(Auth auth);
    static std::optional<Auth> authFromString(const QString& text);

    bool operator==(const MarathonServer&) const = default;
};

} // namespace habmesos
