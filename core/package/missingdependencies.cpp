// SPDX-License-Identifier: Apache-2.0
#include "package/missingdependencies.h"

#include "package/packageclosure.h"
#include "package/packagerepository.h"
#include "shortlist.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <limits>

namespace habmesos {

MissingDependencies::Dependency MissingDependencies::locate(const PackageIdent& ident,
    const QList<PackageIdent>& requiredBy, const PackageRepository& repository, const QString& target)
{
    Dependency dependency;
    dependency.ident = ident;
    dependency.requiredBy = requiredBy;
    bool onlyInstalled = true;
    // Preferred first: artifacts before installed directories.
    for (const PackageRef& ref : repository.locations(ident)) {
        if (ref.target == target)
            return dependency; // present after all: only other reasons can make it missing
        if (!dependency.otherTargets.contains(ref.target))
            dependency.otherTargets.append(ref.target);
        onlyInstalled &= ref.source == PackageRef::Source::Installed;
    }
    dependency.otherTargets.sort();
    dependency.otherTargetsInstalled = !dependency.otherTargets.isEmpty() && onlyInstalled;
    return dependency;
}

QList<MissingDependencies::Dependency> MissingDependencies::of(const PackageClosure& closure)
{
    QList<Dependency> list;
    list.reserve(closure.missing.size());
    for (const PackageClosure::Missing& missing : closure.missing)
        list.append({ missing.ident, missing.requiredBy, {}, false });
    return list;
}

QString MissingDependencies::describe(const Dependency& dependency, const QString& neededTarget)
{
    QString text = dependency.ident.toString();
    if (!dependency.otherTargets.isEmpty()) {
        const QString targets = dependency.otherTargets.join(QStringLiteral(", "));
        text = (dependency.otherTargetsInstalled ? tr("%1 is installed only for %2, but %3 is needed")
                                                 : tr("%1 is in the artifact cache only for %2, but %3 is needed"))
                   .arg(text, targets, neededTarget);
    }
    if (dependency.requiredBy.isEmpty())
        return text;
    // Only the first few requirers are made into text: one dependency may be required by thousands.
    QStringList by;
    for (qsizetype i = 0; i < dependency.requiredBy.size() && i < RequirersNamed; ++i)
        by.append(dependency.requiredBy[i].toString());
    return tr("%1 (required by %2)")
        .arg(text, ShortList::join(by, dependency.requiredBy.size(), QStringLiteral(", "), RequirersNamed));
}

QString MissingDependencies::summary(
    const QList<Dependency>& missing, const QString& neededTarget, const QString& lookedIn)
{
    return summary(missing, missing.size(), neededTarget, lookedIn);
}

QString MissingDependencies::summary(
    const QList<Dependency>& firstFew, qsizetype total, const QString& neededTarget, const QString& lookedIn)
{
    QStringList named;
    for (qsizetype i = 0; i < firstFew.size() && i < Named; ++i)
        named.append(describe(firstFew[i], neededTarget));
    const QString list = ShortList::join(named, total, QStringLiteral("; "), Named);
    const int count = int(std::min<qsizetype>(total, std::numeric_limits<int>::max()));
    if (lookedIn.isEmpty())
        return MissingDependencies::tr("missing dependencies (%Ln): %1", nullptr, count).arg(list);
    return MissingDependencies::tr("missing dependencies (%Ln): %1; looked in %2", nullptr, count)
        .arg(list, QDir::toNativeSeparators(lookedIn));
}

} // namespace habmesos
