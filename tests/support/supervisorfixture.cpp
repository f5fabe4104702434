// SPDX-License-Identifier: Apache-2.0
#include "support/supervisorfixture.h"

#include "support/processrunner.h"

#include <QFile>

namespace habmesos::test {

QByteArray SupervisorFixture::pathOf(const QString& ident)
{
    return (QStringLiteral("/hab/pkgs/") + ident + QStringLiteral("/bin")).toUtf8();
}

QByteArray SupervisorFixture::debianBusybox()
{
    QFile f(QStringLiteral("/bin/busybox"));
    if (f.open(QIODevice::ReadOnly))
        return f.readAll();
    return QByteArrayLiteral("#!/bin/sh\necho not a real busybox\n");
}

Status SupervisorFixture::build(FixtureBuilder& builder, QStringList* built) const
{
    auto add = [&](const PackageSpec& spec) -> Status {
        auto made = builder.build(spec);
        if (!made)
            return Status::failure(made.error());
        if (built)
            built->append(spec.ident);
        return success();
    };

    PackageSpec lib;
    lib.ident = glibc();
    lib.files = { { QStringLiteral("lib/libc.so.6"), QByteArray(4096, 'c') } };
    lib.symlinks = { { QStringLiteral("lib/libc.so"), QStringLiteral("libc.so.6") } };
    if (Status s = add(lib); !s)
        return s;

    PackageSpec bb;
    bb.ident = busyboxIdent();
    bb.executables = { { QStringLiteral("bin/busybox"), busybox } };
    if (allApplets && QFile::exists(QStringLiteral("/bin/busybox"))) {
        // As core/busybox-static has them: the stand-ins use su, stat, cut, ...
        const ProcessRunner::Outcome list
            = ProcessRunner(QStringLiteral("/bin/busybox"), { QStringLiteral("--list") }).run();
        if (!list.ok())
            return Status::failure(list.describe());
        for (const QByteArray& applet : list.out.split('\n')) {
            if (!applet.isEmpty() && applet != "busybox")
                bb.symlinks.insert(QStringLiteral("bin/") + QString::fromUtf8(applet), QStringLiteral("busybox"));
        }
    }
    bb.symlinks.insert(QStringLiteral("bin/sh"), QStringLiteral("busybox"));
    bb.symlinks.insert(QStringLiteral("bin/bash"), QStringLiteral("busybox"));
    bb.metadata = { { QStringLiteral("PATH"), pathOf(bb.ident) } };
    if (Status s = add(bb); !s)
        return s;

    PackageSpec habPackage;
    habPackage.ident = QStringLiteral("core/hab/1.6.0/") + release;
    habPackage.deps = { glibc() };
    habPackage.executables = habExtras;
    habPackage.executables.insert(QStringLiteral("bin/hab"), hab);
    habPackage.metadata = { { QStringLiteral("PATH"), pathOf(habPackage.ident) } };
    if (Status s = add(habPackage); !s)
        return s;

    PackageSpec supPackage;
    supPackage.ident = QStringLiteral("core/hab-sup/1.6.0/") + release;
    supPackage.deps = { busyboxIdent(), glibc() };
    for (auto it = sup.begin(); it != sup.end(); ++it)
        supPackage.executables.insert(it.key(), it.value());
    if (Status s = add(supPackage); !s)
        return s;

    PackageSpec launcherPackage;
    launcherPackage.ident = QStringLiteral("core/hab-launcher/17797/") + release;
    launcherPackage.deps = { glibc() };
    launcherPackage.executables = { { QStringLiteral("bin/hab-launch"), launcher } };
    if (Status s = add(launcherPackage); !s)
        return s;

    PackageSpec cacerts;
    cacerts.ident = QStringLiteral("core/cacerts/2020.01.01/") + release;
    cacerts.files = { { QStringLiteral("ssl/cert.pem"), QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n") } };
    return add(cacerts);
}

} // namespace habmesos::test
