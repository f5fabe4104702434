// SPDX-License-Identifier: Apache-2.0
#include "ui/settings.h"

#include "package/habpaths.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace habmesos {

namespace {

// Every key, in one place.
namespace Key {
const QString servers = QStringLiteral("Marathon/Servers");
const QString currentServer = QStringLiteral("Marathon/CurrentServer");
const QString serverName = QStringLiteral("Name");
const QString serverUrl = QStringLiteral("Url");
const QString serverAuth = QStringLiteral("Auth");
const QString serverUser = QStringLiteral("UserName");
const QString serverCaFile = QStringLiteral("CaFile");
const QString outputDir = QStringLiteral("Paths/OutputDir");
const QString artifactCacheDir = QStringLiteral("Paths/ArtifactCacheDir");
const QString keyDir = QStringLiteral("Paths/KeyDir");
const QString installedPackagesDir = QStringLiteral("Paths/InstalledPackagesDir");
const QString recentPackages = QStringLiteral("Packages/Recent");
const QString lastPackage = QStringLiteral("Packages/Last");

const QString windowGeometry = QStringLiteral("Window/Geometry");
const QString windowState = QStringLiteral("Window/State");
const QString compression = QStringLiteral("Export/Compression");
const QString mesosAgents = QStringLiteral("Export/MesosAgents");
const QString layout = QStringLiteral("Export/Layout");
const QString uploadUrl = QStringLiteral("Upload/Url");
const QString downloadUrl = QStringLiteral("Upload/DownloadUrl");
const QString uploadToArtifactStore = QStringLiteral("Upload/ToArtifactStore");
const QString jsonFlavour = QStringLiteral("Export/JsonFlavour");
const QString agentPorts = QStringLiteral("Export/AgentPorts");
} // namespace Key

QStringList cappedUnique(const QStringList& packages)
{
    QStringList result;
    for (const QString& package : packages) {
        const QString normalized = Settings::normalizedPackage(package);
        if (normalized.isEmpty() || result.contains(normalized))
            continue;
        result << normalized;
        if (result.size() == Settings::MaxRecentPackages)
            break;
    }
    return result;
}

} // namespace

Settings::Settings()
    : Settings(defaultFilePath())
{ }

Settings::Settings(const QString& filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
    // The default, but it is what makes writing safe: QSettings writes a temporary file and renames
    // it over the old one (QSaveFile), instead of truncating the file first.
    m_settings->setAtomicSyncRequired(true);
    switch (m_settings->status()) {
    case QSettings::NoError:
        break;
    case QSettings::AccessError:
        m_loadProblem = tr("%1: cannot read the settings file").arg(QDir::toNativeSeparators(filePath));
        break;
    case QSettings::FormatError:
        m_loadProblem
            = tr("%1: the settings file is damaged; using the defaults").arg(QDir::toNativeSeparators(filePath));
        break;
    }
}

Settings::~Settings()
{
    // The last chance to write what nobody synced; there is no one left to show the error to.
    if (const Status synced = sync(); !synced)
        qWarning().noquote() << synced.error();
}

QString Settings::defaultFilePath()
{
    // Where QSettings' own default would put it for organisation and application "habmesos", but not
    // dependent on those names being set first.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.config");
    return dir + QStringLiteral("/habmesos/habmesos.conf");
}

QString Settings::filePath() const
{
    return m_settings->fileName();
}

Status Settings::sync()
{
    const QString path = filePath();
    // QSettings does not create the folder; a first run has none.
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return Status::failure(tr("%1: cannot create the folder").arg(QDir::toNativeSeparators(dir)));
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return Status::failure(tr("%1: cannot write the settings file").arg(QDir::toNativeSeparators(path)));
    return success();
}

std::optional<QString> Settings::loadProblem() const
{
    return m_loadProblem;
}

QString Settings::stringValue(const QString& key) const
{
    return m_settings->value(key).toString();
}

void Settings::setStringValue(const QString& key, const QString& value)
{
    if (value.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, value);
}

QList<MarathonServer> Settings::marathonServers() const
{
    QList<MarathonServer> servers;
    const int count = m_settings->beginReadArray(Key::servers);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        MarathonServer server;
        server.name = m_settings->value(Key::serverName).toString();
        server.url = MarathonServer::normalizedUrl(QUrl(m_settings->value(Key::serverUrl).toString()));
        // An unknown spelling (a newer version's, or a typo) falls back to no authentication.
        server.auth = MarathonAuth::modeFromString(m_settings->value(Key::serverAuth).toString())
                          .value_or(MarathonAuth::Mode::None);
        server.userName = m_settings->value(Key::serverUser).toString();
        server.caFile = m_settings->value(Key::serverCaFile).toString();
        if (server.url.isValid() && !server.url.isEmpty())
            servers << server;
    }
    m_settings->endArray();
    return servers;
}

void Settings::setMarathonServers(const QList<MarathonServer>& servers)
{
    m_settings->remove(Key::servers);
    m_settings->beginWriteArray(Key::servers, int(servers.size()));
    for (int i = 0; i < servers.size(); ++i) {
        const MarathonServer& server = servers[i];
        m_settings->setArrayIndex(i);
        m_settings->setValue(Key::serverName, server.name);
        // A user name typed into the URL is kept, its password never.
        m_settings->setValue(Key::serverUrl, MarathonServer::normalizedUrl(server.url).toString());
        m_settings->setValue(Key::serverAuth, MarathonAuth::modeToString(server.auth));
        m_settings->setValue(Key::serverUser, server.userName.isEmpty() ? server.url.userName() : server.userName);
        m_settings->setValue(Key::serverCaFile, server.caFile);
    }
    m_settings->endArray();
}

QString Settings::currentMarathonServer() const
{
    return stringValue(Key::currentServer);
}

void Settings::setCurrentMarathonServer(const QString& name)
{
    setStringValue(Key::currentServer, name);
}

QString Settings::outputDir() const
{
    const QString dir = stringValue(Key::outputDir);
    if (!dir.isEmpty())
        return dir;
    // Documents only where it exists (root and many servers have no ~/Documents, and the first
    // build would fail there); the home folder always does.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void Settings::setOutputDir(const QString& dir)
{
    setStringValue(Key::outputDir, dir);
}

QString Settings::artifactCacheDir() const
{
    const QString dir = stringValue(Key::artifactCacheDir);
    return dir.isEmpty() ? HabPaths::artifactCache() : dir;
}

void Settings::setArtifactCacheDir(const QString& dir)
{
    setStringValue(Key::artifactCacheDir, dir);
}

QString Settings::keyDir() const
{
    const QString dir = stringValue(Key::keyDir);
    return dir.isEmpty() ? HabPaths::keyCache() : dir;
}

void Settings::setKeyDir(const QString& dir)
{
    setStringValue(Key::keyDir, dir);
}

QString Settings::installedPackagesDir() const
{
    const QString dir = stringValue(Key::installedPackagesDir);
    return dir.isEmpty() ? HabPaths::installedPackages() : dir;
}

void Settings::setInstalledPackagesDir(const QString& dir)
{
    setStringValue(Key::installedPackagesDir, dir);
}

QString Settings::normalizedPackage(const QString& package)
{
    const QString trimmed = package.trimmed();
    if (trimmed.isEmpty())
        return {};
    // A package ident (origin/name[/version[/release]]) is kept as typed; anything that names a
    // file is made absolute so "./x.hart" and "/home/me/x.hart" count as one entry.
    const bool isFile = trimmed.endsWith(QStringLiteral(".hart"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1Char('/')) || trimmed.startsWith(QLatin1Char('.'))
        || trimmed.startsWith(QLatin1Char('~'));
    if (!isFile)
        return trimmed;
    QString path = trimmed;
    if (path == QStringLiteral("~") || path.startsWith(QStringLiteral("~/")))
        path = QDir::homePath() + path.mid(1);
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QStringList Settings::recentPackages() const
{
    // The file may have been edited by hand: the rules hold for what is read, too.
    return cappedUnique(m_settings->value(Key::recentPackages).toStringList());
}

void Settings::addRecentPackage(const QString& package)
{
    const QString normalized = normalizedPackage(package);
    if (normalized.isEmpty())
        return;
    QStringList packages = recentPackages();
    packages.prepend(normalized);
    m_settings->setValue(Key::recentPackages, cappedUnique(packages));
}

void Settings::removeRecentPackage(const QString& package)
{
    QStringList packages = recentPackages();
    packages.removeAll(normalizedPackage(package));
    if (packages.isEmpty())
        m_settings->remove(Key::recentPackages);
    else
        m_settings->setValue(Key::recentPackages, packages);
}

void Settings::clearRecentPackages()
{
    m_settings->remove(Key::recentPackages);
}

QString Settings::lastPackage() const
{
    return stringValue(Key::lastPackage);
}

void Settings::setLastPackage(const QString& package)
{
    setStringValue(Key::lastPackage, normalizedPackage(package));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(Key::windowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(Key::windowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(Key::windowState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(Key::windowState, state);
}

TarballFormat Settings::tarballFormat() const
{
    // Spelled as the command line's --format (tgz, txz, tar); "gzip" and "xz" as older files have them.
    const QString text = stringValue(Key::compression).toLower();
    if (text == QLatin1String("xz") || text == QLatin1String("txz"))
        return TarballFormat::Xz;
    if (text == QLatin1String("tar"))
        return TarballFormat::Plain;
    return TarballFormat::Gzip;
}

void Settings::setTarballFormat(TarballFormat format)
{
    m_settings->setValue(Key::compression, tarballSuffix(format).mid(1));
}

PortRanges Settings::agentPorts() const
{
    // A hand-written "31000-32000, 8000-9000" without quotes reads back as a list in INI files.
    const QVariant value = m_settings->value(Key::agentPorts);
    const QString text = value.typeId() == QMetaType::QStringList ? value.toStringList().join(u',') : value.toString();
    const auto ranges = PortPlacement::parseRanges(text);
    return ranges ? ranges.value() : PortPlacement::defaultAgentPorts();
}

void Settings::setAgentPorts(const PortRanges& ranges)
{
    if (ranges == PortPlacement::defaultAgentPorts())
        m_settings->remove(Key::agentPorts);
    else
        m_settings->setValue(Key::agentPorts, PortPlacement::formatRanges(ranges));
}

AgentFetcher Settings::agentFetcher() const
{
    // Spelled as the command line's --mesos-agents (1.6 or 1.7).
    return stringValue(Key::mesosAgents) == QLatin1String("1.6") ? AgentFetcher::GnuTar : AgentFetcher::Libarchive;
}

void Settings::setAgentFetcher(AgentFetcher fetcher)
{
    m_settings->setValue(
        Key::mesosAgents, fetcher == AgentFetcher::GnuTar ? QStringLiteral("1.6") : QStringLiteral("1.7"));
}

DeploymentLayout Settings::deploymentLayout() const
{
    // Spelled as the command line's --layout (tarball or harts).
    return stringValue(Key::layout) == QLatin1String("harts") ? DeploymentLayout::Harts : DeploymentLayout::Tarball;
}

void Settings::setDeploymentLayout(DeploymentLayout layout)
{
    m_settings->setValue(
        Key::layout, layout == DeploymentLayout::Harts ? QStringLiteral("harts") : QStringLiteral("tarball"));
}

namespace {
// Only plain addresses: credentials in a URL (user, password, a pre-signed query) stay out of the file.
QString storableUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return QString();
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return QString();
    return url.toString();
}
} // namespace

QString Settings::uploadUrl() const
{
    return storableUrl(stringValue(Key::uploadUrl));
}

void Settings::setUploadUrl(const QString& url)
{
    setStringValue(Key::uploadUrl, storableUrl(url));
}

QString Settings::downloadUrl() const
{
    return storableUrl(stringValue(Key::downloadUrl));
}

void Settings::setDownloadUrl(const QString& url)
{
    setStringValue(Key::downloadUrl, storableUrl(url));
}

bool Settings::uploadToArtifactStore() const
{
    return m_settings->value(Key::uploadToArtifactStore, false).toBool();
}

void Settings::setUploadToArtifactStore(bool artifactStore)
{
    m_settings->setValue(Key::uploadToArtifactStore, artifactStore);
}

MarathonFlavour Settings::jsonFlavour() const
{
    return jsonFlavourFromString(stringValue(Key::jsonFlavour)).value_or(MarathonFlavour::Current);
}

void Settings::setJsonFlavour(MarathonFlavour flavour)
{
    m_settings->setValue(Key::jsonFlavour, jsonFlavourToString(flavour));
}

QString Settings::jsonFlavourToString(MarathonFlavour flavour)
{
    switch (flavour) {
    case MarathonFlavour::Current:
        return QStringLiteral("current");
    case MarathonFlavour::Legacy:
        return QStringLiteral("legacy");
    }
    return QStringLiteral("current");
}

std::optional<MarathonFlavour> Settings::jsonFlavourFromString(const QString& text)
{
    for (MarathonFlavour f : { MarathonFlavour::Current, MarathonFlavour::Legacy }) {
        if (text.compare(jsonFlavourToString(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

} // namespace habmesos
