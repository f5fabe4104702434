// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportoptions.h"
#include "package/packageident.h"
#include "package/packageref.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace habmesos {

class PackageLocator;

// The roles the Supervisor's packages fill in the image (hab, hab-sup, hab-launcher,
// busybox-static, cacerts) and the ident that fills each: the options' choice, or the newest of
// chef/ or core/. One package may fill several roles, and the exported package may be one of them
// (exporting the Supervisor's own package). Each role but cacerts names the program the image
// links to in it (/hab/bin/hab, the init script's sh, ...).
class SupervisorRoles
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::SupervisorRoles)
public:
    static const QString Hab;
    static const QString Sup;
    static const QString Launcher;
    static const QString Busybox;
    static const QString Cacerts;

    explicit SupervisorRoles(const ExportOptions& options);

    // Locates the package of every role, all problems in one failure; the packages found, each
    // once, in the order of the roles.
    Result<QList<PackageRef>> locate(PackageLocator& locator);
    // The package that fills `role`, once located.
    std::optional<PackageIdent> ident(const QString& role) const;
    // Refuses a package given for a role it cannot fill (hab-sup as the hab package, say): the
    // image would link into nothing. `binNames`: what its bin/ holds.
    Status checkPrograms(const PackageIdent& package, const QStringList& binNames) const;
    // The programs the roles `package` fills need in its bin/ (none for cacerts).
    QStringList programsOf(const PackageIdent& package) const;

private:
    struct Role
    {
        QString name;
        QString option;
        bool required;
        QString program;
    };
    QList<Role> m_roles;
    QHash<QString, PackageIdent> m_idents;
};

} // namespace habmesos
