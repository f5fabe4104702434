// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/marathonapp.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace habmesos {

// A placement constraint as operators write it, in the form Marathon's own UI and CLI use:
// `field:OPERATOR[:value]` (`hostname:UNIQUE`, `rack:GROUP_BY:3`, `zone:LIKE:eu-.*`). The value is
// everything after the second colon, so it may hold colons itself. Whether the operator suits the
// value is MarathonValidator's business.
class MarathonConstraintText
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::MarathonConstraintText)
public:
    static Result<MarathonConstraint> parse(const QString& text);
    static QString format(const MarathonConstraint& constraint);
};

} // namespace habmesos
