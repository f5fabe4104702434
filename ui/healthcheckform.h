// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace habmesos {

class ExportDocument;
class ProblemLabel;
struct HealthCheckSettings;

// The health check Marathon runs against each task: on or off, and its details (protocol, the
// port by name, path or command, timings). It starts as the Supervisor's health endpoint on its
// HTTP gateway; every change goes to the document, which keeps it until reset.
class HealthCheckForm : public QWidget
{
    Q_OBJECT
public:
    explicit HealthCheckForm(ExportDocument* document, QWidget* parent = nullptr);

    // Shows the widget of a "healthChecks/0/<field>" path.
    void focusField(const QString& field);

    // For tests and the screenshots.
    QCheckBox* enabledCheck() const { return m_enabled; }
    QComboBox* protocolCombo() const { return m_protocol; }
    QComboBox* portCombo() const { return m_port; }
    QLineEdit* pathEdit() const { return m_path; }
    QLineEdit* commandEdit() const { return m_command; }
    QSpinBox* gracePeriodSpin() const { return m_gracePeriod; }
    QSpinBox* intervalSpin() const { return m_interval; }
    QSpinBox* timeoutSpin() const { return m_timeout; }
    QCheckBox* ignoreHttp1xxCheck() const { return m_ignoreHttp1xx; }
    QPushButton* resetButton() const { return m_reset; }
    QLabel* problemLabel() const;

private:
    void refresh();
    void refreshPorts(const HealthCheckSettings& settings);
    void edit(auto&& change);
    QSpinBox* makeSeconds(QWidget* parent);

    ExportDocument* m_document;
    QCheckBox* m_enabled = nullptr;
    QComboBox* m_protocol = nullptr;
    QComboBox* m_port = nullptr;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_command = nullptr;
    QSpinBox* m_gracePeriod = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_timeout = nullptr;
    QSpinBox* m_failures = nullptr;
    QCheckBox* m_ignoreHttp1xx = nullptr;
    QPushButton* m_reset = nullptr;
    ProblemLabel* m_problem = nullptr;
    QList<QWidget*> m_details; // enabled while the check is on
};

} // namespace habmesos
