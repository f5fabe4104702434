// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace habmesos {

// The compressions of a container tarball: only those the Mesos fetcher extracts (it decides by
// the file name's suffix, see shared/reference/marathon.md §6).
enum class TarballFormat
{
    Gzip, // .tgz, parallel multi-member gzip (the default, as `hab pkg export mesos` made)
    Xz, // .txz, liblzma's threaded encoder
    Plain, // .tar
};

// ".tgz", ".txz", ".tar"
QString tarballSuffix(TarballFormat format);
// The format a file name asks for: .tgz/.tar.gz, .txz/.tar.xz, .tar; nullopt for anything else.
std::optional<TarballFormat> tarballFormatForFileName(const QString& fileName);
// "gzip", "xz", "tar" (for messages and command lines).
QString tarballFormatName(TarballFormat format);

} // namespace habmesos
