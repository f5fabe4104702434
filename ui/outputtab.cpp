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

    // How the packages reach the agents (DeploymentLayout); the harts layout's bootstrap is always
    // gzip, so the compression is for the one tarball only.
    m_layout = new QComboBox(page);
    m_layout->addItem(tr("One tarball (every package unpacked)"), int(DeploymentLayout::Tarball));
    m_layout->addItem(tr("Bootstrap and .hart files (cached by agents)"), int(DeploymentLayout::Harts));
    // Rich text, so that the tooltip wraps.
    m_layout->setToolTip(
        QStringLiteral("<p>%1</p><p>%2</p>")
            .arg(tr("One tarball: every package unpacked into one archive, downloaded whole for each release.")
                     .toHtmlEscaped(),
                tr("Bootstrap and .hart files: a small bootstrap and each package's signed .hart as it is. The "
                   "agents' fetcher cache keeps each file, so a new release moves only the packages that changed; "
                   "the server must answer HEAD with Content-Length. hab installs the packages when the task "
                   "starts. Needs Mesos 1.0 or later and Marathon 1.4 or later (destPath).")
                    .toHtmlEscaped()));
    connect(m_layout, &QComboBox::activated, this,
        [this](int index) { m_document->setLayout(DeploymentLayout(m_layout->itemData(index).toInt())); });
    form->addRow(tr("Deplo&yment:"), m_layout);

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
    const bool harts = s.layout == DeploymentLayout::Harts;
    m_fetchUri->setPlaceholderText(m_document->defaultFetchUri());
    m_fetchUri->setToolTip(harts ? tr("The folder the Mesos agents download the bootstrap and every .hart from (each "
                                      "file's name is added); empty: the output folder")
                                 : tr("Where Mesos agents download the tarball; empty: the local file"));
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
    m_layout->setCurrentIndex(m_layout->findData(int(s.layout)));
    m_format->setCurrentIndex(m_format->findData(int(s.format)));
    m_format->setEnabled(!harts);
    m_format->setToolTip(harts ? tr("The bootstrap is always a gzip archive (.tgz) and the .hart files go as they "
                                    "are: the compression is for the one-tarball layout only.")
                               : QString());
    m_agents->setCurrentIndex(m_agents->findData(int(s.agentFetcher)));
    m_flavour->setCurrentIndex(m_flavour->findData(int(s.flavour)));
}

} // namespace habmesos
