// SPDX-License-Identifier: Apache-2.0
// One executable: with a subcommand it runs headless on QCoreApplication (no display needed);
// otherwise it opens the main window.
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("habmesos"));
    QCoreApplication::setApplicationName(QStringLiteral("habmesos"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HABMESOS_VERSION));

    QApplication app(argc, argv);
    habmesos::MainWindow window;
    window.show();
    return app.exec();
}
