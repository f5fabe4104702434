// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/documenttablemodel.h"

namespace habmesos {

class ExportDocument;
struct MarathonFetch;

// The downloads after the tarball (DeploymentOptions::extraFetch), edited in place: the URI and
// destination as text, extract, executable and cache as check boxes, Marathon's `fetch` fields one
// to one. Every edit replaces the list in the document (one undo step). A row with a problem is
// marked, its text in the tooltip; the page shows the full text under the table.
class ExtraFetchModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UriColumn,
        ExtractColumn,
        ExecutableColumn,
        CacheColumn,
        DestPathColumn,
        ColumnCount
    };
    explicit ExtraFetchModel(ExportDocument* document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The index of row `row` in the app's fetch list (the tarball comes first), for its problems.
    int fetchIndexOf(int row) const;
    // The problems on row `row`, as the document has them.
    QStringList problemsOf(int row) const;
    void addRow(); // an empty download, Marathon's defaults; its URI is a problem until given
    void removeRow(int row);

protected:
    QString rowField(int row) const override;

private:
    void replace(int row, auto&& change);
};

} // namespace habmesos
