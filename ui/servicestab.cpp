// SPDX-License-Identifier: Apache-2.0
#include "ui/servicestab.h"

#include "ui/bindsmodel.h"
#include "ui/exportdocument.h"
#include "ui/formtables.h"
#include "ui/problemlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace habmesos {

namespace {

// What a volume gets when it is switched on: room for a small database.
constexpr int DefaultVolumeMiB = 1024;

QString textOf(const QWidget* widget)
{
    if (auto* line = qobject_cast<const QLineEdit*>(widget))
        return line->text();
    if (auto* plain = qobject_cast<const QPlainTextEdit*>(widget))
        return plain->toPlainText();
    return {};
}

bool isModified(const QWidget* widget)
{
    if (auto* line = qobject_cast<const QLineEdit*>(widget))
        return line->isModified();
    if (auto* plain = qobject_cast<const QPlainTextEdit*>(widget))
        return plain->document()->isModified();
    return false;
}

void setModified(QWidget* widget, bool modified)
{
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        line->setModified(modified);
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
        plain->document()->setModified(modified);
}

void setText(QWidget* widget, const QString& text)
{
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        line->setText(text);
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
        plain->setPlainText(text);
}

// A whole number as the operator's locale or C writes it; nullopt for anything else.
std::optional<int> wholeNumber(const QString& text)
{
    bool ok = false;
    int value = QLocale().toInt(text, &ok);
    if (!ok)
        value = QLocale::c().toInt(text, &ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

QString trimmedInto(const QString& text, QString& target)
{
    target = text.trimmed();
    return {};
}

} // namespace

ServicesTab::ServicesTab(ExportDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    // Scrolled: the page is taller than a small screen.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    m_page = new QWidget(scroll);
    scroll->setWidget(m_page);
    auto* layout = new QVBoxLayout(m_page);
    layout->addWidget(makeBindsBox(m_page));
    layout->addWidget(makeServiceBox(m_page));
    layout->addWidget(makeRingBox(m_page));
    layout->addWidget(makeSecretsBox(m_page));
    layout->addWidget(makeDataBox(m_page));
    layout->addStretch();

    connect(document, &ExportDocument::changed, this, [this] {
        for (Field& f : m_fields)
            f.refused.clear(); // an edit elsewhere (or undo) replaces what was typed
        refresh();
    });
    refresh();
}

ServicesTab::~ServicesTab()
{
    // An editor still open in the binds table commits while ~QWidget deletes the children; the
    // document's changed() must not reach this page then (as AppForm).
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    // Nor may a field that loses its focus while ~QWidget hides the page (editingFinished) reach
    // this page's commit: by then it is only a QWidget.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

QSize ServicesTab::minimumSizeHint() const
{
    return { m_page->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent),
        QWidget::minimumSizeHint().height() };
}

QWidget* ServicesTab::makeBindsBox(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Binds"), parent);
    auto* layout = new QVBoxLayout(box);
    m_noBinds = new QLabel(tr("This package has no binds: it needs no other service."), box);
    m_noBinds->setWordWrap(true);
    layout->addWidget(m_noBinds);
    m_bindsModel = new BindsModel(m_document, this);
    m_bindsView = FormTables::make(m_bindsModel, box);
    m_bindsView->setAccessibleName(tr("Binds"));
    // The package's facts are short; the service group is what the operator types.
    for (int column : { BindsModel::NameColumn, BindsModel::KindColumn, BindsModel::ExportsColumn })
        m_bindsView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_bindsView->horizontalHeader()->setSectionResizeMode(BindsModel::GroupColumn, QHeaderView::Stretch);
    layout->addWidget(m_bindsView);
    m_bindsProblem = new QLabel(box);
    m_bindsProblem->setWordWrap(true);
    m_bindsProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bindsProblem->setStyleSheet(QStringLiteral("color: #b00000"));
    m_bindsProblem->hide();
    layout->addWidget(m_bindsProblem);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    makeCombo(
        BindingMode, box, QStringLiteral("service/bindingMode"),
        { { tr("Strict"), int(Options::BindingMode::Strict) }, { tr("Relaxed"), int(Options::BindingMode::Relaxed) } },
        [](const Options& o) { return int(o.bindingMode); },
        [](Options& o, int v) { o.bindingMode = Options::BindingMode(v); });
    m_fields[BindingMode].widget->setToolTip(tr("Strict: the service starts only once every bound service group is "
                                                "there; relaxed: it starts without them (--binding-mode)"));
    placeRow(form, tr("Binding mode:"), { m_fields[BindingMode].widget }, BindingMode);
    return box;
}

QWidget* ServicesTab::makeServiceBox(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Service"), parent);
    auto* form = new QFormLayout(box);
    QLineEdit* group = makeLine(
        Group, box, QStringLiteral("service/group"), [](const Options& o) { return o.group; },
        [](const QString& t, Options& o) { return trimmedInto(t, o.group); });
    group->setPlaceholderText(tr("default (Habitat's)"));
    group->setToolTip(tr("The service group's name after the service's: other services bind to "
                         "name.group (--group)"));
    placeRow(form, tr("Group:"), { group }, Group);

    QComboBox* topology = makeCombo(
        Topology, box, QStringLiteral("service/topology"),
        { { tr("Standalone"), int(Options::Topology::Standalone) }, { tr("Leader"), int(Options::Topology::Leader) } },
        [](const Options& o) { return int(o.topology); }, [](Options& o, int v) { o.topology = Options::Topology(v); });
    topology->setToolTip(tr("Leader: the members elect one leader, which needs at least three of them (--topology)"));
    placeRow(form, tr("Topology:"), { topology }, Topology);

    QComboBox* strategy = makeCombo(
        Strategy, box, QStringLiteral("service/strategy"),
        { { tr("None"), int(Options::UpdateStrategy::None) }, { tr("At once"), int(Options::UpdateStrategy::AtOnce) },
            { tr("Rolling"), int(Options::UpdateStrategy::Rolling) } },
        [](const Options& o) { return int(o.strategy); },
        [](Options& o, int v) { o.strategy = Options::UpdateStrategy(v); });
    strategy->setToolTip(tr("Whether the Supervisor updates the service from Builder by itself: never, all members at "
                            "once, or one member after the other (--strategy)"));
    placeRow(form, tr("Update strategy:"), { strategy }, Strategy);

    QComboBox* condition = makeCombo(
        UpdateCondition, box, QStringLiteral("service/updateCondition"),
        { { tr("Latest"), int(Options::UpdateCondition::Latest) },
            { tr("Track the channel"), int(Options::UpdateCondition::TrackChannel) } },
        [](const Options& o) { return int(o.updateCondition); },
        [](Options& o, int v) { o.updateCondition = Options::UpdateCondition(v); });
    condition->setToolTip(tr("Latest: only newer releases; track the channel: whatever the channel holds, older "
                             "ones too (--update-condition)"));
    placeRow(form, tr("Update condition:"), { condition }, UpdateCondition);

    QLineEdit* channel = makeLine(
        Channel, box, QStringLiteral("service/channel"), [](const Options& o) { return o.channel; },
        [](const QString& t, Options& o) { return trimmedInto(t, o.channel); });
    channel->setPlaceholderText(tr("stable (Habitat's default)"));
    channel->setToolTip(tr("The Builder channel updates come from (--channel)"));
    placeRow(form, tr("Channel:"), { channel }, Channel);

    QLineEdit* url = makeLine(
        BuilderUrl, box, QStringLiteral("service/builderUrl"), [](const Options& o) { return o.builderUrl; },
        [](const QString& t, Options& o) { return trimmedInto(t, o.builderUrl); });
    url->setPlaceholderText(tr("https://bldr.habitat.sh (Habitat's default)"));
    url->setToolTip(tr("The Builder the updates come from (--url)"));
    placeRow(form, tr("Builder URL:"), { url }, BuilderUrl);

    QLineEdit* interval = makeLine(
        HealthCheckInterval, box, QStringLiteral("service/healthCheckIntervalSeconds"),
        [](const Options& o) {
            return o.healthCheckIntervalSeconds ? QString::number(*o.healthCheckIntervalSeconds) : QString();
        },
        [](const QString& input, Options& o) {
            const QString t = input.trimmed();
            if (t.isEmpty()) {
                o.healthCheckIntervalSeconds.reset();
                return QString();
            }
            const std::optional<int> seconds = wholeNumber(t);
            if (!seconds)
                return tr("“%1” is not a whole number of seconds; it is not taken").arg(t);
            o.healthCheckIntervalSeconds = *seconds; // its range is the derivation's to say
            return QString();
        });
    interval->setPlaceholderText(tr("30 (Habitat's default)"));
    interval->setToolTip(tr("How often, in seconds, the Supervisor runs the service's health-check hook "
                            "(--health-check-interval)"));
    placeRow(form, tr("Health-check interval (s):"), { interval }, HealthCheckInterval);
    return box;
}

QWidget* ServicesTab::makeDataBox(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Data"), parent);
    auto* form = new QFormLayout(box);
    auto* check = new QCheckBox(tr("Keep the service's data on a persistent volume"), box);
    check->setToolTip(tr("A persistent local volume on the agent for the service's data directory: it outlives "
                         "restarts, and the task stays on that agent"));
    Field& f = m_fields[DataVolume];
    f.widget = check;
    f.choice = [](const Options& o) { return o.dataVolumeMiB.has_value() ? 1 : 0; };
    f.choose = [this](Options& o, int on) {
        if (!on)
            o.dataVolumeMiB.reset();
        else if (!o.dataVolumeMiB)
            o.dataVolumeMiB = wholeNumber(textOf(m_fields[DataVolumeSize].widget).trimmed()).value_or(DefaultVolumeMiB);
    };
    connect(check, &QCheckBox::toggled, this, [this](bool on) { commitChoice(DataVolume, on ? 1 : 0); });
    form->addRow(check);

    QLineEdit* size = makeLine(
        DataVolumeSize, box, QStringLiteral("service/dataVolumeMiB"),
        [](const Options& o) { return o.dataVolumeMiB ? QString::number(*o.dataVolumeMiB) : QString(); },
        [](const QString& input, Options& o) {
            const QString t = input.trimmed();
            if (t.isEmpty())
                return tr("The volume needs a size in MiB; an empty size is not taken");
            const std::optional<int> mib = wholeNumber(t);
            if (!mib)
                return tr("“%1” is not a whole number of MiB; it is not taken").arg(t);
            o.dataVolumeMiB = *mib; // its range is the derivation's to say
            return QString();
        });
    size->setPlaceholderText(QString::number(DefaultVolumeMiB));
    auto* unit = new QLabel(tr("MiB"), box);
    size->setMaximumWidth(size->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 40);
    placeRow(form, tr("Size:"), { size, unit }, DataVolumeSize, -1);
    return box;
}

QLineEdit* ServicesTab::makeLine(FieldId id, QWidget* parent, const QString& key,
    std::function<QString(const Options&)> text, std::function<QString(const QString&, Options&)> parse)
{
    auto* edit = new QLineEdit(parent);
    edit->setClearButtonEnabled(true);
    Field& f = m_fields[id];
    f.widget = edit;
    f.key = key;
    f.text = std::move(text);
    f.parse = std::move(parse);
    connect(edit, &QLineEdit::editingFinished, this, [this, id] { commitText(id); });
    return edit;
}

QComboBox* ServicesTab::makeCombo(FieldId id, QWidget* parent, const QString& key,
    const QList<QPair<QString, int>>& items, std::function<int(const Options&)> choice,
    std::function<void(Options&, int)> choose)
{
    auto* combo = new QComboBox(parent);
    for (const auto& [text, value] : items)
        combo->addItem(text, value);
    Field& f = m_fields[id];
    f.widget = combo;
    f.key = key;
    f.choice = std::move(choice);
    f.choose = std::move(choose);
    connect(combo, &QComboBox::activated, this,
        [this, id, combo](int index) { commitChoice(id, combo->itemData(index).toInt()); });
    return combo;
}

void ServicesTab::placeRow(
    QFormLayout* form, const QString& caption, const QList<QWidget*>& widgets, FieldId problemOf, int stretch)
{
    QWidget* parent = form->parentWidget();
    auto* column = new QVBoxLayout;
    auto* row = new QHBoxLayout;
    for (qsizetype i = 0; i < widgets.size(); ++i)
        row->addWidget(widgets.at(i), i == stretch ? 1 : 0);
    if (stretch < 0)
        row->addStretch();
    column->addLayout(row);
    auto* problem = new QLabel(parent);
    problem->setWordWrap(true);
    problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problem->setStyleSheet(QStringLiteral("color: #b00000"));
    problem->hide();
    column->addWidget(problem);
    m_fields[problemOf].problem = problem;
    auto* label = new QLabel(caption, parent);
    label->setBuddy(widgets.first());
    widgets.first()->setAccessibleName(QString(caption).remove(u':'));
    form->addRow(label, column);
}

void ServicesTab::commitText(FieldId id)
{
    Field& f = m_fields[id];
    if (!isModified(f.widget))
        return;
    setModified(f.widget, false);
    Options options = m_document->settings().service;
    const QString refused = f.parse(textOf(f.widget), options);
    if (!refused.isEmpty()) {
        // Never reverted or clamped in silence: the text stays, with why it is not taken.
        f.refused = refused;
        refresh();
        return;
    }
    f.refused.clear();
    if (options == m_document->settings().service)
        refresh();
    else
        m_document->setService(options); // refresh() follows from changed()
}

void ServicesTab::commitChoice(FieldId id, int value)
{
    Options options = m_document->settings().service;
    m_fields[id].choose(options, value);
    if (options == m_document->settings().service)
        refresh(); // the widget shows what the settings say
    else
        m_document->setService(options);
}

bool ServicesTab::eventFilter(QObject* watched, QEvent* event)
{
    // A list of lines has no editingFinished: leaving it commits it.
    if (event->type() == QEvent::FocusOut && watched == m_fields[Peers].widget && m_document)
        commitText(Peers);
    return QWidget::eventFilter(watched, event);
}

void ServicesTab::refresh()
{
    setEnabled(m_document->hasPackage());
    const Options& s = m_document->settings().service;
    const FieldProblems problems = m_document->problems();
    for (Field& f : m_fields) {
        if (f.text) {
            // What is being typed stays; so does a value that was not taken.
            const QString text = f.text(s);
            if (f.refused.isEmpty() && !(f.widget->hasFocus() && isModified(f.widget)) && textOf(f.widget) != text)
                setText(f.widget, text);
        }
        if (f.choice) {
            const QSignalBlocker blocker(f.widget);
            if (auto* box = qobject_cast<QComboBox*>(f.widget))
                box->setCurrentIndex(box->findData(f.choice(s)));
            else if (auto* check = qobject_cast<QCheckBox*>(f.widget))
                check->setChecked(f.choice(s) != 0);
        }
        if (!f.problem)
            continue;
        QStringList messages;
        if (!f.refused.isEmpty())
            messages.append(f.refused);
        for (const FieldProblem& p : problems) {
            if (!f.key.isEmpty() && ProblemLabel::covers({ f.key }, p.field))
                messages.append(p.message);
        }
        f.problem->setText(messages.join(u'\n'));
        f.problem->setVisible(!messages.isEmpty());
    }

    const bool hasBinds = m_bindsModel->rowCount() > 0;
    m_noBinds->setVisible(!hasBinds);
    m_bindsView->setVisible(hasBinds);
    // As tall as its rows (a few more scroll), not an empty box under one bind.
    const int rows = std::clamp(m_bindsModel->rowCount(), 2, 6);
    m_bindsView->setFixedHeight(m_bindsView->horizontalHeader()->sizeHint().height()
        + rows * m_bindsView->verticalHeader()->defaultSectionSize() + 2 * m_bindsView->frameWidth());
    QStringList bindProblems;
    for (const FieldProblem& p : problems) {
        if (!ProblemLabel::covers({ QStringLiteral("service/binds") }, p.field))
            continue;
        const QString name = p.field.section(u'/', 2, 2);
        bindProblems.append(name.isEmpty() ? p.message : tr("Bind %1: %2").arg(name, p.message));
    }
    m_bindsProblem->setText(bindProblems.join(u'\n'));
    m_bindsProblem->setVisible(!bindProblems.isEmpty());
    updateEnabled();
}

} // namespace habmesos
