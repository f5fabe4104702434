// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/documenttablemodel.h"

namespace habmesos {

class ExportDocument;

// The application's port definitions: name, port (0: dynamic), protocol. Edits replace the whole
// list in the document, which then regenerates the command (ports are wired by name).
class PortsModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PortColumn,
        ProtocolColumn,
        ColumnCount
    };
    explicit PortsModel(ExportDocument* document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowField(int row) const override;

public:
    void addPort();
    void removePort(int row);
};

} // namespace habmesos
