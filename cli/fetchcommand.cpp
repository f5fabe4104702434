// SPDX-License-Identifier: Apache-2.0
#include "cli/fetchcommand.h"

#include "builder/builderclient.h"
#include "builder/closuredownloader.h"
#include "cli/builderarguments.h"
#include "cli/builderfetch.h"
#include "cli/subcommand.h"
#include "package/habpaths.h"
#include "package/packageident.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

#include <unistd.h>

namespace habmesos {

namespace {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NotFound:
        return FetchCommand::NotFound;
    case ErrorKind::Unverified:
        return FetchCommand::VerificationFailed;
    case ErrorKind::Invalid:
    case ErrorKind::Unsafe:
        return FetchCommand::Unusable;
    case ErrorKind::Io:
        return FetchCommand::IoFailed;
    case ErrorKind::Network:
    case ErrorKind::Cancelled:
        break;
    }
    return FetchCommand::Failed;
}

} // namespace

int FetchCommand::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err, ::isatty(STDERR_FILENO) == 1);
}

int FetchCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err, bool progressToTerminal)
{
    const QString program = QStringLiteral("habmesos fetch");
    const BuilderArguments builder;
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help"));
    const QCommandLineOption cacheDir(QStringLiteral("cache-dir"),
        tr("The artifact cache to download into (default: %1)").arg(HabPaths::artifactCache()), QStringLiteral("DIR"));
    const QCommandLineOption keyDir(QStringLiteral("key-dir"),
        tr("The key cache for the signers' public keys (default: %1)").arg(HabPaths::keyCache()),
        QStringLiteral("DIR"));
    QCommandLineParser parser;
    parser.addOptions(builder.all());
    parser.addOptions({ cacheDir, keyDir, help });
    parser.addPositionalArgument(QStringLiteral("ident"),
        tr("origin/name[/version[/release]]: the newest release in the channel unless fully qualified"),
        QStringLiteral("<ident>..."));
    auto give = [&](int code, const QString& message) {
        err << program << QStringLiteral(": ") << Subcommand::oneLine(message) << Qt::endl;
        return code;
    };
    QStringList args = arguments;
    if (args.isEmpty())
        args << QStringLiteral("fetch");
    if (!parser.parse(args))
        return give(UsageError, parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(QLatin1String(" [options]"));
        if (text.startsWith(QLatin1String("Usage: ")) && options > 0)
            text.replace(7, options - 7, program);
        out << text
            << tr("\nExit status: 0 fetched (or already here), 1 Builder unreachable or refusing, 2 usage, 3 not found "
                  "(or private), 4 a download does not verify, 5 refused target or unusable artifact, 11 cannot write "
                  "the caches.\n");
        out.flush();
        return Ok;
    }
    if (parser.positionalArguments().isEmpty())
        return give(UsageError, tr("which package? give an ident, e.g. core/redis"));
    QList<PackageIdent> idents;
    for (const QString& text : parser.positionalArguments()) {
        const auto ident = PackageIdent::parse(text);
        if (!ident)
            return give(UsageError, ident.error());
        idents << ident.value();
    }
    for (const QCommandLineOption* option : { &cacheDir, &keyDir })
        if (parser.isSet(*option) && parser.value(*option).isEmpty())
            return give(UsageError, tr("--%1 needs a directory").arg(option->names().constLast()));
    const auto settings = builder.decode(parser);
    if (!settings)
        return give(settings.errorKind() == ErrorKind::Invalid ? UsageError : exitCodeFor(settings.errorKind()),
            settings.error());

    BuilderFetch::Where where;
    where.artifactCache = parser.isSet(cacheDir) ? parser.value(cacheDir) : HabPaths::artifactCache();
    where.keyCache = parser.isSet(keyDir) ? parser.value(keyDir) : HabPaths::keyCache();
    BuilderFetch fetch(settings.value(), where, err, program, progressToTerminal);
    for (const PackageIdent& ident : std::as_const(idents)) {
        const auto fetched = fetch.fetch({ ident }, QString(), ident.toString());
        if (!fetched)
            return give(exitCodeFor(fetched.errorKind()), fetched.error());
        for (const PackageIdent& member : fetched->closure) {
            const QString path
                = QDir(where.artifactCache)
                      .filePath(ClosureDownloader::canonicalName(member, BuilderClient::Options().target));
            out << member.toString() << u' '
                << (fetched->downloaded.contains(path) ? QStringLiteral("downloaded") : QStringLiteral("present"))
                << u' ' << QDir::toNativeSeparators(path) << u'\n';
        }
        out.flush();
    }
    return Ok;
}

} // namespace habmesos
