// SPDX-License-Identifier: Apache-2.0
#include "ui/clusterappsmodel.h"

#include <algorithm>

namespace habmesos {

void ClusterAppsModel::setApps(const QJsonArray& apps)
{
    beginResetModel();
    m_apps.clear();
    for (const QJsonValue& v : apps) {
        const QJsonObject o = v.toObject();
        App app;
        app.id = o.value(QStringLiteral("id")).toString();
        if (app.id.isEmpty())
            continue;
        app.instances = o.value(QStringLiteral("instances")).toInt(1);
        app.running = o.value(QStringLiteral("tasksRunning")).toInt();
        app.healthy = o.value(QStringLiteral("tasksHealthy")).toInt();
        app.staged = o.value(QStringLiteral("tasksStaged")).toInt();
        app.healthChecked = !o.value(QStringLiteral("healthChecks")).toArray().isEmpty();
        app.deploying = !o.value(QStringLiteral("deployments")).toArray().isEmpty();
        app.info = o;
        m_apps.append(app);
    }
    std::sort(m_apps.begin(), m_apps.end(), [](const App& a, const App& b) { return a.id < b.id; });
    endResetModel();
}

void ClusterAppsModel::clear()
{
    beginResetModel();
    m_apps.clear();
    endResetModel();
}

int ClusterAppsModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_apps.size(); ++i)
        if (m_apps[i].id == id)
            return i;
    return -1;
}

int ClusterAppsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size());
}

int ClusterAppsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterAppsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_apps.size())
        return {};
    const App& app = m_apps[index.row()];
    if (role == Qt::UserRole)
        return app.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return app.id;
    case Running:
        return tr("%1 of %2").arg(app.running).arg(app.instances);
    case Healthy:
        return app.healthChecked ? tr("%1 of %2").arg(app.healthy).arg(app.instances) : tr("no health check");
    case State:
        if (app.deploying)
            return tr("Deploying");
        if (app.instances == 0)
            return tr("Suspended");
        if (app.running < app.instances)
            return tr("Waiting (%n task(s) staged)", nullptr, app.staged);
        return tr("Running");
    default:
        return {};
    }
}

QVariant ClusterAppsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Application");
    case Running:
        return tr("Running");
    case Healthy:
        return tr("Healthy");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace habmesos
