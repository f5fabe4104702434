// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace habmesos {

// The built-in demo: a small but real signed artifact cache — a service demo/hello and the
// Supervisor's packages (hab, hab-sup, hab-launcher, busybox-static, cacerts) — written on first
// use, so that a newcomer sees the whole flow without Habitat installed. The "hab" in it is a
// stand-in script that says so; busybox is this machine's busybox when there is one.
class DemoPackages
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::DemoPackages)
public:
    struct Location
    {
        QString artifactCache; // the .hart files
        QString keyDir; // the origins' public (and, for the demo only, secret) keys
        QString package; // the ident to export: demo/hello
    };

    // Default: <AppDataLocation>/demo. Reuses what an earlier call wrote when it is complete.
    static Result<Location> ensure(const QString& directory = {});
    static QString defaultDirectory();
    static QString serviceIdent() { return QStringLiteral("demo/hello/1.0.0/20240601120000"); }
};

} // namespace habmesos
