// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace habmesos {

// What replacing a running app changes: its definition as GET /v2/apps/{id} returns it, against the
// one about to be sent (PUT /v2/apps/{id}, a partial update). Field by field, in the operator's
// words ("env HAB_REDIS", "port ssl-port number"), so that an unchanged app shows no change:
// - what Marathon adds (version, versionInfo, task counts, tasks, deployments, lastTaskFailure) is
//   ignored, and so is every field the new definition does not name (a partial update keeps it);
// - Marathon's filled-in defaults (apps.raml, healthCheck.raml, artifact.raml) count as given;
// - a port sent as 0 (any free port) matches the port Marathon picked.
class AppDiff
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::AppDiff)
public:
    struct Change
    {
        QString what; // "cpus", "env HAB_REDIS", "port ssl-port number"
        QString field; // the JSON path in the new definition ("env/HAB_REDIS"); empty: none
        QString before; // empty: not set on the server
        QString after; // empty: removed
        bool operator==(const Change&) const = default;
    };
    using Changes = QList<Change>;

    static Changes compare(const QJsonObject& running, const QJsonObject& proposed);
    // One line per change: "cpus: 0.5 → 1", "env HAB_X: added (1)", "label a: removed".
    static QString describe(const Change& change);
    static QString describe(const Changes& changes);
};

} // namespace habmesos
