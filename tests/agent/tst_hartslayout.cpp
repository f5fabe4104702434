// SPDX-License-Identifier: Apache-2.0
// The harts layout (issue #14) through the Mesos agent stand-in and its fetcher cache: each .hart
// of the closure is a download of its own with cache: true, the bootstrap's init.sh installs them
// with the stand-in hab (standin-hart-verify, busybox xz and tar, offline) and starts the
// Supervisor. One agent runs the tasks one after another, so its cache is shared: the first task
// downloads everything, a second task of the same app nothing, a new release of the service only
// its .hart (the bootstrap names no release, so it stays the same). A .hart spoilt on the server is refused on the
// agent and the task fails with hab's reason in its log. As root in a private mount namespace; skipped otherwise.
#include "agent/agentfixtures.h"
#include "agent/agentstandinrunner.h"
#include "export/hartsexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace habmesos;
using namespace habmesos::test;

namespace {

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString record(const AgentTaskReport& r, const QString& name)
{
    return QString::fromUtf8(readBytes(r.sandbox + QStringLiteral("/standin-records/") + name));
}

QString why(const AgentTaskReport& r)
{
    return r.summary() + QStringLiteral("\nevents:\n") + record(r, QStringLiteral("events.log"))
        + QStringLiteral("\npkg-install.log:\n") + record(r, QStringLiteral("pkg-install.log"))
        + QStringLiteral("\nstderr (end):\n")
        + QString::fromUtf8(readBytes(r.sandbox + QStringLiteral("/stderr")).right(2000));
}

// The file names the task downloaded (the bytes moved), and those the cache served.
QSet<QString> downloaded(const AgentTaskReport& r)
{
    QSet<QString> out;
    for (const AgentTaskReport::Fetched& f : r.fetch) {
        if (f.downloaded && f.bytes > 0)
            out.insert(QUrl(f.uri).fileName());
    }
    return out;
}

qint64 bytesMoved(const AgentTaskReport& r)
{
    qint64 total = 0;
    for (const AgentTaskReport::Fetched& f : r.fetch)
        total += f.downloaded ? f.bytes : 0;
    return total;
}

QSet<QString> fileNames(const AgentFixtures::Exported& e)
{
    QSet<QString> out { e.result.tarballName };
    for (const ExportResult::Hart& h : e.result.harts)
        out.insert(h.fileName);
    return out;
}

} // namespace

class tst_HartsLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cachedPerPackage();
    void tamperedHartRefusedOnAgent();

private:
    Result<AgentFixtures::Exported> exportRelease(const QString& release, const QString& outDir)
    {
        return m_fixtures->exportApp(AgentFixtures::releasedService() + QStringLiteral("/1.0.0/") + release, outDir,
            QStringLiteral("file://") + outDir + u'/', {}, AgentFetcher::Libarchive, DeploymentLayout::Harts);
    }
    QTemporaryDir m_dir;
    std::unique_ptr<AgentFixtures> m_fixtures;
    QString m_unavailable;
};

void tst_HartsLayout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixtures = std::make_unique<AgentFixtures>(m_dir.filePath(QStringLiteral("cache")),
        QStringLiteral(HABMESOS_STANDIN_HAB_SCRIPT), QStringLiteral(HABMESOS_STANDIN_SERVICE));
    const Status built = m_fixtures->build();
    QVERIFY2(built.ok(), qPrintable(built.error()));
    m_unavailable = AgentFixtures::unavailableReason();
}

void tst_HartsLayout::cleanupTestCase()
{
    if (const Status clean = AgentFixtures::noMountsUnder(m_dir.path()); !clean) {
        m_dir.setAutoRemove(false);
        QFAIL(qPrintable(clean.error()));
    }
}

void tst_HartsLayout::cachedPerPackage()
{
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));
    // One publishing folder for both releases, as an operator's web server would be.
    const QString outDir = m_dir.filePath(QStringLiteral("published"));
    QVERIFY(QDir().mkpath(outDir));
    const auto first = exportRelease(AgentFixtures::release(), outDir);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const auto next = exportRelease(AgentFixtures::nextRelease(), outDir);
    QVERIFY2(next.ok(), qPrintable(next.error()));

    // The export: every .hart of the closure exactly as signed, the bootstrap named by its bytes.
    QVERIFY(HartsExport::isBootstrapFileName(first->result.tarballName));
    QVERIFY(first->result.harts.size() >= 6);
    for (qsizetype i = 0; i < first->result.harts.size(); ++i) {
        const ExportResult::Hart& h = first->result.harts[i];
        const QString source = first->result.packages.value(i).path;
        QCOMPARE(readBytes(h.path), readBytes(source));
        QCOMPARE(h.fileName, HartsExport::canonicalFileName(h.ident, QStringLiteral("x86_64-linux")));
    }
    // Between the releases only the service's .hart differs: the bootstrap names no release.
    const QSet<QString> changed = fileNames(next.value()) - fileNames(first.value());
    const QString serviceHart = next->result.harts.first().fileName;
    QCOMPARE(changed, QSet<QString> { serviceHart });
    QCOMPARE(next->result.tarballName, first->result.tarballName);
    // The app: the bootstrap extracted, every .hart cached and put into the artifact cache.
    const MarathonApp& app = first->app.app;
    QCOMPARE(app.fetch.size(), first->result.harts.size() + 1);
    QVERIFY(app.fetch[0].extract && app.fetch[0].cache);
    for (qsizetype i = 1; i < app.fetch.size(); ++i) {
        QVERIFY(!app.fetch[i].extract && app.fetch[i].cache);
        QCOMPARE(app.fetch[i].destPath, QStringLiteral("hab/cache/artifacts/") + first->result.harts[i - 1].fileName);
    }

    // init.sh installs them in waves, each wave at once: dependencies first.
    const QString cmd = app.cmd.value_or(QString());
    QVERIFY2(cmd.contains(QLatin1String("export HABMESOS_INSTALL='")), qPrintable(cmd));
    // By ident (hab takes each from the cache by its canonical name), the service after its
    // dependencies.
    QVERIFY2(cmd.contains(u'|' + first->result.harts.first().ident.toString()), qPrintable(cmd));

    // One agent: the first release, a second task of it, then the new release.
    AgentStandInRunner::Options o;
    o.readyFile = QStringLiteral("standin-records/service.started");
    o.thenApps = { first->json, next->json };
    QString log;
    const auto reports = AgentStandInRunner::runJson(first->json, m_dir.filePath(QStringLiteral("agent")), o, &log);
    QVERIFY2(reports.ok(), qPrintable(reports.error() + u'\n' + log));
    QCOMPARE(reports->size(), 3);
    for (qsizetype i = 0; i < reports->size(); ++i) {
        const AgentTaskReport& r = reports->at(i);
        const AgentFixtures::Exported& e = i < 2 ? first.value() : next.value();
        QVERIFY2(r.fetchOk && r.readyFileAppeared, qPrintable(why(r)));
        for (const AgentTaskReport::Fetched& f : r.fetch)
            QVERIFY2(f.cacheNote.isEmpty(), qPrintable(f.uri + QStringLiteral(": ") + f.cacheNote));
        // hab installed the whole closure itself, offline, and the Supervisor runs the service.
        QVERIFY2(record(r, QStringLiteral("events.log"))
                     .contains(QLatin1String("pkg install: --offline ") + e.result.harts.first().ident.toString()),
            qPrintable(why(r)));
        QSet<QString> installed;
        for (const QString& line : record(r, QStringLiteral("pkg-install.log")).split(u'\n', Qt::SkipEmptyParts))
            installed.insert(line);
        QSet<QString> closure;
        for (const ExportResult::Hart& h : e.result.harts)
            closure.insert(h.ident.toString());
        QCOMPARE(installed, closure);
        QCOMPARE(record(r, QStringLiteral("hab.args")), QStringLiteral("sup\nrun\ndemo/next\n"));
    }
    const AgentTaskReport& firstTask = reports->at(0);
    const AgentTaskReport& secondTask = reports->at(1);
    const AgentTaskReport& releaseTask = reports->at(2);
    QCOMPARE(downloaded(firstTask), fileNames(first.value()));
    QCOMPARE(downloaded(secondTask), QSet<QString>());
    QCOMPARE(bytesMoved(secondTask), qint64(0));
    QCOMPARE(downloaded(releaseTask), changed);
    // The release's service is the one installed and run.
    QVERIFY(QFileInfo(releaseTask.sandbox + QStringLiteral("/hab/pkgs/demo/next/1.0.0/") + AgentFixtures::nextRelease())
                .isDir());
    qInfo().noquote() << QStringLiteral("bytes downloaded: first task %1, second %2, new release %3")
                             .arg(bytesMoved(firstTask))
                             .arg(bytesMoved(secondTask))
                             .arg(bytesMoved(releaseTask));
}

void tst_HartsLayout::tamperedHartRefusedOnAgent()
{
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));
    const QString outDir = m_dir.filePath(QStringLiteral("tampered"));
    QVERIFY(QDir().mkpath(outDir));
    const auto exported = exportRelease(AgentFixtures::release(), outDir);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    // A dependency's payload altered on the server after the export (its last byte; the file is
    // replaced, not written through: the export may have linked it to the cache's copy).
    const ExportResult::Hart& victim = exported->result.harts.last();
    QByteArray bytes = readBytes(victim.path);
    QVERIFY(!bytes.isEmpty());
    bytes[bytes.size() - 1] = char(bytes.at(bytes.size() - 1) ^ 0x01);
    QVERIFY(QFile::remove(victim.path));
    QFile out(victim.path);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
    out.close();

    AgentStandInRunner::Options o;
    o.readyFile = QStringLiteral("standin-records/service.started");
    o.startTimeoutSeconds = 30;
    QString log;
    const auto reports
        = AgentStandInRunner::runJson(exported->json, m_dir.filePath(QStringLiteral("agent-tampered")), o, &log);
    QVERIFY2(reports.ok(), qPrintable(reports.error() + u'\n' + log));
    QCOMPARE(reports->size(), 1);
    const AgentTaskReport& r = reports->first();
    QVERIFY2(r.fetchOk, qPrintable(why(r)));
    // The task ends by itself, failed, before the Supervisor starts; the log says why.
    QVERIFY2(r.exitedBeforeKill && r.exitCode != 0, qPrintable(why(r)));
    QVERIFY2(!r.readyFileAppeared, qPrintable(why(r)));
    const QString stderrText = QString::fromUtf8(readBytes(r.sandbox + QStringLiteral("/stderr")));
    // Habitat's own words (HAB core/src/crypto/artifact.rs), from the stand-in's check.
    QVERIFY2(stderrText.contains(QLatin1String("hashes don't match")), qPrintable(stderrText));
    QVERIFY2(stderrText.contains(QLatin1String("habmesos: hab pkg install of the fetched packages failed")),
        qPrintable(stderrText));
    QVERIFY2(record(r, QStringLiteral("hab.args")).isEmpty(), "the Supervisor was started");
}

QTEST_GUILESS_MAIN(tst_HartsLayout)
#include "tst_hartslayout.moc"
