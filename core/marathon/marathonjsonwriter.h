// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldproblem.h"
#include "marathon/marathonapp.h"
#include "marathon/orderedjson.h"

#include <QByteArray>
#include <QCborValue>
#include <QCoreApplication>

namespace habmesos {

// Which fields carry the artifacts and the ports.
enum class MarathonFlavour
{
    // Marathon 1.0 and newer: `fetch` (since 0.15) and `portDefinitions` (since 1.0; the default).
    Current,
    // Marathon before 1.0: `uris` and `ports` (+ `requirePorts`). Port names, protocols and labels and
    // the fetch flags cannot be expressed; see MarathonJsonWriter::legacyLosses().
    Legacy,
};

// The one serializer of an application definition: preview, clipboard, file and request body all
// come from here, so what the operator sees is what is sent. Members are written in the order a
// person reads them: id, cmd, (args,) user, cpus, mem, disk, instances, env, fetch|uris,
// portDefinitions|ports, requirePorts, taskKillGracePeriodSeconds, healthChecks, labels, constraints,
// acceptedResourceRoles, upgradeStrategy, backoffSeconds, backoffFactor, maxLaunchDelaySeconds, then
// the app's kept fields (MarathonApp::keptFields) as they were read. A kept field never replaces one
// the model writes: a kept array under a key whose array the model writes adds its items (a
// second download after the tarball's), any other clash is left out and named by keptConflicts().
// Empty optional sections are left out, except the ports: an absent `portDefinitions` makes
// Marathon add a port of its own, so "no ports" is written as an empty array.
class MarathonJsonWriter
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::MarathonJsonWriter)
public:
    static OrderedJson toJson(const MarathonApp& app, MarathonFlavour flavour = MarathonFlavour::Current);

    // Two-space indented, with a final newline: for the preview and files.
    static QByteArray write(const MarathonApp& app, MarathonFlavour flavour = MarathonFlavour::Current);
    // No whitespace: for request bodies and the clipboard's single-line form.
    static QByteArray writeCompact(const MarathonApp& app, MarathonFlavour flavour = MarathonFlavour::Current);

    // The kept fields that clash with a field the model writes, so are not written.
    static QStringList keptConflicts(const MarathonApp& app, MarathonFlavour flavour = MarathonFlavour::Current);
    // A read value (OrderedJsonReader) to write, members in the same order.
    static OrderedJson fromCbor(const QCborValue& value);

    // What the legacy flavour drops from `app`, as warnings on the fields concerned.
    static FieldProblems legacyLosses(const MarathonApp& app);
};

} // namespace habmesos
