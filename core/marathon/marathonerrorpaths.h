// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace habmesos {

// Turns the field paths Marathon reports in 422 answers into our FieldProblem paths.
// Kept separate (and small) so the integrator can unify it with the model's own mapper.
namespace MarathonErrorPaths {

// "/portDefinitions(1)/name" -> "portDefinitions/1/name"; "/" and "" -> "" (the whole definition);
// the pre-1.0 `attribute` form "apps[43].value" or "id" -> "apps/43/value", "id"; "self" -> "".
QString toFieldPath(const QString& serverPath);

} // namespace MarathonErrorPaths
} // namespace habmesos
