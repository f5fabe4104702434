// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathontask.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace habmesos {

namespace {

// Reads the fields of one JSON object, remembering the first problem.
class Reader
{
public:
    Reader(const QJsonObject& json, QString where)
        : m_json(json)
        , m_where(std::move(where))
    { }

    QString string(const char* key, bool required)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined() || (!required && v.isNull())) {
            if (required)
                fail(MarathonTask::tr("%1 has no “%2”").arg(m_where, QLatin1String(key)));
            return {};
        }
        if (!v.isString())
            fail(MarathonTask::tr("%1: “%2” is not text").arg(m_where, QLatin1String(key)));
        return v.toString();
    }

    QJsonArray array(const char* key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(MarathonTask::tr("%1: “%2” is not a list").arg(m_where, QLatin1String(key)));
        return v.toArray();
    }

    void fail(const QString& problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }
    const QString& problem() const { return m_problem; }
    const QString& where() const { return m_where; }

private:
    QJsonObject m_json;
    QString m_where;
    QString m_problem;
};

bool isWholeNumber(const QJsonValue& v, double low, double high)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d >= low && d <= high && d == double(qint64(d));
}

} // namespace

std::optional<bool> MarathonTask::healthy() const
{
    if (healthCheckResults.isEmpty())
        return std::nullopt;
    return std::all_of(
        healthCheckResults.begin(), healthCheckResults.end(), [](const HealthResult& h) { return h.alive; });
}

QString MarathonTask::address() const
{
    for (const IpAddress& ip : ipAddresses) {
        if (ip.protocol == u"IPv4" && !ip.ipAddress.isEmpty())
            return ip.ipAddress;
    }
    return host;
}

Result<MarathonTask> MarathonTask::fromJson(const QJsonObject& json, const QString& where)
{
    Reader r(json, where);
    MarathonTask t;
    t.id = r.string("id", true);
    // Name the task by its id from here on: the operator finds it by that in Marathon's UI.
    Reader f(json, t.id.isEmpty() ? where : tr("task %1").arg(t.id));
    if (!r.problem().isEmpty())
        return Result<MarathonTask>::failure(ErrorKind::Network, r.problem());
    t.appId = f.string("appId", true);
    t.host = f.string("host", true);
    t.state = f.string("state", true);
    // strings.MesosTaskState: TASK_RUNNING and its kind; a newer Marathon may add a state, so the
    // form is checked rather than the list.
    static const QRegularExpression stateForm(QStringLiteral("^TASK_[A-Z_]+$"));
    if (f.problem().isEmpty() && !stateForm.match(t.state).hasMatch())
        f.fail(tr("%1: “state” is “%2”, not a Mesos task state such as TASK_RUNNING").arg(f.where(), t.state.left(60)));
    t.stagedAt = f.string("stagedAt", false);
    t.startedAt = f.string("startedAt", false);
    t.version = f.string("version", false);
    t.slaveId = f.string("slaveId", false);

    const QJsonArray ports = f.array("ports");
    for (qsizetype i = 0; i < ports.size(); ++i) {
        if (!isWholeNumber(ports[i], 0, 65535)) {
            f.fail(tr("%1: port %2 is not a port number").arg(f.where()).arg(i + 1));
            break;
        }
        t.ports.append(ports[i].toInt());
    }
    const QJsonArray ips = f.array("ipAddresses");
    for (qsizetype i = 0; i < ips.size(); ++i) {
        const QJsonObject o = ips[i].toObject();
        Reader ip(o, tr("%1, address %2").arg(f.where()).arg(i + 1));
        if (!ips[i].isObject()) {
            f.fail(tr("%1: address %2 is not an object").arg(f.where()).arg(i + 1));
            break;
        }
        IpAddress a { ip.string("ipAddress", true), ip.string("protocol", true) };
        if (ip.problem().isEmpty() && a.protocol != u"IPv4" && a.protocol != u"IPv6")
            ip.fail(tr("%1: protocol “%2” is neither IPv4 nor IPv6").arg(ip.where(), a.protocol.left(20)));
        if (ip.problem().isEmpty() && QHostAddress(a.ipAddress).isNull())
            ip.fail(tr("%1: “%2” is not an IP address").arg(ip.where(), a.ipAddress.left(60)));
        if (!ip.problem().isEmpty()) {
            f.fail(ip.problem());
            break;
        }
        t.ipAddresses.append(a);
    }
    const QJsonArray health = f.array("healthCheckResults");
    for (qsizetype i = 0; i < health.size(); ++i) {
        const QJsonObject o = health[i].toObject();
        Reader h(o, tr("%1, health check result %2").arg(f.where()).arg(i + 1));
        if (!health[i].isObject() || !o.value(QLatin1String("alive")).isBool()) {
            f.fail(tr("%1, health check result %2: “alive” is not true or false").arg(f.where()).arg(i + 1));
            break;
        }
        HealthResult result;
        result.alive = o.value(QLatin1String("alive")).toBool();
        const QJsonValue failures = o.value(QLatin1String("consecutiveFailures"));
        if (!failures.isUndefined() && !isWholeNumber(failures, 0, 2147483647.0))
            h.fail(tr("%1: “consecutiveFailures” is not a count").arg(h.where()));
        result.consecutiveFailures = failures.toInt();
        result.lastSuccess = h.string("lastSuccess", false);
        result.lastFailure = h.string("lastFailure", false);
        result.lastFailureCause = h.string("lastFailureCause", false);
        if (!h.problem().isEmpty()) {
            f.fail(h.problem());
            break;
        }
        t.healthCheckResults.append(result);
    }
    if (!f.problem().isEmpty())
        return Result<MarathonTask>::failure(ErrorKind::Network, f.problem());
    return t;
}

Result<QList<MarathonTask>> MarathonTask::listFromJson(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QList<MarathonTask>>::failure(ErrorKind::Network,
            tr("Marathon's task list is not JSON (%1)")
                .arg(body.isEmpty() ? tr("the body is empty")
                                    : tr("it starts with “%1”").arg(QString::fromUtf8(body.left(80)).simplified())));
    const QJsonValue tasks = doc.object().value(QLatin1String("tasks"));
    if (!tasks.isArray())
        return Result<QList<MarathonTask>>::failure(
            ErrorKind::Network, tr("Marathon's task list has no “tasks” list; is the server Marathon 1.0 or later?"));
    QList<MarathonTask> out;
    const QJsonArray list = tasks.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = tr("task %1 of the list").arg(i + 1);
        if (!list[i].isObject())
            return Result<QList<MarathonTask>>::failure(ErrorKind::Network, tr("%1 is not an object").arg(where));
        Result<MarathonTask> task = fromJson(list[i].toObject(), where);
        if (!task)
            return task.errorInfo();
        out.append(std::move(task).value());
    }
    return out;
}

} // namespace habmesos
