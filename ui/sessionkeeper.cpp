// SPDX-License-Identifier: Apache-2.0
#include "ui/sessionkeeper.h"

#include "definition/exportsettingsjson.h"
#include "definition/marathonappimport.h"
#include "ui/exportdocument.h"
#include "ui/settings.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QUndoStack>

namespace habmesos {

namespace {

// The document's package is the one a definition names (which may leave version and release open).
bool isPackage(const ExportDocument* document, const QString& package)
{
    if (!document->service())
        return false;
    if (document->packageRequest() == package)
        return true;
    const Result<PackageIdent> wanted = PackageIdent::parse(package);
    const PackageIdent& have = document->service()->ident;
    return wanted && wanted->origin() == have.origin() && wanted->name() == have.name()
        && (wanted->version().isEmpty() || wanted->version() == have.version())
        && (wanted->release().isEmpty() || wanted->release() == have.release());
}

} // namespace

SessionKeeper::SessionKeeper(ExportDocument* document, Settings* settings, PackageOpener openPackage, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_settings(settings)
    , m_openPackage(std::move(openPackage))
    , m_window(window)
{
    m_asker = [this](const QString& question) {
        const auto answer = QMessageBox::question(m_window, tr("Unsaved changes"), question,
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save   ? Answer::Save
            : answer == QMessageBox::Discard ? Answer::Discard
                                             : Answer::Cancel;
    };
    m_pathAsker = [this] {
        const QString suggested = QDir(m_document->settings().outputDir)
                                      .filePath(m_document->service()->ident.archiveStem() + QStringLiteral(".json"));
        return QFileDialog::getSaveFileName(
            m_window, tr("Save the Marathon JSON"), suggested, tr("JSON files (*.json)"));
    };
    m_definitionPath = m_settings->definitionPath();
    connect(m_document, &ExportDocument::packageChanged, this, &SessionKeeper::packageChanged);
}

void SessionKeeper::store()
{
    if (!m_document->hasPackage())
        return;
    m_settings->setSession(ExportSettingsJson::encode(m_document->settings()));
    m_settings->setSessionSaved(!m_document->isModified());
    m_settings->setDefinitionPath(m_definitionPath);
}

bool SessionKeeper::restore()
{
    const QByteArray stored = m_settings->session();
    if (stored.isEmpty()) {
        const QString last = m_settings->lastPackage();
        return !last.isEmpty() && m_openPackage(last);
    }
    Result<ExportSettings> session = ExportSettingsJson::decode(stored);
    if (!session) {
        fail(tr("The last session could not be restored: %1").arg(session.error()));
        return false;
    }
    Pending pending;
    pending.package = session->package;
    pending.session = *session;
    pending.sessionSaved = m_settings->sessionSaved();
    m_pending = pending;
    if (!m_openPackage(session->package)) {
        m_pending.reset();
        // Kept in the settings file: store() leaves it while no package is open.
        fail(tr("The last session's package %1 is not there any more; its settings are kept until another package "
                "is opened. Add the package to the cache (or open it), then reopen it from File ▸ Open Recent.")
                 .arg(session->package));
        return false;
    }
    return true;
}

bool SessionKeeper::openDefinition(const QByteArray& json, const QString& whereFrom)
{
    m_lastError.clear();
    const Result<QCborMap> app = MarathonAppImport::parse(json);
    if (!app) {
        fail(tr("%1 cannot be opened: %2").arg(whereFrom, app.error()));
        return false;
    }
    const Result<MarathonAppImport::Package> package = MarathonAppImport::packageOf(*app);
    if (!package) {
        fail(tr("%1 cannot be opened: %2").arg(whereFrom, package.error()));
        return false;
    }
    Pending pending;
    pending.package = package->ident.toString();
    pending.app = *app;
    pending.whereFrom = whereFrom;
    if (isPackage(m_document, pending.package))
        return applyDefinition(pending);
    m_pending = pending;
    if (!m_openPackage(pending.package)) {
        m_pending.reset();
        fail(tr("%1 runs %2, which is not among the packages here; add it to the cache (or open its .hart file) and "
                "open the definition again")
                 .arg(whereFrom, pending.package));
        return false;
    }
    return true;
}

bool SessionKeeper::openDefinitionFile(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).size() > OrderedJsonReader::MaxBytes) {
        fail(tr("%1 is too large for an app definition (more than %2 MiB)")
                 .arg(path)
                 .arg(OrderedJsonReader::MaxBytes >> 20));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("%1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray json = file.read(OrderedJsonReader::MaxBytes + 1);
    const bool opened = openDefinition(json, path);
    if (opened && m_pending)
        m_pending->filePath = path;
    else if (opened)
        setDefinitionPath(path);
    return opened;
}

void SessionKeeper::missing(Pending pending)
{
    m_pending.reset();
    if (pending.session)
        // Kept in the settings file: store() leaves it while no package is open.
        fail(tr("The last session's package %1 is not there any more; its settings are kept until another package "
                "is opened. Add the package to the cache (or open it), then reopen it from File ▸ Open Recent.")
                 .arg(pending.package));
    else
        fail(tr("%1 runs %2, which is not among the packages here; add it to the cache (or open its .hart file) and "
                "open the definition again")
                 .arg(pending.whereFrom, pending.package));
}

void SessionKeeper::packageLoading(const QString&)
{
    if (m_pending)
        m_pending->loading = true;
}

void SessionKeeper::scanFinished()
{
    if (m_pending && !m_pending->loading)
        missing(*m_pending);
}

void SessionKeeper::packageChanged()
{
    if (!m_pending) {
        setNotes({}); // they were about the definition the document had
        return;
    }
    const Pending pending = *m_pending;
    m_pending.reset();
    if (!m_document->hasPackage()) {
        fail(tr("%1 could not be read, so %2 was not opened")
                 .arg(pending.package, pending.session ? tr("the last session") : pending.whereFrom));
        return;
    }
    if (!isPackage(m_document, pending.package))
        return; // another package was picked meanwhile
    if (pending.session) {
        m_document->applySettings(*pending.session, tr("Restore the last session"));
        if (pending.sessionSaved)
            m_document->undoStack()->clear();
        QStringList kept;
        for (const QCborValue& key : pending.session->keptFields.keys())
            kept.append(key.toString());
        setNotes(kept.isEmpty()
                ? QStringList()
                : QStringList { MarathonAppImport::tr("Kept as written (the forms cannot show them): %1")
                                    .arg(kept.join(QStringLiteral(", "))) });
        Q_EMIT message(tr("Restored the last session of %1").arg(pending.package));
        return;
    }
    if (applyDefinition(pending) && !pending.filePath.isEmpty())
        setDefinitionPath(pending.filePath);
}

bool SessionKeeper::applyDefinition(const Pending& pending)
{
    const Result<MarathonAppImport::Imported> imported
        = MarathonAppImport::settingsFor(pending.app, m_document->facts(), m_document->settings());
    if (!imported) {
        fail(tr("%1 cannot be opened: %2").arg(pending.whereFrom, imported.error()));
        return false;
    }
    m_document->applySettings(imported->settings, tr("Open %1").arg(pending.whereFrom));
    m_document->undoStack()->clear(); // as the definition was: nothing unsaved
    setNotes(QStringList { tr("Opened %1.").arg(pending.whereFrom) } + imported->notes);
    Q_EMIT message(tr("Opened %1").arg(pending.whereFrom));
    return true;
}

Status SessionKeeper::saveDefinition(const QString& path)
{
    QSaveFile file(path);
    const QByteArray json = m_document->json();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return Status::failure(tr("%1: %2").arg(path, file.errorString()), ErrorKind::Io);
    setDefinitionPath(path);
    m_document->undoStack()->setClean();
    return success();
}

void SessionKeeper::setDefinitionPath(const QString& path)
{
    m_definitionPath = path;
}

bool SessionKeeper::maySwitch()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->service()->ident.toString();
    switch (m_asker(m_definitionPath.isEmpty()
            ? tr("The definition of %1 has changes that are not saved. Save them to a file?").arg(name)
            : tr("The definition of %1 has changes that are not saved in %2. Save them?")
                  .arg(name, m_definitionPath))) {
    case Answer::Discard:
        return true;
    case Answer::Cancel:
        return false;
    case Answer::Save:
        break;
    }
    const QString path = m_definitionPath.isEmpty() ? m_pathAsker() : m_definitionPath;
    if (path.isEmpty())
        return false;
    if (const Status saved = saveDefinition(path); !saved) {
        fail(tr("The definition was not saved, so nothing was closed: %1").arg(saved.error()));
        return false;
    }
    return true;
}

void SessionKeeper::fail(const QString& text)
{
    m_lastError = text;
    Q_EMIT message(text);
}

void SessionKeeper::setNotes(const QStringList& notes)
{
    m_notes = notes;
    Q_EMIT notesChanged(notes);
}

} // namespace habmesos
