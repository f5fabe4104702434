// SPDX-License-Identifier: Apache-2.0
// The keyring store where there is no keyring, as on headless CI and on desktops without GNOME
// Keyring, KWallet or KeePassXC: every operation must report Unavailable promptly (within the
// store's timeout at worst), never hang, never fall back to a plain-text file.
//
// Each scenario needs a fresh process (D-Bus connections are made once per process), so CTest runs
// this executable once per test function; run by hand, give the function name.
#include "support/testwait.h"
#include "ui/keychainsecretstore.h"
#include "ui/memorysecretstore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace habmesos;
using namespace std::chrono_literals;

namespace {

constexpr auto storeTimeout = 3s;

std::optional<SecretStore::Reply> await(const std::function<void(SecretStore::Callback)>& operation)
{
    std::optional<SecretStore::Reply> result;
    operation([&result](const SecretStore::Reply& reply) { result = reply; });
    // The store's own timeout answers first; this only guards the test against a broken store.
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, test::WaitMs))
        return std::nullopt;
    return result;
}

// A Secret Service that takes every call and never answers, like a keyring daemon stuck behind an
// unlock prompt nobody sees; until answerAll(), after which it refuses every call at once.
class SilentSecretService : public QDBusVirtualObject
{
public:
    using QDBusVirtualObject::QDBusVirtualObject;
    QString introspect(const QString&) const override { return {}; }
    bool handleMessage(const QDBusMessage& message, const QDBusConnection& bus) override
    {
        ++calls;
        if (m_woken)
            return bus.send(message.createErrorReply(QDBusError::AccessDenied, QStringLiteral("too late")));
        message.setDelayedReply(true); // the reply comes only from answerAll()
        pending << message;
        return true;
    }
    // Answers, too late, every call so far with an error, and the calls to come at once.
    void answerAll(QDBusConnection bus)
    {
        m_woken = true;
        for (const QDBusMessage& message : std::as_const(pending))
            bus.send(message.createErrorReply(QDBusError::AccessDenied, QStringLiteral("too late")));
        pending.clear();
    }
    int calls = 0;
    QList<QDBusMessage> pending;

private:
    bool m_woken = false;
};

// The QtKeychain jobs alive in this process. The store gives each job a timer of its own, a child
// (so the job gets a ChildAdded event), and a job deletes itself once it has its answer: when none
// is left, every answer, however late, has been delivered.
class KeychainJobs : public QObject
{
public:
    KeychainJobs() { QCoreApplication::instance()->installEventFilter(this); }
    qsizetype alive() const { return m_alive.size(); }
    int seen = 0;

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        if (event->type() == QEvent::ChildAdded && object->inherits("QKeychain::Job") && !m_alive.contains(object)) {
            m_alive.insert(object);
            ++seen;
            connect(object, &QObject::destroyed, this, [this, object] { m_alive.remove(object); });
        }
        return false;
    }

private:
    QSet<QObject*> m_alive;
};

// Just enough of a Secret Service for libsecret to say "no such entry": a plain session and
// searches that find nothing, answered at once.
class EmptySecretService : public QDBusVirtualObject
{
public:
    using QDBusVirtualObject::QDBusVirtualObject;
    QString introspect(const QString&) const override { return {}; }
    bool handleMessage(const QDBusMessage& message, const QDBusConnection& bus) override
    {
        ++calls;
        const QString member = message.member();
        if (member == QLatin1String("GetAll")) {
            bus.send(message.createReply(QVariant::fromValue(QVariantMap())));
        } else if (member == QLatin1String("OpenSession")) {
            // No encryption offered: libsecret falls back to "plain".
            if (message.arguments().value(0).toString() != QLatin1String("plain"))
                bus.send(message.createErrorReply(QDBusError::NotSupported, QStringLiteral("plain only")));
            else
                bus.send(message.createReply({ QVariant::fromValue(QDBusVariant(QString())),
                    QVariant::fromValue(QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/session/s1"))) }));
        } else if (member == QLatin1String("SearchItems")) {
            bus.send(message.createReply(
                { QVariant::fromValue(QList<QDBusObjectPath>()), QVariant::fromValue(QList<QDBusObjectPath>()) }));
        } else {
            bus.send(message.createErrorReply(QDBusError::UnknownMethod, member));
        }
        return true;
    }
    int calls = 0;
};

} // namespace

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noSessionBus();
    void busWithoutSecretService();
    void secretServiceNeverAnswers();
    void keyringAnswersTheProbe();

private:
    // Starts a private session bus on which nothing can be activated and points
    // DBUS_SESSION_BUS_ADDRESS at it.
    void startPrivateBus();
    // Runs every operation against a store with no keyring behind it.
    void checkUnavailable();
    bool claimProcess();

    QTemporaryDir m_home;
    QProcess m_bus;
    bool m_scenarioRan = false;
};

void tst_KeychainSecretStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Whatever QtKeychain or a library under it might write lands here, where the test looks.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_RUNTIME_DIR", m_home.path().toUtf8());
    // No X11 display: D-Bus must not try to autolaunch a session bus through it.
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
}

void tst_KeychainSecretStore::cleanupTestCase()
{
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.terminate();
        if (!m_bus.waitForFinished(test::WaitMs))
            m_bus.kill();
        m_bus.waitForFinished(test::WaitMs);
    }
}

bool tst_KeychainSecretStore::claimProcess()
{
    if (m_scenarioRan)
        return false;
    m_scenarioRan = true;
    return true;
}

void tst_KeychainSecretStore::noSessionBus()
{
    if (!claimProcess())
        QSKIP("each scenario needs its own process: run this function on its own");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/habmesos-test/bus");
    checkUnavailable();
}

void tst_KeychainSecretStore::busWithoutSecretService()
{
    if (!claimProcess())
        QSKIP("each scenario needs its own process: run this function on its own");
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
        QSKIP("dbus-daemon is not installed");
    startPrivateBus();
    if (QTest::currentTestFailed())
        return;
    checkUnavailable();
}

void tst_KeychainSecretStore::secretServiceNeverAnswers()
{
    if (!claimProcess())
        QSKIP("each scenario needs its own process: run this function on its own");
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
        QSKIP("dbus-daemon is not installed");
    startPrivateBus();
    if (QTest::currentTestFailed())
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
    SilentSecretService service;
    QVERIFY(bus.registerVirtualObject(QStringLiteral("/"), &service, QDBusConnection::SubPath));
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));
    KeychainJobs jobs;

    constexpr auto shortTimeout = 1500ms;
    KeychainSecretStore store(QStringLiteral("io.github.habmesos.Habmesos.test"), shortTimeout);
    QElapsedTimer elapsed;
    elapsed.start();
    int readCallbacks = 0;
    auto read = await([&](auto cb) {
        store.readSecret(QStringLiteral("k"), this, [&readCallbacks, cb](const SecretStore::Reply& reply) {
            ++readCallbacks;
            cb(reply);
        });
    });
    QVERIFY2(read, "read never answered");
    if (service.calls == 0)
        QSKIP("QtKeychain did not call the Secret Service here (no libsecret-1-0): the timeout is not reached");
    QCOMPARE(read->outcome, SecretStore::Outcome::Unavailable);
    QVERIFY2(read->error.contains(QStringLiteral("did not answer")), qPrintable(read->error));
    // (The wording shows it was the store's timeout that answered, not D-Bus's own after 25 s.)
    qInfo("read: %s (after %lld ms, %d calls to the silent service)", qPrintable(read->error), elapsed.elapsed(),
        service.calls);

    // The application falls back to memory when the keyring hangs.
    std::optional<SecretStore*> chosen;
    QObject owner;
    SecretStore::createBest(&owner, shortTimeout, this, [&chosen](SecretStore* s) { chosen = s; });
    QVERIFY(QTest::qWaitFor([&chosen] { return chosen.has_value(); }, test::WaitMs));
    QVERIFY(qobject_cast<MemorySecretStore*>(*chosen));

    // The keyring answers at last, after the store gave up (and after createBest deleted its probing
    // store): the late answers are ignored, nothing is called twice, nothing crashes. Each job
    // deletes itself once it has its answer, so with none left every late answer was delivered.
    QVERIFY(jobs.seen >= 2); // the read's and the probe's
    QVERIFY(jobs.alive() > 0); // still waiting for the keyring
    service.answerAll(bus);
    QTRY_COMPARE_WITH_TIMEOUT(jobs.alive(), qsizetype(0), test::WaitMs);
    QCOMPARE(readCallbacks, 1);
}

void tst_KeychainSecretStore::keyringAnswersTheProbe()
{
    if (!claimProcess())
        QSKIP("each scenario needs its own process: run this function on its own");
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
        QSKIP("dbus-daemon is not installed");
    startPrivateBus();
    if (QTest::currentTestFailed())
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
    EmptySecretService service;
    QVERIFY(bus.registerVirtualObject(QStringLiteral("/"), &service, QDBusConnection::SubPath));
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));

    // The application's start: a short wait for the keyring's first answer.
    constexpr auto probeTimeout = 1500ms;
    std::optional<SecretStore*> chosen;
    QObject owner;
    SecretStore::createBest(&owner, probeTimeout, this, [&chosen](SecretStore* s) { chosen = s; });
    QVERIFY(QTest::qWaitFor([&chosen] { return chosen.has_value(); }, test::WaitMs));
    if (service.calls == 0)
        QSKIP("QtKeychain did not call the Secret Service here (no libsecret-1-0)");
    auto* keyring = qobject_cast<KeychainSecretStore*>(*chosen);
    QVERIFY2(keyring, "a keyring answered, yet the memory store was chosen");
    // The short wait was the probe's: the passwords read and written later wait as long as an
    // unlock prompt may take.
    QCOMPARE(std::chrono::milliseconds(keyring->timeout()).count(),
        std::chrono::milliseconds(KeychainSecretStore::DefaultTimeout).count());
    auto read = await([&](auto cb) { keyring->readSecret(QStringLiteral("k"), this, cb); });
    QVERIFY2(read, "read never answered");
    QCOMPARE(read->outcome, SecretStore::Outcome::NotFound);
}

void tst_KeychainSecretStore::startPrivateBus()
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    // A session bus of our own, with no service directories: nothing on it can be activated, so no
    // Secret Service and no KWallet, whatever is installed on the machine.
    const QString config = m_home.filePath(QStringLiteral("bus.conf"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                                  " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                  "<busconfig><type>session</type><listen>unix:dir=%1</listen>\n"
                                  "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                                  "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                       .arg(m_home.path())
                       .toUtf8());
    }
    m_bus.start(daemon,
        { QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--print-address") });
    QVERIFY2(m_bus.waitForStarted(test::WaitMs), qPrintable(m_bus.errorString()));
    QByteArray address;
    const QDeadlineTimer deadline(test::WaitMs);
    while (!address.contains('\n') && !deadline.hasExpired() && m_bus.state() == QProcess::Running) {
        m_bus.waitForReadyRead(int(deadline.remainingTime()));
        address += m_bus.readAllStandardOutput();
    }
    address = address.trimmed();
    QVERIFY2(!address.isEmpty(), m_bus.readAllStandardError().constData());
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
}

void tst_KeychainSecretStore::checkUnavailable()
{
    KeychainSecretStore store(QStringLiteral("io.github.habmesos.Habmesos.test"), storeTimeout);
    QVERIFY(store.isPersistent());
    QCOMPARE(store.timeout(), storeTimeout);
    const QString key
        = SecretStore::keyFor(QUrl(QStringLiteral("https://marathon.example.com")), QStringLiteral("alice"));
    const QString secret = QStringLiteral("pw-5b2d-never-on-disk");

    QElapsedTimer elapsed;
    elapsed.start();
    auto probe = await([&](auto cb) { store.probe(this, cb); });
    QVERIFY2(probe, "the probe never answered");
    QVERIFY2(probe->outcome == SecretStore::Outcome::Unavailable, qPrintable(probe->error));
    QVERIFY(!probe->error.isEmpty());
    qInfo("probe: %s (after %lld ms)", qPrintable(probe->error), elapsed.elapsed());

    auto written = await([&](auto cb) { store.writeSecret(key, secret, this, cb); });
    QVERIFY2(written, "write never answered");
    QCOMPARE(written->outcome, SecretStore::Outcome::Unavailable);
    auto read = await([&](auto cb) { store.readSecret(key, this, cb); });
    QVERIFY2(read, "read never answered");
    QCOMPARE(read->outcome, SecretStore::Outcome::Unavailable);
    QVERIFY(read->secret.isEmpty());
    auto deleted = await([&](auto cb) { store.deleteSecret(key, this, cb); });
    QVERIFY2(deleted, "delete never answered");
    QCOMPARE(deleted->outcome, SecretStore::Outcome::Unavailable);

    // The application's choice: the in-memory store, since no keyring answered.
    std::optional<SecretStore*> chosen;
    QObject owner;
    SecretStore::createBest(&owner, storeTimeout, this, [&chosen](SecretStore* s) { chosen = s; });
    QVERIFY(QTest::qWaitFor([&chosen] { return chosen.has_value(); }, test::WaitMs));
    QVERIFY(*chosen);
    QVERIFY(qobject_cast<MemorySecretStore*>(*chosen));
    QVERIFY(!(*chosen)->isPersistent());

    // QtKeychain's plain-text fallback stayed off: the secret is in no file.
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
