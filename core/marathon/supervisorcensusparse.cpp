// SPDX-License-Identifier: Apache-2.0
// SupervisorCensus's reading of a census, of an app's ports, and the rings the answers form; the
// asking is in supervisorcensus.cpp. Field names: habitat-sh/habitat components/sup/src/census.rs
// (the Serialize impls of CensusRingProxy, CensusGroup, CensusMemberProxy) and
// components/butterfly/src/rumor/service.rs (SysInfo).
#include "marathon/supervisorcensus.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <numeric>

namespace habmesos {

namespace {

// Reads fields of one object of the census, remembering the first problem.
class Fields
{
public:
    Fields(const QJsonObject& json, QString where, QString* problem)
        : m_json(json)
        , m_where(std::move(where))
        , m_problem(problem)
    { }

    QString string(const char* key, bool nullable = false)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (!(nullable && v.isNull()))
            fail(key, v.isUndefined() ? SupervisorCensus::tr("is missing") : SupervisorCensus::tr("is not text"));
        return {};
    }
    bool boolean(const char* key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (!v.isBool())
            fail(key,
                v.isUndefined() ? SupervisorCensus::tr("is missing") : SupervisorCensus::tr("is not true or false"));
        return v.toBool();
    }
    int port(const char* key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 65535 || d != double(int(d)))
            fail(key, SupervisorCensus::tr("is not a port number"));
        return v.toInt();
    }
    QJsonObject object(const char* key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (!v.isObject())
            fail(key, v.isUndefined() ? SupervisorCensus::tr("is missing") : SupervisorCensus::tr("is not an object"));
        return v.toObject();
    }
    const QString& where() const { return m_where; }

private:
    void fail(const char* key, const QString& what)
    {
        if (m_problem->isEmpty())
            *m_problem = SupervisorCensus::tr("%1: “%2” %3").arg(m_where, QLatin1String(key), what);
    }

    QJsonObject m_json;
    QString m_where;
    QString* m_problem;
};

SupervisorCensus::Member readMember(const QString& id, const QJsonValue& value, const QString& where, QString* problem)
{
    SupervisorCensus::Member m;
    if (!value.isObject()) {
        *problem = SupervisorCensus::tr("%1 is not an object").arg(where);
        return m;
    }
    Fields f(value.toObject(), where, problem);
    m.memberId = f.string("member_id");
    if (problem->isEmpty() && m.memberId != id)
        *problem = SupervisorCensus::tr("%1 is listed under another id (%2)").arg(where, id.left(40));
    m.service = f.string("service");
    m.group = f.string("group");
    // "package" is the ident as text since Habitat 0.64; before, only "pkg" (an object) was there.
    const QJsonObject o = value.toObject();
    if (o.value(QLatin1String("package")).isString()) {
        m.package = o.value(QLatin1String("package")).toString();
    } else if (o.value(QLatin1String("pkg")).isObject()) {
        const QJsonObject pkg = o.value(QLatin1String("pkg")).toObject();
        QStringList parts;
        for (const char* key : { "origin", "name", "version", "release" }) {
            const QString part = pkg.value(QLatin1String(key)).toString();
            if (!part.isEmpty())
                parts.append(part);
        }
        m.package = parts.join(u'/');
    }
    const bool alive = f.boolean("alive");
    const bool suspect = f.boolean("suspect");
    const bool confirmed = f.boolean("confirmed");
    const bool departed = f.boolean("departed");
    // update_from_health sets exactly one of the four.
    m.health = alive ? SupervisorCensus::Health::Alive
        : suspect    ? SupervisorCensus::Health::Suspect
        : confirmed  ? SupervisorCensus::Health::Confirmed
        : departed   ? SupervisorCensus::Health::Departed
                     : SupervisorCensus::Health::Confirmed;
    m.leader = f.boolean("leader");
    m.follower = f.boolean("follower");
    m.updateLeader = f.boolean("update_leader");
    Fields sys(f.object("sys"), SupervisorCensus::tr("%1, “sys”").arg(where), problem);
    if (problem->isEmpty()) {
        m.ip = sys.string("ip");
        m.hostname = sys.string("hostname");
        m.gossipIp = sys.string("gossip_ip");
        m.gossipPort = sys.port("gossip_port");
    }
    return m;
}

} // namespace

QList<SupervisorCensus::Member> SupervisorCensus::Census::members() const
{
    QList<Member> out;
    QStringList seen;
    for (const Group& g : groups) {
        for (const Member& m : g.population) {
            if (seen.contains(m.memberId))
                continue;
            seen.append(m.memberId);
            out.append(m);
        }
    }
    std::sort(out.begin(), out.end(), [](const Member& a, const Member& b) { return a.memberId < b.memberId; });
    return out;
}

std::optional<SupervisorCensus::Member> SupervisorCensus::Census::member(const QString& memberId) const
{
    for (const Group& g : groups) {
        for (const Member& m : g.population) {
            if (m.memberId == memberId)
                return m;
        }
    }
    return std::nullopt;
}

bool SupervisorCensus::Census::sees(const QString& memberId) const
{
    const std::optional<Member> m = member(memberId);
    return m && (m->health == Health::Alive || m->health == Health::Suspect);
}

Result<SupervisorCensus::Census> SupervisorCensus::Census::fromJson(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<Census>::failure(ErrorKind::Network,
            body.trimmed().isEmpty()
                ? tr("the answer is empty")
                : tr("the answer is not JSON; it starts with “%1”").arg(QString::fromUtf8(body.left(60)).simplified()));
    QString problem;
    Census census;
    Fields top(doc.object(), tr("the census"), &problem);
    census.localMemberId = top.string("local_member_id");
    const QJsonObject groups = top.object("census_groups");
    for (auto g = groups.begin(); g != groups.end() && problem.isEmpty(); ++g) {
        const QString where = tr("service group %1").arg(g.key().left(80));
        if (!g.value().isObject()) {
            problem = tr("%1 is not an object").arg(where);
            break;
        }
        Fields f(g.value().toObject(), where, &problem);
        Group group;
        group.serviceGroup = f.string("service_group");
        group.electionStatus = f.string("election_status");
        group.updateElectionStatus = f.string("update_election_status");
        group.leaderId = f.string("leader_id", true);
        group.updateLeaderId = f.string("update_leader_id", true);
        const QJsonObject population = f.object("population");
        for (auto m = population.begin(); m != population.end() && problem.isEmpty(); ++m)
            group.population.append(
                readMember(m.key(), m.value(), tr("%1, member %2").arg(where, m.key().left(40)), &problem));
        census.groups.append(group);
    }
    if (!problem.isEmpty())
        return Result<Census>::failure(ErrorKind::Network, problem);
    // QJsonObject iterates its keys sorted: groups and members are in a stable order already.
    return census;
}

Result<int> SupervisorCensus::portIndex(const QJsonObject& app, const QString& name)
{
    const QString id = app.value(QLatin1String("id")).toString();
    // Host networking: the task's ports are the portDefinitions' in order.
    const QJsonArray definitions = app.value(QLatin1String("portDefinitions")).toArray();
    for (qsizetype i = 0; i < definitions.size(); ++i) {
        if (definitions[i].toObject().value(QLatin1String("name")).toString() == name)
            return int(i);
    }
    // Bridge or container networking: only mappings with a host port give the task a port.
    const QJsonObject container = app.value(QLatin1String("container")).toObject();
    QJsonArray mappings = container.value(QLatin1String("portMappings")).toArray();
    if (mappings.isEmpty())
        mappings = container.value(QLatin1String("docker")).toObject().value(QLatin1String("portMappings")).toArray();
    int hostPorts = 0;
    for (const QJsonValue& m : mappings) {
        const QJsonObject mapping = m.toObject();
        if (!mapping.contains(QLatin1String("hostPort")))
            continue;
        if (mapping.value(QLatin1String("name")).toString() == name)
            return hostPorts;
        ++hostPorts;
    }
    return Result<int>::failure(ErrorKind::NotFound,
        tr("%1 has no port named %2, so its Supervisors' HTTP gateway cannot be found. Export the app with the "
           "Supervisor's ports (hab-gossip, hab-http, hab-ctl) and deploy it again.")
            .arg(id.isEmpty() ? tr("The app") : id, name));
}

QList<QList<int>> SupervisorCensus::rings(const QList<Answer>& answers)
{
    // Union-find over the tasks that answered: linked when either's census holds the other.
    QList<int> parent(answers.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&parent](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    for (int i = 0; i < answers.size(); ++i) {
        for (int j = i + 1; j < answers.size(); ++j) {
            if (!answers[i].ok() || !answers[j].ok())
                continue;
            const Census& a = answers[i].census;
            const Census& b = answers[j].census;
            if (a.localMemberId == b.localMemberId || a.sees(b.localMemberId) || b.sees(a.localMemberId))
                parent[root(i)] = root(j);
        }
    }
    QList<QList<int>> out;
    QList<int> roots;
    for (int i = 0; i < answers.size(); ++i) {
        if (!answers[i].ok())
            continue;
        const int r = root(i);
        const qsizetype at = roots.indexOf(r);
        if (at < 0) {
            roots.append(r);
            out.append(QList<int> { i });
        } else {
            out[at].append(i);
        }
    }
    std::stable_sort(
        out.begin(), out.end(), [](const QList<int>& a, const QList<int>& b) { return a.size() > b.size(); });
    return out;
}

bool SupervisorCensus::seeEachOther(const QList<Answer>& answers, const QList<int>& ring)
{
    for (int i : ring) {
        for (int j : ring) {
            if (i != j && answers[i].census.localMemberId != answers[j].census.localMemberId
                && !answers[i].census.sees(answers[j].census.localMemberId))
                return false;
        }
    }
    return true;
}

} // namespace habmesos
