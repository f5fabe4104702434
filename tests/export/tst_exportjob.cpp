// SPDX-License-Identifier: Apache-2.0
// The export end to end: packages made by the fixture builder, exported, extracted with GNU tar
// and bsdtar (what the Mesos fetcher uses), and — as root — run as Marathon would run them.
#include "export/atomicoutputfile.h"
#include "export/exportjob.h"
#include "export/segmentcache.h"
#include "export/tarballformat.h"
#include "marathon/habitatappbuilder.h"
#include "support/fixturebuilder.h"
#include "support/stoutextract.h"
#include "support/supervisorfixture.h"
#include "support/testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <dirent.h>
#include <optional>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace habmesos;
using namespace habmesos::test;

namespace {

const QString Rel = QStringLiteral("20200101000000");

QString bb()
{
    return QStringLiteral("core/busybox-static/1.35.0/") + Rel;
}

// The stand-in `hab`: records how it was started, inside the chroot, and exits.
const QByteArray StandInHab = "#!/bin/sh\n"
                              "{ echo \"args: $*\"; echo \"path: $PATH\"; env; } > /tmp/hab-called\n";

struct Corpus
{
    QString app = QStringLiteral("demo/app/1.0.0/") + Rel;
    QStringList all;
};

// A service and the Supervisor's packages, as a Habitat artifact cache holds them.
Status buildCorpus(FixtureBuilder& b, Corpus* corpus)
{
    SupervisorFixture supervisor;
    supervisor.release = Rel;
    supervisor.busybox = SupervisorFixture::debianBusybox();
    supervisor.hab = StandInHab;
    if (Status s = supervisor.build(b, &corpus->all); !s)
        return s;
    const QString glibc = supervisor.glibc();
    auto pathOf = &SupervisorFixture::pathOf;
    auto add = [&](const PackageSpec& spec) -> Status {
        auto built = b.build(spec);
        if (!built)
            return Status::failure(built.error());
        corpus->all.append(spec.ident);
        return success();
    };

    PackageSpec app;
    app.ident = corpus->app;
    app.deps = { glibc };
    app.executables = { { QStringLiteral("bin/app"), QByteArrayLiteral("#!/bin/sh\necho app\n") } };
    app.files = { { QStringLiteral("share/big.dat"), QByteArray(3 << 20, 'z') } };
    app.metadata = {
        { QStringLiteral("SVC_USER"), "hab\n" },
        { QStringLiteral("SVC_GROUP"), "hab\n" },
        { QStringLiteral("EXPOSES"), "8080\n" },
        { QStringLiteral("EXPORTS"), "port=http.port\n" },
        { QStringLiteral("default.toml"), "[http]\nport = 8080\n" },
        { QStringLiteral("hooks/run"), "#!/bin/sh\nexec app\n" },
        { QStringLiteral("PATH"), pathOf(app.ident) },
    };
    return add(app);
}

QByteArray sha(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// The member names of a tarball, each checked to appear only once.
QStringList memberNames(const QString& tarball)
{
    QProcess p;
    p.start(QStringLiteral("tar"), { QStringLiteral("-tzf"), tarball });
    if (!p.waitForFinished(300000) || p.exitCode() != 0)
        return { QStringLiteral("(tar failed)") };
    return QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

QStringList duplicates(const QStringList& names)
{
    QSet<QString> seen;
    QStringList twice;
    for (const QString& name : names) {
        if (seen.contains(name))
            twice.append(name);
        seen.insert(name);
    }
    return twice;
}

QStringList filesIn(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System);
    while (it.hasNext())
        out.append(QFileInfo(it.next()).fileName());
    return out;
}

int run(const QString& program, const QStringList& args, QByteArray* output = nullptr, const QString& dir = {},
    const std::optional<QProcessEnvironment>& env = std::nullopt)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (env)
        p.setProcessEnvironment(*env);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForFinished(300000))
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// The C locale as a Mesos agent's fetcher has it: nothing of the caller's environment.
QProcessEnvironment cLocaleOnly()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
    return env;
}

// A name that is not ASCII, as the core/cacerts of Debian's layout has.
const QString IntlName = QStringLiteral("NetLock_Arany_=Class_Gold=_Főtanúsítvány.crt");

// A writer of `finalPath` in another process: opens it (a locked .partial- file), writes, and then
// either dies by SIGKILL mid-write (`die`) or stays alive until the returned pid is killed.
pid_t partialWriter(const QString& finalPath, bool die)
{
    int ready[2];
    if (::pipe(ready) != 0)
        return -1;
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(ready[0]);
        AtomicOutputFile file(finalPath);
        if (!file.open() || !file.write("partial data", 12))
            ::_exit(1);
        if (die)
            ::raise(SIGKILL);
        const char one = 1;
        (void)!::write(ready[1], &one, 1);
        for (;;)
            ::pause();
    }
    ::close(ready[1]);
    char byte = 0;
    if (die) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        ::close(ready[0]);
        return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL ? pid : -1;
    }
    const bool started = ::read(ready[0], &byte, 1) == 1;
    ::close(ready[0]);
    return started ? pid : -1;
}

} // namespace

// What a tree takes as ExportResult::extractedBytes counts it (`du` with 4 KiB blocks on ext4):
// files rounded up to whole blocks, each inode once (hard links), one block per directory and
// symlink, the root included. Counted from lstat() of a real extraction, so whatever the test's
// file system, it checks that every member of the tarball was counted once, the right way.
static qint64 duStyleBytes(const QString& root)
{
    constexpr qint64 block = 4096;
    qint64 total = 0;
    QSet<QPair<quint64, quint64>> inodes;
    auto add = [&](const QString& path) {
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            return false;
        if (S_ISREG(st.st_mode)) {
            if (st.st_nlink > 1 && !inodes.contains({ quint64(st.st_dev), quint64(st.st_ino) })) {
                inodes.insert({ quint64(st.st_dev), quint64(st.st_ino) });
            } else if (st.st_nlink > 1) {
                return true;
            }
            total += (qint64(st.st_size) + block - 1) / block * block;
        } else if (S_ISDIR(st.st_mode) || S_ISLNK(st.st_mode)) {
            total += block;
        }
        return true;
    };
    if (!add(root))
        return -1;
    QDirIterator it(
        root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (!add(it.next()))
            return -1;
    }
    return total;
}

class tst_ExportJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void layout_data();
    void layout();
    void memberNamesAndOwners();
    void reproducibleAndIncremental();
    void extractedSize();
    void missingDependenciesAllAtOnce();
    void missingDependenciesBeforeTheRest();
    void serviceRefusedEarly();
    void supervisorPackageAsRoot_data();
    void supervisorPackageAsRoot();
    void oneIdentForTwoRoles_data();
    void oneIdentForTwoRoles();
    void wrongPackageForARole();
    void brokenSegmentCacheOnlyWarns();
    void hooksAreNamesOnly();
    void accountNamesCheckedFirst();
    void unverifiedRefused();
    void unsafeArtifactRefused();
    void cancelLeavesNothing();
    void fullDisk();
    void fullSegmentCache();
    void progressGrowsToTotal();
    void otherFormats();
    void newestSupervisorPackage();
    void installedPackages();
    void runsAsMarathonWould();
    void nonAsciiNames_data();
    void nonAsciiNames();
    void cachedSegmentOfNonAsciiNames();
    void stoutExtractsAsciiExport();
    void staleTemporariesRemoved();

private:
    ExportOptions options(const QString& out) const
    {
        ExportOptions o;
        o.package = QStringLiteral("demo/app");
        o.artifactCache = m_builder->directory();
        o.keyDir = m_builder->keyDirectory();
        o.installedRoot = m_dir.filePath(QStringLiteral("none/hab/pkgs"));
        o.outputDir = out;
        return o;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<FixtureBuilder> m_builder;
    Corpus m_corpus;
};

void tst_ExportJob::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_builder = std::make_unique<FixtureBuilder>(m_dir.filePath(QStringLiteral("cache")));
    const Status built = buildCorpus(*m_builder, &m_corpus);
    QVERIFY2(built.ok(), qPrintable(built.error()));
}

void tst_ExportJob::layout_data()
{
    QTest::addColumn<QString>("extractor");
    QTest::newRow("GNU tar") << "tar";
    QTest::newRow("bsdtar") << "bsdtar";
}

void tst_ExportJob::layout()
{
    QFETCH(QString, extractor);
    if (QStandardPaths::findExecutable(extractor).isEmpty())
        QSKIP("extractor not installed");
    QTemporaryDir out;
    auto result = ExportJob(options(out.path())).run();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->tarballName, QStringLiteral("demo-app-1.0.0-20200101000000.tgz"));
    QCOMPARE(filesIn(out.path()), QStringList { result->tarballName }); // nothing else left behind
    QCOMPARE(result->service.ident.toString(), m_corpus.app);
    QCOMPARE(result->packages.size(), m_corpus.all.size());

    // As the Mesos fetcher does: tar -C <sandbox> -xf <file> (Mesos <= 1.6), libarchive after.
    QTemporaryDir sandbox;
    QByteArray log;
    QCOMPARE(
        run(extractor, { QStringLiteral("-C"), sandbox.path(), QStringLiteral("-xpf"), result->tarballPath }, &log), 0);
    const QDir root(sandbox.path());
    for (const QString& ident : m_corpus.all)
        QVERIFY2(QFileInfo(root.filePath(QStringLiteral("hab/pkgs/") + ident + QStringLiteral("/IDENT"))).isFile(),
            qPrintable(ident));
    auto modeOf = [&](const QString& path) {
        struct stat st;
        if (::lstat(QFile::encodeName(root.filePath(path)).constData(), &st) != 0)
            return -1;
        return int(st.st_mode & 07777);
    };
    QCOMPARE(modeOf(QStringLiteral("tmp")), 01777);
    QCOMPARE(modeOf(QStringLiteral("var/tmp")), 01777);
    QCOMPARE(modeOf(QStringLiteral("root")), 0750);
    QCOMPARE(modeOf(QStringLiteral("init.sh")), 0755);
    QCOMPARE(modeOf(QStringLiteral("hab/pkgs/") + m_corpus.app + QStringLiteral("/bin/app")), 0755);
    QCOMPARE(modeOf(QStringLiteral("hab/pkgs/") + m_corpus.app + QStringLiteral("/share/big.dat")), 0644);
    for (const char* dir : { "dev", "proc", "sys", "etc", "bin", "hab/bin", "hab/cache/keys" })
        QVERIFY2(QFileInfo(root.filePath(QString::fromLatin1(dir))).isDir(), dir);
    QCOMPARE(QFileInfo(root.filePath(QStringLiteral("bin/sh"))).symLinkTarget(),
        QStringLiteral("/hab/pkgs/") + bb() + QStringLiteral("/bin/sh"));
    QCOMPARE(QFile::symLinkTarget(root.filePath(QStringLiteral("hab/bin/hab"))),
        QStringLiteral("/hab/pkgs/core/hab/1.6.0/") + Rel + QStringLiteral("/bin/hab"));
    QCOMPARE(QFile::symLinkTarget(root.filePath(QStringLiteral("etc/ssl"))),
        QStringLiteral("/hab/pkgs/core/cacerts/2020.01.01/") + Rel + QStringLiteral("/ssl"));
    QVERIFY(QFileInfo(root.filePath(QStringLiteral("hab/cache/keys/core-20200101000000.pub"))).isFile());
    QVERIFY(QFileInfo(root.filePath(QStringLiteral("hab/cache/keys/demo-20200101000000.pub"))).isFile());
    QFile passwd(root.filePath(QStringLiteral("etc/passwd")));
    QVERIFY(passwd.open(QIODevice::ReadOnly));
    QVERIFY(passwd.readAll().contains("hab:x:42:42:"));
    QFile pkg(root.filePath(QStringLiteral(".hab_pkg")));
    QVERIFY(pkg.open(QIODevice::ReadOnly));
    QCOMPARE(pkg.readAll(), (m_corpus.app + u'\n').toUtf8());
    QFile init(root.filePath(QStringLiteral("init.sh")));
    QVERIFY(init.open(QIODevice::ReadOnly));
    const QByteArray script = init.readAll();
    QVERIFY(script.startsWith(QByteArray("#!/hab/pkgs/" + bb().toUtf8() + "/bin/sh\n")));
    QVERIFY(script.contains(QByteArray("export PATH=\"/hab/pkgs/" + m_corpus.app.toUtf8() + "/bin:")));
    QVERIFY(script.contains("hab sup run demo/app"));
    // The data arrived intact through the stream.
    QFile big(root.filePath(QStringLiteral("hab/pkgs/") + m_corpus.app + QStringLiteral("/share/big.dat")));
    QVERIFY(big.open(QIODevice::ReadOnly));
    QCOMPARE(big.readAll(), QByteArray(3 << 20, 'z'));
}

void tst_ExportJob::memberNamesAndOwners()
{
    QTemporaryDir out;
    auto result = ExportJob(options(out.path())).run();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QByteArray listing;
    QCOMPARE(run(QStringLiteral("tar"), { QStringLiteral("-tvzf"), result->tarballPath }, &listing), 0);
    const QList<QByteArray> lines = listing.trimmed().split('\n');
    QVERIFY(lines.size() > 40);
    QSet<QByteArray> names;
    for (const QByteArray& line : lines) {
        QVERIFY2(line.contains(" root/root "), line.constData());
        const QByteArray name = line.mid(line.indexOf(" ./") + 1).split(' ').first();
        QVERIFY2(name.startsWith("./"), line.constData()); // as `tar -czpf x.tgz -C ROOT ./` wrote them
        QVERIFY2(!names.contains(name), name.constData()); // no member twice
        names.insert(name);
    }
    QVERIFY(names.contains("./"));
    QVERIFY(names.contains("./hab/pkgs/demo/app/1.0.0/"));
}

void tst_ExportJob::reproducibleAndIncremental()
{
    QTemporaryDir a, b, c, segments;
    auto plain = ExportJob(options(a.path())).run();
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    ExportOptions cached = options(b.path());
    cached.segmentCache = segments.path();
    auto cold = ExportJob(cached).run();
    QVERIFY2(cold.ok(), qPrintable(cold.error()));
    for (const auto& p : cold->packages)
        QVERIFY(!p.reused);
    cached.outputDir = c.path();
    auto warm = ExportJob(cached).run();
    QVERIFY2(warm.ok(), qPrintable(warm.error()));
    for (const auto& p : warm->packages)
        QVERIFY2(p.reused, qPrintable(p.ident.toString()));
    // Same inputs, same bytes: with no cache, filling it, and served from it.
    QCOMPARE(sha(cold->tarballPath), sha(plain->tarballPath));
    QCOMPARE(sha(warm->tarballPath), sha(plain->tarballPath));

    // A new release of the application: only it is compressed again.
    PackageSpec next;
    next.ident = QStringLiteral("demo/app/1.0.0/20200102000000");
    next.deps = { QStringLiteral("core/glibc/2.36/") + Rel };
    next.metadata = { { QStringLiteral("SVC_USER"), "hab\n" }, { QStringLiteral("hooks/run"), "#!/bin/sh\n" } };
    auto built = m_builder->build(next);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QTemporaryDir d, e;
    cached.outputDir = d.path();
    auto again = ExportJob(cached).run();
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->service.ident.toString(), next.ident);
    int reused = 0;
    for (const auto& p : again->packages) {
        QCOMPARE(p.reused, p.ident.toString() != next.ident);
        reused += p.reused;
    }
    QCOMPARE(reused, m_corpus.all.size() - 1);
    auto fresh = ExportJob(options(e.path())).run();
    QVERIFY2(fresh.ok(), qPrintable(fresh.error()));
    QCOMPARE(sha(again->tarballPath), sha(fresh->tarballPath));
    QFile::remove(built.value()); // the other tests export release 1.0.0/20200101000000
}

void tst_ExportJob::extractedSize()
{
    // Counted while writing, kept with a cached segment: the same whether a package was streamed,
    // served from the segment cache or read from an installed tree.
    QTemporaryDir a, b, segments, sandbox;
    ExportOptions cached = options(a.path());
    cached.segmentCache = segments.path();
    auto cold = ExportJob(cached).run();
    QVERIFY2(cold.ok(), qPrintable(cold.error()));
    cached.outputDir = b.path();
    auto warm = ExportJob(cached).run();
    QVERIFY2(warm.ok(), qPrintable(warm.error()));
    for (const auto& p : warm->packages)
        QVERIFY(p.reused);
    QCOMPARE(
        run(QStringLiteral("tar"), { QStringLiteral("-C"), sandbox.path(), QStringLiteral("-xpf"), cold->tarballPath }),
        0);
    const qint64 du = duStyleBytes(sandbox.path());
    QVERIFY(du > (3 << 20)); // big.dat alone is 3 MiB
    QCOMPARE(cold->extractedBytes, du);
    QCOMPARE(warm->extractedBytes, du);
    QVERIFY(cold->tarballSize > 0);

    // A segment cache written before the size was kept (no size in its sidecar) is not reused:
    // the packages are streamed again, and counted.
    for (const QFileInfo& meta : QDir(segments.path()).entryInfoList({ QStringLiteral("*.meta") }, QDir::Files)) {
        QFile f(meta.absoluteFilePath());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.write("hsm1", 4) == 4); // an older magic number
    }
    QTemporaryDir c;
    cached.outputDir = c.path();
    auto old = ExportJob(cached).run();
    QVERIFY2(old.ok(), qPrintable(old.error()));
    for (const auto& p : old->packages)
        QVERIFY(!p.reused);
    QCOMPARE(old->extractedBytes, du);

    // Without the cache (each package streamed into the tarball) and as xz: the same count.
    QTemporaryDir d;
    ExportOptions xz = options(d.path());
    xz.format = TarballFormat::Xz;
    auto plain = ExportJob(xz).run();
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    QCOMPARE(plain->extractedBytes, du);
}

void tst_ExportJob::missingDependenciesAllAtOnce()
{
    PackageSpec app;
    app.ident = QStringLiteral("demo/lonely/1.0.0/") + Rel;
    app.deps = { QStringLiteral("core/absent-one/1.0/") + Rel, QStringLiteral("core/absent-two/2.0/") + Rel };
    app.tdeps = app.deps;
    auto built = m_builder->build(app);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QTemporaryDir out;
    ExportOptions o = options(out.path());
    o.package = QStringLiteral("demo/lonely");
    auto result = ExportJob(o).run();
    QFile::remove(built.value());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QStringLiteral("core/absent-one/1.0/") + Rel), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QStringLiteral("core/absent-two/2.0/") + Rel), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QStringLiteral("required by demo/lonely")), qPrintable(result.error()));
    QCOMPARE(result.errorKind(), ErrorKind::NotFound);
    QVERIFY(filesIn(out.path()).isEmpty());

    // The package itself, or a Supervisor's package, that is not there: not found either.
    o.package = QStringLiteral("demo/nowhere");
    auto absent = ExportJob(o).run();
    QVERIFY(!absent.ok());
    QCOMPARE(absent.errorKind(), ErrorKind::NotFound);
    o.package = QStringLiteral("demo/app");
    o.supervisor.sup = QStringLiteral("core/no-such-sup");
    absent = ExportJob(o).run();
    QVERIFY(!absent.ok());
    QVERIFY2(absent.error().contains(QStringLiteral("core/no-such-sup")), qPrintable(absent.error()));
    QCOMPARE(absent.errorKind(), ErrorKind::NotFound);
    QVERIFY(filesIn(out.path()).isEmpty());
}

void tst_ExportJob::serviceRefusedEarly()
{
    // A service the caller refuses (`habmesos export`: required binds) stops the export as soon as
    // its metadata is known, with the caller's message, and leaves nothing behind.
    PackageSpec app;
    app.ident = QStringLiteral("demo/bound/1.0.0/") + Rel;
    app.metadata.insert(QStringLiteral("SVC_USER"), "hab\n");
    app.metadata.insert(QStringLiteral("BINDS"), "database=port host\n");
    auto built = m_builder->build(app);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QTemporaryDir out;
    ExportOptions o = options(out.path());
    o.package = QStringLiteral("demo/bound");
    QStringList seenBinds;
    o.checkService = [&](const PackageMetadata& service) {
        for (const auto& bind : service.binds)
            seenBinds << bind.first + u'=' + bind.second.join(u' ');
        return QStringLiteral("refused: %1").arg(service.ident.toString());
    };
    auto result = ExportJob(o).run();
    QFile::remove(built.value());
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), QStringLiteral("refused: demo/bound/1.0.0/") + Rel);
    QCOMPARE(seenBinds, QStringList { QStringLiteral("database=port host") });
    QVERIFY(filesIn(out.path()).isEmpty());
}

void tst_ExportJob::missingDependenciesBeforeTheRest()
{
    // TDEPS is the whole closure: once the root and the Supervisor's packages are read, what is
    // missing is known, and it is reported before the rest (here a dependency whose member
    // escapes its prefix, which would fail the export when reached) is even looked at.
    const QString unsafe = QStringLiteral("core/escaper/1.0/") + Rel;
    auto members = FixtureBuilder::minimalPackage(unsafe);
    members.append({ QByteArray("hab/pkgs/") + unsafe.toUtf8() + "/../../../../../etc/cron.d/x",
        FixtureBuilder::RawMember::Kind::File, "* * * * * root sh\n" });
    auto escaper = m_builder->buildRaw(QStringLiteral("core-escaper-1.0-") + Rel + QStringLiteral("-x86_64-linux.hart"),
        members, QStringLiteral("core"));
    QVERIFY2(escaper.ok(), qPrintable(escaper.error()));
    PackageSpec app;
    app.ident = QStringLiteral("demo/early/1.0.0/") + Rel;
    app.deps = { unsafe, QStringLiteral("core/absent-three/3.0/") + Rel };
    app.tdeps = app.deps;
    auto built = m_builder->build(app);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QTemporaryDir out;
    ExportOptions o = options(out.path());
    o.package = QStringLiteral("demo/early");
    auto result = ExportJob(o).run();
    QFile::remove(built.value());
    QFile::remove(escaper.value());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(
                 QStringLiteral("core/absent-three/3.0/") + Rel + QStringLiteral(" (required by ") + app.ident),
        qPrintable(result.error()));
    QVERIFY2(!result.error().contains(QStringLiteral("escaper")), qPrintable(result.error()));
    QCOMPARE(result.errorKind(), ErrorKind::NotFound);
    QVERIFY(filesIn(out.path()).isEmpty());
}

void tst_ExportJob::supervisorPackageAsRoot_data()
{
    QTest::addColumn<bool>("segmentCache");
    QTest::newRow("private segments") << false;
    QTest::newRow("segment cache") << true;
}

void tst_ExportJob::supervisorPackageAsRoot()
{
    // The Supervisor's own package exported: it is the root and the hab-sup package at once,
    // and goes into the tarball once.
    QFETCH(bool, segmentCache);
    QTemporaryDir out, segments;
    ExportOptions o = options(out.path());
    o.package = QStringLiteral("core/hab-sup");
    if (segmentCache)
        o.segmentCache = segments.path();
    auto result = ExportJob(o).run();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(filesIn(out.path()), QStringList { result->tarballName });
    QCOMPARE(result->service.ident.toString(), QStringLiteral("core/hab-sup/1.6.0/") + Rel);
    int sup = 0;
    for (const auto& p : result->packages)
        sup += p.ident.name() == u"hab-sup";
    QCOMPARE(sup, 1);
    QCOMPARE(result->packages.size(), m_corpus.all.size() - 1); // all but demo/app
    const QStringList names = memberNames(result->tarballPath);
    QVERIFY(names.contains(QStringLiteral("./hab/pkgs/core/hab-sup/1.6.0/") + Rel + QStringLiteral("/bin/hab-sup")));
    QVERIFY2(duplicates(names).isEmpty(), qPrintable(duplicates(names).join(u' ')));
}

void tst_ExportJob::oneIdentForTwoRoles_data()
{
    QTest::addColumn<bool>("segmentCache");
    QTest::newRow("private segments") << false;
    QTest::newRow("segment cache") << true;
}

void tst_ExportJob::oneIdentForTwoRoles()
{
    // A package that holds hab, hab-sup and hab-launch (a site's own bundle) may fill all three
    // roles: it is exported once, and each role's link points into it.
    QFETCH(bool, segmentCache);
    PackageSpec bundle;
    bundle.ident = QStringLiteral("acme/hab-bundle/1.6.0/") + Rel;
    bundle.deps = { bb(), QStringLiteral("core/glibc/2.36/") + Rel };
    bundle.executables = { { QStringLiteral("bin/hab"), StandInHab },
        { QStringLiteral("bin/hab-sup"), QByteArrayLiteral("#!/bin/sh\n") },
        { QStringLiteral("bin/hab-launch"), QByteArrayLiteral("#!/bin/sh\n") } };
    auto built = m_builder->build(bundle);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QTemporaryDir out, segments, sandbox;
    ExportOptions o = options(out.path());
    o.supervisor.hab = o.supervisor.sup = o.supervisor.launcher = QStringLiteral("acme/hab-bundle");
    if (segmentCache)
        o.segmentCache = segments.path();
    auto result = ExportJob(o).run();
    QFile::remove(built.value());
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(filesIn(out.path()), QStringList { result->tarballName });
    int bundles = 0;
    for (const auto& p : result->packages) {
        bundles += p.ident.toString() == bundle.ident;
        QVERIFY2(p.ident.origin() != u"core" || !p.ident.name().startsWith(u"hab"), qPrintable(p.ident.toString()));
    }
    QCOMPARE(bundles, 1);
    const QStringList names = memberNames(result->tarballPath);
    QVERIFY2(duplicates(names).isEmpty(), qPrintable(duplicates(names).join(u' ')));
    QCOMPARE(run(QStringLiteral("tar"),
                 { QStringLiteral("-C"), sandbox.path(), QStringLiteral("-xpf"), result->tarballPath }),
        0);
    const QString prefix = QStringLiteral("/hab/pkgs/") + bundle.ident;
    QCOMPARE(QFile::symLinkTarget(QDir(sandbox.path()).filePath(QStringLiteral("hab/bin/hab"))),
        prefix + QStringLiteral("/bin/hab"));
    QFile init(QDir(sandbox.path()).filePath(QStringLiteral("init.sh")));
    QVERIFY(init.open(QIODevice::ReadOnly));
    const QByteArray script = init.readAll();
    QVERIFY2(script.contains((prefix + QStringLiteral("/bin/hab-sup")).toUtf8()), script.constData());
    QVERIFY2(script.contains((prefix + QStringLiteral("/bin/hab-launch")).toUtf8()), script.constData());
}

void tst_ExportJob::wrongPackageForARole()
{
    // hab-sup given as the hab package (`--hab-pkg core/hab-sup`) once crashed the export. It is
    // an operator's mistake: said plainly, naming the package and what it lacks, and nothing is
    // left in the output directory.
    for (const bool segmentCache : { false, true }) {
        QTemporaryDir out, segments;
        ExportOptions o = options(out.path());
        o.supervisor.hab = QStringLiteral("core/hab-sup");
        if (segmentCache)
            o.segmentCache = segments.path();
        auto result = ExportJob(o).run();
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("core/hab-sup/1.6.0/") + Rel
                     + QStringLiteral(" cannot be the Supervisor's hab package: it has no bin/hab")),
            qPrintable(result.error()));
        QCOMPARE(filesIn(out.path()), QStringList());
    }
}

void tst_ExportJob::brokenSegmentCacheOnlyWarns()
{
    // A cache that cannot keep segments (here a directory where each segment's file would go)
    // only costs time: the tarball is the same as without a cache.
    QTemporaryDir plainOut, coldOut, out, segments;
    auto plain = ExportJob(options(plainOut.path())).run();
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    ExportOptions o = options(coldOut.path());
    o.segmentCache = segments.path();
    auto cold = ExportJob(o).run();
    QVERIFY2(cold.ok(), qPrintable(cold.error()));
    const QStringList entries = QDir(segments.path()).entryList({ QStringLiteral("*.seg") }, QDir::Files);
    QCOMPARE(entries.size(), m_corpus.all.size());
    for (const QString& entry : entries) {
        QVERIFY(QFile::remove(segments.filePath(entry)));
        QVERIFY(QDir(segments.path()).mkdir(entry));
    }
    o.outputDir = out.path();
    auto result = ExportJob(o).run();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(filesIn(out.path()), QStringList { result->tarballName });
    QCOMPARE(sha(result->tarballPath), sha(plain->tarballPath));
    for (const auto& p : result->packages)
        QVERIFY(!p.reused);
    QVERIFY2(
        result->warnings.join(u' ').contains(QStringLiteral("segment cache")), qPrintable(result->warnings.join(u' ')));
}

void tst_ExportJob::hooksAreNamesOnly()
{
    // As ArtifactInspector reads them: a hook's size does not matter (its contents are not
    // kept), but a package may have no more than 1024 of them.
    PackageSpec big;
    big.ident = QStringLiteral("demo/bighook/1.0.0/") + Rel;
    big.deps = { QStringLiteral("core/glibc/2.36/") + Rel };
    big.metadata = { { QStringLiteral("SVC_USER"), "hab\n" },
        { QStringLiteral("hooks/run"), "#!/bin/sh\n" + QByteArray(2 << 20, '#') + '\n' } };
    auto builtBig = m_builder->build(big);
    QVERIFY2(builtBig.ok(), qPrintable(builtBig.error()));
    PackageSpec many;
    many.ident = QStringLiteral("demo/manyhooks/1.0.0/") + Rel;
    many.deps = big.deps;
    many.metadata = { { QStringLiteral("SVC_USER"), "hab\n" } };
    for (int i = 0; i <= 1024; ++i)
        many.metadata.insert(QStringLiteral("hooks/h%1").arg(i), "#!/bin/sh\n");
    auto builtMany = m_builder->build(many);
    QVERIFY2(builtMany.ok(), qPrintable(builtMany.error()));

    QTemporaryDir out, out2;
    ExportOptions o = options(out.path());
    o.package = QStringLiteral("demo/bighook");
    auto bigResult = ExportJob(o).run();
    o.package = QStringLiteral("demo/manyhooks");
    o.outputDir = out2.path();
    auto manyResult = ExportJob(o).run();
    QFile::remove(builtBig.value());
    QFile::remove(builtMany.value());
    QVERIFY2(bigResult.ok(), qPrintable(bigResult.error()));
    QVERIFY(bigResult->service.hasRunHook());
    QVERIFY(!manyResult.ok());
    QVERIFY2(
        manyResult.error().contains(QStringLiteral("more than 1024 files in hooks/")), qPrintable(manyResult.error()));
    QVERIFY(filesIn(out2.path()).isEmpty());
}

void tst_ExportJob::accountNamesCheckedFirst()
{
    // SVC_USER must fit /etc/passwd: a package whose account cannot is refused when its metadata
    // is read, before anything else about it (here a missing dependency) is even looked at.
    PackageSpec app;
    app.ident = QStringLiteral("demo/dotted/1.0.0/") + Rel;
    app.deps = { QStringLiteral("core/absent-four/4.0/") + Rel };
    app.tdeps = app.deps;
    app.metadata = { { QStringLiteral("SVC_USER"), "web.admin\n" }, { QStringLiteral("hooks/run"), "#!/bin/sh\n" } };
    auto built = m_builder->build(app);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QTemporaryDir out;
    ExportOptions o = options(out.path());
    o.package = QStringLiteral("demo/dotted");
    auto result = ExportJob(o).run();
    QFile::remove(built.value());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QFileInfo(built.value()).fileName() + QStringLiteral(": SVC_USER: “web.admin”")),
        qPrintable(result.error()));
    QVERIFY2(!result.error().contains(QStringLiteral("absent-four")), qPrintable(result.error()));
    QVERIFY(filesIn(out.path()).isEmpty());
}

void tst_ExportJob::unverifiedRefused()
{
    // Signed with another key than the one its header names: a readable artifact whose signature
    // is not genuine.
    PackageSpec forged;
    forged.ident = QStringLiteral("demo/forged/1.0.0/") + Rel;
    forged.deps = { QStringLiteral("core/glibc/2.36/") + Rel };
    forged.metadata = { { QStringLiteral("SVC_USER"), "hab\n" }, { QStringLiteral("hooks/run"), "#!/bin/sh\n" } };
    auto built = m_builder->signedWithWrongKey(forged);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    const QString file = QFileInfo(built.value()).fileName();

    QTemporaryDir out, segments;
    ExportOptions o = options(out.path());
    o.package = QStringLiteral("demo/forged");
    o.segmentCache = segments.path();
    auto refused = ExportJob(o).run();
    if (refused.ok())
        QFAIL("an artifact with a forged signature was exported");
    QVERIFY2(refused.error().contains(file), qPrintable(refused.error()));
    QCOMPARE(refused.errorKind(), ErrorKind::Unverified);
    QVERIFY(filesIn(out.path()).isEmpty());

    // The user's explicit choice: exported, with a warning naming it, and never cached.
    o.allowUnverified = true;
    const QStringList cachedBefore = filesIn(segments.path());
    auto allowed = ExportJob(o).run();
    QVERIFY2(allowed.ok(), qPrintable(allowed.error()));
    QVERIFY2(allowed->warnings.join(u' ').contains(file), qPrintable(allowed->warnings.join(u' ')));
    QCOMPARE(allowed->packages.first().verification, Verification::BadSignature);
    QCOMPARE(
        filesIn(segments.path()), cachedBefore); // an export that allows unverified packages adds nothing to the cache
    QFile::remove(built.value());

    // A flipped payload byte: xz's own checks or the hash catch it; the error names the file.
    QTemporaryDir cache;
    for (const QString& f : QDir(m_builder->directory()).entryList({ QStringLiteral("*.hart") }, QDir::Files))
        QVERIFY(QFile::copy(QDir(m_builder->directory()).filePath(f), cache.filePath(f)));
    const QString appFile = QStringLiteral("demo-app-1.0.0-20200101000000-x86_64-linux.hart");
    auto spoilt = m_builder->flipPayloadByte(cache.filePath(appFile), QStringLiteral("spoilt.hart"));
    QVERIFY2(spoilt.ok(), qPrintable(spoilt.error()));
    QVERIFY(QFile::remove(cache.filePath(appFile)));
    QVERIFY(QFile::rename(spoilt.value(), cache.filePath(appFile)));
    QTemporaryDir out2;
    ExportOptions t = options(out2.path());
    t.artifactCache = cache.path();
    auto tampered = ExportJob(t).run();
    QVERIFY(!tampered.ok());
    QVERIFY2(tampered.error().contains(appFile), qPrintable(tampered.error()));
    QVERIFY(filesIn(out2.path()).isEmpty());
}

void tst_ExportJob::unsafeArtifactRefused()
{
    // A dependency with a member that escapes its prefix.
    const QString ident = QStringLiteral("core/evil/1.0/") + Rel;
    auto members = FixtureBuilder::minimalPackage(ident);
    members.append({ QByteArray("hab/pkgs/") + ident.toUtf8() + "/../../../../../etc/cron.d/x",
        FixtureBuilder::RawMember::Kind::File, "* * * * * root sh\n" });
    auto evil = m_builder->buildRaw(
        QStringLiteral("core-evil-1.0-") + Rel + QStringLiteral("-x86_64-linux.hart"), members, QStringLiteral("core"));
    QVERIFY2(evil.ok(), qPrintable(evil.error()));
    PackageSpec app;
    app.ident = QStringLiteral("demo/victim/1.0.0/") + Rel;
    app.deps = { ident };
    app.tdeps = app.deps;
    auto built = m_builder->build(app);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QTemporaryDir out;
    ExportOptions o = options(out.path());
    o.package = QStringLiteral("demo/victim");
    o.allowUnverified = true; // safety checks are not a matter of signatures
    auto result = ExportJob(o).run();
    QFile::remove(built.value());
    QFile::remove(evil.value());
    QVERIFY(!result.ok());
    QVERIFY(filesIn(out.path()).isEmpty());
}

void tst_ExportJob::cancelLeavesNothing()
{
    QTemporaryDir out;
    std::atomic_bool cancel = false;
    ExportOptions o = options(out.path());
    o.cancel = &cancel;
    o.progress = [&](qint64 done, qint64) {
        if (done > 0)
            cancel = true;
    };
    auto result = ExportJob(o).run();
    QVERIFY(!result.ok());
    QVERIFY2(result.isCancelled(), qPrintable(result.error()));
    QCOMPARE(filesIn(out.path()), QStringList()); // neither the final name nor a temporary file
}

void tst_ExportJob::fullDisk()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs");
    QTemporaryDir mountPoint;
    if (run(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
                QStringLiteral("tmpfs"), mountPoint.path() })
        != 0)
        QSKIP("cannot mount a tmpfs here");
    auto result = ExportJob(options(mountPoint.path())).run();
    const QStringList left = filesIn(mountPoint.path());
    run(QStringLiteral("umount"), { mountPoint.path() });
    QVERIFY(!result.ok());
    // The operator learns which file and why; neither the tarball nor its temporary stays.
    QVERIFY2(result.error().contains(QStringLiteral("No space left on device")), qPrintable(result.error()));
    QCOMPARE(result.errorKind(), ErrorKind::Io);
    QVERIFY2(
        result.error().contains(mountPoint.filePath(QStringLiteral("demo-app-1.0.0-") + Rel + QStringLiteral(".tgz"))),
        qPrintable(result.error()));
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
}

void tst_ExportJob::fullSegmentCache()
{
    // A segment cache on a file system too small for busybox's segment (a full disk): the export
    // goes on without it, and no segment is left without its sidecar nor a sidecar without its
    // segment (a sidecar is written only once its segment is in), nor any temporary file.
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs");
    QTemporaryDir mountPoint, out;
    if (run(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=512k"),
                QStringLiteral("tmpfs"), mountPoint.path() })
        != 0)
        QSKIP("cannot mount a tmpfs here");
    ExportOptions o = options(out.path());
    o.segmentCache = mountPoint.path();
    auto result = ExportJob(o).run();
    QStringList left = filesIn(mountPoint.path());
    // An orphan sidecar (of an older version, or a writer that died) goes with the next eviction.
    QFile orphan(mountPoint.filePath(QStringLiteral("abcd.meta")));
    const bool orphanWritten = orphan.open(QIODevice::WriteOnly) && orphan.write("x") == 1;
    orphan.close();
    const bool evicted = SegmentCache(mountPoint.path()).evict().ok();
    const bool orphanLeft = orphan.exists();
    run(QStringLiteral("umount"), { mountPoint.path() });
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(filesIn(out.path()), QStringList { result->tarballName });
    QStringList segments, sidecars;
    for (const QString& name : std::as_const(left)) {
        if (name.endsWith(QLatin1String(".seg")))
            segments.append(name.chopped(4));
        else if (name.endsWith(QLatin1String(".meta")))
            sidecars.append(name.chopped(5));
        else
            QFAIL(qPrintable(QStringLiteral("left in the cache: ") + name));
    }
    segments.sort();
    sidecars.sort();
    QCOMPARE(sidecars, segments);
    QVERIFY2(!segments.isEmpty() && segments.size() < m_corpus.all.size(), qPrintable(left.join(u' ')));
    QVERIFY(orphanWritten && evicted);
    QVERIFY(!orphanLeft);
}

void tst_ExportJob::progressGrowsToTotal()
{
    QTemporaryDir out;
    QList<QPair<qint64, qint64>> seen;
    ExportOptions o = options(out.path());
    o.progress = [&](qint64 done, qint64 total) { seen.append({ done, total }); };
    auto result = ExportJob(o).run();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY(!seen.isEmpty());
    for (qsizetype i = 1; i < seen.size(); ++i) {
        QVERIFY(seen[i].first >= seen[i - 1].first);
        QVERIFY(seen[i].second >= seen[i - 1].second);
        QVERIFY(seen[i].first <= seen[i].second);
    }
    QCOMPARE(seen.last().first, seen.last().second);
    qint64 inputs = 0;
    for (const auto& p : result->packages)
        inputs += QFileInfo(p.path).size();
    QCOMPARE(seen.last().second, inputs);
}

void tst_ExportJob::otherFormats()
{
    for (TarballFormat format : { TarballFormat::Xz, TarballFormat::Plain }) {
        QTemporaryDir out, sandbox;
        ExportOptions o = options(out.path());
        o.format = format;
        auto result = ExportJob(o).run();
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY(result->tarballName.endsWith(tarballSuffix(format)));
        QCOMPARE(run(QStringLiteral("bsdtar"),
                     { QStringLiteral("-C"), sandbox.path(), QStringLiteral("-xpf"), result->tarballPath }),
            0);
        QVERIFY(QFileInfo(QDir(sandbox.path()).filePath(QStringLiteral("init.sh"))).isExecutable());
    }
}

void tst_ExportJob::newestSupervisorPackage()
{
    // chef/hab newer than core/hab: the default picks the newest of the two origins.
    PackageSpec chefHab;
    chefHab.ident = QStringLiteral("chef/hab/2.0.0/") + Rel;
    chefHab.executables = { { QStringLiteral("bin/hab"), StandInHab } };
    auto built = m_builder->build(chefHab);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QTemporaryDir out, out2;
    auto result = ExportJob(options(out.path())).run();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    bool chef = false;
    for (const auto& p : result->packages)
        chef |= p.ident.toString() == chefHab.ident;
    QVERIFY(chef);
    // An explicit choice wins.
    ExportOptions o = options(out2.path());
    o.supervisor.hab = QStringLiteral("core/hab");
    auto explicitChoice = ExportJob(o).run();
    QFile::remove(built.value());
    QVERIFY2(explicitChoice.ok(), qPrintable(explicitChoice.error()));
    for (const auto& p : explicitChoice->packages)
        QVERIFY(p.ident.origin() != u"chef");
}

void tst_ExportJob::installedPackages()
{
    // The application installed under a hab/pkgs tree, not in the artifact cache: Habitat's own
    // exporters could not use those (habitat issue 5218).
    QTemporaryDir root, cacheWithoutApp, out, sandbox;
    for (const QString& f : QDir(m_builder->directory()).entryList({ QStringLiteral("*.hart") }, QDir::Files)) {
        if (f.startsWith(QLatin1String("demo-app-")))
            continue;
        QVERIFY(QFile::copy(QDir(m_builder->directory()).filePath(f), cacheWithoutApp.filePath(f)));
    }
    auto installed = FixtureBuilder::installTo(
        QDir(m_builder->directory()).filePath(QStringLiteral("demo-app-1.0.0-20200101000000-x86_64-linux.hart")),
        root.path());
    QVERIFY2(installed.ok(), qPrintable(installed.error()));
    ExportOptions o = options(out.path());
    o.artifactCache = cacheWithoutApp.path();
    o.installedRoot = root.filePath(QStringLiteral("hab/pkgs"));
    auto result = ExportJob(o).run();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->packages.first().verification, Verification::Unsigned);
    QCOMPARE(run(QStringLiteral("tar"),
                 { QStringLiteral("-C"), sandbox.path(), QStringLiteral("-xpf"), result->tarballPath }),
        0);
    QCOMPARE(result->extractedBytes, duStyleBytes(sandbox.path()));
    QFile big(
        QDir(sandbox.path()).filePath(QStringLiteral("hab/pkgs/") + m_corpus.app + QStringLiteral("/share/big.dat")));
    QVERIFY(big.open(QIODevice::ReadOnly));
    QCOMPARE(big.size(), qint64(3 << 20));
}

void tst_ExportJob::runsAsMarathonWould()
{
    if (::geteuid() != 0)
        QSKIP("mounting proc, sys and dev and chroot need root, as on a Mesos agent");
    if (!QFileInfo(QStringLiteral("/bin/busybox")).isExecutable())
        QSKIP("needs Debian's busybox-static");
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        QSKIP("needs unshare (util-linux)");
    QByteArray probe;
    if (run(QStringLiteral("unshare"),
            { QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                QStringLiteral("true") },
            &probe)
        != 0)
        QSKIP("cannot create a mount namespace here");

    QTemporaryDir out, sandbox;
    auto result = ExportJob(options(out.path())).run();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    // The fetcher: download into the sandbox and extract there.
    QCOMPARE(run(QStringLiteral("tar"),
                 { QStringLiteral("-C"), sandbox.path(), QStringLiteral("-xf"), result->tarballPath }),
        0);

    HabitatPackageFacts facts = HabitatAppBuilder::factsFor(result->service, result->tarballName);
    facts.fetchUri = QStringLiteral("http://example.invalid/") + result->tarballName;
    const auto app = HabitatAppBuilder::build(facts).app;
    QVERIFY(app.cmd.has_value());

    // The command executor: /bin/sh -c <cmd> in the sandbox, with Marathon's environment.
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(sandbox.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MESOS_SANDBOX"), sandbox.path());
    for (int i = 0; i < app.portDefinitions.size(); ++i)
        env.insert(QStringLiteral("PORT%1").arg(i), QString::number(31000 + i));
    for (const auto& kv : app.env)
        env.insert(kv.key, kv.value);
    env.insert(QStringLiteral("OPERATOR_SETTING"), QStringLiteral("from-marathon"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("unshare"),
        { QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
            QStringLiteral("/bin/sh"), QStringLiteral("-c"), *app.cmd });
    QVERIFY(p.waitForFinished(120000));
    const QByteArray output = p.readAll();
    QVERIFY2(p.exitCode() == 0, output.constData());

    QFile called(QDir(sandbox.path()).filePath(QStringLiteral("tmp/hab-called")));
    QVERIFY2(called.open(QIODevice::ReadOnly), "hab was not started inside the chroot");
    const QByteArray record = called.readAll();
    QVERIFY2(record.contains("args: sup run demo/app\n"), record.constData());
    QVERIFY2(record.contains(QByteArray("path: /hab/pkgs/" + m_corpus.app.toUtf8() + "/bin:")), record.constData());
    QVERIFY2(record.contains("HAB_LICENSE=accept-no-persist"), record.constData());
    QVERIFY2(record.contains("OPERATOR_SETTING=from-marathon"), record.constData());
    QVERIFY2(record.contains("HAB_LISTEN_HTTP=0.0.0.0:"), record.constData());
    QVERIFY2(record.contains("http.port = 31000"), record.constData()); // the service follows Marathon's port
    // The mounts were undone when the task ended.
    QVERIFY(QDir(QDir(sandbox.path()).filePath(QStringLiteral("proc")))
                .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                .isEmpty());
}

void tst_ExportJob::nonAsciiNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("name") << "name";
    QTest::newRow("hardlink target") << "hardlink";
    QTest::newRow("symlink target") << "symlink";
}

// A member name outside ASCII: refused for Mesos 1.7 and later, whose fetcher (replicated by
// stout-extract, in the C locale) cannot extract it; written for Mesos 1.6 and earlier, whose GNU
// tar in the C locale extracts the name's bytes as they are. A symlink target is no problem for
// either.
void tst_ExportJob::nonAsciiNames()
{
    QFETCH(QString, kind);
    PackageSpec spec;
    spec.ident = QStringLiteral("intl/certs-") + kind + QStringLiteral("/1.0.0/") + Rel;
    const QString dir = QStringLiteral("ssl/certs/");
    QString member; // the member path below the prefix that the checks name
    if (kind == QLatin1String("name")) {
        spec.files = { { dir + IntlName, QByteArrayLiteral("cert") } };
        member = dir + IntlName;
    } else if (kind == QLatin1String("hardlink")) {
        // HartWriter writes the file (its name not ASCII) before the link to it.
        spec.files = { { dir + IntlName, QByteArrayLiteral("cert") } };
        spec.hardlinks = { { dir + QStringLiteral("zz-link.crt"), dir + IntlName } };
        member = dir + IntlName;
    } else {
        spec.files = { { dir + QStringLiteral("plain.crt"), QByteArrayLiteral("cert") } };
        spec.symlinks = { { dir + QStringLiteral("link.crt"), IntlName } };
    }
    auto hart = m_builder->build(spec);
    QVERIFY2(hart.ok(), qPrintable(hart.error()));
    const QString prefix = QStringLiteral("hab/pkgs/") + spec.ident + u'/';

    QTemporaryDir refusedDir;
    ExportOptions o = options(refusedDir.path());
    o.supervisor.cacerts = hart.value();
    auto refused = ExportJob(o).run();
    if (kind == QLatin1String("symlink")) {
        QVERIFY2(refused.ok(), qPrintable(refused.error()));
    } else {
        QVERIFY(!refused.ok());
        const QString expected = spec.ident + QStringLiteral(": member “") + prefix + member
            + QStringLiteral("”: the name is not ASCII, and Mesos 1.7 and later cannot extract");
        QVERIFY2(refused.error().startsWith(expected), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QLatin1String("--mesos-agents 1.6")), qPrintable(refused.error()));
        QCOMPARE(refused.errorKind(), ErrorKind::Unsafe);
        QCOMPARE(filesIn(refusedDir.path()), QStringList()); // no tarball, no temporary file
    }

    QTemporaryDir out;
    o = options(out.path());
    o.supervisor.cacerts = hart.value();
    o.agentFetcher = AgentFetcher::GnuTar;
    auto exported = ExportJob(o).run();
    QVERIFY2(exported.ok(), qPrintable(exported.error()));

    // Mesos <= 1.6: tar -C <sandbox> -xf, here in the C locale; the names come out byte for byte.
    QTemporaryDir sandbox;
    QByteArray log;
    QCOMPARE(run(QStringLiteral("tar"),
                 { QStringLiteral("-C"), sandbox.path(), QStringLiteral("-xf"), exported->tarballPath }, &log, {},
                 cLocaleOnly()),
        0);
    const QByteArray root = QFile::encodeName(sandbox.path() + u'/' + prefix + dir);
    auto entries = [](const QByteArray& path) {
        QList<QByteArray> names;
        if (DIR* d = ::opendir(path.constData())) {
            while (const dirent* e = ::readdir(d)) {
                if (e->d_name[0] != '.')
                    names.append(QByteArray(e->d_name));
            }
            ::closedir(d);
        }
        std::sort(names.begin(), names.end());
        return names;
    };
    const QByteArray nameBytes = IntlName.toUtf8();
    QVERIFY(nameBytes.contains("F\xc5\x91tan\xc3\xbas\xc3\xadtv\xc3\xa1ny")); // UTF-8, as the package has it
    if (kind == QLatin1String("name"))
        QCOMPARE(entries(root), QList<QByteArray> { nameBytes });
    if (kind == QLatin1String("hardlink")) {
        QCOMPARE(entries(root), (QList<QByteArray> { nameBytes, "zz-link.crt" }));
        struct stat a, b;
        QVERIFY(::stat(QByteArray(root + nameBytes).constData(), &a) == 0
            && ::stat(QByteArray(root + "zz-link.crt").constData(), &b) == 0);
        QCOMPARE(a.st_ino, b.st_ino);
    }
    if (kind == QLatin1String("symlink")) {
        char target[256] = {};
        QCOMPARE(::readlink(QByteArray(root + "link.crt").constData(), target, sizeof target - 1), nameBytes.size());
        QCOMPARE(QByteArray(target), nameBytes);
    }

    // Mesos >= 1.7, in the C locale: what refusing the tarball spares the operator.
    QTemporaryDir agent;
    QByteArray stout;
    const int code = run(test::stoutExtractBinary(),
        { exported->tarballPath, agent.path(), QStringLiteral("--secure-nodotdot") }, &stout, {}, cLocaleOnly());
    if (kind == QLatin1String("name")) {
        QCOMPARE(code, 1);
        QVERIFY2(
            stout.contains("archive_entry_pathname_utf8() is NULL") && stout.contains(nameBytes), stout.constData());
    } else if (kind == QLatin1String("hardlink")) {
        QCOMPARE(code, 1); // stops at the file whose name the link points to
    } else {
        QVERIFY2(code == 0, stout.constData());
        char target[256] = {};
        const QByteArray link = QFile::encodeName(agent.path() + u'/' + prefix + dir) + "link.crt";
        QCOMPARE(::readlink(link.constData(), target, sizeof target - 1), nameBytes.size());
        QCOMPARE(QByteArray(target), nameBytes);
    }
    QFile::remove(hart.value());
}

// A segment kept for Mesos 1.6 agents does not slip, reused, into a tarball for later ones.
void tst_ExportJob::cachedSegmentOfNonAsciiNames()
{
    PackageSpec spec;
    spec.ident = QStringLiteral("intl/certs-cached/1.0.0/") + Rel;
    spec.files = { { QStringLiteral("ssl/") + IntlName, QByteArrayLiteral("cert") } };
    auto hart = m_builder->build(spec);
    QVERIFY2(hart.ok(), qPrintable(hart.error()));
    QTemporaryDir segments, first, second, third;
    ExportOptions o = options(first.path());
    o.supervisor.cacerts = hart.value();
    o.segmentCache = segments.path();
    o.agentFetcher = AgentFetcher::GnuTar;
    auto kept = ExportJob(o).run();
    QVERIFY2(kept.ok(), qPrintable(kept.error()));

    o.outputDir = second.path();
    o.agentFetcher = AgentFetcher::Libarchive;
    auto refused = ExportJob(o).run();
    QVERIFY(!refused.ok());
    QVERIFY2(
        refused.error().startsWith(spec.ident + QStringLiteral(": member “hab/pkgs/")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QLatin1String("Mesos 1.7")), qPrintable(refused.error()));
    QCOMPARE(refused.errorKind(), ErrorKind::Unsafe);
    QCOMPARE(filesIn(second.path()), QStringList());

    // Reused as is for 1.6 agents: the same bytes as the first export.
    o.outputDir = third.path();
    o.agentFetcher = AgentFetcher::GnuTar;
    auto reused = ExportJob(o).run();
    QVERIFY2(reused.ok(), qPrintable(reused.error()));
    bool fromCache = false;
    for (const auto& p : reused->packages)
        fromCache |= p.ident.toString() == spec.ident && p.reused;
    QVERIFY(fromCache);
    QCOMPARE(sha(reused->tarballPath), sha(kept->tarballPath));
    QFile::remove(hart.value());
}

// An all-ASCII export extracts with a replica of Mesos' fetcher (1.7.0-1.7.2 and 1.7.3+ flags),
// run in the C locale as the agent runs it.
void tst_ExportJob::stoutExtractsAsciiExport()
{
    QTemporaryDir out;
    auto result = ExportJob(options(out.path())).run();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    for (bool secure : { false, true }) {
        QTemporaryDir agent;
        QStringList args { result->tarballPath, agent.path() };
        if (secure)
            args.append(QStringLiteral("--secure-nodotdot"));
        QByteArray log;
        QVERIFY2(run(test::stoutExtractBinary(), args, &log, {}, cLocaleOnly()) == 0, log.constData());
        for (const QString& ident : m_corpus.all)
            QVERIFY2(QFileInfo(agent.filePath(QStringLiteral("hab/pkgs/") + ident + QStringLiteral("/IDENT"))).isFile(),
                qPrintable(ident));
        QVERIFY(QFileInfo(agent.filePath(QStringLiteral("init.sh"))).isFile());
    }
    // In this process too (its locale is the caller's), through the same API.
    QTemporaryDir inProcess;
    const Status extracted = StoutExtract::extract(result->tarballPath, inProcess.path(), StoutExtract::Mesos18Flags);
    QVERIFY2(extracted.ok(), qPrintable(extracted.error()));
    QVERIFY(QFileInfo(inProcess.filePath(QStringLiteral("init.sh"))).isFile());
}

// A writer killed mid-write leaves its temporary file; the next export of the same tarball removes
// it, and only it: a temporary a live writer holds, a name of another form and other files stay.
void tst_ExportJob::staleTemporariesRemoved()
{
    QTemporaryDir out;
    const QString tarball = out.filePath(QStringLiteral("demo-app-1.0.0-20200101000000.tgz"));
    const pid_t dead = partialWriter(tarball, true);
    QVERIFY(dead > 0);
    QCOMPARE(filesIn(out.path()).size(), 1);
    const QString stale = filesIn(out.path()).first();
    QVERIFY2(AtomicOutputFile::isTemporaryName(stale, QFileInfo(tarball).fileName()), qPrintable(stale));
    QCOMPARE(QFileInfo(out.filePath(stale)).size(), 12);

    const pid_t live = partialWriter(tarball, false);
    QVERIFY(live > 0);
    QStringList held = filesIn(out.path());
    held.removeOne(stale);
    QCOMPARE(held.size(), 1);
    const QStringList others { QStringLiteral(".demo-app-1.0.0-20200101000000.tgz.partial-abc"),
        QStringLiteral(".demo-app-1.0.0-20200101000000.tgz.partial-abcdefg"),
        QStringLiteral(".other.tgz.partial-ABC123"), QStringLiteral("demo-app-1.0.0-20200101000000.tgz.partial-ABC123"),
        QStringLiteral("notes.txt") };
    for (const QString& name : others) {
        QFile f(out.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }

    auto result = ExportJob(options(out.path())).run();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QStringList expected = others + held + QStringList { result->tarballName };
    QStringList left = filesIn(out.path());
    std::sort(expected.begin(), expected.end());
    std::sort(left.begin(), left.end());
    QCOMPARE(left, expected); // the dead writer's file is gone, the rest stays

    // Once its writer is gone, the held one is removed by the next export.
    ::kill(live, SIGKILL);
    ::waitpid(live, nullptr, 0);
    QVERIFY(ExportJob(options(out.path())).run().ok());
    QVERIFY(!filesIn(out.path()).contains(held.first()));

    // The segment cache's temporaries the same way: eviction removes a dead writer's, keeps a live one's.
    QTemporaryDir segments;
    SegmentCache cache(segments.path());
    const QString segment = cache.filePath(QStringLiteral("ab12"));
    QVERIFY(partialWriter(segment, true) > 0);
    const pid_t writing = partialWriter(QDir(segments.path()).filePath(QStringLiteral("cd34.seg")), false);
    QVERIFY(writing > 0);
    QCOMPARE(filesIn(segments.path()).size(), 2);
    QVERIFY(cache.evict().ok());
    const QStringList kept = filesIn(segments.path());
    QCOMPARE(kept.size(), 1);
    QVERIFY2(kept.first().startsWith(QStringLiteral(".cd34.seg.partial-")), qPrintable(kept.first()));
    ::kill(writing, SIGKILL);
    ::waitpid(writing, nullptr, 0);
    QVERIFY(cache.evict().ok());
    QCOMPARE(filesIn(segments.path()), QStringList());
}

QTEST_GUILESS_MAIN(tst_ExportJob)
#include "tst_exportjob.moc"
