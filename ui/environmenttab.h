// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace habmesos {

class ConfigModel;
class EnvironmentModel;
class ExportDocument;
class ProblemLabel;

// The Environment tab: the application's variables, edited in place (Add names a new row in the
// table), and the service configuration (default.toml) key by key. Problems are marked on their
// rows and said in full under each table.
class EnvironmentTab : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentTab(ExportDocument* document, QWidget* parent = nullptr);

    void refresh();
    // "env/FOO", "env/HAB_PKG/dotted.key": shows that row.
    void focusField(const QString& field);

    EnvironmentModel* environmentModel() const { return m_envModel; }
    QTableView* environmentView() const { return m_envView; }
    QPushButton* addButton() const { return m_add; }
    ProblemLabel* environmentProblems() const { return m_envProblems; }
    QTableView* configView() const { return m_configView; }

private:
    ExportDocument* m_document;
    EnvironmentModel* m_envModel = nullptr;
    QTableView* m_envView = nullptr;
    QPushButton* m_add = nullptr;
    ProblemLabel* m_envProblems = nullptr;
    ConfigModel* m_configModel = nullptr;
    QTableView* m_configView = nullptr;
    QLabel* m_configLabel = nullptr;
};

} // namespace habmesos
