// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace habmesos {

// The apps on a Marathon server as GET /v2/apps (with embed=apps.counts, apps.deployments) lists
// them: id, instances running and healthy of the total, and whether a deployment is in progress.
class ClusterAppsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Running,
        Healthy,
        State,
        ColumnCount
    };
    struct App
    {
        QString id;
        int instances = 0;
        int running = 0;
        int healthy = 0;
        int staged = 0;
        bool healthChecked = false;
        bool deploying = false;
        QJsonObject info; // the AppInfo as listed
    };

    using QAbstractTableModel::QAbstractTableModel;

    // From /v2/apps' "apps"; sorted by id.
    void setApps(const QJsonArray& apps);
    void clear();
    const QList<App>& apps() const { return m_apps; }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<App> m_apps;
};

} // namespace habmesos
