// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packagemetadata.h"

#include <QCoreApplication>
#include <QString>

namespace habmesos {

// How far an artifact's signature was checked.
enum class Verification
{
    NotChecked, // the payload was read but not verified (user opted out)
    Verified, // signature made by the named key, and the payload's BLAKE2b-256 matches it
    UnknownSigner, // the key named in the header is not in the key cache
    BadSignature, // the signature is not that key's
    HashMismatch, // the signature is genuine but the payload is not what was signed
    Unsigned, // an installed package (/hab/pkgs): there is no artifact signature to check
};
QString verificationText(Verification v);

// Everything known about one package after a complete, checked read.
struct PackageArtifact
{
    enum class Source
    {
        Artifact,
        Installed
    };

    Source source = Source::Artifact;
    QString path; // the .hart file, or the installed package's directory
    qint64 fileSize = 0; // .hart size in bytes
    QString signer; // named revision of the signing key (artifacts)
    Verification verification = Verification::NotChecked;
    QString verificationDetail; // for anything but Verified: what exactly failed, naming file and key
    QString payloadHash; // lowercase hex BLAKE2b-256 of the payload (artifacts)
    PackageMetadata metadata;
    qint64 entryCount = 0;
    qint64 unpackedSize = 0; // sum of file sizes in the payload

    const PackageIdent& ident() const { return metadata.ident; }
    bool isTrusted() const { return verification == Verification::Verified; }
    Q_DECLARE_TR_FUNCTIONS(habmesos::PackageArtifact) // last: it ends in "private:"
};

} // namespace habmesos
