// SPDX-License-Identifier: Apache-2.0
// A package's metadata files (PackageMetadata::parse). The input holds several files, each
// introduced by a line "@@ NAME" (IDENT, TARGET, TDEPS, EXPOSES, hooks/run, ...); the text up to
// the next such line is the file's contents. Each file is also read alone as a DEPS/TDEPS list.
#include "fuzz/fuzzsupport.h"

#include "package/packagemetadata.h"

#include <QMap>

using namespace habmesos;

namespace {

QMap<QString, QByteArray> filesOf(const QByteArray& input)
{
    QMap<QString, QByteArray> files;
    QString name;
    QList<QByteArray> lines;
    bool inFile = false;
    // A file's lines are joined with '\n': one without a final newline is possible too.
    auto close = [&] {
        if (inFile)
            files.insert(name, lines.join('\n'));
        lines.clear();
    };
    for (const QByteArray& line : input.split('\n')) {
        if (line.startsWith("@@ ")) {
            close();
            name = QString::fromUtf8(line.mid(3).trimmed()); // a CRLF seed names its files too
            inFile = true;
        } else {
            lines.append(line);
        }
    }
    close();
    return files;
}

void checkIdentList(const QByteArray& contents)
{
    const auto list = PackageMetadata::parseIdentList(contents, QStringLiteral("TDEPS"), QStringLiteral("fuzz"));
    if (!list) {
        FUZZ_CHECK(list.error().startsWith(QLatin1String("fuzz: TDEPS: ")), list.error());
        return;
    }
    for (const PackageIdent& ident : list.value())
        FUZZ_CHECK(ident.isFullyQualified(), ident.toString());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QMap<QString, QByteArray> files = filesOf(fuzz::bytes(data, size));
    QMap<QString, QByteArray> withHooks;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        checkIdentList(it.value());
        // Hooks are kept by name only, as the readers record them.
        if (!it.key().startsWith(QLatin1String("hooks/"))) {
            withHooks.insert(it.key(), it.value());
            continue;
        }
        const Status added = PackageMetadata::addHook(&withHooks, it.key(), QStringLiteral("fuzz"));
        if (!added) {
            FUZZ_CHECK(withHooks.size() > PackageMetadata::MaxHooks, added.error());
            return 0;
        }
    }
    const auto parsed = PackageMetadata::parse(withHooks, QStringLiteral("fuzz"));
    if (!parsed) {
        FUZZ_CHECK(parsed.error().startsWith(QLatin1String("fuzz: ")), parsed.error());
        return 0;
    }
    const PackageMetadata& m = parsed.value();
    FUZZ_CHECK(m.ident.isFullyQualified(), m.ident.toString());
    FUZZ_CHECK(PackageIdent::parse(m.ident.toString()).value() == m.ident, m.ident.toString());
    FUZZ_CHECK(!m.target.isEmpty(), m.target);
    for (const quint16 port : m.exposes)
        FUZZ_CHECK(port != 0, QStringLiteral("port 0"));
    for (const QString* account : { &m.svcUser, &m.svcGroup })
        FUZZ_CHECK(account->isEmpty() || PackageMetadata::isValidAccountName(*account), *account);
    // PATH entries go into a shell script: absolute, no quoting or expansion characters.
    for (const QStringList* list : { &m.path, &m.runtimePath }) {
        for (const QString& dir : *list) {
            FUZZ_CHECK(dir.startsWith(u'/'), dir);
            for (const QChar c : QStringLiteral("'\"`$\\;&|<>()*?[] \t"))
                FUZZ_CHECK(!dir.contains(c), dir);
        }
    }
    FUZZ_CHECK(m.shutdownTimeout >= -1, QString::number(m.shutdownTimeout));
    FUZZ_CHECK(m.hasDefaultToml == files.contains(QStringLiteral("default.toml")), QStringLiteral("default.toml"));
    for (const QString& hook : m.hooks)
        FUZZ_CHECK(!hook.isEmpty() && !hook.contains(u'/'), hook);
    return 0;
}
