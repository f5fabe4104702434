// SPDX-License-Identifier: Apache-2.0
#include "support/processrunner.h"

#include "support/testwait.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

namespace habmesos::test {

namespace {

// For messages: a long argument (a script given with -c) is cut short.
QString shellQuoted(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word.size() > 100 ? word.left(60) + QStringLiteral("…") : word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

QString ProcessRunner::Outcome::describe() const
{
    QString how;
    if (!finished())
        how = problem;
    else if (crashed)
        how = QStringLiteral("“%1” crashed").arg(command);
    else
        how = QStringLiteral("“%1” exited with %2").arg(command).arg(exitCode);
    const QByteArray said = (err.trimmed().isEmpty() ? out : err).trimmed();
    return said.isEmpty() ? how : how + QStringLiteral(": ") + QString::fromLocal8Bit(said);
}

ProcessRunner::ProcessRunner(QString program, QStringList arguments)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
{ }

ProcessRunner::~ProcessRunner()
{
    // A test that failed between start() and finish() leaves no program behind.
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(WaitMs);
    }
}

ProcessRunner& ProcessRunner::setEnvironment(const QProcessEnvironment& environment)
{
    m_process.setProcessEnvironment(environment);
    return *this;
}

ProcessRunner& ProcessRunner::setWorkingDirectory(const QString& directory)
{
    m_process.setWorkingDirectory(directory);
    return *this;
}

ProcessRunner& ProcessRunner::setStdin(const QByteArray& input)
{
    m_stdin = input;
    return *this;
}

ProcessRunner& ProcessRunner::setStdinFile(const QString& path)
{
    m_stdin.reset();
    m_process.setStandardInputFile(path);
    return *this;
}

ProcessRunner& ProcessRunner::setStdoutFile(const QString& path)
{
    m_process.setStandardOutputFile(path);
    return *this;
}

QString ProcessRunner::command() const
{
    QStringList words { shellQuoted(m_program) };
    for (const QString& argument : m_arguments)
        words.append(shellQuoted(argument));
    return words.join(u' ');
}

ProcessRunner::Outcome ProcessRunner::run()
{
    start();
    return finish();
}

bool ProcessRunner::start()
{
    m_startProblem.clear();
    m_process.start(m_program, m_arguments);
    if (!m_process.waitForStarted(WaitMs)) {
        m_startProblem = QStringLiteral("“%1” did not start: %2").arg(command(), m_process.errorString());
        return false;
    }
    if (m_stdin)
        m_process.write(*m_stdin);
    m_process.closeWriteChannel(); // after the input, if any: the program reads to its end
    return true;
}

ProcessRunner::Outcome ProcessRunner::finish()
{
    Outcome outcome;
    outcome.command = command();
    if (!m_startProblem.isEmpty()) {
        outcome.problem = m_startProblem;
        return outcome;
    }
    if (m_process.state() != QProcess::NotRunning) {
        // The event loop runs meanwhile, for the servers of the test process.
        QEventLoop loop;
        QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(WaitMs, &loop, &QEventLoop::quit); // the bound, never the expectation
        loop.exec();
    }
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(WaitMs);
        outcome.problem
            = QStringLiteral("“%1” did not finish within %2 s: killed").arg(outcome.command).arg(WaitMs / 1000);
    }
    outcome.crashed = m_process.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = m_process.exitCode();
    outcome.out = m_process.readAllStandardOutput();
    outcome.err = m_process.readAllStandardError();
    return outcome;
}

} // namespace habmesos::test
