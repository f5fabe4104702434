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

} // namespace habmesos
