// SPDX-License-Identifier: Apache-2.0
#include "package/packageartifact.h"

#include <QCoreApplication>

namespace habmesos {

QString verificationText(Verification v)
{
    switch (v) {
    case Verification::NotChecked:
        return QCoreApplication::translate("Verification", "not checked");
    case Verification::Verified:
        return QCoreApplication::translate("Verification", "verified");
    case Verification::UnknownSigner:
        return QCoreApplication::translate("Verification", "unknown signer");
    case Verification::BadSignature:
        return QCoreApplication::translate("Verification", "bad signature");
    case Verification::HashMismatch:
        return QCoreApplication::translate("Verification", "payload does not match its signature");
    case Verification::Unsigned:
        return QCoreApplication::translate("Verification", "unsigned (installed package)");
    }
    return {};
}

} // namespace habmesos
