// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace habmesos {

class ExportDocument;
class JsonHighlighter;

// The Marathon JSON exactly as it will be written or sent (MarathonJsonWriter), highlighted, with
// the validation problems beside it; activating a problem asks for its field. Read-only unless
// "Edit JSON" is on (Marathon's JSON mode): then valid edits go into the forms through
// MarathonAppImport as one undo step per burst, and invalid JSON is marked where it breaks while
// the text stays as typed. Notes say what an opened definition kept.
class JsonPreview : public QWidget
{
    Q_OBJECT
public:
    explicit JsonPreview(ExportDocument* document, QWidget* parent = nullptr);

    QPlainTextEdit* editor() const { return m_editor; }
    QListWidget* problemList() const { return m_problems; }

    // The notes beside the preview (what an opened definition kept as written); empty hides them.
    void setNotes(const QStringList& notes);
    QLabel* notesLabel() const { return m_notes; }

    QPushButton* editToggle() const { return m_edit; }
    bool isEditing() const;
    // Leaving JSON mode with text that is not valid asks whether to drop it; false when it stays.
    bool setEditing(bool on);
    // Why the text in JSON mode is not used ("line 3, column 7: ..."); empty when it is.
    QString jsonError() const;
    QLabel* jsonErrorLabel() const { return m_jsonError; }
    // Asked when JSON mode is left with invalid text: true drops the text (a message box unless set).
    using DiscardAsker = std::function<bool(const QString& error)>;
    void setDiscardAsker(DiscardAsker asker) { m_discardAsker = std::move(asker); }

    // Puts the JSON on the clipboard.
    void copyJson();
    // Writes the JSON to `path` atomically (QSaveFile). The error names the file.
    Status saveJson(const QString& path) const;

Q_SIGNALS:
    void fieldActivated(const QString& field);
    // What Copy did, for the status bar: it says so when the definition has errors.
    void copied(const QString& message);
    void saveRequested();

private:
    void refresh();
    void edited();
    void showJsonError(const QString& error, qsizetype byteOffset, const QByteArray& text);
    void clearJsonError();

    ExportDocument* m_document;
    QPlainTextEdit* m_editor;
    JsonHighlighter* m_highlighter;
    QLabel* m_summary;
    QListWidget* m_problems;
    QPushButton* m_copy;
    QPushButton* m_save;
    QPushButton* m_edit;
    QLabel* m_notes;
    QLabel* m_jsonError;
    DiscardAsker m_discardAsker;
    bool m_applying = false; // the document changes because of the text: leave the text as typed
    bool m_settingText = false; // the text changes because of the document: not an edit
};

} // namespace habmesos
