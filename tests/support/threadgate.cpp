// SPDX-License-Identifier: Apache-2.0
#include "support/threadgate.h"

#include "support/testwait.h"

#include <QDeadlineTimer>

namespace habmesos::test {

void ThreadGate::pass()
{
    QMutexLocker lock(&m_mutex);
    if (m_reached)
        return;
    m_reached = true;
    const QDeadlineTimer deadline(WaitMs);
    while (!m_open && !deadline.hasExpired())
        m_opened.wait(&m_mutex, deadline);
}

bool ThreadGate::reached() const
{
    QMutexLocker lock(&m_mutex);
    return m_reached;
}

void ThreadGate::open()
{
    QMutexLocker lock(&m_mutex);
    m_open = true;
    m_opened.wakeAll();
}

bool ThreadGate::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_open;
}

} // namespace habmesos::test
