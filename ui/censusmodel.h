// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/supervisorcensus.h"

#include <QAbstractItemModel>
#include <QList>

namespace habmesos {

// The Supervisor census of an app's tasks as a tree: one row per task (its host, the gateway's
// address, Marathon's state and health, and what its Supervisor sees: members by gossip health,
// the leaders), under it one row per member that Supervisor sees. verdict() says in a sentence
// whether the tasks formed one ring. The answers are plain values from SupervisorCensus, swapped in
// whole (setAnswers) or one by one as they come (setAnswer).
class CensusModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Instance, // task: host; member: member id
        Address, // task: the gateway asked; member: its ip and gossip port
        State, // task: Marathon's state; member: alive, suspect, confirmed or departed
        Members, // task: the members it sees by health, or why it could not be asked; member: service groups
        Leader, // task: each group's leader; member: leader or follower
        Health, // task: Marathon's health checks
        ColumnCount
    };

    using QAbstractItemModel::QAbstractItemModel;

    // complete: these are the answers; otherwise the tasks being asked (none has answered yet).
    void setAnswers(const QList<SupervisorCensus::Answer>& answers, bool complete = true);
    void setAnswer(int row, const SupervisorCensus::Answer& answer);
    void clear();
    // The instances the app asks for (0: not known); fewer tasks than that are named in the verdict.
    void setExpectedInstances(int instances) { m_expected = instances; }
    const QList<SupervisorCensus::Answer>& answers() const { return m_answers; }
    // Whether every task has answered or failed (the verdict is final).
    bool isComplete() const;

    // "All 3 instances see each other: one ring." / "2 rings: …" / "Instance … could not be
    // asked: …", one sentence a line.
    QString verdict() const;
    // How a task is named to the operator: the gateway's address, else its host.
    static QString instanceName(const SupervisorCensus::Answer& answer);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant taskData(int row, int column, int role) const;
    QVariant memberData(
        const SupervisorCensus::Answer& answer, const SupervisorCensus::Member& member, int column, int role) const;

    QList<SupervisorCensus::Answer> m_answers;
    int m_expected = 0;
    QList<bool> m_done; // per task: its answer (or failure) came
    QList<QList<SupervisorCensus::Member>> m_members; // per task: what its census holds
};

} // namespace habmesos
