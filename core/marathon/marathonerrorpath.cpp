// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonerrorpath.h"

#include <QRegularExpression>
#include <QStringList>

namespace habmesos {

QString MarathonErrorPath::toFieldPath(QStringView serverPath)
{
    QString path = serverPath.trimmed().toString();
    if (path == u"self" || path == u"/" || path.isEmpty())
        return {};
    // The old attribute form ("apps[43].value") separates levels with '.'; the new one starts
    // with '/' and separates with '/' only, since env names and labels may contain dots.
    if (!path.startsWith(u'/'))
        path.replace(u'.', u'/');
    // Indices: "(1)" (1.x) and "[1]" (0.x) both become "/1".
    static const QRegularExpression index(QStringLiteral("[\\(\\[](\\d+)[\\)\\]]"));
    path.replace(index, QStringLiteral("/\\1"));
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    // The deprecated fields, as our model holds them.
    if (parts.size() >= 2 && parts[0] == u"ports")
        parts = QStringList { QStringLiteral("portDefinitions"), parts[1], QStringLiteral("port") } + parts.mid(2);
    else if (parts.size() >= 2 && parts[0] == u"uris")
        parts = QStringList { QStringLiteral("fetch"), parts[1], QStringLiteral("uri") } + parts.mid(2);
    if (parts.last() == u"self")
        parts.removeLast();
    return parts.join(u'/');
}

} // namespace habmesos
