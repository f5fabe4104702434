// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"
#include "support/fixturebuilder.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace habmesos::test {

// What an export needs besides the service, as a Habitat artifact cache holds it: core/glibc,
// the Supervisor's packages (core/busybox-static, core/hab, core/hab-sup, core/hab-launcher) and
// core/cacerts, signed by the fixture builder, with the programs a test puts in them.
struct SupervisorFixture
{
    QString release;
    QByteArray busybox; // bin/busybox
    bool allApplets = false; // every applet of Debian's busybox as a link in bin/; otherwise sh and bash
    QByteArray hab = QByteArrayLiteral("#!/bin/sh\n"); // bin/hab
    QMap<QString, QByteArray> habExtras; // more executables in core/hab (a stand-in's helpers)
    QMap<QString, QByteArray> sup { { QStringLiteral("bin/hab-sup"), QByteArrayLiteral("#!/bin/sh\n") } };
    QByteArray launcher = QByteArrayLiteral("#!/bin/sh\n"); // bin/hab-launch

    QString glibc() const { return QStringLiteral("core/glibc/2.36/") + release; }
    QString busyboxIdent() const { return QStringLiteral("core/busybox-static/1.35.0/") + release; }
    // A package's PATH metadata: its bin/.
    static QByteArray pathOf(const QString& ident);
    // Debian's static busybox, or a script standing in for it where it is not installed.
    static QByteArray debianBusybox();

    // Builds the packages with `builder`, appending their idents to `built` when given.
    Status build(FixtureBuilder& builder, QStringList* built = nullptr) const;
};

} // namespace habmesos::test
