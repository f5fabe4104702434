// SPDX-License-Identifier: Apache-2.0
#include "support/testpaths.h"

#include <QDir>
#include <QFileInfo>

namespace habmesos::test {

QString sharedDir()
{
    const QString dir = QDir::cleanPath(QStringLiteral(HABMESOS_SHARED_DIR));
    return QFileInfo(dir).isDir() ? dir : QString();
}

QString habitatFixtures()
{
    const QString shared = sharedDir();
    if (shared.isEmpty())
        return {};
    const QString dir = shared + QStringLiteral("/fixtures/habitat");
    return QFileInfo(dir).isDir() ? dir : QString();
}

QString habmesosBinary()
{
    return QStringLiteral(HABMESOS_BINARY);
}

QString stoutExtractBinary()
{
    return QStringLiteral(HABMESOS_STOUT_EXTRACT);
}

QString sourceDir()
{
    return QStringLiteral(HABMESOS_SOURCE_DIR);
}

} // namespace habmesos::test
