// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/documenttablemodel.h"

namespace habmesos {

class ExportDocument;

// The application's labels (key, value), all the operator's; both columns editable. Edits replace
// the whole list in the document (one undo step each).
class LabelsModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        ColumnCount
    };
    explicit LabelsModel(ExportDocument* document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowField(int row) const override;

public:
    QString keyAt(int row) const;
    // A new label with an empty value; false if the key is empty or already there.
    bool addLabel(const QString& key);
    // A new label with a free name (new-label, new-label-2, ...), to be renamed in place; its row, or -1.
    int addRow();
    void removeLabel(int row);
};

} // namespace habmesos
