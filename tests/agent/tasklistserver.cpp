// SPDX-License-Identifier: Apache-2.0
#include "agent/tasklistserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>

namespace habmesos::test {

TaskListServer::TaskListServer()
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_readers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

QUrl TaskListServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void TaskListServer::addApp(const QJsonObject& app)
{
    m_apps.append(app);
}

void TaskListServer::addTask(const QString& appId, const QString& taskId, const QString& host, const QList<int>& ports,
    const QString& ip, const QString& state)
{
    QJsonArray portList;
    for (int p : ports)
        portList.append(p);
    QJsonObject task { { QStringLiteral("id"), taskId }, { QStringLiteral("appId"), appId },
        { QStringLiteral("host"), host }, { QStringLiteral("ports"), portList }, { QStringLiteral("state"), state } };
    if (!ip.isEmpty())
        task.insert(QStringLiteral("ipAddresses"),
            QJsonArray { QJsonObject {
                { QStringLiteral("ipAddress"), ip }, { QStringLiteral("protocol"), QStringLiteral("IPv4") } } });
    m_tasks[appId].append(task);
}

void TaskListServer::removeTask(const QString& taskId)
{
    for (auto& list : m_tasks) {
        list.removeIf([&](const QJsonObject& t) { return t.value(QStringLiteral("id")).toString() == taskId; });
    }
}

QJsonObject TaskListServer::answer(const QString& target) const
{
    const QUrl url(target);
    const QString path = url.path();
    const QUrlQuery query(url);
    auto withTasks = [&](QJsonObject app) {
        QJsonArray tasks;
        for (const QJsonObject& t : m_tasks.value(app.value(QStringLiteral("id")).toString()))
            tasks.append(t);
        app.insert(QStringLiteral("tasks"), tasks);
        return app;
    };
    if (path == u"/v2/apps") {
        // Only the equality selector the tasks use: label==value.
        const QString selector = query.queryItemValue(QStringLiteral("label"), QUrl::FullyDecoded);
        const QString key = selector.section(QStringLiteral("=="), 0, 0);
        const QString value = selector.section(QStringLiteral("=="), 1);
        const bool embed = query.allQueryItemValues(QStringLiteral("embed")).contains(QStringLiteral("apps.tasks"));
        QJsonArray apps;
        for (const QJsonObject& app : m_apps) {
            if (!selector.isEmpty() && app.value(QStringLiteral("labels")).toObject().value(key).toString() != value)
                continue;
            apps.append(embed ? withTasks(app) : app);
        }
        return { { QStringLiteral("apps"), apps } };
    }
    for (const QJsonObject& app : m_apps) {
        if (path == QStringLiteral("/v2/apps") + app.value(QStringLiteral("id")).toString() + QStringLiteral("/tasks"))
            return { { QStringLiteral("tasks"), withTasks(app).value(QStringLiteral("tasks")) } };
    }
    return {};
}

void TaskListServer::onData(QTcpSocket* socket)
{
    HttpRequestReader& reader = m_readers[socket];
    reader.append(socket->readAll());
    const std::optional<QByteArray> request = reader.next();
    if (!request)
        return;
    m_requests.append(*request);
    m_readers.remove(socket);
    const QByteArray line = request->left(request->indexOf("\r\n"));
    const QList<QByteArray> parts = line.split(' ');
    const QJsonObject body
        = parts.size() >= 2 && parts[0] == "GET" ? answer(QString::fromUtf8(parts[1])) : QJsonObject();
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray status = body.isEmpty() ? "404 Not Found" : "200 OK";
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(json.size()) + "\r\n\r\n" + json);
    socket->disconnectFromHost();
}

} // namespace habmesos::test
