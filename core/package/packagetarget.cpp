// SPDX-License-Identifier: Apache-2.0
#include "package/packagetarget.h"

#include <QRegularExpression>
#include <QStringList>

namespace habmesos {

bool PackageTarget::isWellFormed(QStringView target)
{
    static const QRegularExpression re(QStringLiteral("\\A[a-z0-9_]+-[a-z0-9_]+(-[a-z0-9_]+)?\\z"));
    return re.match(target).hasMatch();
}

bool PackageTarget::isKnown(QStringView target)
{
    static const QStringList known = {
        QStringLiteral("x86_64-linux"),
        QStringLiteral("x86_64-linux-kernel2"),
        QStringLiteral("x86_64-windows"),
        QStringLiteral("x86_64-darwin"),
        QStringLiteral("aarch64-linux"),
        QStringLiteral("aarch64-darwin"),
        QStringLiteral("aarch64-windows"),
    };
    return known.contains(target);
}

bool PackageTarget::isLinux(QStringView target)
{
    return target.split(u'-').value(1) == u"linux";
}

} // namespace habmesos
