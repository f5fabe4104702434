// SPDX-License-Identifier: Apache-2.0
// Keeping the operator's work in the window: the session survives a restart (and is kept when its
// package is gone), quitting with unsaved changes asks Save / Discard / Cancel, a definition is
// opened and saved without loss (open → save → open gives the same bytes), and JSON mode edits go
// into the forms while invalid text is marked and kept.
#include "definition/exportsettingsjson.h"
#include "package/demopackages.h"
#include "support/testhome.h"
#include "support/testwait.h"
#include "ui/exportdocument.h"
#include "ui/jsonpreview.h"
#include "ui/mainwindow.h"
#include "ui/packagebrowser.h"
#include "ui/sessionkeeper.h"
#include "ui/settings.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QUndoStack>

using namespace habmesos;

class tst_SessionKeeper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sessionSurvivesRestart();
    void sessionOfAMissingPackageIsKept();
    void quittingWithChangesAsks();
    void clickingAnotherPackageAsks();
    void openSaveOpenIsByteIdentical();
    void definitionOpensItsPackage();
    void definitionsThatCannotBeOpenedSaySo();
    void jsonModeEditsTheForms();
    void invalidJsonIsMarkedAndKept();

private:
    // A window over `conf` that looks for packages in the demo's cache.
    std::unique_ptr<MainWindow> window(Settings& settings);
    bool openDemoPackage(MainWindow& window);
    static bool waitForPackage(MainWindow& window);
    static QByteArray read(const QString& path);
    void edit(ExportDocument* document);

    QTemporaryDir m_home;
    DemoPackages::Location m_demo;
};

void tst_SessionKeeper::initTestCase()
{
    QVERIFY(m_home.isValid());
    const Status home = test::TestHome::redirect(m_home.path(), true);
    QVERIFY2(home.ok(), qPrintable(home.error()));
    const auto location = DemoPackages::ensure();
    QVERIFY2(location.ok(), qPrintable(location.error()));
    m_demo = location.value();
}

std::unique_ptr<MainWindow> tst_SessionKeeper::window(Settings& settings)
{
    auto w = std::make_unique<MainWindow>(&settings);
    PackageSources sources;
    sources.artifactCache = m_demo.artifactCache;
    sources.keyDir = m_demo.keyDir;
    sources.useInstalled = false;
    w->setSources(sources);
    // Nothing here may open a dialog: a question no test answers is a failure, not a hang.
    w->sessionKeeper()->setAsker([](const QString& q) {
        qWarning() << "unexpected question:" << q;
        return SessionKeeper::Answer::Cancel;
    });
    w->sessionKeeper()->setPathAsker([] { return QString(); });
    return w;
}

bool tst_SessionKeeper::waitForPackage(MainWindow& window)
{
    QSignalSpy shown(&window, &MainWindow::packageShown);
    return shown.wait(test::WaitMs);
}

void tst_SessionKeeper::clickingAnotherPackageAsks()
{
    Settings settings(m_home.filePath(QStringLiteral("click.conf")));
    auto w = window(settings);
    QVERIFY(openDemoPackage(*w));
    w->document()->setCpus(2);
    int asked = 0;
    w->sessionKeeper()->setAsker([&](const QString&) {
        ++asked;
        return SessionKeeper::Answer::Cancel;
    });
    QTreeView* tree = nullptr; // the package tree (the other one shows dependencies)
    for (QTreeView* view : w->browser()->findChildren<QTreeView*>()) {
        if (view->model() == w->browser()->filterModel())
            tree = view;
    }
    QVERIFY(tree);
    const QString shown = w->document()->packageRequest();
    const QModelIndex before = tree->currentIndex();
    // Another package of the demo cache, as a click picks it.
    QModelIndex other;
    const QModelIndexList leaves = w->browser()->filterModel()->match(w->browser()->filterModel()->index(0, 0),
        Qt::DisplayRole, QStringLiteral("*"), -1, Qt::MatchWildcard | Qt::MatchRecursive);
    for (const QModelIndex& index : leaves) {
        if (!w->browser()->filterModel()->hasChildren(index) && index != before)
            other = index;
    }
    QVERIFY(other.isValid());
    tree->setCurrentIndex(other);
    QCOMPARE(asked, 1);
    QTRY_COMPARE(tree->currentIndex(), before); // back to the package the definition is about
    QCOMPARE(w->document()->packageRequest(), shown);
    QCOMPARE(w->document()->settings().cpus, 2.0); // the edit kept
}

bool tst_SessionKeeper::openDemoPackage(MainWindow& window)
{
    return window.openPackage(DemoPackages::serviceIdent()) && waitForPackage(window)
        && window.document()->hasPackage();
}

QByteArray tst_SessionKeeper::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_SessionKeeper::edit(ExportDocument* document)
{
    document->setCpus(1.25);
    document->setInstances(3);
    document->setEnv(QStringLiteral("GREETING"), QStringLiteral("hallo"));
    QList<MarathonPortDefinition> ports = document->app().portDefinitions;
    ports.append({ 0, QStringLiteral("tcp"), QStringLiteral("extra"), {} });
    document->setPorts(ports); // hand-edited
    document->setCmd(QStringLiteral("echo hand-edited; ") + *document->app().cmd);
    document->setLabels({ { QStringLiteral("team"), QStringLiteral("ops") } });
}

void tst_SessionKeeper::sessionSurvivesRestart()
{
    const QString conf = m_home.filePath(QStringLiteral("session.conf"));
    ExportSettings before;
    {
        Settings settings(conf);
        auto w = window(settings);
        QVERIFY(openDemoPackage(*w));
        edit(w->document());
        before = w->document()->settings();
        w->sessionKeeper()->setAsker([](const QString&) { return SessionKeeper::Answer::Discard; });
        QVERIFY(w->close());
    }
    Settings settings(conf);
    auto w = window(settings);
    QVERIFY(w->restoreSession());
    QVERIFY(waitForPackage(*w));
    QCOMPARE(w->document()->settings(), before);
    // Not saved to a file last time, so still unsaved (and undoable back to the package's own).
    QVERIFY(w->document()->isModified());
    w->document()->undoStack()->undo();
    QCOMPARE(w->document()->settings().cpus, ExportSettings().cpus);
}

void tst_SessionKeeper::sessionOfAMissingPackageIsKept()
{
    const QString conf = m_home.filePath(QStringLiteral("missing.conf"));
    ExportSettings gone;
    gone.package = QStringLiteral("demo/no-such-package");
    gone.cpus = 3;
    {
        Settings settings(conf);
        settings.setSession(ExportSettingsJson::encode(gone));
        QVERIFY(settings.sync());
    }
    const QByteArray stored = Settings(conf).session();
    {
        Settings settings(conf);
        auto w = window(settings);
        QSignalSpy said(w->sessionKeeper(), &SessionKeeper::message);
        if (w->restoreSession()) // the browser was still scanning: it says so when the scan ends
            QVERIFY(said.wait(test::WaitMs));
        QVERIFY(!w->document()->hasPackage());
        QVERIFY2(w->sessionKeeper()->lastError().contains(QLatin1String("demo/no-such-package")),
            qPrintable(w->sessionKeeper()->lastError()));
        QVERIFY(w->close());
    }
    QCOMPARE(Settings(conf).session(), stored);
}

void tst_SessionKeeper::quittingWithChangesAsks()
{
    Settings settings(m_home.filePath(QStringLiteral("ask.conf")));
    auto w = window(settings);
    QVERIFY(openDemoPackage(*w));
    w->show();
    QVERIFY(w->close()); // nothing changed: no question
    w->show();
    w->document()->setCpus(2);
    QStringList asked;
    SessionKeeper::Answer answer = SessionKeeper::Answer::Cancel;
    w->sessionKeeper()->setAsker([&](const QString& q) {
        asked.append(q);
        return answer;
    });
    QVERIFY(!w->close());
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(DemoPackages::serviceIdent()), qPrintable(asked.first()));
    QVERIFY(w->isVisible());
    QVERIFY(!w->openPackage(DemoPackages::serviceIdent())); // opening another asks too
    QCOMPARE(asked.size(), 2);

    // Save without a file yet: asks where; no answer keeps the window open.
    answer = SessionKeeper::Answer::Save;
    QVERIFY(!w->close());
    const QString path = m_home.filePath(QStringLiteral("asked.json"));
    w->sessionKeeper()->setPathAsker([&] { return path; });
    QVERIFY(w->close());
    QCOMPARE(read(path), w->document()->json());
    QVERIFY(!w->document()->isModified());

    // Discard closes without writing.
    w->show();
    w->document()->setCpus(3);
    answer = SessionKeeper::Answer::Discard;
    QVERIFY(w->close());
    QVERIFY(read(path).contains("\"cpus\": 2"));
}

void tst_SessionKeeper::openSaveOpenIsByteIdentical()
{
    Settings settings(m_home.filePath(QStringLiteral("open.conf")));
    auto w = window(settings);
    QVERIFY(openDemoPackage(*w));
    edit(w->document());
    // An operator's additions the model does not know.
    QByteArray json = w->document()->json();
    json.insert(json.lastIndexOf('}'),
        ",\n  \"container\": { \"type\": \"MESOS\" },\n  \"secrets\": { \"s\": { \"source\": \"x\" } }\n");
    const QString first = m_home.filePath(QStringLiteral("first.json"));
    {
        QFile file(first);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
    }
    w->sessionKeeper()->setAsker([](const QString&) { return SessionKeeper::Answer::Discard; });
    QVERIFY2(w->sessionKeeper()->openDefinitionFile(first), qPrintable(w->sessionKeeper()->lastError()));
    QVERIFY(!w->document()->isModified());
    QVERIFY(w->document()->json().contains("\"container\""));
    QVERIFY(w->document()->json().contains("\"secrets\""));
    QVERIFY2(w->preview()->notesLabel()->text().contains(QLatin1String("container, secrets")),
        qPrintable(w->preview()->notesLabel()->text()));
    QVERIFY(w->preview()->notesLabel()->isVisibleTo(w.get()));
    QCOMPARE(w->sessionKeeper()->definitionPath(), first);

    const QString second = m_home.filePath(QStringLiteral("second.json"));
    QVERIFY(w->sessionKeeper()->saveDefinition(second));
    const QByteArray saved = read(second);
    QVERIFY(w->sessionKeeper()->openDefinitionFile(second));
    const QString third = m_home.filePath(QStringLiteral("third.json"));
    QVERIFY(w->sessionKeeper()->saveDefinition(third));
    QCOMPARE(read(third), saved);
}

void tst_SessionKeeper::definitionOpensItsPackage()
{
    QByteArray json;
    {
        Settings settings(m_home.filePath(QStringLiteral("def1.conf")));
        auto w = window(settings);
        QVERIFY(openDemoPackage(*w));
        edit(w->document());
        json = w->document()->json();
    }
    Settings settings(m_home.filePath(QStringLiteral("def2.conf")));
    auto w = window(settings);
    QVERIFY(!w->document()->hasPackage());
    QVERIFY2(w->openDefinition(json, QStringLiteral("Marathon server test: /demo/hello")),
        qPrintable(w->sessionKeeper()->lastError()));
    QVERIFY(waitForPackage(*w));
    QCOMPARE(w->document()->json(), json);
    QVERIFY(w->preview()->notesLabel()->text().contains(QLatin1String("Marathon server test")));
}

void tst_SessionKeeper::definitionsThatCannotBeOpenedSaySo()
{
    Settings settings(m_home.filePath(QStringLiteral("bad.conf")));
    auto w = window(settings);
    QVERIFY(!w->openDefinition("{ \"id\": ", QStringLiteral("broken.json")));
    QVERIFY2(w->sessionKeeper()->lastError().contains(QLatin1String("broken.json")),
        qPrintable(w->sessionKeeper()->lastError()));
    QVERIFY(
        !w->openDefinition("{ \"id\": \"/web\", \"cmd\": \"python3 -m http.server\" }", QStringLiteral("plain.json")));
    QVERIFY(w->sessionKeeper()->lastError().contains(QLatin1String("Habitat")));
    QSignalSpy said(w->sessionKeeper(), &SessionKeeper::message);
    if (w->openDefinition("{ \"cmd\": \"/init.sh run demo/not-here\" }", QStringLiteral("elsewhere.json")))
        QVERIFY(said.wait(test::WaitMs)); // the browser was still scanning: said when the scan ends
    QVERIFY2(w->sessionKeeper()->lastError().contains(QLatin1String("demo/not-here")),
        qPrintable(w->sessionKeeper()->lastError()));
}

void tst_SessionKeeper::jsonModeEditsTheForms()
{
    Settings settings(m_home.filePath(QStringLiteral("mode.conf")));
    auto w = window(settings);
    QVERIFY(openDemoPackage(*w));
    JsonPreview* preview = w->preview();
    QVERIFY(preview->editor()->isReadOnly());
    preview->editToggle()->click();
    QVERIFY(preview->isEditing());
    QVERIFY(!preview->editor()->isReadOnly());
    const int commands = w->document()->undoStack()->count();
    QString text = preview->editor()->toPlainText();
    text.replace(QStringLiteral("\"instances\": 1"), QStringLiteral("\"instances\": 4"));
    preview->editor()->setPlainText(text);
    QCOMPARE(w->document()->settings().instances, 4);
    text.replace(QStringLiteral("\"instances\": 4"), QStringLiteral("\"instances\": 5"));
    preview->editor()->setPlainText(text);
    QCOMPARE(w->document()->settings().instances, 5);
    QCOMPARE(w->document()->undoStack()->count(), commands + 1); // a burst of typing is one step
    QCOMPARE(preview->editor()->toPlainText(), text); // as typed
    w->document()->undoStack()->undo();
    QCOMPARE(w->document()->settings().instances, 1);
    QVERIFY(preview->editor()->toPlainText().contains(QLatin1String("\"instances\": 1")));
    QVERIFY(preview->setEditing(false));
    QVERIFY(preview->editor()->isReadOnly());
}

void tst_SessionKeeper::invalidJsonIsMarkedAndKept()
{
    Settings settings(m_home.filePath(QStringLiteral("invalid.conf")));
    auto w = window(settings);
    QVERIFY(openDemoPackage(*w));
    JsonPreview* preview = w->preview();
    QVERIFY(preview->setEditing(true));
    const QByteArray before = w->document()->json();
    QString text = preview->editor()->toPlainText();
    text.replace(QStringLiteral("\"instances\": 1,"), QStringLiteral("\"instances\": 1"));
    preview->editor()->setPlainText(text);
    QVERIFY2(preview->jsonError().contains(QLatin1String("line")), qPrintable(preview->jsonError()));
    QVERIFY(preview->jsonErrorLabel()->isVisibleTo(w.get()));
    QCOMPARE(preview->editor()->extraSelections().size(), 1);
    QCOMPARE(w->document()->json(), before);
    // A change from the forms does not overwrite what was typed.
    w->document()->setCpus(2);
    QCOMPARE(preview->editor()->toPlainText(), text);

    QStringList asked;
    bool drop = false;
    preview->setDiscardAsker([&](const QString& error) {
        asked.append(error);
        return drop;
    });
    preview->editToggle()->click();
    QCOMPARE(asked.size(), 1);
    QVERIFY(preview->isEditing());
    // The cursor is where the text breaks: the line after the missing comma.
    QCOMPARE(preview->editor()->textCursor().position(),
        preview->editor()->extraSelections().first().cursor.selectionStart());
    QVERIFY(preview->editor()->textCursor().block().text().contains(QLatin1String("\"env\"")));
    QVERIFY(preview->editToggle()->isChecked());
    QCOMPARE(preview->editor()->toPlainText(), text);
    // A wrong type is said too, without a position.
    text.replace(QStringLiteral("\"instances\": 1"), QStringLiteral("\"instances\": \"many\","));
    preview->editor()->setPlainText(text);
    QVERIFY2(preview->jsonError().contains(QLatin1String("instances")), qPrintable(preview->jsonError()));
    drop = true;
    preview->editToggle()->click();
    QVERIFY(!preview->isEditing());
    QVERIFY(preview->jsonError().isEmpty());
    QCOMPARE(preview->editor()->toPlainText().toUtf8(), w->document()->json());
}

QTEST_MAIN(tst_SessionKeeper)
#include "tst_sessionkeeper.moc"
