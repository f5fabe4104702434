// SPDX-License-Identifier: Apache-2.0
// One executable: with a subcommand (or --help / --version) it runs headless on QCoreApplication
// and needs no display; otherwise it opens the main window.
#include "mainwindow.h"
#include "subcommand.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("habmesos"));
    QCoreApplication::setApplicationName(QStringLiteral("habmesos"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HABMESOS_VERSION));

    if (habmesos::Subcommand::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        return habmesos::Subcommand::runHeadless(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    habmesos::MainWindow window;
    window.show();
    return app.exec();
}
