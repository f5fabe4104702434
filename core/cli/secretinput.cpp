// SPDX-License-Identifier: Apache-2.0
#include "secretinput.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace habmesos {

namespace {

constexpr qint64 MaxSecretBytes = 64 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("SecretInput", text);
}

} // namespace

Result<QString> SecretInput::fromFile(const QString& path, const QString& what)
{
    using R = Result<QString>;
    const bool isStdin = path == u"-";
    const QString name = isStdin ? tr("standard input") : path;
    QFile file;
    const bool opened
        = isStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return R::failure(tr("%1: cannot read %2: %3").arg(what, name, file.errorString()));
    QByteArray data = file.read(MaxSecretBytes + 1);
    if (data.size() > MaxSecretBytes)
        return R::failure(tr("%1: %2 is larger than 64 KiB; expected a password or token").arg(what, name));
    // One line as `echo secret > file` writes it; the secret itself may contain spaces.
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    if (data.isEmpty())
        return R::failure(tr("%1: %2 is empty").arg(what, name));
    return QString::fromUtf8(data);
}

QString SecretInput::fromEnvironment(const char* name)
{
    return qEnvironmentVariable(name);
}

} // namespace habmesos
