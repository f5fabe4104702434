// SPDX-License-Identifier: Apache-2.0
// DeployPanel's part that drives DeployWorkflow: its questions (replace, with the diff; force) and
// what it reports, apart from the panel's layout and upload in deploypanel.cpp.
#include "ui/deploypanel.h"

#include "marathon/marathonclient.h"
#include "ui/appdiffdialog.h"

#include <QProgressBar>

namespace habmesos {

void DeployPanel::startWorkflow(MarathonClient* client)
{
    DeployWorkflow::Options options; // both questions are the user's
    options.follower = m_followerOptions;
    m_workflow = std::make_unique<DeployWorkflow>(client, m_sending, m_sendingFlavour, options);
    DeployWorkflow* workflow = m_workflow.get();
    const QString id = m_sending.id;
    connect(workflow, &DeployWorkflow::creating, this,
        [this, id, client] { setStatus(tr("Creating %1 on %2…").arg(id, client->server())); });
    connect(workflow, &DeployWorkflow::updating, this, [this, id, client](bool forced) {
        setStatus(forced ? tr("Updating %1 on %2, canceling the deployments that hold it…").arg(id, client->server())
                         : tr("Updating %1 on %2…").arg(id, client->server()));
    });
    connect(workflow, &DeployWorkflow::decisionNeeded, this, &DeployPanel::onDecisionNeeded);
    connect(workflow, &DeployWorkflow::submitted, this, [this] { m_tasks->setVisible(false); });
    connect(workflow, &DeployWorkflow::followerStateChanged, this,
        [this](DeploymentFollower::State, const QString& message) { onFollowerState(message); });
    connect(workflow, &DeployWorkflow::finished, this, &DeployPanel::onWorkflowFinished);
    workflow->start();
}

void DeployPanel::onDecisionNeeded(DeployWorkflow::Question question)
{
    DeployWorkflow* workflow = m_workflow.get();
    if (!workflow)
        return;
    bool yes = false;
    switch (question) {
    case DeployWorkflow::Question::Replace:
        yes = confirmReplace(workflow);
        break;
    case DeployWorkflow::Question::Force:
        // Forcing cancels the running deployments: asked every time, never assumed.
        yes = m_confirm(tr("Application Locked"),
            tr("%1 is locked by the deployment(s) %2, which are still running.\n\nForce the change? This "
               "cancels those deployments and deploys this definition instead.")
                .arg(m_sending.id, workflow->lockingDeployments().join(QStringLiteral(", "))));
        break;
    }
    // The dialog ran an event loop: the workflow may have been stopped meanwhile.
    if (m_workflow.get() == workflow)
        workflow->decide(yes);
}

bool DeployPanel::confirmReplace(DeployWorkflow* workflow)
{
    const QString server = workflow->client()->server();
    if (m_confirmReplace)
        return m_confirmReplace(m_sending.id, server, workflow->changes(), workflow->changesError());
    if (m_confirmSet) {
        QString changes
            = workflow->changesError().isEmpty() ? AppDiff::describe(workflow->changes()) : workflow->changesError();
        if (changes.isEmpty())
            changes = tr("(no field changes)");
        return m_confirm(tr("Application Exists"),
            tr("An application with the id %1 already exists on %2.\n\nReplacing it changes:\n%3\n\nReplace its "
               "definition with this one?")
                .arg(m_sending.id, server, changes));
    }
    AppDiffDialog dialog(m_sending.id, server, workflow->changes(), workflow->changesError(), this);
    return dialog.exec() == QDialog::Accepted;
}

void DeployPanel::onFollowerState(const QString& message)
{
    if (m_workflow && m_workflow->instances() > 0) {
        m_tasks->setRange(0, m_workflow->instances());
        m_tasks->setValue(qMin(m_workflow->tasksRunning(), m_workflow->instances()));
        m_tasks->setVisible(true);
    }
    setStatus(tr("%1: %2").arg(m_sending.id, message));
    Q_EMIT deploymentStateChanged(message);
}

void DeployPanel::onWorkflowFinished(DeployWorkflow::Outcome outcome)
{
    if (!m_workflow)
        return;
    DeployWorkflow* workflow = m_workflow.release();
    workflow->deleteLater(); // we are inside its signal
    const MarathonError& error = workflow->error();
    const QString& id = m_sending.id;
    switch (outcome) {
    case DeployWorkflow::Outcome::Deployed:
        setStatus(tr("%1 runs: %2").arg(id, workflow->message()));
        finishTask(true);
        return;
    case DeployWorkflow::Outcome::DeploymentFailed:
        // The follower's last state already said why ("Failed: a task of ... failed (...)").
        setStatus(tr("%1: %2").arg(id, workflow->message()));
        break;
    case DeployWorkflow::Outcome::Declined:
    case DeployWorkflow::Outcome::DeployFailed:
        if (error.kind() == MarathonError::Kind::AlreadyExists) {
            setStatus(tr("Not deployed: %1 already exists and was left as it is.").arg(id));
            break;
        }
        if (outcome == DeployWorkflow::Outcome::Declined) {
            setStatus(tr("Not deployed: %1 is locked by the deployment(s) %2.")
                          .arg(id, workflow->lockingDeployments().join(QStringLiteral(", "))));
            break;
        }
        // The stored password or token was not accepted: ask again next time.
        if (error.kind() == MarathonError::Kind::Unauthorized)
            m_servers->secretRefused();
        setStatus(error.message());
        if (!error.fieldProblems().isEmpty()
            && (error.kind() == MarathonError::Kind::Validation || error.kind() == MarathonError::Kind::InvalidJson)) {
            showProblems(error.fieldProblems());
            Q_EMIT serverProblems(error.fieldProblems());
        }
        break;
    }
    finishTask(false);
}

} // namespace habmesos
