// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace habmesos {

// A constraint's operator is picked from Marathon's list (UNIQUE, CLUSTER, GROUP_BY, LIKE, UNLIKE,
// MAX_PER, IS), never typed: a combo box in the Operator column.
class ConstraintOperatorDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace habmesos
