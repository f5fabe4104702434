// SPDX-License-Identifier: Apache-2.0
// The agent stand-in's fetcher cache against Mesos' rules (src/slave/containerizer/fetcher.cpp,
// src/launcher/fetcher.cpp): the size asked first (HEAD) and room claimed, a second task served
// from the cache, least recently used entries evicted but never one the running fetch uses, a
// URI the cache cannot size or hold fetched straight into the sandbox, entries per user, and a
// failed download into the cache failing the fetch and leaving nothing cached.
#include "agent/mesosfetcher.h"
#include "support/cannedhttpserver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;
using namespace habmesos::test;

class tst_FetcherCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cachedOncePerAgent();
    void leastRecentlyUsedEvictedButNotInUse();
    void perUser();
    void unknownSizeBypassesTheCache();
    void failedDownloadFailsAndCachesNothing();

private:
    MesosFetcher::Item cached(const CannedHttpServer& server, const QString& name) const;
    QString sandbox(const QString& name) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

constexpr qint64 Body = 60; // bytes each server sends
constexpr qint64 Capacity = 100; // room for one such file, not two

int count(const CannedHttpServer& server, const QString& prefix)
{
    return int(server.requestLines().filter(prefix).size());
}

} // namespace

void tst_FetcherCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

MesosFetcher::Item tst_FetcherCache::cached(const CannedHttpServer& server, const QString& name) const
{
    MesosFetcher::Item item;
    item.uri = server.url().toString() + u'/' + name;
    item.extract = false;
    item.cache = true;
    return item;
}

QString tst_FetcherCache::sandbox(const QString& name) const
{
    const QString path = m_dir->filePath(QStringLiteral("sandboxes/") + name);
    QDir().mkpath(path);
    return path;
}

void tst_FetcherCache::cachedOncePerAgent()
{
    CannedHttpServer server(200, QByteArray(Body, 'a'), "application/octet-stream");
    QVERIFY(server.listen());
    MesosFetcher fetcher(MesosFetcher::Mode::Mesos17, m_dir->filePath(QStringLiteral("cache")), {}, Capacity);
    const auto first = fetcher.fetch({ cached(server, QStringLiteral("a.hart")) }, sandbox(QStringLiteral("1")));
    QVERIFY2(first.constLast().ok, qPrintable(first.constLast().error));
    QVERIFY(first[0].downloaded && first[0].fromCache);
    QCOMPARE(first[0].bytes, Body);
    const auto second = fetcher.fetch({ cached(server, QStringLiteral("a.hart")) }, sandbox(QStringLiteral("2")));
    QVERIFY(second[0].ok && second[0].fromCache && !second[0].downloaded);
    QCOMPARE(second[0].bytes, 0);
    // Copied into each sandbox: every task pays its disk.
    QCOMPARE(QFile(sandbox(QStringLiteral("2")) + QStringLiteral("/a.hart")).size(), Body);
    QCOMPARE(count(server, QStringLiteral("HEAD /a.hart")), 1);
    QCOMPARE(count(server, QStringLiteral("GET /a.hart")), 1);
    QCOMPARE(fetcher.cache().availableSpace(), Capacity - Body);
}

void tst_FetcherCache::leastRecentlyUsedEvictedButNotInUse()
{
    CannedHttpServer server(200, QByteArray(Body, 'b'), "application/octet-stream");
    QVERIFY(server.listen());
    MesosFetcher fetcher(MesosFetcher::Mode::Mesos17, m_dir->filePath(QStringLiteral("cache")), {}, Capacity);
    QVERIFY(fetcher.fetch({ cached(server, QStringLiteral("a.hart")) }, sandbox(QStringLiteral("1")))[0].ok);
    // b needs a's room: a is evicted, and downloaded again when asked for.
    const auto b = fetcher.fetch({ cached(server, QStringLiteral("b.hart")) }, sandbox(QStringLiteral("2")));
    QVERIFY(b[0].ok && b[0].downloaded && b[0].cacheNote.isEmpty());
    QCOMPARE(fetcher.cache().size(), 1);
    const auto again = fetcher.fetch({ cached(server, QStringLiteral("a.hart")) }, sandbox(QStringLiteral("3")));
    QVERIFY(again[0].ok && again[0].downloaded);
    QCOMPARE(count(server, QStringLiteral("GET /a.hart")), 2);
    // One task asking for both: a is in use, so b cannot evict it and bypasses the cache; the
    // task still gets both files.
    const auto both
        = fetcher.fetch({ cached(server, QStringLiteral("a.hart")), cached(server, QStringLiteral("b.hart")) },
            sandbox(QStringLiteral("4")));
    QVERIFY(both[0].ok && both[0].fromCache && !both[0].downloaded);
    QVERIFY(both[1].ok && !both[1].fromCache && both[1].downloaded);
    QVERIFY2(both[1].cacheNote.contains(QLatin1String("Reverting to fetching directly into the sandbox")),
        qPrintable(both[1].cacheNote));
    QVERIFY(both[1].cacheNote.contains(QLatin1String("Could not find enough cache files to evict")));
    QCOMPARE(QFile(sandbox(QStringLiteral("4")) + QStringLiteral("/b.hart")).size(), Body);
}

void tst_FetcherCache::perUser()
{
    CannedHttpServer server(200, QByteArray(Body, 'u'), "application/octet-stream");
    QVERIFY(server.listen());
    MesosFetcher fetcher(MesosFetcher::Mode::Mesos17, m_dir->filePath(QStringLiteral("cache")), {}, 4 * Capacity);
    QVERIFY(fetcher.fetch({ cached(server, QStringLiteral("a.hart")) }, sandbox(QStringLiteral("1")))[0].downloaded);
    const auto alice = fetcher.fetch(
        { cached(server, QStringLiteral("a.hart")) }, sandbox(QStringLiteral("2")), QStringLiteral("alice"));
    QVERIFY(alice[0].ok && alice[0].downloaded); // the key is alice@<uri>
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("cache/alice"))).entryList(QDir::Files).size() == 1);
    QCOMPARE(fetcher.cache().size(), 2);
}

void tst_FetcherCache::unknownSizeBypassesTheCache()
{
    // Content-Length 0 (as an empty answer to HEAD has): the size is unknown, so the file is
    // fetched straight into the sandbox, every time.
    CannedHttpServer server(200, QByteArray(), "application/octet-stream");
    QVERIFY(server.listen());
    MesosFetcher fetcher(MesosFetcher::Mode::Mesos17, m_dir->filePath(QStringLiteral("cache")), {}, Capacity);
    for (const char* task : { "1", "2" }) {
        const auto r = fetcher.fetch({ cached(server, QStringLiteral("a.hart")) }, sandbox(QLatin1String(task)));
        QVERIFY2(r[0].ok, qPrintable(r[0].error));
        QVERIFY(r[0].downloaded && !r[0].fromCache);
        QVERIFY2(r[0].cacheNote.contains(QLatin1String("URI reported content-length 0")), qPrintable(r[0].cacheNote));
    }
    QCOMPARE(count(server, QStringLiteral("GET /a.hart")), 2);
    QCOMPARE(fetcher.cache().size(), 0);
    QCOMPARE(fetcher.cache().availableSpace(), Capacity);
}

void tst_FetcherCache::failedDownloadFailsAndCachesNothing()
{
    // HEAD's status is not looked at (its length is), the download's is: 404 fails the fetch.
    CannedHttpServer server(404, QByteArray(Body, 'x'), "text/plain");
    QVERIFY(server.listen());
    MesosFetcher fetcher(MesosFetcher::Mode::Mesos17, m_dir->filePath(QStringLiteral("cache")), {}, Capacity);
    const auto r = fetcher.fetch({ cached(server, QStringLiteral("gone.hart")) }, sandbox(QStringLiteral("1")));
    QCOMPARE(r.size(), 1);
    QVERIFY(!r[0].ok);
    QVERIFY2(r[0].error.contains(QLatin1String("404")), qPrintable(r[0].error));
    QCOMPARE(fetcher.cache().size(), 0);
    QCOMPARE(fetcher.cache().availableSpace(), Capacity);
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("cache"))).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(tst_FetcherCache)
#include "tst_fetchercache.moc"
