// SPDX-License-Identifier: Apache-2.0
#include "ui/censusmodel.h"

#include <QFont>

namespace habmesos {

namespace {

// Internal ids: 0 for a task's row, task row + 1 for the rows of its members.
constexpr quintptr TaskRow = 0;

QString healthText(SupervisorCensus::Health h)
{
    switch (h) {
    case SupervisorCensus::Health::Alive:
        return CensusModel::tr("alive");
    case SupervisorCensus::Health::Suspect:
        return CensusModel::tr("suspect");
    case SupervisorCensus::Health::Confirmed:
        return CensusModel::tr("confirmed dead");
    case SupervisorCensus::Health::Departed:
        return CensusModel::tr("departed");
    }
    return {};
}

// A few words for the row; the whole message is in the tooltip and the verdict.
QString failureText(SupervisorCensus::Failure f)
{
    switch (f) {
    case SupervisorCensus::Failure::None:
        return {};
    case SupervisorCensus::Failure::NotRunning:
        return CensusModel::tr("not asked: not running yet");
    case SupervisorCensus::Failure::NoPort:
        return CensusModel::tr("not asked: no hab-http port");
    case SupervisorCensus::Failure::Refused:
        return CensusModel::tr("not asked: connection refused");
    case SupervisorCensus::Failure::Timeout:
        return CensusModel::tr("not asked: no answer in time");
    case SupervisorCensus::Failure::Unauthorized:
        return CensusModel::tr("not asked: the gateway wants a token");
    case SupervisorCensus::Failure::HttpError:
        return CensusModel::tr("not asked: an HTTP error");
    case SupervisorCensus::Failure::NotCensus:
        return CensusModel::tr("not asked: the answer is no census");
    case SupervisorCensus::Failure::Network:
        return CensusModel::tr("not asked: a network error");
    }
    return {};
}

QString shortId(const QString& memberId)
{
    // Habitat's member ids are 32 hex digits; the first 8 tell them apart on screen.
    return memberId.left(8);
}

} // namespace

void CensusModel::setAnswers(const QList<SupervisorCensus::Answer>& answers, bool complete)
{
    beginResetModel();
    m_answers = answers;
    m_done = QList<bool>(answers.size(), complete);
    m_members.clear();
    for (const SupervisorCensus::Answer& a : answers)
        m_members.append(a.ok() && complete ? a.census.members() : QList<SupervisorCensus::Member>());
    endResetModel();
}

void CensusModel::setAnswer(int row, const SupervisorCensus::Answer& answer)
{
    if (row < 0 || row >= m_answers.size())
        return;
    const QModelIndex parent = index(row, 0);
    if (!m_members[row].isEmpty()) {
        beginRemoveRows(parent, 0, int(m_members[row].size()) - 1);
        m_members[row].clear();
        endRemoveRows();
    }
    m_answers[row] = answer;
    m_done[row] = true;
    const QList<SupervisorCensus::Member> members
        = answer.ok() ? answer.census.members() : QList<SupervisorCensus::Member>();
    if (!members.isEmpty()) {
        beginInsertRows(parent, 0, int(members.size()) - 1);
        m_members[row] = members;
        endInsertRows();
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CensusModel::clear()
{
    setAnswers({});
}

bool CensusModel::isComplete() const
{
    return !m_done.contains(false);
}

QString CensusModel::instanceName(const SupervisorCensus::Answer& answer)
{
    return answer.endpoint.isEmpty() ? answer.task.host : answer.endpoint;
}

QString CensusModel::verdict() const
{
    if (m_answers.isEmpty())
        return tr("The app has no tasks: there is no Supervisor to ask.");
    if (!isComplete())
        return tr("Asking %n instance(s)…", nullptr, int(m_answers.size()));
    QStringList lines;
    const QList<QList<int>> rings = SupervisorCensus::rings(m_answers);
    int answered = 0;
    for (const SupervisorCensus::Answer& a : m_answers)
        answered += a.ok() ? 1 : 0;
    const bool all = answered == m_answers.size();
    if (rings.size() == 1) {
        const QList<int>& ring = rings.first();
        if (ring.size() == 1) {
            lines.append(all ? tr("The one instance answered: a ring of one.")
                             : tr("Only %1 answered: a ring of one.").arg(instanceName(m_answers[ring.first()])));
        } else if (SupervisorCensus::seeEachOther(m_answers, ring)) {
            lines.append(all
                    ? tr("All %n instance(s) see each other: one ring.", nullptr, int(ring.size()))
                    : tr("The %n instance(s) that answered see each other: one ring.", nullptr, int(ring.size())));
        } else {
            // Name one pair that does not see each other yet: gossip takes a while to spread.
            QString pair;
            for (int i : ring) {
                for (int j : ring) {
                    if (pair.isEmpty() && i != j && !m_answers[i].census.sees(m_answers[j].census.localMemberId))
                        pair = tr("%1 does not see %2 yet").arg(instanceName(m_answers[i]), instanceName(m_answers[j]));
                }
            }
            lines.append(tr("One ring, still forming: %1. Ask again in a minute.").arg(pair));
        }
    } else if (rings.size() > 1) {
        QStringList groups;
        for (const QList<int>& ring : rings) {
            QStringList names;
            for (int i : ring)
                names.append(instanceName(m_answers[i]));
            groups.append(QStringLiteral("{") + names.join(QStringLiteral(", ")) + QStringLiteral("}"));
        }
        lines.append(tr("%n ring(s): %1. The instances did not join each other: look at the tasks' logs for "
                        "the peers they were given.",
            nullptr, int(rings.size()))
                         .arg(groups.join(QStringLiteral(", "))));
    }
    for (const SupervisorCensus::Answer& a : m_answers) {
        if (!a.ok())
            lines.append(tr("Instance %1 could not be asked: %2").arg(instanceName(a), a.error));
    }
    if (m_expected > m_answers.size())
        lines.append(tr("Marathon lists %1 of the %n instance(s) the app asks for; the others are not running.",
            nullptr, m_expected)
                         .arg(m_answers.size()));
    return lines.join(u'\n');
}

QModelIndex CensusModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_answers.size() ? createIndex(row, column, TaskRow) : QModelIndex();
    if (parent.internalId() != TaskRow || parent.row() >= m_members.size() || row >= m_members[parent.row()].size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CensusModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == TaskRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TaskRow);
}

int CensusModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_answers.size());
    if (parent.internalId() == TaskRow && parent.column() == 0 && parent.row() < m_members.size())
        return int(m_members[parent.row()].size());
    return 0;
}

int CensusModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CensusModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == TaskRow)
        return index.row() < m_answers.size() ? taskData(index.row(), index.column(), role) : QVariant();
    const int task = int(index.internalId() - 1);
    if (task >= m_members.size() || index.row() >= m_members[task].size())
        return {};
    return memberData(m_answers[task], m_members[task][index.row()], index.column(), role);
}

QVariant CensusModel::taskData(int row, int column, int role) const
{
    const SupervisorCensus::Answer& a = m_answers[row];
    const bool done = m_done.value(row);
    if (role == Qt::ToolTipRole) {
        if (column == Instance)
            return tr("Task %1").arg(a.task.id);
        if (column == Members && !a.ok())
            return a.error;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Instance:
        return a.task.host;
    case Address:
        return a.endpoint.isEmpty() ? tr("(no hab-http port)") : a.endpoint;
    case State:
        return a.task.state;
    case Members: {
        if (!done)
            return tr("asking…");
        if (!a.ok())
            return failureText(a.failure);
        int counts[4] = {};
        for (const SupervisorCensus::Member& m : m_members.value(row))
            ++counts[int(m.health)];
        return tr("%1 alive, %2 suspect, %3 confirmed dead, %4 departed")
            .arg(counts[0])
            .arg(counts[1])
            .arg(counts[2])
            .arg(counts[3]);
    }
    case Leader: {
        if (!done || !a.ok())
            return {};
        QStringList leaders;
        for (const SupervisorCensus::Group& g : a.census.groups) {
            if (!g.leaderId.isEmpty())
                leaders.append(tr("%1: %2").arg(g.serviceGroup, shortId(g.leaderId)));
        }
        return leaders.isEmpty() ? tr("none (no leader topology)") : leaders.join(QStringLiteral(", "));
    }
    case Health: {
        const std::optional<bool> healthy = a.task.healthy();
        if (!healthy)
            return tr("no health check result");
        return *healthy ? tr("healthy") : tr("unhealthy");
    }
    }
    return {};
}

QVariant CensusModel::memberData(
    const SupervisorCensus::Answer& a, const SupervisorCensus::Member& m, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == Instance)
        return tr("Member %1 on %2, running %3").arg(m.memberId, m.hostname, m.package);
    if (role == Qt::FontRole && column == Instance && m.memberId == a.census.localMemberId) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Instance:
        return m.memberId == a.census.localMemberId ? tr("%1 (itself)").arg(shortId(m.memberId)) : shortId(m.memberId);
    case Address:
        return tr("%1, gossip %2:%3").arg(m.ip, m.gossipIp).arg(m.gossipPort);
    case State:
        return healthText(m.health);
    case Members: {
        QStringList groups;
        for (const SupervisorCensus::Group& g : a.census.groups) {
            for (const SupervisorCensus::Member& p : g.population) {
                if (p.memberId == m.memberId)
                    groups.append(g.serviceGroup);
            }
        }
        return groups.join(QStringLiteral(", "));
    }
    case Leader: {
        QStringList roles;
        if (m.leader)
            roles.append(tr("leader"));
        else if (m.follower)
            roles.append(tr("follower"));
        if (m.updateLeader)
            roles.append(tr("update leader"));
        return roles.join(QStringLiteral(", "));
    }
    case Health: // the service's own health is not in the census: see the task's row
        return {};
    }
    return {};
}

QVariant CensusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Instance:
        return tr("Instance");
    case Address:
        return tr("Address");
    case State:
        return tr("State");
    case Members:
        return tr("Ring members it sees");
    case Leader:
        return tr("Leader");
    case Health:
        return tr("Health");
    }
    return {};
}

} // namespace habmesos
