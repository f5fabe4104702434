// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMap>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace habmesos {

class ExportDocument;
class ProblemLabel;

// The Output tab: where the tarball goes and how it is made (the fetch URI, the output folder and
// its problems before Build, the deployment layout, the compression, the agents' Mesos, the JSON
// flavour, the Supervisor's packages).
class OutputTab : public QWidget
{
    Q_OBJECT
public:
    explicit OutputTab(ExportDocument* document, QWidget* parent = nullptr);

    void refresh();

    QLineEdit* fetchUriEdit() const { return m_fetchUri; }
    QLineEdit* outputDirEdit() const { return m_outputDir; }
    QComboBox* layoutCombo() const { return m_layout; }
    QComboBox* formatCombo() const { return m_format; }
    QComboBox* agentsCombo() const { return m_agents; }
    QComboBox* flavourCombo() const { return m_flavour; }
    ProblemLabel* outputProblemLabel() const { return m_outputProblem; }
    ProblemLabel* fetchProblemLabel() const { return m_fetchProblem; }

private:
    ExportDocument* m_document;
    QLineEdit* m_fetchUri = nullptr;
    ProblemLabel* m_fetchProblem = nullptr;
    QLineEdit* m_outputDir = nullptr;
    ProblemLabel* m_outputProblem = nullptr;
    QComboBox* m_layout = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_agents = nullptr;
    QComboBox* m_flavour = nullptr;
    QMap<int, QLineEdit*> m_supervisorPackages; // by SupervisorPackages::Part
};

} // namespace habmesos
