// SPDX-License-Identifier: Apache-2.0
#include "agent/agentstandinrunner.h"

#include "support/processrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <unistd.h>

namespace habmesos::test {

QString AgentStandInRunner::executable()
{
    return QStringLiteral(HABMESOS_AGENT_STANDIN);
}

QString AgentStandInRunner::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("the agent stand-in runs tasks as root (mount, chroot), as a Mesos agent does");
    if (!QFileInfo(executable()).isExecutable())
        return QStringLiteral("mesos-agent-standin is not built");
    const ProcessRunner::Outcome probe = ProcessRunner(executable(), { QStringLiteral("--probe") }).run();
    if (!probe.ok())
        return QStringLiteral("no private mount namespace can be made here: ") + probe.describe();
    return {};
}

namespace {

// The tool's command line; the report goes to <workDir>/report.json.
QStringList arguments(const QString& appJsonPath, const QString& workDir, const AgentStandInRunner::Options& options)
{
    using Mode = AgentStandInRunner::Mode;
    QStringList args { QStringLiteral("--app"), appJsonPath, QStringLiteral("--work"), workDir,
        QStringLiteral("--mode"), options.mode == Mode::Mesos16 ? QStringLiteral("mesos16") : QStringLiteral("mesos17"),
        QStringLiteral("--ports"), options.ports, QStringLiteral("--start-timeout"),
        QString::number(options.startTimeoutSeconds), QStringLiteral("--report"),
        QDir(workDir).filePath(QStringLiteral("report.json")) };
    if (!options.readyFile.isEmpty())
        args << QStringLiteral("--ready-file") << options.readyFile;
    if (options.runSeconds >= 0)
        args << QStringLiteral("--run-seconds") << QString::number(options.runSeconds);
    if (options.fetchOnly)
        args << QStringLiteral("--fetch-only");
    if (options.instances >= 0)
        args << QStringLiteral("--instances") << QString::number(options.instances);
    if (!options.hostname.isEmpty())
        args << QStringLiteral("--hostname") << options.hostname;
    if (!options.taskId.isEmpty())
        args << QStringLiteral("--task-id") << options.taskId;
    if (!options.ip.isEmpty())
        args << QStringLiteral("--ip") << options.ip;
    if (!options.marathonUrl.isEmpty())
        args << QStringLiteral("--marathon") << options.marathonUrl;
    for (qsizetype i = 0; i < options.thenApps.size(); ++i) {
        const QString path = QDir(workDir).filePath(QStringLiteral("then-app-%1.json").arg(i));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(options.thenApps[i]);
        args << QStringLiteral("--then-app") << path;
    }
    return args;
}

Result<QList<AgentTaskReport>> readReport(const QString& workDir, const QString& err)
{
    QFile report(QDir(workDir).filePath(QStringLiteral("report.json")));
    if (!report.open(QIODevice::ReadOnly))
        return Result<QList<AgentTaskReport>>::failure(QStringLiteral("no report: ") + err);
    QList<AgentTaskReport> out;
    for (const QJsonValue& t :
        QJsonDocument::fromJson(report.readAll()).object().value(QStringLiteral("tasks")).toArray())
        out.append(AgentTaskReport::fromJson(t.toObject()));
    return out;
}

Result<QString> writeApp(const QByteArray& appJson, const QString& workDir)
{
    QDir().mkpath(workDir);
    QFile::remove(QDir(workDir).filePath(QStringLiteral("report.json")));
    const QString path = QDir(workDir).filePath(QStringLiteral("app.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(appJson) != appJson.size())
        return Result<QString>::failure(path + QStringLiteral(": ") + f.errorString());
    return path;
}

} // namespace

std::unique_ptr<QProcess> AgentStandInRunner::start(
    const QByteArray& appJson, const QString& workDir, const Options& options, QString* error)
{
    const Result<QString> path = writeApp(appJson, workDir);
    if (!path) {
        *error = path.error();
        return nullptr;
    }
    auto p = std::make_unique<QProcess>();
    p->start(executable(), arguments(path.value(), workDir, options));
    if (!p->waitForStarted()) {
        *error = QStringLiteral("mesos-agent-standin did not start: ") + p->errorString();
        return nullptr;
    }
    return p;
}

Result<QList<AgentTaskReport>> AgentStandInRunner::finish(QProcess& process, const QString& workDir, QString* log)
{
    if (process.state() != QProcess::NotRunning)
        process.waitForFinished(-1);
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    if (log)
        *log = err;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Result<QList<AgentTaskReport>>::failure(
            QStringLiteral("mesos-agent-standin failed: ") + err.right(2000));
    return readReport(workDir, err);
}

Result<QList<AgentTaskReport>> AgentStandInRunner::run(
    const QString& appJsonPath, const QString& workDir, const Options& options, QString* log)
{
    QDir().mkpath(workDir);
    QFile::remove(QDir(workDir).filePath(QStringLiteral("report.json")));
    // The runner keeps the event loop, and so the servers of this process, running meanwhile.
    const ProcessRunner::Outcome done = ProcessRunner(executable(), arguments(appJsonPath, workDir, options)).run();
    const QString err = QString::fromLocal8Bit(done.err);
    if (log)
        *log = err;
    if (!done.ok())
        return Result<QList<AgentTaskReport>>::failure(
            QStringLiteral("mesos-agent-standin failed: ") + done.describe());
    return readReport(workDir, err);
}

Result<QList<AgentTaskReport>> AgentStandInRunner::runJson(
    const QByteArray& appJson, const QString& workDir, const Options& options, QString* log)
{
    const Result<QString> path = writeApp(appJson, workDir);
    if (!path)
        return Result<QList<AgentTaskReport>>::failure(path.error());
    return run(path.value(), workDir, options, log);
}

QStringList AgentStandInRunner::mountsUnder(const QString& dir)
{
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    QStringList out;
    QFile f(QStringLiteral("/proc/self/mountinfo"));
    if (canonical.isEmpty() || !f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 5)
            continue;
        const QString point = QFile::decodeName(fields[4]);
        if (point == canonical || point.startsWith(canonical + u'/'))
            out.append(point);
    }
    return out;
}

} // namespace habmesos::test
