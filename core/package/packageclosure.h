// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageartifact.h"
#include "package/packageident.h"
#include "package/packageref.h"

#include <QList>
#include <QString>

namespace habmesos {

// The runtime closure of one package: the package and everything in its TDEPS, each located and
// inspected, plus what is missing and what is wrong. A plain value (ClosureResolver makes it).
struct PackageClosure
{
    struct Member
    {
        PackageRef ref; // where it was found
        PackageArtifact artifact; // the complete inspection; valid when `inspected`
        bool inspected = false;
        QString error; // why it could not be inspected (unreadable, unsafe member, ...)

        const PackageIdent& ident() const { return ref.ident; }
        // Signed and verified, or (when allowed) an installed package.
        bool isVerified() const { return inspected && artifact.verification == Verification::Verified; }
    };

    struct Missing
    {
        PackageIdent ident;
        // The packages whose DEPS name it (or, when none of those are present, whose TDEPS do).
        QList<PackageIdent> requiredBy;
        // When a file that looks like it (by its name, or its installed path) could not be read:
        // the repository's reason, so that "missing" does not hide a broken file.
        QString hint;
    };

    struct Issue
    {
        enum class Kind
        {
            RootNotFound, // the package asked for is not present
            Unreadable, // a member could not be read, or is unsafe (malicious member names, ...)
            Unverified, // a member's signature is unknown, bad, or does not cover its payload
            Unsigned, // an installed member: no signature to check
            TargetMismatch, // a member built for another target than the root
            Inconsistent, // a member's DEPS/TDEPS are not inside the closure, or its IDENT changed
            Cycle, // the DEPS graph has a cycle (Habitat forbids them, but we must not loop)
            Cancelled,
        };
        enum class Severity
        {
            Error,
            Warning
        };
        Kind kind = Kind::Inconsistent;
        Severity severity = Severity::Error;
        PackageIdent package; // the package concerned (may be empty for the root not found)
        QString message; // one line for a person, naming the package and file

        bool isError() const { return severity == Severity::Error; }
        static QString kindKey(Kind kind); // "unreadable", "unverified", ... for JSON
    };

    QString request; // what was asked for: an ident or a .hart path, as given
    PackageIdent root; // fully qualified, once found
    QString target; // the root's TARGET
    // The root's TDEPS in their order (the present ones), then the root itself, last.
    QList<Member> members;
    QList<Missing> missing; // in the root's TDEPS order
    QList<Issue> issues; // errors and warnings, in the order found
    bool cancelled = false;

    bool rootFound() const { return root.isFullyQualified() && !members.isEmpty(); }
    const Member* rootMember() const;
    const Member* member(const PackageIdent& ident) const;

    // Present, inspected, nothing missing, and no errors (warnings allowed).
    bool isComplete() const;
    bool hasErrors() const;
    QList<Issue> errors() const;
    QList<Issue> warnings() const;
};

} // namespace habmesos
