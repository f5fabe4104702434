// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportoptions.h"
#include "export/tarballformat.h"
#include "marathon/marathonjsonwriter.h"
#include "marathon/portplacement.h"
#include "result.h"
#include "ui/marathonserver.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace habmesos {

// The application's preferences, with one typed accessor per setting over an INI file (in the
// manner of qBittorrent's Preferences): every key is spelled here and nowhere else.
//
// Never holds passwords or tokens (see SecretStore). Changes are kept in memory until sync() (or
// destruction) writes them; QSettings writes through a temporary file that is renamed over the old
// one, so a crash while writing never leaves a truncated file. Whoever changes settings calls
// sync() and shows its error: the destructor's sync() can only log one.
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::Settings)
public:
    static constexpr int MaxRecentPackages = 10;

    // The file at defaultFilePath().
    Settings();
    // An explicit INI file (tests use one in a temporary directory).
    explicit Settings(const QString& filePath);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    // $XDG_CONFIG_HOME/habmesos/habmesos.conf, e.g. ~/.config/habmesos/habmesos.conf
    static QString defaultFilePath();
    QString filePath() const;

    // Writes pending changes; the error names the file.
    Status sync();
    // A problem found when reading the file (it is then treated as empty), if any.
    std::optional<QString> loadProblem() const;

    // Marathon servers, in the user's order. Passwords in URLs are dropped, never stored.
    QList<MarathonServer> marathonServers() const;
    void setMarathonServers(const QList<MarathonServer>& servers);
    // The display name of the server used last; empty if none.
    QString currentMarathonServer() const;
    void setCurrentMarathonServer(const QString& name);

    // Folders. An empty value resets to the default, which for the Habitat folders follows Habitat's
    // own environment variables (see HabPaths).
    QString outputDir() const; // default: the user's documents folder
    void setOutputDir(const QString& dir);
    QString artifactCacheDir() const; // default: HabPaths::artifactCache()
    void setArtifactCacheDir(const QString& dir);
    QString keyDir() const; // default: HabPaths::keyCache()
    void setKeyDir(const QString& dir);
    QString installedPackagesDir() const; // default: HabPaths::installedPackages()
    void setInstalledPackagesDir(const QString& dir);

    // Packages opened recently (.hart paths or package idents), most recent first, without
    // duplicates, at most MaxRecentPackages.
    QStringList recentPackages() const;
    // Puts package first (moving it up if it is already listed) and drops the oldest beyond the cap.
    void addRecentPackage(const QString& package);
    void removeRecentPackage(const QString& package);
    void clearRecentPackages();
    QString lastPackage() const;
    void setLastPackage(const QString& package);

    // Builder as the window's Builder source names it; empty: Habitat's precedence decides
    // (BuilderSettings::resolve). Its token is in the SecretStore, never here.
    QString builderUrl() const;
    void setBuilderUrl(const QString& url);
    QString builderChannel() const;
    void setBuilderChannel(const QString& channel);

    QByteArray windowGeometry() const; // QWidget::saveGeometry()
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const; // QMainWindow::saveState()
    void setWindowState(const QByteArray& state);

    TarballFormat tarballFormat() const; // default Gzip
    void setTarballFormat(TarballFormat format);
    AgentFetcher agentFetcher() const; // default Libarchive (Mesos 1.7 or later)
    void setAgentFetcher(AgentFetcher fetcher);
    DeploymentLayout deploymentLayout() const; // default Tarball
    void setDeploymentLayout(DeploymentLayout layout);
    MarathonFlavour jsonFlavour() const; // default Current
    void setJsonFlavour(MarathonFlavour flavour);
    // The port ranges the Mesos agents offer, as --agent-ports takes them; default (and when the
    // stored text does not parse) PortPlacement::defaultAgentPorts().
    PortRanges agentPorts() const;
    void setAgentPorts(const PortRanges& ranges);

    // The last upload: where to (an http(s) URL of a folder or a file) and where agents download
    // from, when that is another URL. A URL with a user, password or query (a pre-signed URL's
    // query is a credential) is never stored: setting one clears the value.
    QString uploadUrl() const;
    void setUploadUrl(const QString& url);
    QString downloadUrl() const;
    void setDownloadUrl(const QString& url);
    bool uploadToArtifactStore() const; // Marathon 1.4's artifact store instead of a URL
    void setUploadToArtifactStore(bool artifactStore);

    // The last session (settingssession.cpp): the package and every setting as ExportSettingsJson
    // wrote them (empty: none), whether they were saved to a definition file, and that file (the
    // one Save writes without asking).
    QByteArray session() const;
    void setSession(const QByteArray& session);
    bool sessionSaved() const;
    void setSessionSaved(bool saved);
    QString definitionPath() const;
    void setDefinitionPath(const QString& path);

    // The flavour as the settings file spells it: "current", "legacy".
    static QString jsonFlavourToString(MarathonFlavour flavour);
    static std::optional<MarathonFlavour> jsonFlavourFromString(const QString& text);

    // How a recent-package entry is compared and stored: .hart paths made absolute and clean,
    // idents trimmed.
    static QString normalizedPackage(const QString& package);

private:
    QString stringValue(const QString& key) const;
    void setStringValue(const QString& key, const QString& value);

    std::unique_ptr<QSettings> m_settings;
    std::optional<QString> m_loadProblem;
};

} // namespace habmesos
