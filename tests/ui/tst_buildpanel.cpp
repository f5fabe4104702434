// SPDX-License-Identifier: Apache-2.0
// The build panel: ExportJob in the background on the built-in demo packages, its progress, cancel,
// errors and results.
#include "package/demopackages.h"
#include "support/testwait.h"
#include "support/threadgate.h"
#include "ui/buildpanel.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <atomic>
#include <memory>

using namespace habmesos;

namespace {

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class tst_BuildPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void buildWithProgressAndResult();
    void segmentCacheReuseShown();
    void hartsBuildListsTheFiles();
    void cancelLeavesNothing();
    void errorThenUsableAgain();
    void destroyedWhileRunning();
    void noProvider();
    void noPackageNoBuild();

private:
    ExportOptions options(const QString& out) const
    {
        ExportOptions o;
        o.package = m_demo.package;
        o.artifactCache = m_demo.artifactCache;
        o.keyDir = m_demo.keyDir;
        o.installedRoot = m_dir.filePath(QStringLiteral("none/hab/pkgs"));
        o.useInstalled = false;
        o.outputDir = out;
        return o;
    }
    QTemporaryDir m_dir;
    DemoPackages::Location m_demo;
};

void tst_BuildPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
    qRegisterMetaType<habmesos::ExportResult>();
    auto demo = DemoPackages::ensure(m_dir.filePath(QStringLiteral("demo")));
    QVERIFY2(demo.ok(), qPrintable(demo.error()));
    m_demo = demo.value();
}

void tst_BuildPanel::buildWithProgressAndResult()
{
    QTemporaryDir out;
    BuildPanel panel;
    panel.setOptionsProvider([&] { return options(out.path()); });
    QSignalSpy started(&panel, &BuildPanel::started);
    QSignalSpy progress(&panel, &BuildPanel::progressChanged);
    QSignalSpy finished(&panel, &BuildPanel::finished);
    QSignalSpy failed(&panel, &BuildPanel::failed);
    auto* startButton = panel.findChildren<QPushButton*>().value(0);
    QVERIFY(startButton);

    panel.start();
    QVERIFY(panel.isRunning());
    QVERIFY(!startButton->isEnabled());
    panel.start(); // ignored while one runs
    QCOMPARE(started.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), test::WaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QVERIFY(!panel.isRunning());
    QVERIFY(startButton->isEnabled());

    QVERIFY(!progress.isEmpty());
    for (qsizetype i = 1; i < progress.size(); ++i) {
        QVERIFY(progress[i][0].toLongLong() >= progress[i - 1][0].toLongLong());
        QVERIFY(progress[i][1].toLongLong() >= progress[i - 1][1].toLongLong());
        QVERIFY(progress[i][0].toLongLong() <= progress[i][1].toLongLong());
    }
    QVERIFY(progress.last()[1].toLongLong() > 0);
    QCOMPARE(progress.last()[0].toLongLong(), progress.last()[1].toLongLong());

    const auto result = finished.first().first().value<ExportResult>();
    QVERIFY(QFileInfo(result.tarballPath).isFile());
    QCOMPARE(QFileInfo(result.tarballPath).size(), result.tarballSize);
    QCOMPARE(QFileInfo(result.tarballPath).absolutePath(), QFileInfo(out.path()).absoluteFilePath());
    QCOMPARE(panel.lastResult().tarballPath, result.tarballPath);
    QVERIFY2(panel.statusText().contains(QDir::toNativeSeparators(result.tarballPath)), qPrintable(panel.statusText()));
    QCOMPARE(filesIn(out.path()), QStringList { result.tarballName });
    panel.resize(700, 400);
    // For a look at the panel: HABMESOS_SCREENSHOT_DIR=/some/dir
    if (const QString shots = qEnvironmentVariable("HABMESOS_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(panel.grab().save(shots + QStringLiteral("/buildpanel.png")));
}

void tst_BuildPanel::segmentCacheReuseShown()
{
    QTemporaryDir out;
    QTemporaryDir segments;
    BuildPanel panel;
    panel.setOptionsProvider([&] {
        ExportOptions o = options(out.path());
        o.segmentCache = segments.path();
        return o;
    });
    QSignalSpy finished(&panel, &BuildPanel::finished);
    QSignalSpy failed(&panel, &BuildPanel::failed);
    panel.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), test::WaitMs);
    QVERIFY(failed.isEmpty());
    panel.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2 || !failed.isEmpty(), test::WaitMs);
    QVERIFY(failed.isEmpty());
    const auto second = finished.last().first().value<ExportResult>();
    QStringList reused;
    for (const auto& p : second.packages) {
        if (p.reused)
            reused.append(p.ident.toString());
    }
    QVERIFY(!reused.isEmpty());
    auto* list = panel.findChild<QListWidget*>();
    QVERIFY(list);
    QStringList shown;
    for (int i = 0; i < list->count(); ++i)
        shown.append(list->item(i)->text().trimmed());
    for (const QString& ident : reused)
        QVERIFY2(shown.contains(ident), qPrintable(shown.join(u'\n')));
}

// A harts build lists what it wrote, the bootstrap first, each with its size, then the total; a
// tarball build afterwards shows no such list.
void tst_BuildPanel::hartsBuildListsTheFiles()
{
    QTemporaryDir out;
    BuildPanel panel;
    DeploymentLayout layout = DeploymentLayout::Harts;
    panel.setOptionsProvider([&] {
        ExportOptions o = options(out.path());
        o.layout = layout;
        return o;
    });
    QSignalSpy finished(&panel, &BuildPanel::finished);
    QSignalSpy failed(&panel, &BuildPanel::failed);
    QTreeWidget* files = panel.filesView();
    QVERIFY(files);
    QVERIFY(files->isHidden());
    panel.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), test::WaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const auto result = finished.first().first().value<ExportResult>();
    QCOMPARE(result.layout, DeploymentLayout::Harts);
    QVERIFY(!result.harts.isEmpty());

    QVERIFY(!files->isHidden());
    QCOMPARE(files->topLevelItemCount(), int(result.harts.size()) + 2); // the bootstrap, each .hart, the total
    const QLocale locale;
    QCOMPARE(files->topLevelItem(0)->text(0), result.tarballName);
    QCOMPARE(files->topLevelItem(0)->text(1), locale.formattedDataSize(result.tarballSize));
    qint64 total = result.tarballSize;
    QStringList written { result.tarballName };
    for (qsizetype i = 0; i < result.harts.size(); ++i) {
        const QTreeWidgetItem* row = files->topLevelItem(int(i) + 1);
        QCOMPARE(row->text(0), result.harts[i].fileName);
        QCOMPARE(row->text(1), locale.formattedDataSize(result.harts[i].bytes));
        QCOMPARE(QFileInfo(result.harts[i].path).size(), result.harts[i].bytes);
        total += result.harts[i].bytes;
        written.append(result.harts[i].fileName);
    }
    const QTreeWidgetItem* sum = files->topLevelItem(files->topLevelItemCount() - 1);
    QVERIFY2(sum->text(0).contains(QString::number(result.harts.size() + 1)), qPrintable(sum->text(0)));
    QCOMPARE(sum->text(1), locale.formattedDataSize(total));
    // What the list names is what the output folder holds.
    written.sort();
    QCOMPARE(filesIn(out.path()), written);
    QVERIFY2(panel.statusText().contains(locale.formattedDataSize(total)), qPrintable(panel.statusText()));
    QVERIFY2(panel.statusText().contains(QDir::toNativeSeparators(QFileInfo(out.path()).absoluteFilePath())),
        qPrintable(panel.statusText()));
    panel.resize(700, 400);
    if (const QString shots = qEnvironmentVariable("HABMESOS_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(panel.grab().save(shots + QStringLiteral("/buildpanel-harts.png")));

    layout = DeploymentLayout::Tarball;
    panel.start();
    QVERIFY(files->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2 || !failed.isEmpty(), test::WaitMs);
    QVERIFY(failed.isEmpty());
    QVERIFY(files->isHidden());
    QCOMPARE(files->topLevelItemCount(), 0);
}

void tst_BuildPanel::cancelLeavesNothing()
{
    QTemporaryDir out;
    // The job waits in its first progress report until the test has pressed Cancel: the cancel
    // lands while the tarball is half written, however fast the machine. (The gate and the flag
    // outlive the panel, which waits for the job.)
    test::ThreadGate gate;
    std::atomic_bool reachedTheEnd = false; // the job went on to the end despite the flag
    BuildPanel panel;
    const auto openAtExit = qScopeGuard([&gate] { gate.open(); });
    panel.setOptionsProvider([&] {
        ExportOptions o = options(out.path());
        o.progress = [&](qint64 done, qint64 total) {
            if (gate.isOpen() && done == total)
                reachedTheEnd = true;
            if (done > 0)
                gate.pass();
        };
        return o;
    });
    QSignalSpy canceled(&panel, &BuildPanel::canceled);
    QSignalSpy finished(&panel, &BuildPanel::finished);
    QSignalSpy failed(&panel, &BuildPanel::failed);
    panel.start();
    QTRY_VERIFY_WITH_TIMEOUT(gate.reached(), test::WaitMs);
    QVERIFY(panel.isRunning());
    panel.cancel();
    gate.open();
    QTRY_COMPARE_WITH_TIMEOUT(canceled.size(), 1, test::WaitMs);
    QVERIFY(finished.isEmpty());
    QVERIFY(failed.isEmpty());
    QVERIFY(!panel.isRunning());
    QVERIFY(!reachedTheEnd);
    QCOMPARE(filesIn(out.path()), QStringList());
    QVERIFY2(panel.statusText().contains(QLatin1String("Canceled")), qPrintable(panel.statusText()));
}

void tst_BuildPanel::errorThenUsableAgain()
{
    QTemporaryDir out;
    BuildPanel panel;
    QString package = QStringLiteral("nobody/missing");
    panel.setOptionsProvider([&] {
        ExportOptions o = options(out.path());
        o.package = package;
        return o;
    });
    QSignalSpy finished(&panel, &BuildPanel::finished);
    QSignalSpy failed(&panel, &BuildPanel::failed);
    panel.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, test::WaitMs);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("nobody/missing")), qPrintable(message));
    QVERIFY2(panel.statusText().contains(message), qPrintable(panel.statusText()));
    QVERIFY(!panel.isRunning());
    QCOMPARE(filesIn(out.path()), QStringList());

    package = m_demo.package;
    panel.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || failed.size() > 1, test::WaitMs);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 1);
}

void tst_BuildPanel::destroyedWhileRunning()
{
    // The window closes during a build: the panel stops the job, waits for it, and leaves nothing.
    // The job is held mid-write until the panel is being destroyed: released just before, with no
    // event processed in between, so the panel still counts it as running and takes the path of
    // its destructor that stops and waits (whether the job then sees the flag or completes).
    QTemporaryDir out;
    test::ThreadGate gate;
    auto panel = std::make_unique<BuildPanel>();
    const auto openAtExit = qScopeGuard([&gate] { gate.open(); });
    panel->setOptionsProvider([&] {
        ExportOptions o = options(out.path());
        o.progress = [&](qint64 done, qint64) {
            if (done > 0)
                gate.pass();
        };
        return o;
    });
    panel->start();
    QTRY_VERIFY_WITH_TIMEOUT(gate.reached(), test::WaitMs);
    QVERIFY(panel->isRunning());
    gate.open();
    panel.reset();
    QCOMPARE(filesIn(out.path()), QStringList());
}

void tst_BuildPanel::noProvider()
{
    BuildPanel panel;
    QSignalSpy failed(&panel, &BuildPanel::failed);
    panel.start();
    QCOMPARE(failed.size(), 1);
    QVERIFY(!panel.isRunning());
}

void tst_BuildPanel::noPackageNoBuild()
{
    BuildPanel panel;
    bool asked = false;
    panel.setOptionsProvider([&asked] {
        asked = true;
        return ExportOptions();
    });
    auto* startButton = panel.findChildren<QPushButton*>().value(0);
    QVERIFY(startButton->isEnabled());
    // Without a package the button is disabled, and start() says what to do instead of asking the
    // engine about an empty package name.
    panel.setPackageAvailable(false);
    QVERIFY(!startButton->isEnabled());
    QSignalSpy failed(&panel, &BuildPanel::failed);
    panel.start();
    QCOMPARE(failed.size(), 1);
    QVERIFY(!asked);
    QVERIFY2(panel.statusText().contains(QStringLiteral("pick one")), qPrintable(panel.statusText()));
    panel.setPackageAvailable(true);
    QVERIFY(startButton->isEnabled());
}

QTEST_MAIN(tst_BuildPanel)
#include "tst_buildpanel.moc"
