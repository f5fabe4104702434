// SPDX-License-Identifier: Apache-2.0
#include "agent/processtable.h"

#include <QDir>
#include <QFile>

namespace habmesos::test {

namespace {

QByteArray readProc(pid_t pid, const char* what)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(what)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

std::optional<ProcessEntry> ProcessTable::process(pid_t pid)
{
    const QByteArray stat = readProc(pid, "stat");
    // "pid (comm) state ppid pgrp session ...": comm may hold spaces and parentheses.
    const qsizetype open = stat.indexOf('(');
    const qsizetype close = stat.lastIndexOf(')');
    if (open < 0 || close < open)
        return std::nullopt;
    const QList<QByteArray> rest = stat.mid(close + 2).split(' ');
    if (rest.size() < 4)
        return std::nullopt;
    ProcessEntry e;
    e.pid = pid;
    e.command = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
    e.state = rest[0].isEmpty() ? '?' : rest[0][0];
    e.parent = rest[1].toInt();
    e.group = rest[2].toInt();
    e.session = rest[3].toInt();
    return e;
}

QList<ProcessEntry> ProcessTable::processes()
{
    QList<ProcessEntry> out;
    const QStringList names = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& name : names) {
        bool number = false;
        const int pid = name.toInt(&number);
        if (!number)
            continue;
        if (auto p = process(pid))
            out.append(*p);
    }
    return out;
}

QList<pid_t> ProcessTable::children(pid_t pid, const QList<ProcessEntry>& processes)
{
    QList<pid_t> out;
    for (const ProcessEntry& p : processes) {
        if (p.parent == pid)
            out.append(p.pid);
    }
    return out;
}

QByteArray ProcessTable::environment(pid_t pid)
{
    return readProc(pid, "environ");
}

QString ProcessTable::commandLine(pid_t pid)
{
    QByteArray line = readProc(pid, "cmdline");
    if (line.endsWith('\0'))
        line.chop(1);
    line.replace('\0', ' ');
    return QString::fromUtf8(line);
}

QString ProcessTable::rootDirectory(pid_t pid)
{
    return QFile::symLinkTarget(QStringLiteral("/proc/%1/root").arg(pid));
}

QString ProcessTable::workingDirectory(pid_t pid)
{
    return QFile::symLinkTarget(QStringLiteral("/proc/%1/cwd").arg(pid));
}

} // namespace habmesos::test
