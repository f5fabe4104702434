// SPDX-License-Identifier: Apache-2.0
// The main window's shell: its menus and their mnemonics (English and German), the keyboard
// (undo and redo are the document's, Cancel Build, visible focus), Help ▸ About, the empty window,
// and no stale state (Build without a package, a package that fails to open).
#include "package/demopackages.h"
#include "support/testhome.h"
#include "support/testwait.h"
#include "translations/translations.h"
#include "ui/aboutdialog.h"
#include "ui/appform.h"
#include "ui/buildpanel.h"
#include "ui/exportdocument.h"
#include "ui/mainwindow.h"
#include "ui/packagebrowser.h"
#include "ui/packagetreemodel.h"
#include "ui/settings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace habmesos;

namespace {

// The mnemonic letter of a menu text ("&File" → "f"), or an empty string.
QString mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "Edit: &Copy JSON and &Cut share C" for every pair of actions in `actions` with one letter.
QStringList collisions(const QString& where, const QList<QAction*>& actions)
{
    QStringList out;
    QHash<QString, QString> seen;
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString key = mnemonic(action->text());
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            out.append(QStringLiteral("%1: %2 and %3 share %4").arg(where, seen.value(key), action->text(), key));
        else
            seen.insert(key, action->text());
    }
    return out;
}

QAction* actionNamed(QWidget* window, const QString& text)
{
    for (QAction* a : window->findChildren<QAction*>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

class tst_MainWindowShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void menusAndMnemonics_data();
    void menusAndMnemonics();
    void visibleMnemonicsAreUnique_data();
    void visibleMnemonicsAreUnique();
    void undoAndRedoAreTheDocuments();
    void cancelBuildHasAShortcut();
    void focusedTreeShowsACurrentItem();
    void aboutNamesVersionsAndLicences();
    void emptyWindowSaysWhereItLooked();
    void buildNeedsAPackage();
    void aPackageThatFailsClearsTheForm();

private:
    bool openDemo(MainWindow& window);
    QTemporaryDir m_home;
};

void tst_MainWindowShell::initTestCase()
{
    QVERIFY(m_home.isValid());
    const Status home = test::TestHome::redirect(m_home.path(), true);
    QVERIFY2(home.ok(), qPrintable(home.error()));
    const auto location = DemoPackages::ensure();
    QVERIFY2(location.ok(), qPrintable(location.error()));
}

void tst_MainWindowShell::cleanup()
{
    qDeleteAll(qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly));
}

bool tst_MainWindowShell::openDemo(MainWindow& window)
{
    QSignalSpy shown(&window, &MainWindow::packageShown);
    return window.openDemo() && shown.wait(test::WaitMs) && window.document()->hasPackage();
}

void tst_MainWindowShell::menusAndMnemonics_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void tst_MainWindowShell::menusAndMnemonics()
{
    QFETCH(QString, language);
    if (language != QLatin1String("en"))
        QVERIFY(!Translations::install(qApp, QLocale(language)).isEmpty());
    Settings settings(m_home.filePath(QStringLiteral("menus-%1.conf").arg(language)));
    settings.addRecentPackage(QStringLiteral("demo/hello"));
    MainWindow window(&settings);
    const QList<QAction*> top = window.menuBar()->actions();
    if (language == QLatin1String("en")) {
        QStringList titles;
        for (QAction* a : top)
            titles.append(a->text());
        QCOMPARE(titles, QStringList({ "&File", "&Edit", "&Run", "&Help" }));
    }
    QStringList found = collisions(QStringLiteral("menu bar"), top);
    for (QAction* a : top) {
        QVERIFY2(!mnemonic(a->text()).isEmpty(), qPrintable(a->text()));
        found += collisions(a->text(), a->menu()->actions());
        for (QAction* sub : a->menu()->actions()) {
            if (sub->menu())
                found += collisions(sub->text(), sub->menu()->actions());
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void tst_MainWindowShell::visibleMnemonicsAreUnique_data()
{
    menusAndMnemonics_data();
}

// Alt+letter reaches the one control on screen that has it: for every page of the form beside
// every page of the panels below the JSON, the letters of what is visible are unique and none
// is a menu's.
void tst_MainWindowShell::visibleMnemonicsAreUnique()
{
    QFETCH(QString, language);
    if (language != QLatin1String("en"))
        QVERIFY(!Translations::install(qApp, QLocale(language)).isEmpty());
    Settings settings(m_home.filePath(QStringLiteral("visible-%1.conf").arg(language)));
    MainWindow window(&settings);
    QVERIFY(openDemo(window));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QHash<QString, QString> menus;
    for (QAction* a : window.menuBar()->actions())
        menus.insert(mnemonic(a->text()), a->text());
    QList<QTabWidget*> outer;
    for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
        bool nested = false;
        for (QWidget* w = tabs->parentWidget(); w && w != &window; w = w->parentWidget())
            nested = nested || qobject_cast<QTabWidget*>(w);
        if (!nested)
            outer.append(tabs);
    }
    // The browser's sources (this machine, Builder) are the outermost loop.
    QTabWidget* sources = window.browser()->sourceTabs();
    QVERIFY(outer.removeAll(sources) == 1);
    QCOMPARE(outer.size(), 2); // the form's pages and the panels'
    QStringList found;
    for (int s = 0; s < sources->count(); ++s) {
        sources->setCurrentIndex(s);
        for (int i = 0; i < outer[0]->count(); ++i) {
            outer[0]->setCurrentIndex(i);
            for (int j = 0; j < outer[1]->count(); ++j) {
                outer[1]->setCurrentIndex(j);
                QHash<QString, QString> seen = menus;
                auto check = [&](const QWidget* widget, const QString& text) {
                    const QString key = mnemonic(text);
                    if (key.isEmpty() || !widget->isVisibleTo(&window))
                        return;
                    const QString where
                        = sources->tabText(s) + u'+' + outer[0]->tabText(i) + u'+' + outer[1]->tabText(j);
                    if (seen.contains(key))
                        found.append(QStringLiteral("%1: %2 and %3 share %4").arg(where, seen.value(key), text, key));
                    else
                        seen.insert(key, text);
                };
                for (const QLabel* label : window.findChildren<QLabel*>()) {
                    if (label->buddy())
                        check(label, label->text());
                }
                for (const QAbstractButton* button : window.findChildren<QAbstractButton*>())
                    check(button, button->text());
                for (const QGroupBox* box : window.findChildren<QGroupBox*>())
                    check(box, box->title());
            }
        }
    }
    found.removeDuplicates();
    for (const QString& line : std::as_const(found))
        qWarning().noquote() << line; // all of them: a failure message is cut short
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 shared letters").arg(found.size())));
}

void tst_MainWindowShell::undoAndRedoAreTheDocuments()
{
    Settings settings(m_home.filePath(QStringLiteral("undo.conf")));
    MainWindow window(&settings);
    QVERIFY(openDemo(window));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QLineEdit* id = nullptr;
    for (QLineEdit* edit : window.form()->findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == QLatin1String("Application id"))
            id = edit;
    }
    QVERIFY(id);
    const QString before = window.document()->app().id;
    id->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(id->hasFocus());
    id->end(false);
    QTest::keyClicks(id, QStringLiteral("x"));
    QCOMPARE(window.document()->app().id, before + QLatin1Char('x'));
    QUndoStack* stack = window.document()->undoStack();
    const int edited = stack->index();

    // Ctrl+Z in the focused line edit undoes the document's edit, not the line edit's typing.
    QTest::keyClick(id, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->index(), edited - 1);
    QCOMPARE(window.document()->app().id, before);
    QCOMPARE(id->text(), before);
    QVERIFY(stack->canRedo()); // the redo stack is still there

    QTest::keyClick(id, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stack->index(), edited);
    QCOMPARE(window.document()->app().id, before + QLatin1Char('x'));
    QTest::keyClick(id, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(id, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(stack->index(), edited);
    QCOMPARE(id->text(), before + QLatin1Char('x'));

    // With nothing left to redo, the line edit's own redo does not run either.
    const int count = stack->count();
    QTest::keyClick(id, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(stack->count(), count);
    QCOMPARE(id->text(), before + QLatin1Char('x'));
}

void tst_MainWindowShell::cancelBuildHasAShortcut()
{
    Settings settings(m_home.filePath(QStringLiteral("cancel.conf")));
    MainWindow window(&settings);
    QAction* cancel = window.cancelBuildAction();
    QVERIFY(cancel->shortcuts().contains(QKeySequence(Qt::Key_Escape)));
    QVERIFY(cancel->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Period)));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy triggered(cancel, &QAction::triggered);
    cancel->setEnabled(true); // as while a build runs
    QTest::keyClick(&window, Qt::Key_Period, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_Escape);
    QCOMPARE(triggered.size(), 2);
}

void tst_MainWindowShell::focusedTreeShowsACurrentItem()
{
    Settings settings(m_home.filePath(QStringLiteral("focus.conf")));
    MainWindow window(&settings);
    QSignalSpy scanned(window.browser(), &PackageBrowser::scanFinished);
    QVERIFY(window.openDemo());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(window.browser()->treeModel()->rowCount() > 0);
    QTreeView* tree = nullptr;
    for (QTreeView* view : window.browser()->findChildren<QTreeView*>()) {
        if (view->accessibleName() == QLatin1String("Dependencies"))
            tree = view;
    }
    QVERIFY(tree);
    QTRY_VERIFY(tree->model()->rowCount() > 0);
    tree->setCurrentIndex({});
    tree->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(tree->hasFocus());
    // A current item: the style draws its focus frame, so the focus stop is visible.
    QVERIFY(tree->currentIndex().isValid());
}

void tst_MainWindowShell::aboutNamesVersionsAndLicences()
{
    const QString libraries = AboutDialog::libraries().join(u'\n');
    for (const char* expected : { "Qt ", "libarchive ", "libsodium ", "libdeflate ", "toml++ ", "LGPL", "ISC", "MIT" })
        QVERIFY2(libraries.contains(QLatin1String(expected)), qPrintable(libraries));
    QVERIFY(libraries.contains(QString::fromLatin1(qVersion())));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7")); // as main() sets it
    AboutDialog about;
    QVERIFY2(about.text().contains(QStringLiteral("habmesos 9.8.7")), qPrintable(about.text()));
    // The build tree has the README beside the sources.
    QVERIFY(AboutDialog::readmeUrl().isLocalFile());
    QVERIFY(about.text().contains(AboutDialog::readmeUrl().toString(QUrl::FullyEncoded)));

    Settings settings(m_home.filePath(QStringLiteral("about.conf")));
    MainWindow window(&settings);
    QVERIFY(actionNamed(&window, QStringLiteral("&About habmesos")));
}

void tst_MainWindowShell::emptyWindowSaysWhereItLooked()
{
    QTemporaryDir userCache;
    Settings settings(m_home.filePath(QStringLiteral("empty.conf")));
    settings.setArtifactCacheDir(userCache.path());
    MainWindow window(&settings);
    QSignalSpy scanned(window.browser(), &PackageBrowser::scanFinished);
    QVERIFY(scanned.wait(test::WaitMs));
    auto* details = window.browser()->findChild<QLabel*>(QStringLiteral("packageDetails"));
    QVERIFY(details);
    QVERIFY2(details->text().contains(QDir::toNativeSeparators(userCache.path()).toHtmlEscaped()),
        qPrintable(details->text()));
    QVERIFY2(details->text().contains(QStringLiteral("No package found")), qPrintable(details->text()));
    QVERIFY(details->text().contains(QStringLiteral("habmesos:demo")));
    // The link opens the demo.
    QSignalSpy shown(&window, &MainWindow::packageShown);
    Q_EMIT details->linkActivated(QStringLiteral("habmesos:demo"));
    QVERIFY(shown.wait(test::WaitMs));
    QVERIFY(window.document()->hasPackage());
}

void tst_MainWindowShell::buildNeedsAPackage()
{
    Settings settings(m_home.filePath(QStringLiteral("build.conf")));
    MainWindow window(&settings);
    auto* panel = window.findChild<BuildPanel*>();
    QVERIFY(panel);
    auto* button = panel->findChildren<QPushButton*>().value(0);
    QVERIFY(button);
    QVERIFY(!window.buildAction()->isEnabled());
    QVERIFY(!button->isEnabled());
    QVERIFY(openDemo(window));
    QVERIFY(window.buildAction()->isEnabled());
    QVERIFY(button->isEnabled());
}

void tst_MainWindowShell::aPackageThatFailsClearsTheForm()
{
    Settings settings(m_home.filePath(QStringLiteral("fail.conf")));
    MainWindow window(&settings);
    QVERIFY(openDemo(window));
    const QString demoId = window.document()->app().id;
    QVERIFY(!demoId.isEmpty());
    QLineEdit* id = nullptr;
    for (QLineEdit* edit : window.form()->findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == QLatin1String("Application id"))
            id = edit;
    }
    QVERIFY(id);
    QCOMPARE(id->text(), demoId);

    // Not in the demo's cache: the previous package is gone from the form, the title and Build.
    QSignalSpy failed(window.browser(), &PackageBrowser::packageFailed);
    QVERIFY(!window.browser()->openPackage(QStringLiteral("nosuch/package")));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!window.document()->hasPackage());
    QVERIFY(id->text() != demoId);
    QVERIFY(!window.windowTitle().contains(QStringLiteral("demo/hello")));
    QVERIFY(!window.buildAction()->isEnabled());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("nosuch/package")));

    // A file that is not a package: the same.
    QVERIFY(openDemo(window));
    QTemporaryDir dir;
    const QString bogus = dir.filePath(QStringLiteral("bogus.hart"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a package");
    file.close();
    // Opened after the rescan that leaving the demo starts.
    failed.clear();
    window.openPackage(bogus);
    QVERIFY(!failed.isEmpty() || failed.wait(test::WaitMs));
    QCOMPARE(failed.constFirst().constFirst().toString(), bogus);
    QVERIFY(!window.document()->hasPackage());
    QVERIFY(id->text() != demoId);
}

QTEST_MAIN(tst_MainWindowShell)
#include "tst_mainwindowshell.moc"
