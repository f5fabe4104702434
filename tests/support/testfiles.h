// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace habmesos::test {

// The file's bytes, or an empty array when it cannot be read (tests compare against them).
QByteArray readAll(const QString& path);
// `size` random bytes (incompressible, like a tarball) in dir/name; its path, or an empty string
// when it could not be written.
QString writeRandomFile(const QTemporaryDir& dir, const QString& name, qint64 size);

} // namespace habmesos::test
