// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class QTextStream;

namespace habmesos {

struct PackageClosure;

// `habmesos inspect [--json] [--cache-dir DIR] [--key-dir DIR] [--pkgs-dir DIR] <ident | path.hart>`:
// finds the package (an ident in the artifact cache or /hab/pkgs, or a .hart file), reads it and
// its whole closure completely, and prints ident, target, signer, verification, the closure
// (found, with where from and whether verified; missing, with who needs it), exposes, exports,
// binds and service user/group. Exit status 0 only when the package and its whole closure are
// present and verified; otherwise a one-line reason on stderr and one of ExitCode.
class InspectCommand
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::InspectCommand)
public:
    enum ExitCode
    {
        Ok = 0,
        Failed = 1, // anything else (cancelled, cannot write the output)
        UsageError = 2,
        NotFound = 3, // the package, or dependencies of it, are not present
        VerificationFailed = 4, // a signature is unknown, bad, or does not cover the payload
        Unreadable = 5, // an artifact is corrupt, truncated, or unsafe (e.g. malicious member names)
        Inconsistent = 6, // a target mismatch, or TDEPS that are not a closure
    };

    // `arguments` starts with "inspect". Writes to stdout and stderr.
    static int run(const QStringList& arguments);
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

    // The exit status a closure earns, and the one-line reason for it (empty for Ok). When several
    // apply, the first of Unreadable, VerificationFailed, NotFound, Inconsistent wins.
    static int exitCodeFor(const PackageClosure& closure, QString* reason = nullptr);
    static QJsonObject toJson(const PackageClosure& closure);
    static QString toText(const PackageClosure& closure);
};

} // namespace habmesos
