// SPDX-License-Identifier: Apache-2.0
#include "ui/appform.h"

#include "marathon/portplacement.h"
#include "ui/constraintsmodel.h"
#include "ui/environmentmodel.h"
#include "ui/environmenttab.h"
#include "ui/exportdocument.h"
#include "ui/formtables.h"
#include "ui/healthcheckform.h"
#include "ui/labelsmodel.h"
#include "ui/outputtab.h"
#include "ui/placementtab.h"
#include "ui/portsmodel.h"
#include "ui/problemlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace habmesos {

namespace {

// Spin boxes reach far past what is valid: an out-of-range value reaches the document and is said
// on the field (MarathonValidator), never clamped or snapped back silently. Only absurd values
// (more than a billion) are beyond them.
constexpr double SpinLimit = 1e9;

// Seconds as a real plural ("1 second", "5 seconds"), following the value.
void pluralSeconds(QSpinBox* spin)
{
    auto update = [spin](int value) { spin->setSuffix(AppForm::tr(" second(s)", nullptr, value)); };
    QObject::connect(spin, &QSpinBox::valueChanged, spin, update);
    update(spin->value());
}

} // namespace

AppForm::AppForm(ExportDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    // The tabs have no mnemonics: the menus (File, Edit, Run, Help) and the panels' buttons own the
    // Alt keys. Ctrl+1 ... Ctrl+6 show them instead.
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makeApplicationTab(), tr("Application"));
    m_environmentTab = new EnvironmentTab(document, this);
    m_tabs->addTab(m_environmentTab, tr("Environment"));
    m_tabs->addTab(makePortsTab(), tr("Ports"));
    m_healthCheckForm = new HealthCheckForm(document, this);
    m_tabs->addTab(m_healthCheckForm, tr("Health check"));
    m_placementTab = new PlacementTab(document, this);
    m_tabs->addTab(m_placementTab, tr("Placement"));
    m_outputTab = new OutputTab(document, this);
    m_tabs->addTab(m_outputTab, tr("Output"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_tabs->setCurrentIndex(i); });
        m_tabs->setTabToolTip(i, tr("Ctrl+%1").arg(i + 1));
    }
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
    m_idProblem = new ProblemLabel({ QStringLiteral("id") }, page);
    connect(m_id, &QLineEdit::textEdited, m_document, &ExportDocument::setAppId);
    form->addRow(tr("&ID:"), m_id);
    form->addRow(QString(), m_idProblem);

    // Marathon's limits (cpus >= 0.001, the rest >= 0; memory more than 0) are checked by the
    // validator, with the value kept as typed; the defaults are the original exporter's (0.5 CPUs,
    // 256 MiB, one instance), the disk what the package needs.
    m_cpus = new QDoubleSpinBox(page);
    m_cpus->setRange(0, SpinLimit);
    m_cpus->setDecimals(3);
    m_cpus->setSingleStep(0.1);
    m_cpus->setAccessibleName(tr("CPUs"));
    connect(m_cpus, &QDoubleSpinBox::valueChanged, m_document, &ExportDocument::setCpus);
    form->addRow(tr("CPUs:"), m_cpus);

    m_mem = new QDoubleSpinBox(page);
    m_mem->setRange(0, SpinLimit);
    m_mem->setDecimals(0);
    m_mem->setSingleStep(32);
    m_mem->setSuffix(tr(" MiB"));
    m_mem->setAccessibleName(tr("Memory"));
    connect(m_mem, &QDoubleSpinBox::valueChanged, m_document, &ExportDocument::setMem);
    form->addRow(tr("&Memory:"), m_mem);

    m_disk = new QDoubleSpinBox(page);
    m_disk->setRange(0, SpinLimit);
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
    auto* diskLabel = new QLabel(tr("Dis&k:"), page);
    diskLabel->setBuddy(m_disk);
    form->addRow(diskLabel, diskRow);

    m_instances = new QSpinBox(page);
    m_instances->setRange(0, int(SpinLimit));
    m_instances->setAccessibleName(tr("Instances"));
    connect(m_instances, &QSpinBox::valueChanged, m_document, &ExportDocument::setInstances);
    form->addRow(tr("I&nstances:"), m_instances);
    m_resourcesProblem = new ProblemLabel(
        { QStringLiteral("cpus"), QStringLiteral("mem"), QStringLiteral("disk"), QStringLiteral("instances") }, page);
    form->addRow(QString(), m_resourcesProblem);

    // Wider than what is allowed: a value out of range reaches the document, which refuses it with
    // a message instead of the spin box clamping it silently.
    m_killGrace = new QSpinBox(page);
    m_killGrace->setRange(0, 999999);
    pluralSeconds(m_killGrace);
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
    m_killGraceProblem = new ProblemLabel({ QStringLiteral("taskKillGracePeriodSeconds") }, page);
    form->addRow(QString(), m_killGraceProblem);

    m_cmd = new QPlainTextEdit(page);
    m_cmd->setReadOnly(true);
    m_cmd->setAccessibleName(tr("Command"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_cmd->setFont(mono);
    m_editCmd = new QCheckBox(tr("Edit the command b&y hand"), page);
    m_editCmd->setToolTip(tr("Off: the command is generated, and follows port changes"));
    connect(m_editCmd, &QCheckBox::toggled, this,
        [this](bool on) { m_document->setCmd(on ? std::optional<QString>(m_cmd->toPlainText()) : std::nullopt); });
    connect(m_cmd, &QPlainTextEdit::textChanged, this, [this] {
        if (m_editCmd->isChecked() && !m_cmd->isReadOnly())
            m_document->setCmd(m_cmd->toPlainText());
    });
    form->addRow(tr("Command:"), m_cmd);
    form->addRow(QString(), m_editCmd);
    m_cmdProblem = new ProblemLabel({ QStringLiteral("cmd"), QStringLiteral("args") }, page);
    form->addRow(QString(), m_cmdProblem);
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
    const FieldProblems problems = m_document->problems();
    for (ProblemLabel* label : { m_idProblem, m_resourcesProblem, m_killGraceProblem, m_cmdProblem, m_portsProblem })
        label->setProblems(problems);
    m_environmentTab->refresh();
    m_placementTab->refresh();
    {
        // Only when the document holds another value than shown: what the operator is typing stays.
        const QSignalBlocker b1(m_cpus), b2(m_mem), b3(m_disk), b4(m_instances), b5(m_diskFromPackage);
        if (m_cpus->value() != s.cpus)
            m_cpus->setValue(s.cpus);
        if (m_mem->value() != s.mem)
            m_mem->setValue(s.mem);
        if (m_disk->value() != app.disk)
            m_disk->setValue(app.disk);
        m_diskFromPackage->setChecked(!s.disk.has_value());
        if (m_instances->value() != s.instances)
            m_instances->setValue(s.instances);
    }
    {
        const QSignalBlocker b(m_killGrace);
        const int packageDefault = m_document->defaultKillGracePeriod();
        // A refused value stays on screen beside its message, for the operator to correct.
        bool refused = false;
        for (const FieldProblem& p : problems)
            refused = refused
                || (p.field == QLatin1String("taskKillGracePeriodSeconds")
                    && p.severity == FieldProblem::Severity::Error);
        if (!refused)
            m_killGrace->setValue(s.killGracePeriodSeconds.value_or(packageDefault));
        m_killGraceDefault->setText(tr("Back to the package's default (%n second(s))", nullptr, packageDefault));
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
    m_outputTab->refresh();
}

QCheckBox* AppForm::healthCheckCheck() const
{
    return m_healthCheckForm->enabledCheck();
}

QComboBox* AppForm::agentsCombo() const
{
    return m_outputTab->agentsCombo();
}

QComboBox* AppForm::flavourCombo() const
{
    return m_outputTab->flavourCombo();
}

QLineEdit* AppForm::outputDirEdit() const
{
    return m_outputTab->outputDirEdit();
}

ProblemLabel* AppForm::outputProblemLabel() const
{
    return m_outputTab->outputProblemLabel();
}

QLabel* AppForm::killGraceProblemLabel() const
{
    return m_killGraceProblem;
}

EnvironmentModel* AppForm::environmentModel() const
{
    return m_environmentTab->environmentModel();
}

ConstraintsModel* AppForm::constraintsModel() const
{
    return m_placementTab->constraintsModel();
}

LabelsModel* AppForm::labelsModel() const
{
    return m_placementTab->labelsModel();
}

QTableView* AppForm::constraintsView() const
{
    return m_placementTab->constraintsView();
}

QTableView* AppForm::labelsView() const
{
    return m_placementTab->labelsView();
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
        m_tabs->setCurrentWidget(m_environmentTab);
        m_environmentTab->focusField(field);
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
    } else if (head == QLatin1String("constraints") || head == QLatin1String("labels")) {
        m_tabs->setCurrentWidget(m_placementTab);
        m_placementTab->focusField(field);
    } else if (head == QLatin1String("healthChecks")) {
        m_tabs->setCurrentWidget(m_healthCheckForm);
        m_healthCheckForm->focusField(field);
    } else if (head == QLatin1String("fetch") || head == QLatin1String("uris")) {
        show(m_outputTab, m_outputTab->fetchUriEdit());
    } else if (head == QLatin1String("output"))
        show(m_outputTab, m_outputTab->outputDirEdit());
}

} // namespace habmesos
