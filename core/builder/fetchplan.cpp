// SPDX-License-Identifier: Apache-2.0
#include "builder/fetchplan.h"

#include "export/artifacthead.h"
#include "package/keycache.h"
#include "package/packagemetadata.h"
#include "package/packagerepository.h"

#include <QDir>
#include <QFile>

namespace habmesos {

namespace {

// TDEPS of a package that is here: read from the front of an artifact's payload (ArtifactHead
// stops after TDEPS), or from an installed package's directory.
Result<QList<PackageIdent>> tdepsOf(const PackageRef& ref, const KeyCache& keys)
{
    if (ref.isArtifact()) {
        const auto head = ArtifactHead::read(ref.path, keys, {}, QStringLiteral("TDEPS"));
        if (!head)
            return head.errorInfo();
        return head->artifact.metadata.tdeps;
    }
    QFile file(QDir(ref.path).filePath(QStringLiteral("TDEPS")));
    if (!file.exists())
        return QList<PackageIdent>();
    if (!file.open(QIODevice::ReadOnly))
        return Result<QList<PackageIdent>>::failure(
            ErrorKind::Io, FetchPlan::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    return PackageMetadata::parseIdentList(
        file.read(PackageMetadata::MaxMetaFileSize), QStringLiteral("TDEPS"), ref.path);
}

} // namespace

Result<FetchPlan> FetchPlan::of(const PackageRepository& repository, const KeyCache& keys, const QString& package,
    const SupervisorPackages* supervisor, const QString& supervisorChannel)
{
    FetchPlan plan;
    const QString target = repository.options().target;
    QList<PackageIdent> planned;
    auto wantDependencies = [&](const QList<PackageIdent>& tdeps, const PackageIdent& requiredBy) {
        for (const PackageIdent& dep : tdeps) {
            if (repository.find(dep, target) || planned.contains(dep))
                continue;
            planned << dep;
            plan.requests << Request { { dep }, QString(), tr("required by %1").arg(requiredBy.toString()) };
        }
    };
    // One wanted package: here (then its missing TDEPS) or not (then itself, with its closure).
    auto want = [&](const QList<PackageIdent>& candidates, const QString& channel, const QString& why) -> Status {
        std::optional<PackageRef> best;
        for (const PackageIdent& candidate : candidates) {
            const auto ref = repository.resolve(candidate, target);
            if (!ref)
                continue;
            // Newest by version and release, whichever origin it comes from (as PackageLocator).
            const PackageIdent release(QString(), QString(), ref->ident.version(), ref->ident.release());
            if (!best || release > PackageIdent(QString(), QString(), best->ident.version(), best->ident.release()))
                best = ref;
        }
        if (!best) {
            plan.requests << Request { candidates, channel, why };
            return success();
        }
        const auto tdeps = tdepsOf(*best, keys);
        if (!tdeps)
            return tdeps.errorInfo();
        wantDependencies(tdeps.value(), best->ident);
        return success();
    };

    if (PackageRepository::namesFile(package)) {
        // A .hart named by path: its dependencies. One that cannot be read is the export's to report.
        if (const auto head = ArtifactHead::read(package, keys, {}, QStringLiteral("TDEPS")))
            wantDependencies(head->artifact.metadata.tdeps, head->artifact.metadata.ident);
    } else {
        const auto ident = PackageIdent::parse(package);
        if (!ident)
            return ident.errorInfo();
        if (const Status s = want({ ident.value() }, QString(), ident->toString()); !s)
            return s.errorInfo();
    }
    if (!supervisor)
        return plan;
    for (const SupervisorPackages::Part part : SupervisorPackages::parts) {
        const QString& named = (*supervisor)[part];
        const QString name = SupervisorPackages::packageName(part);
        const QString why = tr("the Supervisor's %1").arg(name);
        if (!named.isEmpty()) {
            if (PackageRepository::namesFile(named))
                continue;
            const auto ident = PackageIdent::parse(named);
            if (!ident)
                return ident.errorInfo();
            if (const Status s = want({ ident.value() }, supervisorChannel, why); !s)
                return s.errorInfo();
        } else if (part != SupervisorPackages::Part::Cacerts) { // cacerts only when named
            const Status s
                = want({ PackageIdent(QStringLiteral("chef"), name), PackageIdent(QStringLiteral("core"), name) },
                    supervisorChannel, why);
            if (!s)
                return s.errorInfo();
        }
    }
    return plan;
}

} // namespace habmesos
