// SPDX-License-Identifier: Apache-2.0
// Publishing a harts export: HEAD per file, PUT only what the server lacks. Against a real nginx
// (WebDAV PUT, HEAD with Content-Length) started on 127.0.0.1, and canned servers for answers
// nginx does not give (HEAD refused or without a length, a PUT that is never answered).
#include "marathon/hartspublisher.h"
#include "marathon/marathonstub.h" // makeTestCertificates
#include "support/cannedhttpserver.h"
#include "support/nginxprocess.h"
#include "support/testfiles.h"
#include "support/testnetwork.h"
#include "support/testwait.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;
using habmesos::test::CannedHttpServer;
using habmesos::test::NginxProcess;
using habmesos::test::readAll;
using habmesos::test::writeRandomFile;
using State = HartsPublisher::State;

namespace {

const QString Bootstrap = QStringLiteral("habmesos-bootstrap-0123456789abcdef.tgz");
const QString Redis = QStringLiteral("core-redis-4.0.14-20190115013919-x86_64-linux.hart");
const QString Glibc = QStringLiteral("core-glibc-2.27-20190115002733-x86_64-linux.hart");

// name -> size, written into dir; the files in the given order.
QList<HartsPublisher::File> makeFiles(const QTemporaryDir& dir, const QList<std::pair<QString, qint64>>& specs)
{
    QList<HartsPublisher::File> files;
    for (const auto& [name, size] : specs)
        files.append({ writeRandomFile(dir, name, size), name, 0 });
    return files;
}

// Every file of a folder with its bytes: what the server really has.
QMap<QString, QByteArray> folderContents(const QString& path)
{
    QMap<QString, QByteArray> out;
    for (const QString& name : QDir(path).entryList(QDir::Files))
        out.insert(name, readAll(path + u'/' + name));
    return out;
}

QByteArray bodyOf(const QByteArray& request)
{
    return request.mid(request.indexOf("\r\n\r\n") + 4);
}

} // namespace

#define START_NGINX(n, ...)                                                                                            \
    do {                                                                                                               \
        QString why;                                                                                                   \
        if (!(n).start(&why __VA_OPT__(, ) __VA_ARGS__))                                                               \
            QFAIL(qPrintable(QStringLiteral("nginx did not start: ") + why));                                          \
    } while (false)

// Runs one publisher to its end; finished() must come exactly once.
#define RUN(publisher, call)                                                                                           \
    do {                                                                                                               \
        QSignalSpy finishedSpy(&(publisher), &HartsPublisher::finished);                                               \
        call;                                                                                                          \
        QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.size(), 1, test::WaitMs);                                                \
        QVERIFY((publisher).isFinished());                                                                             \
    } while (false)

class tst_HartsPublisher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publishSendsOnlyWhatIsMissing();
    void planSendsNothing();
    void basicAuth();
    void withoutHeadSize_data();
    void withoutHeadSize();
    void checkAfterUpload_data();
    void checkAfterUpload();
    void publishHttps();
    void cancelDuringUpload();
    void cancelDuringPlan();
    void badInput();
    void connectionRefused();
};

void tst_HartsPublisher::publishSendsOnlyWhatIsMissing()
{
    NginxProcess nginx;
    START_NGINX(nginx);
    QTemporaryDir dir;
    QList<HartsPublisher::File> files
        = makeFiles(dir, { { Bootstrap, 300000 }, { Redis, 3 * 1024 * 1024 + 17 }, { Glibc, 1500000 } });
    const qint64 total = 300000 + 3 * 1024 * 1024 + 17 + 1500000;
    const QUrl folder = nginx.url(QStringLiteral("/harts")); // no trailing slash: one is added
    const QString stored = nginx.wwwPath(QStringLiteral("/harts"));

    // First: nothing there, all three are sent.
    {
        HartsPublisher publisher;
        QSignalSpy checked(&publisher, &HartsPublisher::checked);
        QSignalSpy progress(&publisher, &HartsPublisher::progress);
        RUN(publisher, publisher.publish(folder, files, {}));
        const auto& out = publisher.outcome();
        QVERIFY2(!out.error.isError(), qPrintable(out.error.message()));
        QCOMPARE(out.files.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(out.files[i].fileName, files[i].fileName);
            QCOMPARE(out.files[i].state, State::Missing);
            QCOMPARE(out.files[i].bytes, QFileInfo(files[i].localPath).size());
            QCOMPARE(out.files[i].remoteBytes, -1);
            QVERIFY(out.files[i].sent);
        }
        QCOMPARE(out.sent, 3);
        QCOMPARE(out.skipped, 0);
        QCOMPARE(out.bytesToSend, total);
        QVERIFY2(out.warnings.isEmpty(), qPrintable(out.warnings.join(u'\n')));
        QCOMPARE(checked.size(), 3);
        QList<int> indices;
        for (const auto& args : checked) {
            indices.append(args.at(0).toInt());
            QCOMPARE(args.at(1).value<HartsPublisher::Check>().state, State::Missing);
        }
        std::sort(indices.begin(), indices.end());
        QCOMPARE(indices, (QList<int> { 0, 1, 2 }));
        QVERIFY(!progress.isEmpty());
        for (int i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i].at(0).toLongLong() >= progress[i - 1].at(0).toLongLong());
        QCOMPARE(progress.last().at(0).toLongLong(), total);
        QCOMPARE(progress.last().at(1).toLongLong(), total);
        const auto server = folderContents(stored);
        QCOMPARE(server.keys(), (QStringList { Glibc, Redis, Bootstrap }));
        for (const auto& f : files)
            QCOMPARE(server.value(f.fileName), readAll(f.localPath));
    }

    // The server's copies are replaced by other bytes of the same size: a publish that sent
    // anything would put the local bytes back.
    for (const auto& f : files) {
        QFile copy(stored + u'/' + f.fileName);
        QVERIFY(copy.open(QIODevice::ReadWrite));
        QVERIFY(copy.write(QByteArray(8, 'Z')) == 8);
    }
    const auto tampered = folderContents(stored);

    // Second: all there with their sizes, nothing sent.
    {
        HartsPublisher publisher;
        QSignalSpy progress(&publisher, &HartsPublisher::progress);
        RUN(publisher, publisher.publish(folder, files, {}));
        const auto& out = publisher.outcome();
        QVERIFY2(!out.error.isError(), qPrintable(out.error.message()));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(out.files[i].state, State::Present);
            QCOMPARE(out.files[i].remoteBytes, QFileInfo(stored + u'/' + files[i].fileName).size());
            QVERIFY(!out.files[i].sent);
        }
        QCOMPARE(out.sent, 0);
        QCOMPARE(out.skipped, 3);
        QCOMPARE(out.bytesToSend, 0);
        QVERIFY(out.warnings.isEmpty());
        QVERIFY(progress.isEmpty());
        QCOMPARE(folderContents(stored), tampered);
    }

    // Third: the redis file changes size: only it is sent, with a warning naming it.
    files[1] = makeFiles(dir, { { Redis, 4000 } }).constFirst();
    HartsPublisher publisher;
    RUN(publisher, publisher.publish(folder, files, {}));
    const auto& out = publisher.outcome();
    QVERIFY2(!out.error.isError(), qPrintable(out.error.message()));
    QCOMPARE(out.files[0].state, State::Present);
    QCOMPARE(out.files[1].state, State::DifferentSize);
    QCOMPARE(out.files[1].remoteBytes, 3 * 1024 * 1024 + 17);
    QCOMPARE(out.files[1].bytes, 4000);
    QCOMPARE(out.files[2].state, State::Present);
    QCOMPARE(out.sent, 1);
    QCOMPARE(out.skipped, 2);
    QCOMPARE(out.bytesToSend, 4000);
    QCOMPARE(out.warnings.size(), 1);
    QVERIFY2(out.warnings[0].contains(Redis) && out.warnings[0].contains(QLatin1String("3145745 bytes"))
            && out.warnings[0].contains(QLatin1String("someone else's file or a broken upload")),
        qPrintable(out.warnings[0]));
    auto expected = tampered;
    expected[Redis] = readAll(files[1].localPath);
    QCOMPARE(folderContents(stored), expected);
}

void tst_HartsPublisher::planSendsNothing()
{
    NginxProcess nginx;
    START_NGINX(nginx);
    QTemporaryDir dir;
    const auto files = makeFiles(dir, { { Bootstrap, 2000 }, { Redis, 5000 }, { Glibc, 7000 } });
    // On the server: the bootstrap as it is, glibc with another size, no redis.
    const QString stored = nginx.wwwPath(QStringLiteral("/v1/"));
    QVERIFY(QDir().mkpath(stored));
    QVERIFY(QFile::copy(files[0].localPath, stored + Bootstrap));
    {
        QFile other(stored + Glibc);
        QVERIFY(other.open(QIODevice::WriteOnly));
        QCOMPARE(other.write(QByteArray(6999, 'g')), 6999);
    }
    const auto before = folderContents(stored);

    HartsPublisher publisher;
    QSignalSpy progress(&publisher, &HartsPublisher::progress);
    RUN(publisher, publisher.plan(nginx.url(QStringLiteral("/v1/")), files, {}));
    const auto& out = publisher.outcome();
    QVERIFY2(!out.error.isError(), qPrintable(out.error.message()));
    QCOMPARE(out.files[0].state, State::Present);
    QCOMPARE(out.files[0].remoteBytes, 2000);
    QCOMPARE(out.files[1].state, State::Missing);
    QCOMPARE(out.files[2].state, State::DifferentSize);
    QCOMPARE(out.files[2].remoteBytes, 6999);
    QCOMPARE(out.bytesToSend, 5000 + 7000);
    QCOMPARE(out.sent, 0);
    QCOMPARE(out.skipped, 1);
    for (const auto& check : out.files)
        QVERIFY(!check.sent);
    QCOMPARE(out.warnings.size(), 1);
    QVERIFY2(out.warnings[0].contains(Glibc), qPrintable(out.warnings[0]));
    QVERIFY(progress.isEmpty());
    QCOMPARE(folderContents(stored), before);
}

void tst_HartsPublisher::basicAuth()
{
    NginxProcess nginx;
    START_NGINX(nginx, { {}, QStringLiteral("ops"), QStringLiteral("s3cret-pw") });
    QTemporaryDir dir;
    const auto files = makeFiles(dir, { { Bootstrap, 1000 }, { Redis, 200000 } });
    const QString stored = nginx.wwwPath(QStringLiteral("/private"));

    // Credentials in the folder URL.
    QUrl withUser = nginx.url(QStringLiteral("/private/"));
    withUser.setUserInfo(QStringLiteral("ops:s3cret-pw"));
    {
        HartsPublisher publisher;
        RUN(publisher, publisher.publish(withUser, files, {}));
        QVERIFY2(publisher.ok(), qPrintable(publisher.outcome().error.message()));
        QCOMPARE(publisher.outcome().sent, 2);
        for (const auto& f : files)
            QCOMPARE(readAll(stored + u'/' + f.fileName), readAll(f.localPath));
    }
    // In the options: the same files are found there.
    TarballUploader::Options options;
    options.user = QStringLiteral("ops");
    options.password = QStringLiteral("s3cret-pw");
    {
        HartsPublisher publisher;
        RUN(publisher, publisher.publish(nginx.url(QStringLiteral("/private/")), files, options));
        QVERIFY2(publisher.ok(), qPrintable(publisher.outcome().error.message()));
        QCOMPARE(publisher.outcome().skipped, 2);
        QCOMPARE(publisher.outcome().sent, 0);
    }
    // A wrong password: HEAD is refused, a clear error without the password, nothing sent.
    const auto before = folderContents(stored);
    auto more = files;
    more.append(makeFiles(dir, { { Glibc, 3000 } }));
    options.password = QStringLiteral("Wr0ngPass");
    for (const QUrl& folder : { nginx.url(QStringLiteral("/private/")), withUser }) {
        HartsPublisher publisher;
        RUN(publisher, publisher.publish(folder, more, options));
        const MarathonError& e = publisher.outcome().error;
        QCOMPARE(e.kind(), MarathonError::Kind::Unauthorized);
        QCOMPARE(e.httpStatus(), 401);
        const QString m = e.message();
        QVERIFY2(m.contains(nginx.url(QStringLiteral("/private/")).toString()) && m.contains(QLatin1String("HTTP 401"))
                && m.contains(QLatin1String("give a user and password")) && !m.contains(QLatin1String("Wr0ngPass"))
                && !m.contains(QLatin1String("s3cret")) && !m.contains(QLatin1String("ops@")),
            qPrintable(m));
        QCOMPARE(publisher.outcome().sent, 0);
        QCOMPARE(folderContents(stored), before);
    }
    // No credentials at all: the same.
    HartsPublisher publisher;
    RUN(publisher, publisher.plan(nginx.url(QStringLiteral("/private/")), files, {}));
    QCOMPARE(publisher.outcome().error.kind(), MarathonError::Kind::Unauthorized);
}

void tst_HartsPublisher::withoutHeadSize_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<CannedHttpServer::Framing>("framing");
    QTest::addColumn<QByteArray>("body"); // what a GET would get: its length is what HEAD announces
    QTest::addColumn<QString>("why");
    QTest::newRow("405") << 405 << CannedHttpServer::Framing::ContentLength << QByteArray("not allowed")
                         << "answers HEAD with HTTP 405";
    QTest::newRow("501") << 501 << CannedHttpServer::Framing::ContentLength << QByteArray()
                         << "answers HEAD with HTTP 501";
    QTest::newRow("200 chunked") << 200 << CannedHttpServer::Framing::Chunked << QByteArray("abc")
                                 << "answers HEAD without Content-Length";
    QTest::newRow("200 close-delimited") << 200 << CannedHttpServer::Framing::CloseDelimited << QByteArray("abc")
                                         << "answers HEAD without Content-Length";
    QTest::newRow("200 length 0") << 200 << CannedHttpServer::Framing::ContentLength << QByteArray()
                                  << "answers HEAD with Content-Length 0";
}

void tst_HartsPublisher::withoutHeadSize()
{
    QFETCH(int, status);
    QFETCH(CannedHttpServer::Framing, framing);
    QFETCH(QByteArray, body);
    QFETCH(QString, why);
    CannedHttpServer server(201, QByteArray(), "text/plain"); // PUT: taken
    server.setAnswer("HEAD", status, body, framing);
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const auto files = makeFiles(dir, { { Bootstrap, 1000 }, { Redis, 250000 } });
    QUrl folder = server.url();
    folder.setPath(QStringLiteral("/harts/"));

    HartsPublisher publisher;
    RUN(publisher, publisher.publish(folder, files, {}));
    const auto& out = publisher.outcome();
    QVERIFY2(!out.error.isError(), qPrintable(out.error.message()));
    for (const auto& check : out.files) {
        QCOMPARE(check.state, State::Unchecked);
        QVERIFY(check.sent);
    }
    QCOMPARE(out.sent, 2);
    QCOMPARE(out.bytesToSend, 251000);
    // One warning for the whole publish, saying what it costs and what to do.
    QCOMPARE(out.warnings.size(), 1);
    const QString& w = out.warnings[0];
    QVERIFY2(w.contains(why) && w.contains(QLatin1String("2 files")) && w.contains(QLatin1String("cannot cache"))
            && w.contains(QLatin1String("every task downloads every one of them into its sandbox"))
            && w.contains(QLatin1String("answer HEAD with the file's Content-Length")),
        qPrintable(w));
    // What the server got: HEAD each, PUT each with its bytes, HEAD each again.
    QMap<QString, QByteArray> put;
    QStringList heads;
    for (const QByteArray& request : server.requests()) {
        const QString line = QString::fromLatin1(request.left(request.indexOf("\r\n")));
        if (line.startsWith(QLatin1String("PUT ")))
            put.insert(line.section(u' ', 1, 1), bodyOf(request));
        else
            heads.append(line);
    }
    QCOMPARE(put.size(), 2);
    for (const auto& f : files)
        QCOMPARE(put.value(QStringLiteral("/harts/") + f.fileName), readAll(f.localPath));
    heads.sort();
    QCOMPARE(heads,
        (QStringList { QStringLiteral("HEAD /harts/%1 HTTP/1.1").arg(Redis),
            QStringLiteral("HEAD /harts/%1 HTTP/1.1").arg(Redis),
            QStringLiteral("HEAD /harts/%1 HTTP/1.1").arg(Bootstrap),
            QStringLiteral("HEAD /harts/%1 HTTP/1.1").arg(Bootstrap) }));
}

void tst_HartsPublisher::checkAfterUpload_data()
{
    QTest::addColumn<int>("headStatus");
    QTest::addColumn<int>("headLength");
    QTest::addColumn<QString>("says");
    // The PUT is taken, yet HEAD does not give the file afterwards: the agents would not get it.
    QTest::newRow("still 404") << 404 << 9 << "answers HEAD at %1 with HTTP 404";
    QTest::newRow("still another size") << 200 << 1000
                                        << "after the upload of 2000 bytes the server has 1000 bytes at %1";
}

void tst_HartsPublisher::checkAfterUpload()
{
    QFETCH(int, headStatus);
    QFETCH(int, headLength);
    QFETCH(QString, says);
    CannedHttpServer server(201, QByteArray(), "text/plain");
    server.setAnswer("HEAD", headStatus, QByteArray(headLength, 'x'));
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const auto files = makeFiles(dir, { { Redis, 2000 } });
    HartsPublisher publisher;
    RUN(publisher, publisher.publish(server.url(), files, {}));
    const auto& out = publisher.outcome();
    QCOMPARE(out.error.kind(), MarathonError::Kind::BadResponse);
    const QString url = server.url().toString() + u'/' + Redis;
    QVERIFY2(out.error.message().contains(says.arg(url)), qPrintable(out.error.message()));
    QCOMPARE(server.requestLines(),
        (QStringList { QStringLiteral("HEAD /%1 HTTP/1.1").arg(Redis), QStringLiteral("PUT /%1 HTTP/1.1").arg(Redis),
            QStringLiteral("HEAD /%1 HTTP/1.1").arg(Redis) }));
    QCOMPARE(out.sent, 1); // it went out; what the server made of it is the error
}

void tst_HartsPublisher::publishHttps()
{
    QTemporaryDir certs;
    QString why;
    QVERIFY2(test::makeTestCertificates(certs.path(), &why), qPrintable(why));
    NginxProcess nginx;
    START_NGINX(nginx, { certs.path() });
    QTemporaryDir dir;
    const auto files = makeFiles(dir, { { Bootstrap, 1000 }, { Redis, 300000 } });
    const QUrl folder = nginx.url(QStringLiteral("/secure/"));
    QCOMPARE(folder.scheme(), QStringLiteral("https"));
    {
        // Without the CA: the certificate is not trusted, nothing is sent.
        HartsPublisher publisher;
        RUN(publisher, publisher.publish(folder, files, {}));
        QCOMPARE(publisher.outcome().error.kind(), MarathonError::Kind::Tls);
        QVERIFY(!QFileInfo::exists(nginx.wwwPath(QStringLiteral("/secure"))));
    }
    TarballUploader::Options options;
    options.caFile = certs.filePath(QStringLiteral("ca.pem"));
    HartsPublisher publisher;
    RUN(publisher, publisher.publish(folder, files, options));
    QVERIFY2(publisher.ok(), qPrintable(publisher.outcome().error.message()));
    QCOMPARE(publisher.outcome().sent, 2);
    for (const auto& f : files)
        QCOMPARE(readAll(nginx.wwwPath(QStringLiteral("/secure/") + f.fileName)), readAll(f.localPath));
}

void tst_HartsPublisher::cancelDuringUpload()
{
    // HEAD announces 1000 bytes for every name; PUTs are never answered.
    CannedHttpServer server(201, QByteArray(), "text/plain");
    server.setAnswer("HEAD", 200, QByteArray(1000, 'x'));
    server.setStalled("PUT");
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const auto files = makeFiles(dir, { { Bootstrap, 1000 }, { Redis, 64 * 1024 * 1024 }, { Glibc, 2000 } });
    QUrl folder = server.url();
    folder.setPath(QStringLiteral("/h/"));

    HartsPublisher publisher;
    QSignalSpy finished(&publisher, &HartsPublisher::finished);
    publisher.publish(folder, files, {});
    QTRY_VERIFY_WITH_TIMEOUT(server.requestLines().filter(QLatin1String("PUT ")).size() >= 1, test::WaitMs);
    QVERIFY(!publisher.isFinished());
    publisher.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
    const auto& out = publisher.outcome();
    QCOMPARE(out.error.kind(), MarathonError::Kind::Canceled);
    QVERIFY2(out.error.message().contains(QLatin1String("canceled")), qPrintable(out.error.message()));
    // Only the file the server really has with its size is Present; none counts as sent.
    QCOMPARE(out.files[0].state, State::Present);
    QCOMPARE(out.files[0].remoteBytes, 1000);
    QCOMPARE(out.files[1].state, State::DifferentSize);
    QCOMPARE(out.files[2].state, State::DifferentSize);
    for (const auto& check : out.files)
        QVERIFY(!check.sent);
    QCOMPARE(out.sent, 0);
    QCOMPARE(out.bytesToSend, 0);

    // finished() came once: canceling again does nothing, and a later run on the same server (its
    // HEADs go through the event loop) ends before any second finished() could.
    publisher.cancel();
    HartsPublisher later;
    RUN(later, later.plan(folder, files.mid(0, 1), {}));
    QCOMPARE(later.outcome().files[0].state, State::Present);
    QCOMPARE(finished.size(), 1);
}

void tst_HartsPublisher::cancelDuringPlan()
{
    CannedHttpServer server(201, QByteArray(), "text/plain");
    server.setStalled("HEAD");
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const auto files = makeFiles(dir, { { Bootstrap, 1000 }, { Redis, 2000 } });
    HartsPublisher publisher;
    QSignalSpy finished(&publisher, &HartsPublisher::finished);
    QSignalSpy checked(&publisher, &HartsPublisher::checked);
    publisher.publish(server.url(), files, {});
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 2, test::WaitMs);
    publisher.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::WaitMs);
    QCOMPARE(publisher.outcome().error.kind(), MarathonError::Kind::Canceled);
    for (const auto& check : publisher.outcome().files)
        QCOMPARE(check.state, State::Unknown);
    QVERIFY(checked.isEmpty());
    QCOMPARE(server.requestLines().filter(QLatin1String("PUT ")).size(), 0);
}

void tst_HartsPublisher::badInput()
{
    QTemporaryDir dir;
    const auto files = makeFiles(dir, { { Bootstrap, 10 } });
    struct Case
    {
        QUrl folder;
        QList<HartsPublisher::File> files;
        MarathonError::Kind kind;
        QString says;
    };
    const QUrl http(QStringLiteral("http://127.0.0.1:9/x/"));
    const QList<Case> cases {
        { QUrl(QStringLiteral("ftp://127.0.0.1/x/")), files, MarathonError::Kind::Network,
            QStringLiteral("only http and https") },
        { http, files + files, MarathonError::Kind::File, QStringLiteral("two files are named ") + Bootstrap },
        { http, { { dir.filePath(QStringLiteral("gone.hart")), QStringLiteral("gone.hart"), 0 } },
            MarathonError::Kind::File, dir.filePath(QStringLiteral("gone.hart")) },
        { http, { { files[0].localPath, QStringLiteral("a/b.hart"), 0 } }, MarathonError::Kind::File,
            QStringLiteral("“a/b.hart” is not a file name") },
        { http, { { files[0].localPath, Bootstrap, 11 } }, MarathonError::Kind::File,
            QStringLiteral("has 10 bytes, not the 11 expected") },
    };
    for (const Case& c : cases) {
        HartsPublisher publisher;
        RUN(publisher, publisher.publish(c.folder, c.files, {}));
        QCOMPARE(publisher.outcome().error.kind(), c.kind);
        QVERIFY2(publisher.outcome().error.message().contains(c.says), qPrintable(publisher.outcome().error.message()));
    }
    // Nothing to publish: done at once, without error.
    HartsPublisher publisher;
    RUN(publisher, publisher.publish(http, {}, {}));
    QVERIFY(publisher.ok());
}

void tst_HartsPublisher::connectionRefused()
{
    const quint16 port = test::unusedLocalPort();
    QVERIFY(port != 0);
    QTemporaryDir dir;
    const auto files = makeFiles(dir, { { Bootstrap, 100 }, { Redis, 200 } });
    HartsPublisher publisher;
    RUN(publisher, publisher.publish(QUrl(QStringLiteral("http://127.0.0.1:%1/h/").arg(port)), files, {}));
    QCOMPARE(publisher.outcome().error.kind(), MarathonError::Kind::ConnectionRefused);
    QCOMPARE(publisher.outcome().sent, 0);
}

QTEST_GUILESS_MAIN(tst_HartsPublisher)
#include "tst_hartspublisher.moc"
