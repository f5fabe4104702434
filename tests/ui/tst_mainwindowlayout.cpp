// SPDX-License-Identifier: Apache-2.0
// The main window fits a small screen: its minimum size in English and German, the room the JSON
// preview gets, and (under Xvfb, as `ctest -R mainwindow_xvfb` runs it) a real window at
// 1024×700 with the demo package where no form widget is cut off.
#include "package/demopackages.h"
#include "support/testhome.h"
#include "support/testwait.h"
#include "translations/translations.h"
#include "ui/aboutdialog.h"
#include "ui/appform.h"
#include "ui/deploypanel.h"
#include "ui/exportdocument.h"
#include "ui/jsonpreview.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QLayout>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace habmesos;

namespace {

constexpr QSize SmallScreen(1024, 700);

// The widgets whose minimum is wider or taller than `limit`, innermost first: what forces the size.
QStringList culprits(QWidget* root, const QSize& limit)
{
    QStringList out;
    const QList<QWidget*> children = root->findChildren<QWidget*>();
    for (QWidget* w : children) {
        if (!w->isVisibleTo(root) || w->isWindow())
            continue;
        const QSize hint = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (hint.width() > limit.width() || hint.height() > limit.height())
            out.append(QStringLiteral("%1 (%2) %3×%4")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                           .arg(hint.width())
                           .arg(hint.height()));
    }
    return out;
}

QString describe(const QWidget* w)
{
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += QLatin1Char(' ') + w->objectName();
    if (!w->accessibleName().isEmpty())
        text += QStringLiteral(" \"%1\"").arg(w->accessibleName());
    return text;
}

} // namespace

class tst_MainWindowLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fitsASmallScreen_data();
    void fitsASmallScreen();
    void extraSpaceGoesToJsonAndForms();
    void realWindowShowsEveryField_data();
    void realWindowShowsEveryField();

private:
    void useLanguage(const QString& language);
    bool openDemo(MainWindow& window);

    QTemporaryDir m_home;
};

void tst_MainWindowLayout::initTestCase()
{
    QVERIFY(m_home.isValid());
    const Status home = test::TestHome::redirect(m_home.path(), true);
    QVERIFY2(home.ok(), qPrintable(home.error()));
    const auto location = DemoPackages::ensure();
    QVERIFY2(location.ok(), qPrintable(location.error()));
}

void tst_MainWindowLayout::cleanup()
{
    qDeleteAll(qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly));
}

void tst_MainWindowLayout::useLanguage(const QString& language)
{
    qDeleteAll(qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly));
    if (language != QLatin1String("en"))
        QVERIFY(!Translations::install(qApp, QLocale(language)).isEmpty());
}

bool tst_MainWindowLayout::openDemo(MainWindow& window)
{
    QSignalSpy shown(&window, &MainWindow::packageShown);
    QSignalSpy panels(&window, &MainWindow::operationPanelsReady);
    if (!window.openDemo() || !shown.wait(test::WaitMs))
        return false;
    // The Marathon panel comes once the secret store is known: it is part of the layout.
    return window.findChild<DeployPanel*>() || !panels.isEmpty() || panels.wait(test::WaitMs);
}

void tst_MainWindowLayout::fitsASmallScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void tst_MainWindowLayout::fitsASmallScreen()
{
    QFETCH(QString, language);
    useLanguage(language);
    Settings settings(m_home.filePath(language + QStringLiteral(".conf")));
    MainWindow window(&settings);
    QVERIFY(openDemo(window));
    // With each page of the form and each panel shown (a column asks for the width of its page).
    QTabWidget* tabs = window.form()->tabs();
    QTabWidget* panels = window.sidePanels();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        for (int panel = 0; panel < panels->count(); ++panel) {
            panels->setCurrentIndex(panel);
            const QSize hint = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(hint.width() <= SmallScreen.width() && hint.height() <= SmallScreen.height(),
                qPrintable(QStringLiteral("minimum %1×%2 with %3 and %4; forced by:\n  %5")
                               .arg(hint.width())
                               .arg(hint.height())
                               .arg(tabs->tabText(tab), panels->tabText(panel))
                               .arg(culprits(&window, SmallScreen - QSize(400, 300)).join(QStringLiteral("\n  ")))));
        }
    }
}

void tst_MainWindowLayout::extraSpaceGoesToJsonAndForms()
{
    Settings settings(m_home.filePath(QStringLiteral("space.conf")));
    MainWindow window(&settings);
    QVERIFY(openDemo(window));
    window.resize(SmallScreen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // At the smallest size the JSON still shows a useful number of lines.
    auto* json = window.preview()->findChild<QPlainTextEdit*>();
    QVERIFY(json);
    auto linesShown = [json] { return json->viewport()->height() / json->fontMetrics().lineSpacing(); };
    const int lines = linesShown();
    QVERIFY2(lines >= 12, qPrintable(QString::number(lines)));
    // And at the window's smallest height.
    window.resize(SmallScreen.width(), window.minimumSizeHint().height());
    QCoreApplication::processEvents();
    const int fewest = linesShown();
    QVERIFY2(fewest >= 8, qPrintable(QStringLiteral("%1 lines at %2 px").arg(fewest).arg(window.height())));
    window.resize(SmallScreen);
    QCoreApplication::processEvents();
    const int formWidth = window.form()->width();
    const int previewHeight = window.preview()->height();
    window.resize(1600, 1000);
    QCoreApplication::processEvents();
    QVERIFY(window.form()->width() > formWidth);
    QVERIFY(window.preview()->height() > previewHeight);
    // The read-only command box is as tall as the command, whatever the window's height.
    QPlainTextEdit* command = nullptr;
    for (QPlainTextEdit* edit : window.form()->findChildren<QPlainTextEdit*>())
        command = edit->accessibleName() == QLatin1String("Command") ? edit : command;
    QVERIFY(command);
    const int commandHeight = command->height();
    QVERIFY2(commandHeight <= 13 * command->fontMetrics().lineSpacing(), qPrintable(QString::number(commandHeight)));
    window.resize(1600, 1400);
    QCoreApplication::processEvents();
    QCOMPARE(command->height(), commandHeight);
    QVERIFY(command->verticalScrollBar()->maximum() == 0 || commandHeight >= 12 * command->fontMetrics().lineSpacing());
}

void tst_MainWindowLayout::realWindowShowsEveryField_data()
{
    fitsASmallScreen_data();
}

void tst_MainWindowLayout::realWindowShowsEveryField()
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("a real window needs an X server: ctest runs this under xvfb-run (mainwindow_xvfb)");
    QFETCH(QString, language);
    useLanguage(language);
    Settings settings(m_home.filePath(QStringLiteral("xvfb-%1.conf").arg(language)));
    MainWindow window(&settings);
    QVERIFY(openDemo(window));
    window.resize(SmallScreen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.size(), SmallScreen);
    QTabWidget* tabs = window.form()->tabs();
    auto* formScroll = window.findChild<QAbstractScrollArea*>(QStringLiteral("formScroll"));
    QVERIFY(formScroll);
    const QString shots = QString::fromLocal8Bit(qgetenv("HABMESOS_XVFB_SHOTS"));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        // The form column makes room for the page: no page scrolls sideways, even at 1024 pixels.
        QVERIFY2(!formScroll->horizontalScrollBar()->isVisible(),
            qPrintable(QStringLiteral("the %1 tab scrolls sideways at 1024×700").arg(tabs->tabText(tab))));
        const QList<QWidget*> widgets = window.findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisible() || w->isWindow())
                continue;
            // Inside the window, or, in a scroll area, inside what it scrolls (so it can be reached).
            QWidget* frame = &window;
            bool inView = false;
            for (QWidget* p = w->parentWidget(); p && p != &window; p = p->parentWidget()) {
                if (auto* area = qobject_cast<QScrollArea*>(p)) {
                    frame = area->widget();
                    break;
                }
                inView = inView || qobject_cast<QAbstractScrollArea*>(p); // an item view's editor
            }
            if (inView || w == frame || !frame || !frame->isAncestorOf(w))
                continue;
            const QRect r(w->mapTo(frame, QPoint(0, 0)), w->size());
            QVERIFY2(frame->rect().contains(r),
                qPrintable(QStringLiteral("%1 on tab %2 at %3,%4 %5×%6 is cut off (%7 is %8×%9)")
                               .arg(describe(w), tabs->tabText(tab))
                               .arg(r.x())
                               .arg(r.y())
                               .arg(r.width())
                               .arg(r.height())
                               .arg(describe(frame))
                               .arg(frame->width())
                               .arg(frame->height())));
        }
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(window.screen()
                        ->grabWindow(window.winId())
                        .save(QDir(shots).filePath(QStringLiteral("%1-1024x700-tab%2.png").arg(language).arg(tab))));
        }
    }
    if (!shots.isEmpty()) { // Help ▸ About, for a person to look at
        AboutDialog about(&window);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        QVERIFY(about.grab().save(QDir(shots).filePath(QStringLiteral("%1-about.png").arg(language))));
    }
    // Comfortable at 1280×800: no page of the form scrolls sideways.
    window.resize(1280, 800);
    QTRY_COMPARE(window.size(), QSize(1280, 800));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        QVERIFY2(!formScroll->horizontalScrollBar()->isVisible(),
            qPrintable(QStringLiteral("the %1 tab scrolls sideways at 1280×800: form %2 wide, needs %3")
                           .arg(tabs->tabText(tab))
                           .arg(formScroll->viewport()->width())
                           .arg(tabs->currentWidget()->minimumSizeHint().width())));
        if (!shots.isEmpty())
            QVERIFY(window.screen()
                        ->grabWindow(window.winId())
                        .save(QDir(shots).filePath(QStringLiteral("%1-1280x800-tab%2.png").arg(language).arg(tab))));
    }
}

QTEST_MAIN(tst_MainWindowLayout)
#include "tst_mainwindowlayout.moc"
