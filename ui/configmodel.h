// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/documenttablemodel.h"

namespace habmesos {

class ExportDocument;

// The service's configuration keys from default.toml (key, default, value), the value editable
// as TOML text. Changed keys make up the HAB_<PKG> variable of the environment.
class ConfigModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        DefaultColumn,
        ValueColumn,
        ColumnCount
    };
    explicit ConfigModel(ExportDocument* document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowField(int row) const override;

public:
    void resetRow(int row);
};

} // namespace habmesos
