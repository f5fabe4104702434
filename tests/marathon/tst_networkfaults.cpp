// SPDX-License-Identifier: Apache-2.0
// Calls to Marathon and uploads against servers that misbehave: one that trickles its answer (no
// inactivity timeout ever fires), one that stops in the middle of a body, one that answers 2xx
// with something other than Marathon's JSON, one whose answer has no end. Each must end, on time,
// in an error that says what happened; none may count as success.
#include "marathon/marathonclient.h"
#include "marathon/marathonerror.h"
#include "marathon/tarballuploader.h"
#include "support/cannedhttpserver.h"
#include "support/faultyhttpserver.h"
#include "support/testwait.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <memory>

using namespace habmesos;
using habmesos::test::CannedHttpServer;
using habmesos::test::FaultyHttpServer;

Q_DECLARE_METATYPE(FaultyHttpServer::Fault)

namespace {

std::unique_ptr<MarathonClient> makeClient(const QUrl& url, int deadlineMs = 120000, qint64 maxReplyBytes = 1 << 20)
{
    MarathonClient::Options o;
    o.url = url;
    o.timeoutMs = 30000; // inactivity: never reached by a trickle
    o.deadlineMs = deadlineMs;
    o.maxReplyBytes = maxReplyBytes;
    return std::make_unique<MarathonClient>(o);
}

// The largest buffer the kernel lets a TCP socket grow to (the third field of
// /proc/sys/net/ipv4/tcp_rmem or tcp_wmem); Linux's documented default when the file cannot be read.
qint64 socketBufferMaximum(const char* name)
{
    QFile file(QStringLiteral("/proc/sys/net/ipv4/") + QLatin1String(name));
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = file.readAll().simplified().split(' ');
        bool ok = false;
        const qint64 maximum = fields.value(2).toLongLong(&ok);
        if (ok)
            return maximum;
    }
    return 6 * 1024 * 1024;
}

const QByteArray App = R"({"id":"/acme/redis","cmd":"hab sup run","cpus":0.5,"mem":256,"instances":1})";

} // namespace

#define WAIT_FOR(reply) QTRY_VERIFY_WITH_TIMEOUT((reply)->isFinished(), test::WaitMs)
#define VERIFY_SAYS(error, text)                                                                                       \
    QVERIFY2((error).message().contains(QString::fromUtf8(text)), qPrintable((error).message()))

class tst_NetworkFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trickleMeetsDeadline();
    void cutShort_data();
    void cutShort();
    void notJson_data();
    void notJson();
    void noContentIsFine();
    void hugeAnswer_data();
    void hugeAnswer();
    void loginTrickles();
    void uploadTrickles();
    void uploadCutShort();
    void uploadHugeAnswer();
};

void tst_NetworkFaults::trickleMeetsDeadline()
{
    FaultyHttpServer server(FaultyHttpServer::Fault::Trickle);
    QVERIFY(server.listen());
    auto client = makeClient(server.url(), 1500);
    MarathonReply* reply = client->createApp(App);
    WAIT_FOR(reply); // the trickle would take a day: only the deadline can end it within the wait
    QVERIFY(server.bytesSent() > 0); // it did answer, slowly
    QCOMPARE(reply->error().kind(), MarathonError::Kind::Timeout);
    VERIFY_SAYS(reply->error(), "Creating app /acme/redis: 127.0.0.1:");
    VERIFY_SAYS(reply->error(), "did not finish answering within 1.5 s");
}

void tst_NetworkFaults::cutShort_data()
{
    QTest::addColumn<FaultyHttpServer::Fault>("fault");
    QTest::newRow("Content-Length not reached") << FaultyHttpServer::Fault::CutShort;
    QTest::newRow("chunks without their end") << FaultyHttpServer::Fault::CutChunked;
}

void tst_NetworkFaults::cutShort()
{
    QFETCH(FaultyHttpServer::Fault, fault);
    FaultyHttpServer server(fault, 201);
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    MarathonReply* reply = client->createApp(App);
    WAIT_FOR(reply);
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind(), MarathonError::Kind::BadResponse);
    VERIFY_SAYS(reply->error(), "Creating app /acme/redis: the answer (HTTP 201) was cut short");
}

void tst_NetworkFaults::notJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("says");
    QTest::newRow("a captive portal's page")
        << QByteArray("<html><body>Sign in to the Wi-Fi</body></html>") << QByteArray("text/html")
        << QStringLiteral("is not Marathon's JSON (it starts with “<html><body>Sign in to the Wi-Fi</body></html>”)");
    QTest::newRow("empty 200") << QByteArray() << QByteArray("application/json")
                               << QStringLiteral("is not Marathon's JSON (the body is empty)");
    QTest::newRow("JSON cut in the middle")
        << QByteArray(R"({"id":"/acme/redis","version":"2026-)") << QByteArray("application/json")
        << QStringLiteral("is not Marathon's JSON (it starts with “{\"id\"");
}

void tst_NetworkFaults::notJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, says);
    CannedHttpServer server(200, body, contentType);
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    MarathonReply* reply = client->updateApp(QStringLiteral("/acme/redis"), App);
    WAIT_FOR(reply);
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind(), MarathonError::Kind::BadResponse);
    QCOMPARE(reply->error().httpStatus(), 200);
    VERIFY_SAYS(reply->error(), "Updating app /acme/redis: the answer of 127.0.0.1:");
    QVERIFY2(reply->error().message().contains(says), qPrintable(reply->error().message()));
}

void tst_NetworkFaults::noContentIsFine()
{
    // 204 has no body by definition: nothing to read, nothing wrong.
    CannedHttpServer server(204, {});
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    MarathonReply* reply = client->deleteApp(QStringLiteral("/acme/redis"));
    WAIT_FOR(reply);
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
}

void tst_NetworkFaults::hugeAnswer_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("announced by Content-Length") << false;
    QTest::newRow("chunked, not announced") << true;
}

void tst_NetworkFaults::hugeAnswer()
{
    QFETCH(bool, chunked);
    FaultyHttpServer server(FaultyHttpServer::Fault::Huge);
    server.chunked = chunked;
    server.hugeBytes = qint64(64) << 30; // never sent whole: the client stops it
    QVERIFY(server.listen());
    auto client = makeClient(server.url(), 120000, 1 << 20);
    MarathonReply* reply = client->getApp(QStringLiteral("/acme/redis"));
    WAIT_FOR(reply);
    QCOMPARE(reply->error().kind(), MarathonError::Kind::BadResponse);
    VERIFY_SAYS(reply->error(), "sent an answer larger than 1048576 bytes");
    QVERIFY(reply->body().isEmpty());
    // Stopped near the limit, not after the server's whole body: what came is the 1 MiB limit, Qt's read
    // buffer of the same size, and what the loopback's socket buffers hold; those grow with the
    // transfer up to the kernel's maxima, so the bound is read from there.
    // A chunked body is decoded by Qt's HTTP thread ahead of the reply's read buffer, and this
    // server writes from the same event loop that delivers readyRead: on a loaded 2-core machine
    // (the suite in parallel, a build beside it) 116 MB and once 544 MB got through before the
    // abort. That case is bounded by what still proves the stop: a thirty-second of the body.
    const qint64 buffers = 2 * (1 << 20) + socketBufferMaximum("tcp_wmem") + socketBufferMaximum("tcp_rmem");
    const qint64 bound = chunked ? server.hugeBytes / 32 : buffers;
    QVERIFY2(server.bytesSent() <= bound, qPrintable(QStringLiteral("%1 > %2").arg(server.bytesSent()).arg(bound)));
    QVERIFY(bound < server.hugeBytes / 4);
}

void tst_NetworkFaults::loginTrickles()
{
    FaultyHttpServer iam(FaultyHttpServer::Fault::Trickle);
    QVERIFY(iam.listen());
    MarathonClient::Options o;
    o.url = iam.url();
    o.auth = MarathonAuth::dcosLogin(QStringLiteral("alice"), QStringLiteral("pw"));
    o.deadlineMs = 1500;
    MarathonClient client(o);
    MarathonReply* reply = client.info();
    WAIT_FOR(reply);
    QCOMPARE(reply->error().kind(), MarathonError::Kind::Timeout);
    VERIFY_SAYS(reply->error(), "DC/OS login as “alice”");
    VERIFY_SAYS(reply->error(), "within 1.5 s");
}

namespace {

QString smallTarball(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("redis.tgz"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(256 * 1024, 'x')) != 256 * 1024)
        return {};
    return path;
}

} // namespace

void tst_NetworkFaults::uploadTrickles()
{
    QTemporaryDir dir;
    const QString file = smallTarball(dir);
    QVERIFY(!file.isEmpty());
    FaultyHttpServer server(FaultyHttpServer::Fault::Trickle, 201);
    QVERIFY(server.listen());
    TarballUploader up;
    TarballUploader::Options options;
    options.deadlineMs = 1500;
    QSignalSpy done(&up, &TarballUploader::finished);
    up.uploadTo(server.url().resolved(QUrl(QStringLiteral("/store/redis.tgz"))), file, options);
    QVERIFY(done.wait(test::WaitMs));
    QCOMPARE(server.requestsRead(), 1);
    QCOMPARE(up.error().kind(), MarathonError::Kind::Timeout);
    VERIFY_SAYS(up.error(), "Uploading redis.tgz to http://127.0.0.1:");
    VERIFY_SAYS(up.error(), "within 1.5 s");
}

void tst_NetworkFaults::uploadCutShort()
{
    QTemporaryDir dir;
    const QString file = smallTarball(dir);
    QVERIFY(!file.isEmpty());
    FaultyHttpServer server(FaultyHttpServer::Fault::CutShort, 201, "Created");
    QVERIFY(server.listen());
    TarballUploader up;
    QSignalSpy done(&up, &TarballUploader::finished);
    up.uploadTo(server.url().resolved(QUrl(QStringLiteral("/store/redis.tgz"))), file);
    QVERIFY(done.wait(test::WaitMs));
    QVERIFY(!up.ok());
    QCOMPARE(up.error().kind(), MarathonError::Kind::BadResponse);
    VERIFY_SAYS(up.error(), "was cut short");
}

void tst_NetworkFaults::uploadHugeAnswer()
{
    QTemporaryDir dir;
    const QString file = smallTarball(dir);
    QVERIFY(!file.isEmpty());
    FaultyHttpServer server(FaultyHttpServer::Fault::Huge);
    server.chunked = true;
    QVERIFY(server.listen());
    TarballUploader up;
    QSignalSpy done(&up, &TarballUploader::finished);
    up.uploadTo(server.url().resolved(QUrl(QStringLiteral("/store/redis.tgz"))), file);
    QVERIFY(done.wait(test::WaitMs));
    QCOMPARE(up.error().kind(), MarathonError::Kind::BadResponse);
    VERIFY_SAYS(up.error(), "larger than 1048576 bytes");
}

QTEST_GUILESS_MAIN(tst_NetworkFaults)
#include "tst_networkfaults.moc"
