// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packagesources.h"
#include "result.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;

namespace habmesos {

class AppForm;
class ExportDocument;
class JsonPreview;
class PackageBrowser;
class SessionKeeper;
class Settings;

// The main window: the package browser and its details on the left, the forms in the middle,
// the JSON preview with its problems on the right, and below the preview a tab widget where the
// Build and Marathon panels go (see addSidePanel).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `settings` may be null: then the user's settings file is used (and owned).
    explicit MainWindow(Settings* settings = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    ExportDocument* document() const { return m_document; }
    PackageBrowser* browser() const { return m_browser; }
    AppForm* form() const { return m_form; }
    JsonPreview* preview() const { return m_preview; }
    Settings* settings() const { return m_settings; }

    // Where the user's packages are looked for (the settings' folders at start). The demo has
    // its own; opening anything else goes back to these.
    void setSources(const PackageSources& sources);
    const PackageSources& userSources() const { return m_userSources; }
    // The built-in demo cache, and its service package picked. False (with a message) on failure.
    bool openDemo();
    // An ident or a .hart path.
    bool openPackage(const QString& package);
    // The .hart files among dropped URLs: the first is opened. False when there is none.
    bool openUrls(const QList<QUrl>& urls);
    // Opens an app definition (a file's text, an app from a server) and its package, and continues
    // editing it; what the forms cannot show is kept and named beside the preview. False, with the
    // reason in the status bar, when it cannot be opened (or the operator kept unsaved changes).
    bool openDefinition(const QByteArray& json, const QString& whereFrom);
    // The last session (its package, then its settings), or else the last package.
    bool restoreSession();
    SessionKeeper* sessionKeeper() const { return m_keeper; }
    // Saves the JSON; with errors in the definition only when `force`. The error names the file.
    bool saveJsonTo(const QString& path, bool force, QString* error = nullptr);

    // Adds a tab below the JSON preview (the Build and Marathon panels are added at start).
    void addSidePanel(QWidget* panel, const QString& title);
    QTabWidget* sidePanels() const { return m_sidePanels; }
    QAction* buildAction() const { return m_buildAction; }
    QAction* cancelBuildAction() const { return m_cancelBuildAction; }
    QAction* deployAction() const { return m_deployAction; }

    // Puts `habmesos export ...` for the package and the settings on the clipboard (shell-quoted) and
    // returns it; the status bar names what a command line cannot say.
    QString copyCommandLine();

public Q_SLOTS:
    void showStatus(const QString& text);

Q_SIGNALS:
    // The document has the package's closure (its details are shown).
    void packageShown();
    // The Build and Marathon panels are in place (the latter once the secret store is known).
    void operationPanelsReady();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void layOutColumns(); // the splitters (mainwindowlayout.cpp)
    void fitColumns(); // the splitter's columns for the window's width
    void addOperationPanels();
    void updateRecentMenu();
    void updateTitle();
    void updateProblemCount();
    void openFileDialog();
    void openDefinitionDialog();
    void saveJsonDialog();
    Status storePreferences(); // the settings file's error, if it could not be written
    // The browser's sources (it rescans); the document takes the sources of each package loaded.
    void useSources(const PackageSources& sources);
    // Back to the user's sources after the demo (before anything else is opened).
    void leaveDemo();
    void rescan();

    std::unique_ptr<Settings> m_ownedSettings;
    Settings* m_settings;
    ExportDocument* m_document;
    PackageBrowser* m_browser;
    AppForm* m_form;
    JsonPreview* m_preview;
    QTabWidget* m_sidePanels;
    QSplitter* m_columns = nullptr;
    bool m_columnsFitted = false;
    SessionKeeper* m_keeper = nullptr;
    QLabel* m_problemCount = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_copyCommandAction = nullptr;
    QAction* m_buildAction = nullptr;
    QAction* m_cancelBuildAction = nullptr;
    QAction* m_deployAction = nullptr;
    PackageSources m_userSources;
    bool m_demo = false; // the browser shows the demo's cache
};

} // namespace habmesos
