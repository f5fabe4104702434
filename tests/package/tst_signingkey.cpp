// SPDX-License-Identifier: Apache-2.0
// Key files, the key cache and the HART-1 header.
#include "package/hartheader.h"
#include "package/keycache.h"
#include "package/publicsigningkey.h"
#include "package/secretsigningkey.h"
#include "support/testpaths.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>
#include <sys/stat.h>
#include <sys/types.h>

using namespace habmesos;

namespace {

QByteArray keyText(const QByteArray& version, const QByteArray& name, const QByteArray& key)
{
    return version + '\n' + name + "\n\n" + key.toBase64();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

Result<HartHeader> parseHeader(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return HartHeader::read(buffer, QStringLiteral("x.hart"));
}

const QByteArray validSignatureLine = QByteArray(128, 'a').toBase64();

} // namespace

class tst_SigningKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }
    void fixtureKeys();
    void fixtureInvalidVersion();
    void fixtureBoxKeyIsNotASigningKey();
    void crlfAndTrailingNewline();
    void malformedKeys_data();
    void malformedKeys();
    void fileNameMustMatch();
    void fifoIsRefusedWithoutBlocking();
    void cacheLookup();
    void cacheRefusesPathsInNames();
    void signatureRoundTrip();
    void keyFilePermissions();
    void fixtureHeaders();
    void headerErrors_data();
    void headerErrors();
};

void tst_SigningKey::fixtureKeys()
{
    HABMESOS_REQUIRE_FIXTURES();
    const auto key = PublicSigningKey::fromFile(test::habitatFixtures() + "/happyhumans-20160424223347.pub");
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QCOMPARE(key->namedRevision(), QStringLiteral("happyhumans-20160424223347"));
    QCOMPARE(key->origin(), QStringLiteral("happyhumans"));
    QCOMPARE(key->revision(), QStringLiteral("20160424223347"));
    QCOMPARE(key->keyBytes().size(), 32);
    const auto valid
        = PublicSigningKey::fromFile(test::habitatFixtures() + "/keys/origin-key-valid-20160509190508.pub");
    QVERIFY2(valid.ok(), qPrintable(valid.error()));
    QCOMPARE(valid->origin(), QStringLiteral("origin-key-valid"));
}

void tst_SigningKey::fixtureInvalidVersion()
{
    HABMESOS_REQUIRE_FIXTURES();
    for (const char* f : { "/keys/origin-key-invalid-version-20160518021451.pub",
             "/keys/origin-key-invalid-version-20160518021451.sig.key" }) {
        const auto key = PublicSigningKey::fromFile(test::habitatFixtures() + QLatin1String(f));
        QVERIFY(!key.ok());
        QVERIFY2(key.error().contains("line 1") && key.error().contains("NONSENSE"), qPrintable(key.error()));
    }
}

void tst_SigningKey::fixtureBoxKeyIsNotASigningKey()
{
    HABMESOS_REQUIRE_FIXTURES();
    const auto key = PublicSigningKey::fromFile(test::habitatFixtures() + "/keys/fhloston-paradise-20200813211603.pub");
    QVERIFY(!key.ok());
    QVERIFY2(key.error().contains("BOX-PUB-1"), qPrintable(key.error()));
    const auto secret = PublicSigningKey::fromFile(test::habitatFixtures() + "/happyhumans-20160424223347.sig.key");
    QVERIFY(!secret.ok());
    QVERIFY2(secret.error().contains("SIG-SEC-1"), qPrintable(secret.error()));
}

void tst_SigningKey::crlfAndTrailingNewline()
{
    const QByteArray pk(32, '\x07');
    auto a = PublicSigningKey::fromText("SIG-PUB-1\r\nacme-20200101000000\r\n\r\n" + pk.toBase64() + "\r\n", "t");
    QVERIFY2(a.ok(), qPrintable(a.error()));
    QCOMPARE(a->keyBytes(), pk);
    auto b = PublicSigningKey::fromText(keyText("SIG-PUB-1", "acme-20200101000000", pk) + '\n', "t");
    QVERIFY2(b.ok(), qPrintable(b.error()));
}

void tst_SigningKey::malformedKeys_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions");
    const QByteArray pk(32, '\x07');
    QTest::newRow("bad name") << keyText("SIG-PUB-1", "acme", pk) << "line 2";
    QTest::newRow("short revision") << keyText("SIG-PUB-1", "acme-2020", pk) << "line 2";
    QTest::newRow("no blank line") << QByteArray("SIG-PUB-1\nacme-20200101000000\nxx\n" + pk.toBase64()) << "line 3";
    QTest::newRow("not base64") << keyText("SIG-PUB-1", "acme-20200101000000", pk).replace("Bw", "!!") << "base64";
    QTest::newRow("wrong length") << keyText("SIG-PUB-1", "acme-20200101000000", QByteArray(31, 'x')) << "31 bytes";
    QTest::newRow("trailing garbage") << keyText("SIG-PUB-1", "acme-20200101000000", pk) + "\nmore"
                                      << "line 5";
    QTest::newRow("old bare format") << pk.toBase64() << "version line";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("too large") << QByteArray(8192, 'A') << "too large";
}

void tst_SigningKey::malformedKeys()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);
    const auto key = PublicSigningKey::fromText(text, QStringLiteral("k.pub"));
    QVERIFY(!key.ok());
    QVERIFY2(key.error().contains(mentions), qPrintable(key.error()));
    QVERIFY2(key.error().startsWith("k.pub"), qPrintable(key.error()));
}

void tst_SigningKey::fileNameMustMatch()
{
    QTemporaryDir dir;
    writeFile(
        dir.filePath("acme-20200101000000.pub"), keyText("SIG-PUB-1", "evil-20200101000000", QByteArray(32, 'k')));
    const auto key = PublicSigningKey::fromFile(dir.filePath("acme-20200101000000.pub"));
    QVERIFY(!key.ok());
    QVERIFY2(key.error().contains("evil-20200101000000"), qPrintable(key.error()));
}

void tst_SigningKey::fifoIsRefusedWithoutBlocking()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("acme-20200101000000.pub");
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
    const auto key = KeyCache(dir.path()).publicSigningKey(QStringLiteral("acme-20200101000000"));
    QVERIFY(!key.ok());
    QVERIFY2(key.error().contains("not a regular file"), qPrintable(key.error()));
}

void tst_SigningKey::cacheLookup()
{
    QTemporaryDir dir;
    unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    writeFile(dir.filePath("acme-20200101000000.pub"),
        keyText("SIG-PUB-1", "acme-20200101000000", QByteArray(reinterpret_cast<char*>(pk), 32)));
    KeyCache cache(dir.path());
    const auto key = cache.publicSigningKey(QStringLiteral("acme-20200101000000"));
    QVERIFY2(key.ok(), qPrintable(key.error()));
    const auto missing = cache.publicSigningKey(QStringLiteral("other-20200101000000"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains("other-20200101000000") && missing.error().contains(dir.path()),
        qPrintable(missing.error()));
    QCOMPARE(missing.errorKind(), ErrorKind::Unverified); // an unknown signer

    qputenv("HAB_CACHE_KEY_PATH", dir.path().toUtf8());
    QCOMPARE(KeyCache().directory(), dir.path());
    qunsetenv("HAB_CACHE_KEY_PATH");
}

void tst_SigningKey::cacheRefusesPathsInNames()
{
    // Valid keys wait where "../" and "a/" would reach from the cache (root/k1/k2): only the name
    // check stands between them and the lookup, so the refusal must be that check's.
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("k1/k2/a")) && QDir(root.path()).mkpath(QStringLiteral("etc")));
    const QByteArray pk(crypto_sign_PUBLICKEYBYTES, 'k');
    writeFile(root.filePath("etc/passwd-20200101000000.pub"), keyText("SIG-PUB-1", "passwd-20200101000000", pk));
    writeFile(root.filePath("k1/k2/a/b-20200101000000.pub"), keyText("SIG-PUB-1", "b-20200101000000", pk));
    writeFile(root.filePath("k1/k2/.hidden-20200101000000.pub"), keyText("SIG-PUB-1", ".hidden-20200101000000", pk));
    QVERIFY(PublicSigningKey::fromFile(root.filePath("etc/passwd-20200101000000.pub")).ok());
    QVERIFY(PublicSigningKey::fromFile(root.filePath("k1/k2/a/b-20200101000000.pub")).ok());
    KeyCache cache(root.filePath("k1/k2"));
    for (const char* name :
        { "../../etc/passwd-20200101000000", "a/b-20200101000000", ".hidden-20200101000000", "plain" }) {
        const auto key = cache.publicSigningKey(QString::fromLatin1(name));
        QVERIFY2(!key.ok(), name);
        QVERIFY2(key.error().contains(QStringLiteral("“%1” is not a key name").arg(QLatin1String(name))),
            qPrintable(key.error()));
    }
}

void tst_SigningKey::signatureRoundTrip()
{
    unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    const auto key = PublicSigningKey::fromText(
        keyText("SIG-PUB-1", "acme-20200101000000", QByteArray(reinterpret_cast<char*>(pk), 32)), "t");
    QVERIFY(key.ok());
    const QByteArray message = QByteArray(64, 'f');
    QByteArray signedMessage(64 + message.size(), Qt::Uninitialized);
    crypto_sign(reinterpret_cast<unsigned char*>(signedMessage.data()), nullptr,
        reinterpret_cast<const unsigned char*>(message.constData()), message.size(), sk);
    const auto opened = key->openSigned(signedMessage);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened.value(), message);
    signedMessage[70] = 'e';
    QVERIFY(!key->openSigned(signedMessage).ok());
}

void tst_SigningKey::keyFilePermissions()
{
    // The secret key is never readable by others, whatever the umask, and writing the files
    // again replaces the read-only ones.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const mode_t saved = ::umask(0);
    auto key = SecretSigningKey::generateToDirectory(QStringLiteral("acme"), dir.path());
    auto again = key ? key->writeKeyFiles(dir.path()) : Result<QString>::failure(key.error());
    ::umask(saved);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    auto modeOf = [&](const QString& suffix) {
        struct stat st;
        const QByteArray path = QFile::encodeName(dir.filePath(key->namedRevision() + suffix));
        return ::stat(path.constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    };
    QCOMPARE(modeOf(QStringLiteral(".sig.key")), 0400);
    QCOMPARE(modeOf(QStringLiteral(".pub")), 0444);
    const auto reread = SecretSigningKey::fromFile(dir.filePath(key->namedRevision() + QStringLiteral(".sig.key")));
    QVERIFY2(reread.ok(), qPrintable(reread.error()));
    QCOMPARE(reread->keyBytes(), key->keyBytes());
}

void tst_SigningKey::fixtureHeaders()
{
    HABMESOS_REQUIRE_FIXTURES();
    QFile file(test::habitatFixtures() + "/happyhumans-possums-8.1.4-20160427165340-x86_64-linux.hart");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto header = HartHeader::read(file, file.fileName());
    QVERIFY2(header.ok(), qPrintable(header.error()));
    QCOMPARE(header->keyName(), QStringLiteral("happyhumans-20160424223347"));
    QCOMPARE(file.pos(), header->payloadOffset());
    // The signed message is the hex BLAKE2b-256 of the payload (habitat crypto/artifact.rs).
    const auto key = PublicSigningKey::fromFile(test::habitatFixtures() + "/happyhumans-20160424223347.pub");
    const auto message = key->openSigned(header->signature());
    QVERIFY2(message.ok(), qPrintable(message.error()));
    const QByteArray payload = file.readAll();
    unsigned char hash[32];
    crypto_generichash(
        hash, 32, reinterpret_cast<const unsigned char*>(payload.constData()), payload.size(), nullptr, 0);
    QCOMPARE(message.value(), QByteArray(reinterpret_cast<char*>(hash), 32).toHex());

    QFile bogus(test::habitatFixtures() + "/bogus_and_corrupt.hart");
    QVERIFY(bogus.open(QIODevice::ReadOnly));
    const auto bad = HartHeader::read(bogus, QStringLiteral("bogus_and_corrupt.hart"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().startsWith("bogus_and_corrupt.hart: line 2"), qPrintable(bad.error()));
}

void tst_SigningKey::headerErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    const QByteArray good = "HART-1\nacme-20200101000000\nBLAKE2b\n" + validSignatureLine + "\n\n";
    QTest::newRow("empty") << QByteArray() << "empty file";
    QTest::newRow("version") << QByteArray("HART-2\n") + good.mid(7) << "line 1";
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00\n") << "line 1";
    QTest::newRow("key name") << QByteArray(good).replace("acme-20200101000000", "acme") << "line 2";
    QTest::newRow("hash type") << QByteArray(good).replace("BLAKE2b", "SHA256") << "line 3";
    QTest::newRow("not base64") << QByteArray(good).replace(validSignatureLine, "%%%") << "line 4";
    QTest::newRow("sig length") << QByteArray(good).replace(validSignatureLine, QByteArray(10, 'a').toBase64())
                                << "expected 128";
    QTest::newRow("no delimiter") << QByteArray(good).replace(
        QByteArray(validSignatureLine + "\n\n"), QByteArray(validSignatureLine + "\nx\n"))
                                  << "line 5";
    QTest::newRow("truncated") << good.left(30) << "line 3";
    QTest::newRow("endless line") << QByteArray("HART-1\n") + QByteArray(1 << 20, 'x') << "longer than";
}

void tst_SigningKey::headerErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    const auto header = parseHeader(bytes);
    QVERIFY(!header.ok());
    QVERIFY2(header.error().contains(mentions), qPrintable(header.error()));
    QVERIFY2(header.error().startsWith("x.hart"), qPrintable(header.error()));
}

QTEST_GUILESS_MAIN(tst_SigningKey)
#include "tst_signingkey.moc"
