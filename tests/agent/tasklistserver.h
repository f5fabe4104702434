// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/httprequestreader.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace habmesos::test {

// A STAND-IN for the part of Marathon the ring's tasks ask (issue #13): GET /v2/apps with a
// `label` equality selector and embed=apps.tasks, GET /v2/apps/{id}/tasks (MAR v2/apps.raml,
// types/task.raml), on 127.0.0.1. The test registers the apps (id, labels, portDefinitions) and
// the tasks the agent stand-ins run (host, ports, ipAddresses, state), and removes a task
// when it is killed. Every request is kept, for the test to see what was sent.
class TaskListServer : public QObject
{
public:
    TaskListServer();

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const;
    const QList<QByteArray>& requests() const { return m_requests; }

    void addApp(const QJsonObject& app); // as posted: id, labels, portDefinitions
    void addTask(const QString& appId, const QString& taskId, const QString& host, const QList<int>& ports,
        const QString& ip, const QString& state = QStringLiteral("TASK_RUNNING"));
    void removeTask(const QString& taskId);

    // The answer to `path` (with its query), or an empty object for an unknown path.
    QJsonObject answer(const QString& path) const;

private:
    void onData(QTcpSocket* socket);

    QList<QJsonObject> m_apps;
    QHash<QString, QList<QJsonObject>> m_tasks; // app id -> tasks
    QHash<QTcpSocket*, HttpRequestReader> m_readers;
    QList<QByteArray> m_requests;
    QTcpServer m_server; // last: destroyed first
};

} // namespace habmesos::test
