// SPDX-License-Identifier: Apache-2.0
#include "ui/marathonserver.h"

namespace habmesos {

QUrl MarathonServer::normalizedUrl(const QUrl& url)
{
    QUrl normalized = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
        | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    // StripTrailingSlash keeps a lone "/": "https://m/" and "https://m" are one server.
    if (normalized.path() == QStringLiteral("/"))
        normalized.setPath(QString());
    return normalized;
}

QString MarathonServer::authToString(Auth auth)
{
    switch (auth) {
    case Auth::None:
        return QStringLiteral("none");
    case Auth::Basic:
        return QStringLiteral("basic");
    case Auth::DcosToken:
        return QStringLiteral("dcos-token");
    case Auth::DcosLogin:
        return QStringLiteral("dcos-login");
    }
    return QStringLiteral("none");
}

std::optional<MarathonServer::Auth> MarathonServer::authFromString(const QString& text)
{
    for (Auth auth : { Auth::None, Auth::Basic, Auth::DcosToken, Auth::DcosLogin }) {
        if (text.compare(authToString(auth), Qt::CaseInsensitive) == 0)
            return auth;
    }
    return std::nullopt;
}

} // namespace habmesos
