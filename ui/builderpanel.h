// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "builder/buildersettings.h"
#include "package/packageref.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;

namespace habmesos {

class BuilderClient;
class BuilderSearchModel;
class FetchQueue;
class SecretStore;
class Settings;

// Builder as a third place to find packages, beside the artifact cache and the installed
// packages: where (URL and channel as Habitat decides them, each with where it came from; the token
// in the keyring, never in the settings), a search paged as Builder pages it, the channels of the
// release picked and whether it is here already. Opening a release downloads it, its closure and
// the Supervisor's packages that are not here, in the background with Cancel, verified before
// anything lands in the caches; packageFetched() then lets the browser open it as a local one.
class BuilderPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BuilderPanel(QWidget* parent = nullptr);
    ~BuilderPanel() override;

    // Where the URL and channel fields are kept (may be null: then they start empty).
    void setSettings(Settings* settings);
    // Where the token is kept; null until the keyring answered.
    void setSecretStore(SecretStore* secrets);
    void setCaches(const QString& artifactCache, const QString& keyCache);
    // What is here: the newest local release satisfying an ident, if any.
    void setLocal(std::function<std::optional<PackageRef>(const PackageIdent&)> resolveLocal);

    const BuilderSettings* settings() const { return m_settings ? &*m_settings : nullptr; }
    BuilderSearchModel* searchModel() const { return m_model; }
    QLineEdit* searchEdit() const { return m_search; }
    QListView* resultsView() const { return m_results; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* channelEdit() const { return m_channel; }
    QPushButton* openButton() const { return m_open; }
    bool isFetching() const;
    // Downloads and opens the release at `row` of the results.
    void openRow(int row);
    void cancelFetch();

Q_SIGNALS:
    // A release and what it needs are here now: `ident` is fully qualified.
    void packageFetched(const QString& ident);
    void fetchFailed(const QString& message);

private:
    void applySettings();
    void loadToken();
    void askForToken();
    void showSelected();
    void setFetching(bool fetching);
    QString tokenKey() const;

    Settings* m_settingsStore = nullptr;
    QPointer<SecretStore> m_secrets;
    QString m_token;
    QString m_artifactCache;
    QString m_keyCache;
    std::function<std::optional<PackageRef>(const PackageIdent&)> m_resolveLocal;
    std::optional<BuilderSettings> m_settings;
    std::unique_ptr<BuilderClient> m_client;
    std::unique_ptr<FetchQueue> m_queue;
    BuilderSearchModel* m_model;
    QLineEdit* m_url;
    QLineEdit* m_channel;
    QPushButton* m_tokenButton;
    QLabel* m_where;
    QLineEdit* m_search;
    QListView* m_results;
    QLabel* m_count;
    QLabel* m_details;
    QPushButton* m_open;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    int m_channelsAsked = 0; // drops answers for a release no longer selected
    bool m_applyAfterFetch = false;
};

} // namespace habmesos
