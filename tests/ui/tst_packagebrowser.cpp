// SPDX-License-Identifier: Apache-2.0
// The package browser: the tree's order (origin, name, version as Habitat compares versions,
// release), Down and Enter in the filter move into the results, and the empty state.
#include "package/demopackages.h"
#include "support/testhome.h"
#include "support/testwait.h"
#include "ui/packagebrowser.h"
#include "ui/packagetreemodel.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace habmesos;

namespace {

PackageRef ref(const QString& ident)
{
    PackageRef r;
    r.ident = PackageIdent::parse(ident).value();
    r.target = QStringLiteral("x86_64-linux");
    r.path = QStringLiteral("/cache/") + r.ident.archiveStem() + QStringLiteral(".hart");
    return r;
}

// The texts of a parent's children, in order.
QStringList childTexts(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    QStringList out;
    for (int i = 0; i < model->rowCount(parent); ++i)
        out.append(model->index(i, 0, parent).data().toString());
    return out;
}

QTreeView* packageTree(PackageBrowser& browser)
{
    for (QTreeView* view : browser.findChildren<QTreeView*>()) {
        if (view->accessibleName() == QLatin1String("Packages"))
            return view;
    }
    return nullptr;
}

} // namespace

class tst_PackageBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void treeSortsAscendingWithHabitatVersions();
    void downAndEnterMoveIntoTheResults_data();
    void downAndEnterMoveIntoTheResults();
    void emptyStateNamesTheFolders();
    void aMissingPackageIsReported();

private:
    QTemporaryDir m_home;
    DemoPackages::Location m_demo;
};

void tst_PackageBrowser::initTestCase()
{
    QVERIFY(m_home.isValid());
    const Status home = test::TestHome::redirect(m_home.path());
    QVERIFY2(home.ok(), qPrintable(home.error()));
    const auto location = DemoPackages::ensure();
    QVERIFY2(location.ok(), qPrintable(location.error()));
    m_demo = location.value();
}

void tst_PackageBrowser::treeSortsAscendingWithHabitatVersions()
{
    PackageTreeModel model;
    // Given in no order; 1.10.0 is newer than 1.9.2 (numerically per segment, not as text).
    model.setPackages({ ref(QStringLiteral("zeta/app/1.0.0/20240101000000")),
        ref(QStringLiteral("acme/web/1.10.0/20240301000000")), ref(QStringLiteral("acme/web/1.9.2/20240201000000")),
        ref(QStringLiteral("acme/api/2.0.0/20240101000000")), ref(QStringLiteral("acme/web/1.9.2/20240101000000")),
        ref(QStringLiteral("acme/web/1.2.0/20240101000000")) });
    QCOMPARE(childTexts(&model), QStringList({ "acme", "zeta" }));
    const QModelIndex acme = model.index(0, 0);
    QCOMPARE(childTexts(&model, acme), QStringList({ "api", "web" }));
    const QModelIndex web = model.index(1, 0, acme);
    QCOMPARE(childTexts(&model, web), QStringList({ "1.2.0", "1.9.2", "1.10.0" }));
    QCOMPARE(childTexts(&model, model.index(1, 0, web)), QStringList({ "20240101000000", "20240201000000" }));
}

void tst_PackageBrowser::downAndEnterMoveIntoTheResults_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Down") << int(Qt::Key_Down);
    QTest::newRow("Enter") << int(Qt::Key_Return);
}

void tst_PackageBrowser::downAndEnterMoveIntoTheResults()
{
    QFETCH(int, key);
    PackageBrowser browser;
    QSignalSpy scanned(&browser, &PackageBrowser::scanFinished);
    PackageSources sources;
    sources.artifactCache = m_demo.artifactCache;
    sources.useInstalled = false;
    browser.setSources(sources);
    QVERIFY(scanned.wait(test::WaitMs));
    browser.show();
    browser.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    QTreeView* tree = packageTree(browser);
    QVERIFY(tree);
    browser.filterEdit()->setFocus();
    QTRY_VERIFY(browser.filterEdit()->hasFocus());
    QTest::keyClicks(browser.filterEdit(), QStringLiteral("hello"));
    QVERIFY(browser.filterModel()->rowCount() > 0);
    QTest::keyClick(browser.filterEdit(), Qt::Key(key));
    QTRY_VERIFY(tree->hasFocus());
    QVERIFY(tree->currentIndex().isValid());
    QVERIFY(tree->currentIndex().data().toString().contains(QStringLiteral("demo")));
}

void tst_PackageBrowser::emptyStateNamesTheFolders()
{
    QTemporaryDir cache;
    PackageBrowser browser;
    QSignalSpy scanned(&browser, &PackageBrowser::scanFinished);
    PackageSources sources;
    sources.artifactCache = cache.path();
    sources.installedRoot = m_home.filePath(QStringLiteral("hab/pkgs"));
    sources.useInstalled = true;
    browser.setSources(sources);
    QVERIFY(scanned.wait(test::WaitMs));
    const QString text = browser.findChild<QLabel*>(QStringLiteral("packageDetails"))->text();
    QVERIFY2(text.contains(QDir::toNativeSeparators(cache.path()).toHtmlEscaped()), qPrintable(text));
    QVERIFY2(text.contains(QDir::toNativeSeparators(sources.installedRoot).toHtmlEscaped()), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("href=\"habmesos:demo\"")));
    QSignalSpy demo(&browser, &PackageBrowser::demoRequested);
    Q_EMIT browser.findChild<QLabel*>(QStringLiteral("packageDetails"))->linkActivated(QStringLiteral("habmesos:demo"));
    QCOMPARE(demo.size(), 1);
}

void tst_PackageBrowser::aMissingPackageIsReported()
{
    PackageBrowser browser;
    QSignalSpy scanned(&browser, &PackageBrowser::scanFinished);
    PackageSources sources;
    sources.artifactCache = m_demo.artifactCache;
    sources.useInstalled = false;
    browser.setSources(sources);
    QVERIFY(scanned.wait(test::WaitMs));
    QSignalSpy failed(&browser, &PackageBrowser::packageFailed);
    QVERIFY(!browser.openPackage(QStringLiteral("demo/nosuch")));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().constFirst().toString(), QStringLiteral("demo/nosuch"));
    QVERIFY(!browser.openPackage(QStringLiteral("not an ident")));
    QCOMPARE(failed.size(), 2);
}

QTEST_MAIN(tst_PackageBrowser)
#include "tst_packagebrowser.moc"
