// SPDX-License-Identifier: Apache-2.0
#include "ui/uploadbox.h"

#include "marathon/httpurl.h"
#include "marathon/marathonclient.h"
#include "marathon/tarballuploader.h"
#include "ui/settings.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace habmesos {

namespace {

constexpr int BarScale = 1000;

} // namespace

UploadBox::UploadBox(Settings* settings, QWidget* parent)
    : QGroupBox(tr("Upload the tarball"), parent)
    , m_settings(settings)
{
    m_tarball = new QLabel(tr("No tarball built yet."), this);
    m_tarball->setTextFormat(Qt::PlainText);
    m_tarball->setWordWrap(true);
    m_toUrl = new QRadioButton(tr("To a &URL (WebDAV or pre-signed PUT):"), this);
    m_toArtifactStore = new QRadioButton(tr("To Marathon's &artifact store (Marathon 1.4 and older)"), this);
    m_toUrl->setChecked(true);
    m_uploadUrl = new QLineEdit(this);
    m_uploadUrl->setPlaceholderText(tr("https://files.example.com/habitat/ (a folder URL gets the file name)"));
    m_downloadUrl = new QLineEdit(this);
    m_downloadUrl->setPlaceholderText(tr("Only if agents download from another URL than the upload URL"));
    m_uploadButton = new QPushButton(tr("U&pload tarball"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, BarScale);
    m_progress->setValue(0);
    auto* form = new QFormLayout;
    form->addRow(tr("Upload URL:"), m_uploadUrl);
    form->addRow(tr("Download URL:"), m_downloadUrl);
    auto* row = new QHBoxLayout;
    row->addWidget(m_uploadButton);
    row->addWidget(m_progress, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tarball);
    layout->addWidget(m_toUrl);
    layout->addLayout(form);
    layout->addWidget(m_toArtifactStore);
    layout->addLayout(row);

    connect(m_uploadButton, &QPushButton::clicked, this, &UploadBox::uploadRequested);
    connect(m_toUrl, &QRadioButton::toggled, this, &UploadBox::updateButtons);
    if (m_settings) {
        m_uploadUrl->setText(m_settings->uploadUrl());
        m_downloadUrl->setText(m_settings->downloadUrl());
        (m_settings->uploadToArtifactStore() ? m_toArtifactStore : m_toUrl)->setChecked(true);
    }
    updateButtons();
}

UploadBox::~UploadBox()
{
    if (m_uploader) {
        m_uploader->disconnect(this);
        m_uploader->cancel();
    }
}

void UploadBox::setTarballPath(const QString& path)
{
    // A full bar was about the tarball before this one.
    if (path != m_tarballPath && !isUploading())
        m_progress->setValue(0);
    m_tarballPath = path;
    m_tarball->setText(path.isEmpty() ? tr("No tarball built yet.") : tr("Tarball: %1").arg(path));
    updateButtons();
}

void UploadBox::setUploadUrl(const QString& url)
{
    m_uploadUrl->setText(url);
}

void UploadBox::setDownloadUrl(const QString& url)
{
    m_downloadUrl->setText(url);
}

void UploadBox::setUploadToArtifactStore(bool artifactStore)
{
    (artifactStore ? m_toArtifactStore : m_toUrl)->setChecked(true);
}

bool UploadBox::uploadsToArtifactStore() const
{
    return m_toArtifactStore->isChecked();
}

void UploadBox::start(MarathonClient* client)
{
    m_error = {};
    m_progress->setValue(0);
    m_uploader = std::make_unique<TarballUploader>();
    connect(m_uploader.get(), &TarballUploader::progress, this, [this](qint64 sent, qint64 total) {
        m_progress->setValue(total > 0 ? int(double(sent) / double(total) * BarScale) : 0);
    });
    connect(m_uploader.get(), &TarballUploader::finished, this, &UploadBox::onUploaderFinished, Qt::QueuedConnection);
    m_uploadingPath = m_tarballPath;
    const QString fileName = QFileInfo(m_tarballPath).fileName();
    if (client) {
        Q_EMIT statusChanged(tr("Uploading %1 to the artifact store of %2…").arg(fileName, client->server()));
        m_uploader->uploadToArtifactStore(client, m_tarballPath);
        return;
    }
    // The upload URL may carry the target's credentials (HTTP Basic): they are sent, never shown.
    const Result<QUrl> folderOrFile = HttpUrl::parse(m_uploadUrl->text().trimmed(), HttpUrl::Credentials::Allowed);
    if (!folderOrFile) {
        m_uploader.reset();
        fail(tr("Upload URL: give an http:// or https:// address, e.g. https://files.example.com/habitat/"));
        return;
    }
    const QUrl target = HttpUrl::withFileName(folderOrFile.value(), fileName);
    TarballUploader::Options options;
    const QString download = m_downloadUrl->text().trimmed();
    if (!download.isEmpty())
        options.fetchUri = QUrl(download, QUrl::StrictMode);
    Q_EMIT statusChanged(tr("Uploading %1 to %2…").arg(fileName, HttpUrl::forDisplay(target)));
    m_uploader->uploadTo(target, m_tarballPath, options);
}

void UploadBox::cancel()
{
    if (m_uploader)
        m_uploader->cancel();
}

void UploadBox::onUploaderFinished()
{
    if (!m_uploader)
        return;
    TarballUploader* up = m_uploader.release();
    up->deleteLater();
    if (!up->ok()) {
        m_error = up->error();
        m_progress->setValue(0);
        fail(m_error.kind() == MarathonError::Kind::Canceled ? tr("Upload canceled.") : m_error.message());
        return;
    }
    if (m_settings) {
        // Next time the same place; a pre-signed URL (a credential) is not kept (Settings).
        m_settings->setUploadToArtifactStore(m_toArtifactStore->isChecked());
        if (m_toUrl->isChecked()) {
            m_settings->setUploadUrl(m_uploadUrl->text());
            m_settings->setDownloadUrl(m_downloadUrl->text());
        }
    }
    m_progress->setValue(BarScale);
    if (m_uploadingPath != m_tarballPath) {
        // Another package or format since: this URI would name the wrong tarball.
        Q_EMIT statusChanged(tr("Uploaded %1; the application now needs another tarball, so its fetch URI was left "
                                "as it is.")
                                 .arg(QFileInfo(m_uploadingPath).fileName()));
        Q_EMIT finished(true);
        return;
    }
    // A download URL may carry a password for the agents; the panel does not show it.
    Q_EMIT statusChanged(
        tr("Uploaded. Mesos agents download the tarball from %1").arg(up->fetchUri().toString(QUrl::RemovePassword)));
    Q_EMIT fetchUriChanged(up->fetchUri().toString());
    Q_EMIT finished(true);
}

void UploadBox::fail(const QString& status)
{
    Q_EMIT statusChanged(status);
    Q_EMIT finished(false);
}

void UploadBox::setBusy(bool busy, bool haveServer)
{
    m_busy = busy;
    m_haveServer = haveServer;
    updateButtons();
}

void UploadBox::updateButtons()
{
    m_uploadButton->setEnabled(!m_busy && !m_tarballPath.isEmpty() && (m_toUrl->isChecked() || m_haveServer));
    m_uploadUrl->setEnabled(m_toUrl->isChecked());
    m_downloadUrl->setEnabled(m_toUrl->isChecked());
}

} // namespace habmesos
