// SPDX-License-Identifier: Apache-2.0
// The agent stand-in's .hart check (standin-hart-verify, issue #14), which the stand-in
// `hab pkg install` runs inside the task before it unpacks: a good artifact's payload comes out
// whole and unpacks with xz and tar; a spoilt payload, a wrong signature, an unknown signer or a
// broken header is refused in Habitat's words, and nothing reaches the unpacker. And the stand-in
// `hab pkg install --offline` built on it (standin-hab.sh, under FS_ROOT, run by Debian's busybox):
// dependencies from the artifact cache by canonical name, a missing one refused offline.
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
    void habInstallsOffline();
    void habRefusesWhatOfflineCannotInstall_data();
    void habRefusesWhatOfflineCannotInstall();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run verify(const QString& hart) const;
    struct Root
    {
        QString path;
        QString app; // the service's .hart (its dependency is in the cache)
        QString appIdent, libIdent;
    };
    Root makeRoot(const QString& name, bool libInCache, bool spoilLib = false);
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

tst_StandInHartVerify::Run tst_StandInHartVerify::verify(const QString& hart) const
{
    QProcess p;
    p.start(QStringLiteral(HABMESOS_STANDIN_HART_VERIFY), { hart, m_builder->keyDirectory() });
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
    const Run run = verify(*hart);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty()); // nothing unverified reaches the unpacker
}

tst_StandInHartVerify::Root tst_StandInHartVerify::makeRoot(const QString& name, bool libInCache, bool spoilLib)
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
    if (spoilLib) {
        auto spoilt = m_builder->flipPayloadByte(lib, QStringLiteral("spoilt-") + QFileInfo(lib).fileName());
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

void tst_StandInHartVerify::habRefusesWhatOfflineCannotInstall_data()
{
    QTest::addColumn<bool>("libInCache");
    QTest::addColumn<bool>("spoilLib");
    QTest::addColumn<bool>("featureFlag");
    QTest::addColumn<QString>("message");
    QTest::newRow("dependency missing") << false << false << true
                                        << QStringLiteral("Cached artifact not found in offline mode: acme/lib-");
    QTest::newRow("no feature flag") << false << false << false << QStringLiteral("has no Builder");
    QTest::newRow("dependency spoilt") << true << true << true << QStringLiteral("hashes don't match");
}

void tst_StandInHartVerify::habRefusesWhatOfflineCannotInstall()
{
    QFETCH(bool, libInCache);
    QFETCH(bool, spoilLib);
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
