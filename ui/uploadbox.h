// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/marathonerror.h"

#include <QGroupBox>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace habmesos {

class MarathonClient;
class Settings;
class TarballUploader;

// "Upload the tarball" of the deploy panel: where to (a URL, WebDAV or pre-signed PUT, or Marathon
// 1.4's artifact store), the upload itself with its progress, and the fetch URI it gives the app.
// The place is remembered in Settings once an upload worked.
class UploadBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit UploadBox(Settings* settings, QWidget* parent = nullptr);
    ~UploadBox() override;

    // The tarball Upload sends; empty: none.
    void setTarballPath(const QString& path);
    const QString& tarballPath() const { return m_tarballPath; }
    // A URL ending in '/' (or naming only a server) is a folder: it gets the tarball's name.
    void setUploadUrl(const QString& url);
    // Where the agents download it, when that is not the upload URL; empty: the upload URL.
    void setDownloadUrl(const QString& url);
    void setUploadToArtifactStore(bool artifactStore);
    bool uploadsToArtifactStore() const;

    // Sends tarballPath() to the URL, or with client (which must outlive the upload) to its
    // artifact store. finished() follows, also when the URL is no upload target.
    void start(MarathonClient* client);
    bool isUploading() const { return m_uploader != nullptr; }
    // finished() follows.
    void cancel();
    // The last upload's failure.
    const MarathonError& error() const { return m_error; }

    // While the panel sends something, nothing here starts; haveServer: the artifact store can be used.
    void setBusy(bool busy, bool haveServer);

Q_SIGNALS:
    // The Upload button was pressed.
    void uploadRequested();
    void statusChanged(const QString& text);
    // The tarball that is still tarballPath() was uploaded: the app should fetch it from uri.
    void fetchUriChanged(const QString& uri);
    void finished(bool ok);

private:
    void onUploaderFinished();
    void fail(const QString& status);
    void updateButtons();

    Settings* m_settings;
    QString m_tarballPath;
    QString m_uploadingPath;
    std::unique_ptr<TarballUploader> m_uploader;
    MarathonError m_error;
    bool m_busy = false;
    bool m_haveServer = false;

    QLabel* m_tarball = nullptr;
    QRadioButton* m_toUrl = nullptr;
    QRadioButton* m_toArtifactStore = nullptr;
    QLineEdit* m_uploadUrl = nullptr;
    QLineEdit* m_downloadUrl = nullptr;
    QPushButton* m_uploadButton = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace habmesos
