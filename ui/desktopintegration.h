// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QString>

namespace habmesos {

// Ties the running application to its installed desktop files: the application id (which names the
// .desktop file, the AppStream metainfo, the icon and the MIME package) and the window icon.
class DesktopIntegration
{
public:
    // "io.github.habmesos.Habmesos"
    static QString appId();
    // The icon embedded under :/icons, falling back to the installed theme icon.
    static QIcon applicationIcon();
    // Sets the desktop file name (so Wayland compositors match windows to the .desktop entry) and
    // the window icon. Call after the QGuiApplication exists.
    static void apply();
};

} // namespace habmesos
