// SPDX-License-Identifier: Apache-2.0
#include "ui/clusterview.h"

#include "marathon/marathonreply.h"
#include "ui/censusdialog.h"
#include "ui/clusterappsmodel.h"
#include "ui/secretstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace habmesos {

ClusterView::ClusterView(QWidget* parent)
    : QGroupBox(tr("Apps on the server"), parent)
    , m_model(new ClusterAppsModel(this))
{
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    m_askInstances = [this](const QString& id, int current) -> std::optional<int> {
        bool ok = false;
        const int n = QInputDialog::getInt(
            this, tr("Scale %1").arg(id), tr("Instances of %1:").arg(id), current, 0, 100000, 1, &ok);
        return ok ? std::optional<int>(n) : std::nullopt;
    };

    m_apps = new QTreeView(this);
    m_apps->setModel(m_model);
    m_apps->setRootIsDecorated(false);
    m_apps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_apps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_apps->header()->setSectionResizeMode(ClusterAppsModel::Id, QHeaderView::Stretch);
    m_apps->header()->setStretchLastSection(false);
    // Small minimums: the Marathon tab must fit a 700 px high window with its other rows.
    m_apps->setMinimumHeight(60);
    m_versions = new QListWidget(this);
    m_versions->setMinimumHeight(40);
    m_versions->setToolTip(tr("The chosen app's versions, newest first"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Mnemonics clear of the menu bar's (File, Edit, Run, View, Help) and of the panel's others.
    m_refresh = new QPushButton(tr("Reload"), this);
    m_refresh->setToolTip(tr("List the apps on the server again"));
    m_open = new QPushButton(tr("Open"), this);
    m_open->setToolTip(tr("Continue editing the chosen app's definition in the window"));
    m_scale = new QPushButton(tr("Scale…"), this);
    m_restart = new QPushButton(tr("Restart Tasks"), this);
    m_destroy = new QPushButton(tr("Destroy"), this);
    m_rollBack = new QPushButton(tr("Roll Back to This Version"), this);
    m_census = new QPushButton(tr("Census…"), this);
    m_census->setToolTip(tr("What the Supervisor of each task of the chosen app sees: the ring's members, the "
                            "leader, their health"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { m_refresh, m_open, m_census, m_scale, m_restart, m_destroy })
        buttons->addWidget(b);
    buttons->addStretch();
    auto* versionRow = new QHBoxLayout;
    versionRow->addWidget(m_versions, 1);
    versionRow->addWidget(m_rollBack, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_apps, 2);
    layout->addWidget(new QLabel(tr("Versions of the chosen app:"), this));
    layout->addLayout(versionRow, 1);
    layout->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &ClusterView::refresh);
    connect(m_open, &QPushButton::clicked, this, &ClusterView::openSelected);
    connect(m_scale, &QPushButton::clicked, this, &ClusterView::scale);
    connect(m_restart, &QPushButton::clicked, this, &ClusterView::restart);
    connect(m_destroy, &QPushButton::clicked, this, &ClusterView::destroy);
    connect(m_census, &QPushButton::clicked, this, &ClusterView::showCensus);
    connect(m_rollBack, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_versions->currentItem())
            rollBack(item->text());
    });
    connect(m_apps, &QTreeView::activated, this, &ClusterView::openSelected);
    connect(m_apps->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_versions->clear();
        updateButtons();
        loadVersions();
    });
    connect(m_versions, &QListWidget::currentRowChanged, this, &ClusterView::updateButtons);
    updateButtons();
}

ClusterView::~ClusterView()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ClusterView::setClientRequest(ClientRequest request)
{
    m_request = std::move(request);
    updateButtons();
}

void ClusterView::setConfirmation(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void ClusterView::setInstancesPrompt(AskInstances ask)
{
    m_askInstances = std::move(ask);
}

void ClusterView::setSecretStore(SecretStore* secrets)
{
    m_secrets = secrets;
}

void ClusterView::setServerName(const QString& name)
{
    if (name == m_serverName)
        return;
    m_serverName = name;
    // The list was another server's.
    m_model->clear();
    m_versions->clear();
    setStatus(QString());
    updateButtons();
    // An operator looking at the list while switching servers expects the new server's apps; a
    // hidden list waits for Refresh (nothing is asked of a server nobody looks at).
    if (!name.isEmpty() && isVisible())
        QTimer::singleShot(0, this, [this, name] {
            if (name == m_serverName && !m_busy)
                refresh();
        });
}

void ClusterView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

QString ClusterView::selectedAppId() const
{
    const QModelIndex current = m_apps->currentIndex();
    return current.isValid() ? m_model->apps().value(current.row()).id : QString();
}

bool ClusterView::selectApp(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_apps->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QStringList ClusterView::versions() const
{
    QStringList out;
    for (int i = 0; i < m_versions->count(); ++i)
        out.append(m_versions->item(i)->text());
    return out;
}

QString ClusterView::statusText() const
{
    return m_status->text();
}

void ClusterView::run(const QString& what, Call call, std::function<void(MarathonReply*)> done, bool forced)
{
    if (!m_request || m_running)
        return;
    m_running = true;
    updateButtons();
    setStatus(what + QStringLiteral("…"));
    m_request(
        [this, what, call, done, forced](MarathonClient* client) {
            MarathonReply* reply = call(client, forced ? MarathonClient::Force::Yes : MarathonClient::Force::No);
            m_reply = reply;
            connect(reply, &MarathonReply::finished, this, [this, reply, what, call, done, forced] {
                reply->deleteLater();
                m_running = false;
                updateButtons();
                if (reply->ok()) {
                    setStatus(QString());
                    done(reply);
                    return;
                }
                const MarathonError& error = reply->error();
                // Forcing cancels the deployments that hold the app: asked, never assumed.
                if (error.kind() == MarathonError::Kind::Locked && !forced
                    && m_confirm(tr("Application Locked"),
                        tr("%1: the app is locked by the deployment(s) %2, which are still running.\n\nForce it? "
                           "This cancels those deployments.")
                            .arg(what, error.deploymentIds().join(QStringLiteral(", "))))) {
                    run(what, call, done, true);
                    return;
                }
                setStatus(error.message());
                Q_EMIT operationFinished(false);
            });
        },
        [this](const QString& why) {
            m_running = false;
            updateButtons();
            setStatus(why);
            Q_EMIT operationFinished(false);
        });
}

void ClusterView::refresh()
{
    const QString keep = selectedAppId();
    run(
        tr("Listing the apps"), [](MarathonClient* c, MarathonClient::Force) { return c->listApps(); },
        [this, keep](MarathonReply* reply) {
            m_model->setApps(reply->json().value(QStringLiteral("apps")).toArray());
            setStatus(tr("%n app(s) on the server.", nullptr, int(m_model->apps().size())));
            if (!keep.isEmpty())
                selectApp(keep);
            Q_EMIT operationFinished(true);
        });
}

void ClusterView::loadVersions()
{
    const QString id = selectedAppId();
    if (id.isEmpty())
        return;
    run(
        tr("Listing the versions of %1").arg(id),
        [id](MarathonClient* c, MarathonClient::Force) { return c->appVersions(id); },
        [this, id](MarathonReply* reply) {
            if (selectedAppId() != id)
                return;
            QStringList versions;
            for (const QJsonValue& v : reply->json().value(QStringLiteral("versions")).toArray())
                versions.append(v.toString());
            // ISO-8601 in UTC sorts as text; Marathon promises no order.
            std::sort(versions.begin(), versions.end(), std::greater<>());
            m_versions->clear();
            m_versions->addItems(versions);
            Q_EMIT operationFinished(true);
        });
}

void ClusterView::rollBack(const QString& version)
{
    if (m_running)
        return;
    const QString id = selectedAppId();
    if (id.isEmpty() || version.isEmpty()
        || !m_confirm(tr("Roll Back"),
            tr("Roll %1 on %2 back to its version of %3? Its tasks are replaced by ones of that definition.")
                .arg(id, m_serverName, version)))
        return;
    run(
        tr("Reading version %1 of %2").arg(version, id),
        [id, version](MarathonClient* c, MarathonClient::Force) { return c->appVersion(id, version); },
        [this, id, version](MarathonReply* read) {
            const QJsonObject definition = read->json();
            run(
                tr("Rolling %1 back to %2").arg(id, version),
                [id, version, definition](MarathonClient* c, MarathonClient::Force force) {
                    return c->rollBackApp(id, version, definition, force);
                },
                [this, id, version](MarathonReply*) {
                    setStatus(tr("%1 is being rolled back to %2.").arg(id, version));
                    Q_EMIT operationFinished(true);
                    refresh();
                });
        });
}

void ClusterView::scale()
{
    if (m_running)
        return;
    const QString id = selectedAppId();
    if (id.isEmpty())
        return;
    const int current = m_model->apps().value(m_model->rowOf(id)).instances;
    const std::optional<int> n = m_askInstances(id, current);
    if (!n || *n == current)
        return;
    if (!m_confirm(tr("Scale"),
            tr("Scale %1 on %2 from %Ln instance(s) to %3?", nullptr, current).arg(id, m_serverName).arg(*n)))
        return;
    const int instances = *n;
    run(
        tr("Scaling %1").arg(id),
        [id, instances](MarathonClient* c, MarathonClient::Force force) { return c->scaleApp(id, instances, force); },
        [this, id, instances](MarathonReply*) {
            setStatus(tr("%1 is being scaled to %n instance(s).", nullptr, instances).arg(id));
            Q_EMIT operationFinished(true);
            refresh();
        });
}

void ClusterView::restart()
{
    if (m_running)
        return;
    const QString id = selectedAppId();
    if (id.isEmpty() || !m_confirm(tr("Restart"), tr("Restart every task of %1 on %2?").arg(id, m_serverName)))
        return;
    run(
        tr("Restarting %1").arg(id),
        [id](MarathonClient* c, MarathonClient::Force force) { return c->restartApp(id, force); },
        [this, id](MarathonReply*) {
            setStatus(tr("%1 is being restarted.").arg(id));
            Q_EMIT operationFinished(true);
            refresh();
        });
}

void ClusterView::destroy()
{
    if (m_running)
        return;
    const QString id = selectedAppId();
    if (id.isEmpty()
        || !m_confirm(tr("Destroy"),
            tr("Destroy %1 on %2? Its tasks are killed, and its definition and every version of it are deleted "
               "from Marathon.")
                .arg(id, m_serverName)))
        return;
    run(
        tr("Destroying %1").arg(id), [id](MarathonClient* c, MarathonClient::Force) { return c->deleteApp(id); },
        [this, id](MarathonReply*) {
            m_versions->clear();
            setStatus(tr("%1 is being destroyed.").arg(id));
            Q_EMIT operationFinished(true);
            refresh();
        });
}

void ClusterView::openSelected()
{
    const int row = m_model->rowOf(selectedAppId());
    if (row < 0)
        return;
    const QJsonObject definition = MarathonClient::definitionOnly(m_model->apps()[row].info);
    Q_EMIT openAppRequested(QJsonDocument(definition).toJson(QJsonDocument::Indented), m_serverName);
}

CensusDialog* ClusterView::showCensus()
{
    const int row = m_model->rowOf(selectedAppId());
    if (row < 0 || !m_request)
        return nullptr;
    // Its own calls, apart from run(): the census may take a while and the list stays usable.
    auto* dialog = new CensusDialog(m_serverName, m_model->apps()[row].info, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClientRequest(m_request);
    dialog->setSecretStore(m_secrets);
    dialog->show();
    dialog->start();
    return dialog;
}

void ClusterView::setStatus(const QString& text)
{
    m_status->setText(text);
}

void ClusterView::updateButtons()
{
    const bool idle = !m_busy && !m_running && m_request;
    const bool chosen = idle && !selectedAppId().isEmpty();
    m_refresh->setEnabled(idle);
    m_open->setEnabled(!selectedAppId().isEmpty());
    for (QPushButton* b : { m_scale, m_restart, m_destroy })
        b->setEnabled(chosen);
    m_census->setEnabled(chosen);
    m_rollBack->setEnabled(chosen && m_versions->currentItem());
}

} // namespace habmesos
