// SPDX-License-Identifier: Apache-2.0
#include "support/testwait.h"
#include "ui/marathonserver.h"
#include "ui/memorysecretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace habmesos;

namespace {

// Runs one store operation and waits for its callback.
std::optional<SecretStore::Reply> await(const std::function<void(SecretStore::Callback)>& operation)
{
    std::optional<SecretStore::Reply> result;
    operation([&result](const SecretStore::Reply& reply) { result = reply; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, test::WaitMs))
        return std::nullopt;
    return result;
}

} // namespace

class tst_MemorySecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keys();
    void writeReadDelete();
    void callbacksAreAsynchronous();
    void deadContextGetsNoCallback();
    void nothingWrittenToDisk();
};

void tst_MemorySecretStore::keys()
{
    // One secret per server and user; the URL is normalized and never carries user info.
    const QString key
        = SecretStore::keyFor(QUrl(QStringLiteral("https://x:pw@marathon.example.com:8443/")), QStringLiteral("alice"));
    QCOMPARE(key, QStringLiteral("alice@https://marathon.example.com:8443"));
    QVERIFY(!key.contains(QStringLiteral("pw")));
    QCOMPARE(SecretStore::keyFor(QUrl(QStringLiteral("http://m:8080")), QString()), QStringLiteral("http://m:8080"));
    QCOMPARE_NE(SecretStore::keyFor(QUrl(QStringLiteral("http://m:8080")), QStringLiteral("a")),
        SecretStore::keyFor(QUrl(QStringLiteral("http://m:8080")), QStringLiteral("b")));
}

void tst_MemorySecretStore::writeReadDelete()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
    QVERIFY(!store.displayName().isEmpty());
    const QString key = SecretStore::keyFor(QUrl(QStringLiteral("https://m.example.com")), QStringLiteral("alice"));

    auto missing = await([&](auto cb) { store.readSecret(key, this, cb); });
    QVERIFY(missing);
    QCOMPARE(missing->outcome, SecretStore::Outcome::NotFound);
    QVERIFY(!missing->error.isEmpty());

    auto written = await([&](auto cb) { store.writeSecret(key, QStringLiteral("hunter2"), this, cb); });
    QVERIFY(written);
    QCOMPARE(written->outcome, SecretStore::Outcome::Ok);

    auto read = await([&](auto cb) { store.readSecret(key, this, cb); });
    QVERIFY(read);
    QCOMPARE(read->outcome, SecretStore::Outcome::Ok);
    QCOMPARE(read->secret, QStringLiteral("hunter2"));

    // Another user on the same server has no secret.
    auto other = await([&](auto cb) {
        store.readSecret(
            SecretStore::keyFor(QUrl(QStringLiteral("https://m.example.com")), QStringLiteral("bob")), this, cb);
    });
    QVERIFY(other);
    QCOMPARE(other->outcome, SecretStore::Outcome::NotFound);

    auto deleted = await([&](auto cb) { store.deleteSecret(key, this, cb); });
    QVERIFY(deleted);
    QCOMPARE(deleted->outcome, SecretStore::Outcome::Ok);
    auto gone = await([&](auto cb) { store.readSecret(key, this, cb); });
    QVERIFY(gone);
    QCOMPARE(gone->outcome, SecretStore::Outcome::NotFound);

    // Deleting again is fine; clear() forgets everything.
    auto again = await([&](auto cb) { store.deleteSecret(key, this, cb); });
    QVERIFY(again);
    QCOMPARE(again->outcome, SecretStore::Outcome::Ok);
    QVERIFY(await([&](auto cb) { store.writeSecret(key, QStringLiteral("x"), this, cb); }));
    store.clear();
    auto cleared = await([&](auto cb) { store.readSecret(key, this, cb); });
    QVERIFY(cleared);
    QCOMPARE(cleared->outcome, SecretStore::Outcome::NotFound);
}

void tst_MemorySecretStore::callbacksAreAsynchronous()
{
    // Like the keyring: the caller's code after the call runs before the callback.
    MemorySecretStore store;
    bool called = false;
    store.writeSecret(
        QStringLiteral("k"), QStringLiteral("v"), this, [&called](const SecretStore::Reply&) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, test::WaitMs);
}

void tst_MemorySecretStore::deadContextGetsNoCallback()
{
    MemorySecretStore store;
    bool called = false;
    auto* context = new QObject;
    store.readSecret(QStringLiteral("k"), context, [&called](const SecretStore::Reply&) { called = true; });
    delete context;
    // A later operation's callback runs, so the first one had its chance.
    bool later = false;
    store.readSecret(QStringLiteral("k"), this, [&later](const SecretStore::Reply&) { later = true; });
    QTRY_VERIFY_WITH_TIMEOUT(later, test::WaitMs);
    QVERIFY(!called);
}

void tst_MemorySecretStore::nothingWrittenToDisk()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    const QString secret = QStringLiteral("tok-7f3a9c1e-unique-secret");
    {
        MemorySecretStore store;
        QVERIFY(await([&](auto cb) { store.writeSecret(QStringLiteral("k"), secret, this, cb); }));
        QVERIFY(await([&](auto cb) { store.readSecret(QStringLiteral("k"), this, cb); }));
    }
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(tst_MemorySecretStore)
#include "tst_memorysecretstore.moc"
