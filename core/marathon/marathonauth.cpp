// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonauth.h"

#include <QCoreApplication>

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
        return QCoreApplication::translate("MarathonAuth", "no credentials");
    case Mode::Basic:
        return QCoreApplication::translate("MarathonAuth", "HTTP Basic as user “%1”").arg(m_user);
    case Mode::DcosToken:
        return QCoreApplication::translate("MarathonAuth", "a DC/OS token");
    case Mode::DcosLogin:
        return QCoreApplication::translate("MarathonAuth", "a DC/OS login as “%1”").arg(m_user);
    }
    return {};
}

} // namespace habmesos
