// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageident.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace habmesos {

// What a package says about itself in the metadata files at the top of its prefix
// (habitat core/src/package/metadata.rs; formats in shared/reference/habitat.md §4.2).
// Parsing tolerates trailing whitespace and CRLF, as Habitat's readers trim.
class PackageMetadata
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::PackageMetadata)
public:
    // Largest metadata file read into memory; MANIFEST and default.toml may be larger.
    static constexpr qint64 MaxMetaFileSize = 1 << 20;
    static constexpr qint64 MaxLargeMetaFileSize = 8 << 20;
    // The metadata files this class reads (top-level files of the prefix), plus default.toml.
    static bool isMetadataFile(QStringView nameInPrefix);
    static qint64 sizeLimit(QStringView nameInPrefix);
    // Metadata files are read whole: checks a declared size before reading. The error names
    // `source` and the file.
    static Status checkFileSize(const QString& source, const QString& nameInPrefix, qint64 size);

    // Hooks only need to be present (Habitat checks that hooks/run exists, following links), so
    // readers keep their names, never their contents, and only so many: a package cannot make a
    // reader hold megabytes per hook.
    static constexpr qsizetype MaxHooks = 1024;
    // Records the hook `nameInPrefix` ("hooks/run") in `files` with empty contents; an error
    // naming `source` once there are more than MaxHooks.
    static Status addHook(QMap<QString, QByteArray>* files, const QString& nameInPrefix, const QString& source);

    // SVC_USER and SVC_GROUP end up in the image's /etc/passwd and /etc/group: POSIX portable
    // account names as useradd accepts them ([a-z_][a-z0-9_-]*, an optional final $, at most 32).
    static constexpr qsizetype MaxAccountNameLength = 32;
    static bool isValidAccountName(const QString& name);

    // `files` maps a file name relative to the package prefix ("IDENT", "default.toml",
    // "hooks/run") to its contents; hooks need only be present (contents may be empty).
    // `source` names the artifact or directory in errors.
    static Result<PackageMetadata> parse(const QMap<QString, QByteArray>& files, const QString& source);
    // DEPS/TDEPS format alone: one fully qualified ident per line (blank lines skipped). `file`
    // is the metadata file's name, for errors ("<source>: TDEPS: line 3: ...").
    static Result<QList<PackageIdent>> parseIdentList(
        const QByteArray& contents, const QString& file, const QString& source);

    PackageIdent ident; // IDENT, fully qualified
    QString target; // TARGET, e.g. x86_64-linux
    QList<PackageIdent> deps; // DEPS
    QList<PackageIdent> tdeps; // TDEPS: the transitive runtime closure, without the package itself
    QList<quint16> exposes; // EXPOSES: one line of space-separated ports
    QList<QPair<QString, QString>> exports; // EXPORTS: public name -> config key path, in file order
    QList<QPair<QString, QStringList>> binds; // BINDS: bind name -> exports it needs
    QList<QPair<QString, QStringList>> bindsOptional; // BINDS_OPTIONAL
    QString svcUser; // SVC_USER; empty for a package that is not a service
    QString svcGroup; // SVC_GROUP
    QStringList path; // PATH: this package's bin directories
    QStringList runtimePath; // RUNTIME_PATH: the runtime PATH including dependencies
    QString shutdownSignal; // SHUTDOWN_SIGNAL, e.g. TERM
    int shutdownTimeout = -1; // SHUTDOWN_TIMEOUT in seconds; -1 when absent
    QString packageType; // PACKAGE_TYPE ("native"); empty for a standard package
    QByteArray defaultToml; // default.toml, as written
    bool hasDefaultToml = false;
    QStringList hooks; // names of files under hooks/ (run, init, health-check, ...)
    QByteArray manifest; // MANIFEST (markdown)

    // A service has SVC_USER (PackageArchive::is_a_service); a runnable one has hooks/run or run.
    bool isService() const { return !svcUser.isEmpty(); }
    bool hasRunHook() const { return hooks.contains(QStringLiteral("run")); }
};

} // namespace habmesos
