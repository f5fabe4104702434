// SPDX-License-Identifier: Apache-2.0
#include "ui/hartsuploadbox.h"

#include "marathon/httpurl.h"
#include "ui/settings.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace habmesos {

namespace {

constexpr int BarScale = 1000;

enum Column
{
    FileColumn,
    SizeColumn,
    StateColumn,
};

qint64 sizeOf(const HartsPublisher::File& file)
{
    return file.bytes > 0 ? file.bytes : QFileInfo(file.localPath).size();
}

} // namespace

HartsUploadBox::HartsUploadBox(Settings* settings, QWidget* parent)
    : QGroupBox(tr("Upload the bootstrap and .hart files"), parent)
    , m_settings(settings)
{
    m_intro = new QLabel(this);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_uploadUrl = new QLineEdit(this);
    m_uploadUrl->setPlaceholderText(tr("https://files.example.com/habitat/ (a WebDAV folder)"));
    m_downloadUrl = new QLineEdit(this);
    m_downloadUrl->setPlaceholderText(tr("Only if agents download from another folder than the upload folder"));
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({ tr("File"), tr("Size"), tr("In the folder") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_checkButton = new QPushButton(tr("Chec&k folder"), this);
    m_checkButton->setToolTip(tr("Ask the folder which files it has already (nothing is sent)"));
    m_uploadButton = new QPushButton(tr("U&pload missing files"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, BarScale);
    m_progress->setValue(0);

    auto* form = new QFormLayout;
    form->addRow(tr("Upload folder:"), m_uploadUrl);
    form->addRow(tr("Download folder:"), m_downloadUrl);
    auto* row = new QHBoxLayout;
    row->addWidget(m_checkButton);
    row->addWidget(m_uploadButton);
    row->addWidget(m_progress, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addLayout(row);

    connect(m_checkButton, &QPushButton::clicked, this, &HartsUploadBox::check);
    connect(m_uploadButton, &QPushButton::clicked, this, &HartsUploadBox::uploadRequested);
    // Another folder: what the list said about the last one no longer holds.
    connect(m_uploadUrl, &QLineEdit::editingFinished, this, [this] {
        if (!isUploading())
            check();
    });
    connect(m_uploadUrl, &QLineEdit::textEdited, this, [this] {
        if (isChecking())
            dropCheck();
        m_outcomeKnown = false;
        showFiles();
    });
    if (m_settings) {
        m_uploadUrl->setText(m_settings->uploadUrl());
        m_downloadUrl->setText(m_settings->downloadUrl());
    }
    showFiles();
}

HartsUploadBox::~HartsUploadBox()
{
    if (m_publisher) {
        m_publisher->disconnect(this);
        m_publisher->cancel();
    }
}

void HartsUploadBox::setFiles(const QList<HartsPublisher::File>& files)
{
    const auto same = [](const HartsPublisher::File& a, const HartsPublisher::File& b) {
        return a.localPath == b.localPath && a.fileName == b.fileName && a.bytes == b.bytes;
    };
    if (std::equal(files.begin(), files.end(), m_files.begin(), m_files.end(), same))
        return;
    if (isChecking())
        dropCheck();
    m_files = files;
    m_outcomeKnown = false;
    if (!isUploading())
        m_progress->setValue(0);
    showFiles();
    if (!m_files.isEmpty() && !m_uploadUrl->text().trimmed().isEmpty() && !isUploading())
        check();
}

void HartsUploadBox::setUploadUrl(const QString& url)
{
    if (isChecking())
        dropCheck();
    m_uploadUrl->setText(url);
    m_outcomeKnown = false;
    showFiles();
}

void HartsUploadBox::setDownloadUrl(const QString& url)
{
    m_downloadUrl->setText(url);
}

void HartsUploadBox::check()
{
    if (m_busy || isUploading() || m_files.isEmpty() || m_uploadUrl->text().trimmed().isEmpty())
        return;
    run(false);
}

void HartsUploadBox::start()
{
    if (isChecking())
        dropCheck();
    run(true);
}

void HartsUploadBox::dropCheck()
{
    // Its answers are about files or a folder that are no longer the box's: nothing of it arrives.
    m_publisher->disconnect(this);
    m_publisher->cancel();
    m_publisher.release()->deleteLater();
    updateButtons();
}

void HartsUploadBox::run(bool send)
{
    if (isChecking())
        dropCheck();
    m_error = {};
    m_sending = send;
    const Result<QUrl> folder = HttpUrl::parse(m_uploadUrl->text().trimmed(), HttpUrl::Credentials::Allowed);
    if (!folder) {
        const QString why = tr("Upload folder: give an http:// or https:// address, e.g. "
                               "https://files.example.com/habitat/");
        if (send) {
            m_error = { MarathonError::Kind::Network, why };
            Q_EMIT statusChanged(why);
            Q_EMIT finished(false);
        } else {
            m_summary->setText(why);
        }
        return;
    }
    if (send)
        m_progress->setValue(0);
    m_publisher = std::make_unique<HartsPublisher>();
    connect(m_publisher.get(), &HartsPublisher::checked, this, &HartsUploadBox::showCheck);
    connect(m_publisher.get(), &HartsPublisher::progress, this, [this](qint64 sent, qint64 total) {
        m_progress->setValue(total > 0 ? int(double(sent) / double(total) * BarScale) : BarScale);
    });
    connect(
        m_publisher.get(), &HartsPublisher::finished, this, &HartsUploadBox::onPublisherFinished, Qt::QueuedConnection);
    if (send) {
        Q_EMIT statusChanged(tr("Uploading to %1 what it lacks…").arg(HttpUrl::forDisplay(folder.value())));
        m_publisher->publish(folder.value(), m_files, {});
    } else {
        m_summary->setText(tr("Checking %1…").arg(HttpUrl::forDisplay(folder.value())));
        m_publisher->plan(folder.value(), m_files, {});
    }
    updateButtons();
}

void HartsUploadBox::cancel()
{
    if (m_publisher)
        m_publisher->cancel();
}

void HartsUploadBox::onPublisherFinished()
{
    if (!m_publisher)
        return;
    HartsPublisher* publisher = m_publisher.release();
    publisher->deleteLater();
    const bool sent = m_sending;
    m_sending = false;
    m_outcome = publisher->outcome();
    const bool canceled = m_outcome.error.kind() == MarathonError::Kind::Canceled;
    // A failed check or upload still tells what it learnt of each file; a canceled one is not finished.
    m_outcomeKnown = !canceled;
    showFiles();
    updateButtons();
    if (!sent) {
        if (!canceled)
            Q_EMIT checked();
        return;
    }
    if (!publisher->ok()) {
        m_error = m_outcome.error;
        m_progress->setValue(0);
        Q_EMIT statusChanged(canceled ? tr("Upload canceled.") : m_error.message());
        Q_EMIT finished(false);
        return;
    }
    m_progress->setValue(BarScale);
    if (m_settings) {
        m_settings->setUploadUrl(m_uploadUrl->text());
        m_settings->setDownloadUrl(m_downloadUrl->text());
    }
    // The agents' folder: the download URL when given, else the folder published to.
    const QString download = m_downloadUrl->text().trimmed();
    QUrl where = download.isEmpty() ? publisher->folder() : QUrl(download, QUrl::StrictMode);
    if (!where.path().endsWith(u'/'))
        where.setPath(where.path() + u'/');
    Q_EMIT statusChanged(
        withWarnings(tr("Published: %n file(s) sent (%1), %2 there already. Mesos agents download them from %3",
            nullptr, m_outcome.sent)
                         .arg(QLocale().formattedDataSize(m_outcome.bytesToSend))
                         .arg(m_outcome.skipped)
                         .arg(where.toString(QUrl::RemovePassword))));
    Q_EMIT fetchUriChanged(where.toString());
    Q_EMIT finished(true);
}

qint64 HartsUploadBox::bytesToMove() const
{
    qint64 total = 0;
    for (int i = 0; i < m_files.size(); ++i) {
        const bool known = m_outcomeKnown && i < m_outcome.files.size();
        if (!known || (m_outcome.files[i].state != HartsPublisher::State::Present && !m_outcome.files[i].sent))
            total += sizeOf(m_files[i]);
    }
    return total;
}

void HartsUploadBox::showFiles()
{
    m_intro->setText(m_files.isEmpty()
            ? tr("Build first: the bootstrap and the .hart files of the closure go into one folder, and only what "
                 "the folder lacks is sent.")
            : tr("Each file keeps its name, so the Mesos agents' fetcher cache reuses what it has: only what the "
                 "folder lacks is sent."));
    m_list->clear();
    const QLocale locale;
    for (int i = 0; i < m_files.size(); ++i) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(FileColumn, m_files[i].fileName);
        item->setText(SizeColumn, locale.formattedDataSize(sizeOf(m_files[i])));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (m_outcomeKnown && i < m_outcome.files.size())
            showCheck(i, m_outcome.files[i]);
        else
            item->setText(StateColumn, tr("not checked"));
    }
    m_list->setVisible(!m_files.isEmpty());
    showSummary();
    updateButtons();
}

void HartsUploadBox::showCheck(int index, const HartsPublisher::Check& check)
{
    if (QTreeWidgetItem* item = m_list->topLevelItem(index))
        item->setText(StateColumn, stateText(check));
}

QString HartsUploadBox::stateText(const HartsPublisher::Check& check) const
{
    using State = HartsPublisher::State;
    if (check.sent)
        return tr("uploaded");
    switch (check.state) {
    case State::Unknown:
        return tr("not checked");
    case State::Missing:
        return tr("will be uploaded");
    case State::Present:
        return tr("there already");
    case State::DifferentSize:
        return tr("another size there (%1): will be uploaded").arg(QLocale().formattedDataSize(check.remoteBytes));
    case State::Unchecked:
        return tr("size not told: will be uploaded");
    }
    return QString();
}

void HartsUploadBox::showSummary()
{
    if (m_files.isEmpty()) {
        m_summary->clear();
        return;
    }
    const QLocale locale;
    qint64 all = 0;
    for (const HartsPublisher::File& file : m_files)
        all += sizeOf(file);
    if (!m_outcomeKnown) {
        m_summary->setText(
            tr("%n file(s), %1 in all; check the folder to see what will move.", nullptr, int(m_files.size()))
                .arg(locale.formattedDataSize(all)));
        return;
    }
    int toSend = 0;
    for (const HartsPublisher::Check& check : m_outcome.files)
        toSend += check.state != HartsPublisher::State::Present && !check.sent ? 1 : 0;
    QString text = toSend == 0 ? tr("Every file is in the folder already: nothing will move.")
                               : tr("%n of %1 file(s) will be uploaded: %2 of %3 will move.", nullptr, toSend)
                                     .arg(m_files.size())
                                     .arg(locale.formattedDataSize(bytesToMove()), locale.formattedDataSize(all));
    m_summary->setText(withWarnings(text));
}

QString HartsUploadBox::withWarnings(QString text) const
{
    for (const QString& warning : m_outcome.warnings)
        text += u'\n' + tr("Warning: %1").arg(warning);
    return text;
}

void HartsUploadBox::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void HartsUploadBox::updateButtons()
{
    const bool working = m_busy || m_publisher != nullptr;
    const bool haveFiles = !m_files.isEmpty() && !m_uploadUrl->text().trimmed().isEmpty();
    m_checkButton->setEnabled(!working && haveFiles);
    m_uploadButton->setEnabled(!m_busy && !isUploading() && haveFiles);
    m_uploadUrl->setEnabled(!isUploading());
    m_downloadUrl->setEnabled(!isUploading());
}

} // namespace habmesos
