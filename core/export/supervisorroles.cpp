// SPDX-License-Identifier: Apache-2.0
#include "export/supervisorroles.h"

#include "export/packagelocator.h"

#include <QSet>

namespace habmesos {

const QString SupervisorRoles::Hab = QStringLiteral("hab");
const QString SupervisorRoles::Sup = QStringLiteral("hab-sup");
const QString SupervisorRoles::Launcher = QStringLiteral("hab-launcher");
const QString SupervisorRoles::Busybox = QStringLiteral("busybox-static");
const QString SupervisorRoles::Cacerts = QStringLiteral("cacerts");

SupervisorRoles::SupervisorRoles(const ExportOptions& options)
    : m_roles {
        { Hab, options.supervisor.hab, true, QStringLiteral("hab") },
        { Sup, options.supervisor.sup, true, QStringLiteral("hab-sup") },
        { Launcher, options.supervisor.launcher, true, QStringLiteral("hab-launch") },
        { Busybox, options.supervisor.busybox, true, QStringLiteral("sh") },
        // Optional: included when present, unless asked for by name.
        { Cacerts, options.supervisor.cacerts, !options.supervisor.cacerts.isEmpty(), QString() },
    }
{ }

Result<QList<PackageRef>> SupervisorRoles::locate(PackageLocator& locator)
{
    m_idents.clear();
    QList<PackageRef> found;
    QSet<PackageIdent> seen;
    QList<Error> problems;
    for (const Role& role : std::as_const(m_roles)) {
        const auto ref = locator.locateSupervisorPackage(role.option, role.name, role.required);
        if (!ref) {
            problems.append(ref.errorInfo());
        } else if (ref->has_value()) {
            const PackageRef& package = **ref;
            m_idents.insert(role.name, package.ident);
            if (!seen.contains(package.ident)) {
                seen.insert(package.ident);
                found.append(package);
            }
        }
    }
    if (problems.isEmpty())
        return found;
    // One kind for all: NotFound when every problem is a missing package, else the first other
    // kind (a bad ident, an unreadable file), which the operator must fix anyway.
    ErrorKind kind = ErrorKind::NotFound;
    QStringList messages;
    for (const Error& e : std::as_const(problems)) {
        messages.append(e.message);
        if (kind == ErrorKind::NotFound)
            kind = e.kind;
    }
    return Error { kind, messages.join(QStringLiteral("; ")) };
}

std::optional<PackageIdent> SupervisorRoles::ident(const QString& role) const
{
    const auto it = m_idents.constFind(role);
    if (it == m_idents.constEnd())
        return std::nullopt;
    return *it;
}

QStringList SupervisorRoles::programsOf(const PackageIdent& package) const
{
    QStringList programs;
    for (const Role& role : m_roles) {
        if (!role.program.isEmpty() && m_idents.value(role.name) == package)
            programs.append(role.program);
    }
    return programs;
}

Status SupervisorRoles::checkPrograms(const PackageIdent& package, const QStringList& binNames) const
{
    for (const Role& role : m_roles) {
        if (!role.program.isEmpty() && m_idents.value(role.name) == package && !binNames.contains(role.program))
            return Status::failure(tr("%1 cannot be the Supervisor's %2 package: it has no bin/%3")
                                       .arg(package.toString(), role.name, role.program));
    }
    return success();
}

} // namespace habmesos
