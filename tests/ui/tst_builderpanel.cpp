// SPDX-License-Identifier: Apache-2.0
// The window's Builder source against the stand-in Builder (tests/support/standinbuilder.h):
// search paged as Builder pages it, what is here marked, the token from the keyring, a cancelled
// download leaving nothing, and a release found by search, opened, and exported from the window.
#include "support/fixturebuilder.h"
#include "support/standinbuilder.h"
#include "support/supervisorfixture.h"
#include "support/testhome.h"
#include "support/testwait.h"
#include "ui/builderpanel.h"
#include "ui/buildersearchmodel.h"
#include "ui/buildpanel.h"
#include "ui/exportdocument.h"
#include "ui/mainwindow.h"
#include "ui/memorysecretstore.h"
#include "ui/packagebrowser.h"
#include "ui/secretstore.h"
#include "ui/settings.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;
using namespace habmesos::test;

namespace {

const QString App = QStringLiteral("acme/web/1.0.0/20200101000003");
const QString Lib = QStringLiteral("acme/lib/1.0.0/20200101000002");
const QString Zlib = QStringLiteral("core/zlib/1.2/20200101000001");

int rowOf(const BuilderSearchModel* model, const QString& ident)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->identAt(row) && model->identAt(row)->toString() == ident)
            return row;
    return -1;
}

QStringList everything(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class tst_BuilderPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void searchPagesAndMarksWhatIsHere();
    void tokenFromTheKeyring();
    void cancelLeavesNothing();
    void findByNameOpenAndExport();

private:
    void search(BuilderPanel& panel, const QString& term);

    QTemporaryDir m_home;
    std::unique_ptr<FixtureBuilder> m_fixtures;
    QStringList m_supervisorHarts;
    QStringList m_appHarts;
    QStringList m_manyHarts;
    std::unique_ptr<StandinBuilder> m_builder;
    std::unique_ptr<QTemporaryDir> m_work;
};

void tst_BuilderPanel::initTestCase()
{
    QVERIFY(m_home.isValid());
    const Status home = TestHome::redirect(m_home.path(), true);
    QVERIFY2(home, qPrintable(home.error()));
    for (const char* name : { "HAB_BLDR_URL", "HAB_DEPOT_URL", "HAB_BLDR_CHANNEL", "HAB_AUTH_TOKEN" })
        qunsetenv(name);
    m_fixtures = std::make_unique<FixtureBuilder>(m_home.filePath(QStringLiteral("fixtures")));
    SupervisorFixture supervisor;
    supervisor.release = QStringLiteral("20200101000000");
    supervisor.busybox = SupervisorFixture::debianBusybox();
    QVERIFY(supervisor.build(*m_fixtures));
    for (const QString& hart : QDir(m_fixtures->directory()).entryList({ QStringLiteral("*.hart") }))
        m_supervisorHarts << QDir(m_fixtures->directory()).filePath(hart);
    const auto chain = m_fixtures->buildChain({ App, Lib, Zlib });
    QVERIFY2(chain, qPrintable(chain.error()));
    m_appHarts = chain.value();
    for (int i = 0; i < 60; ++i) {
        const auto hart
            = m_fixtures->build(QStringLiteral("many/item%1/1.0.0/20200101000000").arg(i, 2, 10, QChar(u'0')));
        QVERIFY(hart);
        m_manyHarts << hart.value();
    }
}

void tst_BuilderPanel::init()
{
    m_builder = std::make_unique<StandinBuilder>();
    for (const QString& hart : std::as_const(m_supervisorHarts))
        QVERIFY(m_builder->addArtifact(hart, { QStringLiteral("base") }));
    for (const QString& hart : m_appHarts + m_manyHarts)
        QVERIFY(m_builder->addArtifact(hart, { QStringLiteral("stable") }));
    m_builder->addKeys(m_fixtures->keyDirectory());
    QVERIFY(m_builder->listen());
    m_work = std::make_unique<QTemporaryDir>();
}

void tst_BuilderPanel::search(BuilderPanel& panel, const QString& term)
{
    panel.searchEdit()->setText(term);
    QSignalSpy loading(panel.searchModel(), &BuilderSearchModel::loadingChanged);
    QTest::keyClick(panel.searchEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.searchModel()->isLoading() && !loading.isEmpty(), WaitMs);
}

void tst_BuilderPanel::searchPagesAndMarksWhatIsHere()
{
    BuilderPanel panel;
    panel.urlEdit()->setText(m_builder->url().toString());
    Q_EMIT panel.urlEdit()->editingFinished();
    QVERIFY2(panel.settings(), "the URL was refused");
    // Shown with where it came from, the default channel included.
    bool shown = false;
    for (const QLabel* label : panel.findChildren<QLabel*>())
        shown |= label->text().contains(QStringLiteral("channel base (default)"));
    QVERIFY(shown);
    search(panel, QStringLiteral("many"));
    BuilderSearchModel* model = panel.searchModel();
    QCOMPARE(model->rowCount(), 50);
    QCOMPARE(model->totalCount(), 60);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 60, WaitMs);
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(m_builder->count("/v1/depot/pkgs/search/many"), 2);

    // One of them here already: marked.
    const QString here = QStringLiteral("many/item07/1.0.0/20200101000000");
    panel.setLocal([here](const PackageIdent& ident) -> std::optional<PackageRef> {
        if (ident.toString() != here)
            return std::nullopt;
        PackageRef ref;
        ref.ident = ident;
        return ref;
    });
    const int row = rowOf(model, here);
    QVERIFY(row >= 0);
    QVERIFY(model->data(model->index(row), BuilderSearchModel::LocalRole).toBool());
    QVERIFY(model->data(model->index(row)).toString().contains(here));
    QVERIFY(!model->data(model->index(row == 0 ? 1 : 0), BuilderSearchModel::LocalRole).toBool());
}

void tst_BuilderPanel::tokenFromTheKeyring()
{
    Settings settings(m_work->filePath(QStringLiteral("t.conf")));
    settings.setBuilderUrl(m_builder->url().toString());
    MemorySecretStore secrets;
    const QString key = SecretStore::keyFor(m_builder->url(), QStringLiteral("habitat-builder-token"));
    bool written = false;
    secrets.writeSecret(key, QStringLiteral("keyring-token"), this, [&](const SecretStore::Reply&) { written = true; });
    QTRY_VERIFY(written);
    m_builder->addToken(QStringLiteral("keyring-token"));
    BuilderPanel panel;
    panel.setSettings(&settings);
    panel.setSecretStore(&secrets);
    QTRY_VERIFY_WITH_TIMEOUT(panel.settings() && !panel.settings()->token.isEmpty(), WaitMs);
    search(panel, QStringLiteral("web"));
    QVERIFY(panel.searchModel()->rowCount() > 0);
    QVERIFY(m_builder->requests().last().contains("Bearer keyring-token"));
    // Never in the settings file.
    settings.sync();
    QFile conf(settings.filePath());
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QVERIFY(!conf.readAll().contains("keyring-token"));
}

void tst_BuilderPanel::cancelLeavesNothing()
{
    m_builder->setTrickle(16, 20); // seconds per artifact: the cancel lands mid-body
    const QString cache = m_work->filePath(QStringLiteral("artifacts"));
    const QString keys = m_work->filePath(QStringLiteral("keys"));
    BuilderPanel panel;
    panel.setCaches(cache, keys);
    panel.urlEdit()->setText(m_builder->url().toString());
    panel.channelEdit()->setText(QStringLiteral("stable"));
    Q_EMIT panel.channelEdit()->editingFinished();
    search(panel, QStringLiteral("web"));
    const int row = rowOf(panel.searchModel(), App);
    QVERIFY(row >= 0);
    QSignalSpy failed(&panel, &BuilderPanel::fetchFailed);
    panel.openRow(row);
    QVERIFY(panel.isFetching());
    // The keyring answering during the download changes nothing under it (its client stays).
    MemorySecretStore secrets;
    panel.setSecretStore(&secrets);
    QTRY_VERIFY_WITH_TIMEOUT(m_builder->count("/v1/depot/pkgs/acme/web/1.0.0/20200101000003/download") > 0, WaitMs);
    panel.cancelFetch();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), WaitMs);
    QVERIFY(!panel.isFetching());
    QVERIFY(panel.settings());
    QCOMPARE(everything(cache), QStringList());
    QCOMPARE(everything(keys), QStringList());
}

void tst_BuilderPanel::findByNameOpenAndExport()
{
    // Nothing here at all: the package, its closure and the Supervisor's packages come from Builder.
    Settings settings(m_work->filePath(QStringLiteral("w.conf")));
    settings.setArtifactCacheDir(m_work->filePath(QStringLiteral("artifacts")));
    settings.setKeyDir(m_work->filePath(QStringLiteral("keys")));
    settings.setInstalledPackagesDir(m_work->filePath(QStringLiteral("no-pkgs")));
    settings.setBuilderUrl(m_builder->url().toString());
    settings.setBuilderChannel(QStringLiteral("stable"));
    MainWindow window(&settings);
    window.show();
    BuilderPanel* panel = window.browser()->builderPanel();
    window.browser()->sourceTabs()->setCurrentWidget(panel);
    QTRY_VERIFY(panel->settings());
    QCOMPARE(panel->settings()->channel, QStringLiteral("stable"));

    search(*panel, QStringLiteral("web"));
    const int row = rowOf(panel->searchModel(), App);
    QVERIFY2(row >= 0, qPrintable(QString::number(panel->searchModel()->rowCount())));
    panel->resultsView()->setCurrentIndex(panel->searchModel()->index(row));
    QSignalSpy shown(&window, &MainWindow::packageShown);
    QTest::mouseClick(panel->openButton(), Qt::LeftButton);
    QVERIFY(shown.wait(WaitMs));
    QCOMPARE(window.document()->closure().root.toString(), App);
    QVERIFY(window.document()->closure().missing.isEmpty());
    QCOMPARE(window.browser()->sourceTabs()->currentIndex(), 0); // shown as a local one
    QVERIFY(QFileInfo::exists(
        m_work->filePath(QStringLiteral("artifacts/acme-web-1.0.0-20200101000003-x86_64-linux.hart"))));

    // And it exports like any local package.
    QTemporaryDir out, segments;
    window.document()->setOutputDir(out.path());
    window.document()->setSegmentCache(segments.path());
    BuildPanel* build = window.findChild<BuildPanel*>();
    QVERIFY(build);
    QSignalSpy finished(build, &BuildPanel::finished);
    QSignalSpy buildFailed(build, &BuildPanel::failed);
    QVERIFY(window.buildAction()->isEnabled());
    window.buildAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !buildFailed.isEmpty(), WaitMs);
    QVERIFY2(buildFailed.isEmpty(), qPrintable(buildFailed.value(0).value(0).toString()));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 1);
}

QTEST_MAIN(tst_BuilderPanel)
#include "tst_builderpanel.moc"
