// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace habmesos::test {

// Runs a program for a test: arguments, environment, working directory and standard input in;
// standard output, standard error and how it ended out. It waits with the event loop running, so
// servers inside the test process (CannedHttpServer, FaultyHttpServer) keep answering the program,
// and at most test::WaitMs: a program that has not finished by then is killed, and the outcome
// says so, naming the command.
//
//   const auto r = ProcessRunner(QStringLiteral("tar"), { "-tf", path }).run();
//   QVERIFY2(r.ok(), qPrintable(r.describe()));
class ProcessRunner
{
public:
    struct Outcome
    {
        QString command; // the program and its arguments, as a shell would take them
        QString problem; // why it did not run to its end (did not start, did not finish); else empty
        bool crashed = false; // ended by a signal
        int exitCode = -1; // when it exited
        QByteArray out;
        QByteArray err;

        bool finished() const { return problem.isEmpty(); }
        bool exitedWith(int code) const { return finished() && !crashed && exitCode == code; }
        bool ok() const { return exitedWith(0); }
        // The exit code; -2 for a crash, -1 when it did not finish (the tests' convention).
        int code() const { return !finished() ? -1 : crashed ? -2 : exitCode; }
        // For a failure message: how it ended, and its standard error (or output, when that is empty).
        QString describe() const;
    };

    explicit ProcessRunner(QString program, QStringList arguments = {});
    ~ProcessRunner();
    ProcessRunner(const ProcessRunner&) = delete;
    ProcessRunner& operator=(const ProcessRunner&) = delete;

    // The default is this process's environment.
    ProcessRunner& setEnvironment(const QProcessEnvironment& environment);
    ProcessRunner& setWorkingDirectory(const QString& directory);
    // Standard input: these bytes, or this file; otherwise an empty input (closed at once).
    ProcessRunner& setStdin(const QByteArray& input);
    ProcessRunner& setStdinFile(const QString& path);
    // Standard output into this file instead of Outcome::out.
    ProcessRunner& setStdoutFile(const QString& path);

    // start() then finish().
    Outcome run();
    // For a test that acts on the program while it runs (signals it, watches its files): start(),
    // then process(), then finish(). False when it could not be started (finish() says why).
    bool start();
    QProcess& process() { return m_process; }
    Outcome finish();

    QString command() const;

private:
    QString m_program;
    QStringList m_arguments;
    std::optional<QByteArray> m_stdin;
    QProcess m_process;
    QString m_startProblem;
};

} // namespace habmesos::test
