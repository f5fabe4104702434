// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/documenttablemodel.h"

namespace habmesos {

class ExportDocument;

// The application's placement constraints: field, operator, value (empty: none). Edits replace the
// whole list in the document (one undo step each); Marathon's rules are the validator's.
class ConstraintsModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FieldColumn,
        OperatorColumn,
        ValueColumn,
        ColumnCount
    };
    explicit ConstraintsModel(ExportDocument* document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowField(int row) const override;

public:
    // hostname:UNIQUE, the constraint operators want most: one task per agent.
    void addConstraint();
    void removeConstraint(int row);
};

} // namespace habmesos
