// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldproblem.h"
#include "marathon/marathonapp.h"

#include <QCoreApplication>

namespace habmesos {

// Checks an application definition before anything is written or sent, by Marathon's rules: its
// RAML limits (cpus >= 0.001, fetch URIs of 1-1024 characters, ...) and its validators. Messages
// are in the operator's words and name what the form shows ("Port ssl-port: the number 8443 is used
// twice", "CPUs must be at least 0.001 (it is 0)"), never Marathon's regular expressions or JSON paths.
// Every problem is tied to its field (FieldProblem), e.g. "portDefinitions/1/name", "env/FOO",
// "healthChecks/0/portIndex", so the form can mark it; "" is the definition as a whole.
class MarathonValidator
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::MarathonValidator)
public:
    static FieldProblems validate(const MarathonApp& app);
    static bool hasErrors(const FieldProblems& problems);

    // RAML strings.LegacyName, the server's rule for port names.
    static QString portNamePattern();
    static QStringList protocols(); // tcp, udp, udp,tcp
    static QStringList healthCheckProtocols();
    static QStringList constraintOperators();

private:
    // How the app is rolled out and placed: backoff, accepted resource roles, what the fetcher can
    // download (DeploymentOptions' fields; the upgrade strategy is checked with the rest).
    static void validateDeployment(const MarathonApp& app, FieldProblems& problems);
    // Secrets and persistent volumes, and what a resident app needs (marathonvalidatorresident.cpp).
    static void validateSecretsAndVolumes(const MarathonApp& app, FieldProblems& problems);
};

} // namespace habmesos
