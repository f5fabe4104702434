// SPDX-License-Identifier: Apache-2.0
#include "agent/agentstandin.h"

#include "agent/commandexecutor.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QUuid>

#include <csignal>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace habmesos::test {

namespace {

AgentTaskReport::Process toReport(const ProcessEntry& p)
{
    return { int(p.pid), int(p.parent), int(p.group), int(p.session), p.command,
        p.commandLine.isEmpty() ? ProcessTable::commandLine(p.pid) : p.commandLine };
}

QList<AgentTaskReport::Process> toReport(const QList<ProcessEntry>& list)
{
    QList<AgentTaskReport::Process> out;
    for (const ProcessEntry& p : list)
        out.append(toReport(p));
    return out;
}

bool under(const QString& path, const QString& dir)
{
    return path == dir || path.startsWith(dir + u'/');
}

// /proc/self/mountinfo escapes space, tab, newline and backslash as \ooo.
QString unescapeMountPath(const QByteArray& field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int c = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(c));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QFile::decodeName(out);
}

QStringList mountsUnder(const QString& dir)
{
    QStringList out;
    QFile f(QStringLiteral("/proc/self/mountinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 5)
            continue;
        const QString point = unescapeMountPath(fields[4]);
        if (under(point, dir))
            out.append(point);
    }
    return out;
}

// The task's processes: tagged, or chrooted into or working in the sandbox. Zombies are dead.
QList<ProcessEntry> processesOf(const QString& taskId, const QString& sandbox)
{
    const QByteArray tag = (AgentStandIn::tagVariable() + u'=' + taskId).toUtf8();
    QList<ProcessEntry> out;
    const pid_t self = ::getpid();
    for (const ProcessEntry& p : ProcessTable::processes()) {
        if (p.pid == self || p.state == 'Z' || p.state == 'X')
            continue;
        const QList<QByteArray> env = ProcessTable::environment(p.pid).split('\0');
        if (env.contains(tag) || under(ProcessTable::rootDirectory(p.pid), sandbox)
            || under(ProcessTable::workingDirectory(p.pid), sandbox)) {
            ProcessEntry e = p;
            e.commandLine = ProcessTable::commandLine(p.pid);
            out.append(e);
        }
    }
    return out;
}

// POST <marathonUrl>/_stub/tasks (tests/marathon/marathon_stub.py); the error, or empty.
QString tellMarathon(const QString& marathonUrl, const QJsonObject& body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(marathonUrl + QStringLiteral("/_stub/tasks")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply* reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QString error = reply->error() == QNetworkReply::NoError
        ? QString()
        : QStringLiteral("could not tell the Marathon stub about the task: ") + reply->errorString();
    delete reply;
    return error;
}

QString hostName(const QString& given)
{
    if (!given.isEmpty())
        return given;
    const QString h = QHostInfo::localHostName();
    return h.isEmpty() ? QStringLiteral("localhost") : h;
}

} // namespace

AgentStandIn::AgentStandIn(Options options)
    : m_options(std::move(options))
    , m_fetcher(m_options.mode, m_options.workDir + QStringLiteral("/fetcher-cache"), m_options.extractTool)
{ }

QList<AgentTaskReport> AgentStandIn::run(const QJsonObject& app)
{
    const int n = m_options.instances >= 0 ? m_options.instances : app.value(QStringLiteral("instances")).toInt(1);
    QList<AgentTaskReport> out;
    for (int i = 0; i < n; ++i)
        out.append(runTask(app, i));
    return out;
}

AgentTaskReport AgentStandIn::runTask(const QJsonObject& app, int index)
{
    AgentTaskReport r;
    r.mode = m_options.mode == MesosFetcher::Mode::Mesos16 ? QStringLiteral("Mesos16") : QStringLiteral("Mesos17");
    const QString appId = app.value(QStringLiteral("id")).toString();
    // Marathon's task ids: the app id without the leading '/', '/' as '_', '.' and a UUID.
    QString idPart = appId;
    if (idPart.startsWith(u'/'))
        idPart.remove(0, 1);
    idPart.replace(u'/', u'_');
    r.taskId = index == 0 && !m_options.taskId.isEmpty()
        ? m_options.taskId
        : idPart + u'.' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString sandboxes = m_options.workDir + QStringLiteral("/sandboxes");
    QDir().mkpath(sandboxes);
    const QString sandbox = QFileInfo(sandboxes).canonicalFilePath() + u'/' + r.taskId;
    r.sandbox = sandbox;

    // The offer: Marathon places the app only where the offer holds every required port.
    struct Port
    {
        int number = 0;
        QString name;
    };
    QList<Port> wanted;
    const bool requirePorts = app.value(QStringLiteral("requirePorts")).toBool();
    if (app.contains(QStringLiteral("portDefinitions"))) {
        for (const QJsonValue& v : app.value(QStringLiteral("portDefinitions")).toArray())
            wanted.append(Port { v.toObject().value(QStringLiteral("port")).toInt(),
                v.toObject().value(QStringLiteral("name")).toString() });
    } else if (app.contains(QStringLiteral("ports"))) {
        for (const QJsonValue& v : app.value(QStringLiteral("ports")).toArray())
            wanted.append(Port { v.toInt(), {} });
    } else {
        wanted.append(Port { 0, {} }); // no ports given: Marathon adds one dynamic port
    }
    QSet<int> taken;
    for (const Port& p : wanted) {
        if (requirePorts && p.number != 0) {
            if (p.number < m_options.portsBegin || p.number > m_options.portsEnd) {
                r.placementError = QStringLiteral("port %1 is outside the agent's offered ports [%2-%3]: with "
                                                  "requirePorts Marathon would wait for such an offer for ever")
                                       .arg(p.number)
                                       .arg(m_options.portsBegin)
                                       .arg(m_options.portsEnd);
                return r;
            }
            taken.insert(p.number);
        }
    }
    int next = m_options.portsBegin;
    for (const Port& p : wanted) {
        if (requirePorts && p.number != 0) {
            r.ports.append(p.number);
            continue;
        }
        while (taken.contains(next))
            ++next;
        if (next > m_options.portsEnd) {
            r.placementError = QStringLiteral("the offer's ports [%1-%2] are too few for %3 ports")
                                   .arg(m_options.portsBegin)
                                   .arg(m_options.portsEnd)
                                   .arg(wanted.size());
            return r;
        }
        taken.insert(next);
        r.ports.append(next++);
    }
    r.placed = true;

    // The sandbox, as the agent makes it (mkdir, umask 022 -> 0755).
    if (!QDir().mkpath(sandbox) || ::chmod(QFile::encodeName(sandbox).constData(), 0755) != 0) {
        r.fetchError = QStringLiteral("cannot create the sandbox ") + sandbox;
        return r;
    }

    QList<MesosFetcher::Item> items;
    if (app.contains(QStringLiteral("fetch"))) {
        for (const QJsonValue& v : app.value(QStringLiteral("fetch")).toArray()) {
            const QJsonObject f = v.toObject();
            MesosFetcher::Item item;
            item.uri = f.value(QStringLiteral("uri")).toString();
            item.extract = f.value(QStringLiteral("extract")).toBool(true);
            item.executable = f.value(QStringLiteral("executable")).toBool(false);
            item.cache = f.value(QStringLiteral("cache")).toBool(false);
            item.destPath = f.value(QStringLiteral("destPath")).toString();
            items.append(item);
        }
    } else {
        // Legacy `uris`: Marathon makes each a fetch item, extract on, the rest off.
        for (const QJsonValue& v : app.value(QStringLiteral("uris")).toArray())
            items.append({ v.toString(), true, false, false, {} });
    }
    const QList<MesosFetcher::Outcome> fetched
        = m_fetcher.fetch(items, sandbox, app.value(QStringLiteral("user")).toString());
    r.fetchOk = true;
    for (const auto& f : fetched) {
        r.fetch.append(
            { f.uri, f.localName, f.ok, f.extracted, f.fromCache, f.downloaded, f.error, f.bytes, f.cacheNote });
        if (!f.ok) {
            r.fetchOk = false;
            r.fetchError = f.uri + QStringLiteral(": ") + f.error;
        }
    }
    if (!r.fetchOk || m_options.fetchOnly)
        return r;

    // Persistent volumes: the posix isolator links them into the sandbox.
    for (const QJsonValue& v :
        app.value(QStringLiteral("container")).toObject().value(QStringLiteral("volumes")).toArray()) {
        const QJsonObject volume = v.toObject();
        const QString path = volume.value(QStringLiteral("containerPath")).toString();
        if (!volume.contains(QStringLiteral("persistent")) || path.isEmpty() || path.contains(u'/'))
            continue;
        const QString target = m_options.workDir + QStringLiteral("/volumes/") + idPart + u'#' + path;
        QDir().mkpath(target);
        QFile::link(target, sandbox + u'/' + path);
    }

    // Marathon's environment (TaskBuilder, EnvironmentHelper.portsEnv/labelsToEnvVars), the app's
    // `env` last; Mesos adds the sandbox and a PATH when none is given.
    QList<QPair<QByteArray, QByteArray>> env;
    auto set = [&](const QByteArray& key, const QByteArray& value) {
        for (auto& kv : env) {
            if (kv.first == key) {
                kv.second = value;
                return;
            }
        }
        env.append({ key, value });
    };
    set("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    set("MESOS_SANDBOX", QFile::encodeName(sandbox));
    set("MESOS_DIRECTORY", QFile::encodeName(sandbox));
    set("MESOS_TASK_ID", r.taskId.toUtf8());
    set("MARATHON_APP_ID", appId.toUtf8());
    set("MARATHON_APP_VERSION", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8());
    set("MARATHON_APP_RESOURCE_CPUS", QByteArray::number(app.value(QStringLiteral("cpus")).toDouble(1)));
    set("MARATHON_APP_RESOURCE_MEM", QByteArray::number(app.value(QStringLiteral("mem")).toDouble(128)));
    set("MARATHON_APP_RESOURCE_DISK", QByteArray::number(app.value(QStringLiteral("disk")).toDouble(0)));
    set("HOST", hostName(m_options.hostname).toUtf8());
    if (!m_options.ip.isEmpty())
        set("HABMESOS_STANDIN_IP", m_options.ip.toUtf8());
    for (int i = 0; i < r.ports.size(); ++i)
        set("PORT" + QByteArray::number(i), QByteArray::number(r.ports[i]));
    for (int i = 0; i < r.ports.size(); ++i) {
        const int requested = wanted[i].number;
        set("PORT_" + QByteArray::number(requested != 0 ? requested : r.ports[i]), QByteArray::number(r.ports[i]));
        if (!wanted[i].name.isEmpty()) // upper-cased only: PORT_HAB-GOSSIP keeps its dash
            set("PORT_" + wanted[i].name.toUpper().toUtf8(), QByteArray::number(r.ports[i]));
    }
    if (!r.ports.isEmpty()) {
        set("PORT", QByteArray::number(r.ports.first()));
        QByteArrayList all;
        for (int p : r.ports)
            all.append(QByteArray::number(p));
        set("PORTS", all.join(','));
    }
    const QJsonObject labels = app.value(QStringLiteral("labels")).toObject();
    QByteArrayList labelNames;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        const QByteArray name = it.key()
                                    .toUpper()
                                    .replace(QRegularExpression(QStringLiteral("[^A-Z0-9_]+")), QStringLiteral("_"))
                                    .toUtf8();
        labelNames.append(name);
        set("MARATHON_APP_LABEL_" + name, it.value().toString().toUtf8());
    }
    set("MARATHON_APP_LABELS", labelNames.join(' '));
    const QJsonObject appEnv = app.value(QStringLiteral("env")).toObject();
    for (auto it = appEnv.begin(); it != appEnv.end(); ++it)
        set(it.key().toUtf8(), it.value().toString().toUtf8());
    set(tagVariable().toUtf8(), r.taskId.toUtf8());
    QByteArrayList environment;
    for (const auto& kv : env) {
        environment.append(kv.first + '=' + kv.second);
        r.environment.append(QString::fromUtf8(environment.last()));
    }

    if (app.contains(QStringLiteral("taskKillGracePeriodSeconds")))
        r.gracePeriodSeconds = app.value(QStringLiteral("taskKillGracePeriodSeconds")).toDouble();
    const QString user = app.value(QStringLiteral("user")).toString();
    if (!user.isEmpty() && user != u"root")
        r.notes.append(QStringLiteral("the app asks for user %1; the stand-in runs every task as root").arg(user));

    const QString cmd = app.value(QStringLiteral("cmd")).toString();
    CommandExecutor executor;
    if (Status s = executor.launch(cmd, sandbox, environment); !s) {
        r.notes.append(s.error());
        return r;
    }
    r.launched = true;
    if (!m_options.marathonUrl.isEmpty()) {
        // Marathon lists the task from its launch on (the stub's /_stub/tasks stands for it).
        QJsonArray ports;
        for (int p : r.ports)
            ports.append(p);
        QJsonObject task { { QStringLiteral("id"), r.taskId }, { QStringLiteral("host"), hostName(m_options.hostname) },
            { QStringLiteral("ports"), ports }, { QStringLiteral("state"), QStringLiteral("TASK_RUNNING") } };
        if (!m_options.ip.isEmpty())
            task.insert(QStringLiteral("ipAddresses"),
                QJsonArray { QJsonObject { { QStringLiteral("ipAddress"), m_options.ip },
                    { QStringLiteral("protocol"), QStringLiteral("IPv4") } } });
        if (const QString e = tellMarathon(m_options.marathonUrl,
                QJsonObject { { QStringLiteral("app"), appId }, { QStringLiteral("task"), task } });
            !e.isEmpty())
            r.notes.append(e);
    }

    const double started = CommandExecutor::uptime();
    const QString ready = m_options.readyFile.isEmpty() ? QString()
        : QDir::isAbsolutePath(m_options.readyFile)     ? m_options.readyFile
                                                        : sandbox + u'/' + m_options.readyFile;
    const double limit = m_options.runSeconds >= 0 ? m_options.runSeconds : m_options.startTimeoutSeconds;
    for (;;) {
        if (executor.poll()) {
            r.exitedBeforeKill = true;
            break;
        }
        if (!ready.isEmpty() && m_options.runSeconds < 0 && QFileInfo::exists(ready)) {
            r.readyFileAppeared = true;
            break;
        }
        if (CommandExecutor::uptime() - started >= limit)
            break;
        QThread::msleep(50);
    }
    if (!ready.isEmpty() && !r.readyFileAppeared && !r.exitedBeforeKill)
        r.notes.append(QStringLiteral("%1 did not appear within %2 s").arg(m_options.readyFile).arg(limit));

    if (!r.exitedBeforeKill) {
        r.killed = true;
        const CommandExecutor::Stop stop = executor.kill(r.gracePeriodSeconds);
        r.killStartUptime = stop.startedUptime;
        r.termVisited = toReport(stop.termVisited);
        r.killVisited = toReport(stop.killVisited);
        r.sigkillNeeded = stop.sigkill;
        r.stopSeconds = stop.seconds;
    }
    const CommandExecutor::Exit exit = executor.exit();
    if (!m_options.marathonUrl.isEmpty()) {
        if (const QString e = tellMarathon(m_options.marathonUrl,
                QJsonObject { { QStringLiteral("app"), appId }, { QStringLiteral("remove"), r.taskId } });
            !e.isEmpty())
            r.notes.append(e);
    }
    r.exited = exit.exited;
    r.exitCode = exit.code;
    r.exitSignal = exit.signal;
    r.exitText = exit.text();

    r.processesAtExit = toReport(processesOf(r.taskId, sandbox));
    // A second for what is already on its way out.
    QList<ProcessEntry> left;
    for (int i = 0; i < 20; ++i) {
        executor.poll();
        left = processesOf(r.taskId, sandbox);
        if (left.isEmpty())
            break;
        QThread::msleep(50);
    }
    r.processesLeft = toReport(left);
    for (int round = 0; round < 100 && !left.isEmpty(); ++round) {
        for (const ProcessEntry& p : left)
            ::kill(p.pid, SIGKILL);
        QThread::msleep(20);
        executor.poll();
        left = processesOf(r.taskId, sandbox);
    }
    if (!left.isEmpty())
        r.notes.append(QStringLiteral("could not kill every process the task left"));

    r.mountsLeft = mountsUnder(sandbox);
    for (qsizetype i = r.mountsLeft.size() - 1; i >= 0; --i)
        ::umount2(QFile::encodeName(r.mountsLeft[i]).constData(), MNT_DETACH);
    return r;
}

} // namespace habmesos::test
