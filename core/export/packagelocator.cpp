// SPDX-License-Identifier: Apache-2.0
#include "export/packagelocator.h"

#include "export/supervisorroles.h"
#include "package/missingdependencies.h"
#include "package/packagetarget.h"

#include <QFileInfo>

namespace habmesos {

namespace {

PackageRepository::Options repositoryOptions(const ExportOptions& options)
{
    PackageRepository::Options o;
    o.artifactCache = options.artifactCache;
    o.installedRoot = options.installedRoot;
    o.useInstalled = options.useInstalled;
    return o;
}

} // namespace

PackageLocator::PackageLocator(const ExportOptions& options)
    : m_repository(repositoryOptions(options))
    , m_useInstalled(options.useInstalled)
{ }

void PackageLocator::scan(const std::atomic_bool* cancel)
{
    m_repository.scan(cancel);
}

Result<QList<PackageRef>> PackageLocator::locateInitial(const QString& request, SupervisorRoles& roles)
{
    using R = Result<QList<PackageRef>>;
    const auto root = locateRoot(request);
    if (!root)
        return root.errorInfo();
    if (!PackageTarget::isLinux(root->target))
        return R::failure(
            tr("%1 is built for %2; Mesos runs Linux containers").arg(root->ident.toString(), root->target));
    // The root and the Supervisor's packages: their TDEPS together name the whole closure.
    const auto supervisor = roles.locate(*this);
    if (!supervisor)
        return supervisor.errorInfo();
    QList<PackageRef> initial = { root.value() };
    for (const PackageRef& ref : supervisor.value()) {
        if (ref.ident != root->ident)
            initial.append(ref);
    }
    return initial;
}

Result<PackageRef> PackageLocator::locateRoot(const QString& request)
{
    if (PackageRepository::namesFile(request))
        return m_repository.addArtifact(request);
    const auto ident = PackageIdent::parse(request);
    if (!ident)
        return ident.errorInfo();
    if (const auto ref = m_repository.resolve(ident.value()))
        return *ref;
    QString where = m_repository.artifactCacheDir();
    if (m_useInstalled)
        where += tr(" or ") + m_repository.installedRoot();
    // A broken file that looks like the package is the likely reason: say so.
    const QString stem = ident->origin() + u'-' + ident->name() + u'-';
    QStringList broken;
    for (const auto& problem : m_repository.problems()) {
        if (QFileInfo(problem.path).fileName().startsWith(stem))
            broken.append(problem.reason);
    }
    if (!broken.isEmpty())
        return Result<PackageRef>::failure(ErrorKind::NotFound,
            tr("no readable package %1 in %2: %3").arg(request, where, broken.join(QStringLiteral("; "))));
    return Result<PackageRef>::failure(ErrorKind::NotFound, tr("no package %1 in %2").arg(request, where));
}

Result<std::optional<PackageRef>> PackageLocator::locateSupervisorPackage(
    const QString& option, const QString& name, bool required)
{
    using R = Result<std::optional<PackageRef>>;
    if (!option.isEmpty()) {
        if (PackageRepository::namesFile(option)) {
            const auto ref = m_repository.addArtifact(option);
            if (!ref)
                return ref.errorInfo();
            return std::optional<PackageRef>(ref.value());
        }
        const auto ident = PackageIdent::parse(option);
        if (!ident)
            return ident.errorInfo();
        const auto ref = m_repository.resolve(ident.value());
        if (!ref)
            return R::failure(ErrorKind::NotFound,
                tr("the Supervisor's package %1 is not in %2").arg(option, m_repository.artifactCacheDir()));
        return std::optional<PackageRef>(*ref);
    }
    std::optional<PackageRef> best;
    for (const char* origin : { "chef", "core" }) {
        const auto ref = m_repository.resolve(PackageIdent(QString::fromLatin1(origin), name));
        if (!ref)
            continue;
        // Newest by version and release, whichever origin it comes from.
        const PackageIdent a(QString(), name, ref->ident.version(), ref->ident.release());
        if (!best || a > PackageIdent(QString(), name, best->ident.version(), best->ident.release()))
            best = ref;
    }
    if (!best && required)
        return R::failure(ErrorKind::NotFound,
            tr("the Supervisor needs chef/%1 or core/%1, found in neither %2 nor the installed packages")
                .arg(name, m_repository.artifactCacheDir()));
    return best;
}

std::optional<PackageRef> PackageLocator::find(const PackageIdent& ident, const QString& target) const
{
    return m_repository.find(ident, target);
}

Error PackageLocator::missingDependencies(const QList<PackageIdent>& missing,
    const QHash<PackageIdent, QList<PackageIdent>>& requiredBy, const QString& target) const
{
    // Only the few that are named are looked up again (for a copy of another target).
    QList<MissingDependencies::Dependency> named;
    for (qsizetype i = 0; i < missing.size() && i < MissingDependencies::Named; ++i)
        named.append(MissingDependencies::locate(missing[i], requiredBy.value(missing[i]), m_repository, target));
    return { ErrorKind::NotFound,
        MissingDependencies::summary(named, missing.size(), target, m_repository.artifactCacheDir()) };
}

} // namespace habmesos
