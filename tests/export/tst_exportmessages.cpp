// SPDX-License-Identifier: Apache-2.0
// What an export tells the operator besides the tarball: a dependency present only for another
// target, thousands of missing dependencies in one readable line (the same summary `habmesos
// inspect` and the window give).
#include "closureresolver.h"
#include "exportjob.h"
#include "fixturebuilder.h"
#include "inspectcommand.h"
#include "missingdependencies.h"
#include "packagerepository.h"
#include "supervisorpackages.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;
using namespace habmesos::test;

namespace {

const QString Rel = QStringLiteral("20200101000000");

} // namespace

class tst_ExportMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dependencyOfAnotherTarget();
    void thousandsMissingInOneShortLine();

private:
    ExportOptions options(const QString& package, const QString& out) const
    {
        ExportOptions o;
        o.package = package;
        o.artifactCache = m_builder->directory();
        o.keyDir = m_builder->keyDirectory();
        o.installedRoot = m_dir.filePath(QStringLiteral("none/hab/pkgs"));
        o.outputDir = out;
        return o;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<FixtureBuilder> m_builder;
    SupervisorPackages m_supervisor;
};

void tst_ExportMessages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_builder = std::make_unique<FixtureBuilder>(m_dir.filePath(QStringLiteral("cache")));
    m_supervisor.release = Rel;
    m_supervisor.busybox = QByteArrayLiteral("#!/bin/sh\n");
    const Status built = m_supervisor.build(*m_builder);
    QVERIFY2(built.ok(), qPrintable(built.error()));
}

void tst_ExportMessages::dependencyOfAnotherTarget()
{
    // In the cache, but built for aarch64-linux only: not "missing", but present for the wrong target.
    const QString arm = QStringLiteral("core/armonly/1.0/") + Rel;
    QVERIFY(m_builder->build({ .ident = arm, .target = QStringLiteral("aarch64-linux") }).ok());
    const QString app = QStringLiteral("demo/needsarm/1.0.0/") + Rel;
    auto built = m_builder->build({ .ident = app, .deps = { arm }, .tdeps = QStringList { arm } });
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QTemporaryDir out;
    const auto result = ExportJob(options(QStringLiteral("demo/needsarm"), out.path())).run();
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(arm
                 + QStringLiteral(" is in the artifact cache only for aarch64-linux, but x86_64-linux is needed "
                                  "(required by ")
                 + app + u')'),
        qPrintable(result.error()));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    // Installed only for another target, it says so too.
    MissingDependencies::Dependency installed;
    installed.ident = PackageIdent::parse(arm).value();
    installed.otherTargets = { QStringLiteral("aarch64-linux") };
    installed.otherTargetsInstalled = true;
    QCOMPARE(MissingDependencies::describe(installed, QStringLiteral("x86_64-linux")),
        arm + QStringLiteral(" is installed only for aarch64-linux, but x86_64-linux is needed"));
}

void tst_ExportMessages::thousandsMissingInOneShortLine()
{
    // 10,000 dependencies nowhere to be found, each required by the package: the first five are
    // named, the others counted, in the export's error and in `habmesos inspect`'s reason.
    constexpr int count = 10000;
    QStringList absent;
    for (int i = 0; i < count; ++i)
        absent.append(QStringLiteral("core/absent-%1/1.0/").arg(i, 5, 10, QChar(u'0')) + Rel);
    const QString app = QStringLiteral("demo/lonely/1.0.0/") + Rel;
    auto built = m_builder->build({ .ident = app, .deps = absent, .tdeps = absent });
    QVERIFY2(built.ok(), qPrintable(built.error()));
    const QString more = QStringLiteral(" … and %1 more").arg(QLocale().toString(count - MissingDependencies::Named));
    auto checkLine = [&](const QString& line) {
        QVERIFY2(line.size() < 1500, qPrintable(QString::number(line.size())));
        QVERIFY(!line.contains(u'\n'));
        for (int i = 0; i < MissingDependencies::Named; ++i)
            QVERIFY2(line.contains(absent[i] + QStringLiteral(" (required by ") + app + u')'), qPrintable(line));
        QVERIFY2(!line.contains(absent[MissingDependencies::Named]), qPrintable(line));
        QVERIFY2(line.contains(more), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("missing dependencies (%1): ").arg(QLocale().toString(count))),
            qPrintable(line));
    };

    QTemporaryDir out;
    const auto result = ExportJob(options(QStringLiteral("demo/lonely"), out.path())).run();
    QVERIFY(!result.ok());
    checkLine(result.error());
    QVERIFY2(result.error().endsWith(QStringLiteral("; looked in ") + QDir::toNativeSeparators(m_builder->directory())),
        qPrintable(result.error()));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    // The closure `habmesos inspect` and the window read: the same summary.
    PackageRepository::Options ro;
    ro.artifactCache = m_builder->directory();
    ro.installedRoot = m_dir.filePath(QStringLiteral("none/hab/pkgs"));
    PackageRepository repository(ro);
    repository.scan();
    const KeyCache keys = m_builder->keyCache();
    const PackageClosure closure = ClosureResolver(repository, keys).resolve(PackageIdent::parse(app).value());
    QFile::remove(built.value());
    QCOMPARE(closure.missing.size(), count);
    QString reason;
    QCOMPARE(InspectCommand::exitCodeFor(closure, &reason), int(InspectCommand::NotFound));
    checkLine(reason);
    QVERIFY2(reason.startsWith(app + QStringLiteral(": ")), qPrintable(reason));
}

QTEST_GUILESS_MAIN(tst_ExportMessages)
#include "tst_exportmessages.moc"
