// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace habmesos {

// `habmesos fetch [-u URL] [-c CHANNEL] [-z FILE] <ident>...`: downloads each package's closure
// and the signers' public keys from Builder into the artifact and key caches, as `hab pkg
// download` does, verified before anything is stored, without exporting. Standard output lists
// each closure member, one per line: "<ident> downloaded|present <path>".
class FetchCommand
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::FetchCommand)
public:
    enum ExitCode
    {
        Ok = 0,
        Failed = 1, // anything else: Builder unreachable, refused the token, answered with an error
        UsageError = 2,
        NotFound = 3, // the package (in that channel), a dependency or a key is not on Builder
        VerificationFailed = 4, // a download does not verify: tampered, truncated or another release
        Unusable = 5, // Builder refused the target, or a download is not a usable artifact
        IoFailed = 11, // the caches cannot be written
    };
    static int run(const QStringList& arguments);
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err, bool progressToTerminal);
};

} // namespace habmesos
