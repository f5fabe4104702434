// SPDX-License-Identifier: Apache-2.0
#include "cli/inspectcommand.h"

#include "cli/subcommand.h"
#include "package/demopackages.h"

#include "builder/fetchplan.h"
#include "cli/builderarguments.h"
#include "cli/builderfetch.h"
#include "package/closureresolver.h"
#include "package/habpaths.h"
#include "package/keycache.h"
#include "package/missingdependencies.h"
#include "package/packageclosure.h"
#include "package/packagerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace habmesos {

namespace {

using Issue = PackageClosure::Issue;

QString verificationKey(Verification v)
{
    switch (v) {
    case Verification::NotChecked:
        return QStringLiteral("not-checked");
    case Verification::Verified:
        return QStringLiteral("verified");
    case Verification::UnknownSigner:
        return QStringLiteral("unknown-signer");
    case Verification::BadSignature:
        return QStringLiteral("bad-signature");
    case Verification::HashMismatch:
        return QStringLiteral("hash-mismatch");
    case Verification::Unsigned:
        return QStringLiteral("unsigned");
    }
    return {};
}

QString memberState(const PackageClosure::Member& m)
{
    if (!m.inspected)
        return InspectCommand::tr("unreadable");
    return verificationText(m.artifact.verification);
}

QJsonArray identArray(const QList<PackageIdent>& idents)
{
    QJsonArray array;
    for (const PackageIdent& ident : idents)
        array.append(ident.toString());
    return array;
}

QJsonObject bindsObject(const QList<QPair<QString, QStringList>>& binds)
{
    QJsonObject object;
    for (const auto& [name, exports] : binds)
        object.insert(name, QJsonArray::fromStringList(exports));
    return object;
}

QString bindsText(const QList<QPair<QString, QStringList>>& binds)
{
    QStringList parts;
    for (const auto& [name, exports] : binds)
        parts.append(name + u'=' + exports.join(u' '));
    return parts.join(QStringLiteral(", "));
}

QString orNone(const QString& text)
{
    return text.isEmpty() ? InspectCommand::tr("(none)") : text;
}

const char* exitHelp = QT_TRANSLATE_NOOP("habmesos::InspectCommand",
    "Shows a Habitat package (an ident found in the artifact cache or among the installed packages,\n"
    "or a .hart file), checks its signature and reads its whole runtime closure (its TDEPS).\n"
    "When the same package is both a signed artifact and installed, the artifact is used.\n"
    "Installed packages have no signature of their own (hab checked it when installing them).\n"
    "\n"
    "Exit status:\n"
    "  0  the package and its whole closure are present, readable and verified\n"
    "  1  other failure\n"
    "  2  usage error\n"
    "  3  the package or some of its dependencies were not found (all are listed)\n"
    "  4  verification failed: unknown signing key, bad signature, or payload hash mismatch\n"
    "  5  an artifact is unreadable, corrupt, truncated or unsafe (e.g. malicious member names)\n"
    "  6  the closure is inconsistent (another target, TDEPS that are not a closure)\n"
    "When several apply, the first of 5, 4, 3, 6 is used. The reason is one line on stderr.");

} // namespace

int InspectCommand::exitCodeFor(const PackageClosure& closure, QString* reason)
{
    auto give = [&](int code, const QString& text) {
        if (reason)
            *reason = Subcommand::oneLine(text);
        return code;
    };
    auto firstOf = [&](std::initializer_list<Issue::Kind> kinds) -> const Issue* {
        for (const Issue& issue : closure.issues)
            if (issue.isError() && std::find(kinds.begin(), kinds.end(), issue.kind) != kinds.end())
                return &issue;
        return nullptr;
    };
    if (closure.cancelled)
        return give(Failed, Error::cancelled().message);
    if (const Issue* issue = firstOf({ Issue::Kind::Unreadable }))
        return give(Unreadable, issue->message);
    if (const Issue* issue = firstOf({ Issue::Kind::Unverified, Issue::Kind::Unsigned }))
        return give(VerificationFailed, issue->message);
    if (const Issue* issue = firstOf({ Issue::Kind::RootNotFound }))
        return give(NotFound, issue->message);
    if (!closure.missing.isEmpty()) {
        // The first few on the line, the rest counted (stdout lists them all).
        return give(NotFound,
            tr("%1: %2").arg(closure.root.toString(),
                MissingDependencies::summary(MissingDependencies::of(closure), closure.target)));
    }
    if (const Issue* issue = firstOf({ Issue::Kind::TargetMismatch, Issue::Kind::Inconsistent, Issue::Kind::Cycle }))
        return give(Inconsistent, issue->message);
    if (const Issue* issue = firstOf({ Issue::Kind::Cancelled }))
        return give(Failed, issue->message);
    if (!closure.isComplete())
        return give(Failed, tr("%1: the closure is not complete").arg(closure.root.toString()));
    return give(Ok, QString());
}

QJsonObject InspectCommand::toJson(const PackageClosure& closure)
{
    QJsonObject json;
    json.insert(QStringLiteral("request"), closure.request);
    json.insert(QStringLiteral("found"), closure.rootFound());
    QString reason;
    const int code = exitCodeFor(closure, &reason);
    json.insert(QStringLiteral("ok"), code == Ok);
    json.insert(QStringLiteral("exitCode"), code);
    if (code != Ok)
        json.insert(QStringLiteral("error"), reason);
    if (const PackageClosure::Member* root = closure.rootMember()) {
        json.insert(QStringLiteral("ident"), closure.root.toString());
        json.insert(QStringLiteral("target"), closure.target);
        json.insert(QStringLiteral("source"), PackageRef::sourceKey(root->ref.source));
        json.insert(QStringLiteral("path"), root->ref.path);
        json.insert(QStringLiteral("signer"), root->artifact.signer);
        json.insert(QStringLiteral("verification"),
            root->inspected ? verificationKey(root->artifact.verification) : QStringLiteral("unreadable"));
        json.insert(
            QStringLiteral("verificationDetail"), root->inspected ? root->artifact.verificationDetail : root->error);
        if (!root->artifact.payloadHash.isEmpty())
            json.insert(QStringLiteral("payloadHash"), root->artifact.payloadHash);
        const PackageMetadata& meta = root->artifact.metadata;
        QJsonArray exposes;
        for (quint16 port : meta.exposes)
            exposes.append(int(port));
        json.insert(QStringLiteral("exposes"), exposes);
        QJsonObject exports;
        for (const auto& [name, key] : meta.exports)
            exports.insert(name, key);
        json.insert(QStringLiteral("exports"), exports);
        json.insert(QStringLiteral("binds"), bindsObject(meta.binds));
        json.insert(QStringLiteral("bindsOptional"), bindsObject(meta.bindsOptional));
        json.insert(QStringLiteral("svcUser"), meta.svcUser);
        json.insert(QStringLiteral("svcGroup"), meta.svcGroup);
        json.insert(QStringLiteral("deps"), identArray(meta.deps));
    }
    QJsonArray members;
    for (const PackageClosure::Member& m : closure.members) {
        QJsonObject member;
        member.insert(QStringLiteral("ident"), m.ident().toString());
        member.insert(QStringLiteral("target"), m.inspected ? m.artifact.metadata.target : m.ref.target);
        member.insert(QStringLiteral("source"), PackageRef::sourceKey(m.ref.source));
        member.insert(QStringLiteral("path"), m.ref.path);
        member.insert(QStringLiteral("verification"),
            m.inspected ? verificationKey(m.artifact.verification) : QStringLiteral("unreadable"));
        member.insert(QStringLiteral("verified"), m.isVerified());
        if (m.inspected && !m.artifact.signer.isEmpty())
            member.insert(QStringLiteral("signer"), m.artifact.signer);
        if (!m.error.isEmpty())
            member.insert(QStringLiteral("error"), m.error);
        members.append(member);
    }
    QJsonArray missing;
    for (const PackageClosure::Missing& m : closure.missing) {
        QJsonObject entry;
        entry.insert(QStringLiteral("ident"), m.ident.toString());
        entry.insert(QStringLiteral("requiredBy"), identArray(m.requiredBy));
        if (!m.hint.isEmpty())
            entry.insert(QStringLiteral("hint"), m.hint);
        missing.append(entry);
    }
    QJsonObject closureJson;
    closureJson.insert(QStringLiteral("complete"), closure.isComplete());
    closureJson.insert(QStringLiteral("members"), members);
    closureJson.insert(QStringLiteral("missing"), missing);
    json.insert(QStringLiteral("closure"), closureJson);
    QJsonArray issues;
    for (const Issue& issue : closure.issues) {
        QJsonObject entry;
        entry.insert(QStringLiteral("kind"), Issue::kindKey(issue.kind));
        entry.insert(QStringLiteral("severity"), issue.isError() ? QStringLiteral("error") : QStringLiteral("warning"));
        entry.insert(QStringLiteral("package"), issue.package.toString());
        entry.insert(QStringLiteral("message"), issue.message);
        issues.append(entry);
    }
    json.insert(QStringLiteral("issues"), issues);
    return json;
}

QString InspectCommand::toText(const PackageClosure& closure)
{
    QString text;
    QTextStream out(&text);
    const int width = 18;
    auto field = [&](const QString& label, const QString& value) {
        out << QString(label + u':').leftJustified(width) << value << '\n';
    };
    const PackageClosure::Member* root = closure.rootMember();
    if (!root) {
        field(tr("request"), closure.request);
        field(tr("found"), tr("no"));
        return text;
    }
    const PackageArtifact& a = root->artifact;
    const PackageMetadata& meta = a.metadata;
    field(tr("ident"), closure.root.toString());
    field(tr("target"), closure.target);
    field(tr("source"), PackageRef::sourceText(root->ref.source) + u' ' + QDir::toNativeSeparators(root->ref.path));
    field(tr("signer"), orNone(a.signer));
    field(tr("verification"), memberState(*root));
    if (!root->inspected)
        field(tr("error"), Subcommand::oneLine(root->error));
    else if (a.verification != Verification::Verified && !a.verificationDetail.isEmpty())
        field(tr("detail"), Subcommand::oneLine(a.verificationDetail));

    const qsizetype found = closure.members.size() - 1;
    field(tr("closure"),
        tr("%1 found, %2 missing%3")
            .arg(found)
            .arg(closure.missing.size())
            .arg(closure.isComplete() ? tr(", complete") : QString()));
    for (const PackageClosure::Member& m : closure.members) {
        if (&m == root)
            continue;
        out << "  " << tr("found  ") << ' ' << m.ident().toString() << "  " << PackageRef::sourceText(m.ref.source)
            << ' ' << QDir::toNativeSeparators(m.ref.path) << "  " << memberState(m) << '\n';
    }
    for (const PackageClosure::Missing& m : closure.missing) {
        QStringList by;
        for (const PackageIdent& ident : m.requiredBy)
            by.append(ident.toString());
        out << "  " << tr("missing") << ' ' << m.ident.toString();
        if (!by.isEmpty())
            out << "  " << tr("required by %1").arg(by.join(QStringLiteral(", ")));
        if (!m.hint.isEmpty())
            out << "  (" << tr("unusable: %1").arg(Subcommand::oneLine(m.hint)) << ')';
        out << '\n';
    }
    if (!closure.issues.isEmpty()) {
        out << tr("problems:") << '\n';
        for (const Issue& issue : closure.issues)
            out << "  " << (issue.isError() ? tr("error: ") : tr("warning: ")) << Subcommand::oneLine(issue.message)
                << '\n';
    }
    QStringList ports;
    for (quint16 port : meta.exposes)
        ports.append(QString::number(port));
    field(tr("exposes"), orNone(ports.join(u' ')));
    QStringList exports;
    for (const auto& [name, key] : meta.exports)
        exports.append(name + u'=' + key);
    field(tr("exports"), orNone(exports.join(QStringLiteral(", "))));
    field(tr("binds"), orNone(bindsText(meta.binds)));
    field(tr("binds (optional)"), orNone(bindsText(meta.bindsOptional)));
    field(tr("service user"), orNone(meta.svcUser));
    field(tr("service group"), orNone(meta.svcGroup));
    return text;
}

int InspectCommand::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

int InspectCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString program = QCoreApplication::applicationName().isEmpty()
        ? QStringLiteral("habmesos inspect")
        : QCoreApplication::applicationName() + QStringLiteral(" inspect");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(exitHelp));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Displays this help."));
    const QCommandLineOption version(
        { QStringLiteral("v"), QStringLiteral("version") }, tr("Displays version information."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object instead of text."));
    const QCommandLineOption cacheDir(QStringLiteral("cache-dir"),
        tr("The artifact cache to search (default: %1).").arg(HabPaths::artifactCache()), tr("DIR"));
    const QCommandLineOption keyDir(QStringLiteral("key-dir"),
        tr("The key cache with the origins' public keys (default: %1).").arg(HabPaths::keyCache()), tr("DIR"));
    const QCommandLineOption pkgsDir(QStringLiteral("pkgs-dir"),
        tr("The installed packages, a hab/pkgs directory (default: %1).").arg(HabPaths::installedPackages()),
        tr("DIR"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), tr("Inspect the built-in demo package (written on first use)."));
    const BuilderArguments builder;
    parser.addOptions({ help, version, json, cacheDir, keyDir, pkgsDir, demo });
    parser.addOptions(builder.all());
    parser.addPositionalArgument(QStringLiteral("package"),
        tr("A package ident (origin/name[/version[/release]]) or a .hart file."), tr("<ident | path.hart>"));

    auto usage = [&](const QString& reason) {
        err << program << ": " << Subcommand::oneLine(reason) << tr(" (try --help)") << '\n';
        err.flush();
        return int(UsageError);
    };
    QStringList args = arguments;
    if (args.isEmpty())
        args.append(QStringLiteral("inspect"));
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        // The parser names the executable's path; say the command as it is typed.
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(QLatin1String(" [options]"));
        if (text.startsWith(QLatin1String("Usage: ")) && options > 0)
            text.replace(7, options - 7, program);
        out << text;
        out.flush();
        return Ok;
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        out.flush();
        return Ok;
    }
    QStringList positional = parser.positionalArguments();
    std::optional<DemoPackages::Location> demoLocation;
    if (parser.isSet(demo)) {
        auto location = DemoPackages::ensure();
        if (!location) {
            err << program << ": " << Subcommand::oneLine(location.error()) << '\n';
            return int(Failed);
        }
        demoLocation = location.value();
        if (positional.isEmpty())
            positional.append(demoLocation->package);
    }
    if (positional.isEmpty())
        return usage(tr("which package? give an ident or a .hart file"));
    if (positional.size() > 1)
        return usage(tr("one package at a time; got %1").arg(positional.join(u' ')));
    for (const QCommandLineOption* option : { &cacheDir, &keyDir, &pkgsDir })
        if (parser.isSet(*option) && parser.value(*option).isEmpty())
            return usage(tr("--%1 needs a directory").arg(option->names().constLast()));

    const QString request = positional.first();
    PackageRepository::Options repoOptions;
    repoOptions.artifactCache = demoLocation ? demoLocation->artifactCache : parser.value(cacheDir);
    repoOptions.installedRoot = parser.value(pkgsDir);
    repoOptions.useInstalled = !demoLocation; // the demo stands on its own
    PackageRepository repository(repoOptions);
    const KeyCache keys(demoLocation ? demoLocation->keyDir : parser.value(keyDir));

    auto fail = [&](int code, const QString& reason, const PackageClosure* closure = nullptr) {
        if (parser.isSet(json)) {
            QJsonObject object = closure ? toJson(*closure) : QJsonObject();
            if (!closure) {
                object.insert(QStringLiteral("request"), request);
                object.insert(QStringLiteral("found"), false);
                object.insert(QStringLiteral("ok"), false);
                object.insert(QStringLiteral("exitCode"), code);
                object.insert(QStringLiteral("error"), Subcommand::oneLine(reason));
            }
            out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else if (closure) {
            out << toText(*closure);
        }
        out.flush();
        err << program << ": " << Subcommand::oneLine(reason) << '\n';
        err.flush();
        return code;
    };

    // A .hart file, or an ident (PackageRepository::namesFile: /dev/zero is a file that is not an artifact).
    const QFileInfo info(request);
    const bool isFile = PackageRepository::namesFile(request);
    std::optional<PackageRef> rootRef;
    std::optional<PackageIdent> rootIdent;
    if (isFile) {
        if (!info.exists())
            return fail(NotFound, tr("%1: no such file").arg(QDir::toNativeSeparators(request)));
        const Result<PackageRef> added = repository.addArtifact(request);
        if (!added)
            return fail(Unreadable, added.error());
        rootRef = *added;
    } else {
        const Result<PackageIdent> parsed = PackageIdent::parse(request);
        if (!parsed)
            return usage(tr("“%1” is neither a .hart file nor a package ident: %2").arg(request, parsed.error()));
        rootIdent = *parsed;
    }

    repository.scan();
    const auto builderSettings = builder.decode(parser);
    if (!builderSettings)
        return builderSettings.errorKind() == ErrorKind::Invalid ? usage(builderSettings.error())
                                                                 : fail(Failed, builderSettings.error());
    if (builderSettings->configured && !demoLocation) {
        // What is missing here comes from the Builder asked for, then everything is read as usual.
        const auto plan = FetchPlan::of(repository, keys, request, nullptr);
        if (!plan)
            return fail(Unreadable, plan.error());
        const BuilderFetch::Where where { repository.artifactCacheDir(), keys.directory(),
            [&repository](const PackageIdent& ident) { return repository.find(ident).has_value(); } };
        if (const Status fetched = BuilderFetch(builderSettings.value(), where, err, program, false).run(plan.value());
            !fetched)
            return fail(fetched.errorKind() == ErrorKind::NotFound ? NotFound
                    : fetched.errorKind() == ErrorKind::Unverified ? VerificationFailed
                                                                   : Failed,
                fetched.error());
        if (!plan->isEmpty())
            repository.scan();
    }
    ClosureResolver resolver(repository, keys);
    PackageClosure closure = rootRef ? resolver.resolve(*rootRef) : resolver.resolve(*rootIdent);
    closure.request = request;

    QString reason;
    const int code = exitCodeFor(closure, &reason);
    if (code != Ok)
        return fail(code, reason, &closure);
    if (parser.isSet(json))
        out << QJsonDocument(toJson(closure)).toJson(QJsonDocument::Indented);
    else
        out << toText(closure);
    out.flush();
    return Ok;
}

} // namespace habmesos
