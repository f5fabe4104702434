// SPDX-License-Identifier: Apache-2.0
// mesos-agent-standin: a STAND-IN for a default Mesos agent (see agentstandin.h), for tests and
// for running an exported app by hand. It makes a private mount namespace of its own first
// (unshare(CLONE_NEWNS), then / made MS_REC|MS_PRIVATE), so nothing a task mounts reaches the
// machine, and runs each task of the app JSON in it.
//
//   mesos-agent-standin --app APP.json --work DIR [--mode mesos16|mesos17] [--ports 31000-32000]
//       [--ready-file REL] [--start-timeout S] [--run-seconds S] [--fetch-only] [--instances N]
//       [--hostname H] [--task-id ID] [--ip ADDRESS] [--marathon URL] [--report FILE]
//   mesos-agent-standin --probe      exit 0 when a private mount namespace can be made here
//
// Writes {"tasks": [report, ...]} (AgentTaskReport) to --report, or to stdout. Exit status 0 when
// the tasks ran (whatever they did), 2 for bad arguments, 77 when no namespace can be made.
#include "agent/agentstandin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace habmesos::test;

namespace {

bool privateMountNamespace()
{
    if (::unshare(CLONE_NEWNS) != 0) {
        std::perror("mesos-agent-standin: unshare(CLONE_NEWNS)");
        return false;
    }
    if (::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        std::perror("mesos-agent-standin: mount --make-rprivate /");
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    // Before Qt starts threads: the namespace is the whole process's.
    if (::geteuid() != 0) {
        std::fprintf(stderr, "mesos-agent-standin: needs root, as a Mesos agent running tasks as root\n");
        return 77;
    }
    if (!privateMountNamespace())
        return 77;
    ::umask(022); // an agent's usual umask; libarchive applies it (no ARCHIVE_EXTRACT_PERM)

    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("probe"), QStringLiteral("Only check that a mount namespace can be made.") });
    parser.addOption({ QStringLiteral("app"), QStringLiteral("The Marathon app JSON."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("work"), QStringLiteral("The agent's work directory."), QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("mode"), QStringLiteral("mesos16 (tar) or mesos17 (libarchive)."),
        QStringLiteral("mode"), QStringLiteral("mesos17") });
    parser.addOption({ QStringLiteral("ports"), QStringLiteral("The offered ports."), QStringLiteral("range"),
        QStringLiteral("31000-32000") });
    parser.addOption({ QStringLiteral("ready-file"),
        QStringLiteral("Kill the task once this file (relative to the sandbox) exists."), QStringLiteral("path") });
    parser.addOption({ QStringLiteral("start-timeout"), QStringLiteral("Kill anyway after this long."),
        QStringLiteral("seconds"), QStringLiteral("60") });
    parser.addOption(
        { QStringLiteral("run-seconds"), QStringLiteral("Kill after this long."), QStringLiteral("seconds") });
    parser.addOption({ QStringLiteral("fetch-only"), QStringLiteral("Fetch, do not run.") });
    parser.addOption({ QStringLiteral("then-app"),
        QStringLiteral("Then run this app's tasks on the same agent (a new version Marathon deployed: the fetcher "
                       "cache is the same); repeatable."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("instances"), QStringLiteral("Tasks to run (default: the app's instances)."),
        QStringLiteral("n") });
    parser.addOption({ QStringLiteral("hostname"), QStringLiteral("HOST for the tasks."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("task-id"), QStringLiteral("The first task's id."), QStringLiteral("id") });
    parser.addOption({ QStringLiteral("ip"), QStringLiteral("The agent's address (HABMESOS_STANDIN_IP)."),
        QStringLiteral("address") });
    parser.addOption({ QStringLiteral("marathon"),
        QStringLiteral("The Marathon stub to register the tasks with (/_stub/tasks)."), QStringLiteral("url") });
    parser.addOption(
        { QStringLiteral("report"), QStringLiteral("Where the JSON report goes."), QStringLiteral("file") });
    parser.process(application);
    if (parser.isSet(QStringLiteral("probe")))
        return 0;

    auto usage = [](const QString& why) {
        std::fprintf(stderr, "mesos-agent-standin: %s\n", qPrintable(why));
        return 2;
    };
    QList<QJsonObject> apps;
    for (const QString& path :
        QStringList { parser.value(QStringLiteral("app")) } + parser.values(QStringLiteral("then-app"))) {
        QFile appFile(path);
        if (!appFile.open(QIODevice::ReadOnly))
            return usage(
                QStringLiteral("cannot read the app JSON ") + path + QStringLiteral(": ") + appFile.errorString());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(appFile.readAll(), &error);
        if (!doc.isObject())
            return usage(QStringLiteral("the app JSON ") + path + QStringLiteral(": ") + error.errorString());
        apps.append(doc.object());
    }
    if (parser.value(QStringLiteral("work")).isEmpty())
        return usage(QStringLiteral("--work is required"));

    AgentStandIn::Options o;
    const QString mode = parser.value(QStringLiteral("mode")).toLower();
    if (mode == u"mesos16")
        o.mode = MesosFetcher::Mode::Mesos16;
    else if (mode == u"mesos17")
        o.mode = MesosFetcher::Mode::Mesos17;
    else
        return usage(QStringLiteral("--mode is mesos16 or mesos17"));
    o.workDir = QDir(parser.value(QStringLiteral("work"))).absolutePath();
    QDir().mkpath(o.workDir);
    o.extractTool = QCoreApplication::applicationDirPath() + QStringLiteral("/stout-extract");
    const QStringList range = parser.value(QStringLiteral("ports")).split(u'-');
    if (range.size() != 2)
        return usage(QStringLiteral("--ports is BEGIN-END"));
    o.portsBegin = range[0].toInt();
    o.portsEnd = range[1].toInt();
    o.readyFile = parser.value(QStringLiteral("ready-file"));
    o.startTimeoutSeconds = parser.value(QStringLiteral("start-timeout")).toDouble();
    if (parser.isSet(QStringLiteral("run-seconds")))
        o.runSeconds = parser.value(QStringLiteral("run-seconds")).toDouble();
    o.fetchOnly = parser.isSet(QStringLiteral("fetch-only"));
    if (parser.isSet(QStringLiteral("instances")))
        o.instances = parser.value(QStringLiteral("instances")).toInt();
    o.hostname = parser.value(QStringLiteral("hostname"));
    o.taskId = parser.value(QStringLiteral("task-id"));
    o.ip = parser.value(QStringLiteral("ip"));
    o.marathonUrl = parser.value(QStringLiteral("marathon"));

    // One agent for every app: its fetcher cache lives as long as it does.
    AgentStandIn agent(o);
    QJsonArray tasks;
    for (const QJsonObject& app : std::as_const(apps)) {
        for (const AgentTaskReport& r : agent.run(app)) {
            tasks.append(r.toJson());
            std::fprintf(stderr, "%s\n", qPrintable(r.summary()));
        }
    }
    const QByteArray json = QJsonDocument(QJsonObject { { QStringLiteral("tasks"), tasks } }).toJson();
    if (parser.isSet(QStringLiteral("report"))) {
        QFile out(parser.value(QStringLiteral("report")));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(json) != json.size())
            return usage(QStringLiteral("cannot write the report: ") + out.errorString());
    } else {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    }
    return 0;
}
