// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/hartspublisher.h"
#include "marathon/marathonapp.h"
#include "marathon/marathonjsonwriter.h"
#include "marathon/tarballuploader.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

class QTextStream;

namespace habmesos {

class MarathonClient;
class MarathonError;

// The network side of `habmesos export`: uploads the tarball and deploys the app to Marathon,
// synchronously (each call runs a local event loop until its answer came), and says on the error
// stream what happened, each message one line starting with "habmesos export: ". Secrets are
// never part of a message: MarathonError names only the user and the kind of credentials.
class ExportPublisher
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::ExportPublisher)
public:
    // credentialsGiven: the command line named credentials for Marathon (changes the hint on a 401).
    ExportPublisher(QTextStream& err, bool progressToTerminal, bool credentialsGiven);

    // HTTP PUT of the tarball to target; the URI for the app's fetch list, or nullopt after
    // printing why it failed.
    std::optional<QUrl> uploadTo(
        const QUrl& target, const QString& tarballPath, const TarballUploader::Options& options);
    // The harts layout: every file into the folder at `folder`, those it has already with the same
    // size left as they are (HEAD first); the folder's URI for the app's fetch list, or nullopt
    // after printing why it failed. Warns when the server's HEAD answers would keep the agents'
    // fetcher cache from working.
    std::optional<QUrl> publishHarts(
        const QUrl& folder, const QList<HartsPublisher::File>& files, const TarballUploader::Options& options);
    // Marathon 0.7-1.4's artifact store of the client's server.
    std::optional<QUrl> uploadToArtifactStore(MarathonClient& client, const QString& tarballPath);

    enum class Outcome
    {
        Deployed, // submitted (and, when waiting, running)
        DeployFailed, // Marathon could not be reached or refused the app
        DeploymentFailed, // submitted, but the tasks failed or did not run in time
    };
    struct DeployOptions
    {
        bool force = false; // cancel the deployments that lock the app
        bool wait = false; // follow the deployment until the tasks run
        int waitTimeoutMs = 10 * 60 * 1000;
        int pollIntervalMs = 2000;
    };
    // DeployWorkflow without questions: creates the app; when it exists, updates it (forced only on
    // a lock and only if allowed).
    Outcome deploy(
        MarathonClient& client, const MarathonApp& app, MarathonFlavour flavour, const DeployOptions& options);

    // A failed call: one line, or for a refused definition a first line and then one
    // `field: message` line per problem, on our field paths.
    void report(const MarathonError& error);

private:
    void line(const QString& text);
    void uploadProgress(qint64 sent, qint64 total); // on the terminal, over one line
    std::optional<QUrl> finishUpload(TarballUploader& uploader);

    QTextStream& m_err;
    bool m_progressToTerminal;
    bool m_credentialsGiven;
};

} // namespace habmesos
