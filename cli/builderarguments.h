// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "builder/buildersettings.h"
#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

namespace habmesos {

// Builder on the command line, spelled as Habitat's exporters spell it: -u/--url, -c/--channel,
// -z/--auth, and --builder-ca-file for an on-premises Builder's own CA. -z names a file holding
// the token ("-": standard input), never the token itself: a command line is visible to every
// user in ps and kept in shell histories. HAB_AUTH_TOKEN and cli.toml's auth_token are read too
// (BuilderSettings::resolve). `habmesos export` shares its -u and -c with the Supervisor's
// --url and --channel (ExportArguments): one Builder for both.
class BuilderArguments
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::BuilderArguments)
public:
    BuilderArguments();

    const QCommandLineOption url;
    const QCommandLineOption channel;
    const QCommandLineOption auth;
    const QCommandLineOption caFile;

    QList<QCommandLineOption> all() const { return { url, channel, auth, caFile }; }
    // What export adds to its own --url and --channel.
    QList<QCommandLineOption> tokenAndCa() const { return { auth, caFile }; }

    // The settings: `urlGiven` and `channelGiven` are the values of whichever options carry them
    // (empty when not given); the token is read from -z's file now, so a wrong file fails first.
    Result<BuilderSettings> decode(
        const QCommandLineParser& parser, const QString& urlGiven, const QString& channelGiven) const;
    Result<BuilderSettings> decode(const QCommandLineParser& parser) const;
};

} // namespace habmesos
