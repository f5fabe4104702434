// SPDX-License-Identifier: Apache-2.0
#include "package/packageartifact.h"

#include <QCoreApplication>

namespace habmesos {

QString verificationText(Verification v)
{
    switch (v) {
    case Verification::NotChecked:
        return PackageArtifact::tr("not checked");
    case Verification::Verified:
        return PackageArtifact::tr("verified");
    case Verification::UnknownSigner:
        return PackageArtifact::tr("unknown signer");
    case Verification::BadSignature:
        return PackageArtifact::tr("bad signature");
    case Verification::HashMismatch:
        return PackageArtifact::tr("payload does not match its signature");
    case Verification::Unsigned:
        return PackageArtifact::tr("unsigned (installed package)");
    }
    return {};
}

} // namespace habmesos
