// SPDX-License-Identifier: Apache-2.0
#include "ui/jsonpreview.h"

#include "definition/marathonappimport.h"
#include "ui/exportdocument.h"
#include "ui/fieldnames.h"
#include "ui/jsonhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace habmesos {

namespace {
constexpr int FieldRole = Qt::UserRole + 1;
}

JsonPreview::JsonPreview(ExportDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(new JsonHighlighter(m_editor->document()))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_save(new QPushButton(tr("&Save…"), this))
    , m_edit(new QPushButton(tr("Edit &JSON"), this))
    , m_notes(new QLabel(this))
    , m_jsonError(new QLabel(this))
{
    m_edit->setCheckable(true);
    m_edit->setToolTip(tr("Edit the JSON in place; valid changes go into the forms"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->hide();
    m_jsonError->setWordWrap(true);
    m_jsonError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_jsonError->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b00020; padding: 2px;"));
    m_jsonError->hide();
    m_discardAsker = [this](const QString& error) {
        return QMessageBox::question(this, tr("Edit JSON"),
                   tr("The JSON is not valid (%1), so the forms do not have your last changes. Leave JSON mode and "
                      "drop the text?")
                       .arg(error),
                   QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard;
    };
    connect(m_edit, &QPushButton::toggled, this, [this](bool on) {
        if (!setEditing(on)) {
            const QSignalBlocker block(m_edit);
            m_edit->setChecked(true);
        }
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText && isEditing())
            edited();
    });
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setAccessibleName(tr("Marathon JSON"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_editor->setFont(mono);
    m_problems->setAccessibleName(tr("Problems"));
    m_copy->setToolTip(tr("Copy the JSON to the clipboard"));
    m_save->setToolTip(tr("Save the JSON to a file"));
    connect(m_copy, &QPushButton::clicked, this, &JsonPreview::copyJson);
    connect(m_save, &QPushButton::clicked, this, &JsonPreview::saveRequested);
    connect(m_problems, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { Q_EMIT fieldActivated(item->data(FieldRole).toString()); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_notes);
    topLayout->addWidget(m_editor, 1);
    topLayout->addWidget(m_jsonError);
    topLayout->addLayout(buttons);
    // At the window's smallest height the JSON still shows ten lines (the problems give way).
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 10 + 2 * m_editor->frameWidth()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_problems);
    splitter->setCollapsible(0, false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(document, &ExportDocument::changed, this, &JsonPreview::refresh);
    refresh();
}

void JsonPreview::refresh()
{
    const QString json = QString::fromUtf8(m_document->json());
    // In JSON mode the operator's text stays while it is what changed the document, or while it
    // is not valid (nothing typed is lost).
    const bool keepText = isEditing() && (m_applying || !m_jsonError->isHidden());
    if (!keepText && m_editor->toPlainText() != json) {
        // Keep the reader's place while the forms change the text.
        const int scroll = m_editor->verticalScrollBar()->value();
        const QSignalBlocker block(m_editor);
        m_settingText = true;
        m_editor->setPlainText(json);
        m_settingText = false;
        m_editor->verticalScrollBar()->setValue(scroll);
    }
    m_edit->setEnabled(m_document->hasPackage() || isEditing());
    m_problems->clear();
    // The validator's and the forms' messages are sentences that name what they are about ("Port
    // ssl-port: ..."); a clause (a server's "is greater than 1") gets the field's name in front,
    // as the operator knows it (FieldNames). Double-clicking an item shows the field either way;
    // the tooltip has the JSON path for whoever reads the JSON.
    auto sayable = [](const FieldProblem& p) {
        return p.field.isEmpty() || (!p.message.isEmpty() && p.message.front().isUpper());
    };
    int errors = 0, warnings = 0;
    for (const FieldProblem& p : m_document->problems()) {
        const bool error = p.severity == FieldProblem::Severity::Error;
        (error ? errors : warnings)++;
        auto* item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            sayable(p) ? p.message : tr("%1: %2").arg(FieldNames::readable(p.field, m_document->app()), p.message),
            m_problems);
        item->setData(FieldRole, p.field);
        item->setToolTip(p.field.isEmpty() ? p.message : tr("%1\n(%2 in the JSON)").arg(p.message, p.field));
    }
    if (!m_document->hasPackage())
        m_summary->setText(tr("No package"));
    else if (errors == 0 && warnings == 0)
        m_summary->setText(tr("Valid"));
    else
        m_summary->setText(
            tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings));
    m_copy->setEnabled(m_document->hasPackage());
    m_save->setEnabled(m_document->hasPackage());
}

void JsonPreview::setNotes(const QStringList& notes)
{
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
}

bool JsonPreview::isEditing() const
{
    return !m_editor->isReadOnly();
}

QString JsonPreview::jsonError() const
{
    return m_jsonError->isHidden() ? QString() : m_jsonError->text();
}

bool JsonPreview::setEditing(bool on)
{
    if (on == isEditing())
        return true;
    if (!on && !m_jsonError->isHidden() && !m_discardAsker(m_jsonError->text())) {
        // Still editing: the cursor goes to where the text breaks.
        const QList<QTextEdit::ExtraSelection> marks = m_editor->extraSelections();
        if (!marks.isEmpty()) {
            QTextCursor cursor = m_editor->textCursor();
            cursor.setPosition(marks.first().cursor.selectionStart());
            m_editor->setTextCursor(cursor);
        }
        m_editor->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_editor->setReadOnly(!on);
    {
        const QSignalBlocker block(m_edit);
        m_edit->setChecked(on);
    }
    if (!on) {
        clearJsonError();
        refresh(); // the definition as the forms have it
    } else {
        m_editor->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

void JsonPreview::edited()
{
    const QByteArray text = m_editor->toPlainText().toUtf8();
    OrderedJsonReader::Position where;
    const Result<QCborMap> app = MarathonAppImport::parse(text, &where);
    if (!app) {
        showJsonError(app.error(), where.offset, text);
        return;
    }
    const Result<MarathonAppImport::Imported> imported
        = MarathonAppImport::settingsFor(*app, m_document->facts(), m_document->settings());
    if (!imported) {
        showJsonError(imported.error(), -1, text);
        return;
    }
    clearJsonError();
    setNotes(imported->notes);
    if (imported->settings == m_document->settings())
        return;
    m_applying = true;
    m_document->applySettings(imported->settings, tr("Edit the JSON"), ExportDocument::Field::Json);
    m_applying = false;
}

void JsonPreview::showJsonError(const QString& error, qsizetype byteOffset, const QByteArray& text)
{
    m_jsonError->setText(error);
    m_jsonError->show();
    QList<QTextEdit::ExtraSelection> marks;
    if (byteOffset >= 0) {
        // The character where the text stops being JSON, underlined.
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_editor->document());
        const int at = int(QString::fromUtf8(text.left(byteOffset)).size());
        mark.cursor.setPosition(std::max(0, std::min(at, m_editor->document()->characterCount() - 1) - 1));
        mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(Qt::red);
        mark.format.setBackground(QColor(255, 0, 0, 60));
        marks.append(mark);
    }
    m_editor->setExtraSelections(marks);
}

void JsonPreview::clearJsonError()
{
    m_jsonError->clear();
    m_jsonError->hide();
    m_editor->setExtraSelections({});
}

void JsonPreview::copyJson()
{
    QApplication::clipboard()->setText(QString::fromUtf8(m_document->json()));
    int errors = 0;
    for (const FieldProblem& p : m_document->problems())
        errors += p.severity == FieldProblem::Severity::Error ? 1 : 0;
    // Copied all the same (the operator may want to fix it elsewhere), but never silently.
    Q_EMIT copied(errors == 0
            ? tr("Copied the JSON")
            : tr("Copied the JSON, which has %n error(s): Marathon refuses it as it is", nullptr, errors));
}

Status JsonPreview::saveJson(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("%1: %2").arg(path, file.errorString()));
    const QByteArray json = m_document->json();
    if (file.write(json) != json.size() || !file.commit())
        return Status::failure(tr("%1: %2").arg(path, file.errorString()));
    return success();
}

} // namespace habmesos
