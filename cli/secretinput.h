// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace habmesos {

// Where the headless commands take passwords and tokens from: a file, standard input ("-") or an
// environment variable, never the command line itself (other users see it in ps, shells keep it
// in their history). The secret is never part of a message.
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::SecretInput)
public:
    // The contents of `path` ("-": standard input) without the final line break. `what` names
    // the option for messages ("--password-file"). Empty files and files over 64 KiB are errors.
    // Standard input that is a terminal is asked for one line, without echo.
    static Result<QString> fromFile(const QString& path, const QString& what);
    // The environment variable's value, or an empty string when unset.
    static QString fromEnvironment(const char* name);
};

} // namespace habmesos
