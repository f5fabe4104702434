// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonauth.h"

namespace habmesos {

MarathonAuth MarathonAuth::basic(const QString& user, const QString& password)
{
    MarathonAuth a;
    a.m_mode = Mode::Basic;
    a.m_user = user;
    a.m_password = password;
    return a;
}

MarathonAuth MarathonAuth::dcosToken(const QString& token)
{
    MarathonAuth a;
    a.m_mode = Mode::DcosToken;
    a.m_token = token;
    return a;
}

MarathonAuth MarathonAuth::dcosLogin(const QString& uid, const QString& password, const QUrl& loginUrl)
{
    MarathonAuth a;
    a.m_mode = Mode::DcosLogin;
    a.m_user = uid;
    a.m_password = password;
    a.m_loginUrl = loginUrl;
    return a;
}

MarathonAuth MarathonAuth::forMode(Mode mode, const QString& user, const QString& secret)
{
    switch (mode) {
    case Mode::None:
        break;
    case Mode::Basic:
        return basic(user, secret);
    case Mode::DcosToken:
        return dcosToken(secret);
    case Mode::DcosLogin:
        return dcosLogin(user, secret);
    }
    return none();
}

QString MarathonAuth::modeToString(Mode mode)
{
    switch (mode) {
    case Mode::None:
        break;
    case Mode::Basic:
        return QStringLiteral("basic");
    case Mode::DcosToken:
        return QStringLiteral("dcos-token");
    case Mode::DcosLogin:
        return QStringLiteral("dcos-login");
    }
    return QStringLiteral("none");
}

std::optional<MarathonAuth::Mode> MarathonAuth::modeFromString(const QString& text)
{
    for (Mode mode : { Mode::None, Mode::Basic, Mode::DcosToken, Mode::DcosLogin }) {
        if (text.compare(modeToString(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QUrl MarathonAuth::loginUrlFor(const QUrl& marathonUrl) const
{
    if (!m_loginUrl.isEmpty())
        return m_loginUrl;
    QUrl url = marathonUrl;
    url.setUserInfo({});
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const QString service = QStringLiteral("/service/marathon");
    path = path.endsWith(service) ? path.left(path.size() - service.size()) : QString();
    url.setPath(path + QStringLiteral("/acs/api/v1/auth/login"));
    return url;
}

QString MarathonAuth::describe() const
{
    switch (m_mode) {
    case Mode::None:
        return tr("no credentials");
    case Mode::Basic:
        return tr("HTTP Basic as user “%1”").arg(m_user);
    case Mode::DcosToken:
        return tr("a DC/OS token");
    case Mode::DcosLogin:
        return tr("a DC/OS login as “%1”").arg(m_user);
    }
    return {};
}

} // namespace habmesos
