// SPDX-License-Identifier: Apache-2.0
// What an export tells the operator besides the tarball: a dependency present only for another
// target, thousands of missing dependencies in one readable line (the same summary `habmesos
// inspect` and the window give), and the setuid and setgid bits it drops.
#include "cli/inspectcommand.h"
#include "export/exportjob.h"
#include "package/closureresolver.h"
#include "package/missingdependencies.h"
#include "package/packagerepository.h"
#include "support/fixturebuilder.h"
#include "support/supervisorfixture.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace habmesos;
using namespace habmesos::test;

namespace {

const QString Rel = QStringLiteral("20200101000000");

HartWriter::Member fileWithMode(const QString& ident, const QString& path, quint32 mode)
{
    HartWriter::Member m;
    m.path = QStringLiteral("hab/pkgs/") + ident + u'/' + path;
    m.mode = mode;
    m.data = "#!/bin/sh\n";
    return m;
}

} // namespace

class tst_ExportMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dependencyOfAnotherTarget();
    void thousandsMissingInOneShortLine();
    void droppedPrivilegesReported();

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
    SupervisorFixture m_supervisor;
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

void tst_ExportMessages::droppedPrivilegesReported()
{
    // A package with setuid and setgid programs: the tarball has none of the bits, and the report
    // says which members lost them, five by name and the others counted.
    const QString app = QStringLiteral("demo/privileged/1.0.0/") + Rel;
    PackageSpec spec { .ident = app, .deps = { m_supervisor.glibc() } };
    spec.extraMembers = { fileWithMode(app, QStringLiteral("bin/ping"), 04755),
        fileWithMode(app, QStringLiteral("bin/wall"), 02755), fileWithMode(app, QStringLiteral("bin/both"), 06755) };
    for (int i = 0; i < 4; ++i)
        spec.extraMembers.append(fileWithMode(app, QStringLiteral("sbin/helper%1").arg(i), 04750));
    spec.sorted = false; // in the order given: bin/ping, bin/wall, bin/both, then the helpers
    auto built = m_builder->build(spec);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    const QString expected = app
        + QStringLiteral(": 7 member(s) lost the setuid or setgid bit (the export does not let a package grant "
                         "privileges in the container): bin/ping (setuid), bin/wall (setgid), bin/both (setuid "
                         "and setgid), sbin/helper0 (setuid), sbin/helper1 (setuid) … and 2 more");

    QTemporaryDir out, segments;
    ExportOptions o = options(QStringLiteral("demo/privileged"), out.path());
    o.segmentCache = segments.path();
    const auto fresh = ExportJob(o).run();
    QVERIFY2(fresh.ok(), qPrintable(fresh.error()));
    QCOMPARE(fresh->warnings, QStringList { expected });
    // From the segment cache, the same report.
    const auto reused = ExportJob(o).run();
    QVERIFY2(reused.ok(), qPrintable(reused.error()));
    QVERIFY(reused->packages.first().reused);
    QCOMPARE(reused->warnings, QStringList { expected });

    // An installed package the same way (setuid files that `hab pkg install` left as they were).
    QTemporaryDir root, cacheWithoutApp, out2;
    auto installed = FixtureBuilder::installTo(built.value(), root.path());
    QVERIFY2(installed.ok(), qPrintable(installed.error()));
    QVERIFY(::chmod(QFile::encodeName(installed.value() + QStringLiteral("/bin/ping")).constData(), 04755) == 0);
    for (const QString& f : QDir(m_builder->directory()).entryList({ QStringLiteral("*.hart") }, QDir::Files)) {
        if (!f.startsWith(QLatin1String("demo-")))
            QVERIFY(QFile::copy(QDir(m_builder->directory()).filePath(f), cacheWithoutApp.filePath(f)));
    }
    ExportOptions fromInstalled = options(QStringLiteral("demo/privileged"), out2.path());
    fromInstalled.artifactCache = cacheWithoutApp.path();
    fromInstalled.installedRoot = root.filePath(QStringLiteral("hab/pkgs"));
    const auto result = ExportJob(fromInstalled).run();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->warnings,
        QStringList { app
            + QStringLiteral(": 1 member(s) lost the setuid or setgid bit (the export does not let a package grant "
                             "privileges in the container): bin/ping (setuid)") });
    QFile::remove(built.value());
}

QTEST_GUILESS_MAIN(tst_ExportMessages)
#include "tst_exportmessages.moc"
