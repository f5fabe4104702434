// SPDX-License-Identifier: Apache-2.0
#include "ui/appform.h"

#include "ui/constraintsmodel.h"
#include "ui/deploymentform.h"
#include "ui/environmentmodel.h"
#include "ui/environmenttab.h"
#include "ui/exportdocument.h"
#include "ui/healthcheckform.h"
#include "ui/labelsmodel.h"
#include "ui/outputtab.h"
#include "ui/placementtab.h"
#include "ui/portstab.h"
#include "ui/problemlabel.h"
#include "ui/servicestab.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
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
    // Alt keys. Ctrl+1 ... Ctrl+8 show them instead.
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makeApplicationTab(), tr("Application"));
    m_environmentTab = new EnvironmentTab(document, this);
    m_tabs->addTab(m_environmentTab, tr("Environment"));
    m_portsTab = new PortsTab(document, this);
    m_tabs->addTab(m_portsTab, tr("Ports"));
    m_healthCheckForm = new HealthCheckForm(document, this);
    m_tabs->addTab(m_healthCheckForm, tr("Health check"));
    m_placementTab = new PlacementTab(document, this);
    m_tabs->addTab(m_placementTab, tr("Placement"));
    m_deploymentForm = new DeploymentForm(document, this);
    m_tabs->addTab(m_deploymentForm, tr("Deployment"));
    m_outputTab = new OutputTab(document, this);
    m_tabs->addTab(m_outputTab, tr("Output"));
    m_servicesTab = new ServicesTab(document, this);
    m_tabs->addTab(m_servicesTab, tr("Services"));
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
    m_killGraceDefault->setToolTip(tr("Back to the package's default: its SHUTDOWN_TIMEOUT plus a margin"));
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
    // As tall as the command (3 to 12 lines, then it scrolls): a taller window gives its room to
    // the JSON and the other fields, not to a read-only box.
    m_cmd->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The layout lays the text out lazily: its size is known when the scroll range follows it.
    connect(m_cmd->verticalScrollBar(), &QScrollBar::rangeChanged, this, &AppForm::fitCommandHeight);
    connect(m_cmd, &QPlainTextEdit::textChanged, this, &AppForm::fitCommandHeight);
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

void AppForm::fitCommandHeight()
{
    // QPlainTextEdit's document size is in lines, wrapped lines included.
    const int lines = std::clamp(int(m_cmd->document()->size().height()), 3, 12);
    const QMargins margins = m_cmd->contentsMargins();
    const int height = lines * m_cmd->fontMetrics().lineSpacing() + 2 * int(m_cmd->document()->documentMargin())
        + margins.top() + margins.bottom();
    if (m_cmd->height() != height)
        m_cmd->setFixedHeight(height);
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
    for (ProblemLabel* label : { m_idProblem, m_resourcesProblem, m_killGraceProblem, m_cmdProblem })
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
        m_killGraceDefault->setText(tr("Default (%n second(s))", nullptr, packageDefault));
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
    m_portsTab->refresh();
    m_outputTab->refresh();
}

QCheckBox* AppForm::healthCheckCheck() const
{
    return m_healthCheckForm->enabledCheck();
}

QLineEdit* AppForm::agentPortsEdit() const
{
    return m_portsTab->agentPortsEdit();
}

QCheckBox* AppForm::supervisorPortsCheck() const
{
    return m_portsTab->supervisorPortsCheck();
}

QCheckBox* AppForm::fixedPortsCheck() const
{
    return m_portsTab->fixedPortsCheck();
}

PortsModel* AppForm::portsModel() const
{
    return m_portsTab->portsModel();
}

QTableView* AppForm::portsView() const
{
    return m_portsTab->portsView();
}

ProblemLabel* AppForm::portsProblemLabel() const
{
    return m_portsTab->portsProblemLabel();
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

AppForm::~AppForm()
{
    // An editor still open in a table commits while ~QWidget deletes the children; the document's
    // changed() must not reach this form then (it is no longer an AppForm).
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_cmd, nullptr, this, nullptr);
    disconnect(m_cmd->verticalScrollBar(), nullptr, this, nullptr);
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
    // The Deployment page knows its own fields (and which downloads are the extra ones).
    const int shown = m_tabs->currentIndex();
    m_tabs->setCurrentWidget(m_deploymentForm);
    if (m_deploymentForm->focusField(field))
        return;
    m_tabs->setCurrentIndex(shown);
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
        m_tabs->setCurrentWidget(m_portsTab);
        m_portsTab->focusField(field);
    } else if (head == QLatin1String("constraints") || head == QLatin1String("labels")) {
        m_tabs->setCurrentWidget(m_placementTab);
        m_placementTab->focusField(field);
    } else if (head == QLatin1String("healthChecks")) {
        m_tabs->setCurrentWidget(m_healthCheckForm);
        m_healthCheckForm->focusField(field);
    } else if (head == QLatin1String("service")) {
        m_tabs->setCurrentWidget(m_servicesTab);
        m_servicesTab->focusField(field);
    } else if (head == QLatin1String("fetch") || head == QLatin1String("uris")) {
        show(m_outputTab, m_outputTab->fetchUriEdit());
    } else if (head == QLatin1String("output"))
        show(m_outputTab, m_outputTab->outputDirEdit());
}

} // namespace habmesos
