// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldproblem.h"

#include <QByteArray>
#include <QString>

namespace habmesos {

// Maps the field paths in Marathon's error responses onto ours (FieldProblem::field), so a 422 can
// be shown at the field the operator edits.
//
// Marathon 1.x writes `/portDefinitions(1)/name`, `/env/FOO`, `/` (the whole definition); 0.15 and
// older wrote `attribute` values such as `apps[43].value`, `id` or `self`. The deprecated fields map
// onto the model's: `/ports(1)` is `portDefinitions/1/port` and `/uris(0)` is `fetch/0/uri`.
class MarathonErrorPath
{
public:
    // "/portDefinitions(1)/name" -> "portDefinitions/1/name"; "/" and "self" -> "".
    static QString toFieldPath(QStringView serverPath);

    // Every problem in a Marathon error body, all Errors: `{"message", "details": [{"path",
    // "errors": [...]}]}`, the older `details: [{"attribute", "error"}]` and `errors: [...]`
    // forms, and bodies whose `details` is a plain string (a JSON syntax error) or absent, which
    // become one problem on "" with the message. Not JSON at all: one problem with the raw text.
    static FieldProblems problemsFromBody(const QByteArray& body);
};

} // namespace habmesos
