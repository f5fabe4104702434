// SPDX-License-Identifier: Apache-2.0
#include "ui/outputtab.h"

#include "ui/exportdocument.h"
#include "ui/problemlabel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace habmesos {

OutputTab::OutputTab(ExportDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* page = this;
    auto* form = new QFormLayout(this);
    m_fetchUri = new QLineEdit(page);
    m_fetchUri->setAccessibleName(tr("Fetch URI"));
    m_fetchUri->setToolTip(tr("Where Mesos agents download the tarball; empty: the local file"));
    connect(m_fetchUri, &QLineEdit::textEdited, m_document, &ExportDocument::typeFetchUri);
    form->addRow(tr("Fetch UR&I:"), m_fetchUri);
    m_fetchProblem = new ProblemLabel({ QStringLiteral("fetch"), QStringLiteral("uris") }, this);
    form->addRow(QString(), m_fetchProblem);

    m_outputDir = new QLineEdit(page);
    m_outputDir->setAccessibleName(tr("Output folder"));
    connect(m_outputDir, &QLineEdit::textEdited, m_document, &ExportDocument::setOutputDir);
    auto* browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_outputDir->text());
        if (!dir.isEmpty())
            m_document->setOutputDir(dir);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_outputDir, 1);
    row->addWidget(browse);
    auto* outputLabel = new QLabel(tr("Output fo&lder:"), page);
    outputLabel->setBuddy(m_outputDir);
    form->addRow(outputLabel, row);
    m_outputProblem = new ProblemLabel({ QStringLiteral("output") }, page);
    form->addRow(QString(), m_outputProblem);

    m_format = new QComboBox(page);
    m_format->addItem(tr("gzip (.tgz)"), int(TarballFormat::Gzip));
    m_format->addItem(tr("xz (.txz)"), int(TarballFormat::Xz));
    m_format->addItem(tr("uncompressed (.tar)"), int(TarballFormat::Plain));
    connect(m_format, &QComboBox::activated, this,
        [this](int index) { m_document->setFormat(TarballFormat(m_format->itemData(index).toInt())); });
    form->addRow(tr("Co&mpression:"), m_format);

    // Which names the tarball may hold depends on how the agents extract it (FetcherNameCheck).
    m_agents = new QComboBox(page);
    m_agents->addItem(tr("Mesos 1.7 or later"), int(AgentFetcher::Libarchive));
    m_agents->addItem(tr("Mesos 1.6 or earlier (GNU tar)"), int(AgentFetcher::GnuTar));
    m_agents->setToolTip(tr("Mesos 1.7 and later cannot extract file names that are not ASCII, so the export "
                            "refuses packages with such names; Mesos 1.6 and earlier extract them with GNU tar."));
    connect(m_agents, &QComboBox::activated, this,
        [this](int index) { m_document->setAgentFetcher(AgentFetcher(m_agents->itemData(index).toInt())); });
    form->addRow(tr("Mesos a&gents:"), m_agents);

    m_flavour = new QComboBox(page);
    m_flavour->addItem(tr("Marathon 1.0 and later (fetch, portDefinitions)"), int(MarathonFlavour::Current));
    m_flavour->addItem(tr("Marathon before 1.0 (uris, ports)"), int(MarathonFlavour::Legacy));
    connect(m_flavour, &QComboBox::activated, this,
        [this](int index) { m_document->setFlavour(MarathonFlavour(m_flavour->itemData(index).toInt())); });
    form->addRow(tr("JSO&N for:"), m_flavour);

    // The Supervisor's packages that go into the tarball; empty: the newest present.
    for (const SupervisorPackages::Part part : SupervisorPackages::parts) {
        const QString name = SupervisorPackages::packageName(part);
        auto* edit = new QLineEdit(page);
        edit->setPlaceholderText(tr("newest of chef/%1, core/%1").arg(name));
        edit->setAccessibleName(tr("%1 package").arg(name));
        connect(edit, &QLineEdit::textEdited, this,
            [this, part](const QString& text) { m_document->setSupervisorPackage(part, text); });
        m_supervisorPackages.insert(int(part), edit);
        form->addRow(tr("%1 package:").arg(name), edit);
    }
}

void OutputTab::refresh()
{
    const ExportSettings& s = m_document->settings();
    const FieldProblems problems = m_document->problems();
    m_fetchProblem->setProblems(problems);
    m_outputProblem->setProblems(problems);
    m_fetchUri->setPlaceholderText(m_document->defaultFetchUri());
    if (m_fetchUri->text() != s.fetchUri.value_or(QString())) {
        const QSignalBlocker b(m_fetchUri);
        m_fetchUri->setText(s.fetchUri.value_or(QString()));
    }
    m_outputDir->setPlaceholderText(tr("the current folder"));
    if (m_outputDir->text() != s.outputDir) {
        const QSignalBlocker b(m_outputDir);
        m_outputDir->setText(s.outputDir);
    }
    for (auto it = m_supervisorPackages.cbegin(); it != m_supervisorPackages.cend(); ++it) {
        const QString& value = s.supervisor[SupervisorPackages::Part(it.key())];
        if (it.value()->text() != value) {
            const QSignalBlocker b(it.value());
            it.value()->setText(value);
        }
    }
    m_format->setCurrentIndex(m_format->findData(int(s.format)));
    m_agents->setCurrentIndex(m_agents->findData(int(s.agentFetcher)));
    m_flavour->setCurrentIndex(m_flavour->findData(int(s.flavour)));
}

} // namespace habmesos
