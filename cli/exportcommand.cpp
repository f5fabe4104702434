// SPDX-License-Identifier: Apache-2.0
#include "cli/exportcommand.h"

#include "package/artifactinspector.h"
#include "package/demopackages.h"
#include "export/exportjob.h"
#include "cli/exportpublisher.h"
#include "marathon/habitatappbuilder.h"
#include "marathon/habitatconfig.h"
#include "package/keycache.h"
#include "marathon/marathonclient.h"
#include "marathon/marathonconstrainttext.h"
#include "marathon/marathonjsonwriter.h"
#include "marathon/marathonvalidator.h"
#include "package/packagerepository.h"
#include "package/packagetarget.h"
#include "marathon/portplacement.h"
#include "cli/secretinput.h"
#include "cli/subcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <unistd.h>

namespace habmesos {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExportCommand", text);
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

// QCommandLineParser lists options in one block; with some forty of them the help is readable only
// in groups, so the text is laid out here (in Qt's format) from the same option objects.
struct OptionGroup
{
    QString title;
    QList<QCommandLineOption> options;
};

QString helpText(const QString& description, const QList<OptionGroup>& groups, const QString& epilogue)
{
    auto namesOf = [](const QCommandLineOption& o) {
        QStringList names;
        for (const QString& n : o.names())
            names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
        QString text = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            text += QStringLiteral(" <%1>").arg(o.valueName());
        return text;
    };
    constexpr int column = 30;
    constexpr int width = 100;
    auto wrap = [&](const QString& text, int indent) {
        QStringList lines;
        QString current;
        for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
            if (!current.isEmpty() && indent + current.size() + 1 + word.size() > width) {
                lines.append(current);
                current.clear();
            }
            current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines.append(current);
        return lines.join(u'\n' + QString(indent, u' '));
    };
    QString out = tr("Usage: habmesos export [options] <package>\n") + wrap(description, 0) + u'\n';
    for (const OptionGroup& group : groups) {
        out += u'\n' + group.title + QStringLiteral(":\n");
        for (const QCommandLineOption& o : group.options) {
            QString names = QStringLiteral("  ") + namesOf(o);
            if (names.size() + 2 > column)
                out += names + u'\n' + QString(column, u' ');
            else
                out += names.leftJustified(column);
            out += wrap(o.description(), column) + u'\n';
        }
    }
    out += tr("\nArguments:\n  package                     A package ident (origin/name[/version[/release]]) or a "
              ".hart file\n");
    return out + epilogue;
}

// The values of a repeatable KEY=VALUE option; the error names the first that is not one.
Result<MarathonKeyValues> keyValuesOf(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    MarathonKeyValues out;
    for (const QString& pair : parser.values(option)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return Result<MarathonKeyValues>::failure(
                tr("--%1: “%2” is not KEY=VALUE").arg(option.names().first(), pair));
        out.append({ pair.left(eq), pair.mid(eq + 1) });
    }
    return out;
}

// A URL option: http or https, and no credentials in it (they would be visible in `ps`).
QString checkUrl(const QString& option, const QString& text, QUrl* url)
{
    *url = QUrl(text, QUrl::StrictMode);
    if (!url->isValid() || url->host().isEmpty() || (url->scheme() != u"http" && url->scheme() != u"https"))
        return tr("--%1: “%2” is not an http or https URL")
            .arg(option, QUrl(text).toDisplayString(QUrl::RemoveUserInfo));
    if (!url->userInfo().isEmpty())
        return tr("--%1: put no user or password in the URL (they would be visible to other users); use the "
                  "credential options")
            .arg(option);
    return {};
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
    const QCommandLineOption cpu(
        QStringLiteral("cpu"), tr("CPUs for the application (default 0.5, or $CPU)"), QStringLiteral("N"));
    const QCommandLineOption mem(
        QStringLiteral("mem"), tr("Memory in MiB (default 256, or $MEM)"), QStringLiteral("N"));
    const QCommandLineOption disk(QStringLiteral("disk"),
        tr("Disk in MiB (default: sized from the tarball, its extracted tree and room for the service's data; or "
           "$DISK); “auto” sizes it"),
        QStringLiteral("N"));
    const QCommandLineOption instances(
        QStringLiteral("instances"), tr("Number of instances (default 1, or $INSTANCES)"), QStringLiteral("N"));
    const QCommandLineOption killGracePeriod(QStringLiteral("kill-grace-period"),
        tr("Seconds Mesos waits after asking the task to stop before it kills it, 0 to 86400 "
           "(taskKillGracePeriodSeconds; default: the package's SHUTDOWN_TIMEOUT, or Habitat's 8, plus 10)"),
        QStringLiteral("SECONDS"));
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
    const QCommandLineOption mesosAgents(QStringLiteral("mesos-agents"),
        tr("The Mesos version of the agents: 1.7 (default: 1.7 or later, whose fetcher cannot extract names "
           "that are not ASCII, so the export refuses them) or 1.6 (1.6 or earlier, which extract with GNU tar)"),
        QStringLiteral("VERSION"), QStringLiteral("1.7"));
    const QCommandLineOption uri(QStringLiteral("uri"),
        tr("Where Mesos agents download the tarball (a URL ending in / gets the tarball's name appended); "
           "overrides the address an upload gives"),
        QStringLiteral("URL"));
    const QCommandLineOption appIdOption(QStringLiteral("id"),
        tr("The Marathon application id (default /origin/name, made valid)"), QStringLiteral("ID"));
    const QCommandLineOption env(
        QStringLiteral("env"), tr("An environment variable for the service (repeatable)"), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption config(QStringLiteral("config"),
        tr("Set a key of the service's configuration (repeatable): a dotted key from default.toml and a TOML "
           "value, e.g. log_level='\"debug\"' or http.port=8081; they go into HAB_<PKG>"),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption noSupervisorPorts(QStringLiteral("no-supervisor-ports"),
        tr("Do not expose the Supervisor's gossip and HTTP gateway ports: it then binds 9638, 9631 and 9632 on the "
           "agent, so only one instance fits on an agent, and the default health check goes with them"));
    const QCommandLineOption healthCheck(QStringLiteral("health-check"),
        tr("Change the health check (repeatable): KEY is protocol, path, portName, command, gracePeriodSeconds, "
           "intervalSeconds, timeoutSeconds, maxConsecutiveFailures or ignoreHttp1xx; the rest stays as the "
           "default check has it: MESOS_HTTP (HTTP with --legacy-json) on the Supervisor's HTTP gateway"),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption constraint(QStringLiteral("constraint"),
        tr("A placement constraint (repeatable), as Marathon writes them: hostname:UNIQUE, rack:GROUP_BY:3, "
           "zone:LIKE:eu-.*"),
        QStringLiteral("FIELD:OPERATOR[:VALUE]"));
    const QCommandLineOption label(
        QStringLiteral("label"), tr("A label on the application (repeatable)"), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption noHealthCheck(QStringLiteral("no-health-check"), tr("Define no health check"));
    const QCommandLineOption fixedPorts(QStringLiteral("fixed-ports"),
        tr("Use the package's own port numbers on the agents (requirePorts) instead of dynamic ports: 8080, 9638, "
           "9631, 9632 and the like, which stock agents do not offer, so this is an error unless --agent-ports "
           "includes them; change single numbers with --port"));
    const QCommandLineOption agentPorts(QStringLiteral("agent-ports"),
        tr("The port ranges the Mesos agents offer (their --resources ports; default 31000-32000): fixed ports must "
           "lie in them. Repeatable, or comma-separated: 31000-32000,8000-9000 or [31000-32000, 8000-9000]"),
        QStringLiteral("LOW-HIGH"));
    const QCommandLineOption legacyJson(QStringLiteral("legacy-json"),
        tr("JSON for Marathon before 1.0 (uris, ports, HTTP health check); 1.0 and later take the current JSON"));
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
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help"));
    const QCommandLineOption port(QStringLiteral("port"),
        tr("Fix the host port of the named port (e.g. hab-http=31631; repeatable); the app then requires its ports "
           "as numbered (requirePorts), so every port needs a number: give one for each, or use --fixed-ports and "
           "change some with --port. The numbers must lie in --agent-ports"),
        QStringLiteral("NAME=NUMBER"));
    const QCommandLineOption upload(QStringLiteral("upload"),
        tr("After building, HTTP PUT the tarball to URL (WebDAV, a pre-signed URL; a URL ending in / gets the "
           "tarball's name appended), or “marathon”: the artifact store of the --deploy server (Marathon 0.7 to "
           "1.4). The fetch URI in the JSON is then the uploaded file"),
        QStringLiteral("URL"));
    const QCommandLineOption uploadUser(QStringLiteral("upload-user"),
        tr("HTTP Basic user for --upload URL; the password comes from --upload-password-file or "
           "$HABMESOS_UPLOAD_PASSWORD"),
        QStringLiteral("USER"));
    const QCommandLineOption uploadPasswordFile(QStringLiteral("upload-password-file"),
        tr("Read the --upload-user's password from FILE (- for standard input)"), QStringLiteral("FILE"));
    const QCommandLineOption deploy(QStringLiteral("deploy"),
        tr("Create the app on this Marathon (http(s)://host:8080, https://cluster/service/marathon), or update it "
           "when it exists. The JSON is printed first all the same"),
        QStringLiteral("URL"));
    const QCommandLineOption force(QStringLiteral("force"),
        tr("When running deployments lock the app, cancel them and deploy anyway (Marathon's force=true)"));
    const QCommandLineOption wait(
        QStringLiteral("wait"), tr("Follow the deployment until the app's tasks run, each change on standard error"));
    const QCommandLineOption waitTimeout(
        QStringLiteral("wait-timeout"), tr("Give up waiting after SECONDS (default 600)"), QStringLiteral("SECONDS"));
    const QCommandLineOption requestDeadline(QStringLiteral("request-deadline"),
        tr("Give up a call to Marathon that has not answered completely within SECONDS (default 120)"),
        QStringLiteral("SECONDS"));
    const QCommandLineOption uploadDeadline(QStringLiteral("upload-deadline"),
        tr("Give up an upload that has not finished within SECONDS (default 3600)"), QStringLiteral("SECONDS"));
    const QCommandLineOption user(QStringLiteral("user"),
        tr("Log in to Marathon as USER with HTTP Basic (or to DC/OS, with --dcos-login); the password comes from "
           "--password-file or $HABMESOS_MARATHON_PASSWORD"),
        QStringLiteral("USER"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        tr("Read the password from FILE (- for standard input)"), QStringLiteral("FILE"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
        tr("Read a DC/OS authentication token from FILE (- for standard input); without --user and --token-file, "
           "$HABMESOS_MARATHON_TOKEN is used when set"),
        QStringLiteral("FILE"));
    const QCommandLineOption dcosLogin(QStringLiteral("dcos-login"),
        tr("Exchange --user and the password for a DC/OS token at the cluster's login endpoint, instead of HTTP "
           "Basic"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
        tr("Trust the CA certificates in FILE (PEM or DER) besides the system's, for --deploy and --upload"),
        QStringLiteral("FILE"));
    const QList<OptionGroup> groups {
        { tr("Package"), { demo, cacheDir, keyDir, pkgsDir, allowUnverified } },
        { tr("Resources (as `hab pkg export mesos`: --cpu=2 or --cpu 2)"),
            { cpu, mem, disk, instances, killGracePeriod } },
        { tr("Application"),
            { appIdOption, env, config, port, noSupervisorPorts, fixedPorts, agentPorts, healthCheck, noHealthCheck,
                constraint, label, uri, legacyJson } },
        { tr("Output"), { outputDir, format, mesosAgents, jsonOnly, segmentCache, noSegmentCache } },
        { tr("Upload"), { upload, uploadUser, uploadPasswordFile, uploadDeadline } },
        { tr("Deploy to Marathon"), { deploy, force, wait, waitTimeout, requestDeadline } },
        { tr("Credentials (for --deploy and --upload marathon; never on the command line itself)"),
            { user, passwordFile, tokenFile, dcosLogin, caFile } },
        { tr("Supervisor packages"), { habPkg, supPkg, launcherPkg, busyboxPkg, cacertsPkg } },
        { tr("Help"), { help } },
    };
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("package"), QString());
    for (const OptionGroup& group : groups)
        parser.addOptions(group.options);
    const QString description
        = tr("Export a Habitat package as a Mesos container tarball and print its Marathon application JSON on "
             "standard output (nothing else goes there). Optionally upload the tarball and deploy the app.");
    const QString epilogue = tr("\nEnvironment:\n"
                                "  CPU, MEM, DISK, INSTANCES   Defaults for --cpu, --mem, --disk, --instances\n"
                                "  HABMESOS_MARATHON_PASSWORD  The password for --user (without --password-file)\n"
                                "  HABMESOS_MARATHON_TOKEN     A DC/OS token (without --user and --token-file)\n"
                                "  HABMESOS_UPLOAD_PASSWORD    The password for --upload-user\n"
                                "\nExit status:\n"
                                "  0   done\n"
                                "  1   the export failed\n"
                                "  2   usage error (a bad option or value, an unreadable password file)\n"
                                "  7   the application definition breaks Marathon's rules\n"
                                "  8   the upload failed\n"
                                "  9   the deploy failed: Marathon unreachable, credentials refused, the app locked or "
                                "refused\n"
                                "  10  the deployment failed or did not finish within --wait-timeout\n");

    auto usage = [&](const QString& message) {
        err << QStringLiteral("habmesos export: ") << Subcommand::oneLine(message) << Qt::endl;
        return UsageError;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << helpText(description, groups, epilogue);
        out.flush();
        return Ok;
    }
    QStringList positional = parser.positionalArguments();
    std::optional<DemoPackages::Location> demoLocation;
    if (parser.isSet(demo)) {
        auto location = DemoPackages::ensure();
        if (!location) {
            err << QStringLiteral("habmesos export: ") << Subcommand::oneLine(location.error()) << Qt::endl;
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
    double cpus = 0, memory = 0, count = 0;
    for (const QString& problem :
        { number(cpu, "CPU", QStringLiteral("0.5"), &cpus), number(mem, "MEM", QStringLiteral("256"), &memory),
            number(instances, "INSTANCES", QStringLiteral("1"), &count) }) {
        if (!problem.isEmpty())
            return usage(problem);
    }
    // Given (--disk or $DISK, 0 included) it is the operator's; unset or "auto", the builder sizes
    // it from the tarball.
    std::optional<double> diskSpace;
    if (const QString text = optionOrEnv(parser, QStringLiteral("disk"), "DISK", QString()).trimmed();
        !text.isEmpty() && text != QLatin1String("auto")) {
        double value = 0;
        if (const QString problem = number(disk, "DISK", QString(), &value); !problem.isEmpty())
            return usage(problem);
        diskSpace = value;
    }
    PortRanges agentPortRanges;
    for (const QString& text : parser.values(agentPorts)) {
        const auto ranges = PortPlacement::parseRanges(text);
        if (!ranges)
            return usage(QStringLiteral("--agent-ports: ") + ranges.error());
        agentPortRanges += ranges.value();
    }
    if (agentPortRanges.isEmpty())
        agentPortRanges = PortPlacement::defaultAgentPorts();
    if (count != std::floor(count))
        return usage(tr("--instances: “%1” is not a whole number").arg(count));
    if (std::abs(count) > std::numeric_limits<int>::max())
        return usage(tr("--instances: %1 is too large").arg(count));
    std::optional<int> killGraceSeconds;
    if (parser.isSet(killGracePeriod)) {
        bool ok = false;
        const int seconds = parser.value(killGracePeriod).toInt(&ok);
        if (!ok || seconds < 0 || seconds > HabitatAppBuilder::MaxKillGracePeriod)
            return usage(tr("--kill-grace-period: “%1” is not a whole number of seconds from 0 to %2")
                             .arg(parser.value(killGracePeriod))
                             .arg(HabitatAppBuilder::MaxKillGracePeriod));
        killGraceSeconds = seconds;
    }
    const auto tarballFormat = tarballFormatForFileName(QStringLiteral("x.") + parser.value(format));
    if (!tarballFormat)
        return usage(tr("--format: “%1” is not one of tgz, txz, tar").arg(parser.value(format)));
    // Only the fetcher's generation matters: 1.7 stands for "1.7 or later", 1.6 for "1.6 or earlier".
    const QString agentsVersion = parser.value(mesosAgents);
    if (agentsVersion != QLatin1String("1.6") && agentsVersion != QLatin1String("1.7"))
        return usage(
            tr("--mesos-agents: “%1” is not one of 1.6 (1.6 or earlier), 1.7 (1.7 or later)").arg(agentsVersion));
    const AgentFetcher agentFetcher
        = agentsVersion == QLatin1String("1.6") ? AgentFetcher::GnuTar : AgentFetcher::Libarchive;
    const auto extraEnv = keyValuesOf(parser, env);
    const auto labels = keyValuesOf(parser, label);
    const auto configPairs = keyValuesOf(parser, config);
    const auto healthCheckPairs = keyValuesOf(parser, healthCheck);
    for (const auto* pairs : { &extraEnv, &labels, &configPairs, &healthCheckPairs }) {
        if (!*pairs)
            return usage(pairs->error());
    }

    QList<std::pair<QString, int>> fixedPortNumbers;
    for (const QString& pair : parser.values(port)) {
        const qsizetype eq = pair.indexOf(u'=');
        bool ok = false;
        const int number = eq > 0 ? pair.mid(eq + 1).toInt(&ok) : 0;
        if (eq <= 0 || !ok || number < 1 || number > 65535)
            return usage(tr("--port: “%1” is not NAME=NUMBER with a port number from 1 to 65535").arg(pair));
        fixedPortNumbers.append({ pair.left(eq), number });
    }

    // Configuration values are checked as TOML now (a typo fails before any work); their keys when
    // the package's default.toml is known.
    QList<std::pair<QStringList, QString>> configChanges;
    for (const MarathonKeyValue& kv : configPairs.value()) {
        const QStringList keys = HabitatConfig::splitExportPath(kv.key.trimmed());
        if (keys.isEmpty())
            return usage(tr("--config: “%1” is not a configuration key").arg(kv.key));
        HabitatConfig scratch;
        if (const Status status = scratch.setValue(keys, kv.value); !status)
            return usage(QStringLiteral("--config: ") + status.error()); // the error names the key
        configChanges.append({ keys, kv.value });
    }

    QList<MarathonConstraint> constraints;
    for (const QString& text : parser.values(constraint)) {
        const auto parsed = MarathonConstraintText::parse(text);
        if (!parsed)
            return usage(QStringLiteral("--constraint: ") + parsed.error());
        constraints.append(parsed.value());
    }
    // Checked against a scratch copy now; applied to the package's own health check below.
    for (const MarathonKeyValue& kv : healthCheckPairs.value()) {
        HealthCheckSettings scratch;
        if (const Status status = scratch.set(kv.key, kv.value); !status)
            return usage(QStringLiteral("--health-check: ") + status.error());
    }
    if (!healthCheckPairs->isEmpty() && parser.isSet(noHealthCheck))
        return usage(tr("--health-check and --no-health-check contradict each other"));

    // The network side: checked before any work, secrets read now (a wrong file fails fast).
    const bool deploying = parser.isSet(deploy);
    const bool toArtifactStore = parser.isSet(upload) && parser.value(upload) == u"marathon";
    for (const QCommandLineOption* needsDeploy : { &force, &wait, &waitTimeout, &requestDeadline }) {
        if (parser.isSet(*needsDeploy) && !deploying)
            return usage(tr("--%1 is for --deploy").arg(needsDeploy->names().first()));
    }
    for (const QCommandLineOption* credential : { &user, &passwordFile, &tokenFile, &dcosLogin }) {
        if (parser.isSet(*credential) && !deploying)
            return usage(tr("--%1 is for --deploy (and --upload marathon)").arg(credential->names().first()));
    }
    if (toArtifactStore && !deploying)
        return usage(tr("--upload marathon uses the artifact store of the --deploy server; give --deploy URL"));
    if (parser.isSet(upload) && parser.isSet(jsonOnly))
        return usage(tr("--upload needs the tarball, which --json-only does not build"));
    // Without a tarball the local file:// fallback names nothing: every agent would fail to fetch it.
    if (deploying && parser.isSet(jsonOnly) && !parser.isSet(uri))
        return usage(tr("--deploy with --json-only needs --uri: where the agents download the tarball"));
    if ((parser.isSet(uploadUser) || parser.isSet(uploadPasswordFile)) && (!parser.isSet(upload) || toArtifactStore))
        return usage(tr("--upload-user and --upload-password-file are for --upload URL"));
    if (parser.isSet(uploadPasswordFile) && !parser.isSet(uploadUser))
        return usage(tr("--upload-password-file needs --upload-user"));
    if (parser.isSet(user) && parser.isSet(tokenFile))
        return usage(tr("give either --user (with a password) or --token-file, not both"));
    if (parser.isSet(dcosLogin) && !parser.isSet(user))
        return usage(tr("--dcos-login needs --user (the DC/OS uid)"));
    if (parser.isSet(passwordFile) && !parser.isSet(user))
        return usage(tr("--password-file needs --user"));
    {
        int fromStdin = 0;
        for (const QCommandLineOption* file : { &passwordFile, &tokenFile, &uploadPasswordFile })
            fromStdin += parser.isSet(*file) && parser.value(*file) == u"-";
        if (fromStdin > 1)
            return usage(tr("only one secret can be read from standard input (-)"));
    }
    QUrl deployUrl;
    if (deploying) {
        if (const QString problem = checkUrl(QStringLiteral("deploy"), parser.value(deploy), &deployUrl);
            !problem.isEmpty())
            return usage(problem);
    }
    QUrl uploadUrl;
    if (parser.isSet(upload) && !toArtifactStore) {
        if (const QString problem = checkUrl(QStringLiteral("upload"), parser.value(upload), &uploadUrl);
            !problem.isEmpty())
            return usage(problem);
    }
    if (parser.isSet(uploadDeadline) && !parser.isSet(upload))
        return usage(tr("--upload-deadline is for --upload"));
    // A number of seconds in (0, 7 days] as milliseconds, or nullopt after a usage error.
    auto milliseconds = [&](const QCommandLineOption& option, int fallbackMs) -> std::optional<int> {
        if (!parser.isSet(option))
            return fallbackMs;
        bool ok = false;
        const double seconds = parser.value(option).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 7 * 24 * 3600) {
            usage(tr("--%1: “%2” is not a number of seconds").arg(option.names().first(), parser.value(option)));
            return std::nullopt;
        }
        return int(std::ceil(seconds * 1000));
    };
    const auto waitTimeoutMs = milliseconds(waitTimeout, 600 * 1000);
    const auto requestDeadlineMs = milliseconds(requestDeadline, MarathonClient::Options {}.deadlineMs);
    const auto uploadDeadlineMs = milliseconds(uploadDeadline, TarballUploader::Options {}.deadlineMs);
    if (!waitTimeoutMs || !requestDeadlineMs || !uploadDeadlineMs)
        return UsageError;
    MarathonAuth auth;
    if (parser.isSet(user)) {
        QString password;
        if (parser.isSet(passwordFile)) {
            const auto read = SecretInput::fromFile(parser.value(passwordFile), QStringLiteral("--password-file"));
            if (!read)
                return usage(read.error());
            password = read.value();
        } else {
            password = SecretInput::fromEnvironment("HABMESOS_MARATHON_PASSWORD");
            if (password.isEmpty())
                return usage(tr("--user needs a password: --password-file FILE, or $HABMESOS_MARATHON_PASSWORD"));
        }
        auth = parser.isSet(dcosLogin) ? MarathonAuth::dcosLogin(parser.value(user), password)
                                       : MarathonAuth::basic(parser.value(user), password);
    } else if (parser.isSet(tokenFile)) {
        const auto read = SecretInput::fromFile(parser.value(tokenFile), QStringLiteral("--token-file"));
        if (!read)
            return usage(read.error());
        auth = MarathonAuth::dcosToken(read.value());
    } else if (deploying) {
        const QString token = SecretInput::fromEnvironment("HABMESOS_MARATHON_TOKEN");
        if (!token.isEmpty())
            auth = MarathonAuth::dcosToken(token);
    }
    TarballUploader::Options uploadOptions;
    uploadOptions.caFile = parser.value(caFile);
    uploadOptions.deadlineMs = *uploadDeadlineMs;
    if (parser.isSet(uploadUser)) {
        uploadOptions.user = parser.value(uploadUser);
        if (parser.isSet(uploadPasswordFile)) {
            const auto read
                = SecretInput::fromFile(parser.value(uploadPasswordFile), QStringLiteral("--upload-password-file"));
            if (!read)
                return usage(read.error());
            uploadOptions.password = read.value();
        } else {
            uploadOptions.password = SecretInput::fromEnvironment("HABMESOS_UPLOAD_PASSWORD");
            if (uploadOptions.password.isEmpty())
                return usage(tr("--upload-user needs a password: --upload-password-file FILE, or "
                                "$HABMESOS_UPLOAD_PASSWORD"));
        }
    }
    if (parser.isSet(caFile)) {
        // Read now: a wrong path should fail before the export, not after it.
        const auto tls = MarathonClient::tlsConfiguration(parser.value(caFile));
        if (!tls)
            return usage(QStringLiteral("--ca-file: ") + tls.error());
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
    options.agentFetcher = agentFetcher;
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
    qint64 extractedBytes = 0; // known after the export only
    qint64 tarballBytes = 0;
    if (parser.isSet(jsonOnly)) {
        PackageRepository::Options ro;
        ro.artifactCache = options.artifactCache;
        ro.installedRoot = options.installedRoot;
        ro.useInstalled = options.useInstalled;
        PackageRepository repository(ro);
        std::optional<PackageRef> ref;
        if (PackageRepository::namesFile(options.package)) {
            auto added = repository.addArtifact(options.package);
            if (!added) {
                err << QStringLiteral("habmesos export: ") << Subcommand::oneLine(added.error()) << Qt::endl;
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
            err << QStringLiteral("habmesos export: ") << Subcommand::oneLine(artifact.error()) << Qt::endl;
            return Failed;
        }
        if (artifact->source == PackageArtifact::Source::Artifact && !artifact->isTrusted()
            && !options.allowUnverified) {
            err << QStringLiteral("habmesos export: ") << Subcommand::oneLine(artifact->verificationDetail) << Qt::endl;
            return Failed;
        }
        service = artifact->metadata;
        // As the export itself refuses it (ExportJob): a JSON for a tarball that can never be built helps nobody.
        if (!PackageTarget::isLinux(service.target)) {
            err << QStringLiteral("habmesos export: ")
                << tr("%1 is built for %2; Mesos runs Linux containers").arg(service.ident.toString(), service.target)
                << Qt::endl;
            return Failed;
        }
        tarballName = service.ident.archiveStem() + tarballSuffix(options.format);
        tarballPath
            = QDir(options.outputDir.isEmpty() ? QDir::currentPath() : options.outputDir).absoluteFilePath(tarballName);
    } else {
        options.checkService = [](const PackageMetadata& service) {
            return HabitatAppBuilder::refusals(HabitatAppBuilder::factsFor(service, QString())).join(u' ');
        };
        ExportJob job(options);
        const auto result = job.run();
        if (progressToTerminal)
            err << Qt::endl;
        if (!result) {
            err << QStringLiteral("habmesos export: ") << Subcommand::oneLine(result.error()) << Qt::endl;
            return Failed;
        }
        for (const QString& warning : result->warnings)
            err << QStringLiteral("habmesos export: warning: ") << Subcommand::oneLine(warning) << Qt::endl;
        service = result->service;
        tarballName = result->tarballName;
        tarballPath = result->tarballPath;
        extractedBytes = result->extractedBytes;
        tarballBytes = result->tarballSize;
    }

    HabitatPackageFacts facts = HabitatAppBuilder::factsFor(service, tarballName);
    facts.extractedBytes = extractedBytes;
    facts.tarballBytes = tarballBytes;
    const MarathonFlavour flavour = parser.isSet(legacyJson) ? MarathonFlavour::Legacy : MarathonFlavour::Current;
    HabitatAppOptions appOptions;
    appOptions.supervisorPorts = !parser.isSet(noSupervisorPorts);
    appOptions.appId = parser.value(appIdOption);
    appOptions.killGracePeriodSeconds = killGraceSeconds;
    if (!configChanges.isEmpty()) {
        auto packageConfig = HabitatConfig::parse(facts.defaultToml, HabitatAppBuilder::defaultTomlName(facts));
        if (!packageConfig) {
            err << QStringLiteral("habmesos export: ") << Subcommand::oneLine(packageConfig.error()) << Qt::endl;
            return Failed;
        }
        for (const auto& [keys, value] : configChanges) {
            if (const Status status = packageConfig->setValue(keys, value); !status)
                return usage(QStringLiteral("--config: ") + status.error());
        }
        appOptions.config = packageConfig.value();
    }
    // As `hab pkg export mesos` users know it: the Supervisor's health check comes with its ports
    // (finish() says so when they are left out).
    appOptions.healthCheck = appOptions.supervisorPorts && !parser.isSet(noHealthCheck);
    appOptions.flavour = flavour;
    appOptions.agentPorts = agentPortRanges;
    appOptions.disk = diskSpace;
    if (!healthCheckPairs->isEmpty()) {
        HealthCheckSettings settings = HabitatAppBuilder::defaultHealthCheck(facts, flavour);
        for (const auto& [key, value] : healthCheckPairs.value())
            settings.set(key, value);
        appOptions.healthCheck = true;
        appOptions.healthCheckSettings = settings;
    }
    appOptions.ports = parser.isSet(fixedPorts) ? HabitatAppOptions::Ports::Fixed : HabitatAppOptions::Ports::Dynamic;

    // The definition for a fetch URI, with the command line's settings; its problems (the
    // validator's and what the legacy flavour loses) in `problems`, a usage error in `wrongPort`.
    FieldProblems problems;
    QString wrongPort;
    auto makeApp = [&](const QString& fetchUri) {
        facts.fetchUri = fetchUri;
        auto built = HabitatAppBuilder::build(facts, appOptions);
        built.app.cpus = cpus;
        built.app.mem = memory;
        built.app.instances = int(count);
        for (const MarathonKeyValue& kv : extraEnv.value())
            built.app.setEnv(kv.key, kv.value);
        built.app.constraints = constraints;
        built.app.labels = labels.value();
        // The launch command finds its ports by name ($PORT<index>), so fixing a number keeps it right.
        for (const auto& [name, number] : fixedPortNumbers) {
            // A named copy: clang before 16 cannot capture a structured binding.
            const QString& wanted = name;
            auto it = std::find_if(built.app.portDefinitions.begin(), built.app.portDefinitions.end(),
                [&](const MarathonPortDefinition& pd) { return pd.name == wanted; });
            if (it == built.app.portDefinitions.end()) {
                QStringList names;
                for (const MarathonPortDefinition& pd : built.app.portDefinitions)
                    names.append(pd.name);
                wrongPort = names.isEmpty() ? tr("--port: the app has no ports, so there is no port “%1”").arg(name)
                                            : tr("--port: no port named “%1”; the app's ports are %2")
                                                  .arg(name, names.join(QStringLiteral(", ")));
                break;
            }
            it->port = number;
            built.app.requirePorts = true;
        }
        // Fixed ports are all or nothing (PortPlacement); a --port for some of them only is a usage
        // error here, with the ways out.
        if (wrongPort.isEmpty() && !fixedPortNumbers.isEmpty() && built.app.requirePorts) {
            const QStringList dynamic = PortPlacement::dynamicPorts(built.app);
            if (!dynamic.isEmpty())
                wrongPort = tr("--port: with fixed ports every port needs a number, and %1 would stay dynamic (which "
                               "Marathon cannot place with requirePorts); give each of them a --port too, or use "
                               "--fixed-ports and change the numbers you need with --port")
                                .arg(dynamic.join(QStringLiteral(", ")));
        }
        HabitatAppBuilder::finish(built.app, facts, appOptions, built.config, built.problems);
        problems = built.problems + MarathonValidator::validate(built.app);
        if (flavour == MarathonFlavour::Legacy)
            problems += MarathonJsonWriter::legacyLosses(built.app);
        return built.app;
    };
    auto printProblems = [&] {
        bool invalid = false;
        for (const FieldProblem& p : problems) {
            const bool error = p.severity == FieldProblem::Severity::Error;
            invalid |= error;
            err << QStringLiteral("habmesos export: ") << (error ? tr("error") : tr("warning")) << QStringLiteral(": ")
                << (p.field.isEmpty() ? QString() : p.field + QStringLiteral(": ")) << Subcommand::oneLine(p.message)
                << Qt::endl;
        }
        return invalid;
    };

    std::unique_ptr<MarathonClient> client;
    if (deploying) {
        MarathonClient::Options clientOptions;
        clientOptions.url = deployUrl;
        clientOptions.auth = auth;
        clientOptions.caFile = parser.value(caFile);
        clientOptions.deadlineMs = *requestDeadlineMs;
        clientOptions.uploadDeadlineMs = *uploadDeadlineMs;
        client = std::make_unique<MarathonClient>(clientOptions);
    }
    ExportPublisher publisher(err, progressToTerminal, auth.mode() != MarathonAuth::Mode::None);

    QString fetchUri;
    if (parser.isSet(uri)) {
        fetchUri = parser.value(uri);
        if (fetchUri.endsWith(u'/'))
            fetchUri += tarballName;
    }
    if (parser.isSet(upload)) {
        QUrl target = uploadUrl;
        if (target.path().endsWith(u'/'))
            target.setPath(target.path() + tarballName);
        // Check the definition before the upload, with the address it will most likely get.
        QUrl expected = target;
        if (toArtifactStore) {
            expected = deployUrl;
            QString base = expected.path();
            while (base.endsWith(u'/'))
                base.chop(1);
            expected.setPath(base + QStringLiteral("/v2/artifacts/") + tarballName);
        }
        makeApp(fetchUri.isEmpty() ? expected.toString(QUrl::RemoveQuery) : fetchUri);
        if (!wrongPort.isEmpty())
            return usage(wrongPort);
        if (MarathonValidator::hasErrors(problems)) {
            printProblems();
            return InvalidDefinition;
        }
        const std::optional<QUrl> uploaded = toArtifactStore ? publisher.uploadToArtifactStore(*client, tarballPath)
                                                             : publisher.uploadTo(target, tarballPath, uploadOptions);
        if (!uploaded)
            return UploadFailed;
        if (fetchUri.isEmpty())
            fetchUri = uploaded->toString();
    }
    if (fetchUri.isEmpty()) {
        // A real location, never an empty string: agents that see the same path (shared storage)
        // can fetch it as it is; anything else needs --uri or --upload.
        fetchUri = QUrl::fromLocalFile(tarballPath).toString();
        err << QStringLiteral("habmesos export: ")
            << tr("note: no --uri or --upload given, so the fetch URI is the local file %1; agents must see that path")
                   .arg(fetchUri)
            << Qt::endl;
    }
    const MarathonApp app = makeApp(fetchUri);
    if (!wrongPort.isEmpty())
        return usage(wrongPort);
    if (printProblems())
        return InvalidDefinition;
    // Before deploying: scripts get the JSON even when the deploy fails.
    out << QString::fromUtf8(MarathonJsonWriter::write(app, flavour));
    out.flush();
    if (!deploying)
        return Ok;

    ExportPublisher::DeployOptions deployOptions;
    deployOptions.force = parser.isSet(force);
    deployOptions.wait = parser.isSet(wait);
    deployOptions.waitTimeoutMs = *waitTimeoutMs;
    switch (publisher.deploy(*client, app, flavour, deployOptions)) {
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
