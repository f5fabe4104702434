// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldproblem.h"
#include "marathon/marathonapp.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace habmesos {

// One range of port numbers Mesos agents offer (their `--resources=ports:[31000-32000, ...]`).
struct PortRange
{
    int low = 0;
    int high = 0;
    bool contains(int port) const { return port >= low && port <= high; }
    bool operator==(const PortRange&) const = default;
};
using PortRanges = QList<PortRange>;

// Whether an app's host ports can be placed on the agents. Dynamic ports always can: Marathon
// takes them from what the agents offer. Fixed ports (requirePorts) are taken literally as host
// ports (MAR tasks/PortsMatcher.scala), so every one needs a number, inside what the agents offer,
// and each number once; otherwise Marathon waits for ever for an offer that never comes.
class PortPlacement
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::PortPlacement)
public:
    // What a Mesos agent offers when its operator says nothing (MESOS src/slave/constants.hpp).
    static PortRanges defaultAgentPorts() { return { { 31000, 32000 } }; }
    // Marathon's upgrade strategy for apps bound to their agents (MAR state/UpgradeStrategy.scala,
    // the resident default): the default (1, 1) starts each new task before an old one stops, on
    // an agent that must still have the ports free, and stalls when no such agent is left.
    static MarathonUpgradeStrategy fixedPortsUpgradeStrategy() { return { 0.5, 0.0 }; }

    // "31000-32000", "31000-32000,8000-9000" or as Mesos writes it, "[31000-32000, 8000-9000]".
    // Strict: every range is LOW-HIGH with 1 <= LOW <= HIGH <= 65535, and nothing else.
    static Result<PortRanges> parseRanges(const QString& text);
    // "31000-32000, 8000-9000" (parseRanges reads it back).
    static QString formatRanges(const PortRanges& ranges);
    static bool contains(const PortRanges& ranges, int port);

    // With requirePorts: an error on each port without a number and on each number outside
    // `agentPorts`; the advice to keep one task per agent; and, unless the app has one, the
    // upgrade strategy that can replace tasks in place.
    static void check(MarathonApp& app, const PortRanges& agentPorts, FieldProblems& problems);
    // The names (or "#<index>" for unnamed ones) of the ports that have no number.
    static QStringList dynamicPorts(const MarathonApp& app);
    // The app has the constraint hostname:UNIQUE (at most one task per agent).
    static bool hasUniqueHostname(const MarathonApp& app);
};

} // namespace habmesos
