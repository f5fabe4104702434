// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldproblem.h"

#include <QString>

namespace habmesos {

// Maps the field paths in Marathon's error responses onto ours (FieldProblem::field), so a 422 can
// be shown at the field the operator edits. MarathonError reads the bodies and uses this for their paths.
//
// Marathon 1.x writes `/portDefinitions(1)/name`, `/env/FOO`, `/` (the whole definition); 0.15 and
// older wrote `attribute` values such as `apps[43].value`, `id` or `self`. The deprecated fields map
// onto the model's: `/ports(1)` is `portDefinitions/1/port` and `/uris(0)` is `fetch/0/uri`.
class MarathonErrorPath
{
public:
    // "/portDefinitions(1)/name" -> "portDefinitions/1/name"; "/" and "self" -> "".
    static QString toFieldPath(QStringView serverPath);
};

} // namespace habmesos
