// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/documenttablemodel.h"

namespace habmesos {

class ExportDocument;

// The application's environment (key, value) as the JSON will have it. Values are editable (a
// change becomes the operator's own variable); keys only of variables the operator added.
class EnvironmentModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        ColumnCount
    };
    explicit EnvironmentModel(ExportDocument* document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowField(int row) const override;

public:
    QString keyAt(int row) const;
    // A new variable of the operator's with a free name (NEW_VARIABLE, NEW_VARIABLE_2, ...), to be
    // renamed in place; its row, or -1.
    int addVariable();
};

} // namespace habmesos
