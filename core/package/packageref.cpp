// SPDX-License-Identifier: Apache-2.0
#include "package/packageref.h"

#include <QCoreApplication>

namespace habmesos {

QString PackageRef::sourceText(Source source)
{
    switch (source) {
    case Source::ExplicitArtifact:
        return tr("artifact");
    case Source::CachedArtifact:
        return tr("cached artifact");
    case Source::Installed:
        return tr("installed");
    }
    return {};
}

QString PackageRef::sourceKey(Source source)
{
    switch (source) {
    case Source::ExplicitArtifact:
        return QStringLiteral("explicit");
    case Source::CachedArtifact:
        return QStringLiteral("cache");
    case Source::Installed:
        return QStringLiteral("installed");
    }
    return {};
}

} // namespace habmesos
