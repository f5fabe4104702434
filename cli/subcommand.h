// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace habmesos {

// A headless subcommand: `habmesos <name> ...` runs on QCoreApplication and needs no display.
// The list lives in subcommand.cpp; adding a command is one line there.
struct Subcommand
{
    const char* name; // as typed: "inspect"
    const char* summary; // one line for `habmesos --help` (translated with tr())
    // `arguments` starts with the subcommand's name (QCommandLineParser takes it as the program).
    int (*run)(const QStringList& arguments);

    static const QList<Subcommand>& all();
    static const Subcommand* find(QStringView name);

    // True when argv asks for something headless: a subcommand, --help/-h or --version/-v.
    static bool isHeadless(int argc, const char* const* argv);
    // Runs a headless command line (the whole of QCoreApplication::arguments()); returns the
    // process exit status.
    static int runHeadless(const QStringList& arguments);

    // A message as the subcommands print it on standard error: one line ("; " where it had line
    // breaks), so each problem is one line for scripts and logs.
    static QString oneLine(const QString& text);
    Q_DECLARE_TR_FUNCTIONS(habmesos::Subcommand) // last: it ends in "private:"
};

} // namespace habmesos
