// SPDX-License-Identifier: Apache-2.0
// StandinBuilder, the test double of a Habitat Builder depot: that it answers as Builder's code
// does (shared/reference/builder-fetcher-ring.md §1), refusing what Builder refuses. Fixtures are
// real signed artifacts (FixtureBuilder); requests go through QNetworkAccessManager as the
// engine's do, plus one raw socket for pipelined requests.
#include "support/fixturebuilder.h"
#include "support/standinbuilder.h"
#include "support/testwait.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace habmesos;
using namespace habmesos::test;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lowercase names
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_StandinBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void statusHeadAndMethods();
    void latestOrdering();
    void oddVersionsAndVersionsList();
    void absentIsEmpty404();
    void malformedAuthorizationIs401Everywhere();
    void privateNeedsMembership();
    void licenceRestriction();
    void targets();
    void searchPaging();
    void downloadHeaders();
    void failNextThenSuccess();
    void dropMidBody();
    void keysByRevision();
    void keepAliveAndPipelining();
    void refusesWhatBuilderRefuses();

private:
    Answer get(const QString& pathAndQuery, const QList<QPair<QByteArray, QByteArray>>& headers = {},
        const QByteArray& method = "GET");

    QTemporaryDir m_dir;
    std::unique_ptr<FixtureBuilder> m_fixtures;
    QHash<QString, QString> m_harts; // ident -> path
    QStringList m_searchHarts;
    std::unique_ptr<StandinBuilder> m_builder;
    QNetworkAccessManager m_network;
};

void tst_StandinBuilder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixtures = std::make_unique<FixtureBuilder>(m_dir.path());
    // A three-level closure across two origins, each origin with its own key.
    const QStringList chain { QStringLiteral("acme/app/0.1.13/20200101000000"),
        QStringLiteral("core/openssl/1.0.0/20200101000001"), QStringLiteral("core/glibc/2.22/20200101000002") };
    const Result<QStringList> built = m_fixtures->buildChain(chain);
    QVERIFY2(built, qPrintable(built.error()));
    for (qsizetype i = 0; i < chain.size(); ++i)
        m_harts.insert(chain[i], built->at(i));
    // 0.1.4 has the newer release, 0.1.13 the higher version; "abc" (no digit) the newest release.
    // The odd versions are Builder's own test (test/builder-api/src/packages.js).
    const QStringList more { QStringLiteral("acme/app/0.1.4/20210101000000"),
        QStringLiteral("acme/app/abc/20300101000000"), QStringLiteral("acme/erlang/R16B/20200101000000"),
        QStringLiteral("acme/erlang/R16B02-5/20200101000000"), QStringLiteral("acme/erlang/R16B03-1/20200101000000"),
        QStringLiteral("acme/erlang/R11B-5/20250101000000"), QStringLiteral("acme/erlang/R9B03-1/20250101000000"),
        QStringLiteral("acme/erlang/R9Z-9/20250101000000"), QStringLiteral("acme/tool/2.0/20200101000000"),
        QStringLiteral("acme/tool/2.0-rc1/20250101000000"), QStringLiteral("acme/secret/1.0.0/20200101000000"),
        QStringLiteral("acme/licensed/1.0.0/20200101000000") };
    for (const QString& ident : more) {
        const Result<QString> hart = m_fixtures->build(ident);
        QVERIFY2(hart, qPrintable(hart.error()));
        m_harts.insert(ident, *hart);
    }
    for (int i = 0; i < 120; ++i) {
        const Result<QString> hart
            = m_fixtures->build(QStringLiteral("many/item%1/1.0.0/20200101000000").arg(i, 3, 10, QChar(u'0')));
        QVERIFY2(hart, qPrintable(hart.error()));
        m_searchHarts.append(*hart);
    }
}

void tst_StandinBuilder::init()
{
    m_builder = std::make_unique<StandinBuilder>();
    for (auto it = m_harts.cbegin(); it != m_harts.cend(); ++it) {
        const bool secret = it.key().startsWith(u"acme/secret");
        const Status added = m_builder->addArtifact(
            it.value(), {}, secret ? StandinBuilder::Visibility::Private : StandinBuilder::Visibility::Public);
        QVERIFY2(added, qPrintable(added.error()));
    }
    for (const QString& hart : std::as_const(m_searchHarts))
        QVERIFY(m_builder->addArtifact(hart));
    m_builder->addKeys(m_fixtures->keyDirectory());
    m_builder->addToken(QStringLiteral("member"), { QStringLiteral("acme") });
    m_builder->addToken(QStringLiteral("stranger"));
    m_builder->addToken(QStringLiteral("unlicensed"), {}, false);
    QVERIFY(m_builder->listen());
}

Answer tst_StandinBuilder::get(
    const QString& pathAndQuery, const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& method)
{
    QNetworkRequest request(QUrl(m_builder->url().toString() + pathAndQuery));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method);
    Answer answer;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, WaitMs))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.error = reply->error();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

void tst_StandinBuilder::statusHeadAndMethods()
{
    QCOMPARE(get(QStringLiteral("/v1/status")).status, 200);
    QCOMPARE(get(QStringLiteral("/v1/status"), {}, "HEAD").status, 200);
    QCOMPARE(get(QStringLiteral("/v1/status"), {}, "POST").status, 405);
    // HEAD on a GET-only route matches nothing in actix: 404 with content-length 0.
    const Answer head = get(QStringLiteral("/v1/depot/pkgs/core/glibc/latest"), {}, "HEAD");
    QCOMPARE(head.status, 404);
    QCOMPARE(head.headers.value("content-length"), QByteArray("0"));
    QCOMPARE(get(QStringLiteral("/v1/depot/pkgs/core/glibc/latest"), {}, "DELETE").status, 404);
    QCOMPARE(get(QStringLiteral("/depot/pkgs/core/glibc/latest")).status, 404); // no /v1
}

void tst_StandinBuilder::latestOrdering()
{
    const Answer latest = get(QStringLiteral("/v1/depot/channels/acme/unstable/pkgs/app/latest?target=x86_64-linux"));
    QCOMPARE(latest.status, 200);
    const QJsonObject pkg = latest.object();
    QCOMPARE(pkg[u"ident"][u"version"].toString(), QStringLiteral("0.1.13"));
    QCOMPARE(pkg[u"id"].type(), QJsonValue::String);
    QCOMPARE(pkg[u"owner_id"].type(), QJsonValue::String);
    QCOMPARE(pkg[u"target"].toString(), QStringLiteral("x86_64-linux"));
    QCOMPARE(pkg[u"deps"].toArray().size(), 1);
    QCOMPARE(pkg[u"deps"][0][u"name"].toString(), QStringLiteral("openssl"));
    QCOMPARE(pkg[u"tdeps"].toArray().size(), 2); // openssl and glibc: the closure's three levels
    QCOMPARE(pkg[u"checksum"].toString().size(), 64);
    QVERIFY(pkg[u"channels"].toArray().contains(QStringLiteral("unstable")));
    QVERIFY(pkg.contains(u"is_a_service"));
    QVERIFY(!pkg.contains(u"size"));
    QCOMPARE(latest.headers.value("cache-control"), QByteArray("private, no-cache, no-store"));

    // The channel-independent route: + size, config and manifest blanked.
    const QJsonObject any = get(QStringLiteral("/v1/depot/pkgs/acme/app/latest")).object();
    QCOMPARE(any[u"ident"][u"version"].toString(), QStringLiteral("0.1.13"));
    QCOMPARE(
        any[u"size"].toInteger(), QFileInfo(m_harts.value(QStringLiteral("acme/app/0.1.13/20200101000000"))).size());
    QCOMPARE(any[u"manifest"].toString(), QString());
    // A version prefix: the latest of 0.1.4, not of the package.
    QCOMPARE(get(QStringLiteral("/v1/depot/channels/acme/unstable/pkgs/app/0.1.4/latest"))
                 .object()[u"ident"][u"release"]
                 .toString(),
        QStringLiteral("20210101000000"));
    // Fully qualified in a channel.
    QCOMPARE(get(QStringLiteral("/v1/depot/channels/core/unstable/pkgs/glibc/2.22/20200101000002")).status, 200);
}

void tst_StandinBuilder::oddVersionsAndVersionsList()
{
    const QJsonObject erlang = get(QStringLiteral("/v1/depot/pkgs/acme/erlang/latest")).object();
    QCOMPARE(erlang[u"ident"][u"version"].toString(), QStringLiteral("R16B03-1"));
    // Nothing after the numbers is NULL, which a descending order puts first: 2.0 before 2.0-rc1.
    QCOMPARE(get(QStringLiteral("/v1/depot/pkgs/acme/tool/latest")).object()[u"ident"][u"version"].toString(),
        QStringLiteral("2.0"));
    const QJsonArray versions = get(QStringLiteral("/v1/depot/pkgs/acme/app/versions")).array();
    QCOMPARE(versions.size(), 2); // "abc" has no digit: not listed
    QCOMPARE(versions[0][u"version"].toString(), QStringLiteral("0.1.13"));
    QCOMPARE(versions[0][u"release_count"].toString(), QStringLiteral("1"));
    QCOMPARE(versions[0][u"platforms"].toArray(), QJsonArray { QStringLiteral("x86_64-linux") });
    QCOMPARE(versions[1][u"version"].toString(), QStringLiteral("0.1.4"));
    // The channels of one release.
    const QJsonArray channels = get(QStringLiteral("/v1/depot/pkgs/acme/app/0.1.13/20200101000000/channels")).array();
    QCOMPARE(channels.size(), 1);
    QCOMPARE(channels[0][u"name"].toString(), QStringLiteral("unstable"));
    QVERIFY(channels[0].toObject().contains(u"promoted_at"));
}

void tst_StandinBuilder::absentIsEmpty404()
{
    const Answer absent = get(QStringLiteral("/v1/depot/channels/acme/stable/pkgs/app/latest?target=x86_64-linux"));
    QCOMPARE(absent.status, 404);
    QCOMPARE(absent.body, QByteArray());
    QCOMPARE(get(QStringLiteral("/v1/depot/pkgs/core/nothing/latest")).status, 404);
    m_builder->promote(PackageIdent::parse(u"acme/app/0.1.4/20210101000000").value(), QStringLiteral("stable"));
    const Answer promoted = get(QStringLiteral("/v1/depot/channels/acme/stable/pkgs/app/latest?target=x86_64-linux"));
    QCOMPARE(promoted.status, 200);
    QCOMPARE(promoted.object()[u"ident"][u"version"].toString(), QStringLiteral("0.1.4"));
    const QJsonArray channels = get(QStringLiteral("/v1/depot/channels/acme")).array();
    QCOMPARE(channels,
        (QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("stable") } },
            QJsonObject { { QStringLiteral("name"), QStringLiteral("unstable") } } }));
    // Channel::list is a query: an unknown origin has no channels (200 []), not 404.
    QCOMPARE(get(QStringLiteral("/v1/depot/channels/nobody")).body, QByteArray("[]"));
    // _latest needs ?target= (400), and then lists the latest of each package.
    QCOMPARE(get(QStringLiteral("/v1/depot/channels/acme/unstable/pkgs/_latest")).status, 400);
    const QJsonObject all
        = get(QStringLiteral("/v1/depot/channels/acme/unstable/pkgs/_latest?target=x86_64-linux")).object();
    QCOMPARE(all[u"data"].toArray().size(), 4); // app, erlang, licensed, tool (secret is private)
}

void tst_StandinBuilder::malformedAuthorizationIs401Everywhere()
{
    for (const QByteArray& value : { QByteArray("Token abc"), QByteArray("Bearer"), QByteArray("Bearer a b"),
             QByteArray("bearer member"), QByteArray("Bearer unknown") }) {
        for (const QString& path : { QStringLiteral("/v1/status"), QStringLiteral("/v1/depot/origins/core/keys"),
                 QStringLiteral("/v1/depot/pkgs/core/glibc/latest"), QStringLiteral("/v1/no/such/route") }) {
            const Answer answer = get(path, { { "Authorization", value } });
            QVERIFY2(answer.status == 401, qPrintable(path + u' ' + QString::fromLatin1(value)));
            QCOMPARE(answer.body, QByteArray());
        }
    }
    QCOMPARE(get(QStringLiteral("/v1/status"), { { "Authorization", "Bearer member" } }).status, 200);
    QCOMPARE(get(QStringLiteral("/v1/status"), { { "Authorization", "  Bearer \t member " } }).status, 200);
}

void tst_StandinBuilder::privateNeedsMembership()
{
    const QString latest = QStringLiteral("/v1/depot/pkgs/acme/secret/latest");
    const QString download = QStringLiteral("/v1/depot/pkgs/acme/secret/1.0.0/20200101000000/download");
    QCOMPARE(get(latest).status, 404);
    QCOMPARE(get(download).status, 404);
    QCOMPARE(get(latest, { { "Authorization", "Bearer stranger" } }).status, 404);
    QCOMPARE(get(download, { { "Authorization", "Bearer stranger" } }).status, 404);
    QCOMPARE(get(latest, { { "Authorization", "Bearer member" } }).status, 200);
    const Answer member = get(download, { { "Authorization", "Bearer member" } });
    QCOMPARE(member.status, 200);
    QCOMPARE(member.headers.value("cache-control"), QByteArray("public, max-age=300"));
    QCOMPARE(get(QStringLiteral("/v1/depot/pkgs/search/secret")).object()[u"total_count"].toInt(), 0);
    QCOMPARE(get(QStringLiteral("/v1/depot/pkgs/search/secret"), { { "Authorization", "Bearer member" } })
                 .object()[u"total_count"]
                 .toInt(),
        1);
}

void tst_StandinBuilder::licenceRestriction()
{
    const QString download = QStringLiteral("/v1/depot/pkgs/acme/licensed/1.0.0/20200101000000/download");
    m_builder->setRestrictedChannels({ QStringLiteral("base-2025") }, { QStringLiteral("LTS-2024") });
    m_builder->promote(PackageIdent::parse(u"acme/licensed/1.0.0/20200101000000").value(), QStringLiteral("base-2025"));
    const Answer anonymous = get(download);
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.body, QByteArray("Authentication required."));
    const Answer unlicensed = get(download, { { "Authorization", "Bearer unlicensed" } });
    QCOMPARE(unlicensed.status, 403);
    QCOMPARE(unlicensed.body, QByteArray("No valid license key found."));
    QCOMPARE(get(download, { { "Authorization", "Bearer stranger" } }).status, 200);
    // In an unrestricted channel too: free for everyone (packages.js "in LTS-2024 and base-2025").
    m_builder->promote(PackageIdent::parse(u"acme/licensed/1.0.0/20200101000000").value(), QStringLiteral("LTS-2024"));
    QCOMPARE(get(download).status, 200);
}

void tst_StandinBuilder::targets()
{
    const QString download = QStringLiteral("/v1/depot/pkgs/core/glibc/2.22/20200101000002/download");
    const Answer nonsense = get(download + QStringLiteral("?target=nonsense"));
    QCOMPARE(nonsense.status, 422);
    QCOMPARE(nonsense.body, QByteArray("Invalid package target 'nonsense'"));
    QCOMPARE(get(download + QStringLiteral("?target=x86_64-windows")).status, 422); // not enabled
    QCOMPARE(get(download + QStringLiteral("?target=x86_64-linux&target=x86_64-linux")).status, 400);
    // Metadata: a known target without the package is 404; an unknown one fails (500) in Builder.
    QCOMPARE(get(QStringLiteral("/v1/depot/pkgs/core/glibc/latest?target=x86_64-windows")).status, 404);
    QCOMPARE(get(QStringLiteral("/v1/depot/pkgs/core/glibc/latest?target=nonsense")).status, 500);
    // Without ?target= the User-Agent's "(<target>; ...)" counts.
    QCOMPARE(get(QStringLiteral("/v1/depot/pkgs/core/glibc/latest"),
                 { { "User-Agent", "hab/1.6.0 (x86_64-windows; 10.0)" } })
                 .status,
        404);
    QCOMPARE(get(download, { { "User-Agent", "hab/1.6.0 (x86_64-windows; 10.0)" } }).status, 422);
}

void tst_StandinBuilder::searchPaging()
{
    // A search page's data; pageOk says whether its status and range were as expected.
    bool pageOk = false;
    auto check = [&](const QString& query, int status, int start, int end, int total) {
        const Answer answer = get(QStringLiteral("/v1/depot/pkgs/search/") + query);
        const QJsonObject page = answer.object();
        pageOk = answer.status == status && page[u"range_start"].toInt() == start && page[u"range_end"].toInt() == end
            && page[u"total_count"].toInt() == total;
        if (!pageOk)
            qWarning() << query << answer.status << answer.body.left(200);
        return page[u"data"].toArray();
    };
    QJsonArray data = check(QStringLiteral("item?range=0"), 206, 0, 49, 120);
    QVERIFY(pageOk);
    QCOMPARE(data.size(), 50);
    QCOMPARE(data[0].toObject(),
        (QJsonObject { { QStringLiteral("origin"), QStringLiteral("many") },
            { QStringLiteral("name"), QStringLiteral("item000") },
            { QStringLiteral("version"), QStringLiteral("1.0.0") },
            { QStringLiteral("release"), QStringLiteral("20200101000000") } }));
    QCOMPARE(check(QStringLiteral("item?range=10"), 206, 0, 49, 120)[0][u"name"].toString(), QStringLiteral("item000"));
    QVERIFY(pageOk);
    data = check(QStringLiteral("item?range=100"), 200, 100, 119, 120);
    QVERIFY(pageOk);
    QCOMPARE(data.size(), 20);
    data = check(QStringLiteral("item?range=0&distinct=true"), 206, 0, 49, 120);
    QVERIFY(pageOk);
    QCOMPARE(data[0].toObject().keys(), (QStringList { QStringLiteral("name"), QStringLiteral("origin") }));
    // "/" (encoded, as hab sends it) means both words; a trailing "/" is dropped.
    check(QStringLiteral("many%2Fitem00"), 200, 0, 9, 10);
    QVERIFY(pageOk);
    check(QStringLiteral("many%2F"), 206, 0, 49, 120);
    QVERIFY(pageOk);
    check(QStringLiteral("core%2Fitem"), 200, 0, 0, 0);
    QVERIFY(pageOk);
    QCOMPARE(get(QStringLiteral("/v1/depot/pkgs/search/")).status, 404); // no {query}: no route
    QCOMPARE(get(QStringLiteral("/v1/depot/pkgs/search/a%2520b")).status, 500); // "a b": tsquery syntax error
    QCOMPARE(get(QStringLiteral("/v1/depot/pkgs/search/%25FF")).status, 422);
    QCOMPARE(get(QStringLiteral("/v1/depot/pkgs/search/item?range=x")).status, 400);
    // The package listing takes range as a plain offset.
    const QJsonObject listing = get(QStringLiteral("/v1/depot/pkgs/many?range=10")).object();
    QCOMPARE(listing[u"range_start"].toInt(), 10);
    QCOMPARE(listing[u"range_end"].toInt(), 59);
    QCOMPARE(listing[u"data"][0][u"name"].toString(), QStringLiteral("item109")); // ident desc
}

void tst_StandinBuilder::downloadHeaders()
{
    const QString path = m_harts.value(QStringLiteral("core/glibc/2.22/20200101000002"));
    const QString download
        = QStringLiteral("/v1/depot/pkgs/core/glibc/2.22/20200101000002/download?target=x86_64-linux");
    const QByteArray name = "core-glibc-2.22-20200101000002-x86_64-linux.hart";
    Answer answer = get(download);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, readFile(path));
    QCOMPARE(answer.headers.value("x-filename"), name);
    QCOMPARE(answer.headers.value("content-disposition"), "attachment; filename=\"" + name + '"');
    QCOMPARE(answer.headers.value("content-type"), QByteArray("application/octet-stream"));
    QCOMPARE(answer.headers.value("cache-control"), QByteArray("public, max-age=31536000"));
    QVERIFY(!answer.headers.contains("content-length"));
    QCOMPARE(answer.headers.value("transfer-encoding"), QByteArray("chunked"));

    m_builder->setChunkedDownloads(false);
    m_builder->setTrickle(4096, 1);
    answer = get(download);
    QCOMPARE(answer.body, readFile(path));
    QCOMPARE(answer.headers.value("content-length").toLongLong(), QFileInfo(path).size());

    m_builder->replaceBody(PackageIdent::parse(u"core/glibc/2.22/20200101000002").value(), "tampered");
    QCOMPARE(get(download).body, QByteArray("tampered"));
}

void tst_StandinBuilder::failNextThenSuccess()
{
    m_builder->failNext("/v1/depot/pkgs/core/glibc", 1);
    const QString latest = QStringLiteral("/v1/depot/pkgs/core/glibc/latest");
    const Answer failed = get(latest);
    QCOMPARE(failed.status, 503);
    QCOMPARE(failed.object()[u"code"].toInt(), 503);
    QVERIFY(failed.object().contains(u"msg"));
    QCOMPARE(get(latest).status, 200);
    QCOMPARE(m_builder->count("/v1/depot/pkgs/core/glibc"), 2);
    QCOMPARE(m_builder->requestLines().last(), QStringLiteral("GET /v1/depot/pkgs/core/glibc/latest HTTP/1.1"));
}

void tst_StandinBuilder::dropMidBody()
{
    const QString path = m_harts.value(QStringLiteral("core/openssl/1.0.0/20200101000001"));
    m_builder->dropMidBody(PackageIdent::parse(u"core/openssl/1.0.0/20200101000001").value());
    for (const bool chunked : { true, false }) {
        m_builder->setChunkedDownloads(chunked);
        const Answer answer = get(QStringLiteral("/v1/depot/pkgs/core/openssl/1.0.0/20200101000001/download"));
        QVERIFY2(answer.error != QNetworkReply::NoError || answer.body.size() < QFileInfo(path).size(),
            chunked ? "chunked" : "content-length");
        QVERIFY(answer.body != readFile(path));
    }
}

void tst_StandinBuilder::keysByRevision()
{
    const QString keyFile = m_fixtures->keyDirectory() + QStringLiteral("/core-20200101000000.pub");
    const Answer key = get(QStringLiteral("/v1/depot/origins/core/keys/20200101000000"));
    QCOMPARE(key.status, 200);
    QCOMPARE(key.body, readFile(keyFile));
    QCOMPARE(key.headers.value("x-filename"), QByteArray("core-20200101000000.pub"));
    QCOMPARE(key.headers.value("cache-control"), QByteArray("private, no-cache, no-store"));
    QVERIFY(key.headers.value("content-disposition").startsWith("attachment; filename*="));
    QCOMPARE(get(QStringLiteral("/v1/depot/origins/core/keys/latest")).body, readFile(keyFile));
    QCOMPARE(get(QStringLiteral("/v1/depot/origins/core/keys/20990101000000")).status, 404);
    QCOMPARE(get(QStringLiteral("/v1/depot/origins/nobody/keys/latest")).status, 404);
    const QJsonArray list = get(QStringLiteral("/v1/depot/origins/acme/keys")).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0][u"location"].toString(), QStringLiteral("/origins/acme/keys/20200101000000"));
}

void tst_StandinBuilder::keepAliveAndPipelining()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_builder->url().port()));
    QVERIFY(socket.waitForConnected(WaitMs));
    socket.write("GET /v1/status HTTP/1.1\r\nHost: x\r\n\r\n"
                 "GET /v1/depot/pkgs/core/nothing/latest HTTP/1.1\r\nHost: x\r\n\r\n"
                 "GET /v1/status HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QByteArray received;
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        WaitMs));
    received += socket.readAll();
    QCOMPARE(received.count("HTTP/1.1 "), 3);
    QVERIFY(received.indexOf("HTTP/1.1 200") < received.indexOf("HTTP/1.1 404"));
    QCOMPARE(m_builder->requests().size(), 3);
}

void tst_StandinBuilder::refusesWhatBuilderRefuses()
{
    const Status again = m_builder->addArtifact(m_harts.value(QStringLiteral("core/glibc/2.22/20200101000002")));
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"409"), qPrintable(again.error()));
    const QString junk = m_dir.filePath(QStringLiteral("junk.hart"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("HART-1\nnot really\n");
    file.close();
    QVERIFY(!m_builder->addArtifact(junk));
    StandinBuilder windowsOnly;
    windowsOnly.setEnabledTargets({ QStringLiteral("x86_64-windows") });
    QVERIFY(!windowsOnly.addArtifact(m_harts.value(QStringLiteral("core/glibc/2.22/20200101000002"))));
}

QTEST_GUILESS_MAIN(tst_StandinBuilder)
#include "tst_standinbuilder.moc"
