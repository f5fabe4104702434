// SPDX-License-Identifier: Apache-2.0
#include "cli/subcommand.h"

#include "cli/exportcommand.h"
#include "cli/fetchcommand.h"
#include "cli/inspectcommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace habmesos {

const QList<Subcommand>& Subcommand::all()
{
    static const QList<Subcommand> commands = {
        { "inspect",
            QT_TRANSLATE_NOOP("habmesos::Subcommand", "Show a package, its signature and its closure; check them"),
            &InspectCommand::run },
        { "export",
            QT_TRANSLATE_NOOP(
                "habmesos::Subcommand", "Build the Mesos container tarball and print the Marathon application JSON"),
            &ExportCommand::run },
        { "fetch",
            QT_TRANSLATE_NOOP("habmesos::Subcommand",
                "Download a package's closure and its keys from Builder into hab's caches, verified"),
            &FetchCommand::run },
    };
    return commands;
}

const Subcommand* Subcommand::find(QStringView name)
{
    for (const Subcommand& command : all())
        if (name == QLatin1StringView(command.name))
            return &command;
    return nullptr;
}

bool Subcommand::isHeadless(int argc, const char* const* argv)
{
    if (argc < 2 || !argv[1])
        return false;
    const char* first = argv[1];
    for (const char* option : { "--help", "-h", "--help-all", "--version", "-v" })
        if (std::strcmp(first, option) == 0)
            return true;
    for (const Subcommand& command : all())
        if (std::strcmp(first, command.name) == 0)
            return true;
    return false;
}

int Subcommand::runHeadless(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(1);
    if (const Subcommand* command = find(first))
        return command->run(arguments.mid(1));
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--help-all")) {
        out << tr("Usage: %1 [<subcommand> [options] ...]\n\n"
                  "Exports Chef Habitat packages as Mesos container tarballs and Marathon applications.\n"
                  "Without a subcommand, opens the main window.\n\n"
                  "Subcommands (run without a display; `%1 <subcommand> --help` for details):\n")
                   .arg(QCoreApplication::applicationName());
        for (const Subcommand& command : all())
            out << QStringLiteral("  %1  %2\n")
                       .arg(QString::fromLatin1(command.name).leftJustified(10), tr(command.summary));
        out << tr("\nOptions:\n  -h, --help     Displays this help.\n  -v, --version  Displays version information.\n");
        return 0;
    }
    err << tr("%1: unknown subcommand “%2”; try --help\n").arg(QCoreApplication::applicationName(), first);
    return 2;
}

QString Subcommand::oneLine(const QString& text)
{
    QStringList lines = QString(text).replace(u'\r', u'\n').split(u'\n', Qt::SkipEmptyParts);
    for (QString& line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    return lines.join(QStringLiteral("; "));
}

} // namespace habmesos
