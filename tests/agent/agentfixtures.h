// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportoptions.h"
#include "export/exportresult.h"
#include "marathon/habitatappbuilder.h"
#include "result.h"
#include "support/fixturebuilder.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace habmesos::test {

// Signed packages for the agent stand-in, made with FixtureBuilder: the Supervisor's packages
// with the stand-in Habitat (standin-hab.sh as hab, hab-launch and hab-sup; standin-service and
// standin-gossip beside hab-sup), Debian's busybox with every applet linked, and the services:
//   demo/app       a normal service (EXPOSES 8080, EXPORTS port=http.port, SVC_USER hab);
//                  it stops 1 s after its SHUTDOWN_SIGNAL (default TERM)
//   demo/slowstop  SHUTDOWN_TIMEOUT 20, SHUTDOWN_SIGNAL QUIT; stops 4 s after it: longer than
//                  the executor's default 3 s grace
//   demo/unicode   a member named share/Főtanúsítvány.crt
//   demo/bound     required BINDS database=port host
//   demo/next      a normal service in two releases, release() and nextRelease() (the harts
//                  layout's new release)
// exportApp runs habmesos' ExportJob and HabitatAppBuilder::build as tst_exportjob does.
class AgentFixtures
{
public:
    static QString normalService() { return QStringLiteral("demo/app"); }
    static QString slowStopService() { return QStringLiteral("demo/slowstop"); }
    static QString nonAsciiService() { return QStringLiteral("demo/unicode"); }
    static QString boundService() { return QStringLiteral("demo/bound"); }
    static QString releasedService() { return QStringLiteral("demo/next"); }
    static QString nextRelease() { return QStringLiteral("20200102000000"); }
    static QString nonAsciiMember() { return QStringLiteral("share/Főtanúsítvány.crt"); }
    static QString release() { return QStringLiteral("20200101000000"); }

    // `directory` holds the artifact cache (and keys); the scripts and binaries are read from the
    // given paths.
    AgentFixtures(const QString& directory, const QString& habScript, const QString& serviceBinary);

    Status build();
    // Why the stand-in agent cannot run tasks here (no user namespaces, no Debian busybox-static),
    // or empty.
    static QString unavailableReason();
    // The stand-in's mounts left under `directory` in this process's namespace: an error naming
    // them (the caller keeps the directory rather than deleting through a mount).
    static Status noMountsUnder(const QString& directory);
    FixtureBuilder& builder() { return *m_builder; }
    QString fullIdent(const QString& package) const; // origin/name -> origin/name/1.0.0/<release>

    struct Exported
    {
        ExportResult result;
        HabitatPackageFacts facts;
        HabitatAppBuilder::Build app;
        QByteArray json; // MarathonJsonWriter's, as an operator would post it
    };
    // Exports `package` into `outputDir` for agents that extract with `fetcher` and builds its app
    // with fetch URI `fetchBase` + tarball name (in the harts layout: + each file's name).
    Result<Exported> exportApp(const QString& package, const QString& outputDir, const QString& fetchBase,
        const HabitatAppOptions& options = {}, AgentFetcher fetcher = AgentFetcher::Libarchive,
        DeploymentLayout layout = DeploymentLayout::Tarball) const;

private:
    QString m_habScript;
    QString m_serviceBinary;
    std::unique_ptr<FixtureBuilder> m_builder;
};

} // namespace habmesos::test
