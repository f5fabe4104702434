// SPDX-License-Identifier: Apache-2.0
#include "exportcommand.h"

#include "artifactinspector.h"
#include "demopackages.h"
#include "exportjob.h"
#include "habitatappbuilder.h"
#include "keycache.h"
#include "marathonjsonwriter.h"
#include "marathonvalidator.h"
#include "packagerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>
#include <QUrl>

#include <cstdio>
#include <unistd.h>

namespace habmesos {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').trimmed();
}

// --opt given, else the environment variable (as the original script's ${CPU:=0.5}), else the default.
QString optionOrEnv(const QCommandLineParser& parser, const QString& option, const char* env, const QString& fallback)
{
    if (parser.isSet(option))
        return parser.value(option);
    const QString fromEnv = qEnvironmentVariable(env);
    return fromEnv.isEmpty() ? fallback : fromEnv;
}

QString defaultSegmentCache()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/habmesos/segments");
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
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a Habitat package as a Mesos container tarball and print its Marathon application JSON.\n"
           "Exit status: 0 done, 1 the export failed, 2 usage error, 7 the application definition is invalid."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("package"), tr("A package ident (origin/name[/version[/release]]) or a .hart file"));
    const QCommandLineOption cpu(
        QStringLiteral("cpu"), tr("CPUs for the application (default 0.5, or $CPU)"), QStringLiteral("N"));
    const QCommandLineOption mem(
        QStringLiteral("mem"), tr("Memory in MiB (default 256, or $MEM)"), QStringLiteral("N"));
    const QCommandLineOption disk(QStringLiteral("disk"), tr("Disk in MiB (default 0, or $DISK)"), QStringLiteral("N"));
    const QCommandLineOption instances(
        QStringLiteral("instances"), tr("Number of instances (default 1, or $INSTANCES)"), QStringLiteral("N"));
    const QCommandLineOption outputDir(QStringLiteral("output-dir"),
        tr("Where the tarball goes (default: the current directory)"), QStringLiteral("DIR"));
    const QCommandLineOption cacheDir(QStringLiteral("cache-dir"),
        tr("The artifact cache (default /hab/cache/artifacts or ~/.hab/cache/artifacts)"), QStringLiteral("DIR"));
    const QCommandLineOption keyDir(QStringLiteral("key-dir"),
        tr("The public key cache (default $HAB_CACHE_KEY_PATH, /hab/cache/keys or ~/.hab/cache/keys)"),
        QStringLiteral("DIR"));
    const QCommandLineOption pkgsDir(
        QStringLiteral("pkgs-dir"), tr("Installed packages (default /hab/pkgs)"), QStringLiteral("DIR"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Tarball compression: tgz (default), txz or tar"),
        QStringLiteral("FORMAT"), QStringLiteral("tgz"));
    const QCommandLineOption uri(QStringLiteral("uri"),
        tr("Where Mesos agents download the tarball (a URL ending in / gets the tarball's name appended)"),
        QStringLiteral("URL"));
    const QCommandLineOption env(
        QStringLiteral("env"), tr("An environment variable for the service (repeatable)"), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption noSupervisorPorts(
        QStringLiteral("no-supervisor-ports"), tr("Do not expose the Supervisor's gossip and HTTP gateway ports"));
    const QCommandLineOption fixedPorts(QStringLiteral("fixed-ports"),
        tr("Use the package's own port numbers on the agents (requirePorts) instead of dynamic ports"));
    const QCommandLineOption legacyJson(
        QStringLiteral("legacy-json"), tr("JSON for Marathon before 1.5 (uris, ports)"));
    const QCommandLineOption jsonOnly(QStringLiteral("json-only"), tr("Print the JSON without building the tarball"));
    const QCommandLineOption segmentCache(QStringLiteral("segment-cache"),
        tr("Where compressed packages are kept for fast re-export (default ~/.cache/habmesos/segments)"),
        QStringLiteral("DIR"));
    const QCommandLineOption noSegmentCache(
        QStringLiteral("no-segment-cache"), tr("Neither use nor fill the segment cache"));
    const QCommandLineOption allowUnverified(QStringLiteral("allow-unverified"),
        tr("Export artifacts whose signature cannot be verified (not recommended)"));
    const QCommandLineOption habPkg(QStringLiteral("hab-pkg"),
        tr("The hab package (default: newest of chef/hab, core/hab)"), QStringLiteral("IDENT"));
    const QCommandLineOption supPkg(QStringLiteral("sup-pkg"),
        tr("The Supervisor package (default: newest of chef/hab-sup, core/hab-sup)"), QStringLiteral("IDENT"));
    const QCommandLineOption launcherPkg(QStringLiteral("launcher-pkg"),
        tr("The Launcher package (default: newest of chef/hab-launcher, core/hab-launcher)"), QStringLiteral("IDENT"));
    const QCommandLineOption busyboxPkg(QStringLiteral("busybox-pkg"),
        tr("The busybox package (default: newest of chef/busybox-static, core/busybox-static)"),
        QStringLiteral("IDENT"));
    const QCommandLineOption cacertsPkg(QStringLiteral("cacerts-pkg"),
        tr("The CA certificates package (default: newest present, optional)"), QStringLiteral("IDENT"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), tr("Export the built-in demo package (written on first use)"));
    parser.addOptions({ demo, cpu, mem, disk, instances, outputDir, cacheDir, keyDir, pkgsDir, format, uri, env,
        noSupervisorPorts, fixedPorts, legacyJson, jsonOnly, segmentCache, noSegmentCache, allowUnverified, habPkg,
        supPkg, launcherPkg, busyboxPkg, cacertsPkg });

    auto usage = [&](const QString& message) {
        err << QStringLiteral("habmesos export: ") << oneLine(message) << Qt::endl;
        return UsageError;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        out.flush();
        return Ok;
    }
    QStringList positional = parser.positionalArguments();
    std::optional<DemoPackages::Location> demoLocation;
    if (parser.isSet(demo)) {
        auto location = DemoPackages::ensure();
        if (!location) {
            err << QStringLiteral("habmesos export: ") << oneLine(location.error()) << Qt::endl;
            return Failed;
        }
        demoLocation = location.value();
        if (positional.isEmpty())
            positional.append(demoLocation->package);
    }
    if (positional.size() != 1)
        return usage(positional.isEmpty() ? tr("name one package (an ident or a .hart file)")
                                          : tr("name exactly one package; got %1").arg(positional.join(u' ')));

    // Resources: parsed up front so a typo fails before any work.
    auto number = [&](const QCommandLineOption& option, const char* envName, const QString& fallback, double* value) {
        const QString text = optionOrEnv(parser, option.names().first(), envName, fallback);
        bool ok = false;
        *value = text.toDouble(&ok);
        if (!ok)
            return tr("--%1: “%2” is not a number").arg(option.names().first(), text);
        return QString();
    };
    double cpus = 0, memory = 0, diskSpace = 0, count = 0;
    for (const QString& problem : { number(cpu, "CPU", QStringLiteral("0.5"), &cpus),
             number(mem, "MEM", QStringLiteral("256"), &memory), number(disk, "DISK", QStringLiteral("0"), &diskSpace),
             number(instances, "INSTANCES", QStringLiteral("1"), &count) }) {
        if (!problem.isEmpty())
            return usage(problem);
    }
    if (count != std::floor(count))
        return usage(tr("--instances: “%1” is not a whole number").arg(count));
    const auto tarballFormat = tarballFormatForFileName(QStringLiteral("x.") + parser.value(format));
    if (!tarballFormat)
        return usage(tr("--format: “%1” is not one of tgz, txz, tar").arg(parser.value(format)));
    MarathonKeyValues extraEnv;
    for (const QString& pair : parser.values(env)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return usage(tr("--env: “%1” is not KEY=VALUE").arg(pair));
        extraEnv.append({ pair.left(eq), pair.mid(eq + 1) });
    }

    ExportOptions options;
    options.package = positional.first();
    options.artifactCache = parser.value(cacheDir);
    options.keyDir = parser.value(keyDir);
    options.installedRoot = parser.value(pkgsDir);
    if (demoLocation) {
        options.artifactCache = demoLocation->artifactCache;
        options.keyDir = demoLocation->keyDir;
        options.useInstalled = false; // the demo stands on its own
    }
    options.outputDir = parser.value(outputDir);
    options.format = *tarballFormat;
    options.allowUnverified = parser.isSet(allowUnverified);
    options.habPackage = parser.value(habPkg);
    options.supPackage = parser.value(supPkg);
    options.launcherPackage = parser.value(launcherPkg);
    options.busyboxPackage = parser.value(busyboxPkg);
    options.cacertsPackage = parser.value(cacertsPkg);
    if (!parser.isSet(noSegmentCache))
        options.segmentCache = parser.isSet(segmentCache) ? parser.value(segmentCache) : defaultSegmentCache();
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

    // The package facts the definition is made from.
    PackageMetadata service;
    QString tarballName;
    QString tarballPath;
    if (parser.isSet(jsonOnly)) {
        PackageRepository::Options ro;
        ro.artifactCache = options.artifactCache;
        ro.installedRoot = options.installedRoot;
        ro.useInstalled = options.useInstalled;
        PackageRepository repository(ro);
        std::optional<PackageRef> ref;
        if (options.package.endsWith(QLatin1String(".hart")) || QFileInfo(options.package).isFile()) {
            auto added = repository.addArtifact(options.package);
            if (!added) {
                err << QStringLiteral("habmesos export: ") << oneLine(added.error()) << Qt::endl;
                return Failed;
            }
            ref = added.value();
        } else {
            const auto ident = PackageIdent::parse(options.package);
            if (!ident)
                return usage(ident.error());
            repository.scan();
            ref = repository.resolve(ident.value());
            if (!ref) {
                err << QStringLiteral("habmesos export: ")
                    << tr("no package %1 in %2").arg(options.package, repository.artifactCacheDir()) << Qt::endl;
                return Failed;
            }
        }
        const auto artifact = ref->isArtifact()
            ? ArtifactInspector::inspectArtifact(ref->path, KeyCache(options.keyDir))
            : ArtifactInspector::inspectInstalled(ref->path);
        if (!artifact) {
            err << QStringLiteral("habmesos export: ") << oneLine(artifact.error()) << Qt::endl;
            return Failed;
        }
        if (artifact->source == PackageArtifact::Source::Artifact && !artifact->isTrusted()
            && !options.allowUnverified) {
            err << QStringLiteral("habmesos export: ") << oneLine(artifact->verificationDetail) << Qt::endl;
            return Failed;
        }
        service = artifact->metadata;
        tarballName = service.ident.archiveStem() + tarballSuffix(options.format);
        tarballPath
            = QDir(options.outputDir.isEmpty() ? QDir::currentPath() : options.outputDir).absoluteFilePath(tarballName);
    } else {
        ExportJob job(options);
        const auto result = job.run();
        if (progressToTerminal)
            err << Qt::endl;
        if (!result) {
            err << QStringLiteral("habmesos export: ") << oneLine(result.error()) << Qt::endl;
            return Failed;
        }
        for (const QString& warning : result->warnings)
            err << QStringLiteral("habmesos export: warning: ") << oneLine(warning) << Qt::endl;
        service = result->service;
        tarballName = result->tarballName;
        tarballPath = result->tarballPath;
    }

    HabitatPackageFacts facts;
    facts.origin = service.ident.origin();
    facts.name = service.ident.name();
    facts.version = service.ident.version();
    facts.release = service.ident.release();
    for (quint16 port : service.exposes)
        facts.exposes.append(port);
    for (const auto& [name, key] : service.exports)
        facts.exports.append({ name, key });
    facts.defaultToml = QString::fromUtf8(service.defaultToml);
    facts.svcUser = service.svcUser;
    facts.svcGroup = service.svcGroup;
    facts.tarballFileName = tarballName;
    if (parser.isSet(uri)) {
        QString where = parser.value(uri);
        if (where.endsWith(u'/'))
            where += tarballName;
        facts.fetchUri = where;
    } else {
        // A real location, never an empty string: agents that see the same path (shared storage)
        // can fetch it as it is; anything else needs --uri.
        facts.fetchUri = QUrl::fromLocalFile(tarballPath).toString();
        err << QStringLiteral("habmesos export: ")
            << tr("note: no --uri given, so the fetch URI is the local file %1; agents must see that path")
                   .arg(facts.fetchUri)
            << Qt::endl;
    }
    const MarathonFlavour flavour = parser.isSet(legacyJson) ? MarathonFlavour::Legacy : MarathonFlavour::Current;
    HabitatAppOptions appOptions;
    appOptions.supervisorPorts = !parser.isSet(noSupervisorPorts);
    appOptions.healthCheck = appOptions.supervisorPorts;
    appOptions.ports = parser.isSet(fixedPorts) ? HabitatAppOptions::Ports::Fixed : HabitatAppOptions::Ports::Dynamic;
    auto built = HabitatAppBuilder::build(facts, appOptions);
    built.app.cpus = cpus;
    built.app.mem = memory;
    built.app.disk = diskSpace;
    built.app.instances = int(count);
    for (const MarathonKeyValue& kv : extraEnv)
        built.app.setEnv(kv.key, kv.value);

    FieldProblems problems = built.problems + MarathonValidator::validate(built.app);
    if (flavour == MarathonFlavour::Legacy)
        problems += MarathonJsonWriter::legacyLosses(built.app);
    bool invalid = false;
    for (const FieldProblem& p : problems) {
        const bool error = p.severity == FieldProblem::Severity::Error;
        invalid |= error;
        err << QStringLiteral("habmesos export: ") << (error ? tr("error") : tr("warning")) << QStringLiteral(": ")
            << (p.field.isEmpty() ? QString() : p.field + QStringLiteral(": ")) << oneLine(p.message) << Qt::endl;
    }
    if (invalid)
        return InvalidDefinition;
    out << QString::fromUtf8(MarathonJsonWriter::write(built.app, flavour));
    out.flush();
    return Ok;
}

} // namespace habmesos
