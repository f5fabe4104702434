// SPDX-License-Identifier: Apache-2.0
#include "ui/dependencytreemodel.h"

#include <QBrush>
#include <QSet>

namespace habmesos {

DependencyTreeModel::DependencyTreeModel(QObject* parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({ tr("Package"), tr("Status") });
}

void DependencyTreeModel::setClosure(const PackageClosure& closure)
{
    removeRows(0, rowCount());
    const PackageClosure::Member* root = closure.rootMember();
    if (!root)
        return;
    QSet<PackageIdent> expanded;
    auto add = [&](auto&& self, QStandardItem* parent, const PackageIdent& ident, int depth) -> void {
        auto* name = new QStandardItem(ident.toString());
        auto* status = new QStandardItem;
        name->setEditable(false);
        status->setEditable(false);
        const PackageClosure::Member* member = closure.member(ident);
        if (!member) {
            status->setText(tr("missing"));
            status->setForeground(QBrush(Qt::red));
            name->setForeground(QBrush(Qt::red));
            name->setData(true, MissingRole);
        } else if (!member->inspected) {
            status->setText(tr("unreadable: %1").arg(member->error));
            status->setForeground(QBrush(Qt::red));
        } else {
            status->setText(verificationText(member->artifact.verification));
        }
        parent->appendRow({ name, status });
        // DEPS has no cycles by Habitat's rules; the set and the depth bound keep us safe anyway.
        if (!member || !member->inspected || expanded.contains(ident) || depth > 64)
            return;
        expanded.insert(ident);
        for (const PackageIdent& dep : member->artifact.metadata.deps)
            self(self, name, dep, depth + 1);
    };
    add(add, invisibleRootItem(), root->ident(), 0);
    // Missing packages nobody present names by DEPS still show, under the root.
    QStandardItem* rootItem = item(0);
    for (const PackageClosure::Missing& missing : closure.missing) {
        if (match(index(0, 0), Qt::DisplayRole, missing.ident.toString(), 1, Qt::MatchExactly | Qt::MatchRecursive)
                .isEmpty()) {
            auto* name = new QStandardItem(missing.ident.toString());
            auto* status = new QStandardItem(tr("missing"));
            name->setForeground(QBrush(Qt::red));
            status->setForeground(QBrush(Qt::red));
            name->setData(true, MissingRole);
            rootItem->appendRow({ name, status });
        }
    }
}

} // namespace habmesos
