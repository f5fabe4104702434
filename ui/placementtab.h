// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace habmesos {

class ConstraintsModel;
class ExportDocument;
class LabelsModel;
class ProblemLabel;

// The Placement tab: constraints (the operator picked from Marathon's list) and labels, both edited
// in place (Add puts a row in the table and starts editing it). Problems are marked on their rows
// and said in full under each table.
class PlacementTab : public QWidget
{
    Q_OBJECT
public:
    explicit PlacementTab(ExportDocument* document, QWidget* parent = nullptr);

    void refresh();
    void focusField(const QString& field); // "constraints/1/2", "labels/team"

    ConstraintsModel* constraintsModel() const { return m_constraintsModel; }
    LabelsModel* labelsModel() const { return m_labelsModel; }
    QTableView* constraintsView() const { return m_constraintsView; }
    QTableView* labelsView() const { return m_labelsView; }
    QPushButton* addConstraintButton() const { return m_addConstraint; }
    QPushButton* addLabelButton() const { return m_addLabel; }
    ProblemLabel* constraintProblems() const { return m_constraintProblems; }
    ProblemLabel* labelProblems() const { return m_labelProblems; }

private:
    ExportDocument* m_document;
    ConstraintsModel* m_constraintsModel = nullptr;
    QTableView* m_constraintsView = nullptr;
    QPushButton* m_addConstraint = nullptr;
    ProblemLabel* m_constraintProblems = nullptr;
    LabelsModel* m_labelsModel = nullptr;
    QTableView* m_labelsView = nullptr;
    QPushButton* m_addLabel = nullptr;
    ProblemLabel* m_labelProblems = nullptr;
};

} // namespace habmesos
