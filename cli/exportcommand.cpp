// SPDX-License-Identifier: Apache-2.0
#include "cli/exportcommand.h"

#include "builder/fetchplan.h"
#include "cli/builderarguments.h"
#include "cli/builderfetch.h"

#include "cli/exportpublisher.h"
#include "cli/optionhelp.h"
#include "cli/publisharguments.h"
#include "cli/subcommand.h"
#include "definition/appderivation.h"
#include "definition/exportarguments.h"
#include "export/exportjob.h"
#include "marathon/habitatappbuilder.h"
#include "marathon/httpurl.h"
#include "marathon/marathonclient.h"
#include "marathon/marathonjsonwriter.h"
#include "marathon/marathonvalidator.h"
#include "package/artifactinspector.h"
#include "package/keycache.h"
#include "package/packagerepository.h"
#include "package/packagetarget.h"

#include <QTextStream>

#include <memory>
#include <unistd.h>

namespace habmesos {

namespace {

// What the definition is made from: the package's metadata and, after a build, the tarball's sizes.
struct Exported
{
    PackageMetadata service;
    QString tarballName;
    QString tarballPath;
    qint64 extractedBytes = 0; // known after the export only
    QList<HartsPublisher::File> files; // the harts layout: the bootstrap and the .hart files, to publish
    qint64 tarballBytes = 0; // with every .hart in the harts layout: all the sandbox receives
    QList<HabitatPackageFacts::Hart> harts; // the harts layout's downloads besides the bootstrap
    QStringList warnings;
};

// With a Builder asked for (-u, -c, -z, HAB_BLDR_URL or cli.toml's bldr_url), what is missing here
// (the package, a dependency, a Supervisor package) is fetched from it first; without, nothing
// ever leaves this machine. -u and -c are also the Supervisor's --url and --channel: one Builder.
Status fetchMissing(const ExportSettings& settings, const BuilderSettings& builder, QTextStream& err, bool progress)
{
    if (!builder.configured)
        return success();
    PackageRepository::Options ro;
    ro.artifactCache = settings.sources.artifactCache;
    ro.installedRoot = settings.sources.installedRoot;
    ro.useInstalled = settings.sources.useInstalled;
    PackageRepository repository(ro);
    repository.scan();
    const auto plan = FetchPlan::of(repository, KeyCache(settings.sources.keyDir), settings.package, &settings.supervisor);
    if (!plan)
        return plan.errorInfo();
    if (plan->isEmpty())
        return success();
    BuilderFetch::Where where { repository.artifactCacheDir(), settings.sources.keyDir,
        [&repository](const PackageIdent& ident) { return repository.find(ident).has_value(); } };
    return BuilderFetch(builder, where, err, QStringLiteral("habmesos export"), progress).run(plan.value());
}

// --json-only: the package's metadata, verified as the export would verify it, without building.
Result<Exported> lookUp(const ExportSettings& settings)
{
    if (settings.layout == DeploymentLayout::Harts)
        return Result<Exported>::failure(ErrorKind::Invalid,
            ExportCommand::tr("the harts layout's definition names the bootstrap by a hash of its content and lists "
                              "every .hart of the closure, which only the export knows: leave out --json-only"));
    PackageRepository::Options ro;
    ro.artifactCache = settings.sources.artifactCache;
    ro.installedRoot = settings.sources.installedRoot;
    ro.useInstalled = settings.sources.useInstalled;
    PackageRepository repository(ro);
    std::optional<PackageRef> ref;
    if (PackageRepository::namesFile(settings.package)) {
        auto added = repository.addArtifact(settings.package);
        if (!added)
            return added.errorInfo();
        ref = added.value();
    } else {
        const auto ident = PackageIdent::parse(settings.package);
        if (!ident)
            return ident.errorInfo();
        repository.scan();
        ref = repository.resolve(ident.value());
        if (!ref)
            return Result<Exported>::failure(ErrorKind::NotFound,
                ExportCommand::tr("no package %1 in %2").arg(settings.package, repository.artifactCacheDir()));
    }
    const auto artifact = ref->isArtifact()
        ? ArtifactInspector::inspectArtifact(ref->path, KeyCache(settings.sources.keyDir))
        : ArtifactInspector::inspectInstalled(ref->path);
    if (!artifact)
        return artifact.errorInfo();
    if (artifact->source == PackageArtifact::Source::Artifact && !artifact->isTrusted() && !settings.allowUnverified)
        return Result<Exported>::failure(ErrorKind::Unverified, artifact->verificationDetail);
    Exported out;
    out.service = artifact->metadata;
    // As the export itself refuses it (ExportJob): a JSON for a tarball that can never be built helps nobody.
    if (!PackageTarget::isLinux(out.service.target))
        return Result<Exported>::failure(ErrorKind::Invalid,
            ExportCommand::tr("%1 is built for %2; Mesos runs Linux containers")
                .arg(out.service.ident.toString(), out.service.target));
    out.tarballName = settings.tarballFileName(out.service.ident);
    out.tarballPath = settings.tarballPath(out.service.ident);
    return out;
}

Result<Exported> build(const ExportSettings& settings, QTextStream& err, bool progressToTerminal)
{
    ExportOptions options = settings.exportOptions();
    if (progressToTerminal) {
        options.progress = [&err](qint64 done, qint64 total) {
            if (total > 0)
                err << QStringLiteral("\rexporting: %1 of %2 MiB (%3%)")
                           .arg(double(done) / (1 << 20), 0, 'f', 1)
                           .arg(double(total) / (1 << 20), 0, 'f', 1)
                           .arg(100 * done / total)
                    << Qt::flush;
        };
    }
    options.checkService = [service = settings.service](const PackageMetadata& package) {
        return HabitatAppBuilder::refusals(HabitatAppBuilder::factsFor(package, QString()), service).join(u' ');
    };
    ExportJob job(options);
    const auto result = job.run();
    if (progressToTerminal)
        err << Qt::endl;
    if (!result)
        return result.errorInfo();
    Exported out;
    out.service = result->service;
    out.tarballName = result->tarballName;
    out.tarballPath = result->tarballPath;
    out.extractedBytes = result->extractedBytes;
    out.tarballBytes = result->tarballSize;
    out.warnings = result->warnings;
    out.files = HartsPublisher::filesOf(result.value());
    out.harts = AppDerivation::hartsOf(result.value());
    for (const ExportResult::Hart& hart : result->harts)
        out.tarballBytes += hart.bytes;
    return out;
}

// The exit status of a failed export, by what went wrong (as `habmesos inspect` has them).
int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NotFound:
        return ExportCommand::NotFound;
    case ErrorKind::Unverified:
        return ExportCommand::VerificationFailed;
    case ErrorKind::Invalid:
    case ErrorKind::Unsafe:
        return ExportCommand::Unusable;
    case ErrorKind::Io:
        return ExportCommand::IoFailed;
    case ErrorKind::Network:
    case ErrorKind::Cancelled:
        break;
    }
    return ExportCommand::Failed;
}

// The help, in groups, with what the exit codes mean.
QString helpText(const QList<OptionHelp::Group>& groups)
{
    return OptionHelp::text(ExportCommand::tr("Usage: habmesos export [options] <package>"),
        ExportCommand::tr(
            "Export a Habitat package as a Mesos container tarball and print its Marathon application JSON on "
            "standard output (nothing else goes there). Optionally upload the tarball and deploy the app."),
        groups,
        ExportCommand::tr(
            "\nArguments:\n  package                     A package ident (origin/name[/version[/release]]) or a "
            ".hart file\n"),
        ExportCommand::tr(
            "\nEnvironment:\n"
            "  CPU, MEM, DISK, INSTANCES   Defaults for --cpu, --mem, --disk, --instances\n"
            "  HABMESOS_MARATHON_PASSWORD  The password for --user (without --password-file)\n"
            "  HABMESOS_MARATHON_TOKEN     A DC/OS token (without --user and --token-file)\n"
            "  HABMESOS_UPLOAD_PASSWORD    The password for --upload-user\n"
            "\nExit status:\n"
            "  0   done\n"
            "  1   the export failed for another reason (the message says why)\n"
            "  2   usage error (a bad option or value, an unreadable password file)\n"
            "  3   the package, a dependency or a Supervisor package is not there\n"
            "  4   a signature is unknown, bad, or does not cover the payload\n"
            "  5   a package cannot be used: corrupt, truncated, unsafe, or not for Linux\n"
            "  7   the application definition breaks Marathon's rules\n"
            "  8   the upload failed\n"
            "  9   the deploy failed: Marathon unreachable, credentials refused, the app locked or refused\n"
            "  10  the deployment failed or did not finish within --wait-timeout\n"
            "  11  reading a package or writing the tarball failed (permissions, a full disk)\n"));
}

} // namespace

int ExportCommand::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err, ::isatty(STDERR_FILENO) == 1);
}

int ExportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err, bool progressToTerminal)
{
    const ExportArguments definition;
    const PublishArguments publish;
    const BuilderArguments builder;
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help"));
    const ExportArguments& d = definition;
    const PublishArguments& p = publish;
    const QList<OptionHelp::Group> groups {
        { tr("Package"), { d.demo, d.cacheDir, d.keyDir, d.pkgsDir, d.noInstalled, d.allowUnverified } },
        { tr("Builder (what is missing here is fetched when one is named: -u, -c, -z, HAB_BLDR_URL, cli.toml)"),
            { d.builderUrl, d.channel, builder.auth, builder.caFile } },
        { tr("Resources (as `hab pkg export mesos`: --cpu=2 or --cpu 2)"),
            { d.cpu, d.mem, d.disk, d.instances, d.killGracePeriod } },
        { tr("Application"),
            { d.appId, d.env, d.config, d.port, d.noSupervisorPorts, d.fixedPorts, d.agentPorts, d.healthCheck,
                d.noHealthCheck, d.constraint, d.label, d.uri, d.legacyJson } },
        { tr("Deployment (Marathon's defaults unless given)"),
            { d.upgradeMinHealth, d.upgradeMaxOver, d.backoff, d.backoffFactor, d.maxLaunchDelay, d.acceptedRole,
                d.taskUser, d.fetch } },
        { tr("Service and ring (the Supervisor's options as `hab sup run` spells them, then the ring's)"),
            d.serviceOptions() },
        { tr("Output"),
            { d.outputDir, d.format, d.layout, d.mesosAgents, p.jsonOnly, d.segmentCache, d.noSegmentCache } },
        { tr("Upload"), { p.upload, p.uploadUser, p.uploadPasswordFile, p.uploadDeadline } },
        { tr("Deploy to Marathon"), { p.deploy, p.force, p.wait, p.waitTimeout, p.requestDeadline } },
        { tr("Credentials (for --deploy and --upload marathon; never on the command line itself)"),
            { p.user, p.passwordFile, p.tokenFile, p.dcosLogin, p.caFile } },
        { tr("Supervisor packages"), { d.habPkg, d.supPkg, d.launcherPkg, d.busyboxPkg, d.cacertsPkg } },
        { tr("Help"), { help } },
    };
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("package"), QString());
    for (const OptionHelp::Group& group : groups)
        parser.addOptions(group.options);

    auto give = [&](int code, const QString& message) {
        err << QStringLiteral("habmesos export: ") << Subcommand::oneLine(message) << Qt::endl;
        return code;
    };
    auto usage = [&](const QString& message) { return give(UsageError, message); };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << helpText(groups);
        out.flush();
        return Ok;
    }
    Result<ExportSettings> decoded = definition.decode(parser);
    if (!decoded)
        return decoded.errorKind() == ErrorKind::Invalid ? usage(decoded.error())
                                                         : give(exitCodeFor(decoded.errorKind()), decoded.error());
    ExportSettings settings = std::move(decoded).value();
    const auto plan = publish.decode(parser, settings.fetchUri.has_value());
    if (!plan)
        return usage(plan.error());
    if (plan->deployUrl)
        settings = settings.forDeployTo(*plan->deployUrl);

    const auto builderSettings = builder.decode(parser, settings.service.builderUrl, settings.service.channel);
    if (!builderSettings)
        return builderSettings.errorKind() == ErrorKind::Invalid
            ? usage(builderSettings.error())
            : give(exitCodeFor(builderSettings.errorKind()), builderSettings.error());
    if (const Status fetched = fetchMissing(settings, builderSettings.value(), err, progressToTerminal); !fetched)
        return give(exitCodeFor(fetched.errorKind()), fetched.error());

    const Result<Exported> exported = plan->jsonOnly ? lookUp(settings) : build(settings, err, progressToTerminal);
    if (!exported) {
        // A package ident that does not parse is the operator's typo.
        if (plan->jsonOnly && exported.errorKind() == ErrorKind::Invalid
            && !PackageRepository::namesFile(settings.package) && !PackageIdent::parse(settings.package))
            return usage(exported.error());
        return give(exitCodeFor(exported.errorKind()), exported.error());
    }
    for (const QString& warning : exported->warnings)
        err << QStringLiteral("habmesos export: warning: ") << Subcommand::oneLine(warning) << Qt::endl;

    HabitatPackageFacts facts = HabitatAppBuilder::factsFor(exported->service, exported->tarballName);
    facts.extractedBytes = exported->extractedBytes;
    facts.tarballBytes = exported->tarballBytes;
    facts.harts = exported->harts;
    // The definition for the settings; a setting that does not fit the package is a usage error
    // naming its option, the definition's own errors are printed (InvalidDefinition).
    AppDerivation::Derived derived;
    auto derive = [&](const ExportSettings& s) -> int {
        derived = AppDerivation::derive(facts, s);
        for (const AppDerivation::SettingProblem& problem : derived.settingProblems) {
            const QCommandLineOption& option
                = problem.setting == AppDerivation::SettingProblem::Setting::PortNumbers ? d.port : d.config;
            return usage(ExportArguments::dashed(option) + QStringLiteral(": ") + problem.message);
        }
        bool invalid = false;
        for (const FieldProblem& problem : derived.problems) {
            const bool error = problem.severity == FieldProblem::Severity::Error;
            invalid |= error;
            err << QStringLiteral("habmesos export: ") << (error ? tr("error") : tr("warning")) << QStringLiteral(": ")
                << (problem.field.isEmpty() ? QString() : problem.field + QStringLiteral(": "))
                << Subcommand::oneLine(problem.message) << Qt::endl;
        }
        return invalid ? InvalidDefinition : Ok;
    };

    std::unique_ptr<MarathonClient> client;
    if (plan->deployUrl) {
        MarathonClient::Options clientOptions;
        clientOptions.url = *plan->deployUrl;
        clientOptions.auth = plan->auth;
        clientOptions.caFile = plan->caFile;
        clientOptions.deadlineMs = plan->requestDeadlineMs;
        clientOptions.uploadDeadlineMs = plan->uploadOptions.deadlineMs;
        client = std::make_unique<MarathonClient>(clientOptions);
    }
    ExportPublisher publisher(err, progressToTerminal, plan->auth.mode() != MarathonAuth::Mode::None);

    if (plan->uploading && settings.layout == DeploymentLayout::Harts) {
        // One folder for the bootstrap and every .hart: the fetch URIs are that folder + each name.
        if (plan->toArtifactStore)
            return usage(tr("the harts layout publishes into a folder whose server answers HEAD with the size (the "
                            "agents' fetcher cache needs it); Marathon's artifact store is not one: give --upload a "
                            "WebDAV folder URL"));
        ExportSettings beforeUpload = settings;
        if (!beforeUpload.fetchUri)
            beforeUpload.fetchUri = plan->uploadUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        if (const int code = derive(beforeUpload); code != Ok)
            return code;
        const std::optional<QUrl> folder
            = publisher.publishHarts(plan->uploadUrl, exported->files, plan->uploadOptions);
        if (!folder)
            return UploadFailed;
        if (!settings.fetchUri)
            settings.fetchUri = folder->toString();
    } else if (plan->uploading) {
        const QUrl target = HttpUrl::withFileName(plan->uploadUrl, exported->tarballName);
        // Check the definition before the upload, with the address it will most likely get.
        const QUrl expected
            = plan->toArtifactStore ? TarballUploader::artifactUri(*plan->deployUrl, exported->tarballName) : target;
        ExportSettings beforeUpload = settings;
        if (!beforeUpload.fetchUri)
            beforeUpload.fetchUri = expected.toString(QUrl::RemoveQuery);
        if (const int code = derive(beforeUpload); code != Ok)
            return code;
        const std::optional<QUrl> uploaded = plan->toArtifactStore
            ? publisher.uploadToArtifactStore(*client, exported->tarballPath)
            : publisher.uploadTo(target, exported->tarballPath, plan->uploadOptions);
        if (!uploaded)
            return UploadFailed;
        if (!settings.fetchUri)
            settings.fetchUri = uploaded->toString();
    }
    if (!settings.fetchUri) {
        err << QStringLiteral("habmesos export: ")
            << tr("note: no --uri or --upload given, so the fetch URI is the local file %1; agents must see that path")
                   .arg(settings.fetchUriFor(exported->tarballName))
            << Qt::endl;
    }
    if (const int code = derive(settings); code != Ok)
        return code;
    // Before deploying: scripts get the JSON even when the deploy fails.
    out << QString::fromUtf8(MarathonJsonWriter::write(derived.app, settings.flavour));
    out.flush();
    if (!client)
        return Ok;

    ExportPublisher::DeployOptions deployOptions;
    deployOptions.force = plan->force;
    deployOptions.wait = plan->wait;
    deployOptions.waitTimeoutMs = plan->waitTimeoutMs;
    switch (publisher.deploy(*client, derived.app, settings.flavour, deployOptions)) {
    case ExportPublisher::Outcome::Deployed:
        return Ok;
    case ExportPublisher::Outcome::DeployFailed:
        return DeployFailed;
    case ExportPublisher::Outcome::DeploymentFailed:
        return DeploymentFailed;
    }
    return DeployFailed;
}

} // namespace habmesos
