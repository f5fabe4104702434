// SPDX-License-Identifier: Apache-2.0
#include "agent/fetchercache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

namespace habmesos::test {

FetcherCache::FetcherCache(QString directory, qint64 capacity)
    : m_directory(std::move(directory))
    , m_capacity(capacity)
{
    // "The agent will clear this directory on startup" (Fetcher::recover).
    QDir(m_directory).removeRecursively();
}

QString FetcherCache::nextFilename(const QString& basename)
{
    // Keeps the extension, so that an archive is extracted from the cache as from a download.
    QString s = basename;
    if (s.size() > 20)
        s = s.left(10) + u'_' + s.right(10);
    return QStringLiteral("c%1-%2").arg(++m_serial).arg(s);
}

FetcherCache::Entry* FetcherCache::get(const QString& key)
{
    for (auto it = m_lru.begin(); it != m_lru.end(); ++it) {
        if (it->key == key) {
            m_lru.splice(m_lru.end(), m_lru, it);
            return &m_lru.back();
        }
    }
    return nullptr;
}

FetcherCache::Entry* FetcherCache::create(const QString& user, const QString& key, const QString& basename)
{
    const QString directory = user.isEmpty() ? m_directory : m_directory + u'/' + user;
    m_lru.push_back(Entry { key, directory + u'/' + nextFilename(basename) });
    return &m_lru.back();
}

Status FetcherCache::reserve(Entry* entry, qint64 size)
{
    if (availableSpace() < size) {
        const qint64 required = size - availableSpace();
        QList<Entry*> victims;
        qint64 space = 0;
        for (Entry& candidate : m_lru) {
            if (candidate.references > 0 || &candidate == entry)
                continue;
            victims.append(&candidate);
            space += candidate.size;
            if (space >= required)
                break;
        }
        if (space < required) {
            remove(entry);
            return Status::failure(
                QStringLiteral("Failed to reserve space in the cache: Could not find enough cache files to evict"));
        }
        for (Entry* victim : std::as_const(victims))
            remove(victim);
    }
    m_used += size;
    entry->size = size;
    return success();
}

Status FetcherCache::adjust(Entry* entry)
{
    const qint64 actual = QFileInfo(entry->file).size();
    const qint64 delta = actual - entry->size;
    if (delta > 0 && availableSpace() < delta) {
        remove(entry);
        return Status::failure(QStringLiteral("the download is larger than expected and the cache has no room"));
    }
    m_used += delta;
    entry->size = actual;
    entry->complete = true;
    return success();
}

void FetcherCache::remove(Entry* entry)
{
    QFile::remove(entry->file);
    m_used -= entry->size;
    m_lru.remove_if([entry](const Entry& e) { return &e == entry; });
}

} // namespace habmesos::test
