// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/appdiff.h"

#include <QDialog>

class QTableWidget;

namespace habmesos {

// "Replace the running app?" with what it changes: one row per field (what, on the server, in this
// definition), so the operator sees the diff before agreeing, not only the question.
class AppDiffDialog : public QDialog
{
    Q_OBJECT
public:
    // changesError: why the running definition could not be read (the table is empty then).
    AppDiffDialog(const QString& appId, const QString& server, const AppDiff::Changes& changes,
        const QString& changesError, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace habmesos
