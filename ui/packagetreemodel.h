// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/packagerefmetatype.h"

#include <QStandardItemModel>

namespace habmesos {

// Packages as a tree origin / name / version / release; the releases are the leaves and carry
// their PackageRef (RefRole).
class PackageTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        RefRole = Qt::UserRole + 1,
        IdentRole,
    };
    explicit PackageTreeModel(QObject* parent = nullptr);

    void setPackages(const QList<PackageRef>& packages);
    static std::optional<PackageRef> refAt(const QModelIndex& index);
    // The leaf of a fully qualified ident, or an invalid index.
    QModelIndex indexOf(const QString& ident) const;
};

} // namespace habmesos
