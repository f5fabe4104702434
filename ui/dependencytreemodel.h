// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageclosure.h"

#include <QStandardItemModel>

namespace habmesos {

// A closure as a tree by DEPS (the root, its direct dependencies, theirs, ...), each with its
// verification; missing packages are marked. Each package appears once under every package that
// depends on it, but its own dependencies are expanded only at its first appearance.
class DependencyTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        MissingRole = Qt::UserRole + 1,
    };
    explicit DependencyTreeModel(QObject* parent = nullptr);
    void setClosure(const PackageClosure& closure);
};

} // namespace habmesos
