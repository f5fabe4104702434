// SPDX-License-Identifier: Apache-2.0
// One executable: with a subcommand (or --help / --version) it runs headless on QCoreApplication
// and needs no display; otherwise it opens the main window.
#include "cli/subcommand.h"
#include "translations/translations.h"
#include "ui/appform.h"
#include "ui/desktopintegration.h"
#include "ui/exportdocument.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

namespace {

// Waits for the window's package (or gives up after `ms`); true when it is shown.
bool waitForPackage(habmesos::MainWindow& window, int ms)
{
    if (window.document()->hasPackage())
        return true;
    QEventLoop loop;
    QObject::connect(&window, &habmesos::MainWindow::packageShown, &loop, &QEventLoop::quit);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return window.document()->hasPackage();
}

// Renders the main states of the window offscreen into DIR/<state>.png (scripts/screenshots).
int renderScreenshots(habmesos::MainWindow& window, const QString& dir)
{
    QTextStream err(stderr);
    if (!QDir().mkpath(dir)) {
        err << "habmesos: cannot create " << dir << Qt::endl;
        return 1;
    }
    window.resize(1440, 900);
    window.show();
    auto grab = [&](const QString& name) {
        QCoreApplication::processEvents();
        const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
        if (!window.grab().save(path)) {
            err << "habmesos: cannot write " << path << Qt::endl;
            return false;
        }
        return true;
    };
    if (!grab(QStringLiteral("start")))
        return 1;
    if (!window.openDemo() || !waitForPackage(window, 60000)) {
        err << "habmesos: the demo package did not open" << Qt::endl;
        return 1;
    }
    QTabWidget* tabs = window.form()->tabs();
    const QStringList names = { QStringLiteral("application"), QStringLiteral("environment"), QStringLiteral("ports"),
        QStringLiteral("health-check"), QStringLiteral("placement"), QStringLiteral("output") };
    for (int i = 0; i < tabs->count() && i < names.size(); ++i) {
        tabs->setCurrentIndex(i);
        const bool placement = names.at(i) == QLatin1String("placement");
        if (placement) { // an example, taken back after the picture
            window.document()->setConstraints(
                { { QStringLiteral("hostname"), QStringLiteral("UNIQUE"), std::nullopt } });
            window.document()->setLabels({ { QStringLiteral("team"), QStringLiteral("payments") } });
        }
        if (!grab(names.at(i)))
            return 1;
        if (placement) {
            window.document()->undoStack()->undo();
            window.document()->undoStack()->undo();
        }
    }
    tabs->setCurrentIndex(0);
    window.document()->setAppId(QStringLiteral("/Not A Valid Id"));
    window.document()->setMem(0);
    if (!grab(QStringLiteral("validation")))
        return 1;
    return 0;
}

} // namespace

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
        // Messages follow the system locale like the window's; the JSON on stdout never changes.
        habmesos::Translations::install(&app);
        return habmesos::Subcommand::runHeadless(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    habmesos::Translations::install(&app);
    habmesos::DesktopIntegration::apply();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Habitat packages on Mesos and Marathon"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Open the built-in demo package"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Render the main window's states into DIR as PNG files and exit"),
        QStringLiteral("DIR"));
    parser.addOptions({ demo, screenshots });
    parser.addPositionalArgument(
        QStringLiteral("package"), QCoreApplication::translate("main", "A .hart file or package ident to open"));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "habmesos: %s\n", qPrintable(parser.errorText()));
        return 2;
    }

    habmesos::MainWindow window;
    if (parser.isSet(screenshots))
        return renderScreenshots(window, parser.value(screenshots));

    window.show();
    if (parser.isSet(demo))
        window.openDemo();
    else if (!parser.positionalArguments().isEmpty())
        window.openPackage(parser.positionalArguments().first());
    else
        window.restoreSession(); // the last session, or else the last package
    return app.exec();
}
