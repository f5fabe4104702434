// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace habmesos {

// How the client proves who it is to Marathon (or DC/OS Admin Router in front of it).
// Secrets live here and in the client's memory only: never logged, never written anywhere.
class MarathonAuth
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::MarathonAuth)
public:
    enum class Mode
    {
        None,
        Basic, // Marathon's --http_credentials: Authorization: Basic base64(user:password)
        DcosToken, // a DC/OS authentication token given by the user: Authorization: token=<token>
        DcosLogin, // uid/password exchanged at /acs/api/v1/auth/login for a token, again on expiry
    };

    MarathonAuth() = default;
    static MarathonAuth none() { return {}; }
    static MarathonAuth basic(const QString& user, const QString& password);
    static MarathonAuth dcosToken(const QString& token);
    // loginUrl empty: derived from the Marathon URL (a "/service/marathon" suffix is the DC/OS
    // cluster's Marathon, the login endpoint is at the cluster's root).
    static MarathonAuth dcosLogin(const QString& uid, const QString& password, const QUrl& loginUrl = {});
    // The credentials of a mode from a user name and its secret (the password, or the token).
    static MarathonAuth forMode(Mode mode, const QString& user, const QString& secret);

    // "none", "basic", "dcos-token", "dcos-login": the spelling in settings files (read in any case).
    static QString modeToString(Mode mode);
    static std::optional<Mode> modeFromString(const QString& text);
    // Every mode but None needs a secret: a password or a token.
    static bool needsSecret(Mode mode) { return mode != Mode::None; }
    // Basic and DC/OS login name a user; a token says who it is itself.
    static bool needsUser(Mode mode) { return mode == Mode::Basic || mode == Mode::DcosLogin; }

    Mode mode() const { return m_mode; }
    const QString& user() const { return m_user; }
    const QString& password() const { return m_password; }
    const QString& token() const { return m_token; }
    const QUrl& loginUrl() const { return m_loginUrl; }

    // The login endpoint for a Marathon base URL, as described at dcosLogin().
    QUrl loginUrlFor(const QUrl& marathonUrl) const;
    // What was tried, for error messages, without any secret: `HTTP Basic as user "ops"`.
    QString describe() const;

private:
    Mode m_mode = Mode::None;
    QString m_user;
    QString m_password;
    QString m_token;
    QUrl m_loginUrl;
};

} // namespace habmesos
