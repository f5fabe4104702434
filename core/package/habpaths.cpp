// SPDX-License-Identifier: Apache-2.0
#include "package/habpaths.h"

#include <QDir>

#include <unistd.h>

namespace habmesos {

QString HabPaths::userRoot()
{
    if (::geteuid() == 0)
        return QStringLiteral("/hab");
    return QDir::homePath() + QStringLiteral("/.hab");
}

QString HabPaths::keyCache()
{
    const QString env = qEnvironmentVariable("HAB_CACHE_KEY_PATH");
    return env.isEmpty() ? userRoot() + QStringLiteral("/cache/keys") : env;
}

QString HabPaths::artifactCache()
{
    const QString env = qEnvironmentVariable("HAB_CACHE_ARTIFACT_PATH");
    return env.isEmpty() ? userRoot() + QStringLiteral("/cache/artifacts") : env;
}

QString HabPaths::installedPackages()
{
    QString root = qEnvironmentVariable("FS_ROOT");
    if (root.isEmpty())
        root = QStringLiteral("/");
    return QDir::cleanPath(root + QStringLiteral("/hab/pkgs"));
}

} // namespace habmesos
