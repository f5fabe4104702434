// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldproblem.h"
#include "marathon/marathonapp.h"
#include "result.h"

#include <QByteArray>

namespace habmesos {

// Reads an application definition (ours, or one written by hand or fetched from Marathon, also
// in GET /v2/apps/{id}'s {"app": ...} wrapping) back into a MarathonApp. Both flavours are accepted: `fetch` or `uris`,
// `portDefinitions` or `ports`. A wrong type fails with the field path and what was found, e.g.
// `portDefinitions/1/port: expected an integer from 0 to 65535, found "80"`; syntax errors give
// the line and column. Members the model does not hold (container, secrets, ...) are not an
// error: each is reported in `ignored` as a warning, because they will not be written back.
class MarathonJsonReader
{
public:
    static Result<MarathonApp> read(const QByteArray& json, FieldProblems* ignored = nullptr);
};

} // namespace habmesos
