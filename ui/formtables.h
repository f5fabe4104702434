// SPDX-License-Identifier: Apache-2.0
#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace habmesos::FormTables {

// A table of the forms: whole rows selected, edited in place (double click, F2 or typing).
QTableView* make(QAbstractItemModel* model, QWidget* parent);
// Shows `row` and opens its editor in `column` (after Add: the new row is named in place).
void editRow(QTableView* view, int row, int column);

} // namespace habmesos::FormTables
