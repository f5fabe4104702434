// SPDX-License-Identifier: Apache-2.0
// The agent stand-in's .hart check (standin-hart-verify, issue #14), which the stand-in
// `hab pkg install` runs inside the task before it unpacks: a good artifact's payload comes out
// whole and unpacks with xz and tar, --unpack writes the tar liblzma decompresses, --metadata the
// metafiles (unverified, as Habitat's PackageArchive::new reads them); a spoilt payload, a wrong
// signature, an unknown signer or a broken header is refused in Habitat's words, and nothing
// reaches the unpacker. And the stand-in `hab pkg install --offline` built on it (standin-hab.sh,
// under FS_ROOT, run by Debian's busybox): by file or by fully qualified ident, dependencies from
// the artifact cache by canonical name, a missing one refused offline, a spoilt one refused by
// the check of its signature, a corrupt one by the read of its metadata (as hab's would be).
#include "support/fixturebuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;
using namespace habmesos::test;

class tst_StandInHartVerify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void goodArtifactComesOutWhole();
    void refused_data();
    void refused();
    void unpackWritesTheTar();
    void metadataReadUnverified();
    void habInstallsOffline();
    void habInstallsByIdent();
    void habRefusesWhatOfflineCannotInstall_data();
    void habRefusesWhatOfflineCannotInstall();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run verify(const QString& hart, const QStringList& mode = {}, const QString& directory = {}) const;
    struct Root
    {
        QString path;
        QString app; // the service's .hart (its dependency is in the cache)
        QString appIdent, libIdent;
    };
    // spoilLib: "footer" flips the payload's last byte (the xz footer, which no read of the
    // metadata reaches), "middle" one in the middle of the compressed data.
    Root makeRoot(const QString& name, bool libInCache, const QString& spoilLib = {});
    Run habInstall(const Root& root, const QStringList& args, bool featureFlag = true) const;

    QTemporaryDir m_dir;
    std::unique_ptr<FixtureBuilder> m_builder;
    QString m_good;
};

void tst_StandInHartVerify::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_builder = std::make_unique<FixtureBuilder>(m_dir.filePath(QStringLiteral("artifacts")));
    auto good = m_builder->build(QStringLiteral("acme/rocket/1.0.0/20200101000000"));
    QVERIFY2(good, qPrintable(good.error()));
    m_good = *good;
}

tst_StandInHartVerify::Run tst_StandInHartVerify::verify(
    const QString& hart, const QStringList& mode, const QString& directory) const
{
    QProcess p;
    p.start(QStringLiteral(HABMESOS_STANDIN_HART_VERIFY),
        mode + QStringList { hart, directory.isEmpty() ? m_builder->keyDirectory() : directory });
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        QString::fromUtf8(p.readAllStandardError()) };
}

void tst_StandInHartVerify::goodArtifactComesOutWhole()
{
    const Run run = verify(m_good);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(m_good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    qsizetype at = 0;
    for (int line = 0; line < 5; ++line)
        at = whole.indexOf('\n', at) + 1;
    QCOMPARE(run.out, whole.mid(at));
    // The payload is what Habitat unpacks: an xz tar of hab/pkgs/<ident>.
    QProcess tar;
    tar.start(QStringLiteral("tar"), { QStringLiteral("-tJf"), QStringLiteral("-") });
    QVERIFY(tar.waitForStarted());
    tar.write(run.out);
    tar.closeWriteChannel();
    QVERIFY(tar.waitForFinished(60000));
    QCOMPARE(tar.exitCode(), 0);
    QVERIFY(tar.readAllStandardOutput().contains("hab/pkgs/acme/rocket/1.0.0/20200101000000/IDENT"));
}

void tst_StandInHartVerify::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("payload spoilt") << QStringLiteral("flip") << QStringLiteral("hashes don't match");
    QTest::newRow("wrong key") << QStringLiteral("wrongkey")
                               << QStringLiteral("Habitat artifact is invalid, signature verification failed");
    QTest::newRow("unknown signer") << QStringLiteral("unknown")
                                    << QStringLiteral("Cached origin key not found in offline mode: acme-");
    QTest::newRow("header cut") << QStringLiteral("truncated") << QStringLiteral("Unsupported format version");
}

void tst_StandInHartVerify::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    Result<QString> hart = Result<QString>::failure(QStringLiteral("no such kind"));
    if (kind == QLatin1String("flip")) {
        hart = m_builder->flipPayloadByte(m_good, QStringLiteral("flipped.hart"));
    } else if (kind == QLatin1String("wrongkey")) {
        hart = m_builder->signedWithWrongKey({ .ident = QStringLiteral("acme/wrong/1.0.0/20200101000000") });
    } else if (kind == QLatin1String("unknown")) {
        PackageSpec spec { .ident = QStringLiteral("stranger/pkg/1.0.0/20200101000000") };
        spec.signer = QStringLiteral("acme-unpublished");
        spec.publishSigner = false;
        hart = m_builder->build(spec);
        message = QStringLiteral("Cached origin key not found in offline mode: acme-unpublished-");
    } else if (kind == QLatin1String("truncated")) {
        hart = m_builder->truncated(m_good, QStringLiteral("cut.hart"), 10);
    }
    QVERIFY2(hart, qPrintable(hart.error()));
    for (const QStringList& mode : { QStringList {}, QStringList { QStringLiteral("--unpack") } }) {
        const Run run = verify(*hart, mode);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty()); // nothing unverified reaches the unpacker
    }
    const Run check = verify(*hart, { QStringLiteral("--check") });
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains(message), qPrintable(check.err));
}

void tst_StandInHartVerify::unpackWritesTheTar()
{
    const Run run = verify(m_good, { QStringLiteral("--unpack") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The same bytes as xz gives for the payload.
    const Run raw = verify(m_good);
    QVERIFY2(raw.exitCode == 0, qPrintable(raw.err));
    QProcess xz;
    xz.start(QStringLiteral("xz"), { QStringLiteral("-dc") });
    QVERIFY(xz.waitForStarted());
    xz.write(raw.out);
    xz.closeWriteChannel();
    QVERIFY(xz.waitForFinished(60000));
    QCOMPARE(xz.exitCode(), 0);
    QVERIFY(!run.out.isEmpty());
    QCOMPARE(run.out, xz.readAllStandardOutput());
    QVERIFY(verify(m_good, { QStringLiteral("--check") }).exitCode == 0);
}

void tst_StandInHartVerify::metadataReadUnverified()
{
    // Read as PackageArchive::new does: no key needed, the metafiles trimmed.
    const QString out = m_dir.filePath(QStringLiteral("metadata"));
    QVERIFY(QDir().mkpath(out));
    const Run run = verify(m_good, { QStringLiteral("--metadata") }, out);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QFile ident(out + QStringLiteral("/IDENT"));
    QVERIFY(ident.open(QIODevice::ReadOnly));
    QCOMPARE(ident.readAll(), QByteArray("acme/rocket/1.0.0/20200101000000"));
    QFile target(out + QStringLiteral("/TARGET"));
    QVERIFY(target.open(QIODevice::ReadOnly));
    QCOMPARE(target.readAll(), QByteArray("x86_64-linux"));
    // A payload that does not decompress is refused with xz2's words.
    auto spoilt = m_builder->flipPayloadByte(m_good, QStringLiteral("corrupt.hart"));
    QVERIFY2(spoilt, qPrintable(spoilt.error()));
    const Run bad = verify(*spoilt, { QStringLiteral("--metadata") }, out);
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QLatin1String("corrupt xz stream")), qPrintable(bad.err));
}

tst_StandInHartVerify::Root tst_StandInHartVerify::makeRoot(
    const QString& name, bool libInCache, const QString& spoilLib)
{
    Root root;
    root.path = m_dir.filePath(QStringLiteral("roots/") + name);
    root.appIdent = QStringLiteral("acme/app-%1/1.0.0/20200101000000").arg(name);
    root.libIdent = QStringLiteral("acme/lib-%1/1.0.0/20200101000000").arg(name);
    auto chain = m_builder->buildChain({ root.appIdent, root.libIdent });
    if (!chain)
        return {};
    root.app = chain->at(0);
    const QString cache = root.path + QStringLiteral("/hab/cache/artifacts/");
    QDir().mkpath(cache);
    QDir().mkpath(root.path + QStringLiteral("/hab/cache/keys"));
    for (const QString& key : QDir(m_builder->keyDirectory()).entryList(QDir::Files))
        QFile::copy(m_builder->keyDirectory() + u'/' + key, root.path + QStringLiteral("/hab/cache/keys/") + key);
    QString lib = chain->at(1);
    if (!spoilLib.isEmpty()) {
        qint64 offset = -1; // the middle
        if (spoilLib == QLatin1String("footer")) {
            QFile file(lib);
            if (!file.open(QIODevice::ReadOnly))
                return {};
            const QByteArray whole = file.readAll();
            qsizetype at = 0;
            for (int line = 0; line < 5; ++line)
                at = whole.indexOf('\n', at) + 1;
            offset = whole.size() - at - 1;
        }
        auto spoilt = m_builder->flipPayloadByte(lib, QStringLiteral("spoilt-") + QFileInfo(lib).fileName(), offset);
        if (!spoilt)
            return {};
        lib = *spoilt;
    }
    if (libInCache)
        QFile::copy(lib, cache + QFileInfo(chain->at(1)).fileName());
    return root;
}

tst_StandInHartVerify::Run tst_StandInHartVerify::habInstall(
    const Root& root, const QStringList& args, bool featureFlag) const
{
    // The script plays hab when started by that name.
    const QString bin = root.path + QStringLiteral("/bin");
    QDir().mkpath(bin);
    QFile::link(QStringLiteral(HABMESOS_STANDIN_HAB_SCRIPT), bin + QStringLiteral("/hab"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FS_ROOT"), root.path);
    env.insert(QStringLiteral("STANDIN_HART_VERIFY"), QStringLiteral(HABMESOS_STANDIN_HART_VERIFY));
    env.remove(QStringLiteral("HAB_FEAT_OFFLINE_INSTALL"));
    if (featureFlag)
        env.insert(QStringLiteral("HAB_FEAT_OFFLINE_INSTALL"), QStringLiteral("ON"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/busybox"),
        QStringList {
            QStringLiteral("sh"), bin + QStringLiteral("/hab"), QStringLiteral("pkg"), QStringLiteral("install") }
            + args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        QString::fromUtf8(p.readAllStandardError()) };
}

void tst_StandInHartVerify::habInstallsOffline()
{
    if (!QFileInfo(QStringLiteral("/bin/busybox")).isExecutable())
        QSKIP("needs Debian's busybox-static");
    const Root root = makeRoot(QStringLiteral("good"), true);
    QVERIFY(!root.app.isEmpty());
    const Run run = habInstall(root, { QStringLiteral("--offline"), root.app });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString& ident : { root.appIdent, root.libIdent })
        QVERIFY2(QFileInfo(root.path + QStringLiteral("/hab/pkgs/") + ident + QStringLiteral("/IDENT")).isFile(),
            qPrintable(ident));
    // The archive itself lands in the cache under its canonical name, as Habitat's does.
    QVERIFY(QFileInfo::exists(root.path + QStringLiteral("/hab/cache/artifacts/") + QFileInfo(root.app).fileName()));
    QVERIFY(QDir(root.path + QStringLiteral("/hab/cache"))
                .entryList({ QStringLiteral(".standin-unpack*") }, QDir::AllEntries | QDir::Hidden)
                .isEmpty());
    // Installed already: a second install changes nothing and succeeds.
    QCOMPARE(habInstall(root, { QStringLiteral("--offline"), root.app }).exitCode, 0);
}

void tst_StandInHartVerify::habInstallsByIdent()
{
    if (!QFileInfo(QStringLiteral("/bin/busybox")).isExecutable())
        QSKIP("needs Debian's busybox-static");
    // A fully qualified ident whose artifact is in the cache under its canonical name.
    const Root root = makeRoot(QStringLiteral("by-ident"), true);
    QVERIFY(!root.app.isEmpty());
    QVERIFY(
        QFile::copy(root.app, root.path + QStringLiteral("/hab/cache/artifacts/") + QFileInfo(root.app).fileName()));
    const Run run = habInstall(root, { QStringLiteral("--offline"), root.appIdent });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString& ident : { root.appIdent, root.libIdent })
        QVERIFY2(QFileInfo(root.path + QStringLiteral("/hab/pkgs/") + ident + QStringLiteral("/IDENT")).isFile(),
            qPrintable(ident));
    // A *.hart that is not there is a missing file, not an ident (install.rs from_str).
    const Run missing = habInstall(root, { QStringLiteral("--offline"), root.path + QStringLiteral("/none.hart") });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("File not found at: ")), qPrintable(missing.err));
}

void tst_StandInHartVerify::habRefusesWhatOfflineCannotInstall_data()
{
    QTest::addColumn<bool>("libInCache");
    QTest::addColumn<QString>("spoilLib");
    QTest::addColumn<bool>("featureFlag");
    QTest::addColumn<QString>("message");
    QTest::newRow("dependency missing") << false << QString() << true
                                        << QStringLiteral("Cached artifact not found in offline mode: acme/lib-");
    QTest::newRow("no feature flag") << false << QString() << false << QStringLiteral("has no Builder");
    QTest::newRow("dependency spoilt") << true << QStringLiteral("footer") << true
                                       << QStringLiteral("hashes don't match");
    QTest::newRow("dependency corrupt") << true << QStringLiteral("middle") << true
                                        << QStringLiteral("corrupt xz stream");
}

void tst_StandInHartVerify::habRefusesWhatOfflineCannotInstall()
{
    QFETCH(bool, libInCache);
    QFETCH(QString, spoilLib);
    QFETCH(bool, featureFlag);
    QFETCH(QString, message);
    if (!QFileInfo(QStringLiteral("/bin/busybox")).isExecutable())
        QSKIP("needs Debian's busybox-static");
    const Root root = makeRoot(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), libInCache, spoilLib);
    QVERIFY(!root.app.isEmpty());
    const Run run = habInstall(root, { QStringLiteral("--offline"), root.app }, featureFlag);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    // Nothing of a refused install is left under /hab/pkgs.
    QVERIFY(!QFileInfo::exists(root.path + QStringLiteral("/hab/pkgs/") + root.appIdent));
    QVERIFY(!QFileInfo::exists(root.path + QStringLiteral("/hab/pkgs/") + root.libIdent));
}

QTEST_GUILESS_MAIN(tst_StandInHartVerify)
#include "tst_standinhartverify.moc"
