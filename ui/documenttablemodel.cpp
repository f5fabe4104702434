// SPDX-License-Identifier: Apache-2.0
#include "ui/documenttablemodel.h"

#include "ui/exportdocument.h"
#include "ui/problemlabel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

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

QStringList DocumentTableModel::rowProblems(int row, bool* error) const
{
    QStringList errors, warnings;
    const QString field = rowField(row);
    if (!field.isEmpty()) {
        for (const FieldProblem& p : m_document->problems()) {
            if (ProblemLabel::covers({ field }, p.field))
                (p.severity == FieldProblem::Severity::Error ? errors : warnings).append(p.message);
        }
    }
    if (error)
        *error = !errors.isEmpty();
    return errors + warnings;
}

QVariant DocumentTableModel::problemData(const QModelIndex& index, int role) const
{
    if (role != Qt::BackgroundRole && role != Qt::ToolTipRole && role != Qt::DecorationRole)
        return {};
    bool error = false;
    const QStringList problems = rowProblems(index.row(), &error);
    if (problems.isEmpty())
        return {};
    switch (role) {
    case Qt::BackgroundRole:
        return QBrush(error ? QColor(255, 0, 0, 48) : QColor(255, 170, 0, 48)); // a tint over any palette
    case Qt::ToolTipRole:
        return problems.join(u'\n');
    case Qt::DecorationRole:
        if (index.column() == 0)
            return QApplication::style()->standardIcon(
                error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        return {};
    default:
        return {};
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
