// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "agent/agenttaskreport.h"
#include "agent/mesosfetcher.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace habmesos::test {

// A STAND-IN for a default Mesos agent (posix isolation: no mount or pid namespace per task) with
// Marathon in front of it, for tests only. It follows MESOS src/launcher/fetcher.cpp and
// 3rdparty/stout/include/stout/archiver.hpp (MesosFetcher, and tests/support/stoutextract.h), src/launcher/executor.cpp
// and 3rdparty/stout/include/stout/os/posix/killtree.hpp (CommandExecutor, KillTree), and MAR
// src/main/scala/mesosphere/mesos/EnvironmentHelper.scala for the task's environment; see
// shared/reference/mesos-agent.md. Run it only inside a private mount namespace of its own (the
// mesos-agent-standin tool makes one): whatever the task mounts stays in that namespace.
//
// Per task: a sandbox <work>/sandboxes/<task id> (0755, as the agent makes it); ports from the
// offered range (port 0: the next free number; requirePorts: the number itself, which must lie
// in the range or the app is not placed); the fetch; `/bin/sh -c <cmd>` with Marathon's
// environment plus HABMESOS_STANDIN_TASK=<task id>; the kill path once the ready file appears
// (or after runSeconds; an absolute readyFile is taken as it is); a persistent volume
// (container.volumes[].persistent) as the posix filesystem isolator makes it, a symbolic link
// <sandbox>/<containerPath> to <work>/volumes/<app>#<containerPath> (MESOS
// isolators/filesystem/posix.cpp); then every mount left under the sandbox and every process of the task
// still alive (tagged by that variable, or rooted or working in the sandbox) is reported, and
// removed so that the machine stays clean.
class AgentStandIn
{
public:
    struct Options
    {
        MesosFetcher::Mode mode = MesosFetcher::Mode::Mesos17;
        QString workDir;
        QString extractTool; // stout-extract (tests/support/stoutextract.h)
        int portsBegin = 31000; // the offer's ports resource, inclusive
        int portsEnd = 32000;
        QString hostname; // HOST; default: this machine's host name
        QString readyFile; // relative to the sandbox: kill once it exists
        double startTimeoutSeconds = 60; // kill anyway after this long
        double runSeconds = -1; // >= 0: kill after this long instead of waiting for readyFile
        bool fetchOnly = false;
        int instances = -1; // -1: the app's `instances`
        QString taskId; // the first task's id; default: Marathon's form with a new UUID
        QString ip; // the agent's address, as HABMESOS_STANDIN_IP (the stand-in Supervisor binds it)
        // The Marathon stub to tell of each task as it starts and ends (POST /_stub/tasks: id,
        // host, ports, ipAddresses from `ip`, TASK_RUNNING), as Marathon's task list would show it.
        QString marathonUrl;
    };

    explicit AgentStandIn(Options options);

    // Runs the app's instances one after another on this agent (one fetcher cache for all).
    QList<AgentTaskReport> run(const QJsonObject& app);

    static QString tagVariable() { return QStringLiteral("HABMESOS_STANDIN_TASK"); }

private:
    AgentTaskReport runTask(const QJsonObject& app, int index);

    Options m_options;
    MesosFetcher m_fetcher;
};

} // namespace habmesos::test
