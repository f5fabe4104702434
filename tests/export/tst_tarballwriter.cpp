// SPDX-License-Identifier: Apache-2.0
// The tarball writer: what GNU tar and bsdtar extract from it, gzip members, reproducibility,
// cached segments (kept by a writer whose tarball goes nowhere too), cancel, full disks and write errors
// (their kinds), bounded memory.
#include "export/segmentcache.h"
#include "export/tarballwriter.h"
#include "support/testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <atomic>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace habmesos;
using habmesos::test::readAll;

namespace {

// Deterministic file contents: text-like runs mixed with noise, so that they compress somewhat.
QByteArray contentFor(int seed, qint64 offset, qint64 length, bool incompressible = false)
{
    // A pure function of (seed, position), so that any chunking gives the same bytes.
    QByteArray out(length, Qt::Uninitialized);
    for (qint64 i = 0; i < length; ++i) {
        const qint64 pos = offset + i;
        if (incompressible || (pos / 64) % 3 == 0) {
            quint64 z = quint64(seed) * 0x9E3779B97F4A7C15ULL + quint64(pos / 8) + 1;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            z ^= z >> 31;
            out[i] = char(z >> (8 * (pos % 8)));
        } else {
            out[i] = "habitat mesos export "[pos % 21];
        }
    }
    return out;
}

struct Item
{
    TarEntry entry;
    int seed = 0;
};

QList<Item> sampleItems()
{
    QList<Item> items;
    auto add = [&](TarEntry e, int seed = 0) { items.append({ std::move(e), seed }); };
    add(TarEntry::directory(QStringLiteral("."), 0755));
    add(TarEntry::directory(QStringLiteral("hab"), 0755));
    for (const char* dir : { "hab/pkgs", "hab/pkgs/core", "hab/pkgs/core/app", "hab/pkgs/core/app/1.0.0" })
        add(TarEntry::directory(QString::fromLatin1(dir), 0755));
    add(TarEntry::directory(QStringLiteral("hab/pkgs/core/app/1.0.0/20260101000000"), 0755));
    add(TarEntry::directory(QStringLiteral("hab/pkgs/core/app/1.0.0/20260101000000/bin"), 0700));
    add(TarEntry::file(QStringLiteral("hab/pkgs/core/app/1.0.0/20260101000000/bin/app"), 200000, 0755), 1);
    add(TarEntry::file(QStringLiteral("hab/pkgs/core/app/1.0.0/20260101000000/bin/suid"), 3000, 04755), 2);
    add(TarEntry::file(QStringLiteral("hab/pkgs/core/app/1.0.0/20260101000000/secret"), 10, 0600), 3);
    add(TarEntry::file(QStringLiteral("hab/pkgs/core/app/1.0.0/20260101000000/empty"), 0, 0644));
    add(TarEntry::file(QStringLiteral("hab/pkgs/core/app/1.0.0/20260101000000/big.bin"), 3 * 1024 * 1024 + 17, 0644),
        4);
    add(TarEntry::symlink(QStringLiteral("hab/pkgs/core/app/1.0.0/20260101000000/bin/link"), QStringLiteral("app")));
    add(TarEntry::symlink(QStringLiteral("hab/pkgs/core/app/1.0.0/20260101000000/abs"), QStringLiteral("/hab/svc")));
    add(TarEntry::symlink(QStringLiteral("hab/dangling"), QStringLiteral("does/not/exist")));
    add(TarEntry::hardlink(QStringLiteral("hab/pkgs/core/app/1.0.0/20260101000000/bin/app2"),
        QStringLiteral("hab/pkgs/core/app/1.0.0/20260101000000/bin/app")));
    add(TarEntry::directory(QStringLiteral("hab/empty-dir"), 0750));
    // Longer than the 100 bytes of a ustar name, and than the 255 of name + prefix.
    const QString longDir = QStringLiteral("hab/pkgs/core/") + QString(120, u'd');
    add(TarEntry::directory(longDir, 0755));
    const QString longFile = longDir + u'/' + QString(90, u'f') + u'/';
    add(TarEntry::directory(longFile, 0755));
    const QString longName = longFile + QString(150, u'n') + QStringLiteral(".txt");
    add(TarEntry::file(longName, 1234, 0640), 5);
    add(TarEntry::symlink(longFile + QStringLiteral("longlink"), QString(150, u't') + QStringLiteral("/target")));
    add(TarEntry::hardlink(QStringLiteral("hab/hardlink-to-long"), longName));
    add(TarEntry::directory(QStringLiteral("hab/readonly"), 0555));
    add(TarEntry::file(QStringLiteral("hab/readonly/file"), 100, 0444), 6);
    add(TarEntry::file(QStringLiteral(".hab_pkg"), 17, 0644), 7);
    return items;
}

Status writeItems(TarballWriter& writer, const QList<Item>& items, qint64 chunk = 100000)
{
    for (const Item& item : items) {
        Status s = writer.addEntry(item.entry);
        if (!s)
            return s;
        for (qint64 off = 0; off < item.entry.size(); off += chunk) {
            const QByteArray data = contentFor(item.seed, off, std::min(chunk, item.entry.size() - off));
            s = writer.writeData(data);
            if (!s)
                return s;
        }
    }
    return success();
}

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run run(const QString& program, const QStringList& args, const QString& workDir = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(300000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll() };
}

// Directory entries besides the root (to find extra or missing ones).
QStringList treeOf(const QString& dir)
{
    QStringList names;
    QDirIterator it(
        dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QDir(dir).relativeFilePath(it.next()));
    names.sort();
    return names;
}

// Compares an extracted tree with the entries, one by one; returns a description of the first
// difference, or an empty string.
QString compareTree(const QString& dir, const QList<Item>& items)
{
    QStringList expectedNames;
    for (const Item& item : items) {
        const QString rel = TarEntry::normalizedPath(item.entry.path());
        const QString path = rel.isEmpty() ? dir : dir + u'/' + rel;
        if (!rel.isEmpty())
            expectedNames.append(rel);
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            return QStringLiteral("missing: ") + rel;
        const TarEntry& e = item.entry;
        switch (e.type()) {
        case TarEntry::Type::Directory:
            if (!S_ISDIR(st.st_mode))
                return QStringLiteral("not a directory: ") + rel;
            break;
        case TarEntry::Type::File:
            if (!S_ISREG(st.st_mode))
                return QStringLiteral("not a file: ") + rel;
            if (readAll(path) != contentFor(item.seed, 0, e.size()))
                return QStringLiteral("content differs: ") + rel;
            break;
        case TarEntry::Type::Symlink: {
            if (!S_ISLNK(st.st_mode))
                return QStringLiteral("not a symlink: ") + rel;
            char buf[4096];
            const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buf, sizeof buf);
            if (n < 0 || QFile::decodeName(QByteArray(buf, n)) != e.linkTarget())
                return QStringLiteral("symlink target differs: ") + rel;
            continue; // symlink modes are not restored by either tool on Linux
        }
        case TarEntry::Type::Hardlink: {
            struct stat target;
            const QString targetPath = dir + u'/' + TarEntry::normalizedPath(e.linkTarget());
            if (::lstat(QFile::encodeName(targetPath).constData(), &target) != 0 || target.st_ino != st.st_ino
                || target.st_dev != st.st_dev)
                return QStringLiteral("not a hardlink of its target: ") + rel;
            continue; // mode is the target's
        }
        }
        if ((st.st_mode & 07777) != e.mode())
            return QStringLiteral("mode %1 instead of %2: ")
                       .arg(st.st_mode & 07777, 4, 8, QChar(u'0'))
                       .arg(e.mode(), 4, 8, QChar(u'0'))
                + rel;
        // Only root extracts as the recorded owner.
        if (::geteuid() == 0 && (st.st_uid != e.uid() || st.st_gid != e.gid()))
            return QStringLiteral("owner differs: ") + rel;
    }
    // Every directory is an entry: nothing more, nothing less.
    expectedNames.sort();
    const QStringList actual = treeOf(dir);
    if (actual != expectedNames)
        return QStringLiteral("tree differs: %1 entries instead of %2").arg(actual.size()).arg(expectedNames.size());
    return {};
}

// What the Mesos fetcher does from 1.7 on (stout's archiver::extract): libarchive, format and
// filter detection, ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_NODOTDOT, paths prefixed with
// the sandbox directory. Returns an error message or an empty string.
QString mesosExtract(const QString& archivePath, const QString& destination)
{
    struct archive* reader = archive_read_new();
    struct archive* writer = archive_write_disk_new();
    archive_read_support_format_all(reader);
    archive_read_support_filter_all(reader);
    archive_write_disk_set_options(writer, ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_NODOTDOT);
    archive_write_disk_set_standard_lookup(writer);
    QString error;
    auto check = [&](int r, struct archive* a) {
        if (r < ARCHIVE_WARN && error.isEmpty())
            error = QString::fromUtf8(archive_error_string(a));
        return r >= ARCHIVE_WARN;
    };
    if (check(archive_read_open_filename(reader, QFile::encodeName(archivePath).constData(), 10240), reader)) {
        struct archive_entry* entry = nullptr;
        for (;;) {
            const int r = archive_read_next_header(reader, &entry);
            if (r == ARCHIVE_EOF || !check(r, reader))
                break;
            const QByteArray path = QFile::encodeName(destination) + '/' + archive_entry_pathname(entry);
            archive_entry_set_pathname(entry, path.constData());
            if (const char* link = archive_entry_hardlink(entry)) {
                const QByteArray target = QFile::encodeName(destination) + '/' + link;
                archive_entry_set_hardlink(entry, target.constData());
            }
            if (!check(archive_write_header(writer, entry), writer))
                break;
            const void* block;
            size_t size;
            la_int64_t offset;
            int d;
            while ((d = archive_read_data_block(reader, &block, &size, &offset)) == ARCHIVE_OK)
                check(int(archive_write_data_block(writer, block, size, offset)), writer);
            if (d != ARCHIVE_EOF)
                check(d, reader);
            check(archive_write_finish_entry(writer), writer);
            if (!error.isEmpty())
                break;
        }
    }
    archive_read_free(reader);
    archive_write_free(writer);
    return error;
}

QStringList leftovers(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// VmHWM of this process in KiB.
qint64 peakRssKiB()
{
    const QByteArray status = readAll(QStringLiteral("/proc/self/status"));
    for (const QByteArray& line : status.split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A small tmpfs for the duration of a test (root only).
class TmpfsMount
{
public:
    explicit TmpfsMount(const QString& dir, const QString& options)
        : m_dir(dir)
    {
        m_mounted = run(QStringLiteral("mount"),
                        { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                            QStringLiteral("tmpfs"), dir })
                        .exitCode
            == 0;
    }
    ~TmpfsMount()
    {
        if (m_mounted)
            run(QStringLiteral("umount"), { m_dir });
    }
    bool mounted() const { return m_mounted; }

private:
    QString m_dir;
    bool m_mounted = false;
};

TarballWriterOptions smallBlocks()
{
    TarballWriterOptions o;
    o.gzipBlockSize = 64 * 1024; // several members even for the small sample
    o.sync = false;
    return o;
}

} // namespace

class tst_TarballWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    // First, while the process is small: the absolute peak RSS then means something.
    void memoryStaysBounded();
    void memberNamesAndPaths();
    void extract_data();
    void extract();
    void mesosFetcherExtracts_data();
    void mesosFetcherExtracts();
    void gzipAcceptsMembers();
    void reproducible_data();
    void reproducible();
    void plainTarballIsTheTarStream_data();
    void plainTarballIsTheTarStream();
    void cachedSegmentsAreIdentical();
    void discardingWriterKeepsSegments();
    void segmentMismatchRefused();
    void segmentCacheEviction();
    void segmentCacheDamagedEntry();
    void dataMustMatchDeclaredSize();
    void invalidPathsRefused();
    void abortAndDestructionRemoveTemporaryFile();
    void commitReplacesExistingFile();
    void cancelFromAnotherThread();
    void fullDisk();
    void writeErrorFileTooLarge();
    void readOnlyDirectory();
    void missingDirectory();

private:
    QTemporaryDir m_dir;
};

void tst_TarballWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char* tool : { "tar", "bsdtar", "gzip" }) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
    }
}

void tst_TarballWriter::memberNamesAndPaths()
{
    QCOMPARE(TarEntry::directory(QStringLiteral(".")).memberName(), QStringLiteral("./"));
    QCOMPARE(TarEntry::directory(QStringLiteral("./hab/")).memberName(), QStringLiteral("./hab/"));
    QCOMPARE(TarEntry::file(QStringLiteral("/hab//pkgs/./x"), 1).memberName(), QStringLiteral("./hab/pkgs/x"));
    QCOMPARE(
        TarEntry::hardlink(QStringLiteral("a"), QStringLiteral("b/c")).memberLinkTarget(), QStringLiteral("./b/c"));
    QCOMPARE(TarEntry::symlink(QStringLiteral("a"), QStringLiteral("../c")).memberLinkTarget(), QStringLiteral("../c"));
    QCOMPARE(tarballSuffix(TarballFormat::Gzip), QStringLiteral(".tgz"));
    QCOMPARE(tarballSuffix(TarballFormat::Xz), QStringLiteral(".txz"));
    QCOMPARE(tarballSuffix(TarballFormat::Plain), QStringLiteral(".tar"));
    QCOMPARE(tarballFormatForFileName(QStringLiteral("x.tar.gz")), TarballFormat::Gzip);
    QCOMPARE(tarballFormatForFileName(QStringLiteral("x.TXZ")), TarballFormat::Xz);
    QVERIFY(!tarballFormatForFileName(QStringLiteral("x.zip")));

    // The listing GNU tar gives: every member starts with "./", like `tar -czpf x.tgz -C ROOT ./`.
    const QString path = m_dir.filePath(QStringLiteral("names.tgz"));
    TarballWriter writer;
    QVERIFY(writer.open(path, TarballFormat::Gzip, smallBlocks()));
    QVERIFY(writeItems(writer, sampleItems()));
    QVERIFY(writer.commit());
    const Run listing = run(QStringLiteral("tar"), { QStringLiteral("-tzf"), path });
    QCOMPARE(listing.exitCode, 0);
    const QList<QByteArray> names = listing.output.trimmed().split('\n');
    QCOMPARE(names.size(), sampleItems().size());
    QCOMPARE(names.first(), QByteArray("./"));
    for (const QByteArray& name : names)
        QVERIFY2(name.startsWith("./"), name.constData());
    QVERIFY(names.contains("./hab/pkgs/core/app/1.0.0/20260101000000/bin/"));
}

void tst_TarballWriter::extract_data()
{
    QTest::addColumn<TarballFormat>("format");
    QTest::addColumn<QString>("tool");
    for (const auto& [format, name] : { std::pair { TarballFormat::Gzip, "gzip" },
             std::pair { TarballFormat::Xz, "xz" }, std::pair { TarballFormat::Plain, "plain" } }) {
        QTest::addRow("%s-gnutar", name) << format << QStringLiteral("tar");
        QTest::addRow("%s-bsdtar", name) << format << QStringLiteral("bsdtar");
    }
}

void tst_TarballWriter::extract()
{
    QFETCH(TarballFormat, format);
    QFETCH(QString, tool);
    const QList<Item> items = sampleItems();
    const QString path = m_dir.filePath(QStringLiteral("sample") + tarballSuffix(format));
    {
        TarballWriter writer;
        Status s = writer.open(path, format, smallBlocks());
        QVERIFY2(s, qPrintable(s.error()));
        s = writeItems(writer, items);
        QVERIFY2(s, qPrintable(s.error()));
        s = writer.commit();
        QVERIFY2(s, qPrintable(s.error()));
    }
    QCOMPARE(leftovers(m_dir.path()).filter(QStringLiteral(".partial-")), QStringList());
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const Run r = run(tool, { QStringLiteral("-xpf"), path, QStringLiteral("-C"), out.path() });
    QVERIFY2(r.exitCode == 0, r.output.constData());
    QVERIFY2(r.output.isEmpty(), r.output.constData()); // no warnings either
    QList<Item> expected = items;
    // libarchive restores set-id bits only with the recorded owner, which needs root.
    if (::geteuid() != 0 && tool == QLatin1String("bsdtar")) {
        for (Item& item : expected)
            item.entry.setMode(item.entry.mode() & ~06000u);
    }
    const QString diff = compareTree(out.path(), expected);
    // Let QTemporaryDir remove the read-only directory.
    QFile::setPermissions(out.path() + QStringLiteral("/hab/readonly"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // Let QTemporaryDir remove the read-only directory.
    QFile::setPermissions(out.path() + QStringLiteral("/hab/readonly"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void tst_TarballWriter::mesosFetcherExtracts_data()
{
    QTest::addColumn<TarballFormat>("format");
    QTest::addRow("gzip") << TarballFormat::Gzip;
    QTest::addRow("xz") << TarballFormat::Xz;
    QTest::addRow("plain") << TarballFormat::Plain;
}

void tst_TarballWriter::mesosFetcherExtracts()
{
    QFETCH(TarballFormat, format);
    // Without ARCHIVE_EXTRACT_PERM the umask applies and set-id bits are dropped: compare with
    // the modes Mesos would give, everything else as written.
    const mode_t mask = ::umask(022);
    ::umask(mask);
    QList<Item> items = sampleItems();
    const QString path = m_dir.filePath(QStringLiteral("mesos") + tarballSuffix(format));
    TarballWriter writer;
    QVERIFY(writer.open(path, format, smallBlocks()));
    QVERIFY(writeItems(writer, items));
    QVERIFY(writer.commit());
    QTemporaryDir sandbox;
    const QString error = mesosExtract(path, sandbox.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (Item& item : items)
        item.entry.setMode(item.entry.mode() & 0777 & ~mask);
    // The sandbox exists before: an existing directory keeps its mode without _PERM.
    QCOMPARE(items.first().entry.memberName(), QStringLiteral("./"));
    items.removeFirst();
    const QString diff = compareTree(sandbox.path(), items);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QFile::setPermissions(sandbox.path() + QStringLiteral("/hab/readonly"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void tst_TarballWriter::gzipAcceptsMembers()
{
    const QString path = m_dir.filePath(QStringLiteral("members.tgz"));
    TarballWriter writer;
    QVERIFY(writer.open(path, TarballFormat::Gzip, smallBlocks()));
    QVERIFY(writeItems(writer, sampleItems()));
    QVERIFY(writer.commit());
    const Run test = run(QStringLiteral("gzip"), { QStringLiteral("-t"), path });
    QVERIFY2(test.exitCode == 0, test.output.constData());
    // Several members: count the deterministic member headers (no name, no mtime, OS unknown).
    const QByteArray bytes = readAll(path);
    const QByteArray header("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    QVERIFY(bytes.startsWith(header));
    QVERIFY(bytes.count(header) > 10);
    // The decompressed stream is exactly the plain tar stream.
    const QString plain = m_dir.filePath(QStringLiteral("members.tar"));
    TarballWriter plainWriter;
    QVERIFY(plainWriter.open(plain, TarballFormat::Plain, smallBlocks()));
    QVERIFY(writeItems(plainWriter, sampleItems()));
    QVERIFY(plainWriter.commit());
    const Run unzip = run(QStringLiteral("gzip"), { QStringLiteral("-dc"), path });
    QCOMPARE(unzip.exitCode, 0);
    QVERIFY(unzip.output == readAll(plain));
}

void tst_TarballWriter::reproducible_data()
{
    QTest::addColumn<TarballFormat>("format");
    QTest::addRow("gzip") << TarballFormat::Gzip;
    QTest::addRow("xz") << TarballFormat::Xz;
    QTest::addRow("plain") << TarballFormat::Plain;
}

void tst_TarballWriter::reproducible()
{
    QFETCH(TarballFormat, format);
    QByteArray first;
    for (int i = 0; i < 2; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("repro%1").arg(i) + tarballSuffix(format));
        TarballWriterOptions options = smallBlocks();
        options.threads = i == 0 ? 1 : 3; // the thread count must not change the bytes
        TarballWriter writer;
        QVERIFY(writer.open(path, format, options));
        // Different write chunking must not change the bytes either.
        QVERIFY(writeItems(writer, sampleItems(), i == 0 ? 100000 : 7777));
        QVERIFY(writer.commit());
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.isEmpty());
        if (i == 0)
            first = bytes;
        else
            QVERIFY(bytes == first);
    }
}

void tst_TarballWriter::plainTarballIsTheTarStream_data()
{
    QTest::addColumn<int>("which");
    QTest::addRow("sample") << 0;
    QTest::addRow("empty") << 1;
    QTest::addRow("non-ascii and big ids") << 2;
}

void tst_TarballWriter::plainTarballIsTheTarStream()
{
    // Whole tar blocks, the two zero blocks at the end and nothing after them (no padding to a
    // record), and every member listed by GNU tar under its name.
    QFETCH(int, which);
    QList<Item> items;
    if (which == 0)
        items = sampleItems();
    if (which == 2) {
        TarEntry e = TarEntry::file(QStringLiteral("hab/caf\u00e9/\u65e5\u672c.txt"), 5000, 0644);
        e.setOwner(3000000000u, 70000, QStringLiteral("hab"), QStringLiteral("hab"));
        e.setMtime(1700000000);
        items.append({ e, 9 });
        items.append({ TarEntry::symlink(QStringLiteral("hab/l\u00e9"), QStringLiteral("caf\u00e9")), 0 });
    }
    const QString path = m_dir.filePath(QStringLiteral("stream.tar"));
    TarballWriter writer;
    QVERIFY(writer.open(path, TarballFormat::Plain, smallBlocks()));
    QVERIFY(writeItems(writer, items));
    QVERIFY(writer.commit());
    const QByteArray bytes = readAll(path);
    QCOMPARE(bytes.size() % 512, 0);
    QVERIFY(bytes.endsWith(QByteArray(1024, '\0')));
    if (items.isEmpty()) {
        QCOMPARE(bytes, QByteArray(1024, '\0'));
        return;
    }
    // The names as bytes, whatever the test's locale; GNU tar's warnings (it does not know the
    // hdrcharset record) go to stderr.
    QProcess tar;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    tar.setProcessEnvironment(env);
    tar.start(QStringLiteral("tar"), { QStringLiteral("-tf"), path });
    QVERIFY(tar.waitForFinished(300000));
    QCOMPARE(tar.exitCode(), 0);
    const QByteArray listing = tar.readAllStandardOutput();
    QStringList expected;
    for (const Item& item : std::as_const(items))
        expected.append(item.entry.memberName());
    QVERIFY2(QString::fromUtf8(listing).trimmed().split(u'\n') == expected, listing.constData());
}

void tst_TarballWriter::cachedSegmentsAreIdentical()
{
    // Three packages as segments between loose entries; the first run fills the cache, the second
    // appends two of them from the cache and writes the third afresh.
    const QList<Item> items = sampleItems();
    const QList<Item> loose = items.mid(0, 2);
    const QList<QList<Item>> packages = { items.mid(2, 8), items.mid(10, 5), items.mid(15) };
    const QStringList keys = { QStringLiteral("aa01"), QStringLiteral("bb02"), QStringLiteral("cc03") };
    SegmentCache cache(m_dir.filePath(QStringLiteral("segcache")));
    const TarEntry trailerEntry = TarEntry::file(QStringLiteral("hab/last"), 5000);

    auto writeAll = [&](const QString& path, int useCacheFor) -> Status {
        TarballWriter writer;
        Status s = writer.open(path, TarballFormat::Gzip, smallBlocks());
        if (s)
            s = writeItems(writer, loose);
        for (int i = 0; s && i < packages.size(); ++i) {
            if (i < useCacheFor) {
                s = writer.appendSegment(cache, keys[i]);
                continue;
            }
            TarballWriter::SegmentOptions so;
            so.cache = &cache;
            so.cacheKey = keys[i];
            s = writer.beginSegment(so);
            if (s)
                s = writeItems(writer, packages[i]);
            if (s)
                s = writer.endSegment();
        }
        if (s)
            s = writeItems(writer, { { trailerEntry, 11 } });
        if (s)
            s = writer.commit();
        return s;
    };
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.tgz"));
    Status s = writeAll(fresh, 0);
    QVERIFY2(s, qPrintable(s.error()));
    for (const QString& key : keys)
        QVERIFY(cache.contains(key));
    const QString cached = m_dir.filePath(QStringLiteral("cached.tgz"));
    s = writeAll(cached, 2);
    QVERIFY2(s, qPrintable(s.error()));
    QVERIFY(readAll(fresh) == readAll(cached));
    const QString allCached = m_dir.filePath(QStringLiteral("allcached.tgz"));
    s = writeAll(allCached, 3);
    QVERIFY2(s, qPrintable(s.error()));
    QVERIFY(readAll(fresh) == readAll(allCached));

    // And it still extracts.
    QTemporaryDir out;
    const Run r = run(QStringLiteral("tar"), { QStringLiteral("-xpf"), allCached, QStringLiteral("-C"), out.path() });
    QVERIFY2(r.exitCode == 0, r.output.constData());
    QList<Item> all = items;
    all.append({ trailerEntry, 11 });
    const QString diff = compareTree(out.path(), all);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QFile::setPermissions(out.path() + QStringLiteral("/hab/readonly"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void tst_TarballWriter::discardingWriterKeepsSegments()
{
    // What the export's workers do: a writer whose tarball goes nowhere fills the cache, and a
    // tarball appending that segment is the same as one written afresh.
    QTemporaryDir dir, cacheDir;
    const QList<Item> items = sampleItems();
    SegmentCache cache(cacheDir.path());
    const QString key = QStringLiteral("d15c");
    {
        TarballWriter writer;
        QVERIFY(writer.openDiscarding(dir.filePath(QStringLiteral("never.tgz")), smallBlocks()));
        TarballWriter::SegmentOptions so;
        so.cache = &cache;
        so.cacheKey = key;
        QVERIFY(writer.beginSegment(so));
        QVERIFY(writeItems(writer, items.mid(1)));
        QVERIFY(writer.endSegment());
        QVERIFY(writer.commit());
    }
    QCOMPARE(leftovers(dir.path()), QStringList());
    QVERIFY(cache.contains(key));

    const QString fresh = dir.filePath(QStringLiteral("fresh.tgz"));
    TarballWriter freshWriter;
    QVERIFY(freshWriter.open(fresh, TarballFormat::Gzip, smallBlocks()));
    QVERIFY(writeItems(freshWriter, items.mid(0, 1)));
    QVERIFY(freshWriter.beginSegment());
    QVERIFY(writeItems(freshWriter, items.mid(1)));
    QVERIFY(freshWriter.endSegment());
    QVERIFY(freshWriter.commit());
    const QString appended = dir.filePath(QStringLiteral("appended.tgz"));
    TarballWriter writer;
    QVERIFY(writer.open(appended, TarballFormat::Gzip, smallBlocks()));
    QVERIFY(writeItems(writer, items.mid(0, 1)));
    const Status s = writer.appendSegment(cache, key);
    QVERIFY2(s, qPrintable(s.error()));
    QVERIFY(writer.commit());
    QVERIFY(readAll(fresh) == readAll(appended));

    // Failures name the tarball the segments are for.
    TarballWriter refusing;
    QVERIFY(refusing.openDiscarding(dir.filePath(QStringLiteral("named.tgz")), smallBlocks()));
    const Status bad = refusing.addEntry(TarEntry::file(QStringLiteral("../x"), 1));
    QVERIFY(!bad);
    QVERIFY2(bad.error().contains(dir.filePath(QStringLiteral("named.tgz"))), qPrintable(bad.error()));
    QCOMPARE(leftovers(dir.path()), (QStringList { QStringLiteral("appended.tgz"), QStringLiteral("fresh.tgz") }));
}

void tst_TarballWriter::segmentMismatchRefused()
{
    QTemporaryDir cacheDir;
    SegmentCache cache(cacheDir.path());
    const QString key = QStringLiteral("aaaa");
    {
        TarballWriter writer;
        QVERIFY(writer.open(m_dir.filePath(QStringLiteral("mm.tgz")), TarballFormat::Gzip, smallBlocks()));
        TarballWriter::SegmentOptions so;
        so.cache = &cache;
        so.cacheKey = key;
        QVERIFY(writer.beginSegment(so));
        QVERIFY(writeItems(writer, sampleItems().mid(0, 3)));
        QVERIFY(writer.endSegment());
        QVERIFY(writer.commit());
    }
    TarballWriterOptions other = smallBlocks();
    other.gzipLevel = 4;
    TarballWriter writer;
    QVERIFY(writer.open(m_dir.filePath(QStringLiteral("mm2.tgz")), TarballFormat::Gzip, other));
    Status s = writer.appendSegment(cache, key);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("level %1").arg(smallBlocks().gzipLevel)), qPrintable(s.error()));
    QVERIFY(writer.isOpen()); // refused, not failed
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("mm2.tgz"))));
    writer.abort();

    TarballWriter xz;
    QVERIFY(xz.open(m_dir.filePath(QStringLiteral("mm.txz")), TarballFormat::Xz, smallBlocks()));
    s = xz.appendSegment(cache, key);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("only gzip")), qPrintable(s.error()));
    QVERIFY(xz.isOpen());

    // Not in the cache: refused as not found, the writer still usable.
    TarballWriter absent;
    QVERIFY(absent.open(m_dir.filePath(QStringLiteral("mm3.tgz")), TarballFormat::Gzip, smallBlocks()));
    s = absent.appendSegment(cache, QStringLiteral("bbbb"));
    QVERIFY(!s);
    QCOMPARE(s.errorKind(), ErrorKind::NotFound);
    QVERIFY(absent.isOpen());
}

void tst_TarballWriter::segmentCacheEviction()
{
    QTemporaryDir dir;
    SegmentCache cache(dir.path(), 0);
    QVERIFY(SegmentCache::isValidKey(QStringLiteral("0123abcdef")));
    QVERIFY(!SegmentCache::isValidKey(QStringLiteral("../x")));
    QVERIFY(!SegmentCache::isValidKey(QStringLiteral("ABC")));
    QVERIFY(!SegmentCache::isValidKey(QString()));
    QVERIFY(!cache.lookup(QStringLiteral("../etc")));
    const QString key = SegmentCache::keyFor("payload-hash", 6, 1 << 20);
    QVERIFY(SegmentCache::isValidKey(key));
    QCOMPARE(key, SegmentCache::keyFor("payload-hash", 6, 1 << 20));
    QVERIFY(key != SegmentCache::keyFor("payload-hash", 5, 1 << 20));
    QVERIFY(key != SegmentCache::keyFor("payload-hash", 6, 2 << 20));
    QVERIFY(key != SegmentCache::keyFor("payload-hasi", 6, 1 << 20));
    // Three entries written one after the other, each 1 s older than the next.
    const QStringList keys = { QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03") };
    qint64 each = 0;
    for (int i = 0; i < keys.size(); ++i) {
        TarballWriter writer;
        QVERIFY(writer.open(m_dir.filePath(QStringLiteral("evict.tgz")), TarballFormat::Gzip, smallBlocks()));
        TarballWriter::SegmentOptions so;
        so.cache = &cache;
        so.cacheKey = keys[i];
        QVERIFY(writer.beginSegment(so));
        QVERIFY(writeItems(writer, sampleItems().mid(4, 1)));
        QVERIFY(writer.endSegment());
        QVERIFY(writer.commit());
        QFile f(cache.filePath(keys[i]));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-100 + i), QFileDevice::FileModificationTime);
        each = f.size();
    }
    QCOMPARE(cache.totalBytes(), 3 * each);
    // Using the oldest makes it the newest.
    QVERIFY(cache.lookup(keys[0]));
    cache.setByteBudget(2 * each);
    auto freed = cache.evict();
    QVERIFY(freed);
    QCOMPARE(*freed, each);
    QVERIFY(!QFile::exists(cache.filePath(keys[1])));
    QVERIFY(QFile::exists(cache.filePath(keys[0])));
    QVERIFY(QFile::exists(cache.filePath(keys[2])));
    cache.setByteBudget(0);
    QVERIFY(cache.evict());
    QCOMPARE(cache.totalBytes(), 0);
}

void tst_TarballWriter::segmentCacheDamagedEntry()
{
    QTemporaryDir dir;
    SegmentCache cache(dir.path());
    QFile f(cache.filePath(QStringLiteral("dead")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(100, 'x'));
    f.close();
    auto entry = cache.lookup(QStringLiteral("dead"));
    QVERIFY(!entry);
    QVERIFY2(entry.error().contains(QStringLiteral("damaged")), qPrintable(entry.error()));
    QVERIFY(!QFile::exists(f.fileName()));
    // A cache miss is not fatal: the caller writes the segment afresh, and the result is the
    // same as if it had never asked.
    const QList<Item> items = sampleItems();
    const QString fallback = m_dir.filePath(QStringLiteral("fallback.tgz"));
    {
        TarballWriter writer;
        QVERIFY(writer.open(fallback, TarballFormat::Gzip, smallBlocks()));
        QVERIFY(writeItems(writer, items.mid(0, 3)));
        Status s = writer.appendSegment(cache, QStringLiteral("dead"));
        QVERIFY(!s);
        QVERIFY(writer.isOpen());
        QVERIFY(writer.beginSegment());
        QVERIFY(writeItems(writer, items.mid(3)));
        QVERIFY(writer.endSegment());
        s = writer.commit();
        QVERIFY2(s, qPrintable(s.error()));
    }
    const QString direct = m_dir.filePath(QStringLiteral("direct.tgz"));
    TarballWriter writer;
    QVERIFY(writer.open(direct, TarballFormat::Gzip, smallBlocks()));
    QVERIFY(writeItems(writer, items.mid(0, 3)));
    QVERIFY(writer.beginSegment());
    QVERIFY(writeItems(writer, items.mid(3)));
    QVERIFY(writer.endSegment());
    QVERIFY(writer.commit());
    QVERIFY(readAll(fallback) == readAll(direct));
}

void tst_TarballWriter::dataMustMatchDeclaredSize()
{
    const QString path = m_dir.filePath(QStringLiteral("short.tgz"));
    {
        TarballWriter writer;
        QVERIFY(writer.open(path, TarballFormat::Gzip, smallBlocks()));
        QVERIFY(writer.addEntry(TarEntry::file(QStringLiteral("a"), 10)));
        QVERIFY(writer.writeData("12345"));
        Status s = writer.addEntry(TarEntry::file(QStringLiteral("b"), 1));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("5 of its 10 bytes are missing")), qPrintable(s.error()));
        QVERIFY2(s.error().contains(path), qPrintable(s.error()));
        QVERIFY(!writer.commit()); // stays failed
    }
    {
        TarballWriter writer;
        QVERIFY(writer.open(path, TarballFormat::Gzip, smallBlocks()));
        QVERIFY(writer.addEntry(TarEntry::file(QStringLiteral("a"), 3)));
        Status s = writer.writeData("12345");
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("more data")), qPrintable(s.error()));
    }
    {
        TarballWriter writer;
        QVERIFY(writer.open(path, TarballFormat::Gzip, smallBlocks()));
        QVERIFY(writer.addEntry(TarEntry::file(QStringLiteral("a"), 3)));
        QVERIFY(writer.writeData("123"));
        QVERIFY(writer.addEntry(TarEntry::directory(QStringLiteral("d"))));
        QVERIFY(!writer.writeData("x")); // directories have no data
    }
    QVERIFY(!QFile::exists(path));
    QCOMPARE(leftovers(m_dir.path()).filter(QStringLiteral("short")), QStringList());
}

void tst_TarballWriter::invalidPathsRefused()
{
    const QList<TarEntry> bad = {
        TarEntry::file(QStringLiteral("../etc/passwd"), 1),
        TarEntry::file(QStringLiteral("a/../../b"), 1),
        TarEntry::file(QStringLiteral("."), 1),
        TarEntry::hardlink(QStringLiteral("x"), QStringLiteral("../y")),
        TarEntry::symlink(QStringLiteral("x"), QString()),
        TarEntry::file(QStringLiteral("neg"), -1),
    };
    for (const TarEntry& e : bad) {
        QVERIFY2(!e.validate(), qPrintable(e.path()));
        TarballWriter writer;
        QVERIFY(writer.open(m_dir.filePath(QStringLiteral("bad.tgz")), TarballFormat::Gzip, smallBlocks()));
        Status s = writer.addEntry(e);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("bad.tgz")), qPrintable(s.error()));
        QCOMPARE(s.errorKind(), ErrorKind::Unsafe);
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.tgz"))));
}

void tst_TarballWriter::abortAndDestructionRemoveTemporaryFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.tgz"));
    {
        TarballWriter writer;
        QVERIFY(writer.open(path, TarballFormat::Gzip, smallBlocks()));
        QVERIFY(writeItems(writer, sampleItems()));
        QCOMPARE(leftovers(dir.path()).size(), 1);
        QVERIFY(leftovers(dir.path()).first().startsWith(QStringLiteral(".gone.tgz.partial-")));
        writer.abort();
        QCOMPARE(leftovers(dir.path()), QStringList());
        QVERIFY(!writer.commit());
    }
    for (const TarballFormat format : { TarballFormat::Gzip, TarballFormat::Xz, TarballFormat::Plain }) {
        TarballWriter writer;
        QVERIFY(writer.open(path, format, smallBlocks()));
        QVERIFY(writeItems(writer, sampleItems()));
    }
    QCOMPARE(leftovers(dir.path()), QStringList());
}

void tst_TarballWriter::commitReplacesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("app.tgz"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents");
    old.close();
    TarballWriter writer;
    QVERIFY(writer.open(path, TarballFormat::Gzip)); // the defaults: fsync before the rename
    QVERIFY(writeItems(writer, sampleItems().mid(0, 3)));
    QCOMPARE(readAll(path), QByteArray("old contents")); // untouched until commit
    QVERIFY(writer.commit());
    QVERIFY(readAll(path).startsWith("\x1f\x8b"));
    QCOMPARE(leftovers(dir.path()), QStringList { QStringLiteral("app.tgz") });
    // Readable like any new file (not the temporary file's 0600).
    QVERIFY(QFileInfo(path).permissions() & QFileDevice::ReadOther);
}

void tst_TarballWriter::cancelFromAnotherThread()
{
    for (const TarballFormat format : { TarballFormat::Gzip, TarballFormat::Xz, TarballFormat::Plain }) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancel") + tarballSuffix(format));
        std::atomic_bool cancel = false;
        std::atomic_bool writing = false;
        QElapsedTimer cancelTimer;
        TarballWriterOptions options;
        options.cancel = &cancel;
        TarballWriter writer;
        QVERIFY(writer.open(path, format, options));
        std::thread canceller([&] {
            while (!writing)
                std::this_thread::yield();
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancelTimer.start();
            cancel = true;
        });
        // An endless file: only the cancel ends it.
        Status s = writer.addEntry(TarEntry::file(QStringLiteral("endless"), qint64(1) << 40));
        const QByteArray chunk = contentFor(1, 0, 256 * 1024);
        writing = true;
        while (s)
            s = writer.writeData(chunk);
        const qint64 latency = cancelTimer.elapsed();
        canceller.join();
        // Reported, not asserted: timing depends on the machine's load.
        qInfo() << tarballFormatName(format) << "cancel took effect after" << latency << "ms";
        QVERIFY2(s.isCancelled(), qPrintable(s.error()));
        QCOMPARE(leftovers(dir.path()), QStringList());
        QVERIFY(writer.commit().isCancelled()); // stays failed, for the same reason
        QCOMPARE(leftovers(dir.path()), QStringList());
    }
}

void tst_TarballWriter::fullDisk()
{
    if (::geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root");
    QTemporaryDir dir;
    TmpfsMount mount(dir.path(), QStringLiteral("size=1m"));
    if (!mount.mounted())
        QSKIP("could not mount a tmpfs (no CAP_SYS_ADMIN?)");
    for (const TarballFormat format : { TarballFormat::Gzip, TarballFormat::Xz, TarballFormat::Plain }) {
        const QString path = dir.filePath(QStringLiteral("full") + tarballSuffix(format));
        TarballWriter writer;
        QVERIFY(writer.open(path, format, smallBlocks()));
        // Incompressible: 4 MiB cannot fit in 1 MiB whatever the format.
        const qint64 size = 4 << 20;
        Status s = writer.addEntry(TarEntry::file(QStringLiteral("noise"), size));
        for (qint64 off = 0; s && off < size; off += 65536)
            s = writer.writeData(contentFor(3, off, 65536, true));
        if (s)
            s = writer.commit();
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("No space left on device")), qPrintable(s.error()));
        QVERIFY2(s.error().contains(path), qPrintable(s.error()));
        QCOMPARE(s.errorKind(), ErrorKind::Io);
        QCOMPARE(leftovers(dir.path()), QStringList());
    }

    // A full segment cache only costs the cache entry: the tarball itself is written.
    SegmentCache cache(dir.filePath(QStringLiteral("cache")));
    const QString path = m_dir.filePath(QStringLiteral("cache-full.tgz"));
    TarballWriter writer;
    QVERIFY(writer.open(path, TarballFormat::Gzip, smallBlocks()));
    TarballWriter::SegmentOptions so;
    so.cache = &cache;
    so.cacheKey = QStringLiteral("f00d");
    QVERIFY(writer.beginSegment(so));
    const qint64 size = 4 << 20;
    Status s = writer.addEntry(TarEntry::file(QStringLiteral("noise"), size));
    for (qint64 off = 0; s && off < size; off += 65536)
        s = writer.writeData(contentFor(3, off, 65536, true));
    QVERIFY2(s, qPrintable(s.error()));
    QVERIFY(writer.endSegment());
    s = writer.commit();
    QVERIFY2(s, qPrintable(s.error()));
    QVERIFY(!cache.contains(QStringLiteral("f00d")));
    QCOMPARE(leftovers(dir.filePath(QStringLiteral("cache"))), QStringList());
    const Run test = run(QStringLiteral("gzip"), { QStringLiteral("-t"), path });
    QVERIFY2(test.exitCode == 0, test.output.constData());
}

void tst_TarballWriter::writeErrorFileTooLarge()
{
    // An injected failure any user can cause: a file size limit makes write() fail with EFBIG.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("limited.tgz"));
    struct rlimit old;
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = old;
    limited.rlim_cur = 256 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    Status s = success();
    {
        TarballWriter writer;
        s = writer.open(path, TarballFormat::Gzip, smallBlocks());
        const qint64 size = 2 << 20;
        if (s)
            s = writer.addEntry(TarEntry::file(QStringLiteral("noise"), size));
        for (qint64 off = 0; s && off < size; off += 65536)
            s = writer.writeData(contentFor(4, off, 65536, true));
        if (s)
            s = writer.commit();
    }
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("File too large")), qPrintable(s.error()));
    QCOMPARE(s.errorKind(), ErrorKind::Io);
    QVERIFY2(s.error().contains(path), qPrintable(s.error()));
    QCOMPARE(leftovers(dir.path()), QStringList());
}

void tst_TarballWriter::readOnlyDirectory()
{
    QTemporaryDir dir;
    std::unique_ptr<TmpfsMount> mount;
    if (::geteuid() == 0) {
        // Root ignores permission bits: only a read-only file system refuses it.
        mount = std::make_unique<TmpfsMount>(dir.path(), QStringLiteral("ro,size=1m"));
        if (!mount->mounted())
            QSKIP("could not mount a read-only tmpfs");
    } else {
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    const QString path = dir.filePath(QStringLiteral("ro.tgz"));
    TarballWriter writer;
    Status s = writer.open(path, TarballFormat::Gzip, smallBlocks());
    QVERIFY(!s);
    QVERIFY2(s.error().contains(path), qPrintable(s.error()));
    QVERIFY2(s.error().contains(QStringLiteral("Read-only file system"))
            || s.error().contains(QStringLiteral("Permission denied")),
        qPrintable(s.error()));
    QVERIFY(!writer.addEntry(TarEntry::directory(QStringLiteral("."))));
    if (::geteuid() != 0)
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void tst_TarballWriter::missingDirectory()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/dir/x.tgz"));
    TarballWriter writer;
    Status s = writer.open(path, TarballFormat::Gzip);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(path) && s.error().contains(QStringLiteral("No such file or directory")),
        qPrintable(s.error()));
}

void tst_TarballWriter::memoryStaysBounded()
{
#ifdef HABMESOS_SANITIZED
    QSKIP("AddressSanitizer keeps freed memory in quarantine and adds shadow memory: the peak RSS says nothing "
          "in this build (the regular build measures it)");
#endif
    // Reset the peak RSS counter so that earlier tests do not count (Linux 4.0+).
    {
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
    }
    const qint64 before = peakRssKiB();
    if (before < 0)
        QSKIP("no VmHWM in /proc/self/status");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.tgz"));
    TarballWriterOptions options;
    options.sync = false;
    TarballWriter writer;
    QVERIFY(writer.open(path, TarballFormat::Gzip, options));
    // 1 GiB in 64 files, mostly repetitive so that compressing it is quick.
    const qint64 fileSize = 16 << 20;
    QByteArray chunk = contentFor(5, 0, 256 * 1024);
    for (int f = 0; f < 64; ++f) {
        QVERIFY(writer.addEntry(TarEntry::file(QStringLiteral("hab/big/%1").arg(f), fileSize)));
        for (qint64 off = 0; off < fileSize; off += chunk.size()) {
            chunk[0] = char(f); // not all identical
            chunk[1] = char(off >> 18);
            QVERIFY(writer.writeData(chunk));
        }
    }
    QVERIFY(writer.commit());
    const qint64 peak = peakRssKiB();
    qInfo() << "peak RSS before" << before << "KiB, after writing 1 GiB" << peak << "KiB";
    QVERIFY2(peak - before < 64 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(peak - before)));
    // The first test of the run: the whole process, Qt included, stays small too.
    QVERIFY2(peak < 64 * 1024, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peak)));
    const Run test = run(QStringLiteral("gzip"), { QStringLiteral("-t"), path });
    QVERIFY2(test.exitCode == 0, test.output.constData());
}

QTEST_GUILESS_MAIN(tst_TarballWriter)
#include "tst_tarballwriter.moc"
