// SPDX-License-Identifier: Apache-2.0
#include "export/rootfswriter.h"

#include "export/rootfslayout.h"
#include "export/supervisorroles.h"
#include "export/tarballwriter.h"
#include "package/keycache.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace habmesos {

namespace {

// Every package's prefix needs its parents as members, and the image its root.
QList<RootfsLayout::Item> withParentDirectories(QList<RootfsLayout::Item> items, const QList<ExportedPackage>& packages)
{
    QSet<QString> have;
    for (const auto& item : std::as_const(items))
        have.insert(item.path);
    auto addDir = [&](const QString& path) {
        if (!have.contains(path)) {
            have.insert(path);
            items.append({ path, RootfsLayout::Item::Type::Directory, 0755, {}, {} });
        }
    };
    addDir(QStringLiteral("."));
    addDir(QStringLiteral("hab/pkgs"));
    for (const ExportedPackage& p : packages) {
        const PackageIdent& id = p.metadata.ident;
        addDir(QStringLiteral("hab/pkgs/") + id.origin());
        addDir(QStringLiteral("hab/pkgs/") + id.origin() + u'/' + id.name());
        addDir(QStringLiteral("hab/pkgs/") + id.origin() + u'/' + id.name() + u'/' + id.version());
    }
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    return items;
}

} // namespace

Result<qint64> RootfsWriter::write(const QList<ExportedPackage>& packages, const SupervisorRoles& roles,
    const KeyCache& keys, TarballWriter& writer, std::optional<RootfsLayout::Bootstrap> bootstrap)
{
    const ExportedPackage& service = packages.first();
    QHash<PackageIdent, const ExportedPackage*> byIdent;
    for (const ExportedPackage& p : packages)
        byIdent.insert(p.metadata.ident, &p);
    // By ident, not by position: one package may fill several roles.
    auto role = [&](const QString& name) -> const ExportedPackage* {
        const auto ident = roles.ident(name);
        return ident ? byIdent.value(*ident) : nullptr;
    };
    const ExportedPackage* busybox = role(SupervisorRoles::Busybox);
    const ExportedPackage* hab = role(SupervisorRoles::Hab);
    const ExportedPackage* sup = role(SupervisorRoles::Sup);
    const ExportedPackage* launcher = role(SupervisorRoles::Launcher);
    for (const auto& [name, p] :
        { std::pair { SupervisorRoles::Busybox, busybox }, std::pair { SupervisorRoles::Hab, hab },
            std::pair { SupervisorRoles::Sup, sup }, std::pair { SupervisorRoles::Launcher, launcher } }) {
        if (!p)
            return Result<qint64>::failure(
                ErrorKind::NotFound, tr("the Supervisor's %1 package is not among the exported packages").arg(name));
    }
    RootfsLayout::Inputs in;
    in.service = service.metadata.ident;
    in.svcUser = service.metadata.svcUser;
    in.svcGroup = service.metadata.svcGroup;
    in.busybox = busybox->metadata.ident;
    in.busyboxBins = busybox->binNames;
    in.hab = hab->metadata.ident;
    in.sup = sup->metadata.ident;
    in.launcher = launcher->metadata.ident;
    if (const ExportedPackage* cacerts = role(SupervisorRoles::Cacerts))
        in.cacerts = cacerts->metadata.ident;

    // PATH: the service and its closure first, then the Supervisor's packages and theirs.
    QList<PackageIdent> order;
    for (const ExportedPackage* p : { &service, sup, busybox, hab, launcher }) {
        order.append(p->metadata.ident);
        order += p->metadata.tdeps;
    }
    QSet<PackageIdent> seen;
    for (const PackageIdent& ident : std::as_const(order)) {
        if (seen.contains(ident) || !byIdent.contains(ident))
            continue;
        seen.insert(ident);
        in.pathOrder.append({ ident, byIdent.value(ident)->metadata.path });
    }

    QSet<QString> signers;
    for (const ExportedPackage& p : packages) {
        if (p.summary.signer.isEmpty() || signers.contains(p.summary.signer))
            continue;
        signers.insert(p.summary.signer);
        if (const auto key = keys.publicSigningKey(p.summary.signer))
            in.publicKeys.append({ p.summary.signer, key->fileContents() });
    }
    std::sort(in.publicKeys.begin(), in.publicKeys.end());

    in.bootstrap = std::move(bootstrap);
    const auto items = RootfsLayout::build(in);
    if (!items)
        return items.errorInfo();

    // Reproducible and meaningful: the synthesized files carry the service's build time (the
    // bootstrap, which outlives the service's releases, hab's).
    const PackageIdent& stamp = in.bootstrap ? hab->metadata.ident : service.metadata.ident;
    const QDateTime released = QDateTime::fromString(stamp.release(), QStringLiteral("yyyyMMddHHmmss"));
    const qint64 mtime
        = released.isValid() ? QDateTime(released.date(), released.time(), Qt::UTC).toSecsSinceEpoch() : 0;
    qint64 extractedBytes = 0;
    if (const Status begun = writer.beginSegment(); !begun)
        return begun.errorInfo();
    // The bootstrap holds no package: hab makes their directories as it installs them.
    const auto all = withParentDirectories(items.value(), in.bootstrap ? QList<ExportedPackage>() : packages);
    for (const auto& item : all) {
        TarEntry entry;
        switch (item.type) {
        case RootfsLayout::Item::Type::Directory:
            entry = TarEntry::directory(item.path, item.mode);
            break;
        case RootfsLayout::Item::Type::File:
            entry = TarEntry::file(item.path, item.contents.size(), item.mode);
            break;
        case RootfsLayout::Item::Type::Symlink:
            entry = TarEntry::symlink(item.path, item.linkTarget);
            break;
        }
        entry.setMtime(mtime);
        if (const Status added = writer.addEntry(entry); !added)
            return added.errorInfo();
        extractedBytes += entry.diskUsage();
        if (item.type == RootfsLayout::Item::Type::File && !item.contents.isEmpty()) {
            if (const Status written = writer.writeData(item.contents); !written)
                return written.errorInfo();
        }
    }
    if (const Status ended = writer.endSegment(); !ended)
        return ended.errorInfo();
    return extractedBytes;
}

} // namespace habmesos
