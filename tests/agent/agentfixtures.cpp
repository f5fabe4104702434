// SPDX-License-Identifier: Apache-2.0
#include "agent/agentfixtures.h"

#include "agent/agentstandinrunner.h"
#include "definition/appderivation.h"
#include "export/exportjob.h"
#include "marathon/marathonjsonwriter.h"
#include "support/supervisorfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace habmesos::test {

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

AgentFixtures::AgentFixtures(const QString& directory, const QString& habScript, const QString& serviceBinary)
    : m_habScript(habScript)
    , m_serviceBinary(serviceBinary)
    , m_builder(std::make_unique<FixtureBuilder>(directory))
{ }

QString AgentFixtures::fullIdent(const QString& package) const
{
    return package + QStringLiteral("/1.0.0/") + release();
}

QString AgentFixtures::unavailableReason()
{
    const QString reason = AgentStandInRunner::unavailableReason();
    if (reason.isEmpty() && !QFileInfo(QStringLiteral("/bin/busybox")).isExecutable())
        return QStringLiteral("needs Debian's busybox-static");
    return reason;
}

Status AgentFixtures::noMountsUnder(const QString& directory)
{
    // The stand-in's mounts live and die in its own namespace; never delete through one here.
    const QStringList mounts = AgentStandInRunner::mountsUnder(directory);
    if (mounts.isEmpty())
        return success();
    return Status::failure(QStringLiteral("mounts under the test directory in the test's own namespace (left in "
                                          "place, not deleted): ")
        + mounts.join(u' '));
}

Status AgentFixtures::build()
{
    const QString rel = release();
    auto add = [&](const PackageSpec& spec) -> Status {
        auto built = m_builder->build(spec);
        if (!built)
            return Status::failure(built.error());
        return success();
    };
    const QByteArray habScript = readFile(m_habScript);
    const QByteArray service = readFile(m_serviceBinary);
    const QByteArray busybox = readFile(QStringLiteral("/bin/busybox"));
    if (habScript.isEmpty() || service.isEmpty() || busybox.isEmpty())
        return Status::failure(QStringLiteral("cannot read %1, %2 or /bin/busybox").arg(m_habScript, m_serviceBinary));

    SupervisorFixture supervisor;
    supervisor.release = rel;
    supervisor.busybox = busybox;
    supervisor.allApplets = true;
    supervisor.hab = habScript;
    const QByteArray gossip = readFile(QFileInfo(m_serviceBinary).dir().filePath(QStringLiteral("standin-gossip")));
    if (gossip.isEmpty())
        return Status::failure(QStringLiteral("cannot read standin-gossip beside %1").arg(m_serviceBinary));
    supervisor.sup = { { QStringLiteral("bin/hab-sup"), habScript }, { QStringLiteral("bin/standin-service"), service },
        { QStringLiteral("bin/standin-gossip"), gossip } };
    supervisor.launcher = habScript;
    // The stand-in hab's `pkg install` checks each .hart with it (standin-hab.sh).
    const QByteArray verifier
        = readFile(QFileInfo(m_serviceBinary).dir().filePath(QStringLiteral("standin-hart-verify")));
    if (verifier.isEmpty())
        return Status::failure(QStringLiteral("cannot read standin-hart-verify beside %1").arg(m_serviceBinary));
    supervisor.habExtras = { { QStringLiteral("bin/standin-hart-verify"), verifier } };
    if (Status s = supervisor.build(*m_builder); !s)
        return s;

    auto servicePackage = [&](const QString& package, const QString& release = QString()) {
        PackageSpec app;
        app.ident = release.isEmpty() ? fullIdent(package) : package + QStringLiteral("/1.0.0/") + release;
        app.deps = { supervisor.glibc() };
        app.executables = { { QStringLiteral("bin/app"), QByteArrayLiteral("#!/bin/sh\necho app\n") } };
        app.metadata = {
            { QStringLiteral("SVC_USER"), "hab\n" },
            { QStringLiteral("SVC_GROUP"), "hab\n" },
            { QStringLiteral("EXPOSES"), "8080\n" },
            { QStringLiteral("EXPORTS"), "port=http.port\n" },
            { QStringLiteral("default.toml"), "[http]\nport = 8080\n" },
            { QStringLiteral("hooks/run"), "#!/bin/sh\nexec app\n" },
            { QStringLiteral("PATH"), SupervisorFixture::pathOf(app.ident) },
            { QStringLiteral("STANDIN_STOP_DELAY"), "1\n" },
        };
        return app;
    };
    if (Status s = add(servicePackage(normalService())); !s)
        return s;
    PackageSpec slow = servicePackage(slowStopService());
    slow.metadata.insert(QStringLiteral("SHUTDOWN_TIMEOUT"), "20\n");
    slow.metadata.insert(QStringLiteral("SHUTDOWN_SIGNAL"), "QUIT\n");
    slow.metadata.insert(QStringLiteral("STANDIN_STOP_DELAY"), "4\n");
    if (Status s = add(slow); !s)
        return s;
    PackageSpec unicode = servicePackage(nonAsciiService());
    unicode.files.insert(nonAsciiMember(), QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"));
    if (Status s = add(unicode); !s)
        return s;
    for (const QString& r : { rel, nextRelease() }) {
        if (Status s = add(servicePackage(releasedService(), r)); !s)
            return s;
    }
    PackageSpec bound = servicePackage(boundService());
    bound.metadata.insert(QStringLiteral("BINDS"), "database=port host\n");
    return add(bound);
}

Result<AgentFixtures::Exported> AgentFixtures::exportApp(const QString& package, const QString& outputDir,
    const QString& fetchBase, const HabitatAppOptions& options, AgentFetcher fetcher, DeploymentLayout layout) const
{
    ExportOptions o;
    o.agentFetcher = fetcher;
    o.layout = layout;
    o.package = package;
    o.artifactCache = m_builder->directory();
    o.keyDir = m_builder->keyDirectory();
    o.installedRoot = QDir(outputDir).filePath(QStringLiteral("no-installed-packages/hab/pkgs"));
    o.outputDir = outputDir;
    auto result = ExportJob(o).run();
    if (!result)
        return Result<Exported>::failure(result.error());
    Exported e;
    e.result = result.value();
    e.facts = HabitatAppBuilder::factsFor(e.result.service, e.result.tarballName);
    e.facts.fetchUri = fetchBase + e.result.tarballName;
    e.facts.hartsLayout = layout == DeploymentLayout::Harts;
    e.facts.harts = AppDerivation::hartsOf(e.result);
    for (HabitatPackageFacts::Hart& hart : e.facts.harts) {
        hart.fetchUri = fetchBase + hart.fileName;
        e.facts.tarballBytes += hart.bytes;
    }
    e.app = HabitatAppBuilder::build(e.facts, options);
    e.json = MarathonJsonWriter::write(e.app.app);
    return e;
}

} // namespace habmesos::test
