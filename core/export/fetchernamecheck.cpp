// SPDX-License-Identifier: Apache-2.0
#include "export/fetchernamecheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace habmesos {

bool FetcherNameCheck::isPortable(const QString& name)
{
    return std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() <= 0x7e; });
}

bool FetcherNameCheck::isPortable(const TarEntry& entry)
{
    return isPortable(entry.path()) && (entry.type() != TarEntry::Type::Hardlink || isPortable(entry.linkTarget()));
}

Status FetcherNameCheck::check(AgentFetcher fetcher, const QString& package, const TarEntry& entry)
{
    if (fetcher == AgentFetcher::GnuTar)
        return success();
    QString what;
    if (!isPortable(entry.path()))
        what = tr("the name is not ASCII");
    else if (entry.type() == TarEntry::Type::Hardlink && !isPortable(entry.linkTarget()))
        what = tr("its hardlink target “%1” is not ASCII").arg(entry.linkTarget().left(300));
    else
        return success();
    return Status::failure(ErrorKind::Unsafe,
        tr("%1: member “%2”: %3, and Mesos 1.7 and later cannot extract such a name in any tar encoding (its "
           "fetcher runs in the C locale); agents with Mesos 1.6 or earlier (GNU tar) can: export for them with "
           "--mesos-agents 1.6 (in the window: Mesos agents, on the Output tab)")
            .arg(package, TarEntry::normalizedPath(entry.path()).left(300), what));
}

} // namespace habmesos
