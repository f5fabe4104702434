// SPDX-License-Identifier: Apache-2.0
#include "ui/constraintoperatordelegate.h"

#include "marathon/marathonvalidator.h"

#include <QComboBox>

namespace habmesos {

QWidget* ConstraintOperatorDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->addItems(MarathonValidator::constraintOperators());
    combo->setAccessibleName(tr("Constraint operator"));
    // A pick is the edit: committed at once, not when the editor loses focus.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        Q_EMIT const_cast<ConstraintOperatorDelegate*>(this)->commitData(combo);
        Q_EMIT const_cast<ConstraintOperatorDelegate*>(this)->closeEditor(combo);
    });
    return combo;
}

void ConstraintOperatorDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QString op = index.data(Qt::EditRole).toString();
    int at = combo->findText(op);
    if (at < 0) {
        // An operator Marathon does not know (from a loaded definition): shown as it is, so that
        // nothing changes until the operator picks one.
        combo->addItem(op);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
}

void ConstraintOperatorDelegate::setModelData(
    QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentText(), Qt::EditRole);
}

} // namespace habmesos
