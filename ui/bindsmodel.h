// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/documenttablemodel.h"

#include <QStringList>

namespace habmesos {

class ExportDocument;

// The package's binds (BINDS first, then BINDS_OPTIONAL) with the service group each is bound to
// (HabitatServiceOptions::binds, `--bind name:service.group[@organization]`), edited in place.
// A bind the settings name but the package does not have (a definition made for another release)
// is listed last, so it can be seen and cleared. A row with a problem on `service/binds/<name>`
// (a required bind without a group) is marked, its text in the tooltip.
class BindsModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        ExportsColumn,
        GroupColumn,
        ColumnCount
    };
    enum class Kind
    {
        Required,
        Optional,
        NotInPackage,
    };
    struct Row
    {
        QString name;
        Kind kind = Kind::Required;
        QStringList exports; // the keys the bound service group must export
    };
    // The rows as the document has them now.
    static QList<Row> rowsOf(const ExportDocument& document);

    explicit BindsModel(ExportDocument* document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString bindName(int row) const;
    int rowOf(const QString& bindName) const; // -1: no such row
    // The service group bound to `bindName` in the settings; empty: none.
    QString groupOf(const QString& bindName) const;
    // Binds `bindName` to `group` (trimmed; empty removes the bind): one undo step.
    void setGroup(const QString& bindName, const QString& group);

protected:
    QString rowField(int row) const override;
};

} // namespace habmesos
