// SPDX-License-Identifier: Apache-2.0
#include "marathon/httpurl.h"

namespace habmesos {

bool HttpUrl::isHttp(const QUrl& url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"http" || url.scheme() == u"https");
}

Result<QUrl> HttpUrl::parse(const QString& text, Credentials credentials)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!isHttp(url))
        return Result<QUrl>::failure(
            tr("“%1” is not an http or https URL").arg(QUrl(text).toDisplayString(QUrl::RemoveUserInfo)));
    if (credentials == Credentials::Refused && !url.userInfo().isEmpty())
        return Result<QUrl>::failure(ErrorKind::Unsafe,
            tr("put no user or password in the URL (they would be visible to other users); give them separately"));
    return url;
}

bool HttpUrl::isFolder(const QUrl& url)
{
    const QString path = url.path();
    return path.isEmpty() || path.endsWith(u'/');
}

QUrl HttpUrl::withFileName(const QUrl& url, const QString& fileName)
{
    if (!isFolder(url))
        return url;
    QUrl out = url;
    // Encoded, so that a name with '%', '?' or '#' stays one path segment.
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    out.setPath(path + QString::fromLatin1(QUrl::toPercentEncoding(fileName)), QUrl::TolerantMode);
    return out;
}

QString HttpUrl::forDisplay(const QUrl& url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

QString HttpUrl::hostAndPort(const QUrl& url)
{
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(url.scheme() == u"https" ? 443 : 80));
}

} // namespace habmesos
