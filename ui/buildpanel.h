// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportoptions.h"
#include "export/exportresult.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMutex>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace habmesos {

// "Build": runs ExportJob on a worker thread (QtConcurrent), shows bytes done/total and
// the time left, cancels through the job's cancel flag, and shows the result (path, size, the
// packages reused from the segment cache, warnings; in the harts layout the files written, the
// bootstrap first, with their sizes and the total) or the engine's error.
class BuildPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BuildPanel(QWidget* parent = nullptr);
    ~BuildPanel() override;

    // What to export. A progress callback in the options is called too (on the worker thread),
    // after the panel's own; the options' cancel flag is replaced by the panel's.
    void setOptionsProvider(std::function<habmesos::ExportOptions()> provider);
    bool isRunning() const;
    // Whether there is a package to build: without one the Build button is disabled (the window
    // says so as the document's package comes and goes). True until told otherwise.
    void setPackageAvailable(bool available);
    bool isPackageAvailable() const { return m_packageAvailable; }

    // The last successful result (empty tarballPath before the first one).
    const ExportResult& lastResult() const { return m_lastResult; }
    // What the panel shows now (for tests and the window's status bar).
    QString statusText() const;
    // The files a harts build wrote (name, size; a last row with the total); hidden otherwise.
    QTreeWidget* filesView() const { return m_files; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void started();
    void finished(const habmesos::ExportResult& result);
    void failed(const QString& message);
    // The user canceled and the job has stopped; nothing was left in the output folder.
    void canceled();
    // Throttled, on the GUI thread; done never decreases, total never decreases.
    void progressChanged(qint64 done, qint64 total);

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
        ExportResult result;
    };
    struct Shared
    {
        std::atomic_bool cancel = false;
        QMutex mutex;
        qint64 done = 0;
        qint64 total = 0;
    };

    void pollProgress();
    void onFinished();
    void showResult(const ExportResult& result);
    void showFiles(const ExportResult& result);
    void showError(const QString& message);
    void setRunning(bool running);
    void openFolder();

    std::function<ExportOptions()> m_provider;
    std::shared_ptr<Shared> m_shared;
    // A pool of its own (one thread): an export must not wait behind, or hold up, other users of
    // the global pool (the preview, ...). Declared before the watcher: destroyed after it.
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_progressTimer;
    QElapsedTimer m_clock;
    qint64 m_shownDone = -1;
    qint64 m_shownTotal = -1;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_packageAvailable = true;
    ExportResult m_lastResult;

    QPushButton* m_startButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_openFolderButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_details = nullptr;
    QTreeWidget* m_files = nullptr;
};

} // namespace habmesos
