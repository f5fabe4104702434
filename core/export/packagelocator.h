// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportoptions.h"
#include "package/packageref.h"
#include "package/packagerepository.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace habmesos {

// The export's package lookup: the repository of the options (artifact cache, installed
// packages), the package asked for, the Supervisor's packages and the dependencies their TDEPS
// name. A package that is not there is a NotFound failure.
class SupervisorRoles;

class PackageLocator
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::PackageLocator)
public:
    explicit PackageLocator(const ExportOptions& options);

    // Reads the artifact cache and the installed packages.
    void scan(const std::atomic_bool* cancel);

    // The package to export: an ident (the newest that satisfies it) or a .hart path.
    Result<PackageRef> locateRoot(const QString& request);
    // What an export starts from, after scan(): the package (which must be for Linux) first, then
    // the Supervisor's packages `roles` locates, each once.
    Result<QList<PackageRef>> locateInitial(const QString& request, SupervisorRoles& roles);
    // The package for one of the Supervisor's roles (`name`: hab, hab-sup, ...): `option` (an
    // ident or a .hart path) or, when empty, the newest of chef/<name> or core/<name>. Nothing
    // when it is not required and absent.
    Result<std::optional<PackageRef>> locateSupervisorPackage(
        const QString& option, const QString& name, bool required);
    // A dependency, fully qualified, for `target`.
    std::optional<PackageRef> find(const PackageIdent& ident, const QString& target) const;
    // The error for dependencies that are missing (the first few looked up again for copies of
    // another target); `requiredBy` names who needs each.
    Error missingDependencies(const QList<PackageIdent>& missing,
        const QHash<PackageIdent, QList<PackageIdent>>& requiredBy, const QString& target) const;

private:
    PackageRepository m_repository;
    bool m_useInstalled;
};

} // namespace habmesos
