// SPDX-License-Identifier: Apache-2.0
// PackageRepository: where packages come from. The peeker is replaced by one that reads small
// stand-in files ("FAKE-HART", IDENT, TARGET), so these tests need no .hart reader and can count
// how often a file is read.
#include "package/hartwriter.h"
#include "package/packagerepository.h"
#include "package/secretsigningkey.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

#include <sys/stat.h>
#include <unistd.h>

using namespace habmesos;

namespace {

PackageIdent ident(const char* text)
{
    return PackageIdent::parse(QString::fromUtf8(text)).value();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(data), data.size());
}

// A stand-in artifact: what a peek would find inside a real one.
void writeFakeHart(
    const QString& path, const QString& identText, const QString& target = QStringLiteral("x86_64-linux"))
{
    writeFile(path, "FAKE-HART\n" + identText.toUtf8() + "\n" + target.toUtf8() + "\n");
}

void writeInstalled(const QString& root, const QString& identText,
    const QString& target = QStringLiteral("x86_64-linux"), const QString& identFile = QString())
{
    const QString dir = root + u'/' + identText;
    writeFile(dir + QStringLiteral("/IDENT"), (identFile.isEmpty() ? identText : identFile).toUtf8() + "\n");
    if (!target.isEmpty())
        writeFile(dir + QStringLiteral("/TARGET"), target.toUtf8() + "\n");
}

struct CountingPeeker
{
    std::shared_ptr<std::atomic_int> reads = std::make_shared<std::atomic_int>(0);

    PackageRepository::Peeker peeker() const
    {
        auto counter = reads;
        return [counter](const QString& path) -> Result<PackageArtifact> {
            ++*counter;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Result<PackageArtifact>::failure(path + QStringLiteral(": cannot be read"));
            const QList<QByteArray> lines = file.readAll().split('\n');
            if (lines.size() < 3 || lines[0] != "FAKE-HART")
                return Result<PackageArtifact>::failure(
                    path + QStringLiteral(": line 1: not a Habitat artifact header"));
            Result<PackageIdent> parsed = PackageIdent::parse(QString::fromUtf8(lines[1]));
            if (!parsed)
                return Result<PackageArtifact>::failure(path + QStringLiteral(": IDENT: ") + parsed.error());
            PackageArtifact artifact;
            artifact.path = path;
            artifact.metadata.ident = parsed.value();
            artifact.metadata.target = QString::fromUtf8(lines[2]);
            return artifact;
        };
    }
};

} // namespace

class tst_Repository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void identsFromInsideNotFileNames();
    void resolveNewestByHabitatOrder();
    void installedPackages();
    void fifoIsNotAMetadataFile();
    void notARegularFile();
    void artifactPreferredOverInstalled();
    void explicitArtifact();
    void brokenFilesAreProblems();
    void unreadableFileIsAProblem();
    void rescanReadsOnlyChangedFiles();
    void cancelledScan();
    void targets();
    void packagesSortedForTheTree();
    void missingDirectoriesAreEmpty();
    void realArtifacts();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_cache;
    QString m_pkgs;
    CountingPeeker m_counter;

    PackageRepository repository(QString target = QStringLiteral("x86_64-linux")) const
    {
        PackageRepository::Options options;
        options.artifactCache = m_cache;
        options.installedRoot = m_pkgs;
        options.target = target;
        return PackageRepository(options, m_counter.peeker());
    }
};

void tst_Repository::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_cache = m_tmp->path() + QStringLiteral("/cache/artifacts");
    m_pkgs = m_tmp->path() + QStringLiteral("/root/hab/pkgs");
    QDir().mkpath(m_cache);
    QDir().mkpath(m_pkgs);
    m_counter = CountingPeeker();
}

void tst_Repository::identsFromInsideNotFileNames()
{
    // The file name claims core/zlib; the IDENT inside says acme/other (like unhappyhumans-*.hart).
    writeFakeHart(m_cache + QStringLiteral("/core-zlib-1.2.11-20200101000000-x86_64-linux.hart"),
        QStringLiteral("acme/other/2.0/20210101000000"));
    // A name that cannot be parsed at all is still found by its IDENT.
    writeFakeHart(m_cache + QStringLiteral("/download.hart"), QStringLiteral("acme/my-app/1.0-beta/20210102000000"));
    writeFile(m_cache + QStringLiteral("/notes.txt"), "not an artifact");

    PackageRepository repo = repository();
    repo.scan();
    QCOMPARE(*m_counter.reads, 2); // only *.hart files are read
    QVERIFY(repo.problems().isEmpty());
    QVERIFY(!repo.find(ident("core/zlib/1.2.11/20200101000000")));
    const auto other = repo.find(ident("acme/other/2.0/20210101000000"));
    QVERIFY(other);
    QCOMPARE(
        other->path, QDir::cleanPath(m_cache + QStringLiteral("/core-zlib-1.2.11-20200101000000-x86_64-linux.hart")));
    QCOMPARE(other->source, PackageRef::Source::CachedArtifact);
    QCOMPARE(other->target, QStringLiteral("x86_64-linux"));
    QVERIFY(other->size > 0);
    const auto app = repo.resolve(ident("acme/my-app"));
    QVERIFY(app);
    QCOMPARE(app->ident, ident("acme/my-app/1.0-beta/20210102000000"));
}

void tst_Repository::resolveNewestByHabitatOrder()
{
    // By text "1.2.9" > "1.10.0"; by Habitat's version order 1.10.0 is the newest, and a version
    // without an extension is above the same one with ("1.2.10" > "1.2.10-rc1").
    const char* idents[] = {
        "core/zlib/1.2.9/20190101000000",
        "core/zlib/1.2.10-rc1/20190301000000",
        "core/zlib/1.2.10/20190201000000",
        "core/zlib/1.2.10/20190202000000",
        "core/zlib/1.10.0/20180101000000",
        "core/zlib/1.10.0/20180102000000",
        "core/zlibx/9.0.0/20250101000000",
    };
    int n = 0;
    for (const char* text : idents)
        writeFakeHart(m_cache + QStringLiteral("/z%1.hart").arg(n++), QString::fromUtf8(text));
    PackageRepository repo = repository();
    repo.scan();
    QCOMPARE(repo.resolve(ident("core/zlib"))->ident, ident("core/zlib/1.10.0/20180102000000"));
    QCOMPARE(repo.resolve(ident("core/zlib/1.2.10"))->ident, ident("core/zlib/1.2.10/20190202000000"));
    QCOMPARE(repo.resolve(ident("core/zlib/1.2.10-rc1"))->ident, ident("core/zlib/1.2.10-rc1/20190301000000"));
    QCOMPARE(repo.resolve(ident("core/zlib/1.2.10/20190201000000"))->ident, ident("core/zlib/1.2.10/20190201000000"));
    QVERIFY(!repo.resolve(ident("core/zlib/1.3")));
    QVERIFY(!repo.resolve(ident("core/zli")));
    QVERIFY(!repo.resolve(ident("other/zlib")));
}

void tst_Repository::installedPackages()
{
    writeInstalled(m_pkgs, QStringLiteral("core/glibc/2.35/20230101000000"));
    writeInstalled(m_pkgs, QStringLiteral("core/glibc/2.36/20230601000000"));
    // IDENT disagrees with where it is installed.
    writeInstalled(m_pkgs, QStringLiteral("core/bash/5.1/20230101000000"), QStringLiteral("x86_64-linux"),
        QStringLiteral("core/bash/5.2/20230101000000"));
    // No TARGET.
    writeInstalled(m_pkgs, QStringLiteral("core/sed/4.8/20230101000000"), QString());
    // No IDENT at all (an interrupted install).
    QDir().mkpath(m_pkgs + QStringLiteral("/core/grep/3.7/20230101000000/bin"));
    // Hidden directories are not packages.
    QDir().mkpath(m_pkgs + QStringLiteral("/core/.tmp-install/1/2"));

    PackageRepository repo = repository();
    repo.scan();
    QCOMPARE(*m_counter.reads, 0); // installed packages are not peeked as artifacts
    const auto glibc = repo.resolve(ident("core/glibc"));
    QVERIFY(glibc);
    QCOMPARE(glibc->ident, ident("core/glibc/2.36/20230601000000"));
    QCOMPARE(glibc->source, PackageRef::Source::Installed);
    QCOMPARE(glibc->path, QDir::cleanPath(m_pkgs + QStringLiteral("/core/glibc/2.36/20230601000000")));
    QVERIFY(!repo.find(ident("core/bash/5.1/20230101000000")));
    QVERIFY(!repo.find(ident("core/bash/5.2/20230101000000")));
    QVERIFY(!repo.resolve(ident("core/sed")));
    QVERIFY(!repo.resolve(ident("core/grep")));

    const QList<PackageRepository::Problem> problems = repo.problems();
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems[0].path, QDir::cleanPath(m_pkgs + QStringLiteral("/core/bash/5.1/20230101000000")));
    QVERIFY2(
        problems[0].reason.contains(QStringLiteral("core/bash/5.2/20230101000000")), qPrintable(problems[0].reason));
    QVERIFY(problems[1].path.endsWith(QStringLiteral("core/grep/3.7/20230101000000")));
    QVERIFY2(problems[1].reason.contains(QStringLiteral("IDENT")), qPrintable(problems[1].reason));
    QVERIFY(problems[2].path.endsWith(QStringLiteral("core/sed/4.8/20230101000000")));
    QVERIFY2(problems[2].reason.contains(QStringLiteral("TARGET")), qPrintable(problems[2].reason));
}

void tst_Repository::fifoIsNotAMetadataFile()
{
    // Opening a FIFO with no writer blocks: the scan must refuse it, not wait for ever.
    const QString fifoIdent = m_pkgs + QStringLiteral("/core/fifo/1.0/20230101000000/IDENT");
    QDir().mkpath(QFileInfo(fifoIdent).absolutePath());
    QCOMPARE(::mkfifo(QFile::encodeName(fifoIdent).constData(), 0644), 0);
    writeInstalled(m_pkgs, QStringLiteral("core/piped/1.0/20230101000000"), QString());
    const QString fifoTarget = m_pkgs + QStringLiteral("/core/piped/1.0/20230101000000/TARGET");
    QCOMPARE(::mkfifo(QFile::encodeName(fifoTarget).constData(), 0644), 0);
    writeInstalled(m_pkgs, QStringLiteral("core/glibc/2.36/20230601000000"));

    PackageRepository repo = repository();
    repo.scan();
    QVERIFY(repo.find(ident("core/glibc/2.36/20230601000000")));
    QVERIFY(!repo.resolve(ident("core/fifo")));
    QVERIFY(!repo.resolve(ident("core/piped")));
    const QList<PackageRepository::Problem> problems = repo.problems();
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems[0].path.endsWith(QStringLiteral("core/fifo/1.0/20230101000000")));
    QVERIFY2(problems[0].reason.contains(fifoIdent + QStringLiteral(": not a regular file")),
        qPrintable(problems[0].reason));
    QVERIFY(problems[1].path.endsWith(QStringLiteral("core/piped/1.0/20230101000000")));
    QVERIFY2(problems[1].reason.contains(fifoTarget + QStringLiteral(": not a regular file")),
        qPrintable(problems[1].reason));
}

void tst_Repository::notARegularFile()
{
    // Named as a .hart file but a device, a FIFO or a directory: refused as such, naming it, and
    // never read (a FIFO would block, /dev/zero would never end).
    const QString fifo = m_tmp->path() + QStringLiteral("/pipe.hart");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
    const QString dir = m_tmp->path() + QStringLiteral("/dir.hart");
    QVERIFY(QDir().mkpath(dir));
    PackageRepository repo = repository();
    const QList<QPair<QString, QString>> cases { { QStringLiteral("/dev/zero"), QStringLiteral("a character device") },
        { fifo, QStringLiteral("a FIFO") }, { dir, QStringLiteral("a directory") } };
    for (const auto& [path, kind] : cases) {
        QVERIFY2(PackageRepository::namesFile(path), qPrintable(path));
        const Result<PackageRef> added = repo.addArtifact(path);
        QVERIFY(!added.ok());
        QCOMPARE(added.error(), QStringLiteral("%1: not a regular file (%2)").arg(path, kind));
    }
    QVERIFY(repo.allLocations().isEmpty());
    // What the user typed is a file when it looks like one; an ident otherwise.
    QVERIFY(PackageRepository::namesFile(QStringLiteral("/no/such/file")));
    QVERIFY(PackageRepository::namesFile(QStringLiteral("./relative")));
    QVERIFY(PackageRepository::namesFile(QStringLiteral("x.HART")));
    QVERIFY(!PackageRepository::namesFile(QStringLiteral("core/nginx")));
    QVERIFY(!PackageRepository::namesFile(QStringLiteral("core/nginx/1.25.4/20240101000000")));
    QVERIFY(!PackageRepository::namesFile(QStringLiteral("nginx"))); // no ident either: its parser says why
}

void tst_Repository::artifactPreferredOverInstalled()
{
    const QString text = QStringLiteral("core/redis/7.0.0/20230101000000");
    writeInstalled(m_pkgs, text);
    writeFakeHart(m_cache + QStringLiteral("/redis.hart"), text);
    PackageRepository repo = repository();
    repo.scan();
    const auto found = repo.find(ident("core/redis/7.0.0/20230101000000"));
    QVERIFY(found);
    QCOMPARE(found->source, PackageRef::Source::CachedArtifact);
    QCOMPARE(repo.resolve(ident("core/redis"))->source, PackageRef::Source::CachedArtifact);
    const QList<PackageRef> all = repo.locations(found->ident);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[1].source, PackageRef::Source::Installed);
    // The tree shows one entry per package, the preferred location.
    QCOMPARE(repo.packages().size(), 1);
    QCOMPARE(repo.packages().first().source, PackageRef::Source::CachedArtifact);
    QCOMPARE(repo.allLocations().size(), 2);

    // Without the cache, the installed one is found.
    PackageRepository::Options options = repo.options();
    options.useArtifactCache = false;
    PackageRepository installedOnly(options, m_counter.peeker());
    installedOnly.scan();
    QCOMPARE(installedOnly.find(found->ident)->source, PackageRef::Source::Installed);
}

void tst_Repository::explicitArtifact()
{
    const QString text = QStringLiteral("core/redis/7.0.0/20230101000000");
    writeFakeHart(m_cache + QStringLiteral("/redis.hart"), text);
    const QString mine = m_tmp->path() + QStringLiteral("/elsewhere/mine.hart");
    writeFakeHart(mine, text);
    PackageRepository repo = repository();
    repo.scan();
    const Result<PackageRef> added = repo.addArtifact(mine);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(added->source, PackageRef::Source::ExplicitArtifact);
    QCOMPARE(added->ident, ident("core/redis/7.0.0/20230101000000"));
    QCOMPARE(repo.find(added->ident)->path, QDir::cleanPath(mine));
    // Still preferred after a rescan of the cache.
    repo.scan();
    QCOMPARE(repo.find(added->ident)->source, PackageRef::Source::ExplicitArtifact);

    const Result<PackageRef> absent = repo.addArtifact(m_tmp->path() + QStringLiteral("/nope.hart"));
    QVERIFY(!absent.ok());
    QVERIFY2(absent.error().contains(QStringLiteral("nope.hart")), qPrintable(absent.error()));
    QCOMPARE(absent.errorKind(), ErrorKind::NotFound);
    writeFile(m_tmp->path() + QStringLiteral("/broken.hart"), "HART-1\nnonsense\n");
    const Result<PackageRef> broken = repo.addArtifact(m_tmp->path() + QStringLiteral("/broken.hart"));
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().contains(QStringLiteral("broken.hart: line 1")), qPrintable(broken.error()));
    QCOMPARE(broken.errorKind(), ErrorKind::Invalid);
}

void tst_Repository::brokenFilesAreProblems()
{
    writeFakeHart(m_cache + QStringLiteral("/good.hart"), QStringLiteral("core/good/1.0/20230101000000"));
    writeFile(m_cache + QStringLiteral("/bad.hart"), "HART-1\nnonsense\n");
    writeFile(m_cache + QStringLiteral("/empty.hart"), QByteArray());
    writeFakeHart(m_cache + QStringLiteral("/partial.hart"), QStringLiteral("core/partial/1.0"));
    writeFakeHart(m_cache + QStringLiteral("/notarget.hart"), QStringLiteral("core/nt/1.0/20230101000000"), QString());
    PackageRepository repo = repository();
    repo.scan();
    QVERIFY(repo.find(ident("core/good/1.0/20230101000000")));
    const QList<PackageRepository::Problem> problems = repo.problems();
    QCOMPARE(problems.size(), 4);
    QCOMPARE(QFileInfo(problems[0].path).fileName(), QStringLiteral("bad.hart"));
    QVERIFY2(problems[0].reason.contains(QStringLiteral("bad.hart: line 1")), qPrintable(problems[0].reason));
    QCOMPARE(QFileInfo(problems[1].path).fileName(), QStringLiteral("empty.hart"));
    QCOMPARE(QFileInfo(problems[2].path).fileName(), QStringLiteral("notarget.hart"));
    QVERIFY2(problems[2].reason.contains(QStringLiteral("TARGET")), qPrintable(problems[2].reason));
    QCOMPARE(QFileInfo(problems[3].path).fileName(), QStringLiteral("partial.hart"));
    QVERIFY2(problems[3].reason.contains(QStringLiteral("fully qualified")), qPrintable(problems[3].reason));
    QCOMPARE(repo.packages().size(), 1);
}

void tst_Repository::unreadableFileIsAProblem()
{
    if (::geteuid() == 0)
        QSKIP("root reads files whatever their mode");
    const QString path = m_cache + QStringLiteral("/secret.hart");
    writeFakeHart(path, QStringLiteral("core/secret/1.0/20230101000000"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    PackageRepository repo = repository();
    repo.scan();
    QVERIFY(!repo.find(ident("core/secret/1.0/20230101000000")));
    QCOMPARE(repo.problems().size(), 1);
    QVERIFY(repo.problems().first().reason.contains(QStringLiteral("secret.hart")));
}

void tst_Repository::rescanReadsOnlyChangedFiles()
{
    for (int i = 0; i < 20; ++i)
        writeFakeHart(
            m_cache + QStringLiteral("/p%1.hart").arg(i), QStringLiteral("core/p%1/1.0/20230101000000").arg(i));
    writeFile(m_cache + QStringLiteral("/bad.hart"), "garbage");
    PackageRepository repo = repository();
    repo.scan();
    QCOMPARE(*m_counter.reads, 21);
    QCOMPARE(repo.lastScanReads(), 21);
    QCOMPARE(repo.packages().size(), 20);
    QCOMPARE(repo.problems().size(), 1);

    repo.scan();
    QCOMPARE(*m_counter.reads, 21); // nothing changed, nothing read; the problem is remembered
    QCOMPARE(repo.lastScanReads(), 0);
    QCOMPARE(repo.packages().size(), 20);
    QCOMPARE(repo.problems().size(), 1);

    // Replace one file's contents (another size), add one, remove one, fix the broken one.
    writeFakeHart(m_cache + QStringLiteral("/p3.hart"), QStringLiteral("core/p3-renamed/1.0/20230101000000"));
    writeFakeHart(m_cache + QStringLiteral("/new.hart"), QStringLiteral("core/new/1.0/20230101000000"));
    QVERIFY(QFile::remove(m_cache + QStringLiteral("/p7.hart")));
    writeFakeHart(m_cache + QStringLiteral("/bad.hart"), QStringLiteral("core/fixed/1.0/20230101000000"));
    repo.scan();
    QCOMPARE(repo.lastScanReads(), 3);
    QCOMPARE(*m_counter.reads, 24);
    QVERIFY(repo.problems().isEmpty());
    QVERIFY(!repo.find(ident("core/p3/1.0/20230101000000")));
    QVERIFY(repo.find(ident("core/p3-renamed/1.0/20230101000000")));
    QVERIFY(repo.find(ident("core/new/1.0/20230101000000")));
    QVERIFY(repo.find(ident("core/fixed/1.0/20230101000000")));
    QVERIFY(!repo.find(ident("core/p7/1.0/20230101000000")));
    QCOMPARE(repo.packages().size(), 21);

    // Same size, new mtime: read again.
    QFile touched(m_cache + QStringLiteral("/p4.hart"));
    QVERIFY(touched.open(QIODevice::ReadWrite));
    QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    touched.close();
    repo.scan();
    QCOMPARE(repo.lastScanReads(), 1);
}

void tst_Repository::cancelledScan()
{
    for (int i = 0; i < 5; ++i)
        writeFakeHart(
            m_cache + QStringLiteral("/p%1.hart").arg(i), QStringLiteral("core/p%1/1.0/20230101000000").arg(i));
    writeInstalled(m_pkgs, QStringLiteral("core/glibc/2.36/20230601000000"));
    PackageRepository repo = repository();
    std::atomic_bool cancel { true };
    repo.scan(&cancel);
    QCOMPARE(*m_counter.reads, 0);
    QVERIFY(repo.packages().isEmpty());
    // Nothing half-remembered: the next scan reads everything.
    repo.scan();
    QCOMPARE(repo.lastScanReads(), 5);
    QCOMPARE(repo.packages().size(), 6);
}

void tst_Repository::targets()
{
    const QString text = QStringLiteral("core/hello/1.0/20230101000000");
    writeFakeHart(m_cache + QStringLiteral("/hello-x86.hart"), text, QStringLiteral("x86_64-linux"));
    writeFakeHart(m_cache + QStringLiteral("/hello-arm.hart"), text, QStringLiteral("aarch64-linux"));
    writeFakeHart(m_cache + QStringLiteral("/armonly.hart"), QStringLiteral("core/armonly/1.0/20230101000000"),
        QStringLiteral("aarch64-linux"));
    PackageRepository repo = repository();
    repo.scan();
    QCOMPARE(repo.find(ident("core/hello/1.0/20230101000000"))->target, QStringLiteral("x86_64-linux"));
    QCOMPARE(repo.find(ident("core/hello/1.0/20230101000000"), QStringLiteral("aarch64-linux"))->path,
        QDir::cleanPath(m_cache + QStringLiteral("/hello-arm.hart")));
    QVERIFY(!repo.find(ident("core/armonly/1.0/20230101000000")));
    QVERIFY(!repo.resolve(ident("core/armonly")));
    QCOMPARE(repo.find(ident("core/armonly/1.0/20230101000000"), QString())->target, QStringLiteral("aarch64-linux"));
    QCOMPARE(repo.packages().size(), 1);
    QCOMPARE(repo.allLocations().size(), 3);

    PackageRepository any = repository(QString());
    any.scan();
    QCOMPARE(any.packages().size(), 3);
    // Any target: Habitat's default first.
    QCOMPARE(any.find(ident("core/hello/1.0/20230101000000"))->target, QStringLiteral("x86_64-linux"));
    QCOMPARE(any.resolve(ident("core/armonly"))->target, QStringLiteral("aarch64-linux"));
}

void tst_Repository::packagesSortedForTheTree()
{
    writeFakeHart(m_cache + QStringLiteral("/a.hart"), QStringLiteral("core/zlib/1.10.0/20180101000000"));
    writeFakeHart(m_cache + QStringLiteral("/b.hart"), QStringLiteral("core/zlib/1.2.9/20190101000000"));
    writeFakeHart(m_cache + QStringLiteral("/c.hart"), QStringLiteral("acme/app/1.0/20230101000000"));
    writeInstalled(m_pkgs, QStringLiteral("core/bash/5.2/20230101000000"));
    PackageRepository repo = repository();
    repo.scan();
    QStringList order;
    for (const PackageRef& ref : repo.packages())
        order.append(ref.ident.toString());
    QCOMPARE(order,
        QStringList({ "acme/app/1.0/20230101000000", "core/bash/5.2/20230101000000", "core/zlib/1.2.9/20190101000000",
            "core/zlib/1.10.0/20180101000000" }));
}

void tst_Repository::missingDirectoriesAreEmpty()
{
    PackageRepository::Options options;
    options.artifactCache = m_tmp->path() + QStringLiteral("/no/such/cache");
    options.installedRoot = m_tmp->path() + QStringLiteral("/no/such/pkgs");
    PackageRepository repo(options, m_counter.peeker());
    repo.scan();
    QVERIFY(repo.packages().isEmpty());
    QVERIFY(repo.problems().isEmpty());
    QCOMPARE(repo.artifactCacheDir(), QDir::cleanPath(options.artifactCache));

    // A file where the cache should be is a problem.
    writeFile(m_tmp->path() + QStringLiteral("/file-cache"), "x");
    options.artifactCache = m_tmp->path() + QStringLiteral("/file-cache");
    PackageRepository wrong(options, m_counter.peeker());
    wrong.scan();
    QCOMPARE(wrong.problems().size(), 1);
}

// With the real peek (ArtifactInspector): signed artifacts written by HartWriter.
void tst_Repository::realArtifacts()
{
    const Result<SecretSigningKey> key = SecretSigningKey::generate(QStringLiteral("acme"));
    QVERIFY2(key.ok(), qPrintable(key.error()));
    auto writeHart = [&](const QString& fileName, const QString& identText, const QString& target) {
        const PackageIdent id = ident(identText.toUtf8().constData());
        HartWriter writer;
        writer.addPackageDirectories(id);
        writer.addFile(id.installPath() + QStringLiteral("/IDENT"), identText.toUtf8() + "\n");
        writer.addFile(id.installPath() + QStringLiteral("/TARGET"), target.toUtf8() + "\n");
        const Status written = writer.write(m_cache + u'/' + fileName, key.value());
        QVERIFY2(written.ok(), qPrintable(written.error()));
    };
    // The name says one thing, the IDENT inside another.
    writeHart(QStringLiteral("acme-decoy-9.9.9-20990101000000-x86_64-linux.hart"),
        QStringLiteral("acme/real/1.0.0/20230101000000"), QStringLiteral("x86_64-linux"));
    writeHart(
        QStringLiteral("b.hart"), QStringLiteral("acme/real/1.10.0/20230101000000"), QStringLiteral("x86_64-linux"));
    writeHart(
        QStringLiteral("c.hart"), QStringLiteral("acme/real/1.9.0/20240101000000"), QStringLiteral("x86_64-linux"));
    writeHart(
        QStringLiteral("arm.hart"), QStringLiteral("acme/real/2.0.0/20240101000000"), QStringLiteral("aarch64-linux"));
    writeFile(m_cache + QStringLiteral("/corrupt.hart"), "HART-1\nnot a key name!\nBLAKE2b\nAAAA\n\n");
    // A real header followed by garbage instead of xz.
    QFile good(m_cache + QStringLiteral("/b.hart"));
    QVERIFY(good.open(QIODevice::ReadOnly));
    QByteArray header;
    for (int i = 0; i < 5; ++i)
        header += good.readLine();
    writeFile(m_cache + QStringLiteral("/garbage.hart"), header + QByteArray(4096, '\x5a'));

    PackageRepository::Options options;
    options.artifactCache = m_cache;
    options.installedRoot = m_pkgs;
    PackageRepository repo(options); // the standard peek
    repo.scan();
    QVERIFY(!repo.find(ident("acme/decoy/9.9.9/20990101000000")));
    const auto first = repo.find(ident("acme/real/1.0.0/20230101000000"));
    QVERIFY(first);
    QCOMPARE(QFileInfo(first->path).fileName(), QStringLiteral("acme-decoy-9.9.9-20990101000000-x86_64-linux.hart"));
    QCOMPARE(repo.resolve(ident("acme/real"))->ident, ident("acme/real/1.10.0/20230101000000"));
    QCOMPARE(repo.resolve(ident("acme/real"), QString())->ident, ident("acme/real/2.0.0/20240101000000"));
    QCOMPARE(repo.resolve(ident("acme/real"), QString())->target, QStringLiteral("aarch64-linux"));

    const QList<PackageRepository::Problem> problems = repo.problems();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(QFileInfo(problems[0].path).fileName(), QStringLiteral("corrupt.hart"));
    QVERIFY2(problems[0].reason.contains(QStringLiteral("corrupt.hart"))
            && problems[0].reason.contains(QStringLiteral("line 2")),
        qPrintable(problems[0].reason));
    QCOMPARE(QFileInfo(problems[1].path).fileName(), QStringLiteral("garbage.hart"));
    QVERIFY2(problems[1].reason.contains(QStringLiteral("garbage.hart")), qPrintable(problems[1].reason));
}

QTEST_GUILESS_MAIN(tst_Repository)
#include "tst_repository.moc"
