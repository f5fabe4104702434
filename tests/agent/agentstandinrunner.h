// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "agent/agenttaskreport.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace habmesos::test {

// How a test runs an app through the agent stand-in: the mesos-agent-standin tool (which makes
// its own private mount namespace) on an app JSON, with this process's event loop running
// meanwhile, so that a CannedHttpServer here can serve the fetch. Returns one report per task.
class AgentStandInRunner
{
public:
    enum class Mode
    {
        Mesos16, // fetcher extracts with `tar -C <sandbox> -xf`
        Mesos17, // stout's archiver::extract (libarchive, C locale)
    };
    struct Options
    {
        Mode mode = Mode::Mesos17;
        QString readyFile; // relative to the sandbox: the kill starts once it exists
        double startTimeoutSeconds = 60;
        double runSeconds = -1; // >= 0: kill after this long instead
        bool fetchOnly = false;
        int instances = -1; // -1: the app's
        QString ports = QStringLiteral("31000-32000"); // the offer
        QString hostname; // HOST
        QString taskId; // the first task's id
        QString ip; // the agent's address for the stand-in Supervisor
        QString marathonUrl; // the Marathon stub the agent registers its tasks with
        // Apps whose tasks run after the first app's on the same agent (new versions Marathon
        // deployed): the fetcher cache is the agent's, so it is shared.
        QList<QByteArray> thenApps;
    };

    static QString executable();
    // Empty when the stand-in can run here; otherwise why not, for QSKIP (not root, no namespaces).
    static QString unavailableReason();

    // `workDir` is the agent's work directory (sandboxes/, fetcher-cache/); `log` gets the tool's
    // stderr (a summary of each task).
    static Result<QList<AgentTaskReport>> run(
        const QString& appJsonPath, const QString& workDir, const Options& options, QString* log = nullptr);
    static Result<QList<AgentTaskReport>> runJson(
        const QByteArray& appJson, const QString& workDir, const Options& options, QString* log = nullptr);

    // The same, started and left running (several agents at once); finish() waits for it and
    // reads the report. The process's event loop must run meanwhile.
    static std::unique_ptr<QProcess> start(
        const QByteArray& appJson, const QString& workDir, const Options& options, QString* error);
    static Result<QList<AgentTaskReport>> finish(QProcess& process, const QString& workDir, QString* log = nullptr);

    // Mount points under `dir` in this process's namespace (none, when the stand-in kept its own):
    // check before deleting a work directory, so that a delete can never walk into a bind mount.
    static QStringList mountsUnder(const QString& dir);
};

} // namespace habmesos::test
