// SPDX-License-Identifier: Apache-2.0
#include "ui/environmenttab.h"

#include "ui/configmodel.h"
#include "ui/environmentmodel.h"
#include "ui/exportdocument.h"
#include "ui/formtables.h"
#include "ui/problemlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace habmesos {

EnvironmentTab::EnvironmentTab(ExportDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    m_envModel = new EnvironmentModel(document, this);
    m_envView = FormTables::make(m_envModel, this);
    m_envView->setAccessibleName(tr("Environment"));
    m_add = new QPushButton(tr("Add variable"), this);
    m_add->setToolTip(tr("A new row; type its name, then Tab to its value"));
    auto* remove = new QPushButton(tr("Remove variable"), this);
    connect(m_add, &QPushButton::clicked, this,
        [this] { FormTables::editRow(m_envView, m_envModel->addVariable(), EnvironmentModel::KeyColumn); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_envView->currentIndex();
        if (current.isValid())
            m_document->removeEnv(m_envModel->keyAt(current.row()));
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addWidget(m_envView, 1);
    // The configuration's own problems are said under its table.
    m_envProblems = new ProblemLabel({ QStringLiteral("env") }, this);
    layout->addWidget(m_envProblems);
    layout->addLayout(buttons);

    m_configLabel = new QLabel(this);
    m_configLabel->setWordWrap(true);
    m_configModel = new ConfigModel(document, this);
    m_configView = FormTables::make(m_configModel, this);
    m_configView->setAccessibleName(tr("Service configuration"));
    auto* reset = new QPushButton(tr("Reset to default"), this);
    connect(reset, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_configView->currentIndex();
        if (current.isValid())
            m_configModel->resetRow(current.row());
    });
    layout->addWidget(m_configLabel);
    layout->addWidget(m_configView, 1);
    auto* configButtons = new QHBoxLayout;
    configButtons->addWidget(reset);
    configButtons->addStretch();
    layout->addLayout(configButtons);
}

void EnvironmentTab::refresh()
{
    m_envProblems->setProblems(m_document->problems());
    const QString envName = m_document->configEnvName();
    m_configLabel->setText(m_document->config().entries().isEmpty()
            ? tr("The package has no service configuration (default.toml).")
            : tr("Service configuration (default.toml); changed keys go into %1:").arg(envName));
}

void EnvironmentTab::focusField(const QString& field)
{
    const QString key = field.section(u'/', 1);
    const QString configPrefix = m_document->configEnvName() + u'/';
    if (!m_document->configEnvName().isEmpty() && key.startsWith(configPrefix)) {
        const QString dotted = key.mid(configPrefix.size());
        for (int row = 0; row < m_configModel->rowCount(); ++row) {
            if (m_configModel->index(row, ConfigModel::KeyColumn).data().toString() == dotted) {
                m_configView->setCurrentIndex(m_configModel->index(row, ConfigModel::ValueColumn));
                m_configView->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
    m_envView->setFocus(Qt::OtherFocusReason);
    for (int row = 0; row < m_envModel->rowCount(); ++row) {
        if (m_envModel->keyAt(row) == key)
            m_envView->setCurrentIndex(m_envModel->index(row, EnvironmentModel::ValueColumn));
    }
}

} // namespace habmesos
