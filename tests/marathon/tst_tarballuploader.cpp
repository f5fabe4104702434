// SPDX-License-Identifier: Apache-2.0
// Uploading the container tarball: HTTP PUT to a real nginx (WebDAV PUT) started on 127.0.0.1 by
// the test, and Marathon 1.4's artifact store on the Marathon stub.
#include "marathon/marathonclient.h"
#include "marathon/marathonstub.h"
#include "marathon/tarballuploader.h"
#include "support/cannedhttpserver.h"
#include "support/nginxprocess.h"
#include "support/testfiles.h"
#include "support/testnetwork.h"
#include "support/testwait.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace habmesos;
using habmesos::test::MarathonStub;
using habmesos::test::NginxProcess;
using habmesos::test::readAll;
using habmesos::test::writeRandomFile;

#define START_NGINX(n)                                                                                                 \
    do {                                                                                                               \
        QString why;                                                                                                   \
        if (!(n).start(&why))                                                                                          \
            QFAIL(qPrintable(QStringLiteral("nginx did not start: ") + why));                                          \
    } while (false)

class tst_TarballUploader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void putToNginx();
    void putOverwrites();
    void putRefused();
    void putMissingFile();
    void putHttps();
    void putCanceled();
    void putConnectionRefused();
    void artifactStore14();
    void artifactStoreRefusal();
    void artifactStoreReloginResends();
    void artifactStoreGone_data();
    void artifactStoreGone();
};

void tst_TarballUploader::putToNginx()
{
    NginxProcess nginx;
    START_NGINX(nginx);
    QTemporaryDir dir;
    const qint64 size = 5 * 1024 * 1024 + 123;
    const QString file = writeRandomFile(dir, QStringLiteral("core-redis-4.0.14-20190115013919.tgz"), size);
    QVERIFY(!file.isEmpty());

    TarballUploader up;
    QSignalSpy progress(&up, &TarballUploader::progress);
    QSignalSpy finished(&up, &TarballUploader::finished);
    const QUrl target = nginx.url(QStringLiteral("/artifacts/core/core-redis-4.0.14-20190115013919.tgz"));
    up.uploadTo(target, file);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
    QVERIFY2(up.ok(), qPrintable(up.error().message()));
    QCOMPARE(up.httpStatus(), 201);
    QCOMPARE(up.fetchUri(), target);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), size);
    QCOMPARE(progress.last().at(1).toLongLong(), size);
    QCOMPARE(QCryptographicHash::hash(
                 readAll(nginx.wwwPath(QStringLiteral("/artifacts/core/core-redis-4.0.14-20190115013919.tgz"))),
                 QCryptographicHash::Sha256),
        QCryptographicHash::hash(readAll(file), QCryptographicHash::Sha256));
}

void tst_TarballUploader::putOverwrites()
{
    NginxProcess nginx;
    START_NGINX(nginx);
    QTemporaryDir dir;
    const QUrl target = nginx.url(QStringLiteral("/x.tgz"));
    for (int round = 0; round < 2; ++round) {
        const QString file = writeRandomFile(dir, QStringLiteral("x.tgz"), 1000 + round);
        TarballUploader up;
        QSignalSpy finished(&up, &TarballUploader::finished);
        // Credentials in the URL go into the header, never into the fetch URI.
        QUrl withUser = target;
        withUser.setUserInfo(QStringLiteral("ops:pw"));
        up.uploadTo(withUser, file);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
        QVERIFY2(up.ok(), qPrintable(up.error().message()));
        QCOMPARE(up.httpStatus(), round == 0 ? 201 : 204);
        QCOMPARE(up.fetchUri(), target);
        QCOMPARE(readAll(nginx.wwwPath(QStringLiteral("/x.tgz"))), readAll(file));
    }
}

void tst_TarballUploader::putRefused()
{
    NginxProcess nginx;
    START_NGINX(nginx);
    QTemporaryDir dir;
    const QString file = writeRandomFile(dir, QStringLiteral("x.tgz"), 4096);
    TarballUploader up;
    QSignalSpy finished(&up, &TarballUploader::finished);
    up.uploadTo(nginx.url(QStringLiteral("/readonly/x.tgz")), file);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
    QVERIFY(!up.ok());
    QCOMPARE(up.error().httpStatus(), 405);
    QCOMPARE(up.httpStatus(), 405);
    const QString m = up.error().message();
    QVERIFY2(m.contains(QLatin1String("HTTP 405 Not Allowed")) && m.contains(QLatin1String("allows PUT"))
            && m.contains(QLatin1String("/readonly/x.tgz")),
        qPrintable(m));
    QVERIFY(!QFile::exists(nginx.wwwPath(QStringLiteral("/readonly/x.tgz"))));
}

void tst_TarballUploader::putHttps()
{
    QTemporaryDir certs;
    QString why;
    QVERIFY2(test::makeTestCertificates(certs.path(), &why), qPrintable(why));
    NginxProcess nginx;
    if (!nginx.start(&why, { certs.path() }))
        QFAIL(qPrintable(QStringLiteral("nginx did not start: ") + why));
    QTemporaryDir dir;
    const QString file = writeRandomFile(dir, QStringLiteral("x.tgz"), 300000);
    const QUrl target = nginx.url(QStringLiteral("/secure/x.tgz"));
    QCOMPARE(target.scheme(), QStringLiteral("https"));
    {
        // Without the CA the certificate is not trusted: a clear TLS error, nothing uploaded.
        TarballUploader up;
        QSignalSpy finished(&up, &TarballUploader::finished);
        up.uploadTo(target, file);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
        QCOMPARE(up.error().kind(), MarathonError::Kind::Tls);
        QVERIFY2(up.error().message().contains(QLatin1String("TLS connection to 127.0.0.1:")),
            qPrintable(up.error().message()));
        QVERIFY(!QFile::exists(nginx.wwwPath(QStringLiteral("/secure/x.tgz"))));
    }
    TarballUploader up;
    QSignalSpy finished(&up, &TarballUploader::finished);
    TarballUploader::Options options;
    options.caFile = certs.filePath(QStringLiteral("ca.pem"));
    up.uploadTo(target, file, options);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
    QVERIFY2(up.ok(), qPrintable(up.error().message()));
    QCOMPARE(readAll(nginx.wwwPath(QStringLiteral("/secure/x.tgz"))), readAll(file));
}

void tst_TarballUploader::putMissingFile()
{
    TarballUploader up;
    QSignalSpy finished(&up, &TarballUploader::finished);
    up.uploadTo(QUrl(QStringLiteral("http://127.0.0.1:9/x.tgz")), QStringLiteral("/nonexistent/x.tgz"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
    QCOMPARE(up.error().kind(), MarathonError::Kind::File);
    QVERIFY2(up.error().message().contains(QLatin1String("/nonexistent/x.tgz")), qPrintable(up.error().message()));
}

void tst_TarballUploader::putCanceled()
{
    // A server that accepts and never reads much: the upload stalls until canceled.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* s = silent.nextPendingConnection())
            held.append(s);
    });
    QTemporaryDir dir;
    const QString file = writeRandomFile(dir, QStringLiteral("big.tgz"), 64 * 1024 * 1024);
    TarballUploader up;
    QSignalSpy finished(&up, &TarballUploader::finished);
    up.uploadTo(QUrl(QStringLiteral("http://127.0.0.1:%1/big.tgz").arg(silent.serverPort())), file);
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), test::WaitMs);
    up.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
    QCOMPARE(up.error().kind(), MarathonError::Kind::Canceled);
}

void tst_TarballUploader::putConnectionRefused()
{
    const quint16 port = test::unusedLocalPort();
    QVERIFY(port != 0);
    QTemporaryDir dir;
    const QString file = writeRandomFile(dir, QStringLiteral("x.tgz"), 100);
    TarballUploader up;
    QSignalSpy finished(&up, &TarballUploader::finished);
    up.uploadTo(QUrl(QStringLiteral("http://127.0.0.1:%1/x.tgz").arg(port)), file);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
    QCOMPARE(up.error().kind(), MarathonError::Kind::ConnectionRefused);
}

void tst_TarballUploader::artifactStore14()
{
    MarathonStub stub;
    QVERIFY2(
        stub.start({ QStringLiteral("--marathon-version"), QStringLiteral("1.4.13") }), qPrintable(stub.errorText()));
    MarathonClient client({ stub.url(), {}, {}, 30000 });
    QTemporaryDir dir;
    const qint64 size = 2 * 1024 * 1024 + 7;
    const QString file = writeRandomFile(dir, QStringLiteral("core-nginx-1.15.6-20181212000000.tgz"), size);
    TarballUploader up;
    QSignalSpy progress(&up, &TarballUploader::progress);
    QSignalSpy finished(&up, &TarballUploader::finished);
    up.uploadToArtifactStore(&client, file);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
    QVERIFY2(up.ok(), qPrintable(up.error().message()));
    QCOMPARE(up.httpStatus(), 201);
    QCOMPARE(up.fetchUri().toString(),
        stub.url().toString() + QStringLiteral("/v2/artifacts/core-nginx-1.15.6-20181212000000.tgz"));
    QVERIFY(!progress.isEmpty());
    QVERIFY(progress.last().at(0).toLongLong() > size); // the multipart body: the file plus its framing

    // What Mesos' fetcher would download is the file.
    MarathonClient same({ stub.url(), {}, {}, 30000 });
    QNetworkAccessManager nam;
    QNetworkReply* get = nam.get(QNetworkRequest(up.fetchUri()));
    QTRY_VERIFY_WITH_TIMEOUT(get->isFinished(), test::WaitMs);
    QCOMPARE(get->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(get->readAll(), readAll(file));
    delete get;

    // Again: the file is replaced (200), Marathon sends no Location, and the URI is the same.
    TarballUploader again;
    QSignalSpy againFinished(&again, &TarballUploader::finished);
    again.uploadToArtifactStore(&client, file);
    QTRY_COMPARE_WITH_TIMEOUT(againFinished.size(), 1, test::WaitMs);
    QVERIFY2(again.ok(), qPrintable(again.error().message()));
    QCOMPARE(again.httpStatus(), 200);
    QCOMPARE(again.fetchUri(), up.fetchUri());
    // The same address as the command line expects before uploading, also under a DC/OS path.
    QCOMPARE(TarballUploader::artifactUri(stub.url(), QStringLiteral("core-nginx-1.15.6-20181212000000.tgz")),
        up.fetchUri());
    QCOMPARE(TarballUploader::artifactUri(
                 QUrl(QStringLiteral("https://u:p@c/service/marathon/?x=1")), QStringLiteral("a.tgz"))
                 .toString(),
        QStringLiteral("https://c/service/marathon/v2/artifacts/a.tgz"));
}

void tst_TarballUploader::artifactStoreReloginResends()
{
    // Behind DC/OS with an expired token: the client logs in again and sends the file once more.
    MarathonStub stub;
    QVERIFY2(stub.start({ QStringLiteral("--marathon-version"), QStringLiteral("1.4.13"), QStringLiteral("--auth"),
                 QStringLiteral("dcos"), QStringLiteral("--dcos-user"), QStringLiteral("ci:pw") }),
        qPrintable(stub.errorText()));
    MarathonClient client(
        { stub.url(), MarathonAuth::dcosLogin(QStringLiteral("ci"), QStringLiteral("pw")), {}, 30000 });
    QTemporaryDir dir;
    const QString file = writeRandomFile(dir, QStringLiteral("a.tgz"), 300000);
    {
        TarballUploader up;
        QSignalSpy finished(&up, &TarballUploader::finished);
        up.uploadToArtifactStore(&client, file);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
        QVERIFY2(up.ok(), qPrintable(up.error().message()));
        QCOMPARE(up.httpStatus(), 201);
    }
    stub.control("POST", QStringLiteral("/_stub/expire-tokens"));
    const QString second = writeRandomFile(dir, QStringLiteral("b.tgz"), 300001);
    TarballUploader up;
    QSignalSpy finished(&up, &TarballUploader::finished);
    up.uploadToArtifactStore(&client, second);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
    QVERIFY2(up.ok(), qPrintable(up.error().message()));
    QCOMPARE(up.httpStatus(), 201);
    QCOMPARE(stub.requestsSeen().count(QStringLiteral("POST /acs/api/v1/auth/login")), 2);
    // The stored bytes are the file's (served back by the store, with the new token).
    QNetworkAccessManager nam;
    QNetworkRequest request(up.fetchUri());
    QNetworkReply* login = nam.post(
        [&] {
            QUrl u = stub.url();
            u.setPath(QStringLiteral("/acs/api/v1/auth/login"));
            QNetworkRequest r(u);
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            return r;
        }(),
        QByteArrayLiteral(R"({"uid":"ci","password":"pw"})"));
    QTRY_VERIFY_WITH_TIMEOUT(login->isFinished(), test::WaitMs);
    request.setRawHeader("Authorization",
        "token=" + QJsonDocument::fromJson(login->readAll())[QStringLiteral("token")].toString().toUtf8());
    QNetworkReply* get = nam.get(request);
    QTRY_VERIFY_WITH_TIMEOUT(get->isFinished(), test::WaitMs);
    QCOMPARE(get->readAll(), readAll(second));
    delete get;
    delete login;
}

void tst_TarballUploader::artifactStoreRefusal()
{
    // Marathon 1.4 reads only a form part named "file" and answers 422 otherwise (reference 5). What
    // habmesos sends is that part, and when a store refuses, the store's words reach the user.
    test::CannedHttpServer store(422, R"({"message":"Please use 'file' as form parameter name!"})");
    QVERIFY(store.listen());
    MarathonClient client({ store.url(), {}, {}, 30000 });
    QTemporaryDir dir;
    const QString file = writeRandomFile(dir, QStringLiteral("x.tgz"), 1000);
    QVERIFY(!file.isEmpty());
    TarballUploader up;
    QSignalSpy finished(&up, &TarballUploader::finished);
    up.uploadToArtifactStore(&client, file);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
    QCOMPARE(store.requestLines(), QStringList { QStringLiteral("POST /v2/artifacts HTTP/1.1") });
    const QByteArray request = store.requests().constFirst();
    QVERIFY2(request.toLower().contains(R"(content-disposition: form-data; name="file"; filename="x.tgz")"),
        request.left(2000).constData());
    QVERIFY(request.contains(readAll(file)));

    QVERIFY(!up.ok());
    QCOMPARE(up.httpStatus(), 422);
    QCOMPARE(up.error().kind(), MarathonError::Kind::Validation);
    const QString m = up.error().message();
    QVERIFY2(m.contains(QLatin1String("Uploading x.tgz to Marathon's artifact store"))
            && m.contains(QLatin1String("(HTTP 422: Please use 'file' as form parameter name!)")),
        qPrintable(m));
}

void tst_TarballUploader::artifactStoreGone_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("status");
    QTest::newRow("1.5: 404") << "1.5.12" << 404;
    QTest::newRow("1.6.486+: 500") << "1.10.26" << 500;
}

void tst_TarballUploader::artifactStoreGone()
{
    QFETCH(QString, version);
    QFETCH(int, status);
    MarathonStub stub;
    QVERIFY2(stub.start({ QStringLiteral("--marathon-version"), version }), qPrintable(stub.errorText()));
    MarathonClient client({ stub.url(), {}, {}, 30000 });
    QTemporaryDir dir;
    const QString file = writeRandomFile(dir, QStringLiteral("x.tgz"), 1000);
    TarballUploader up;
    QSignalSpy finished(&up, &TarballUploader::finished);
    up.uploadToArtifactStore(&client, file);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
    QCOMPARE(up.error().kind(), MarathonError::Kind::NoArtifactStore);
    QCOMPARE(up.error().httpStatus(), status);
    QVERIFY2(up.error().message().contains(QLatin1String("removed in 1.5")), qPrintable(up.error().message()));
}

QTEST_GUILESS_MAIN(tst_TarballUploader)
#include "tst_tarballuploader.moc"
