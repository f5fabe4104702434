// SPDX-License-Identifier: Apache-2.0
#include "ui/desktopintegration.h"

#include <QGuiApplication>

namespace habmesos {

QString DesktopIntegration::appId()
{
    return QStringLiteral(HABMESOS_APP_ID);
}

QIcon DesktopIntegration::applicationIcon()
{
    // The SVG needs Qt's SVG icon engine (libqt6svg6) to render; without it the embedded icon is
    // null and the installed hicolor PNGs, found through the theme, stand in.
    QIcon icon(QStringLiteral(":/icons/%1.svg").arg(appId()));
    if (icon.availableSizes().isEmpty() && icon.pixmap(32, 32).isNull())
        icon = QIcon::fromTheme(appId());
    return icon;
}

void DesktopIntegration::apply()
{
    QGuiApplication::setDesktopFileName(appId());
    QGuiApplication::setWindowIcon(applicationIcon());
}

} // namespace habmesos
