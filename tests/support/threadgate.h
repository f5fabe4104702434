// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMutex>
#include <QWaitCondition>

namespace habmesos::test {

// Holds a worker thread at a known point (say, a job's first progress report, mid-write) until the
// test has done what it must do there (cancel, destroy), however fast the machine is: no sleep on
// either side. The worker calls pass(); the test waits for reached() (QTRY_VERIFY), acts, open()s.
// Open it in a scope guard too, so that a failed test does not leave the worker waiting.
class ThreadGate
{
public:
    // In the worker: the first call marks the gate reached and waits until it is opened (bounded by
    // test::WaitMs, only so that a broken test cannot hang); later calls pass at once.
    void pass();
    bool reached() const;
    void open();
    bool isOpen() const;

private:
    mutable QMutex m_mutex;
    QWaitCondition m_opened;
    bool m_reached = false;
    bool m_open = false;
};

} // namespace habmesos::test
