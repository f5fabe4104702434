// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace habmesos {

class ConstraintsModel;
class DeploymentForm;
class EnvironmentModel;
class EnvironmentTab;
class ExportDocument;
class HealthCheckForm;
class LabelsModel;
class OutputTab;
class PlacementTab;
class PortsModel;
class PortsTab;
class ProblemLabel;
class ServicesTab;

// The forms: application id and resources, the command, the environment and the service
// configuration, the ports, the health check, placement (constraints, labels), where the tarball goes, and how
// the Supervisor runs the service (binds, ring, secrets). Every edit
// goes to the document; the forms show what the document says (refreshed on its changed()).
class AppForm : public QWidget
{
    Q_OBJECT
public:
    explicit AppForm(ExportDocument* document, QWidget* parent = nullptr);
    ~AppForm() override;

    // Shows the widget of a field path ("id", "cpus", "env/FOO", "portDefinitions/1/name", ...).
    void focusField(const QString& field);

    // For tests and the screenshots.
    QLineEdit* idEdit() const { return m_id; }
    QDoubleSpinBox* cpusSpin() const { return m_cpus; }
    QDoubleSpinBox* memSpin() const { return m_mem; }
    QDoubleSpinBox* diskSpin() const { return m_disk; }
    QCheckBox* diskFromPackageCheck() const { return m_diskFromPackage; }
    QLineEdit* agentPortsEdit() const;
    QSpinBox* instancesSpin() const { return m_instances; }
    QSpinBox* killGraceSpin() const { return m_killGrace; }
    QPushButton* killGraceDefaultButton() const { return m_killGraceDefault; }
    QLabel* killGraceProblemLabel() const;
    QPlainTextEdit* cmdEdit() const { return m_cmd; }
    QCheckBox* editCmdCheck() const { return m_editCmd; }
    QCheckBox* supervisorPortsCheck() const;
    QCheckBox* healthCheckCheck() const;
    HealthCheckForm* healthCheckForm() const { return m_healthCheckForm; }
    QCheckBox* fixedPortsCheck() const;
    QComboBox* agentsCombo() const;
    QComboBox* flavourCombo() const;
    QTabWidget* tabs() const { return m_tabs; }
    EnvironmentModel* environmentModel() const;
    ConstraintsModel* constraintsModel() const;
    LabelsModel* labelsModel() const;
    QTableView* constraintsView() const;
    QTableView* labelsView() const;
    EnvironmentTab* environmentTab() const { return m_environmentTab; }
    PlacementTab* placementTab() const { return m_placementTab; }
    PortsModel* portsModel() const;
    QTableView* portsView() const;
    PortsTab* portsTab() const { return m_portsTab; }
    QLineEdit* outputDirEdit() const;
    OutputTab* outputTab() const { return m_outputTab; }
    ServicesTab* servicesTab() const { return m_servicesTab; }
    // The full text of the problems under the fields (resources: CPUs, memory, disk, instances).
    ProblemLabel* resourcesProblemLabel() const { return m_resourcesProblem; }
    ProblemLabel* portsProblemLabel() const;
    ProblemLabel* outputProblemLabel() const;

private:
    void fitCommandHeight();
    void refresh();
    QWidget* makeApplicationTab();

    QPointer<ExportDocument> m_document; // the window may delete the document first
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_id = nullptr;
    ProblemLabel* m_idProblem = nullptr;
    ProblemLabel* m_resourcesProblem = nullptr;
    ProblemLabel* m_cmdProblem = nullptr;
    QDoubleSpinBox* m_cpus = nullptr;
    QDoubleSpinBox* m_mem = nullptr;
    QDoubleSpinBox* m_disk = nullptr;
    QCheckBox* m_diskFromPackage = nullptr;
    QSpinBox* m_instances = nullptr;
    QSpinBox* m_killGrace = nullptr;
    QPushButton* m_killGraceDefault = nullptr;
    ProblemLabel* m_killGraceProblem = nullptr;
    QPlainTextEdit* m_cmd = nullptr;
    QCheckBox* m_editCmd = nullptr;
    EnvironmentTab* m_environmentTab = nullptr;
    PlacementTab* m_placementTab = nullptr;
    HealthCheckForm* m_healthCheckForm = nullptr;
    PortsTab* m_portsTab = nullptr;
    OutputTab* m_outputTab = nullptr;
    DeploymentForm* m_deploymentForm = nullptr;
    ServicesTab* m_servicesTab = nullptr;
};

} // namespace habmesos
