// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageartifact.h"
#include "package/packageident.h"
#include "package/packageref.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace habmesos {

// Where packages come from: the local artifact cache, the packages installed under /hab/pkgs, and
// .hart files the user names. Habitat's own exporters cannot use /hab/pkgs (habitat issue 5218);
// we can, the way the bare studio copied installed packages with their TDEPS.
//
// A cache is scanned by peeking into each .hart (IDENT and TARGET only): the IDENT inside the
// archive is the truth, never the file name (which cannot be parsed reliably, and may lie).
// Peeks run in parallel and are remembered by (path, size, mtime), so a rescan only reads new or
// changed files. A file that cannot be read is listed in problems(), never fatal.
//
// When one ident (for one target) is present several times, find() prefers, in this order:
// an explicit .hart, a cached .hart, an installed directory: a signed artifact can be verified,
// an installed directory cannot. Among equal sources the first path in sort order wins.
//
// Not thread-safe: scan and query from one thread (copies are cheap and independent).
class PackageRepository
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::PackageRepository)
public:
    struct Options
    {
        // An empty path means Habitat's default (HabPaths::artifactCache(), installedPackages()).
        QString artifactCache;
        QString installedRoot; // the hab/pkgs directory itself
        bool useArtifactCache = true;
        bool useInstalled = true;
        // The target find(), resolve() and packages() look for unless told otherwise; empty: any.
        QString target = QStringLiteral("x86_64-linux");
    };

    struct Problem
    {
        QString path; // the file or directory
        QString reason; // for a person; names the file
        bool operator==(const Problem&) const = default;
    };

    // Reads IDENT and TARGET from a .hart; the default is ArtifactInspector::peekArtifact.
    // Called from worker threads. Tests substitute their own to count reads.
    using Peeker = std::function<Result<PackageArtifact>(const QString& hartPath)>;

    PackageRepository();
    explicit PackageRepository(Options options, Peeker peeker = {});

    const Options& options() const { return m_options; }
    QString artifactCacheDir() const;
    QString installedRoot() const;

    // (Re)reads the artifact cache and the installed packages. Unchanged cache files are not
    // read again. With `cancel` set the scan stops early; what was read so far is kept.
    void scan(const std::atomic_bool* cancel = nullptr);

    // Adds a .hart the user named; it is peeked at once. The error names the file and the reason
    // (a device, FIFO or directory is refused as not a regular file, never read).
    Result<PackageRef> addArtifact(const QString& hartPath);
    // Whether what the user typed names a file rather than a package ident: a name ending in
    // .hart, an existing regular file, or, when it is no valid ident, anything that exists or
    // starts like a path ("/", "./", "../"). Such a request goes to addArtifact(), which says
    // what is wrong with it as a file ("/dev/zero: not a regular file"), not as an ident.
    static bool namesFile(const QString& request);

    // The preferred location of a fully qualified ident for `target` (empty: any target; the
    // default target of the options first). nullopt when it is not present.
    std::optional<PackageRef> find(const PackageIdent& ident) const;
    std::optional<PackageRef> find(const PackageIdent& ident, const QString& target) const;
    // The newest package that satisfies a partial ident (origin/name[/version[/release]]) by
    // Habitat's version order.
    std::optional<PackageRef> resolve(const PackageIdent& partial) const;
    std::optional<PackageRef> resolve(const PackageIdent& partial, const QString& target) const;

    // One entry per (ident, target), the preferred location, sorted by origin, name, version
    // (Habitat's order, oldest first) and release: what the GUI's origin/name/version/release
    // tree shows. Filtered by the options' target when it is set.
    QList<PackageRef> packages() const;
    // Every location known, of any target, in the same order (several per ident possible).
    QList<PackageRef> allLocations() const;
    // Every location of one ident, preferred first.
    QList<PackageRef> locations(const PackageIdent& ident) const;

    // Files and directories that could not be used, with the reason, sorted by path.
    QList<Problem> problems() const;

    // How many .hart files the last scan() actually read (the others were remembered).
    int lastScanReads() const { return m_lastScanReads; }

private:
    struct CacheKey
    {
        QString path;
        qint64 size = 0;
        qint64 mtimeMs = 0;
        bool operator==(const CacheKey&) const = default;
        friend size_t qHash(const CacheKey& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.path, key.size, key.mtimeMs);
        }
    };
    struct PeekOutcome
    {
        std::optional<PackageRef> ref;
        Error error;
        bool cancelled = false;
    };

    PeekOutcome peek(const CacheKey& key, PackageRef::Source source) const;
    void scanInstalled(const std::atomic_bool* cancel);
    void rebuildIndex();
    std::optional<PackageRef> pick(const QList<PackageRef>& candidates, const QString& target) const;

    Options m_options;
    Peeker m_peeker;
    // Remembered peeks of the artifact cache, by (path, size, mtime).
    QHash<CacheKey, PeekOutcome> m_peeked;
    QList<PackageRef> m_cached;
    QList<Problem> m_cacheProblems;
    QList<PackageRef> m_installed;
    QList<Problem> m_installedProblems;
    QList<PackageRef> m_explicit;
    // All locations by ident, preferred first.
    QHash<PackageIdent, QList<PackageRef>> m_index;
    int m_lastScanReads = 0;
};

} // namespace habmesos
