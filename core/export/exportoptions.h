// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/tarballformat.h"

#include "package/packagemetadata.h"
#include "package/supervisorpackages.h"

#include <QString>

#include <atomic>
#include <functional>

namespace habmesos {

// What the Mesos agents extract the tarball with (their fetcher); it decides which member names
// the tarball may hold (FetcherNameCheck).
enum class AgentFetcher
{
    // Mesos 1.7 and later (the default): libarchive in the C locale, which cannot extract a name
    // outside ASCII in any tar encoding, so the export refuses such names.
    Libarchive,
    // Mesos 1.6 and earlier: GNU tar (`tar -C <sandbox> -xf`), which extracts any name as bytes.
    GnuTar,
};

// How the agents receive the packages.
enum class DeploymentLayout
{
    // One container tarball with every package unpacked in it (the old exporter's way).
    Tarball,
    // A small bootstrap archive and every .hart of the closure as it was signed, each its own
    // download that the agents' fetcher cache keeps; `hab pkg install` unpacks them in the task
    // (HartsExport).
    Harts,
};

// What one export is asked to do: a plain value the CLI and the GUI fill in.
struct ExportOptions
{
    QString package; // an ident (origin/name[/version[/release]]) or a .hart path
    QString artifactCache; // empty: HabPaths::artifactCache()
    QString keyDir; // empty: HabPaths::keyCache()
    QString installedRoot; // the hab/pkgs directory; empty: HabPaths::installedPackages()
    bool useInstalled = true;
    QString outputDir; // empty: the current directory
    TarballFormat format = TarballFormat::Gzip;
    DeploymentLayout layout = DeploymentLayout::Tarball;
    AgentFetcher agentFetcher = AgentFetcher::Libarchive;

    // The Supervisor's packages (partial idents allowed); empty: the newest present.
    SupervisorPackages supervisor;

    // Export artifacts whose signature could not be verified (the user's explicit choice).
    bool allowUnverified = false;

    // Compressed segments of packages already exported are kept here and reused (incremental
    // re-export); empty: no reuse.
    QString segmentCache;
    int threads = 0;

    const std::atomic_bool* cancel = nullptr;
    // Payload bytes processed and the total of the packages known so far. The total grows while
    // the closure is discovered (the first packages' TDEPS name the rest) and is final after
    // that; `done` never decreases and ends equal to the total.
    std::function<void(qint64 done, qint64 total)> progress;
    // Called once the service's metadata is read (and verified); a non-empty message stops the
    // export with it, before anything is written under the final name.
    std::function<QString(const PackageMetadata& service)> checkService;
};

} // namespace habmesos
