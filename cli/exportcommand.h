// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace habmesos {

// `habmesos export`: the options of `hab pkg export mesos` (--cpu, --mem, --disk, --instances,
// as --opt=value or --opt value, with CPU, MEM, DISK and INSTANCES from the environment as
// defaults, as the original script had), writes the tarball into the output directory and the
// Marathon application JSON to standard output — and nothing else to standard output. Progress
// goes to standard error when it is a terminal; errors are one line on standard error.
// With --upload it puts the tarball on a web server (or Marathon's artifact store) and lists that
// address in the JSON; with --deploy it creates or updates the app on Marathon after printing the
// JSON, and with --wait follows the deployment (ExportPublisher does the network side).
// Passwords and tokens come from files or the environment only (SecretInput).
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::ExportCommand)
public:
    enum ExitCode
    {
        Ok = 0,
        Failed = 1, // the export failed for another reason: the message says why
        UsageError = 2,
        NotFound = 3, // the package, a dependency or a Supervisor package is not there
        VerificationFailed = 4, // a signature is unknown, bad, or does not cover the payload
        Unusable = 5, // a package is corrupt, truncated, unsafe, or not for Linux
        InvalidDefinition = 7, // the application definition breaks Marathon's rules
        UploadFailed = 8, // --upload: the tarball could not be put there
        DeployFailed = 9, // --deploy: Marathon unreachable, credentials refused, app locked or refused
        DeploymentFailed = 10, // --wait: the tasks failed, or did not run within --wait-timeout
        IoFailed = 11, // reading a package or writing the tarball failed (permissions, a full disk, a vanished file)
    };

    static int run(const QStringList& arguments);
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err, bool progressToTerminal);
};

} // namespace habmesos
