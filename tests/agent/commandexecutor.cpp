// SPDX-License-Identifier: Apache-2.0
#include "agent/commandexecutor.h"

#include "agent/killtree.h"

#include <QFile>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

namespace habmesos::test {

QString CommandExecutor::Exit::text() const
{
    if (exited)
        return QStringLiteral("exited with status %1").arg(code);
    if (signal != 0)
        return QStringLiteral("killed by signal %1 (%2)").arg(signal).arg(QString::fromLocal8Bit(::strsignal(signal)));
    return QStringLiteral("still running");
}

CommandExecutor::~CommandExecutor()
{
    if (m_pid > 0 && !m_exited) {
        KillTree::killtree(m_pid, SIGKILL, true, true);
        waitForExit(10);
    }
}

double CommandExecutor::uptime()
{
    timespec ts {};
    ::clock_gettime(CLOCK_BOOTTIME, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

Status CommandExecutor::launch(const QString& command, const QString& sandbox, const QByteArrayList& environment)
{
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    // Everything the child needs is prepared before fork: after it, only async-signal-safe calls.
    const QByteArray dir = QFile::encodeName(sandbox);
    const QByteArray out = dir + "/stdout";
    const QByteArray err = dir + "/stderr";
    const QByteArray cmd = command.toUtf8();
    std::vector<const char*> argv { "sh", "-c", cmd.constData(), nullptr };
    std::vector<const char*> envp;
    for (const QByteArray& kv : environment)
        envp.push_back(kv.constData());
    envp.push_back(nullptr);

    const pid_t pid = ::fork();
    if (pid < 0)
        return Status::failure(QStringLiteral("fork failed"));
    if (pid == 0) {
        ::setsid();
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        for (int s = 1; s < NSIG; ++s)
            ::signal(s, SIG_DFL);
        if (::chdir(dir.constData()) != 0)
            ::_exit(127);
        const int in = ::open("/dev/null", O_RDONLY);
        const int o = ::open(out.constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        const int e = ::open(err.constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (in < 0 || o < 0 || e < 0)
            ::_exit(127);
        ::dup2(in, 0);
        ::dup2(o, 1);
        ::dup2(e, 2);
        ::close_range(3, ~0U, 0);
        ::execve("/bin/sh", const_cast<char* const*>(argv.data()), const_cast<char* const*>(envp.data()));
        ::_exit(127);
    }
    m_pid = pid;
    return success();
}

bool CommandExecutor::poll()
{
    for (;;) {
        int status = 0;
        const pid_t done = ::waitpid(-1, &status, WNOHANG);
        if (done <= 0)
            break;
        if (done == m_pid) {
            m_exited = true;
            m_exit.exited = WIFEXITED(status);
            m_exit.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            m_exit.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
        }
    }
    return m_exited;
}

bool CommandExecutor::waitForExit(double seconds)
{
    const double end = uptime() + seconds;
    while (!poll()) {
        if (uptime() >= end)
            return false;
        QThread::msleep(20);
    }
    return true;
}

CommandExecutor::Stop CommandExecutor::kill(double graceSeconds)
{
    Stop stop;
    stop.startedUptime = uptime();
    if (poll())
        return stop;
    stop.termVisited = KillTree::killtree(m_pid, SIGTERM, true, true);
    if (stop.termVisited.isEmpty())
        ::kill(m_pid, SIGTERM); // as executor.cpp does when killtree fails
    if (!waitForExit(graceSeconds)) {
        stop.sigkill = true;
        stop.killVisited = KillTree::killtree(m_pid, SIGKILL, true, true);
        waitForExit(60);
    }
    stop.seconds = uptime() - stop.startedUptime;
    return stop;
}

} // namespace habmesos::test
