// SPDX-License-Identifier: Apache-2.0
#include "support/testfiles.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace habmesos::test {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeRandomFile(const QTemporaryDir& dir, const QString& name, qint64 size)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += chunk.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
        const qint64 n = qMin<qint64>(chunk.size(), size - written);
        if (f.write(chunk.constData(), n) != n)
            return {}; // a short file would make the size-based checks lie
    }
    return f.flush() ? path : QString();
}

} // namespace habmesos::test
