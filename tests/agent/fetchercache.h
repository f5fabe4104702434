// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QString>

#include <list>

namespace habmesos::test {

// STAND-IN for the Mesos agent's fetcher cache bookkeeping (MESOS src/slave/containerizer/
// fetcher.cpp, FetcherProcess::Cache): entries keyed by `user@uri` (the URI alone without a user),
// files c<serial>-<basename abbreviated to 10_10> in the cache directory (per user a
// sub-directory), space claimed from the size learnt before the download (fetchSize), least
// recently used entries that no running fetch references evicted to make room, and the download
// that cannot get room bypassing the cache. The agent clears the directory when it starts
// (Fetcher::recover). Sequential, as one stand-in agent fetches one task at a time.
class FetcherCache
{
public:
    static constexpr qint64 DefaultCapacity = qint64(2) << 30; // --fetcher_cache_size: 2 GB

    struct Entry
    {
        QString key;
        QString file; // absolute path of the cache file
        qint64 size = 0; // claimed space
        bool complete = false; // downloaded; false while the fetch that created it runs
        int references = 0;
    };

    FetcherCache(QString directory, qint64 capacity = DefaultCapacity);
    FetcherCache(const FetcherCache&) = delete;
    FetcherCache& operator=(const FetcherCache&) = delete;

    static QString key(const QString& user, const QString& uri) { return user.isEmpty() ? uri : user + u'@' + uri; }
    // The cache file's name for `basename` (Cache::nextFilename).
    QString nextFilename(const QString& basename);

    // An entry for `key`, moved to the most recently used end (Cache::get); nullptr when none.
    Entry* get(const QString& key);
    // A new entry, not complete, holding no space yet (Cache::create).
    Entry* create(const QString& user, const QString& key, const QString& basename);
    // Claims `size` bytes for `entry`, evicting unreferenced entries, least recently used first
    // (reserveCacheSpace, Cache::reserve, selectVictims). On failure the entry is removed.
    Status reserve(Entry* entry, qint64 size);
    // After a download: the file's real size replaces the claimed one (Cache::adjust); the entry is
    // complete, or removed when the cache cannot hold what was downloaded.
    Status adjust(Entry* entry);
    // Drops the entry and its file (a failed download, an eviction).
    void remove(Entry* entry);

    qint64 availableSpace() const { return m_capacity - m_used; }
    int size() const { return int(m_lru.size()); }

private:
    QString m_directory;
    qint64 m_capacity;
    qint64 m_used = 0;
    int m_serial = 0;
    std::list<Entry> m_lru; // least recently used first (a list: entries stay where they are)
};

} // namespace habmesos::test
