// SPDX-License-Identifier: Apache-2.0
#include "ui/placementtab.h"

#include "ui/constraintoperatordelegate.h"
#include "ui/constraintsmodel.h"
#include "ui/exportdocument.h"
#include "ui/formtables.h"
#include "ui/labelsmodel.h"
#include "ui/problemlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace habmesos {

PlacementTab::PlacementTab(ExportDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    auto* constraintsLabel = new QLabel(
        tr("Constraints: where Marathon may place the tasks (hostname UNIQUE: at most one Supervisor per agent)"),
        this);
    constraintsLabel->setWordWrap(true);
    m_constraintsModel = new ConstraintsModel(document, this);
    m_constraintsView = FormTables::make(m_constraintsModel, this);
    m_constraintsView->setAccessibleName(tr("Constraints"));
    m_constraintsView->setItemDelegateForColumn(
        ConstraintsModel::OperatorColumn, new ConstraintOperatorDelegate(m_constraintsView));
    m_addConstraint = new QPushButton(tr("Add constraint"), this);
    m_addConstraint->setToolTip(tr("A new row (hostname UNIQUE); type its field, then Tab to the operator"));
    auto* removeConstraint = new QPushButton(tr("Remove constraint"), this);
    connect(m_addConstraint, &QPushButton::clicked, this, [this] {
        m_constraintsModel->addConstraint();
        FormTables::editRow(m_constraintsView, m_constraintsModel->rowCount() - 1, ConstraintsModel::FieldColumn);
    });
    connect(removeConstraint, &QPushButton::clicked, this, [this] {
        if (m_constraintsView->currentIndex().isValid())
            m_constraintsModel->removeConstraint(m_constraintsView->currentIndex().row());
    });
    auto* constraintButtons = new QHBoxLayout;
    constraintButtons->addWidget(m_addConstraint);
    constraintButtons->addWidget(removeConstraint);
    constraintButtons->addStretch();
    m_constraintProblems = new ProblemLabel({ QStringLiteral("constraints") }, this);
    layout->addWidget(constraintsLabel);
    layout->addWidget(m_constraintsView, 1);
    layout->addWidget(m_constraintProblems);
    layout->addLayout(constraintButtons);

    auto* labelsLabel = new QLabel(tr("Labels: for the operators' tools, service discovery and load balancers"), this);
    labelsLabel->setWordWrap(true);
    m_labelsModel = new LabelsModel(document, this);
    m_labelsView = FormTables::make(m_labelsModel, this);
    m_labelsView->setAccessibleName(tr("Labels"));
    m_addLabel = new QPushButton(tr("Add label"), this);
    m_addLabel->setToolTip(tr("A new row; type its name, then Tab to its value"));
    auto* removeLabel = new QPushButton(tr("Remove label"), this);
    connect(m_addLabel, &QPushButton::clicked, this,
        [this] { FormTables::editRow(m_labelsView, m_labelsModel->addRow(), LabelsModel::KeyColumn); });
    connect(removeLabel, &QPushButton::clicked, this, [this] {
        if (m_labelsView->currentIndex().isValid())
            m_labelsModel->removeLabel(m_labelsView->currentIndex().row());
    });
    auto* labelButtons = new QHBoxLayout;
    labelButtons->addWidget(m_addLabel);
    labelButtons->addWidget(removeLabel);
    labelButtons->addStretch();
    m_labelProblems = new ProblemLabel({ QStringLiteral("labels") }, this);
    layout->addWidget(labelsLabel);
    layout->addWidget(m_labelsView, 1);
    layout->addWidget(m_labelProblems);
    layout->addLayout(labelButtons);
}

void PlacementTab::refresh()
{
    const FieldProblems problems = m_document->problems();
    m_constraintProblems->setProblems(problems);
    m_labelProblems->setProblems(problems);
}

void PlacementTab::focusField(const QString& field)
{
    const QStringList parts = field.split(u'/');
    if (parts.value(0) == QLatin1String("constraints")) {
        m_constraintsView->setFocus(Qt::OtherFocusReason);
        bool ok = false;
        const int row = parts.value(1).toInt(&ok);
        const int column = parts.value(2).toInt();
        if (ok && row < m_constraintsModel->rowCount())
            m_constraintsView->setCurrentIndex(m_constraintsModel->index(row, qBound(0, column, 2)));
        return;
    }
    m_labelsView->setFocus(Qt::OtherFocusReason);
    const QString key = parts.mid(1).join(u'/');
    for (int row = 0; row < m_labelsModel->rowCount(); ++row) {
        if (m_labelsModel->keyAt(row) == key)
            m_labelsView->setCurrentIndex(m_labelsModel->index(row, LabelsModel::ValueColumn));
    }
}

} // namespace habmesos
