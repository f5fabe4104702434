// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/hartspublisher.h"
#include "marathon/marathonerror.h"

#include <QGroupBox>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace habmesos {

class Settings;

// The deploy panel's upload in the harts layout: the bootstrap and every .hart of a build go into
// one folder of a WebDAV server, and only what the folder lacks is sent (HartsPublisher). Before
// anything is sent the operator sees, per file, whether it will be uploaded or is there already,
// and the bytes that will move: a check (HEAD per file) runs when a build's files arrive and when
// the folder changes, and on Check. The folder is remembered in Settings as the tarball's upload
// URL is (one place per operator).
class HartsUploadBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit HartsUploadBox(Settings* settings, QWidget* parent = nullptr);
    ~HartsUploadBox() override;

    // The files to publish (HartsPublisher::filesOf a harts build); empty: none built yet. New
    // files are checked against the folder at once when there is one.
    void setFiles(const QList<HartsPublisher::File>& files);
    const QList<HartsPublisher::File>& files() const { return m_files; }
    void setUploadUrl(const QString& url);
    void setDownloadUrl(const QString& url);

    // HEAD each file at the folder: fills the list; nothing is sent.
    void check();
    // Sends what the folder lacks; finished() follows, also when the URL is no upload target.
    void start();
    bool isUploading() const { return m_publisher && m_sending; }
    bool isChecking() const { return m_publisher && !m_sending; }
    // finished() follows an upload; a check just stops.
    void cancel();
    const MarathonError& error() const { return m_error; }
    // The last check's or upload's view of the folder (one entry per file, in order).
    const HartsPublisher::Outcome& outcome() const { return m_outcome; }
    // The bytes the next upload sends as far as the last check knows (every file before a check).
    qint64 bytesToMove() const;

    void setBusy(bool busy);

Q_SIGNALS:
    void uploadRequested(); // the Upload button was pressed
    void statusChanged(const QString& text);
    // Every file is in the folder: the app fetches them from uri (a folder URL ending in '/').
    void fetchUriChanged(const QString& uri);
    void finished(bool ok);
    void checked(); // a check is over (the list says what it found)

private:
    void run(bool send);
    void dropCheck();
    void onPublisherFinished();
    void showFiles();
    void showCheck(int index, const HartsPublisher::Check& check);
    void showSummary();
    void updateButtons();
    QString stateText(const HartsPublisher::Check& check) const;
    QString withWarnings(QString text) const; // the last check's or upload's warnings appended

    Settings* m_settings;
    QList<HartsPublisher::File> m_files;
    std::unique_ptr<HartsPublisher> m_publisher;
    bool m_sending = false;
    bool m_busy = false;
    HartsPublisher::Outcome m_outcome;
    bool m_outcomeKnown = false; // m_outcome is a finished check or upload of m_files
    MarathonError m_error;

    QLabel* m_intro = nullptr;
    QLineEdit* m_uploadUrl = nullptr;
    QLineEdit* m_downloadUrl = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_uploadButton = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace habmesos
