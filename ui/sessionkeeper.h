// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "definition/exportsettings.h"
#include "result.h"

#include <QCborMap>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace habmesos {

class ExportDocument;
class Settings;

// Keeps the operator's work: the session (the package and every setting) stored at quit and
// restored at start, definitions opened from a file, a text or a server and continued, and the
// Save / Discard / Cancel question before unsaved changes would be lost. Opening is in two steps
// because packages load in the background: the package a session or definition names is opened,
// and its settings are applied when the document has it.
class SessionKeeper : public QObject
{
    Q_OBJECT
public:
    // Opens a package (an ident or a .hart path) in the browser; false when there is none such.
    using PackageOpener = std::function<bool(const QString& package)>;
    SessionKeeper(ExportDocument* document, Settings* settings, PackageOpener openPackage, QWidget* window);

    // The session into the settings (the caller syncs them). Without a package nothing is written,
    // so a stored session whose package is missing today is not erased.
    void store();
    // Opens the stored session's package and applies its settings once it is loaded; without a
    // stored session, the last package. False (with a message) when there is nothing to reopen.
    bool restore();

    // Opens an app definition: its package, then the settings that derive it; what the settings
    // cannot say is kept and named in the notes. `whereFrom` names the source for the operator (a
    // file path, "Marathon server prod: /shop/web"). False, with the message, when it cannot be.
    bool openDefinition(const QByteArray& json, const QString& whereFrom);
    bool openDefinitionFile(const QString& path);
    // Writes the document's JSON to `path` and remembers it as the definition's file.
    Status saveDefinition(const QString& path);
    QString definitionPath() const { return m_definitionPath; }
    void setDefinitionPath(const QString& path);

    enum class Answer
    {
        Save,
        Discard,
        Cancel
    };
    // Asks the question (a message box unless set: tests answer it).
    using Asker = std::function<Answer(const QString& question)>;
    void setAsker(Asker asker) { m_asker = std::move(asker); }
    // Where Save writes when the definition has no file yet (a file dialog unless set); empty: cancel.
    using PathAsker = std::function<QString()>;
    void setPathAsker(PathAsker asker) { m_pathAsker = std::move(asker); }
    // True when the current work may be replaced or closed: nothing unsaved, or the operator saved
    // it or let it go.
    bool maySwitch();

    // From the package browser: a package starts loading; a scan ended (queued, after the browser
    // opened what waited for it). A package awaited that did not start loading is not there.
    void packageLoading(const QString& request);
    void scanFinished();

    QStringList notes() const { return m_notes; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // What an opened definition kept, changed or left out, for the notes beside the preview.
    void notesChanged(const QStringList& notes);
    void message(const QString& text);

private:
    struct Pending
    {
        QString package;
        std::optional<ExportSettings> session;
        bool sessionSaved = false;
        QCborMap app;
        QString whereFrom;
        QString filePath; // the definition's file, when it came from one
        bool loading = false;
    };
    void missing(Pending pending); // a copy: it resets m_pending, which callers pass
    void packageChanged();
    bool applyDefinition(const Pending& pending);
    void fail(const QString& text);
    void setNotes(const QStringList& notes);

    ExportDocument* m_document;
    Settings* m_settings;
    PackageOpener m_openPackage;
    QWidget* m_window;
    Asker m_asker;
    PathAsker m_pathAsker;
    std::optional<Pending> m_pending;
    QString m_definitionPath;
    QStringList m_notes;
    QString m_lastError;
};

} // namespace habmesos
