// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/marathonapp.h"

#include <QCoreApplication>
#include <QString>

namespace habmesos {

// What the operator calls a field that a problem names by its JSON path: "portDefinitions/1/port"
// is "Port ssl-port", "env/FOO" is "Environment variable FOO", "service/binds/db" is "Bind db".
// The problem list puts it in front of a message that does not name its subject itself.
class FieldNames
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::FieldNames)
public:
    // `app` names ports by their names; the path itself when nothing better is known.
    static QString readable(const QString& field, const MarathonApp& app);
};

} // namespace habmesos
