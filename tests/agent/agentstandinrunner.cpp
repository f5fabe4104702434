// SPDX-License-Identifier: Apache-2.0
#include "agent/agentstandinrunner.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

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
    QProcess probe;
    probe.start(executable(), { QStringLiteral("--probe") });
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return QStringLiteral("no private mount namespace can be made here: ")
            + QString::fromLocal8Bit(probe.readAllStandardError()).trimmed();
    return {};
}

Result<QList<AgentTaskReport>> AgentStandInRunner::run(
    const QString& appJsonPath, const QString& workDir, const Options& options, QString* log)
{
    using R = Result<QList<AgentTaskReport>>;
    QDir().mkpath(workDir);
    const QString reportPath = QDir(workDir).filePath(QStringLiteral("report.json"));
    QFile::remove(reportPath);
    QStringList args { QStringLiteral("--app"), appJsonPath, QStringLiteral("--work"), workDir,
        QStringLiteral("--mode"), options.mode == Mode::Mesos16 ? QStringLiteral("mesos16") : QStringLiteral("mesos17"),
        QStringLiteral("--ports"), options.ports, QStringLiteral("--start-timeout"),
        QString::number(options.startTimeoutSeconds), QStringLiteral("--report"), reportPath };
    if (!options.readyFile.isEmpty())
        args << QStringLiteral("--ready-file") << options.readyFile;
    if (options.runSeconds >= 0)
        args << QStringLiteral("--run-seconds") << QString::number(options.runSeconds);
    if (options.fetchOnly)
        args << QStringLiteral("--fetch-only");
    if (options.instances >= 0)
        args << QStringLiteral("--instances") << QString::number(options.instances);

    QProcess p;
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    p.start(executable(), args);
    // Generous: a start timeout, a grace period and the fetch; the loop keeps servers here alive.
    QTimer::singleShot(int((options.startTimeoutSeconds + 180) * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(10000);
        return R::failure(QStringLiteral("mesos-agent-standin did not finish"));
    }
    const QString err = QString::fromLocal8Bit(p.readAllStandardError());
    if (log)
        *log = err;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return R::failure(QStringLiteral("mesos-agent-standin failed (%1): %2").arg(p.exitCode()).arg(err));
    QFile report(reportPath);
    if (!report.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("no report: ") + err);
    QList<AgentTaskReport> out;
    for (const QJsonValue& t :
        QJsonDocument::fromJson(report.readAll()).object().value(QStringLiteral("tasks")).toArray())
        out.append(AgentTaskReport::fromJson(t.toObject()));
    return out;
}

Result<QList<AgentTaskReport>> AgentStandInRunner::runJson(
    const QByteArray& appJson, const QString& workDir, const Options& options, QString* log)
{
    QDir().mkpath(workDir);
    const QString path = QDir(workDir).filePath(QStringLiteral("app.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(appJson) != appJson.size())
        return Result<QList<AgentTaskReport>>::failure(path + QStringLiteral(": ") + f.errorString());
    f.close();
    return run(path, workDir, options, log);
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
