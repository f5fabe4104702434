// SPDX-License-Identifier: Apache-2.0
#include "cli/exportpublisher.h"

#include "cli/subcommand.h"
#include "marathon/deployworkflow.h"
#include "marathon/marathonclient.h"
#include "marathon/marathonerror.h"

#include <QEventLoop>
#include <QTextStream>

#include <functional>

namespace habmesos {

namespace {

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

// What to do about an error on the command line, where the text of the client says it generally.
QString commandLineHint(const MarathonError& error, bool credentialsGiven)
{
    switch (error.kind()) {
    case MarathonError::Kind::Tls:
        return ExportPublisher::tr("Give the CA certificate with --ca-file FILE.");
    case MarathonError::Kind::Unauthorized:
        if (credentialsGiven)
            return ExportPublisher::tr(
                "Check --user and the password (--password-file or $HABMESOS_MARATHON_PASSWORD), or the token.");
        return ExportPublisher::tr(
            "Give --user with --password-file FILE (or $HABMESOS_MARATHON_PASSWORD), or --token-file FILE "
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

void ExportPublisher::uploadProgress(qint64 sent, qint64 total)
{
    if (total > 0)
        m_err << QStringLiteral("\ruploading: %1 of %2 MiB (%3%)")
                     .arg(double(sent) / (1 << 20), 0, 'f', 1)
                     .arg(double(total) / (1 << 20), 0, 'f', 1)
                     .arg(100 * sent / total)
              << Qt::flush;
}

std::optional<QUrl> ExportPublisher::finishUpload(TarballUploader& uploader)
{
    if (m_progressToTerminal) {
        QObject::connect(
            &uploader, &TarballUploader::progress, [this](qint64 sent, qint64 total) { uploadProgress(sent, total); });
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

std::optional<QUrl> ExportPublisher::publishHarts(
    const QUrl& folder, const QList<HartsPublisher::File>& files, const TarballUploader::Options& options)
{
    HartsPublisher publisher;
    if (m_progressToTerminal) {
        QObject::connect(
            &publisher, &HartsPublisher::progress, [this](qint64 sent, qint64 total) { uploadProgress(sent, total); });
    }
    publisher.publish(folder, files, options);
    waitFor(&publisher, &HartsPublisher::finished, [&publisher] { return publisher.isFinished(); });
    if (m_progressToTerminal)
        m_err << Qt::endl;
    const HartsPublisher::Outcome& outcome = publisher.outcome();
    for (const QString& warning : outcome.warnings)
        line(tr("warning: %1").arg(warning));
    if (!publisher.ok()) {
        report(outcome.error);
        return std::nullopt;
    }
    const QUrl& where = publisher.folder();
    line(tr("published to %1: %n file(s) sent (%2 MiB), %3 there already", nullptr, outcome.sent)
             .arg(where.toDisplayString())
             .arg(double(outcome.bytesToSend) / (1 << 20), 0, 'f', 1)
             .arg(outcome.skipped));
    return where;
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
    DeployWorkflow::Options workflowOptions;
    // The command line asks no questions: it replaces an existing app, and forces only with --force.
    workflowOptions.replace = DeployWorkflow::Answer::Yes;
    workflowOptions.force = options.force ? DeployWorkflow::Answer::Yes : DeployWorkflow::Answer::No;
    workflowOptions.follow = options.wait;
    workflowOptions.follower.timeoutMs = options.waitTimeoutMs;
    workflowOptions.follower.intervalMs = options.pollIntervalMs;
    DeployWorkflow workflow(&client, app, flavour, workflowOptions);
    QObject::connect(&workflow, &DeployWorkflow::locked, [&] {
        const QString ids = workflow.lockingDeployments().join(QStringLiteral(", "));
        if (options.force)
            line(tr("app %1 is locked by deployment(s) %2; forcing the update (--force), which cancels them")
                     .arg(app.id, ids));
        else
            line(tr("app %1 on %2 is locked by running deployment(s) %3. Wait for them to finish, or run again "
                    "with --force to cancel them and deploy anyway.")
                     .arg(app.id, client.server(), ids));
    });
    // What replacing the running app changes, before it is replaced (the window shows it as a table).
    QObject::connect(&workflow, &DeployWorkflow::exists, [&] {
        if (!workflow.changesError().isEmpty())
            line(tr("app %1 exists on %2; its definition could not be read to compare: %3")
                     .arg(app.id, client.server(), workflow.changesError()));
        else if (workflow.changes().isEmpty())
            line(tr("app %1 exists on %2 with this same definition; replacing it").arg(app.id, client.server()));
        else
            line(tr("app %1 exists on %2; replacing it changes: %3")
                     .arg(app.id, client.server(),
                         AppDiff::describe(workflow.changes()).replace(u'\n', QStringLiteral("; "))));
    });
    QObject::connect(&workflow, &DeployWorkflow::submitted, [&] {
        const QString what = workflow.updated() ? tr("updated app %1 on %2").arg(app.id, client.server())
                                                : tr("created app %1 on %2").arg(app.id, client.server());
        line(workflow.deploymentId().isEmpty() ? what : tr("%1 (deployment %2)").arg(what, workflow.deploymentId()));
    });
    QObject::connect(&workflow, &DeployWorkflow::followerStateChanged,
        [this](DeploymentFollower::State, const QString& message) { line(message); });
    workflow.start();
    waitFor(&workflow, &DeployWorkflow::finished, [&workflow] { return workflow.isFinished(); });
    switch (workflow.outcome()) {
    case DeployWorkflow::Outcome::Deployed:
        return Outcome::Deployed;
    case DeployWorkflow::Outcome::Declined: // said above, when the lock was found
        return Outcome::DeployFailed;
    case DeployWorkflow::Outcome::DeployFailed:
        report(workflow.error());
        return Outcome::DeployFailed;
    case DeployWorkflow::Outcome::DeploymentFailed:
        return Outcome::DeploymentFailed;
    }
    return Outcome::DeployFailed;
}

} // namespace habmesos
