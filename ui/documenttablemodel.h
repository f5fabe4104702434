// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace habmesos {

class ExportDocument;

// A table over one of the document's lists (environment, ports, configuration keys, constraints,
// labels). It follows the document's snapshots: a new row count resets the model, otherwise the
// rows changed in place (so an editor open in another row survives an edit elsewhere).
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    // `rows` tells how long the list is in the document as it is now.
    DocumentTableModel(ExportDocument* document, int columns, std::function<int(const ExportDocument&)> rows,
        QObject* parent = nullptr);

    QPointer<ExportDocument> m_document;

private:
    void refresh();

    std::function<int(const ExportDocument&)> m_rowsOf;
    int m_columns = 0;
    int m_rows = 0;
};

} // namespace habmesos
