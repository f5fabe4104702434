// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageclosure.h"
#include "package/packagerepository.h"
#include "package/packagesources.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;

namespace habmesos {

class BuilderPanel;
class DependencyTreeModel;
class PackageDetailsLoader;
class PackageTreeModel;

// Picks a package: the artifact cache and the installed packages as a searchable tree, Builder
// as a second tab (BuilderPanel), .hart files opened or dropped, and the details of the package
// picked (filled in the background).
class PackageBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit PackageBrowser(QWidget* parent = nullptr);

    // Rescans; a package still being read from the old sources is dropped.
    void setSources(const PackageSources& sources);
    const PackageSources& sources() const { return m_sources; }
    void rescan();

    // Selects an ident (origin/name[/version[/release]], the newest satisfying it) or opens a
    // .hart file. False, with a message in the details, when it is not there. While a scan runs
    // the package is opened when it ends (true; problems then show in the details).
    bool openPackage(const QString& package);
    bool openArtifact(const QString& hartPath);

    PackageTreeModel* treeModel() const { return m_treeModel; }
    QSortFilterProxyModel* filterModel() const { return m_filter; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    DependencyTreeModel* dependencyModel() const { return m_dependencies; }
    PackageDetailsLoader* loader() const { return m_loader; }
    BuilderPanel* builderPanel() const { return m_builder; }
    QTabWidget* sourceTabs() const { return m_sourceTabs; }

    // What the details say while no package is picked: where packages were looked for, and a link
    // that opens the demo (demoRequested).
    QString emptyText() const;

    // Asked before a click in the tree replaces the open package (unsaved changes: Save, Discard,
    // Cancel); false keeps the package that is open.
    void setSwitchGuard(std::function<bool()> guard) { m_switchGuard = std::move(guard); }

Q_SIGNALS:
    void scanFinished();
    // The link in the empty details was followed.
    void demoRequested();
    // An ident or .hart asked for could not be opened (`message` says why, as the details do): the
    // previous package is no longer what is shown.
    void packageFailed(const QString& request, const QString& message);
    // The closure of the package picked, ready. `request` is what an export names: the ident,
    // or the .hart path for a file opened by hand.
    void packageLoaded(const QString& request, const habmesos::PackageClosure& closure);
    void packageLoading(const QString& request);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fail(const QString& request, const QString& message);
    void showEmpty();
    void select(const PackageRef& ref);
    void showDetails(const PackageRef& ref, const PackageClosure& closure);
    void showMessage(const QString& text);

    PackageSources m_sources;
    PackageRepository m_repository;
    QList<PackageRef> m_explicit; // .hart files opened by hand, re-added after a rescan
    QFutureWatcher<PackageRepository>* m_scan = nullptr;
    bool m_scanning = false;
    QString m_pendingOpen; // an ident or .hart asked for while a scan runs
    std::function<bool()> m_switchGuard;
    bool m_openingProgrammatically = false;
    PackageTreeModel* m_treeModel;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_filterEdit;
    QTreeView* m_tree;
    PackageDetailsLoader* m_loader;
    DependencyTreeModel* m_dependencies;
    QLabel* m_details;
    QTreeView* m_dependencyView;
    QString m_currentRequest;
    QTabWidget* m_sourceTabs;
    BuilderPanel* m_builder;
};

} // namespace habmesos
