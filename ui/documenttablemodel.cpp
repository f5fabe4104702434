// SPDX-License-Identifier: Apache-2.0
#include "ui/documenttablemodel.h"

#include "ui/exportdocument.h"

namespace habmesos {

DocumentTableModel::DocumentTableModel(
    ExportDocument* document, int columns, std::function<int(const ExportDocument&)> rows, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rowsOf(std::move(rows))
    , m_columns(columns)
{
    m_rows = m_rowsOf(*document);
    connect(document, &ExportDocument::changed, this, &DocumentTableModel::refresh);
}

void DocumentTableModel::refresh()
{
    const int rows = m_rowsOf(*m_document);
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, m_columns - 1));
    }
}

int DocumentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int DocumentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

} // namespace habmesos
