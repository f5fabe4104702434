// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace habmesos {

class ExportDocument;
class JsonHighlighter;

// The Marathon JSON exactly as it will be written or sent (MarathonJsonWriter), read-only and
// highlighted, with the validation problems beside it; activating a problem asks for its field.
class JsonPreview : public QWidget
{
    Q_OBJECT
public:
    explicit JsonPreview(ExportDocument* document, QWidget* parent = nullptr);

    QPlainTextEdit* editor() const { return m_editor; }
    QListWidget* problemList() const { return m_problems; }

    // Puts the JSON on the clipboard.
    void copyJson();
    // Writes the JSON to `path` atomically (QSaveFile). The error names the file.
    Status saveJson(const QString& path) const;

Q_SIGNALS:
    void fieldActivated(const QString& field);
    void saveRequested();

private:
    void refresh();

    ExportDocument* m_document;
    QPlainTextEdit* m_editor;
    JsonHighlighter* m_highlighter;
    QLabel* m_summary;
    QListWidget* m_problems;
    QPushButton* m_copy;
    QPushButton* m_save;
};

} // namespace habmesos
