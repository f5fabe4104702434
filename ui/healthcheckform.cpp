// SPDX-License-Identifier: Apache-2.0
#include "ui/healthcheckform.h"

#include "marathon/healthchecksettings.h"
#include "marathon/marathonvalidator.h"
#include "ui/exportdocument.h"
#include "ui/problemlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace habmesos {

HealthCheckForm::HealthCheckForm(ExportDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    m_enabled = new QCheckBox(tr("Let Marathon chec&k the service's health"), this);
    m_enabled->setToolTip(tr("Marathon replaces tasks that fail the check, and an upgrade waits for new tasks to "
                             "pass it"));
    connect(m_enabled, &QCheckBox::toggled, m_document, &ExportDocument::setHealthCheck);
    layout->addWidget(m_enabled);

    auto* form = new QFormLayout;
    m_protocol = new QComboBox(this);
    m_protocol->setAccessibleName(tr("Health check protocol"));
    const QStringList protocols = MarathonValidator::healthCheckProtocols();
    for (const QString& protocol : protocols)
        m_protocol->addItem(protocol, protocol);
    m_protocol->setToolTip(tr("HTTP, HTTPS, TCP and COMMAND are run by Marathon (its HTTP, HTTPS and TCP checks "
                              "are deprecated since 1.4); the MESOS_ ones by the agent next to the task (at most "
                              "one per app)"));
    connect(m_protocol, &QComboBox::activated, this, [this](int index) {
        edit([&](HealthCheckSettings& s) { s.protocol = m_protocol->itemData(index).toString(); });
    });
    auto* protocolLabel = new QLabel(tr("Protoco&l:"), this);
    protocolLabel->setBuddy(m_protocol);
    form->addRow(protocolLabel, m_protocol);

    m_port = new QComboBox(this);
    m_port->setAccessibleName(tr("Health check port"));
    connect(m_port, &QComboBox::activated, this,
        [this](int index) { edit([&](HealthCheckSettings& s) { s.portName = m_port->itemData(index).toString(); }); });
    auto* portLabel = new QLabel(tr("Port:"), this);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, m_port);

    m_path = new QLineEdit(this);
    m_path->setAccessibleName(tr("Health check path"));
    m_path->setPlaceholderText(tr("/ (HTTP protocols only)"));
    connect(m_path, &QLineEdit::textEdited, this,
        [this](const QString& text) { edit([&](HealthCheckSettings& s) { s.path = text; }); });
    auto* pathLabel = new QLabel(tr("Path:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, m_path);

    m_command = new QLineEdit(this);
    m_command->setAccessibleName(tr("Health check command"));
    m_command->setPlaceholderText(tr("curl -f http://$HOST:$PORT0/ (COMMAND only)"));
    connect(m_command, &QLineEdit::textEdited, this,
        [this](const QString& text) { edit([&](HealthCheckSettings& s) { s.command = text; }); });
    auto* commandLabel = new QLabel(tr("Comma&nd:"), this);
    commandLabel->setBuddy(m_command);
    form->addRow(commandLabel, m_command);

    auto addSpin
        = [&](QSpinBox* spin, const QString& label, const QString& accessibleName, int HealthCheckSettings::*member) {
              spin->setAccessibleName(accessibleName);
              connect(spin, &QSpinBox::valueChanged, this,
                  [this, member](int value) { edit([&](HealthCheckSettings& s) { s.*member = value; }); });
              auto* l = new QLabel(label, this);
              l->setBuddy(spin);
              form->addRow(l, spin);
          };
    m_gracePeriod = makeSeconds(this);
    m_gracePeriod->setToolTip(tr("Failures in this time after a task starts do not count"));
    addSpin(
        m_gracePeriod, tr("&Grace period:"), tr("Health check grace period"), &HealthCheckSettings::gracePeriodSeconds);
    m_interval = makeSeconds(this);
    addSpin(m_interval, tr("&Interval:"), tr("Health check interval"), &HealthCheckSettings::intervalSeconds);
    m_timeout = makeSeconds(this);
    addSpin(m_timeout, tr("Ti&meout:"), tr("Health check timeout"), &HealthCheckSettings::timeoutSeconds);
    m_failures = new QSpinBox(this);
    m_failures->setRange(0, 999999999);
    m_failures->setToolTip(tr("Marathon kills a task after this many failed checks in a row; 0: never"));
    addSpin(m_failures, tr("Ma&x. consecutive failures:"), tr("Maximum consecutive failures"),
        &HealthCheckSettings::maxConsecutiveFailures);

    m_ignoreHttp1xx = new QCheckBox(tr("Ignore informational HTTP status codes (&1xx)"), this);
    connect(m_ignoreHttp1xx, &QCheckBox::toggled, this,
        [this](bool on) { edit([&](HealthCheckSettings& s) { s.ignoreHttp1xx = on; }); });
    form->addRow(QString(), m_ignoreHttp1xx);
    layout->addLayout(form);

    // Its lines kept even when empty: nothing below moves when a message appears.
    m_problem = new ProblemLabel({ QStringLiteral("healthChecks") }, this);
    layout->addWidget(m_problem);

    m_reset = new QPushButton(tr("Back to the Supervisor's health check"), this);
    m_reset->setToolTip(tr("MESOS_HTTP (HTTP for Marathon before 1.0) on the Supervisor's gateway (hab-http), "
                           "asking for the service's health"));
    connect(m_reset, &QPushButton::clicked, m_document, &ExportDocument::resetHealthCheck);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reset);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();

    m_details
        = { m_protocol, m_port, m_path, m_command, m_gracePeriod, m_interval, m_timeout, m_failures, m_ignoreHttp1xx };
    connect(document, &ExportDocument::changed, this, &HealthCheckForm::refresh);
    refresh();
}

QSpinBox* HealthCheckForm::makeSeconds(QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(0, 999999999); // Marathon sets no maximum: nothing is clamped
    // A real plural, following the value ("1 second", "30 seconds").
    auto suffix = [spin](int value) { spin->setSuffix(tr(" second(s)", nullptr, value)); };
    connect(spin, &QSpinBox::valueChanged, spin, suffix);
    suffix(spin->value());
    return spin;
}

void HealthCheckForm::edit(auto&& change)
{
    HealthCheckSettings settings = m_document->healthCheckSettings();
    change(settings);
    m_document->setHealthCheckSettings(settings);
}

void HealthCheckForm::refreshPorts(const HealthCheckSettings& settings)
{
    // Ports are offered by name, since the check follows its port by name; an unnamed port is
    // listed but cannot be picked.
    m_port->clear();
    auto* model = qobject_cast<QStandardItemModel*>(m_port->model());
    for (const MarathonPortDefinition& p : m_document->app().portDefinitions) {
        const QString number = p.port == 0 ? tr("assigned by Marathon") : QString::number(p.port);
        if (p.name.isEmpty()) {
            m_port->addItem(tr("unnamed (%1, %2)").arg(p.protocol, number));
            if (model) {
                QStandardItem* item = model->item(m_port->count() - 1);
                item->setEnabled(false);
                item->setToolTip(tr("Name the port on the Ports page to check it"));
            }
        } else {
            m_port->addItem(tr("%1 (%2, %3)").arg(p.name, p.protocol, number), p.name);
        }
    }
    int current = settings.portName.isEmpty() ? -1 : m_port->findData(settings.portName);
    if (current < 0 && !settings.portName.isEmpty()) {
        m_port->addItem(tr("%1 (not one of the app's ports)").arg(settings.portName), settings.portName);
        current = m_port->count() - 1;
    }
    m_port->setCurrentIndex(current);
}

void HealthCheckForm::refresh()
{
    const ExportSettings& state = m_document->settings();
    const HealthCheckSettings s = m_document->healthCheckSettings();
    const bool on = state.healthCheck;
    const QSignalBlocker b0(m_enabled), b1(m_protocol), b2(m_port), b3(m_path), b4(m_command), b5(m_gracePeriod),
        b6(m_interval), b7(m_timeout), b8(m_failures), b9(m_ignoreHttp1xx);
    m_enabled->setChecked(on);
    m_protocol->setCurrentIndex(m_protocol->findData(s.protocol));
    refreshPorts(s);
    if (m_path->text() != s.path)
        m_path->setText(s.path);
    if (m_command->text() != s.command)
        m_command->setText(s.command);
    m_gracePeriod->setValue(s.gracePeriodSeconds);
    m_interval->setValue(s.intervalSeconds);
    m_timeout->setValue(s.timeoutSeconds);
    m_failures->setValue(s.maxConsecutiveFailures);
    m_ignoreHttp1xx->setChecked(s.ignoreHttp1xx);
    for (QWidget* w : std::as_const(m_details))
        w->setEnabled(on);
    if (on) {
        m_port->setEnabled(HealthCheckSettings::usesPort(s.protocol));
        m_path->setEnabled(HealthCheckSettings::usesPath(s.protocol));
        m_command->setEnabled(HealthCheckSettings::usesCommand(s.protocol));
        m_ignoreHttp1xx->setEnabled(HealthCheckSettings::usesIgnoreHttp1xx(s.protocol));
    }
    m_reset->setEnabled(!state.healthCheckChanges.isEmpty());

    m_problem->setProblems(m_document->problems());
}

QLabel* HealthCheckForm::problemLabel() const
{
    return m_problem;
}

void HealthCheckForm::focusField(const QString& field)
{
    const QString leaf = field.section(u'/', 2, 2);
    QWidget* target = m_enabled;
    if (leaf == QLatin1String("protocol"))
        target = m_protocol;
    else if (leaf == QLatin1String("portIndex") || leaf == QLatin1String("port"))
        target = m_port;
    else if (leaf == QLatin1String("path"))
        target = m_path;
    else if (leaf == QLatin1String("command"))
        target = m_command;
    else if (leaf == QLatin1String("gracePeriodSeconds"))
        target = m_gracePeriod;
    else if (leaf == QLatin1String("intervalSeconds"))
        target = m_interval;
    else if (leaf == QLatin1String("timeoutSeconds"))
        target = m_timeout;
    else if (leaf == QLatin1String("maxConsecutiveFailures"))
        target = m_failures;
    else if (leaf == QLatin1String("ignoreHttp1xx"))
        target = m_ignoreHttp1xx;
    if (!target->isEnabled())
        target = m_enabled;
    target->setFocus(Qt::OtherFocusReason);
}

} // namespace habmesos
