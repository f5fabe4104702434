// SPDX-License-Identifier: Apache-2.0
// The URL rules the window and `habmesos export` share: what an http(s) URL is, when a URL is a
// folder that gets the tarball's name, and how a URL is shown.
#include "marathon/httpurl.h"

#include <QTest>

using namespace habmesos;

class tst_HttpUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void withFileName_data();
    void withFileName();
    void forDisplay();
    void hostAndPort();
};

void tst_HttpUrl::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowCredentials");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind"); // when not ok
    QTest::addColumn<QString>("message"); // a part of it, when not ok

    const int invalid = int(ErrorKind::Invalid);
    const int unsafe = int(ErrorKind::Unsafe);
    QTest::newRow("http") << "http://m:8080" << false << true << 0 << "";
    QTest::newRow("https path") << "https://dcos.example/service/marathon" << false << true << 0 << "";
    QTest::newRow("ftp") << "ftp://m/" << false << false << invalid << "“ftp://m/” is not an http or https URL";
    QTest::newRow("no scheme") << "m:8080" << false << false << invalid << "is not an http or https URL";
    QTest::newRow("no host") << "http:///x" << false << false << invalid << "is not an http or https URL";
    QTest::newRow("empty") << "" << false << false << invalid << "is not an http or https URL";
    QTest::newRow("bad port") << "http://m:99999/" << false << false << invalid << "is not an http or https URL";
    QTest::newRow("password refused") << "http://ops:Secret-Pw@m:8080" << false << false << unsafe
                                      << "put no user or password in the URL";
    QTest::newRow("user refused") << "http://ops@m:8080" << false << false << unsafe << "put no user or password";
    QTest::newRow("credentials allowed") << "http://ops:pw@files.example/up/" << true << true << 0 << "";
}

void tst_HttpUrl::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, allowCredentials);
    QFETCH(bool, ok);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const Result<QUrl> url
        = HttpUrl::parse(text, allowCredentials ? HttpUrl::Credentials::Allowed : HttpUrl::Credentials::Refused);
    QCOMPARE(url.ok(), ok);
    if (ok) {
        QCOMPARE(url.value(), QUrl(text));
        QVERIFY(HttpUrl::isHttp(url.value()));
        return;
    }
    QCOMPARE(int(url.errorKind()), kind);
    QVERIFY2(url.error().contains(message), qPrintable(url.error()));
    // The message never repeats a password.
    QVERIFY2(!url.error().contains(QLatin1String("Secret-Pw")), qPrintable(url.error()));
}

void tst_HttpUrl::withFileName_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    const QString name = QStringLiteral("demo-hello-1.0.0-20240601120000.tgz");
    QTest::newRow("folder") << "http://h/artifacts/"
                            << "http://h/artifacts/" + name;
    QTest::newRow("server root") << "http://h/"
                                 << "http://h/" + name;
    // No path at all is the server's root too, not a file called "".
    QTest::newRow("empty path") << "http://h:8080"
                                << "http://h:8080/" + name;
    QTest::newRow("file") << "http://h/artifacts/x.tgz"
                          << "http://h/artifacts/x.tgz";
    QTest::newRow("no slash") << "http://h/artifacts"
                              << "http://h/artifacts";
    // A pre-signed folder URL keeps its query and credentials; only the path changes.
    QTest::newRow("query") << "https://u:p@h/b/?X-Sig=a%2Fb"
                           << "https://u:p@h/b/" + name + "?X-Sig=a%2Fb";
    QTest::newRow("encoded folder") << "http://h/my%20files/"
                                    << "http://h/my%20files/" + name;
}

void tst_HttpUrl::withFileName()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const QUrl out = HttpUrl::withFileName(QUrl(url), QStringLiteral("demo-hello-1.0.0-20240601120000.tgz"));
    QCOMPARE(out.toString(QUrl::FullyEncoded), expected);
    QCOMPARE(HttpUrl::isFolder(QUrl(url)), out != QUrl(url));
    // Characters that mean something in a URL stay part of the one file name.
    QCOMPARE(HttpUrl::withFileName(QUrl(QStringLiteral("http://h/f/")), QStringLiteral("a b#1?.tgz")).path(),
        QStringLiteral("/f/a b#1?.tgz"));
}

void tst_HttpUrl::forDisplay()
{
    QCOMPARE(HttpUrl::forDisplay(QUrl(QStringLiteral("https://ops:pw@h:8443/up/x.tgz?X-Sig=secret"))),
        QStringLiteral("https://h:8443/up/x.tgz"));
    QCOMPARE(HttpUrl::forDisplay(QUrl(QStringLiteral("http://h"))), QStringLiteral("http://h"));
}

void tst_HttpUrl::hostAndPort()
{
    QCOMPARE(HttpUrl::hostAndPort(QUrl(QStringLiteral("http://m"))), QStringLiteral("m:80"));
    QCOMPARE(HttpUrl::hostAndPort(QUrl(QStringLiteral("https://m/service/marathon"))), QStringLiteral("m:443"));
    QCOMPARE(HttpUrl::hostAndPort(QUrl(QStringLiteral("http://u:p@m:8080/"))), QStringLiteral("m:8080"));
}

QTEST_MAIN(tst_HttpUrl)
#include "tst_httpurl.moc"
