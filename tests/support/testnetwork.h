// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace habmesos::test {

// A TCP port on 127.0.0.1 that nothing listens on right now (bound, read, released), or 0 when
// none could be bound. For "connection refused" tests and for servers that need a port up front;
// another process may take it meanwhile, so such servers retry.
quint16 unusedLocalPort();

} // namespace habmesos::test
