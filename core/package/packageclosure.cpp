// SPDX-License-Identifier: Apache-2.0
#include "package/packageclosure.h"

namespace habmesos {

QString PackageClosure::Issue::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::RootNotFound:
        return QStringLiteral("not-found");
    case Kind::Unreadable:
        return QStringLiteral("unreadable");
    case Kind::Unverified:
        return QStringLiteral("unverified");
    case Kind::Unsigned:
        return QStringLiteral("unsigned");
    case Kind::TargetMismatch:
        return QStringLiteral("target-mismatch");
    case Kind::Inconsistent:
        return QStringLiteral("inconsistent");
    case Kind::Cycle:
        return QStringLiteral("cycle");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

const PackageClosure::Member* PackageClosure::rootMember() const
{
    return rootFound() ? member(root) : nullptr;
}

const PackageClosure::Member* PackageClosure::member(const PackageIdent& ident) const
{
    for (const Member& m : members)
        if (m.ref.ident == ident)
            return &m;
    return nullptr;
}

bool PackageClosure::hasErrors() const
{
    for (const Issue& issue : issues)
        if (issue.isError())
            return true;
    return false;
}

bool PackageClosure::isComplete() const
{
    if (!rootFound() || cancelled || !missing.isEmpty() || hasErrors())
        return false;
    for (const Member& m : members)
        if (!m.inspected)
            return false;
    return true;
}

QList<PackageClosure::Issue> PackageClosure::errors() const
{
    QList<Issue> list;
    for (const Issue& issue : issues)
        if (issue.isError())
            list.append(issue);
    return list;
}

QList<PackageClosure::Issue> PackageClosure::warnings() const
{
    QList<Issue> list;
    for (const Issue& issue : issues)
        if (!issue.isError())
            list.append(issue);
    return list;
}

} // namespace habmesos
