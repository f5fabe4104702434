// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace habmesos {

// One running task of an app as Marathon lists it (GET /v2/apps/{id}/tasks, or an AppInfo's
// embedded "tasks"): the RAML type task.Task (shared/marathon/schema/raml/v2/types/task.raml,
// example examples/app_tasks.json). Read strictly: a field of the wrong type, or one the RAML
// requires missing, is an error naming the task and the field, never a guess.
class MarathonTask
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::MarathonTask)
public:
    struct IpAddress
    {
        QString ipAddress;
        QString protocol; // "IPv4" or "IPv6" (strings.IpProtocol)
        bool operator==(const IpAddress&) const = default;
    };
    // One entry of healthCheckResults (healthCheck.raml Health).
    struct HealthResult
    {
        bool alive = false;
        int consecutiveFailures = 0;
        QString lastSuccess;
        QString lastFailure;
        QString lastFailureCause;
        bool operator==(const HealthResult&) const = default;
    };

    QString id;
    QString appId;
    QString host; // the agent's host name, not necessarily an address
    QList<int> ports; // the host ports, in the order of the app's portDefinitions
    QList<IpAddress> ipAddresses;
    QString state; // TASK_RUNNING, TASK_STAGING, … (strings.MesosTaskState)
    QString stagedAt;
    QString startedAt;
    QString version;
    QString slaveId;
    QList<HealthResult> healthCheckResults;

    bool operator==(const MarathonTask&) const = default;

    // Whether every health check passes; nullopt while there is no result (no checks, or none
    // has run yet).
    std::optional<bool> healthy() const;
    // Where to reach the task: its first IPv4 address, else its host.
    QString address() const;

    // One task object; `where` names it in messages ("task 2").
    static Result<MarathonTask> fromJson(const QJsonObject& json, const QString& where);
    // A whole answer of GET /v2/apps/{id}/tasks: {"tasks": [Task, …]}.
    static Result<QList<MarathonTask>> listFromJson(const QByteArray& body);
};

} // namespace habmesos
