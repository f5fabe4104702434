// SPDX-License-Identifier: Apache-2.0
#include "support/testnetwork.h"

#include <QTcpServer>

namespace habmesos::test {

quint16 unusedLocalPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // closed on return: nothing listens there now
}

} // namespace habmesos::test
