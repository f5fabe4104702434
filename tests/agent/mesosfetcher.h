// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QHash>
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
//  - `cache`: downloaded once per agent (keyed by the URI) into the cache directory as
//    c<serial>-<basename>; an archive is extracted from there straight into the sandbox (not
//    copied in), anything else is copied.
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
        QString error;
    };

    MesosFetcher(Mode mode, QString cacheDirectory, QString extractTool);

    // Stops at the first failing item; its Outcome carries the error.
    QList<Outcome> fetch(const QList<Item>& items, const QString& sandbox);

    static Result<QString> basename(const QString& uri);
    static bool isArchiveName(const QString& name);

private:
    Status transfer(const QString& uri, const QString& destination);
    Result<bool> extract(const QString& file, const QString& sandbox);
    Status run(const QString& program, const QStringList& args, const QString& stdinFile = {},
        const QString& stdoutFile = {}, bool cLocaleOnly = false);

    Mode m_mode;
    QString m_cacheDir;
    QString m_extractTool;
    QHash<QString, QString> m_cache; // URI -> cache file name
    int m_serial = 0;
};

} // namespace habmesos::test
