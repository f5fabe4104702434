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

    // The document's problems on a row (its field path and below), errors first.
    QStringList rowProblems(int row, bool* error = nullptr) const;

protected:
    // `rows` tells how long the list is in the document as it is now.
    DocumentTableModel(ExportDocument* document, int columns, std::function<int(const ExportDocument&)> rows,
        QObject* parent = nullptr);

    // The field path of a row's problems ("portDefinitions/1", "env/FOO"); empty: none.
    virtual QString rowField(int row) const = 0;
    // A row with problems is marked: tinted, an icon in its first column, the messages as tooltip.
    // Models answer these roles with it before their own.
    QVariant problemData(const QModelIndex& index, int role) const;

    QPointer<ExportDocument> m_document;

private:
    void refresh();

    std::function<int(const ExportDocument&)> m_rowsOf;
    int m_columns = 0;
    int m_rows = 0;
};

} // namespace habmesos
