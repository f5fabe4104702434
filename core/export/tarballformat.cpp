// SPDX-License-Identifier: Apache-2.0
#include "export/tarballformat.h"

namespace habmesos {

QString tarballSuffix(TarballFormat format)
{
    switch (format) {
    case TarballFormat::Gzip:
        return QStringLiteral(".tgz");
    case TarballFormat::Xz:
        return QStringLiteral(".txz");
    case TarballFormat::Plain:
        return QStringLiteral(".tar");
    }
    return {};
}

std::optional<TarballFormat> tarballFormatForFileName(const QString& fileName)
{
    const auto ends = [&](const char* suffix) { return fileName.endsWith(QLatin1String(suffix), Qt::CaseInsensitive); };
    if (ends(".tgz") || ends(".tar.gz"))
        return TarballFormat::Gzip;
    if (ends(".txz") || ends(".tar.xz"))
        return TarballFormat::Xz;
    if (ends(".tar"))
        return TarballFormat::Plain;
    return std::nullopt;
}

QString tarballFormatName(TarballFormat format)
{
    switch (format) {
    case TarballFormat::Gzip:
        return QStringLiteral("gzip");
    case TarballFormat::Xz:
        return QStringLiteral("xz");
    case TarballFormat::Plain:
        return QStringLiteral("tar");
    }
    return {};
}

} // namespace habmesos
