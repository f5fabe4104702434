// SPDX-License-Identifier: Apache-2.0
#include "ui/buildpanel.h"

#include "export/exportjob.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMutexLocker>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace habmesos {

namespace {

// QProgressBar holds an int; bytes may exceed it, so the bar shows thousandths.
constexpr int BarScale = 1000;

QString formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return BuildPanel::tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return BuildPanel::tr("%n minute(s)", nullptr, int((seconds + 30) / 60));
    return BuildPanel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

BuildPanel::BuildPanel(QWidget* parent)
    : QWidget(parent)
{
    m_pool.setMaxThreadCount(1);
    m_startButton = new QPushButton(tr("&Build"), this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setToolTip(tr("Stop the build; nothing is left in the output folder (Esc or Ctrl+.)"));
    m_openFolderButton = new QPushButton(tr("&Open folder"), this);
    m_openFolderButton->setToolTip(tr("Show the folder that holds the tarball"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, BarScale);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(this);
    m_progressText->setTextFormat(Qt::PlainText);
    m_status = new QLabel(tr("Ready."), this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QListWidget(this);
    m_details->setSelectionMode(QAbstractItemView::NoSelection);
    m_details->setWordWrap(true);
    m_files = new QTreeWidget(this);
    m_files->setHeaderLabels({ tr("File"), tr("Size") });
    m_files->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    m_files->setRootIsDecorated(false);
    m_files->setSelectionMode(QAbstractItemView::NoSelection);
    m_files->setAccessibleName(tr("Files written"));
    m_files->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    buttons->addWidget(m_openFolderButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_status);
    layout->addWidget(m_files, 1);
    layout->addWidget(m_details, 1);

    connect(m_startButton, &QPushButton::clicked, this, &BuildPanel::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &BuildPanel::cancel);
    connect(m_openFolderButton, &QPushButton::clicked, this, &BuildPanel::openFolder);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BuildPanel::onFinished);
    // Progress comes from the worker thread many times per second: it is read from shared
    // state on a timer instead of being queued as one event per call.
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &BuildPanel::pollProgress);

    m_openFolderButton->setEnabled(false);
    setRunning(false);
}

BuildPanel::~BuildPanel()
{
    // The job checks its cancel flag often; waiting here keeps the worker from outliving the
    // application's objects (and from leaving a partial file behind).
    if (m_running) {
        m_shared->cancel = true;
        m_watcher.disconnect(this);
        m_watcher.waitForFinished();
        // As for cancel(): a tarball the job completed before it saw the flag is not left behind.
        const Outcome out = m_watcher.result();
        if (out.ok && !out.result.tarballPath.isEmpty())
            QFile::remove(out.result.tarballPath);
    }
}

void BuildPanel::setOptionsProvider(std::function<ExportOptions()> provider)
{
    m_provider = std::move(provider);
}

bool BuildPanel::isRunning() const
{
    return m_running;
}

QString BuildPanel::statusText() const
{
    return m_status->text();
}

void BuildPanel::start()
{
    if (m_running)
        return;
    if (!m_provider || !m_packageAvailable) {
        showError(tr("There is no package to build yet: pick one in the package list or open a .hart file."));
        Q_EMIT failed(m_status->text());
        return;
    }
    ExportOptions options = m_provider();
    m_shared = std::make_shared<Shared>();
    m_cancelRequested = false;
    m_shownDone = m_shownTotal = -1;
    m_details->clear();
    m_details->show();
    m_files->clear();
    m_files->hide();
    m_progress->setValue(0);
    m_progressText->clear();
    m_status->setText(options.layout == DeploymentLayout::Harts
            ? tr("Verifying the closure of %1 and building its bootstrap…").arg(options.package)
            : tr("Building the tarball for %1…").arg(options.package));

    std::shared_ptr<Shared> shared = m_shared;
    std::function<void(qint64, qint64)> callerProgress = std::move(options.progress);
    options.cancel = &shared->cancel;
    options.progress = [shared, callerProgress](qint64 done, qint64 total) {
        {
            QMutexLocker lock(&shared->mutex);
            shared->done = done;
            shared->total = total;
        }
        if (callerProgress)
            callerProgress(done, total);
    };
    // The lambda holds `shared`, so the cancel flag lives as long as the job.
    QFuture<Outcome> future = QtConcurrent::run(&m_pool, [options = std::move(options), shared]() {
        Outcome out;
        Result<ExportResult> r = ExportJob(options).run();
        out.ok = r.ok();
        if (r.ok())
            out.result = std::move(r).value();
        else
            out.error = r.error();
        return out;
    });
    m_clock.start();
    setRunning(true);
    m_watcher.setFuture(future);
    m_progressTimer.start();
    Q_EMIT started();
}

void BuildPanel::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_shared->cancel = true;
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Canceling…"));
}

void BuildPanel::pollProgress()
{
    if (!m_shared)
        return;
    qint64 done = 0;
    qint64 total = 0;
    {
        QMutexLocker lock(&m_shared->mutex);
        done = m_shared->done;
        total = m_shared->total;
    }
    if (done == m_shownDone && total == m_shownTotal)
        return;
    m_shownDone = done;
    m_shownTotal = total;
    m_progress->setValue(total > 0 ? int(double(done) / double(total) * BarScale) : 0);
    const QLocale locale;
    QString text = tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
    // The rate so far is the best guess for the rest; the total may still grow while the first
    // packages name their dependencies, so this is an estimate.
    const qint64 elapsedMs = m_clock.elapsed();
    if (done > 0 && total > done && elapsedMs > 500) {
        const double bytesPerMs = double(done) / double(elapsedMs);
        const qint64 leftSeconds = qint64(double(total - done) / bytesPerMs / 1000.0 + 0.5);
        text = tr("%1, about %2 left").arg(text, formatDuration(leftSeconds));
    }
    m_progressText->setText(text);
    Q_EMIT progressChanged(done, total);
}

void BuildPanel::onFinished()
{
    m_progressTimer.stop();
    pollProgress();
    Outcome out = m_watcher.result();
    const bool wasCanceled = m_cancelRequested;
    setRunning(false);
    if (wasCanceled) {
        // The job may have completed just before it saw the flag: the user asked for nothing to be
        // left, so a tarball that appeared anyway is removed.
        if (out.ok && !out.result.tarballPath.isEmpty())
            QFile::remove(out.result.tarballPath);
        m_progress->setValue(0);
        m_progressText->clear();
        m_status->setText(tr("Canceled. Nothing was written."));
        Q_EMIT canceled();
        return;
    }
    if (!out.ok) {
        showError(out.error);
        Q_EMIT failed(out.error);
        return;
    }
    m_progress->setValue(BarScale);
    m_lastResult = out.result;
    showResult(out.result);
    Q_EMIT finished(out.result);
}

void BuildPanel::showResult(const ExportResult& result)
{
    const QLocale locale;
    m_details->clear();
    m_files->clear();
    for (const QString& warning : result.warnings) {
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), warning, m_details);
        item->setData(Qt::UserRole, QStringLiteral("warning"));
    }
    if (result.layout == DeploymentLayout::Harts) {
        showFiles(result);
        m_openFolderButton->setEnabled(true);
        return;
    }
    m_files->hide();
    m_details->show();
    m_status->setText(
        tr("Built %1 (%2).")
            .arg(QDir::toNativeSeparators(result.tarballPath), locale.formattedDataSize(result.tarballSize)));
    QStringList reused;
    for (const ExportResult::Package& p : result.packages) {
        if (p.reused)
            reused.append(p.ident.toString());
    }
    if (reused.isEmpty()) {
        new QListWidgetItem(
            tr("%n package(s), all compressed afresh.", nullptr, int(result.packages.size())), m_details);
    } else {
        new QListWidgetItem(tr("%n package(s), %1 reused from the segment cache:", nullptr, int(result.packages.size()))
                                .arg(reused.size()),
            m_details);
        for (const QString& ident : reused)
            new QListWidgetItem(QStringLiteral("    ") + ident, m_details);
    }
    m_openFolderButton->setEnabled(true);
}

void BuildPanel::showFiles(const ExportResult& result)
{
    // Each file the agents download, the bootstrap first; nothing was compressed again, so there
    // is nothing about reuse to say.
    const QLocale locale;
    auto addRow = [this, &locale](const QString& name, qint64 bytes) {
        auto* item = new QTreeWidgetItem(m_files, { name, locale.formattedDataSize(bytes) });
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    addRow(result.tarballName, result.tarballSize);
    qint64 total = result.tarballSize;
    for (const ExportResult::Hart& hart : result.harts) {
        addRow(hart.fileName, hart.bytes);
        total += hart.bytes;
    }
    const int files = int(result.harts.size()) + 1;
    QTreeWidgetItem* sum = addRow(tr("Total: %n file(s)", nullptr, files), total);
    QFont bold = sum->font(0);
    bold.setBold(true);
    sum->setFont(0, bold);
    sum->setFont(1, bold);
    m_files->resizeColumnToContents(0);
    m_files->show();
    m_details->setVisible(m_details->count() > 0); // the warnings, if any
    m_status->setText(
        tr("Built the bootstrap and %n .hart file(s) in %1 (%2 in all).", nullptr, int(result.harts.size()))
            .arg(QDir::toNativeSeparators(QFileInfo(result.tarballPath).absolutePath()),
                locale.formattedDataSize(total)));
}

void BuildPanel::showError(const QString& message)
{
    m_progress->setValue(0);
    m_progressText->clear();
    m_status->setText(tr("The tarball was not built: %1").arg(message));
    m_details->clear();
    m_details->show();
    m_files->clear();
    m_files->hide();
}

void BuildPanel::setPackageAvailable(bool available)
{
    m_packageAvailable = available;
    m_startButton->setEnabled(!m_running && m_packageAvailable);
    if (!m_running)
        m_startButton->setToolTip(available ? QString() : tr("Pick a package first"));
}

void BuildPanel::setRunning(bool running)
{
    m_running = running;
    m_startButton->setEnabled(!running && m_packageAvailable);
    m_cancelButton->setEnabled(running && !m_cancelRequested);
}

void BuildPanel::openFolder()
{
    if (m_lastResult.tarballPath.isEmpty())
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastResult.tarballPath).absolutePath()));
}

} // namespace habmesos
