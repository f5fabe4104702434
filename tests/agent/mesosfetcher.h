// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "agent/fetchercache.h"
#include "result.h"

#include <QList>
#include <QString>

namespace habmesos::test {

// The Mesos fetcher (MESOS src/launcher/fetcher.cpp, src/slave/containerizer/fetcher.cpp) for one
// agent: URIs validated first (Fetcher::validateUri), then each item in order, the first failure
// ending the fetch as mesos-fetcher's exit does.
//  - Local name: destPath (output_file) or Fetcher::basename: what follows the last '/', query
//    string included ("x.tgz?sig=1" is not an archive name, so it is not extracted).
//  - Local paths and file:// URIs are copied, http(s) downloaded (HTTP 200 required).
//  - `executable` makes the file 0755 and then nothing else happens (no extraction, as Mesos).
//  - `extract`: by suffix. .tar .tgz .tar.gz .tbz2 .tar.bz2 .txz .tar.xz: Mesos16 runs
//    `tar -C <sandbox> -xf <file>`, Mesos17 stout's archiver::extract (stout-extract, C locale);
//    .zip: `unzip -o -d` / archiver; other .gz: `gunzip -d -c` into the name without .gz.
//    The archive stays in the sandbox.
//  - `cache` (FetcherProcess::fetch/_fetch/__fetch, the mesos-fetcher's fetchThroughCache):
//    before anything is downloaded, each cached URI's size is learnt (fetchSize: a local file's
//    size, or for http(s) a HEAD request following redirects whose Content-Length must be there
//    and not 0; the status is not looked at) and room claimed in the cache (FetcherCache). When
//    either fails the URI is fetched straight into the sandbox instead ("Reverting to fetching
//    directly into the sandbox ...", Outcome::cacheNote) and the task still starts. A download
//    into the cache that fails fails the fetch. From the cache an archive is extracted straight
//    into the sandbox; anything else is copied in: each task pays its disk.
class MesosFetcher
{
public:
    enum class Mode
    {
        Mesos16,
        Mesos17,
    };
    struct Item
    {
        QString uri;
        bool extract = true;
        bool executable = false;
        bool cache = false;
        QString destPath;
    };
    struct Outcome
    {
        QString uri;
        QString localName; // in the sandbox (or the cache file for a cached archive)
        bool ok = false;
        bool extracted = false;
        bool fromCache = false;
        bool downloaded = false; // a network or file transfer happened (false: served by the cache)
        qint64 bytes = 0; // how many bytes that transfer moved
        QString cacheNote; // why a cached URI bypassed the cache, as the agent logs it
        QString error;
    };

    MesosFetcher(
        Mode mode, QString cacheDirectory, QString extractTool, qint64 cacheCapacity = FetcherCache::DefaultCapacity);

    // Stops at the first failing item; its Outcome carries the error. `user`: the task's user
    // (CommandInfo.user), which keys and places its cache entries.
    QList<Outcome> fetch(const QList<Item>& items, const QString& sandbox, const QString& user = {});
    // Bytes in the cache, and its entries: for tests of what an agent keeps.
    const FetcherCache& cache() const { return m_cache; }

    static Result<QString> basename(const QString& uri);
    static bool isArchiveName(const QString& name);

private:
    Status transfer(const QString& uri, const QString& destination);
    static Result<qint64> fetchSize(const QString& uri);
    Result<bool> place(const Item& item, const QString& source, const QString& path, const QString& sandbox);
    Result<bool> extract(const QString& file, const QString& sandbox);
    Status run(const QString& program, const QStringList& args, const QString& stdinFile = {},
        const QString& stdoutFile = {}, bool cLocaleOnly = false);

    Mode m_mode;
    QString m_extractTool;
    FetcherCache m_cache;
};

} // namespace habmesos::test
