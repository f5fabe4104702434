// SPDX-License-Identifier: Apache-2.0
// The main window's menus and their actions (the window itself is in mainwindow.cpp).
#include "ui/mainwindow.h"

#include "ui/aboutdialog.h"
#include "ui/exportdocument.h"
#include "ui/jsonpreview.h"
#include "ui/packagebrowser.h"
#include "ui/settings.h"

#include <QAction>
#include <QDesktopServices>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>
#include <QUrl>

namespace habmesos {

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open .hart…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Demo Package"), this, &MainWindow::openDemo);
    file->addAction(tr("Open De&finition…"), this, &MainWindow::openDefinitionDialog);
    QAction* rescan = file->addAction(tr("Res&can Packages"), this, &MainWindow::rescan);
    rescan->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save JSON…"), this, &MainWindow::saveJsonDialog);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z and Ctrl+Y whatever the platform's standard says (KeyboardRouter routes both).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& key :
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) })
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_copyAction = edit->addAction(tr("&Copy JSON"), m_preview, &JsonPreview::copyJson);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAction->setEnabled(false);
    m_copyCommandAction = edit->addAction(tr("Copy as Command &Line"), this, &MainWindow::copyCommandLine);
    m_copyCommandAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_copyCommandAction->setEnabled(false);
    QAction* find = edit->addAction(tr("&Find Package"), this, [this] {
        m_browser->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_browser->filterEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    // Build and Deploy run the panels' start() and deploy(); the integrator connects them (see
    // addSidePanel in mainwindow.h) and enables them.
    QMenu* run = menuBar()->addMenu(tr("&Run"));
    m_buildAction = run->addAction(tr("&Build"));
    m_buildAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_buildAction->setEnabled(false);
    m_cancelBuildAction = run->addAction(tr("&Cancel Build"));
    // Enabled only while a build runs, so Esc means nothing else then.
    m_cancelBuildAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Period), QKeySequence(Qt::Key_Escape) });
    m_cancelBuildAction->setEnabled(false);
    m_deployAction = run->addAction(tr("&Deploy to Marathon"));
    m_deployAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_deployAction->setEnabled(false);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About habmesos"), this, [this] { AboutDialog(this).exec(); });
    if (const QUrl readme = AboutDialog::readmeUrl(); !readme.isEmpty())
        help->addAction(tr("Open the &README"), this, [readme] { QDesktopServices::openUrl(readme); });

    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->recentPackages();
    for (const QString& package : recent)
        m_recentMenu->addAction(package, this, [this, package] { openPackage(package); });
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the List"), this, [this] {
            m_settings->clearRecentPackages();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace habmesos
