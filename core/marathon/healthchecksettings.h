// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/marathonapp.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace habmesos {

// A health check as the operator sets it. The port is named rather than indexed, so the check keeps
// pointing at the same port when ports are added, removed or reordered. Fields the protocol does
// not use (a path for TCP, a command for HTTP) are kept, so switching back restores them, and are
// left out of the application (toMarathon).
struct HealthCheckSettings
{
    QString protocol = QStringLiteral("HTTP");
    QString path;
    QString portName; // every protocol but COMMAND
    QString command; // COMMAND
    // Marathon's own defaults (RAML healthCheck.AppHealthCheck).
    int gracePeriodSeconds = 300;
    int intervalSeconds = 60;
    int timeoutSeconds = 20;
    int maxConsecutiveFailures = 3;
    bool ignoreHttp1xx = false; // written only when set

    bool operator==(const HealthCheckSettings&) const = default;

    static bool usesPath(const QString& protocol);
    static bool usesPort(const QString& protocol);
    static bool usesCommand(const QString& protocol);
    static bool usesIgnoreHttp1xx(const QString& protocol);

    // The Marathon health check, with `portIndex` for the port (ignored by COMMAND checks).
    MarathonHealthCheck toMarathon(int portIndex) const;

    // The command line's `--health-check KEY=VALUE`: KEY is one of keys() (Marathon's field names,
    // `portName` for the port); the error says what is wrong with the value.
    Status set(const QString& key, const QString& value);
    static QStringList keys();
    Q_DECLARE_TR_FUNCTIONS(habmesos::HealthCheckSettings) // last: it ends in "private:"
};

} // namespace habmesos
