// SPDX-License-Identifier: Apache-2.0
// Not a test: measures the tarball writer on a real directory tree, for comparison with
// `tar -czpf OUT -C DIR ./` (the old exporter). Prints throughput and sizes from one run.
// usage: bench_tarballwriter DIR OUT.tgz|.txz|.tar [gzip-level] [block-KiB] [threads]
#include "export/segmentcache.h"
#include "export/tarballwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace habmesos;

namespace {

struct Walker
{
    Walker(TarballWriter& w, QString r)
        : writer(w)
        , root(std::move(r))
    { }
    TarballWriter& writer;
    QString root;
    SegmentCache* cache = nullptr; // with HABMESOS_BENCH_SEGMENTS: one segment per package
    bool segments = false;
    QHash<QPair<dev_t, ino_t>, QString> seen; // hardlinks
    qint64 dataBytes = 0; // of the files written (not of those appended from the cache)
    QByteArray buffer = QByteArray(1 << 20, Qt::Uninitialized);

    Status walk(const QString& rel)
    {
        const QString path = rel.isEmpty() ? root : root + u'/' + rel;
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            return success(); // vanished
        TarEntry e;
        if (S_ISDIR(st.st_mode)) {
            e = TarEntry::directory(rel, st.st_mode & 07777);
        } else if (S_ISLNK(st.st_mode)) {
            e = TarEntry::symlink(rel, QString());
            char target[4096];
            const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target, sizeof target);
            e.setLinkTarget(QFile::decodeName(QByteArray(target, n > 0 ? n : 0)));
        } else if (S_ISREG(st.st_mode)) {
            const auto key = qMakePair(st.st_dev, st.st_ino);
            if (st.st_nlink > 1 && seen.contains(key)) {
                e = TarEntry::hardlink(rel, seen.value(key));
            } else {
                if (st.st_nlink > 1)
                    seen.insert(key, rel);
                e = TarEntry::file(rel, st.st_size, st.st_mode & 07777);
            }
        } else {
            return success(); // devices, sockets: not in packages
        }
        e.setMtime(st.st_mtime);
        Status s = writer.addEntry(e);
        if (!s)
            return s;
        if (e.type() == TarEntry::Type::File) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return Status::failure(f.errorString());
            qint64 left = e.size();
            while (left > 0) {
                const qint64 n = f.read(buffer.data(), std::min<qint64>(left, buffer.size()));
                if (n <= 0)
                    return Status::failure(QStringLiteral("short read: ") + path);
                s = writer.writeData(QByteArrayView(buffer.constData(), n));
                if (!s)
                    return s;
                left -= n;
                dataBytes += n;
            }
        }
        // hab/pkgs/<origin>/<name>/<version>/<release>: a package, as the export will segment it.
        const bool package = segments && e.type() == TarEntry::Type::Directory
            && rel.startsWith(QLatin1String("hab/pkgs/")) && rel.count(u'/') == 5;
        if (package) {
            const QString key
                = QString::fromLatin1(QCryptographicHash::hash(rel.toUtf8(), QCryptographicHash::Sha256).toHex());
            if (cache) {
                s = writer.appendSegment(*cache, key);
                if (s)
                    return s; // the package's entries came from the cache
            }
            TarballWriter::SegmentOptions so;
            so.cache = cache;
            so.cacheKey = key;
            s = writer.beginSegment(so);
            if (!s)
                return s;
        }
        if (e.type() == TarEntry::Type::Directory) {
            const QStringList children = QDir(path).entryList(
                QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
            for (const QString& child : children) {
                s = walk(rel.isEmpty() ? child : rel + u'/' + child);
                if (!s)
                    return s;
            }
        }
        if (package)
            return writer.endSegment();
        return success();
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s DIR OUT.tgz|.txz|.tar [gzip-level] [block-KiB] [threads]\n", argv[0]);
        return 2;
    }
    TarballWriterOptions options;
    if (args.size() > 3)
        options.gzipLevel = args[3].toInt();
    if (args.size() > 4)
        options.gzipBlockSize = args[4].toLongLong() * 1024;
    if (args.size() > 5)
        options.threads = args[5].toInt();
    const auto format = tarballFormatForFileName(args[2]).value_or(TarballFormat::Gzip);
    TarballWriter writer;
    QElapsedTimer timer;
    timer.start();
    Status s = writer.open(args[2], format, options);
    Walker walker(writer, QDir(args[1]).absolutePath());
    // HABMESOS_BENCH_SEGMENTS=1: a segment per package; =DIR: and cache them in DIR (appending
    // the cached ones on the next run).
    const QString segments = qEnvironmentVariable("HABMESOS_BENCH_SEGMENTS");
    std::unique_ptr<SegmentCache> cache;
    walker.segments = !segments.isEmpty();
    if (walker.segments && segments != QLatin1String("1")) {
        cache = std::make_unique<SegmentCache>(segments);
        walker.cache = cache.get();
    }
    if (s)
        s = walker.walk(QString());
    if (s)
        s = writer.commit();
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    const qint64 dataBytes = walker.dataBytes;
    const qint64 outBytes = QFileInfo(args[2]).size();
    std::printf("file data %lld bytes, output %lld bytes (%.4f), %.2f s, %.1f MiB/s of file data\n",
        (long long)dataBytes, (long long)outBytes, double(outBytes) / double(dataBytes), seconds,
        dataBytes / 1048576.0 / seconds);
    return 0;
}
