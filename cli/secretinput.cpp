// SPDX-License-Identifier: Apache-2.0
#include "cli/secretinput.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace habmesos {

namespace {

constexpr qint64 MaxSecretBytes = 64 * 1024;

// A person typing at a terminal: no echo (the secret must not appear on the screen), one line.
// Written with termios because Qt has no console input without echo.
Result<QString> readFromTerminal(const QString& what)
{
    std::fprintf(stderr, "%s", qPrintable(SecretInput::tr("%1: type the secret and press Enter: ").arg(what)));
    std::fflush(stderr);
    termios saved {};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line(MaxSecretBytes + 2, '\0');
    const bool got = std::fgets(line.data(), int(line.size()), stdin) != nullptr;
    if (canHide)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fprintf(stderr, "\n");
    if (!got)
        return Result<QString>::failure(SecretInput::tr("%1: nothing was typed").arg(what));
    line.truncate(qstrlen(line.constData()));
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Result<QString>::failure(SecretInput::tr("%1: nothing was typed").arg(what));
    return QString::fromUtf8(line);
}

} // namespace

Result<QString> SecretInput::fromFile(const QString& path, const QString& what)
{
    using R = Result<QString>;
    const bool isStdin = path == u"-";
    if (isStdin && ::isatty(STDIN_FILENO) == 1)
        return readFromTerminal(what);
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
