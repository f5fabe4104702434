// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/marathontask.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace habmesos {

// Asks the Supervisor of each running task of an app for its census (GET /census on the HTTP
// gateway, the task's port named hab-http), several at once but a bounded number, and reads the
// answers into plain values: per service group its members, their gossip health, the leader and
// the election. Together they show whether the tasks formed one ring.
//
// The census's shape is Habitat's own serialization: CensusRingProxy, CensusGroup and
// CensusMemberProxy in habitat-sh/habitat components/sup/src/census.rs (SysInfo in
// components/butterfly/src/rumor/service.rs), checked by components/sup/doc/
// http_gateway_census_schema.json. The gateway answers 401 to every request without
// "Authorization: Bearer <token>" when HAB_SUP_GATEWAY_AUTH_TOKEN is set
// (components/sup/src/http_gateway.rs, authentication_middleware).
class SupervisorCensus : public QObject
{
    Q_OBJECT
public:
    // A member's state in the gossip ring (butterfly member::Health).
    enum class Health
    {
        Alive,
        Suspect,
        Confirmed, // confirmed dead
        Departed,
    };
    struct Member
    {
        QString memberId;
        QString service;
        QString group;
        QString package; // origin/name/version/release
        QString ip; // sys.ip: the address the member announces
        QString hostname;
        QString gossipIp;
        int gossipPort = 0;
        Health health = Health::Alive;
        bool leader = false;
        bool follower = false;
        bool updateLeader = false;
        bool operator==(const Member&) const = default;
    };
    struct Group
    {
        QString serviceGroup; // service.group[@org]
        QString electionStatus; // None, ElectionInProgress, ElectionNoQuorum, ElectionFinished
        QString updateElectionStatus;
        QString leaderId; // empty: no leader
        QString updateLeaderId;
        QList<Member> population; // sorted by member id
        bool operator==(const Group&) const = default;
    };
    // One Supervisor's census.
    struct Census
    {
        QString localMemberId; // the Supervisor that answered
        QList<Group> groups; // sorted by service group

        // Every member of every group once (a member that runs no service is not in the census).
        QList<Member> members() const;
        std::optional<Member> member(const QString& memberId) const;
        // Alive or suspect: the member is still in the ring as this Supervisor sees it.
        bool sees(const QString& memberId) const;
        // {"census_groups": …, "local_member_id": …}; strict: a field of the wrong type or a
        // required one missing is an error naming it.
        static Result<Census> fromJson(const QByteArray& body);
    };
    enum class Failure
    {
        None,
        NotRunning, // Marathon does not list the task as running: no Supervisor to ask yet
        NoPort, // the task has no port at the gateway's index
        Refused,
        Timeout,
        Unauthorized, // 401: token missing or wrong
        HttpError,
        NotCensus, // answered, but not with a census
        Network, // anything else on the way
    };
    // What one task answered.
    struct Answer
    {
        MarathonTask task;
        QString endpoint; // address:port asked, empty without a port
        Failure failure = Failure::None;
        QString error; // for the operator, naming the task; empty when the census came
        Census census;
        bool ok() const { return failure == Failure::None; }
    };
    struct Options
    {
        QString token; // HAB_SUP_GATEWAY_AUTH_TOKEN; empty: none is sent
        int timeoutMs = 10000; // without any answer
        int deadlineMs = 20000; // from asking to the last byte
        qint64 maxReplyBytes = 16 * 1024 * 1024; // a census holds every group's config and files
        int parallel = 4; // tasks asked at once
    };

    explicit SupervisorCensus(Options options, QObject* parent = nullptr);
    ~SupervisorCensus() override;

    // The index of the app's port named `name` among a task's ports: portDefinitions, or the
    // container's portMappings that have a host port. An error says what the app lacks.
    static Result<int> portIndex(const QJsonObject& app, const QString& name = QStringLiteral("hab-http"));

    // Asks every running task (the others are answered NotRunning); answered() as each answer comes, then finished()
    // with all, in the tasks' order. A call while one runs cancels it.
    void ask(const QList<MarathonTask>& tasks, int httpPortIndex);
    void cancel();
    bool isRunning() const { return !m_pending.isEmpty() || !m_running.isEmpty(); }
    const QList<Answer>& answers() const { return m_answers; }

    // The rings the answering tasks form: indices into answers, grouped so that two tasks are in
    // one group when one's census holds the other's Supervisor (alive or suspect). Tasks that did
    // not answer are in none. Largest group first.
    static QList<QList<int>> rings(const QList<Answer>& answers);
    // Whether every task of the ring sees every other one.
    static bool seeEachOther(const QList<Answer>& answers, const QList<int>& ring);

Q_SIGNALS:
    void answered(int index, const habmesos::SupervisorCensus::Answer& answer);
    void finished(const QList<habmesos::SupervisorCensus::Answer>& answers);

private:
    void startNext();
    void handleFinished(int index, QNetworkReply* reply);
    void complete(int index, Answer answer);
    QString failureText(const Answer& answer, Failure failure, const QString& detail) const;

    Options m_options;
    QNetworkAccessManager* m_nam;
    QList<Answer> m_answers;
    QList<int> m_pending;
    QList<QPointer<QNetworkReply>> m_running;
    quint64 m_generation = 0;
};

} // namespace habmesos
