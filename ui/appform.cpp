// SPDX-License-Identifier: Apache-2.0
#include "ui/appform.h"

#include "marathon/portplacement.h"
#include "ui/configmodel.h"
#include "ui/constraintsmodel.h"
#include "ui/deploymentform.h"
#include "ui/environmentmodel.h"
#include "ui/exportdocument.h"
#include "ui/healthcheckform.h"
#include "ui/labelsmodel.h"
#include "ui/portsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace habmesos {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    return view;
}

} // namespace

AppForm::AppForm(ExportDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makeApplicationTab(), tr("&Application"));
    m_tabs->addTab(makeEnvironmentTab(), tr("&Environment"));
    m_tabs->addTab(makePortsTab(), tr("&Ports"));
    m_healthCheckForm = new HealthCheckForm(document, this);
    m_tabs->addTab(m_healthCheckForm, tr("Health chec&k"));
    m_tabs->addTab(makePlacementTab(), tr("Placeme&nt"));
    m_tabs->addTab(new DeploymentForm(document, this), tr("Deployment"));
    m_tabs->addTab(makeOutputTab(), tr("&Output"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(document, &ExportDocument::changed, this, &AppForm::refresh);
    refresh();
}

QWidget* AppForm::makeApplicationTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);

    m_id = new QLineEdit(page);
    m_id->setAccessibleName(tr("Application id"));
    m_idProblem = new QLabel(page);
    m_idProblem->setWordWrap(true);
    m_idProblem->setStyleSheet(QStringLiteral("color: #b00000"));
    m_idProblem->hide();
    connect(m_id, &QLineEdit::textEdited, m_document, &ExportDocument::setAppId);
    form->addRow(tr("&ID:"), m_id);
    form->addRow(QString(), m_idProblem);

    // Marathon's server limits (cpus >= 0.001, the rest >= 0); the defaults are the original
    // exporter's (0.5 CPUs, 256 MiB, one instance), the disk what the package needs.
    m_cpus = new QDoubleSpinBox(page);
    m_cpus->setRange(0.001, 4096);
    m_cpus->setDecimals(3);
    m_cpus->setSingleStep(0.1);
    m_cpus->setAccessibleName(tr("CPUs"));
    connect(m_cpus, &QDoubleSpinBox::valueChanged, m_document, &ExportDocument::setCpus);
    form->addRow(tr("&CPUs:"), m_cpus);

    m_mem = new QDoubleSpinBox(page);
    m_mem->setRange(0, 16 * 1024 * 1024);
    m_mem->setDecimals(0);
    m_mem->setSingleStep(32);
    m_mem->setSuffix(tr(" MiB"));
    m_mem->setAccessibleName(tr("Memory"));
    connect(m_mem, &QDoubleSpinBox::valueChanged, m_document, &ExportDocument::setMem);
    form->addRow(tr("&Memory:"), m_mem);

    m_disk = new QDoubleSpinBox(page);
    m_disk->setRange(0, 1024 * 1024 * 1024);
    m_disk->setDecimals(0);
    m_disk->setSingleStep(128);
    m_disk->setSuffix(tr(" MiB"));
    m_disk->setAccessibleName(tr("Disk"));
    connect(m_disk, &QDoubleSpinBox::valueChanged, m_document, &ExportDocument::setDisk);
    m_diskFromPackage = new QCheckBox(tr("Sized from the package"), page);
    m_diskFromPackage->setToolTip(tr("The extracted tarball, the tarball the Mesos fetcher keeps, and room for the "
                                     "service's data and logs; known once the tarball is built"));
    connect(m_diskFromPackage, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_document->resetDisk();
        else
            m_document->setDisk(m_disk->value());
    });
    auto* diskRow = new QHBoxLayout;
    diskRow->addWidget(m_disk, 1);
    diskRow->addWidget(m_diskFromPackage);
    auto* diskLabel = new QLabel(tr("&Disk:"), page);
    diskLabel->setBuddy(m_disk);
    form->addRow(diskLabel, diskRow);

    m_instances = new QSpinBox(page);
    m_instances->setRange(0, 100000);
    m_instances->setAccessibleName(tr("Instances"));
    connect(m_instances, &QSpinBox::valueChanged, m_document, &ExportDocument::setInstances);
    form->addRow(tr("I&nstances:"), m_instances);

    // Wider than what is allowed: a value out of range reaches the document, which refuses it with
    // a message instead of the spin box clamping it silently.
    m_killGrace = new QSpinBox(page);
    m_killGrace->setRange(0, 999999);
    m_killGrace->setSuffix(tr(" s"));
    m_killGrace->setAccessibleName(tr("Kill grace period"));
    m_killGrace->setToolTip(
        tr("How long Mesos waits after asking the task to stop before it kills it (taskKillGracePeriodSeconds). "
           "The package's default is its SHUTDOWN_TIMEOUT (Habitat's %1 s when it states none) plus %2 s: the "
           "Supervisor may take SHUTDOWN_TIMEOUT to stop the service, and needs a few seconds more to hand the "
           "stop on and run post-stop hooks. Killed earlier, the service is cut short and the command cannot "
           "undo its mounts.")
            .arg(HabitatAppBuilder::HabitatDefaultShutdownTimeout)
            .arg(HabitatAppBuilder::KillGraceMargin));
    connect(
        m_killGrace, &QSpinBox::valueChanged, this, [this](int seconds) { m_document->setKillGracePeriod(seconds); });
    m_killGraceDefault = new QPushButton(page);
    connect(m_killGraceDefault, &QPushButton::clicked, this, [this] { m_document->setKillGracePeriod(std::nullopt); });
    auto* killGraceRow = new QHBoxLayout;
    killGraceRow->addWidget(m_killGrace);
    killGraceRow->addWidget(m_killGraceDefault);
    killGraceRow->addStretch();
    auto* killGraceLabel = new QLabel(tr("Ki&ll grace period:"), page);
    killGraceLabel->setBuddy(m_killGrace);
    form->addRow(killGraceLabel, killGraceRow);
    m_killGraceProblem = new QLabel(page);
    m_killGraceProblem->setWordWrap(true);
    m_killGraceProblem->setStyleSheet(QStringLiteral("color: #b00000"));
    m_killGraceProblem->hide();
    form->addRow(QString(), m_killGraceProblem);

    m_cmd = new QPlainTextEdit(page);
    m_cmd->setReadOnly(true);
    m_cmd->setAccessibleName(tr("Command"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_cmd->setFont(mono);
    m_editCmd = new QCheckBox(tr("Edit the command by hand"), page);
    m_editCmd->setToolTip(tr("Off: the command is generated, and follows port changes"));
    connect(m_editCmd, &QCheckBox::toggled, this,
        [this](bool on) { m_document->setCmd(on ? std::optional<QString>(m_cmd->toPlainText()) : std::nullopt); });
    connect(m_cmd, &QPlainTextEdit::textChanged, this, [this] {
        if (m_editCmd->isChecked() && !m_cmd->isReadOnly())
            m_document->setCmd(m_cmd->toPlainText());
    });
    form->addRow(tr("C&ommand:"), m_cmd);
    form->addRow(QString(), m_editCmd);
    return page;
}

QWidget* AppForm::makeEnvironmentTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_envModel = new EnvironmentModel(m_document, this);
    m_envView = makeTable(m_envModel, page);
    m_envView->setAccessibleName(tr("Environment"));
    auto* add = new QPushButton(tr("Add variable"), page);
    auto* remove = new QPushButton(tr("Remove variable"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString key = QInputDialog::getText(
            this, tr("Add variable"), tr("Name of the environment variable:"), QLineEdit::Normal, QString(), &ok)
                                .trimmed();
        if (!ok || key.isEmpty() || m_document->addEnv(key))
            return;
        // It is set already (perhaps by the exporter): show it rather than blank it.
        for (int row = 0; row < m_envModel->rowCount(); ++row) {
            if (m_envModel->keyAt(row) == key) {
                m_envView->setCurrentIndex(m_envModel->index(row, EnvironmentModel::ValueColumn));
                m_envView->scrollTo(m_envView->currentIndex());
            }
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_envView->currentIndex();
        if (current.isValid())
            m_document->removeEnv(m_envModel->keyAt(current.row()));
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addWidget(m_envView, 1);
    layout->addLayout(buttons);

    m_configLabel = new QLabel(page);
    m_configLabel->setWordWrap(true);
    m_configModel = new ConfigModel(m_document, this);
    m_configView = makeTable(m_configModel, page);
    m_configView->setAccessibleName(tr("Service configuration"));
    auto* reset = new QPushButton(tr("Reset to default"), page);
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
    return page;
}

QWidget* AppForm::makePortsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
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
    m_agentPortsProblem = new QLabel(page);
    m_agentPortsProblem->setStyleSheet(QStringLiteral("color: #b00000"));
    m_agentPortsProblem->hide();
    connect(m_agentPorts, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_agentPorts->text().trimmed();
        const auto ranges = text.isEmpty() ? Result<PortRanges>(PortPlacement::defaultAgentPorts())
                                           : PortPlacement::parseRanges(text);
        m_agentPortsProblem->setText(ranges ? QString() : ranges.error());
        m_agentPortsProblem->setVisible(!ranges);
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
    m_portsView = makeTable(m_portsModel, page);
    m_portsView->setAccessibleName(tr("Ports"));
    layout->addWidget(m_portsView, 1);
    auto* add = new QPushButton(tr("Add port"), page);
    auto* remove = new QPushButton(tr("Remove port"), page);
    auto* reset = new QPushButton(tr("Reset ports"), page);
    connect(add, &QPushButton::clicked, m_portsModel, &PortsModel::addPort);
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
    return page;
}

QWidget* AppForm::makePlacementTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* constraintsLabel = new QLabel(
        tr("Constraints: where Marathon may place the tasks (hostname UNIQUE: at most one Supervisor per agent)"),
        page);
    constraintsLabel->setWordWrap(true);
    m_constraintsModel = new ConstraintsModel(m_document, this);
    m_constraintsView = makeTable(m_constraintsModel, page);
    m_constraintsView->setAccessibleName(tr("Constraints"));
    auto* addConstraint = new QPushButton(tr("Add constraint"), page);
    auto* removeConstraint = new QPushButton(tr("Remove constraint"), page);
    connect(addConstraint, &QPushButton::clicked, m_constraintsModel, &ConstraintsModel::addConstraint);
    connect(removeConstraint, &QPushButton::clicked, this, [this] {
        if (m_constraintsView->currentIndex().isValid())
            m_constraintsModel->removeConstraint(m_constraintsView->currentIndex().row());
    });
    auto* constraintButtons = new QHBoxLayout;
    constraintButtons->addWidget(addConstraint);
    constraintButtons->addWidget(removeConstraint);
    constraintButtons->addStretch();
    layout->addWidget(constraintsLabel);
    layout->addWidget(m_constraintsView, 1);
    layout->addLayout(constraintButtons);

    auto* labelsLabel = new QLabel(tr("Labels: for the operators' tools, service discovery and load balancers"), page);
    labelsLabel->setWordWrap(true);
    m_labelsModel = new LabelsModel(m_document, this);
    m_labelsView = makeTable(m_labelsModel, page);
    m_labelsView->setAccessibleName(tr("Labels"));
    auto* addLabel = new QPushButton(tr("Add label"), page);
    auto* removeLabel = new QPushButton(tr("Remove label"), page);
    connect(addLabel, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString key
            = QInputDialog::getText(this, tr("Add label"), tr("Name of the label:"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            m_labelsModel->addLabel(key);
    });
    connect(removeLabel, &QPushButton::clicked, this, [this] {
        if (m_labelsView->currentIndex().isValid())
            m_labelsModel->removeLabel(m_labelsView->currentIndex().row());
    });
    auto* labelButtons = new QHBoxLayout;
    labelButtons->addWidget(addLabel);
    labelButtons->addWidget(removeLabel);
    labelButtons->addStretch();
    layout->addWidget(labelsLabel);
    layout->addWidget(m_labelsView, 1);
    layout->addLayout(labelButtons);
    return page;
}

QWidget* AppForm::makeOutputTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_fetchUri = new QLineEdit(page);
    m_fetchUri->setAccessibleName(tr("Fetch URI"));
    m_fetchUri->setToolTip(tr("Where Mesos agents download the tarball; empty: the local file"));
    connect(m_fetchUri, &QLineEdit::textEdited, m_document, &ExportDocument::typeFetchUri);
    form->addRow(tr("&Fetch URI:"), m_fetchUri);

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
    auto* outputLabel = new QLabel(tr("Output fol&der:"), page);
    outputLabel->setBuddy(m_outputDir);
    form->addRow(outputLabel, row);

    m_format = new QComboBox(page);
    m_format->addItem(tr("gzip (.tgz)"), int(TarballFormat::Gzip));
    m_format->addItem(tr("xz (.txz)"), int(TarballFormat::Xz));
    m_format->addItem(tr("uncompressed (.tar)"), int(TarballFormat::Plain));
    connect(m_format, &QComboBox::activated, this,
        [this](int index) { m_document->setFormat(TarballFormat(m_format->itemData(index).toInt())); });
    form->addRow(tr("&Compression:"), m_format);

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
    form->addRow(tr("&JSON for:"), m_flavour);

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
    return page;
}

void AppForm::refresh()
{
    const ExportSettings& s = m_document->settings();
    const MarathonApp& app = m_document->app();
    setEnabled(m_document->hasPackage());
    {
        const QSignalBlocker b(m_id);
        const bool typingDefault = m_id->hasFocus() && m_id->text().isEmpty() && s.appId.isEmpty();
        if (!typingDefault && m_id->text() != app.id)
            m_id->setText(app.id);
    }
    QStringList idProblems;
    QStringList killGraceProblems;
    for (const FieldProblem& p : m_document->problems()) {
        if (p.field == QLatin1String("id"))
            idProblems.append(p.message);
        else if (p.field == QLatin1String("taskKillGracePeriodSeconds"))
            killGraceProblems.append(p.message);
    }
    m_killGraceProblem->setText(killGraceProblems.join(u'\n'));
    m_killGraceProblem->setVisible(!killGraceProblems.isEmpty());
    m_idProblem->setText(idProblems.join(u'\n'));
    m_idProblem->setVisible(!idProblems.isEmpty());
    {
        const QSignalBlocker b1(m_cpus), b2(m_mem), b3(m_disk), b4(m_instances), b5(m_diskFromPackage);
        m_cpus->setValue(s.cpus);
        m_mem->setValue(s.mem);
        m_disk->setValue(app.disk);
        m_diskFromPackage->setChecked(!s.disk.has_value());
        m_instances->setValue(s.instances);
    }
    {
        const QSignalBlocker b(m_killGrace);
        const int packageDefault = m_document->defaultKillGracePeriod();
        m_killGrace->setValue(s.killGracePeriodSeconds.value_or(packageDefault));
        m_killGraceDefault->setText(tr("Back to the package's default (%1 s)").arg(packageDefault));
        m_killGraceDefault->setEnabled(s.killGracePeriodSeconds.has_value());
    }
    {
        const QSignalBlocker b1(m_cmd), b2(m_editCmd);
        m_editCmd->setChecked(s.cmd.has_value());
        m_cmd->setReadOnly(!s.cmd.has_value());
        const QString cmd = app.cmd.value_or(QString());
        if (m_cmd->toPlainText() != cmd)
            m_cmd->setPlainText(cmd);
    }
    {
        const QSignalBlocker b1(m_supervisorPorts), b3(m_fixedPorts);
        m_supervisorPorts->setChecked(s.supervisorPorts);
        m_fixedPorts->setChecked(s.fixedPorts);
    }
    if (!m_agentPorts->hasFocus() && m_agentPortsProblem->isHidden()) {
        const QString ranges = PortPlacement::formatRanges(m_document->agentPorts());
        if (m_agentPorts->text() != ranges)
            m_agentPorts->setText(ranges);
    }
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
    const QString envName = m_document->configEnvName();
    m_configLabel->setText(m_document->config().entries().isEmpty()
            ? tr("The package has no service configuration (default.toml).")
            : tr("Service configuration (default.toml); changed keys go into %1:").arg(envName));
}

QCheckBox* AppForm::healthCheckCheck() const
{
    return m_healthCheckForm->enabledCheck();
}

void AppForm::focusField(const QString& field)
{
    const QStringList parts = field.split(u'/');
    const QString head = parts.value(0);
    auto show = [this](QWidget* page, QWidget* widget) {
        m_tabs->setCurrentWidget(page);
        widget->setFocus(Qt::OtherFocusReason);
    };
    auto pageOf = [this](QWidget* w) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->isAncestorOf(w))
                return m_tabs->widget(i);
        }
        return m_tabs->currentWidget();
    };
    if (head == QLatin1String("id"))
        show(pageOf(m_id), m_id);
    else if (head == QLatin1String("cpus"))
        show(pageOf(m_cpus), m_cpus);
    else if (head == QLatin1String("mem"))
        show(pageOf(m_mem), m_mem);
    else if (head == QLatin1String("disk"))
        show(pageOf(m_disk), m_disk);
    else if (head == QLatin1String("instances"))
        show(pageOf(m_instances), m_instances);
    else if (head == QLatin1String("taskKillGracePeriodSeconds"))
        show(pageOf(m_killGrace), m_killGrace);
    else if (head == QLatin1String("cmd") || head == QLatin1String("args"))
        show(pageOf(m_cmd), m_cmd);
    else if (head == QLatin1String("env")) {
        show(pageOf(m_envView), m_envView);
        const QString key = parts.mid(1).join(u'/');
        for (int row = 0; row < m_envModel->rowCount(); ++row) {
            if (m_envModel->keyAt(row) == key)
                m_envView->setCurrentIndex(m_envModel->index(row, EnvironmentModel::ValueColumn));
        }
    } else if (head == QLatin1String("portDefinitions") || head == QLatin1String("ports")
        || head == QLatin1String("requirePorts")) {
        show(pageOf(m_portsView), m_portsView);
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
    } else if (head == QLatin1String("constraints")) {
        show(pageOf(m_constraintsView), m_constraintsView);
        bool ok = false;
        const int row = parts.value(1).toInt(&ok);
        const int column = parts.value(2).toInt();
        if (ok && row < m_constraintsModel->rowCount())
            m_constraintsView->setCurrentIndex(m_constraintsModel->index(row, qBound(0, column, 2)));
    } else if (head == QLatin1String("labels")) {
        show(pageOf(m_labelsView), m_labelsView);
        const QString key = parts.mid(1).join(u'/');
        for (int row = 0; row < m_labelsModel->rowCount(); ++row) {
            if (m_labelsModel->keyAt(row) == key)
                m_labelsView->setCurrentIndex(m_labelsModel->index(row, LabelsModel::ValueColumn));
        }
    } else if (head == QLatin1String("healthChecks")) {
        m_tabs->setCurrentWidget(m_healthCheckForm);
        m_healthCheckForm->focusField(field);
    } else if (head == QLatin1String("fetch") || head == QLatin1String("uris"))
        show(pageOf(m_fetchUri), m_fetchUri);
}

} // namespace habmesos
