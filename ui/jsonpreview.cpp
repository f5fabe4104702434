// SPDX-License-Identifier: Apache-2.0
#include "ui/jsonpreview.h"

#include "ui/exportdocument.h"
#include "ui/jsonhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
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
{
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
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_editor, 1);
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
    if (m_editor->toPlainText() != json) {
        // Keep the reader's place while the forms change the text.
        const int scroll = m_editor->verticalScrollBar()->value();
        m_editor->setPlainText(json);
        m_editor->verticalScrollBar()->setValue(scroll);
    }
    m_problems->clear();
    int errors = 0, warnings = 0;
    for (const FieldProblem& p : m_document->problems()) {
        const bool error = p.severity == FieldProblem::Severity::Error;
        (error ? errors : warnings)++;
        auto* item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            p.field.isEmpty() ? p.message : tr("%1: %2").arg(p.field, p.message), m_problems);
        item->setData(FieldRole, p.field);
        item->setToolTip(p.message);
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

void JsonPreview::copyJson()
{
    QApplication::clipboard()->setText(QString::fromUtf8(m_document->json()));
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
