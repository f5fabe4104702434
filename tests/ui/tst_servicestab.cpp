// SPDX-License-Identifier: Apache-2.0
// The Services page: the package's binds as rows, the Supervisor's options, the ring, the secrets
// and the data volume reach ExportSettings::service with one undo step per edit, the ring's fields
// follow the discovery, and problems on `service/...` show on their fields and rows.
#include "package/closureresolver.h"
#include "package/demopackages.h"
#include "package/packagerepository.h"
#include "support/fixturebuilder.h"
#include "support/testhome.h"
#include "support/testwait.h"
#include "ui/appform.h"
#include "ui/bindsmodel.h"
#include "ui/exportdocument.h"
#include "ui/mainwindow.h"
#include "ui/servicestab.h"
#include "ui/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;

namespace {

using Options = HabitatServiceOptions;

FieldProblem error(const char* field, const char* message)
{
    return { QString::fromLatin1(field), QString::fromUtf8(message), FieldProblem::Severity::Error };
}

} // namespace

class tst_ServicesTab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bindsAreRowsFromThePackage();
    void aPackageWithoutBindsSaysSo();
    void editsReachTheSettingsOneUndoStepEach();
    void textThatIsNotANumberIsSaidNotTaken();
    void ringFieldsFollowTheDiscovery();
    void secretsAndDataVolume();
    void problemsShowOnTheirFieldsAndRows();
    void theFormHasTheTab();
    void inTheWindow();

private:
    PackageClosure closureOf(const QString& ident);
    void load(ExportDocument& document, const QString& ident);
    static void type(QLineEdit* edit, const QString& text);
    static void choose(QComboBox* combo, int value);

    QTemporaryDir m_home;
    QString m_artifacts;
    QString m_withBinds = QStringLiteral("acme/web/1.0.0/20240101000000");
    QString m_withoutBinds = QStringLiteral("acme/plain/1.0.0/20240101000000");
    std::unique_ptr<test::FixtureBuilder> m_builder;
};

void tst_ServicesTab::initTestCase()
{
    QVERIFY(m_home.isValid());
    const Status home = test::TestHome::redirect(m_home.path(), true);
    QVERIFY2(home.ok(), qPrintable(home.error()));
    const auto demo = DemoPackages::ensure();
    QVERIFY2(demo.ok(), qPrintable(demo.error()));
    m_artifacts = m_home.filePath(QStringLiteral("artifacts"));
    m_builder = std::make_unique<test::FixtureBuilder>(m_artifacts);
    test::PackageSpec web { .ident = m_withBinds };
    web.metadata = {
        { QStringLiteral("SVC_USER"), "hab\n" },
        { QStringLiteral("EXPOSES"), "8080\n" },
        { QStringLiteral("BINDS"), "database=port host\nqueue=url\n" },
        { QStringLiteral("BINDS_OPTIONAL"), "cache=port\n" },
        { QStringLiteral("hooks/run"), "#!/bin/sh\nexec web\n" },
    };
    const auto built = m_builder->build(web);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    test::PackageSpec plain { .ident = m_withoutBinds };
    plain.metadata
        = { { QStringLiteral("SVC_USER"), "hab\n" }, { QStringLiteral("hooks/run"), "#!/bin/sh\nexec plain\n" } };
    const auto builtPlain = m_builder->build(plain);
    QVERIFY2(builtPlain.ok(), qPrintable(builtPlain.error()));
}

PackageClosure tst_ServicesTab::closureOf(const QString& ident)
{
    PackageRepository::Options options;
    options.artifactCache = m_artifacts;
    options.useInstalled = false;
    PackageRepository repository(options);
    repository.scan();
    const auto ref = repository.resolve(PackageIdent::parse(ident).value());
    if (!ref)
        return {};
    return ClosureResolver(repository, m_builder->keyCache()).resolve(*ref);
}

void tst_ServicesTab::load(ExportDocument& document, const QString& ident)
{
    const PackageClosure closure = closureOf(ident);
    QVERIFY(closure.rootFound());
    document.setOutputDir(m_home.filePath(QStringLiteral("out")));
    document.setPackage(ident, closure);
    QVERIFY(document.hasPackage());
}

void tst_ServicesTab::type(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return); // editingFinished
}

void tst_ServicesTab::choose(QComboBox* combo, int value)
{
    // As a pick in the list does it: the index changes, then activated().
    const int index = combo->findData(value);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

void tst_ServicesTab::bindsAreRowsFromThePackage()
{
    ExportDocument document;
    load(document, m_withBinds);
    ServicesTab tab(&document);
    BindsModel* model = tab.bindsModel();
    QCOMPARE(model->rowCount(), 3);
    auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    // Required first, in the package's order, then the optional ones.
    QCOMPARE(cell(0, BindsModel::NameColumn), QStringLiteral("database"));
    QCOMPARE(cell(0, BindsModel::KindColumn), QStringLiteral("Required"));
    QCOMPARE(cell(0, BindsModel::ExportsColumn), QStringLiteral("port, host"));
    QCOMPARE(cell(1, BindsModel::NameColumn), QStringLiteral("queue"));
    QCOMPARE(cell(2, BindsModel::NameColumn), QStringLiteral("cache"));
    QCOMPARE(cell(2, BindsModel::KindColumn), QStringLiteral("Optional"));
    QCOMPARE(cell(2, BindsModel::ExportsColumn), QStringLiteral("port"));
    // Only the group is edited; an unbound required bind says so without being a value.
    QVERIFY(model->flags(model->index(0, BindsModel::GroupColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model->flags(model->index(0, BindsModel::NameColumn)) & Qt::ItemIsEditable));
    QCOMPARE(model->index(0, BindsModel::GroupColumn).data(Qt::EditRole).toString(), QString());
    QVERIFY(!cell(0, BindsModel::GroupColumn).isEmpty());
    QCOMPARE(cell(2, BindsModel::GroupColumn), QString());
    QVERIFY(!tab.noBindsLabel()->isVisibleTo(&tab));
    QVERIFY(tab.bindsView()->isVisibleTo(&tab));

    // A bind the settings name that the package does not have is listed last, to be cleared.
    Options service = document.settings().service;
    service.binds.append({ QStringLiteral("old"), QStringLiteral("db.prod") });
    document.setService(service);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(cell(3, BindsModel::NameColumn), QStringLiteral("old"));
    QCOMPARE(cell(3, BindsModel::KindColumn), QStringLiteral("Not in the package"));
    QVERIFY(model->setData(model->index(3, BindsModel::GroupColumn), QString()));
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(document.settings().service.binds.isEmpty());
}

void tst_ServicesTab::aPackageWithoutBindsSaysSo()
{
    ExportDocument document;
    load(document, m_withoutBinds);
    ServicesTab tab(&document);
    QCOMPARE(tab.bindsModel()->rowCount(), 0);
    QVERIFY(tab.noBindsLabel()->isVisibleTo(&tab));
    QVERIFY(tab.noBindsLabel()->text().contains(QLatin1String("no binds")));
    QVERIFY(!tab.bindsView()->isVisibleTo(&tab));
}

void tst_ServicesTab::editsReachTheSettingsOneUndoStepEach()
{
    ExportDocument document;
    load(document, m_withBinds);
    ServicesTab tab(&document);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    const int steps = document.undoStack()->count();

    BindsModel* model = tab.bindsModel();
    QVERIFY(model->setData(model->index(0, BindsModel::GroupColumn), QStringLiteral(" postgresql.prod@acme ")));
    type(tab.lineEdit(ServicesTab::Group), QStringLiteral("blue"));
    choose(tab.combo(ServicesTab::Topology), int(Options::Topology::Leader));
    choose(tab.combo(ServicesTab::Strategy), int(Options::UpdateStrategy::Rolling));
    choose(tab.combo(ServicesTab::UpdateCondition), int(Options::UpdateCondition::TrackChannel));
    type(tab.lineEdit(ServicesTab::Channel), QStringLiteral("unstable"));
    type(tab.lineEdit(ServicesTab::BuilderUrl), QStringLiteral("https://bldr.example.com"));
    type(tab.lineEdit(ServicesTab::HealthCheckInterval), QStringLiteral("15"));
    choose(tab.combo(ServicesTab::BindingMode), int(Options::BindingMode::Relaxed));
    QCOMPARE(document.undoStack()->count(), steps + 9);

    Options expected;
    expected.binds = { { QStringLiteral("database"), QStringLiteral("postgresql.prod@acme") } };
    expected.group = QStringLiteral("blue");
    expected.topology = Options::Topology::Leader;
    expected.strategy = Options::UpdateStrategy::Rolling;
    expected.updateCondition = Options::UpdateCondition::TrackChannel;
    expected.channel = QStringLiteral("unstable");
    expected.builderUrl = QStringLiteral("https://bldr.example.com");
    expected.healthCheckIntervalSeconds = 15;
    expected.bindingMode = Options::BindingMode::Relaxed;
    QCOMPARE(document.settings().service, expected);
    QCOMPARE(model->index(0, BindsModel::GroupColumn).data().toString(), QStringLiteral("postgresql.prod@acme"));

    // Leaving a field unchanged is no step; undo takes back one field and the page follows.
    type(tab.lineEdit(ServicesTab::Channel), QStringLiteral("unstable"));
    QCOMPARE(document.undoStack()->count(), steps + 9);
    tab.combo(ServicesTab::Topology)->setFocus(); // out of the text fields, as a click on Undo would
    document.undoStack()->undo();
    QCOMPARE(document.settings().service.bindingMode, Options::BindingMode::Strict);
    QCOMPARE(tab.combo(ServicesTab::BindingMode)->currentData().toInt(), int(Options::BindingMode::Strict));
    document.undoStack()->undo();
    QVERIFY(!document.settings().service.healthCheckIntervalSeconds);
    QCOMPARE(tab.lineEdit(ServicesTab::HealthCheckInterval)->text(), QString());
    // Emptied, a field goes back to Habitat's default.
    type(tab.lineEdit(ServicesTab::Group), QString());
    QCOMPARE(document.settings().service.group, QString());
    // Undo all the way: the settings the package was opened with.
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.settings().service, Options());
    QCOMPARE(tab.lineEdit(ServicesTab::Channel)->text(), QString());
    QCOMPARE(tab.combo(ServicesTab::Topology)->currentData().toInt(), int(Options::Topology::Standalone));
}

void tst_ServicesTab::textThatIsNotANumberIsSaidNotTaken()
{
    ExportDocument document;
    load(document, m_withBinds);
    ServicesTab tab(&document);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    const int steps = document.undoStack()->count();
    QLineEdit* interval = tab.lineEdit(ServicesTab::HealthCheckInterval);
    type(interval, QStringLiteral("often"));
    QCOMPARE(document.undoStack()->count(), steps); // not taken...
    QCOMPARE(interval->text(), QStringLiteral("often")); // ...not reverted in silence...
    QLabel* problem = tab.problemLabelOf(ServicesTab::HealthCheckInterval);
    QVERIFY(problem->isVisible()); // ...but said
    QVERIFY2(problem->text().contains(QStringLiteral("“often”")), qPrintable(problem->text()));
    // Any whole number is taken as typed: its range is the derivation's to say, never clamped.
    type(interval, QStringLiteral("-5"));
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QCOMPARE(document.settings().service.healthCheckIntervalSeconds, std::optional<int>(-5));
    QCOMPARE(interval->text(), QStringLiteral("-5"));
    QVERIFY(!problem->text().contains(QStringLiteral("“often”")));
}

void tst_ServicesTab::ringFieldsFollowTheDiscovery()
{
    ExportDocument document;
    load(document, m_withBinds);
    ServicesTab tab(&document);
    tab.show();
    tab.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&tab));
    QWidget* ring = tab.field(ServicesTab::Ring);
    QWidget* url = tab.field(ServicesTab::MarathonUrl);
    QPlainTextEdit* peers = tab.peersEdit();
    QPushButton* useServer = tab.useSelectedServerButton();
    QComboBox* discovery = tab.combo(ServicesTab::Discovery);
    struct Expected
    {
        Options::Discovery discovery;
        bool marathon;
        bool peers;
    };
    QStringList explanations;
    for (const Expected& e :
        { Expected { Options::Discovery::Alone, false, false }, Expected { Options::Discovery::Marathon, true, false },
            Expected { Options::Discovery::Peers, false, true },
            Expected { Options::Discovery::Automatic, true, false } }) {
        choose(discovery, int(e.discovery));
        QCOMPARE(document.settings().service.discovery, e.discovery);
        QCOMPARE(ring->isEnabled(), e.marathon);
        QCOMPARE(url->isEnabled(), e.marathon);
        QCOMPARE(tab.combo(ServicesTab::MarathonAuthSource)->isEnabled(), e.marathon);
        QCOMPARE(peers->isEnabled(), e.peers);
        QVERIFY(!tab.discoveryHelpLabel()->text().isEmpty());
        explanations.append(tab.discoveryHelpLabel()->text());
    }
    explanations.removeDuplicates();
    QCOMPARE(explanations.size(), 4); // one explanation for each
    QVERIFY(!tab.lineEdit(ServicesTab::Ring)->placeholderText().isEmpty()); // the default: the app's own

    // "Use the selected server" needs one.
    QVERIFY(!useServer->isEnabled());
    tab.setSelectedServerUrl(QStringLiteral("https://marathon.example.com:8443"));
    QVERIFY(useServer->isEnabled());
    const int steps = document.undoStack()->count();
    QTest::mouseClick(useServer, Qt::LeftButton);
    QCOMPARE(document.settings().service.marathonUrl, QStringLiteral("https://marathon.example.com:8443"));
    QCOMPARE(tab.lineEdit(ServicesTab::MarathonUrl)->text(), QStringLiteral("https://marathon.example.com:8443"));
    QCOMPARE(document.undoStack()->count(), steps + 1);
    type(tab.lineEdit(ServicesTab::Ring), QStringLiteral("shop"));
    QCOMPARE(document.settings().service.ring, QStringLiteral("shop"));

    // The peers, one per line, are taken when the list is left.
    choose(discovery, int(Options::Discovery::Peers));
    QVERIFY(!useServer->isEnabled());
    peers->setFocus();
    QTRY_VERIFY(peers->hasFocus());
    QTest::keyClicks(peers, QStringLiteral("bastion-1.example.com:9638"));
    QTest::keyClick(peers, Qt::Key_Return);
    QTest::keyClicks(peers, QStringLiteral("  10.0.0.7 "));
    QTest::keyClick(peers, Qt::Key_Return);
    QVERIFY(document.settings().service.peers.isEmpty()); // not while typing
    discovery->setFocus();
    QTRY_VERIFY(!peers->hasFocus());
    QCOMPARE(document.settings().service.peers,
        (QStringList { QStringLiteral("bastion-1.example.com:9638"), QStringLiteral("10.0.0.7") }));
    document.undoStack()->undo();
    QVERIFY(document.settings().service.peers.isEmpty());
    QCOMPARE(peers->toPlainText(), QString());
}

void tst_ServicesTab::secretsAndDataVolume()
{
    ExportDocument document;
    load(document, m_withBinds);
    ServicesTab tab(&document);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QLineEdit* ringKey = tab.lineEdit(ServicesTab::RingKey);
    QVERIFY(!ringKey->isEnabled()); // no source: nothing to refer to
    choose(tab.combo(ServicesTab::RingKeySource), int(Options::Secret::Source::MarathonSecret));
    QVERIFY(ringKey->isEnabled());
    type(ringKey, QStringLiteral("habmesos/shop-ring-key"));
    choose(tab.combo(ServicesTab::GatewayTokenSource), int(Options::Secret::Source::File));
    type(tab.lineEdit(ServicesTab::GatewayToken), QStringLiteral("https://vault.example.com/gateway-token"));
    const Options& s = document.settings().service;
    QCOMPARE(s.ringKey,
        (Options::Secret { Options::Secret::Source::MarathonSecret, QStringLiteral("habmesos/shop-ring-key") }));
    QCOMPARE(s.gatewayToken,
        (Options::Secret { Options::Secret::Source::File, QStringLiteral("https://vault.example.com/gateway-token") }));
    QVERIFY(!s.marathonAuth.isSet());

    // The volume: off, on with a size, resized, off again; one step each.
    QCheckBox* volume = tab.dataVolumeCheck();
    QLineEdit* size = tab.lineEdit(ServicesTab::DataVolumeSize);
    QVERIFY(!volume->isChecked());
    QVERIFY(!size->isEnabled());
    const int steps = document.undoStack()->count();
    volume->click();
    QVERIFY(document.settings().service.dataVolumeMiB.has_value());
    QVERIFY(size->isEnabled());
    QCOMPARE(size->text(), QString::number(*document.settings().service.dataVolumeMiB));
    type(size, QStringLiteral("2048"));
    QCOMPARE(document.settings().service.dataVolumeMiB, std::optional<int>(2048));
    type(size, QString()); // an empty size is not taken
    QCOMPARE(document.settings().service.dataVolumeMiB, std::optional<int>(2048));
    QVERIFY(tab.problemLabelOf(ServicesTab::DataVolumeSize)->isVisible());
    volume->click();
    QVERIFY(!document.settings().service.dataVolumeMiB);
    QCOMPARE(document.undoStack()->count(), steps + 3);
    document.undoStack()->undo();
    QVERIFY(volume->isChecked());
    QCOMPARE(size->text(), QStringLiteral("2048"));
}

void tst_ServicesTab::problemsShowOnTheirFieldsAndRows()
{
    ExportDocument document;
    load(document, m_withBinds);
    ServicesTab tab(&document);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    BindsModel* model = tab.bindsModel();
    // The derivation's own problems: both required binds are missing, the optional one is fine.
    QVERIFY(model->index(0, BindsModel::NameColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(model->index(1, BindsModel::NameColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model->index(2, BindsModel::NameColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(tab.bindsProblemLabel()->isVisible());
    QVERIFY2(tab.bindsProblemLabel()->text().contains(QLatin1String("--bind database:")),
        qPrintable(tab.bindsProblemLabel()->text()));
    // Given, they are not marked any more.
    HabitatServiceOptions service = document.settings().service;
    service.binds = { { QStringLiteral("database"), QStringLiteral("postgresql.default") },
        { QStringLiteral("queue"), QStringLiteral("rabbitmq.default") } };
    document.setService(service);
    QVERIFY(!model->index(0, BindsModel::NameColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(tab.bindsProblemLabel()->isHidden());
    for (ServicesTab::FieldId id : { ServicesTab::Topology, ServicesTab::HealthCheckInterval, ServicesTab::Peers,
             ServicesTab::RingKey, ServicesTab::DataVolumeSize })
        QVERIFY(tab.problemLabelOf(id)->isHidden());

    // What the derivation says about the service options (injected here as the server's would be).
    document.setServerProblems(
        { error("service/binds/database", "The required bind database has no service group: give one"),
            error("service/topology", "Leader topology needs at least three instances"),
            error("service/healthCheckIntervalSeconds", "The health-check interval must be 1 to 86400 seconds"),
            error("service/peers", "Peer “a b” is not host[:port]"),
            error("service/ringKey", "The ring key's secret has no reference"),
            error("service/dataVolumeMiB", "The volume needs at least 1 MiB") });
    const QModelIndex database = model->index(0, BindsModel::NameColumn);
    QVERIFY(database.data(Qt::BackgroundRole).isValid()); // the row is marked...
    QVERIFY(database.data(Qt::DecorationRole).isValid());
    QVERIFY(database.data(Qt::ToolTipRole).toString().contains(QLatin1String("no service group")));
    QVERIFY(!model->index(1, BindsModel::NameColumn).data(Qt::BackgroundRole).isValid()); // ...only it
    QVERIFY(tab.bindsProblemLabel()->isVisible()); // and the full text is under the table
    QVERIFY2(tab.bindsProblemLabel()->text().contains(QLatin1String("database")),
        qPrintable(tab.bindsProblemLabel()->text()));
    const QList<QPair<ServicesTab::FieldId, const char*>> expected = {
        { ServicesTab::Topology, "three instances" },
        { ServicesTab::HealthCheckInterval, "1 to 86400" },
        { ServicesTab::Peers, "host[:port]" },
        { ServicesTab::RingKey, "no reference" },
        { ServicesTab::DataVolumeSize, "at least 1 MiB" },
    };
    for (const auto& [id, text] : expected) {
        QLabel* label = tab.problemLabelOf(id);
        QVERIFY2(label->isVisible() && label->text().contains(QLatin1String(text)), qPrintable(label->text()));
    }
    QVERIFY(tab.problemLabelOf(ServicesTab::Group)->isHidden()); // not on every field
    QVERIFY(tab.problemLabelOf(ServicesTab::Ring)->isHidden()); // "service/ringKey" is not the ring's

    // A problem in the window's list leads to its field or row.
    QVERIFY(tab.focusField(QStringLiteral("service/binds/queue")));
    QCOMPARE(tab.bindsView()->currentIndex().row(), 1);
    QVERIFY(tab.focusField(QStringLiteral("service/healthCheckIntervalSeconds")));
    QVERIFY(!tab.focusField(QStringLiteral("cpus")));
    tab.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&tab));
    QVERIFY(tab.focusField(QStringLiteral("service/ringKey"))); // no source yet: the source is focused
    QTRY_VERIFY(tab.combo(ServicesTab::RingKeySource)->hasFocus());

    document.setServerProblems({});
    QVERIFY(!database.data(Qt::BackgroundRole).isValid());
    QVERIFY(tab.bindsProblemLabel()->isHidden());
    for (const auto& [id, text] : expected)
        QVERIFY(tab.problemLabelOf(id)->isHidden());
}

void tst_ServicesTab::theFormHasTheTab()
{
    ExportDocument document;
    load(document, m_withBinds);
    AppForm form(&document);
    QTabWidget* tabs = form.tabs();
    const int index = tabs->indexOf(form.servicesTab());
    QVERIFY(index >= 0);
    QCOMPARE(tabs->tabText(index), QStringLiteral("Services"));
    QCOMPARE(tabs->tabToolTip(index), QStringLiteral("Ctrl+%1").arg(index + 1));
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QTest::keySequence(&form, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    QCOMPARE(tabs->currentIndex(), index);
    tabs->setCurrentIndex(0);
    form.focusField(QStringLiteral("service/binds/database"));
    QCOMPARE(tabs->currentWidget(), form.servicesTab());
}

void tst_ServicesTab::inTheWindow()
{
    Settings settings(m_home.filePath(QStringLiteral("window.conf")));
    MarathonServer server;
    server.name = QStringLiteral("staging");
    server.url = QUrl(QStringLiteral("https://marathon.example.com:8443"));
    settings.setMarathonServers({ server });
    settings.setCurrentMarathonServer(server.name);
    MainWindow window(&settings);
    QSignalSpy shown(&window, &MainWindow::packageShown);
    QSignalSpy panels(&window, &MainWindow::operationPanelsReady);
    QVERIFY(window.openDemo());
    QVERIFY(shown.wait(test::WaitMs));
    QVERIFY(!panels.isEmpty() || panels.wait(test::WaitMs));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ServicesTab* tab = window.form()->servicesTab();
    window.form()->tabs()->setCurrentWidget(tab);
    ExportDocument* document = window.document();

    // The server picked in the Marathon panel is the one "Use the selected server" fills in.
    QTRY_VERIFY_WITH_TIMEOUT(tab->useSelectedServerButton()->isEnabled(), test::WaitMs);
    QTest::mouseClick(tab->useSelectedServerButton(), Qt::LeftButton);
    QCOMPARE(document->settings().service.marathonUrl, server.url.toString());

    // Ctrl+Z in a field of the page undoes the document's last edit.
    QLineEdit* group = tab->lineEdit(ServicesTab::Group);
    type(group, QStringLiteral("blue"));
    QCOMPARE(document->settings().service.group, QStringLiteral("blue"));
    QTest::keyClick(group, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->settings().service.group, QString());
    QCOMPARE(group->text(), QString());
    QCOMPARE(document->settings().service.marathonUrl, server.url.toString());
    QTest::keyClick(group, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->settings().service.marathonUrl, QString());
}

QTEST_MAIN(tst_ServicesTab)
#include "tst_servicestab.moc"
