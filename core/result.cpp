// SPDX-License-Identifier: Apache-2.0
#include "result.h"

#include <QCoreApplication>

namespace habmesos {

Error Error::cancelled()
{
    // One word for every cancelled operation, so callers can show it or, knowing the kind, stay silent.
    return { ErrorKind::Cancelled, QCoreApplication::translate("habmesos::Error", "cancelled") };
}

} // namespace habmesos
