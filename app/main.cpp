// SPDX-License-Identifier: Apache-2.0
// One executable: with a subcommand (or --help / --version) it runs headless on QCoreApplication
// and needs no display; otherwise it opens the main window.
#include "mainwindow.h"
#include "subcommand.h"

#include <QApplication>
#include <QCoreApplication>

#include <malloc.h>

int main(int argc, char** argv)
{
    // Large buffers (xz dictionaries, compression blocks) are mapped and go straight back to the
    // system when freed. glibc would otherwise raise this threshold after the first such free
    // and keep the next ones in its heap, which costs an export about a quarter of its memory.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);

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
