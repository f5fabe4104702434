// SPDX-License-Identifier: Apache-2.0
#include "ui/packagetreemodel.h"

#include <algorithm>

namespace habmesos {

PackageTreeModel::PackageTreeModel(QObject* parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({ tr("Package"), tr("Source") });
}

void PackageTreeModel::setPackages(const QList<PackageRef>& packages)
{
    removeRows(0, rowCount());
    auto child = [](QStandardItem* parent, const QString& text) {
        for (int i = 0; i < parent->rowCount(); ++i) {
            if (parent->child(i)->text() == text)
                return parent->child(i);
        }
        auto* item = new QStandardItem(text);
        item->setEditable(false);
        parent->appendRow({ item, [] {
                               auto* s = new QStandardItem;
                               s->setEditable(false);
                               return s;
                           }() });
        return item;
    };
    // Origin, name, version (numerically per segment, as Habitat compares them), release: ascending.
    QList<PackageRef> sorted = packages;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const PackageRef& a, const PackageRef& b) { return a.ident < b.ident; });
    for (const PackageRef& ref : std::as_const(sorted)) {
        QStandardItem* origin = child(invisibleRootItem(), ref.ident.origin());
        QStandardItem* name = child(origin, ref.ident.name());
        QStandardItem* version = child(name, ref.ident.version());
        QStandardItem* release = child(version, ref.ident.release());
        release->setData(QVariant::fromValue(ref), RefRole);
        release->setData(ref.ident.toString(), IdentRole);
        release->setToolTip(ref.path);
        QStandardItem* parent = release->parent();
        parent->child(release->row(), 1)->setText(PackageRef::sourceText(ref.source));
    }
}

std::optional<PackageRef> PackageTreeModel::refAt(const QModelIndex& index)
{
    const QVariant value = index.siblingAtColumn(0).data(RefRole);
    if (!value.isValid())
        return std::nullopt;
    return value.value<PackageRef>();
}

QModelIndex PackageTreeModel::indexOf(const QString& ident) const
{
    const QModelIndexList found = match(index(0, 0), IdentRole, ident, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

} // namespace habmesos
