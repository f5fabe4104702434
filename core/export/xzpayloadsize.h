// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace habmesos {

// The size of an xz stream once decompressed, from its index at the end of the file (liblzma's
// file info decoder reads the stream footers and indexes, seeking, never the blocks): what a
// .hart's payload tar takes, without unpacking it. Nothing when the data is not a valid xz file.
class XzPayloadSize
{
public:
    // The xz data of `path` from byte `offset` (a .hart's payload: HartHeader::payloadOffset()).
    static std::optional<qint64> uncompressedSize(const QString& path, qint64 offset);
};

} // namespace habmesos
