// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace habmesos {

// A problem tied to one field of what the operator edits, found by our validation or reported
// by a server. `field` is a path in the application JSON as our serializer writes it, with '/'
// between levels and array indices as numbers: "id", "cpus", "env/HAB_NGINX",
// "portDefinitions/1/name", "healthChecks/0/portIndex"; empty for the definition as a whole.
struct FieldProblem
{
    enum class Severity { Error, Warning };
    QString field;
    QString message;
    Severity severity = Severity::Error;

    bool operator==(const FieldProblem&) const = default;
};

using FieldProblems = QList<FieldProblem>;

} // namespace habmesos
