// SPDX-License-Identifier: Apache-2.0
#include "ui/portstab.h"

#include "marathon/portplacement.h"
#include "ui/exportdocument.h"
#include "ui/formtables.h"
#include "ui/portsmodel.h"
#include "ui/problemlabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace habmesos {

PortsTab::PortsTab(ExportDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* page = this;
    auto* layout = new QVBoxLayout(this);
    m_supervisorPorts = new QCheckBox(tr("Expose the Supervisor's gossip and HTTP gateway ports"), page);
    m_fixedPorts = new QCheckBox(tr("Fixed ports: the package's own port numbers on the agents (requirePorts)"), page);
    connect(m_supervisorPorts, &QCheckBox::toggled, m_document, &ExportDocument::setSupervisorPorts);
    connect(m_fixedPorts, &QCheckBox::toggled, m_document, &ExportDocument::setFixedPorts);
    layout->addWidget(m_supervisorPorts);
    layout->addWidget(m_fixedPorts);
    // A setting of the cluster rather than of this app: kept in the settings, not undoable.
    m_agentPorts = new QLineEdit(page);
    m_agentPorts->setAccessibleName(tr("Agents' port ranges"));
    m_agentPorts->setPlaceholderText(PortPlacement::formatRanges(PortPlacement::defaultAgentPorts()));
    m_agentPorts->setToolTip(tr("The port ranges the Mesos agents offer (their --resources ports, by default "
                                "31000-32000): fixed ports must lie in them"));
    // A preference, not part of the document: its problem is said here; the line is kept so that
    // the table below does not move.
    m_agentPortsProblem = new QLabel(page);
    m_agentPortsProblem->setStyleSheet(QStringLiteral("color: #c00000"));
    m_agentPortsProblem->setWordWrap(true);
    m_agentPortsProblem->setMinimumHeight(m_agentPortsProblem->fontMetrics().lineSpacing());
    connect(m_agentPorts, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_agentPorts->text().trimmed();
        const auto ranges = text.isEmpty() ? Result<PortRanges>(PortPlacement::defaultAgentPorts())
                                           : PortPlacement::parseRanges(text);
        m_agentPortsProblem->setText(ranges ? QString() : ranges.error());
        if (ranges)
            m_document->setAgentPorts(ranges.value());
    });
    auto* agentRow = new QHBoxLayout;
    auto* agentLabel = new QLabel(tr("A&gents offer:"), page);
    agentLabel->setBuddy(m_agentPorts);
    agentRow->addWidget(agentLabel);
    agentRow->addWidget(m_agentPorts, 1);
    layout->addLayout(agentRow);
    layout->addWidget(m_agentPortsProblem);
    m_portsModel = new PortsModel(m_document, this);
    m_portsView = FormTables::make(m_portsModel, page);
    m_portsView->setAccessibleName(tr("Ports"));
    layout->addWidget(m_portsView, 1);
    m_portsProblem = new ProblemLabel(
        { QStringLiteral("portDefinitions"), QStringLiteral("ports"), QStringLiteral("requirePorts") }, page);
    layout->addWidget(m_portsProblem);
    auto* add = new QPushButton(tr("Add port"), page);
    auto* remove = new QPushButton(tr("Remove port"), page);
    auto* reset = new QPushButton(tr("Reset ports"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        m_portsModel->addPort();
        FormTables::editRow(m_portsView, m_portsModel->rowCount() - 1, PortsModel::NameColumn);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_portsView->currentIndex().isValid())
            m_portsModel->removePort(m_portsView->currentIndex().row());
    });
    connect(reset, &QPushButton::clicked, m_document, &ExportDocument::resetPorts);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(reset);
    buttons->addStretch();
    layout->addLayout(buttons);
}

void PortsTab::refresh()
{
    const ExportSettings& s = m_document->settings();
    m_portsProblem->setProblems(m_document->problems());
    {
        const QSignalBlocker b1(m_supervisorPorts), b3(m_fixedPorts);
        m_supervisorPorts->setChecked(s.supervisorPorts);
        m_fixedPorts->setChecked(s.fixedPorts);
    }
    if (!m_agentPorts->hasFocus() && m_agentPortsProblem->text().isEmpty()) {
        const QString ranges = PortPlacement::formatRanges(m_document->agentPorts());
        if (m_agentPorts->text() != ranges)
            m_agentPorts->setText(ranges);
    }
}

void PortsTab::focusField(const QString& field)
{
    const QStringList parts = field.split(u'/');
    m_portsView->setFocus(Qt::OtherFocusReason);
    bool ok = false;
    const int row = parts.value(1).toInt(&ok);
    if (ok && row < m_portsModel->rowCount()) {
        int column = PortsModel::NameColumn;
        if (parts.value(2) == QLatin1String("port"))
            column = PortsModel::PortColumn;
        else if (parts.value(2) == QLatin1String("protocol"))
            column = PortsModel::ProtocolColumn;
        m_portsView->setCurrentIndex(m_portsModel->index(row, column));
    }
}

} // namespace habmesos
