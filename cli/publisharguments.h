// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/marathonauth.h"
#include "marathon/tarballuploader.h"
#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace habmesos {

// What `habmesos export` does besides making the definition: print only the JSON, upload the
// tarball, deploy the app and wait for it. Secrets come from files or the environment, never from
// the command line itself (SecretInput), and are read when decoding, so a wrong file fails before
// any work. (The definition's own options are ExportArguments.)
class PublishArguments
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::PublishArguments)
public:
    PublishArguments();

    const QCommandLineOption jsonOnly;
    const QCommandLineOption upload;
    const QCommandLineOption uploadUser;
    const QCommandLineOption uploadPasswordFile;
    const QCommandLineOption uploadDeadline;
    const QCommandLineOption deploy;
    const QCommandLineOption force;
    const QCommandLineOption wait;
    const QCommandLineOption waitTimeout;
    const QCommandLineOption requestDeadline;
    const QCommandLineOption user;
    const QCommandLineOption passwordFile;
    const QCommandLineOption tokenFile;
    const QCommandLineOption dcosLogin;
    const QCommandLineOption caFile;

    QList<QCommandLineOption> options() const;

    struct Plan
    {
        bool jsonOnly = false;
        bool uploading = false;
        bool toArtifactStore = false; // --upload marathon
        QUrl uploadUrl; // --upload URL, as given (a folder URL gets the tarball's name later)
        TarballUploader::Options uploadOptions;
        std::optional<QUrl> deployUrl;
        MarathonAuth auth;
        QString caFile;
        int requestDeadlineMs = 0;
        bool force = false;
        bool wait = false;
        int waitTimeoutMs = 0;
    };
    // `fetchUriGiven`: --uri was given (a deploy without a tarball needs it). Errors are usage errors.
    Result<Plan> decode(const QCommandLineParser& parser, bool fetchUriGiven) const;
};

} // namespace habmesos
