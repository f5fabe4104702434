// SPDX-License-Identifier: Apache-2.0
// The agent stand-in's .hart check (standin-hart-verify, issue #14), which the stand-in
// `hab pkg install` runs inside the task before it unpacks: a good artifact's payload comes out
// whole and unpacks with xz and tar; a spoilt payload, a wrong signature, an unknown signer or a
// broken header is refused in Habitat's words, and nothing reaches the unpacker.
#include "support/fixturebuilder.h"

#include <QFile>
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

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run verify(const QString& hart) const;

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

QTEST_GUILESS_MAIN(tst_StandInHartVerify)
#include "tst_standinhartverify.moc"
