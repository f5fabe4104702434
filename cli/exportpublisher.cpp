// SPDX-License-Identifier: Apache-2.0
#include "cli/exportpublisher.h"

#include "marathon/deploymentfollower.h"
#include "marathon/marathonclient.h"
#include "marathon/marathonerror.h"
#include "marathon/marathonreply.h"
#include "cli/subcommand.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QTextStream>

#include <functional>
#include <memory>

namespace habmesos {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExportPublisher", text);
}

// Runs the event loop until `signal` came, unless `done` already holds (the signal was before).
template <typename Sender, typename Signal>
void waitFor(Sender* sender, Signal signal, const std::function<bool()>& done)
{
    if (done())
        return;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

// Waits for a reply and hands it over to a unique_ptr that deletes it later.
struct ReplyDeleter
{
    void operator()(MarathonReply* reply) const { reply->deleteLater(); }
};
using ReplyPtr = std::unique_ptr<MarathonReply, ReplyDeleter>;

ReplyPtr await(MarathonReply* reply)
{
    waitFor(reply, &MarathonReply::finished, [reply] { return reply->isFinished(); });
    return ReplyPtr(reply);
}

// What to do about an error on the command line, where the text of the client says it generally.
QString commandLineHint(const MarathonError& error, bool credentialsGiven)
{
    switch (error.kind()) {
    case MarathonError::Kind::Tls:
        return tr("Give the CA certificate with --ca-file FILE.");
    case MarathonError::Kind::Unauthorized:
        if (credentialsGiven)
            return tr("Check --user and the password (--password-file or $HABMESOS_MARATHON_PASSWORD), or the token.");
        return tr("Give --user with --password-file FILE (or $HABMESOS_MARATHON_PASSWORD), or --token-file FILE "
                  "(or $HABMESOS_MARATHON_TOKEN).");
    default:
        return {};
    }
}

} // namespace

ExportPublisher::ExportPublisher(QTextStream& err, bool progressToTerminal, bool credentialsGiven)
    : m_err(err)
    , m_progressToTerminal(progressToTerminal)
    , m_credentialsGiven(credentialsGiven)
{ }

void ExportPublisher::line(const QString& text)
{
    m_err << QStringLiteral("habmesos export: ") << Subcommand::oneLine(text) << Qt::endl;
}

void ExportPublisher::report(const MarathonError& error)
{
    const QString hint = commandLineHint(error, m_credentialsGiven);
    const FieldProblems& problems = error.fieldProblems();
    if (problems.isEmpty()) {
        line(hint.isEmpty() ? error.message() : error.message() + u' ' + hint);
        return;
    }
    // MarathonError's message is the head line and then the problems; print the problems as
    // `field: message` lines of their own, so each can be found (and grepped) by field.
    line(error.message().section(u'\n', 0, 0));
    for (const FieldProblem& p : problems)
        line((p.field.isEmpty() ? tr("(the whole app definition)") : p.field) + QStringLiteral(": ") + p.message);
}

std::optional<QUrl> ExportPublisher::finishUpload(TarballUploader& uploader)
{
    if (m_progressToTerminal) {
        QObject::connect(&uploader, &TarballUploader::progress, [this](qint64 sent, qint64 total) {
            if (total > 0)
                m_err << QStringLiteral("\ruploading: %1 of %2 MiB (%3%)")
                             .arg(double(sent) / (1 << 20), 0, 'f', 1)
                             .arg(double(total) / (1 << 20), 0, 'f', 1)
                             .arg(100 * sent / total)
                      << Qt::flush;
        });
    }
    waitFor(&uploader, &TarballUploader::finished, [&uploader] { return uploader.isFinished(); });
    if (m_progressToTerminal)
        m_err << Qt::endl;
    if (!uploader.ok()) {
        report(uploader.error());
        return std::nullopt;
    }
    line(tr("uploaded; agents fetch it from %1").arg(uploader.fetchUri().toDisplayString()));
    return uploader.fetchUri();
}

std::optional<QUrl> ExportPublisher::uploadTo(
    const QUrl& target, const QString& tarballPath, const TarballUploader::Options& options)
{
    TarballUploader uploader;
    uploader.uploadTo(target, tarballPath, options);
    return finishUpload(uploader);
}

std::optional<QUrl> ExportPublisher::uploadToArtifactStore(MarathonClient& client, const QString& tarballPath)
{
    TarballUploader uploader;
    uploader.uploadToArtifactStore(&client, tarballPath);
    return finishUpload(uploader);
}

ExportPublisher::Outcome ExportPublisher::deploy(
    MarathonClient& client, const MarathonApp& app, MarathonFlavour flavour, const DeployOptions& options)
{
    const QByteArray body = MarathonJsonWriter::writeCompact(app, flavour);
    bool updated = false;
    ReplyPtr reply = await(client.createApp(body));
    if (!reply->ok() && reply->error().kind() == MarathonError::Kind::AlreadyExists) {
        updated = true;
        reply = await(client.updateApp(app.id, body));
    }
    if (!reply->ok() && reply->error().kind() == MarathonError::Kind::Locked) {
        const QString ids = reply->error().deploymentIds().join(QStringLiteral(", "));
        if (!options.force) {
            line(tr("app %1 on %2 is locked by running deployment(s) %3. Wait for them to finish, or run again "
                    "with --force to cancel them and deploy anyway.")
                     .arg(app.id, client.server(), ids));
            return Outcome::DeployFailed;
        }
        line(tr("app %1 is locked by deployment(s) %2; forcing the update (--force), which cancels them")
                 .arg(app.id, ids));
        reply = await(client.updateApp(app.id, body, MarathonClient::Force::Yes));
    }
    if (!reply->ok()) {
        report(reply->error());
        return Outcome::DeployFailed;
    }
    const QString deploymentId = reply->deploymentId();
    const QString version = reply->version();
    const QString what = updated ? tr("updated app %1 on %2").arg(app.id, client.server())
                                 : tr("created app %1 on %2").arg(app.id, client.server());
    line(deploymentId.isEmpty() ? what : tr("%1 (deployment %2)").arg(what, deploymentId));
    if (!options.wait)
        return Outcome::Deployed;

    DeploymentFollower::Options followOptions;
    followOptions.timeoutMs = options.waitTimeoutMs;
    followOptions.intervalMs = options.pollIntervalMs;
    DeploymentFollower follower(&client, app.id, deploymentId, version, followOptions);
    QObject::connect(&follower, &DeploymentFollower::stateChanged,
        [this](DeploymentFollower::State, const QString& message) { line(message); });
    follower.start();
    waitFor(&follower, &DeploymentFollower::finished, [&follower] { return follower.isFinished(); });
    return follower.state() == DeploymentFollower::State::Running ? Outcome::Deployed : Outcome::DeploymentFailed;
}

} // namespace habmesos
