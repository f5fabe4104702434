// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageident.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace habmesos {

// Everything in the container tarball that is not a package: the directories a chroot needs,
// /etc files, the links that make busybox and hab reachable, the public keys, /init.sh,
// /.habmesos/ringpeers.sh (RingPeerScript, started by init.sh for a ring) and /.hab_pkg. Modelled on Habitat's
// container exporter (pkg-export-container: rootfs.rs, accounts.rs, init.sh.hbs), which fixed what the old Mesos
// exporter's bare studio lacked.
class RootfsLayout
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::RootfsLayout)
public:
    struct Item
    {
        enum class Type
        {
            Directory,
            File,
            Symlink
        };
        QString path; // relative, no leading "./" (the writer adds it)
        Type type = Type::File;
        quint32 mode = 0644;
        QByteArray contents;
        QString linkTarget;
    };

    struct PackageBins
    {
        PackageIdent ident;
        QStringList path; // the package's PATH metadata: absolute bin directories
    };

    // The harts layout's bootstrap (HartsExport): the programs that must run before any package
    // is installed. Nothing in it names the service's release (init.sh installs whatever .hart
    // files were fetched), so a new release of the service leaves it as it is.
    struct Bootstrap
    {
        QByteArray busybox; // busybox-static's bin/busybox: .habmesos/busybox and every applet in /bin
        QList<QPair<QString, QByteArray>> habBin; // the hab package's bin/ files: .habmesos/bin/
    };

    struct Inputs
    {
        PackageIdent service; // fully qualified: the package the Supervisor runs
        QString svcUser; // SVC_USER; empty means hab
        QString svcGroup; // SVC_GROUP; empty means hab
        QList<PackageBins> pathOrder; // service first, then its dependencies, then the Supervisor's packages
        PackageIdent busybox; // core/busybox-static
        QStringList busyboxBins; // names in busybox's bin/ (busybox, sh, bash and the applet links)
        PackageIdent hab; // the hab CLI package (bin/hab)
        PackageIdent sup; // hab-sup (bin/hab-sup)
        PackageIdent launcher; // hab-launcher (bin/hab-launch)
        std::optional<PackageIdent> cacerts; // linked as /etc/ssl when present
        QList<QPair<QString, QByteArray>> publicKeys; // named revision -> .pub file contents
        std::optional<Bootstrap> bootstrap; // the harts layout
    };

    // The ids Habitat's container exporter gives the service user and the extra hab user.
    static constexpr int ServiceId = 42;
    static constexpr int HabId = 84;

    // Validates the inputs (names that would corrupt /etc/passwd are refused) and returns the
    // items sorted by path.
    static Result<QList<Item>> build(const Inputs& inputs);

    static QByteArray passwd(const QString& svcUser, const QString& svcGroup);
    static QByteArray group(const QString& svcUser, const QString& svcGroup);
    static QByteArray initScript(const Inputs& inputs);
    static QString searchPath(const Inputs& inputs);
    // The hab that installs the packages in the harts layout, inside the chroot.
    static QString bootstrapHab() { return QStringLiteral("/.habmesos/bin/hab"); }
};

} // namespace habmesos
