// SPDX-License-Identifier: Apache-2.0
#include "ui/settings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;

class tst_Settings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void defaults();
    void defaultFileFollowsXdgConfigHome();
    void roundTrip();
    void serversNeverKeepPasswords();
    void unknownSpellingsFallBack();
    void uploadTargetKeptWithoutCredentials();
    void recentMostRecentFirst();
    void recentDeduplicated();
    void recentCapped();
    void recentRulesHoldForHandEditedFiles();
    void recentRemoveAndClear();
    void emptyResetsFolderToDefault();
    void syncCreatesFolderAndReportsErrors();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("conf/habmesos.conf")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Settings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Settings::defaults()
{
    qputenv("HAB_CACHE_ARTIFACT_PATH", m_dir->filePath(QStringLiteral("artifacts")).toUtf8());
    Settings settings(path());
    QVERIFY(!settings.loadProblem());
    QVERIFY(settings.marathonServers().isEmpty());
    QVERIFY(settings.recentPackages().isEmpty());
    QCOMPARE(settings.tarballFormat(), TarballFormat::Gzip);
    QCOMPARE(settings.deploymentLayout(), DeploymentLayout::Tarball);
    QCOMPARE(settings.jsonFlavour(), MarathonFlavour::Current);
    QCOMPARE(settings.artifactCacheDir(), m_dir->filePath(QStringLiteral("artifacts")));
    QVERIFY(!settings.outputDir().isEmpty());
    QVERIFY(settings.windowGeometry().isEmpty());
    qunsetenv("HAB_CACHE_ARTIFACT_PATH");
}

void tst_Settings::defaultFileFollowsXdgConfigHome()
{
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("xdg")).toUtf8());
    {
        Settings settings;
        QCOMPARE(settings.filePath(), m_dir->filePath(QStringLiteral("xdg/habmesos/habmesos.conf")));
        settings.setTarballFormat(TarballFormat::Plain);
        QVERIFY(settings.sync().ok());
    }
    QCOMPARE(Settings().tarballFormat(), TarballFormat::Plain);
    if (saved.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", saved);
}

void tst_Settings::roundTrip()
{
    const MarathonServer staging { QStringLiteral("staging"), QUrl(QStringLiteral("https://marathon.example.com:8443")),
        MarathonServer::Auth::Basic, QStringLiteral("alice"), QStringLiteral("/etc/ssl/staging-ca.pem") };
    const MarathonServer dcos { QStringLiteral("DC/OS prod"),
        QUrl(QStringLiteral("https://dcos.example.com/service/marathon")), MarathonServer::Auth::DcosLogin,
        QStringLiteral("bob@example.com"), {} };
    const MarathonServer token { QStringLiteral("ci"), QUrl(QStringLiteral("http://10.0.0.5:8080")),
        MarathonServer::Auth::DcosToken, {}, {} };
    const MarathonServer open { QStringLiteral("lab"), QUrl(QStringLiteral("http://localhost:8080")),
        MarathonServer::Auth::None, {}, {} };
    const QByteArray geometry("\x01\x02\x00\xffgeometry", 12);
    {
        Settings settings(path());
        settings.setMarathonServers({ staging, dcos, token, open });
        settings.setCurrentMarathonServer(QStringLiteral("DC/OS prod"));
        settings.setOutputDir(QStringLiteral("/srv/exports"));
        settings.setArtifactCacheDir(QStringLiteral("/data/hab/artifacts"));
        settings.setKeyDir(QStringLiteral("/data/hab/keys"));
        settings.setInstalledPackagesDir(QStringLiteral("/data/hab/pkgs"));
        settings.addRecentPackage(QStringLiteral("core/nginx"));
        settings.addRecentPackage(QStringLiteral("/tmp/core-redis-4.0.14-20190319155852-x86_64-linux.hart"));
        settings.setLastPackage(QStringLiteral("core/nginx"));
        settings.setWindowGeometry(geometry);
        settings.setWindowState(QByteArray("state"));
        settings.setTarballFormat(TarballFormat::Xz);
        settings.setDeploymentLayout(DeploymentLayout::Harts);
        settings.setAgentFetcher(AgentFetcher::GnuTar);
        settings.setJsonFlavour(MarathonFlavour::Legacy);
        QVERIFY(settings.sync().ok());
    }
    Settings settings(path());
    QVERIFY(!settings.loadProblem());
    const QList<MarathonServer> servers = settings.marathonServers();
    QCOMPARE(servers.size(), 4);
    QCOMPARE(servers[0], staging);
    QCOMPARE(servers[1], dcos);
    QCOMPARE(servers[2], token);
    QCOMPARE(servers[3], open);
    QCOMPARE(settings.currentMarathonServer(), QStringLiteral("DC/OS prod"));
    QCOMPARE(settings.outputDir(), QStringLiteral("/srv/exports"));
    QCOMPARE(settings.artifactCacheDir(), QStringLiteral("/data/hab/artifacts"));
    QCOMPARE(settings.keyDir(), QStringLiteral("/data/hab/keys"));
    QCOMPARE(settings.installedPackagesDir(), QStringLiteral("/data/hab/pkgs"));
    QCOMPARE(settings.recentPackages(),
        QStringList({ QStringLiteral("/tmp/core-redis-4.0.14-20190319155852-x86_64-linux.hart"),
            QStringLiteral("core/nginx") }));
    QCOMPARE(settings.lastPackage(), QStringLiteral("core/nginx"));
    QCOMPARE(settings.windowGeometry(), geometry);
    QCOMPARE(settings.windowState(), QByteArray("state"));
    QCOMPARE(settings.tarballFormat(), TarballFormat::Xz);
    QCOMPARE(settings.deploymentLayout(), DeploymentLayout::Harts);
    QCOMPARE(settings.agentFetcher(), AgentFetcher::GnuTar);
    QCOMPARE(settings.jsonFlavour(), MarathonFlavour::Legacy);
    // Spelled as the command line spells it, so a hand-edited file reads like --layout.
    QCOMPARE(QSettings(path(), QSettings::IniFormat).value(QStringLiteral("Export/Layout")).toString(),
        QStringLiteral("harts"));
    settings.setDeploymentLayout(DeploymentLayout::Tarball);
    QCOMPARE(settings.deploymentLayout(), DeploymentLayout::Tarball);

    // Fewer servers replace the list, leaving no stale entries behind.
    settings.setMarathonServers({ open });
    QCOMPARE(settings.marathonServers(), QList<MarathonServer>({ open }));
}

void tst_Settings::serversNeverKeepPasswords()
{
    {
        Settings settings(path());
        MarathonServer server;
        server.name = QStringLiteral("typed with a password");
        server.url = QUrl(QStringLiteral("https://carol:s3cr3t-Pa55@marathon.example.com/?x=1#frag"));
        server.auth = MarathonServer::Auth::Basic;
        settings.setMarathonServers({ server });
        QVERIFY(settings.sync().ok());
        const QList<MarathonServer> servers = settings.marathonServers();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers[0].url, QUrl(QStringLiteral("https://marathon.example.com")));
        QCOMPARE(servers[0].userName, QStringLiteral("carol"));
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("marathon.example.com"));
    QVERIFY2(!content.contains("s3cr3t-Pa55"), content.constData());
}

void tst_Settings::uploadTargetKeptWithoutCredentials()
{
    {
        Settings settings(path());
        QVERIFY(settings.uploadUrl().isEmpty());
        QVERIFY(!settings.uploadToArtifactStore());
        settings.setUploadUrl(QStringLiteral(" https://dav.example.com/mesos/ "));
        settings.setDownloadUrl(QStringLiteral("http://cdn.example.com/mesos/"));
        settings.setUploadToArtifactStore(true);
        QVERIFY(settings.sync().ok());
    }
    {
        Settings settings(path());
        QCOMPARE(settings.uploadUrl(), QStringLiteral("https://dav.example.com/mesos/"));
        QCOMPARE(settings.downloadUrl(), QStringLiteral("http://cdn.example.com/mesos/"));
        QVERIFY(settings.uploadToArtifactStore());
        // A pre-signed URL's query is a credential, and so is a password: neither is written, and
        // the previous value goes (it was not what the user used last).
        settings.setUploadUrl(
            QStringLiteral("https://bucket.s3.example.com/a.tgz?X-Amz-Signature=deadbeefSIGNATURE&X-Amz-Expires=600"));
        settings.setDownloadUrl(QStringLiteral("https://ops:hunter2-Secret@cdn.example.com/"));
        QVERIFY(settings.uploadUrl().isEmpty());
        QVERIFY(settings.downloadUrl().isEmpty());
        settings.setUploadUrl(QStringLiteral("ftp://files.example.com/"));
        QVERIFY(settings.uploadUrl().isEmpty());
        QVERIFY(settings.sync().ok());
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(!content.contains("deadbeefSIGNATURE"), content.constData());
    QVERIFY2(!content.contains("hunter2-Secret"), content.constData());
}

void tst_Settings::unknownSpellingsFallBack()
{
    {
        QFile file(path());
        QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[Export]\nCompression=lz4\nJsonFlavour=future\nLayout=zip\n"
                   "[Marathon]\nServers\\size=2\nServers\\1\\Name=a\nServers\\1\\Url=http://a:8080\n"
                   "Servers\\1\\Auth=kerberos\nServers\\2\\Name=no url\n");
    }
    Settings settings(path());
    QCOMPARE(settings.tarballFormat(), TarballFormat::Gzip);
    QCOMPARE(settings.deploymentLayout(), DeploymentLayout::Tarball);
    QCOMPARE(settings.jsonFlavour(), MarathonFlavour::Current);
    const QList<MarathonServer> servers = settings.marathonServers();
    QCOMPARE(servers.size(), 1); // the one without a URL is dropped
    QCOMPARE(servers[0].name, QStringLiteral("a"));
    QCOMPARE(servers[0].auth, MarathonServer::Auth::None);
}

void tst_Settings::recentMostRecentFirst()
{
    Settings settings(path());
    settings.addRecentPackage(QStringLiteral("core/a"));
    settings.addRecentPackage(QStringLiteral("core/b"));
    settings.addRecentPackage(QStringLiteral("core/c"));
    QCOMPARE(settings.recentPackages(),
        QStringList({ QStringLiteral("core/c"), QStringLiteral("core/b"), QStringLiteral("core/a") }));
    // Opening an older one again moves it to the front.
    settings.addRecentPackage(QStringLiteral("core/a"));
    QCOMPARE(settings.recentPackages(),
        QStringList({ QStringLiteral("core/a"), QStringLiteral("core/c"), QStringLiteral("core/b") }));
}

void tst_Settings::recentDeduplicated()
{
    Settings settings(path());
    const QString hart = m_dir->filePath(QStringLiteral("x.hart"));
    settings.addRecentPackage(hart);
    // The same file by another spelling, an ident with blanks around it, and blanks only.
    settings.addRecentPackage(m_dir->path() + QStringLiteral("/sub/../x.hart"));
    settings.addRecentPackage(m_dir->path() + QStringLiteral("//x.hart"));
    settings.addRecentPackage(QStringLiteral("  core/nginx "));
    settings.addRecentPackage(QStringLiteral("core/nginx"));
    settings.addRecentPackage(QStringLiteral("   "));
    settings.addRecentPackage(QString());
    QCOMPARE(settings.recentPackages(), QStringList({ QStringLiteral("core/nginx"), QDir::cleanPath(hart) }));

    // A relative path is stored absolute.
    QVERIFY(QDir::setCurrent(m_dir->path()));
    settings.addRecentPackage(QStringLiteral("./x.hart"));
    QCOMPARE(settings.recentPackages(), QStringList({ QDir::cleanPath(hart), QStringLiteral("core/nginx") }));
}

void tst_Settings::recentCapped()
{
    {
        Settings settings(path());
        for (int i = 0; i < Settings::MaxRecentPackages + 5; ++i)
            settings.addRecentPackage(QStringLiteral("core/p%1").arg(i));
        const QStringList recent = settings.recentPackages();
        QCOMPARE(recent.size(), Settings::MaxRecentPackages);
        QCOMPARE(recent.first(), QStringLiteral("core/p%1").arg(Settings::MaxRecentPackages + 4));
        QCOMPARE(recent.last(), QStringLiteral("core/p5"));
    }
    // And so it is in the file.
    QSettings raw(path(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("Packages/Recent")).toStringList().size(), Settings::MaxRecentPackages);
}

void tst_Settings::recentRulesHoldForHandEditedFiles()
{
    {
        QSettings raw(path(), QSettings::IniFormat);
        QStringList list;
        for (int i = 0; i < 30; ++i)
            list << QStringLiteral("core/p%1").arg(i % 15) << QString();
        raw.setValue(QStringLiteral("Packages/Recent"), list);
    }
    Settings settings(path());
    const QStringList recent = settings.recentPackages();
    QCOMPARE(recent.size(), Settings::MaxRecentPackages);
    QCOMPARE(recent.first(), QStringLiteral("core/p0"));
    QCOMPARE(QStringList(recent).removeDuplicates(), 0);
}

void tst_Settings::recentRemoveAndClear()
{
    Settings settings(path());
    settings.addRecentPackage(QStringLiteral("core/a"));
    settings.addRecentPackage(QStringLiteral("core/b"));
    settings.removeRecentPackage(QStringLiteral(" core/a"));
    QCOMPARE(settings.recentPackages(), QStringList({ QStringLiteral("core/b") }));
    settings.removeRecentPackage(QStringLiteral("core/not-there"));
    QCOMPARE(settings.recentPackages(), QStringList({ QStringLiteral("core/b") }));
    settings.clearRecentPackages();
    QVERIFY(settings.recentPackages().isEmpty());
}

void tst_Settings::emptyResetsFolderToDefault()
{
    qputenv("HAB_CACHE_KEY_PATH", "/from/env/keys");
    Settings settings(path());
    settings.setKeyDir(QStringLiteral("/mine/keys"));
    QCOMPARE(settings.keyDir(), QStringLiteral("/mine/keys"));
    settings.setKeyDir(QString());
    QCOMPARE(settings.keyDir(), QStringLiteral("/from/env/keys"));
    qunsetenv("HAB_CACHE_KEY_PATH");
}

void tst_Settings::syncCreatesFolderAndReportsErrors()
{
    {
        Settings settings(path());
        settings.setOutputDir(QStringLiteral("/out"));
        QVERIFY(settings.sync().ok());
        QVERIFY(QFile::exists(path()));
    }
    // A folder in the way of the settings file's folder: the error names it.
    const QString blocked = m_dir->filePath(QStringLiteral("file-not-dir"));
    {
        QFile f(blocked);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    Settings settings(blocked + QStringLiteral("/habmesos.conf"));
    settings.setOutputDir(QStringLiteral("/out"));
    const Status status = settings.sync();
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QStringLiteral("file-not-dir")), qPrintable(status.error()));
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
