// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace habmesos {

class ExportDocument;
class PortsModel;
class ProblemLabel;

// The Ports tab: the Supervisor's ports, fixed or dynamic ports, the agents' port ranges, and the
// ports table (Add puts a row in the table and starts naming it); problems marked on their rows
// and said in full under the table.
class PortsTab : public QWidget
{
    Q_OBJECT
public:
    explicit PortsTab(ExportDocument* document, QWidget* parent = nullptr);

    void refresh();
    void focusField(const QString& field); // "portDefinitions/1/port", "ports/0", "requirePorts"

    QLineEdit* agentPortsEdit() const { return m_agentPorts; }
    QCheckBox* supervisorPortsCheck() const { return m_supervisorPorts; }
    QCheckBox* fixedPortsCheck() const { return m_fixedPorts; }
    PortsModel* portsModel() const { return m_portsModel; }
    QTableView* portsView() const { return m_portsView; }
    ProblemLabel* portsProblemLabel() const { return m_portsProblem; }

private:
    ExportDocument* m_document;
    QCheckBox* m_supervisorPorts = nullptr;
    QCheckBox* m_fixedPorts = nullptr;
    QLineEdit* m_agentPorts = nullptr;
    QLabel* m_agentPortsProblem = nullptr;
    PortsModel* m_portsModel = nullptr;
    QTableView* m_portsView = nullptr;
    ProblemLabel* m_portsProblem = nullptr;
};

} // namespace habmesos
