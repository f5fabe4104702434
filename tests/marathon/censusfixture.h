// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace habmesos::test {

// Supervisor censuses in Habitat's own shape (habitat-sh/habitat components/sup/src/census.rs:
// CensusRingProxy, CensusGroup, CensusMemberProxy), written by hand for the tests.
struct CensusMember
{
    QString id;
    QString health = QStringLiteral("alive"); // alive, suspect, confirmed, departed
    bool leader = false;
    int gossipPort = 9638;
};

// One member as CensusMemberProxy serializes it.
inline QJsonObject censusMember(const CensusMember& m, const QString& service)
{
    QJsonObject sys { { "ctl_gateway_ip", "127.0.0.1" }, { "ctl_gateway_port", 9632 }, { "gossip_ip", "0.0.0.0" },
        { "gossip_port", m.gossipPort }, { "hostname", QString("agent-" + m.id) }, { "http_gateway_ip", "0.0.0.0" },
        { "http_gateway_port", 9631 }, { "ip", QString("10.0.0." + QString::number(m.id.size())) } };
    QJsonObject o { { "member_id", m.id },
        { "pkg",
            QJsonObject {
                { "origin", "core" }, { "name", service }, { "version", "7.0.12" }, { "release", "20260101000000" } } },
        { "pkg_incarnation", 1 }, { "package", QString("core/" + service + "/7.0.12/20260101000000") },
        { "service", service }, { "group", "default" }, { "org", QJsonValue::Null }, { "persistent", true },
        { "leader", m.leader }, { "follower", false }, { "update_leader", false }, { "update_follower", false },
        { "election_is_running", false }, { "election_is_no_quorum", false }, { "election_is_finished", false },
        { "update_election_is_running", false }, { "update_election_is_no_quorum", false },
        { "update_election_is_finished", false }, { "sys", sys }, { "cfg", QJsonObject { { "port", 6379 } } } };
    for (const char* h : { "alive", "suspect", "confirmed", "departed" })
        o.insert(QLatin1String(h), m.health == QLatin1String(h));
    return o;
}

// A census (CensusRingProxy) with one service group, redis.default.
inline QByteArray census(const QString& local, const QList<CensusMember>& members, const QString& leader = {})
{
    QJsonObject population;
    for (const CensusMember& m : members)
        population.insert(m.id, censusMember(m, QStringLiteral("redis")));
    const QJsonObject group { { "service_group", "redis.default" },
        { "election_status", leader.isEmpty() ? "None" : "ElectionFinished" }, { "update_election_status", "None" },
        { "pkg_incarnation", 1 }, { "leader_id", leader.isEmpty() ? QJsonValue(QJsonValue::Null) : leader },
        { "service_config", QJsonValue::Null }, { "local_member_id", local }, { "population", population },
        { "update_leader_id", QJsonValue::Null }, { "changed_service_files", QJsonArray() },
        { "service_files", QJsonObject() } };
    const QJsonObject ring { { "changed", false }, { "census_groups", QJsonObject { { "redis.default", group } } },
        { "local_member_id", local }, { "last_service_counter", 3 }, { "last_election_counter", 0 },
        { "last_election_update_counter", 0 }, { "last_membership_counter", 3 }, { "last_service_config_counter", 0 },
        { "last_service_file_counter", 0 } };
    return QJsonDocument(ring).toJson(QJsonDocument::Compact);
}

} // namespace habmesos::test
