// SPDX-License-Identifier: Apache-2.0
#include "agent/agenttaskreport.h"

#include <QJsonArray>

namespace habmesos::test {

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStrings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out.append(x.toString());
    return out;
}

QJsonArray toArray(const QList<AgentTaskReport::Process>& list)
{
    QJsonArray out;
    for (const auto& p : list)
        out.append(QJsonObject { { QStringLiteral("pid"), p.pid }, { QStringLiteral("parent"), p.parent },
            { QStringLiteral("group"), p.group }, { QStringLiteral("session"), p.session },
            { QStringLiteral("command"), p.command }, { QStringLiteral("commandLine"), p.commandLine } });
    return out;
}

QList<AgentTaskReport::Process> toProcesses(const QJsonValue& v)
{
    QList<AgentTaskReport::Process> out;
    for (const QJsonValue& x : v.toArray()) {
        const QJsonObject o = x.toObject();
        out.append({ o.value(QStringLiteral("pid")).toInt(), o.value(QStringLiteral("parent")).toInt(),
            o.value(QStringLiteral("group")).toInt(), o.value(QStringLiteral("session")).toInt(),
            o.value(QStringLiteral("command")).toString(), o.value(QStringLiteral("commandLine")).toString() });
    }
    return out;
}

QString describe(const QList<AgentTaskReport::Process>& list)
{
    QStringList out;
    for (const auto& p : list)
        out.append(QStringLiteral("%1 %2 (%3)").arg(p.pid).arg(p.command, p.commandLine.left(80)));
    return out.isEmpty() ? QStringLiteral("none") : out.join(QStringLiteral("; "));
}

} // namespace

QJsonObject AgentTaskReport::toJson() const
{
    QJsonArray fetched;
    for (const Fetched& f : fetch)
        fetched.append(QJsonObject { { QStringLiteral("uri"), f.uri }, { QStringLiteral("localName"), f.localName },
            { QStringLiteral("ok"), f.ok }, { QStringLiteral("extracted"), f.extracted },
            { QStringLiteral("fromCache"), f.fromCache }, { QStringLiteral("downloaded"), f.downloaded },
            { QStringLiteral("error"), f.error }, { QStringLiteral("bytes"), f.bytes },
            { QStringLiteral("cacheNote"), f.cacheNote } });
    QJsonArray portList;
    for (int p : ports)
        portList.append(p);
    return QJsonObject {
        { QStringLiteral("taskId"), taskId },
        { QStringLiteral("mode"), mode },
        { QStringLiteral("sandbox"), sandbox },
        { QStringLiteral("placed"), placed },
        { QStringLiteral("placementError"), placementError },
        { QStringLiteral("ports"), portList },
        { QStringLiteral("environment"), toArray(environment) },
        { QStringLiteral("fetch"), fetched },
        { QStringLiteral("fetchOk"), fetchOk },
        { QStringLiteral("fetchError"), fetchError },
        { QStringLiteral("launched"), launched },
        { QStringLiteral("readyFileAppeared"), readyFileAppeared },
        { QStringLiteral("exitedBeforeKill"), exitedBeforeKill },
        { QStringLiteral("killed"), killed },
        { QStringLiteral("gracePeriodSeconds"), gracePeriodSeconds },
        { QStringLiteral("killStartUptime"), killStartUptime },
        { QStringLiteral("termVisited"), toArray(termVisited) },
        { QStringLiteral("killVisited"), toArray(killVisited) },
        { QStringLiteral("sigkillNeeded"), sigkillNeeded },
        { QStringLiteral("stopSeconds"), stopSeconds },
        { QStringLiteral("exited"), exited },
        { QStringLiteral("exitCode"), exitCode },
        { QStringLiteral("exitSignal"), exitSignal },
        { QStringLiteral("exitText"), exitText },
        { QStringLiteral("mountsLeft"), toArray(mountsLeft) },
        { QStringLiteral("processesAtExit"), toArray(processesAtExit) },
        { QStringLiteral("processesLeft"), toArray(processesLeft) },
        { QStringLiteral("notes"), toArray(notes) },
    };
}

AgentTaskReport AgentTaskReport::fromJson(const QJsonObject& o)
{
    AgentTaskReport r;
    auto s = [&](const char* k) { return o.value(QLatin1String(k)).toString(); };
    auto b = [&](const char* k) { return o.value(QLatin1String(k)).toBool(); };
    r.taskId = s("taskId");
    r.mode = s("mode");
    r.sandbox = s("sandbox");
    r.placed = b("placed");
    r.placementError = s("placementError");
    for (const QJsonValue& p : o.value(QStringLiteral("ports")).toArray())
        r.ports.append(p.toInt());
    r.environment = toStrings(o.value(QStringLiteral("environment")));
    for (const QJsonValue& x : o.value(QStringLiteral("fetch")).toArray()) {
        const QJsonObject f = x.toObject();
        r.fetch.append({ f.value(QStringLiteral("uri")).toString(), f.value(QStringLiteral("localName")).toString(),
            f.value(QStringLiteral("ok")).toBool(), f.value(QStringLiteral("extracted")).toBool(),
            f.value(QStringLiteral("fromCache")).toBool(), f.value(QStringLiteral("downloaded")).toBool(),
            f.value(QStringLiteral("error")).toString(), f.value(QStringLiteral("bytes")).toInteger(),
            f.value(QStringLiteral("cacheNote")).toString() });
    }
    r.fetchOk = b("fetchOk");
    r.fetchError = s("fetchError");
    r.launched = b("launched");
    r.readyFileAppeared = b("readyFileAppeared");
    r.exitedBeforeKill = b("exitedBeforeKill");
    r.killed = b("killed");
    r.gracePeriodSeconds = o.value(QStringLiteral("gracePeriodSeconds")).toDouble();
    r.killStartUptime = o.value(QStringLiteral("killStartUptime")).toDouble();
    r.termVisited = toProcesses(o.value(QStringLiteral("termVisited")));
    r.killVisited = toProcesses(o.value(QStringLiteral("killVisited")));
    r.sigkillNeeded = b("sigkillNeeded");
    r.stopSeconds = o.value(QStringLiteral("stopSeconds")).toDouble();
    r.exited = b("exited");
    r.exitCode = o.value(QStringLiteral("exitCode")).toInt(-1);
    r.exitSignal = o.value(QStringLiteral("exitSignal")).toInt();
    r.exitText = s("exitText");
    r.mountsLeft = toStrings(o.value(QStringLiteral("mountsLeft")));
    r.processesAtExit = toProcesses(o.value(QStringLiteral("processesAtExit")));
    r.processesLeft = toProcesses(o.value(QStringLiteral("processesLeft")));
    r.notes = toStrings(o.value(QStringLiteral("notes")));
    return r;
}

QString AgentTaskReport::summary() const
{
    QStringList l;
    l << QStringLiteral("task %1 (%2), sandbox %3").arg(taskId, mode, sandbox);
    if (!placed)
        l << QStringLiteral("not placed: ") + placementError;
    if (!fetchOk)
        l << QStringLiteral("fetch failed: ") + fetchError;
    if (launched) {
        l << QStringLiteral("shell %1; %2")
                 .arg(exitText, killed ? QStringLiteral("killed") : QStringLiteral("not killed"));
        if (killed)
            l << QStringLiteral("grace %1 s, stop took %2 s, SIGKILL %3; SIGTERM reached: %4")
                     .arg(gracePeriodSeconds)
                     .arg(stopSeconds, 0, 'f', 2)
                     .arg(sigkillNeeded ? QStringLiteral("needed") : QStringLiteral("not needed"),
                         describe(termVisited));
        l << QStringLiteral("mounts left: ") + (mountsLeft.isEmpty() ? QStringLiteral("none") : mountsLeft.join(u' '));
        l << QStringLiteral("processes left: ") + describe(processesLeft);
    }
    for (const QString& n : notes)
        l << QStringLiteral("note: ") + n;
    return l.join(u'\n');
}

} // namespace habmesos::test
