// SPDX-License-Identifier: Apache-2.0
#include "ui/deploymentform.h"

#include "ui/exportdocument.h"
#include "ui/extrafetchmodel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace habmesos {

namespace {

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #b00000"));
    label->hide();
    return label;
}

QString numberText(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

// The operator's locale first ("0,5" in German), then the C locale's "0.5".
std::optional<double> numberOf(const QString& text)
{
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

} // namespace

DeploymentForm::DeploymentForm(ExportDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    // Scrolled: the page must not make the window taller than a small screen.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(page);

    auto* upgrades = new QGroupBox(tr("Upgrades"), page);
    auto* upgradeForm = new QFormLayout(upgrades);
    addField(MinHealth, upgradeForm, tr("Minimum health capacity:"),
        QStringLiteral("upgradeStrategy/minimumHealthCapacity"),
        tr("The share of instances (0 to 1) that stays healthy while a new version replaces them; 0.5 lets Marathon "
           "stop half of the old ones first (minimumHealthCapacity)"));
    addField(MaxOver, upgradeForm, tr("Maximum over capacity:"), QStringLiteral("upgradeStrategy/maximumOverCapacity"),
        tr("How many instances (a share 0 to 1 of the count) may run on top of it during an upgrade; 0 never runs "
           "more than the count, which fixed host ports need (maximumOverCapacity)"));
    layout->addWidget(upgrades);

    auto* backoff = new QGroupBox(tr("Relaunch after a failure"), page);
    auto* backoffForm = new QFormLayout(backoff);
    addField(Backoff, backoffForm, tr("Backoff (s):"), QStringLiteral("backoffSeconds"),
        tr("How long Marathon waits before relaunching a failed task (backoffSeconds)"));
    addField(BackoffFactor, backoffForm, tr("Backoff factor:"), QStringLiteral("backoffFactor"),
        tr("What the wait is multiplied by after each further failure, at least 1 (backoffFactor)"));
    addField(MaxLaunchDelay, backoffForm, tr("Longest launch delay (s):"), QStringLiteral("maxLaunchDelaySeconds"),
        tr("The wait never grows beyond this (maxLaunchDelaySeconds)"));
    layout->addWidget(backoff);

    auto* where = new QGroupBox(tr("Where and as whom"), page);
    auto* whereForm = new QFormLayout(where);
    addField(Roles, whereForm, tr("Accepted resource roles:"), QStringLiteral("acceptedResourceRoles"),
        tr("Run only on resources of these Mesos roles, separated by commas: slave_public for DC/OS public agents, * "
           "for unreserved resources; empty: Marathon's --default_accepted_resource_roles (acceptedResourceRoles)"));
    addField(User, whereForm, tr("User:"), QStringLiteral("user"),
        tr("The user Mesos runs the task as. The launch command mounts the tarball's tree and chroots into it, which "
           "needs root; another user only works where the agents allow it. Inside, the Supervisor runs the service "
           "as the package's own SVC_USER either way"));
    auto* graceNote = new QLabel(tr("The kill grace period is on the Application page."), where);
    graceNote->setWordWrap(true);
    whereForm->addRow(graceNote);
    layout->addWidget(where);

    auto* downloads = new QGroupBox(tr("More downloads"), page);
    auto* downloadsLayout = new QVBoxLayout(downloads);
    auto* downloadsHelp = new QLabel(tr("Files the Mesos fetcher puts into the sandbox after the tarball, as "
                                        "Marathon's fetch has them."),
        downloads);
    downloadsHelp->setWordWrap(true);
    downloadsLayout->addWidget(downloadsHelp);
    m_fetchModel = new ExtraFetchModel(document, this);
    m_fetchTable = new QTableView(downloads);
    m_fetchTable->setModel(m_fetchModel);
    m_fetchTable->setAccessibleName(tr("More downloads"));
    m_fetchTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fetchTable->verticalHeader()->hide();
    m_fetchTable->horizontalHeader()->setSectionResizeMode(ExtraFetchModel::UriColumn, QHeaderView::Stretch);
    m_fetchTable->setMinimumHeight(90);
    downloadsLayout->addWidget(m_fetchTable, 1);
    m_fetchProblem = problemLabel(downloads);
    downloadsLayout->addWidget(m_fetchProblem);
    auto* buttons = new QHBoxLayout;
    m_addFetch = new QPushButton(tr("Add download"), downloads);
    m_removeFetch = new QPushButton(tr("Remove download"), downloads);
    buttons->addWidget(m_addFetch);
    buttons->addWidget(m_removeFetch);
    buttons->addStretch();
    downloadsLayout->addLayout(buttons);
    layout->addWidget(downloads, 1);
    connect(m_addFetch, &QPushButton::clicked, this, [this] {
        m_fetchModel->addRow();
        // Straight into the new row's URI, as Marathon's form has an empty line to type in.
        const QModelIndex uri = m_fetchModel->index(m_fetchModel->rowCount() - 1, ExtraFetchModel::UriColumn);
        m_fetchTable->setCurrentIndex(uri);
        m_fetchTable->edit(uri);
    });
    connect(m_removeFetch, &QPushButton::clicked, this, [this] {
        if (m_fetchTable->currentIndex().isValid())
            m_fetchModel->removeRow(m_fetchTable->currentIndex().row());
    });

    connect(document, &ExportDocument::changed, this, [this] {
        for (Field& f : m_fields)
            f.refused.clear(); // an edit elsewhere (or undo) replaces what was typed
        refresh();
    });
    refresh();
}

QLineEdit* DeploymentForm::addField(
    FieldId id, QFormLayout* form, const QString& label, const QString& path, const QString& help)
{
    Field& f = m_fields[id];
    f.path = path;
    f.edit = new QLineEdit(form->parentWidget());
    f.edit->setToolTip(help);
    f.edit->setAccessibleName(QString(label).remove(u':'));
    f.edit->setClearButtonEnabled(true);
    f.problem = problemLabel(form->parentWidget());
    auto* column = new QVBoxLayout;
    column->addWidget(f.edit);
    column->addWidget(f.problem);
    auto* helpLabel = new QLabel(help, form->parentWidget());
    helpLabel->setWordWrap(true);
    helpLabel->setEnabled(false); // greyed: an explanation, not a value
    column->addWidget(helpLabel);
    auto* caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(f.edit);
    form->addRow(caption, column);
    connect(f.edit, &QLineEdit::editingFinished, this, [this, id] { commit(id); });
    return f.edit;
}

bool DeploymentForm::focusField(const QString& field)
{
    for (const Field& f : m_fields) {
        if (field == f.path || field.startsWith(f.path + u'/')) {
            f.edit->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    for (int row = 0; row < m_fetchModel->rowCount(); ++row) {
        const QString at = QStringLiteral("fetch/%1").arg(m_fetchModel->fetchIndexOf(row));
        if (field == at || field.startsWith(at + u'/')) {
            m_fetchTable->setCurrentIndex(m_fetchModel->index(row, ExtraFetchModel::UriColumn));
            m_fetchTable->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

QLabel* DeploymentForm::problemLabelOf(const QLineEdit* edit) const
{
    for (const Field& f : m_fields) {
        if (f.edit == edit)
            return f.problem;
    }
    return nullptr;
}

QString DeploymentForm::parse(FieldId id, const QString& input, DeploymentOptions& o) const
{
    const QString text = input.trimmed();
    const std::optional<double> number = numberOf(text);
    auto whole = [&](std::optional<int>& target) -> QString {
        if (text.isEmpty()) {
            target.reset();
            return {};
        }
        if (!number || *number != std::floor(*number) || std::abs(*number) > std::numeric_limits<int>::max())
            return tr("“%1” is not a whole number of seconds; it is not taken").arg(text);
        target = int(*number);
        return {};
    };
    switch (id) {
    case MinHealth:
    case MaxOver: {
        if (text.isEmpty()) {
            // Both empty: the strategy follows Marathon (or the builder's for fixed ports).
            const bool otherEmpty = m_fields[id == MinHealth ? MaxOver : MinHealth].edit->text().trimmed().isEmpty();
            if (otherEmpty)
                o.upgradeStrategy.reset();
            else if (o.upgradeStrategy)
                (id == MinHealth ? o.upgradeStrategy->minimumHealthCapacity : o.upgradeStrategy->maximumOverCapacity)
                    = 1.0;
            return {};
        }
        if (!number)
            return tr("“%1” is not a number; it is not taken").arg(text);
        // The other share keeps what the app has now: the builder's for fixed ports, else Marathon's 1.
        MarathonUpgradeStrategy strategy
            = o.upgradeStrategy.value_or(m_document->app().upgradeStrategy.value_or(MarathonUpgradeStrategy()));
        (id == MinHealth ? strategy.minimumHealthCapacity : strategy.maximumOverCapacity) = *number;
        o.upgradeStrategy = strategy;
        return {};
    }
    case Backoff:
        return whole(o.backoffSeconds);
    case MaxLaunchDelay:
        return whole(o.maxLaunchDelaySeconds);
    case BackoffFactor:
        if (text.isEmpty())
            o.backoffFactor.reset();
        else if (!number)
            return tr("“%1” is not a number; it is not taken").arg(text);
        else
            o.backoffFactor = *number;
        return {};
    case Roles:
        o.acceptedResourceRoles.clear();
        for (const QString& role : text.split(u',', Qt::SkipEmptyParts))
            o.acceptedResourceRoles.append(role.trimmed());
        return {};
    case User:
        o.user = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
        return {};
    case FieldCount:
        break;
    }
    return {};
}

void DeploymentForm::commit(FieldId id)
{
    Field& f = m_fields[id];
    if (!f.edit->isModified())
        return;
    f.edit->setModified(false);
    DeploymentOptions options = m_document->settings().deployment;
    const QString refused = parse(id, f.edit->text(), options);
    if (!refused.isEmpty()) {
        // Never reverted or clamped in silence: the text stays, with why it is not taken.
        f.refused = refused;
        refresh();
        return;
    }
    f.refused.clear();
    if (options == m_document->settings().deployment)
        refresh();
    else
        m_document->setDeployment(options); // refresh() follows from changed()
}

QString DeploymentForm::textOf(FieldId id) const
{
    const DeploymentOptions& d = m_document->settings().deployment;
    auto seconds = [](const std::optional<int>& v) { return v ? QString::number(*v) : QString(); };
    switch (id) {
    case MinHealth:
        return d.upgradeStrategy ? numberText(d.upgradeStrategy->minimumHealthCapacity) : QString();
    case MaxOver:
        return d.upgradeStrategy ? numberText(d.upgradeStrategy->maximumOverCapacity) : QString();
    case Backoff:
        return seconds(d.backoffSeconds);
    case BackoffFactor:
        return d.backoffFactor ? numberText(*d.backoffFactor) : QString();
    case MaxLaunchDelay:
        return seconds(d.maxLaunchDelaySeconds);
    case Roles:
        return d.acceptedResourceRoles.join(QStringLiteral(", "));
    case User:
        return d.user.value_or(QString());
    case FieldCount:
        break;
    }
    return {};
}

QString DeploymentForm::placeholderOf(FieldId id) const
{
    const std::optional<MarathonUpgradeStrategy>& built = m_document->app().upgradeStrategy;
    switch (id) {
    case MinHealth:
    case MaxOver:
        if (built) // the builder's, for fixed ports
            return tr("%1 (for fixed ports)")
                .arg(numberText(id == MinHealth ? built->minimumHealthCapacity : built->maximumOverCapacity));
        return tr("1 (Marathon's default)");
    case Backoff:
        return tr("1 (Marathon's default)");
    case BackoffFactor:
        return tr("%1 (Marathon's default)").arg(numberText(1.15));
    case MaxLaunchDelay:
        return tr("300 (Marathon's default; 3600 before 1.8)");
    case Roles:
        return tr("any role Marathon accepts by default");
    case User:
        return tr("root");
    case FieldCount:
        break;
    }
    return {};
}

void DeploymentForm::refresh()
{
    setEnabled(m_document->hasPackage());
    QStringList problems[FieldCount];
    for (const FieldProblem& p : m_document->problems()) {
        for (int id = 0; id < FieldCount; ++id) {
            const QString& path = m_fields[id].path;
            if (p.field == path || p.field.startsWith(path + u'/'))
                problems[id].append(p.message);
        }
    }
    for (int id = 0; id < FieldCount; ++id) {
        Field& f = m_fields[id];
        f.edit->setPlaceholderText(placeholderOf(FieldId(id)));
        // What is being typed stays; so does a value that was not taken.
        if (f.refused.isEmpty() && !(f.edit->hasFocus() && f.edit->isModified())
            && f.edit->text() != textOf(FieldId(id)))
            f.edit->setText(textOf(FieldId(id)));
        if (!f.refused.isEmpty())
            problems[id].prepend(f.refused);
        f.problem->setText(problems[id].join(u'\n'));
        f.problem->setVisible(!problems[id].isEmpty());
    }
    QStringList fetchProblems;
    for (int row = 0; row < m_fetchModel->rowCount(); ++row) {
        const QStringList rowProblems = m_fetchModel->problemsOf(row);
        if (rowProblems.isEmpty())
            continue;
        const QString uri = m_document->settings().deployment.extraFetch.at(row).uri;
        for (const QString& message : rowProblems)
            fetchProblems.append(uri.isEmpty() ? tr("Download %1: %2").arg(row + 1).arg(message)
                                               : tr("Download %1 (%2): %3").arg(row + 1).arg(uri, message));
    }
    m_fetchProblem->setText(fetchProblems.join(u'\n'));
    m_fetchProblem->setVisible(!fetchProblems.isEmpty());
    m_removeFetch->setEnabled(m_fetchModel->rowCount() > 0);
}

} // namespace habmesos
