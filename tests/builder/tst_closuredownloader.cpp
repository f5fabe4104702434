// SPDX-License-Identifier: Apache-2.0
// ClosureDownloader and BuilderClient against the stand-in Builder (tests/support/standinbuilder.h):
// resolving in a channel, a three-level closure with two signers and keys by exact revision,
// nothing partial or unverified left in either cache (tampered, truncated, dropped, cancelled),
// retries on 503 and none on 404, the token's rules, and search paging.
#include "builder/builderclient.h"
#include "builder/builderpackage.h"
#include "builder/buildersettings.h"
#include "builder/closuredownloader.h"
#include "marathon/marathonstub.h" // makeTestCertificates
#include "package/secretsigningkey.h"
#include "support/cannedhttpserver.h"
#include "support/fixturebuilder.h"
#include "support/nginxprocess.h"
#include "support/standinbuilder.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;
using namespace habmesos::test;

namespace {

const QString App = QStringLiteral("acme/app/1.0.0/20200101000004");
const QString AppNewer = QStringLiteral("acme/app/1.1.0/20200201000000"); // unstable only
const QString Lib = QStringLiteral("acme/lib/1.0.0/20200101000003");
const QString GccLibs = QStringLiteral("core/gcc-libs/5.2/20200101000002");
const QString Glibc = QStringLiteral("core/glibc/2.22/20200101000001");
const QString Hidden = QStringLiteral("acme/hidden/1.0.0/20200101000000"); // private
const QString StableOnly = QStringLiteral("acme/onlystable/1.0.0/20200101000000");

PackageIdent ident(const QString& text)
{
    return PackageIdent::parse(text).value();
}

// Every file and folder under `dir`, hidden ones included, relative.
QStringList entries(const QString& dir)
{
    QStringList out;
    QDirIterator it(
        dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

QString canonical(const QString& text)
{
    return ClosureDownloader::canonicalName(ident(text), QStringLiteral("x86_64-linux"));
}

} // namespace

class tst_ClosureDownloader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void resolvesInTheChannel();
    void closureWithTwoSignersAndExactKeys();
    void presentMembersAreNotDownloaded();
    void contentLengthAndSlowServer();
    void tamperedOrTruncatedLeavesNothing_data();
    void tamperedOrTruncatedLeavesNothing();
    void droppedConnectionIsRetriedThenRefused();
    void cancelLeavesNothing();
    void retriesOn503NotOn404();
    void missingSaysWhichChannelsHaveIt();
    void privateIsExplained();
    void tokenRules();
    void licenceAndTarget();
    void searchPagesBeyond50();
    void onPremisesBehindHttpsAndAPrefix();
    void mirrorWithoutXFilenameIsRefused();
    void redirectToAnotherHostDropsTheToken();

private:
    struct Run
    {
        std::optional<Result<ClosureDownloader::Outcome>> result;
        int progressSignals = 0;
    };
    Run download(const QString& what, BuilderClient::Options options = {}, ClosureDownloader* outside = nullptr);
    BuilderClient::Options clientOptions() const;

    QTemporaryDir m_dir;
    std::unique_ptr<FixtureBuilder> m_fixtures;
    QHash<QString, QString> m_harts;
    QString m_newerKeys;
    std::unique_ptr<StandinBuilder> m_builder;
    std::unique_ptr<QTemporaryDir> m_caches;
    QString m_artifacts;
    QString m_keys;
};

void tst_ClosureDownloader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixtures = std::make_unique<FixtureBuilder>(m_dir.filePath(QStringLiteral("fixtures")));
    // app -> lib (acme) -> gcc-libs -> glibc (core): three levels below the package, two signers.
    const Result<QStringList> chain = m_fixtures->buildChain({ App, Lib, GccLibs, Glibc });
    QVERIFY2(chain, qPrintable(chain.error()));
    for (int i = 0; i < 4; ++i)
        m_harts.insert(QStringList { App, Lib, GccLibs, Glibc }.at(i), chain->at(i));
    for (const QString& more : { AppNewer, Hidden, StableOnly }) {
        const auto hart = m_fixtures->build(more, more == AppNewer ? QStringList { Lib } : QStringList {});
        QVERIFY2(hart, qPrintable(hart.error()));
        m_harts.insert(more, hart.value());
    }
    for (int i = 0; i < 120; ++i) {
        const QString name = QStringLiteral("many/item%1/1.0.0/20200101000000").arg(i, 3, 10, QChar(u'0'));
        const auto hart = m_fixtures->build(name);
        QVERIFY2(hart, qPrintable(hart.error()));
        m_harts.insert(name, hart.value());
    }
    // A newer key of core that signed nothing here: /keys/latest answers with it, so only a
    // client asking for the exact revision gets a key that verifies.
    m_newerKeys = m_dir.filePath(QStringLiteral("newer-keys"));
    QVERIFY(QDir().mkpath(m_newerKeys));
    const auto newer
        = SecretSigningKey::generate(QStringLiteral("core"), QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(newer);
    QVERIFY(newer->writeKeyFiles(m_newerKeys));
}

void tst_ClosureDownloader::init()
{
    m_builder = std::make_unique<StandinBuilder>();
    for (auto it = m_harts.cbegin(); it != m_harts.cend(); ++it) {
        QStringList channels { QStringLiteral("stable"), QStringLiteral("base") };
        if (it.key() == AppNewer)
            channels.clear(); // unstable only
        if (it.key() == StableOnly)
            channels = { QStringLiteral("stable") };
        const Status added = m_builder->addArtifact(it.value(), channels,
            it.key() == Hidden ? StandinBuilder::Visibility::Private : StandinBuilder::Visibility::Public);
        QVERIFY2(added, qPrintable(added.error()));
    }
    m_builder->addKeys(m_fixtures->keyDirectory());
    m_builder->addKeys(m_newerKeys);
    QVERIFY(m_builder->listen());
    m_caches = std::make_unique<QTemporaryDir>();
    m_artifacts = m_caches->filePath(QStringLiteral("artifacts"));
    m_keys = m_caches->filePath(QStringLiteral("keys"));
}

BuilderClient::Options tst_ClosureDownloader::clientOptions() const
{
    BuilderClient::Options o;
    o.settings.url = m_builder->url();
    o.settings.channel = QStringLiteral("base");
    o.retryDelayMs = 10;
    o.sslCacheDir = m_dir.filePath(QStringLiteral("no-ssl-cache"));
    return o;
}

tst_ClosureDownloader::Run tst_ClosureDownloader::download(
    const QString& what, BuilderClient::Options options, ClosureDownloader* outside)
{
    if (options.settings.url.isEmpty())
        options = clientOptions();
    BuilderClient client(options);
    ClosureDownloader::Options o;
    o.artifactCache = m_artifacts;
    o.keyCache = m_keys;
    ClosureDownloader own(&client, o);
    ClosureDownloader& downloader = outside ? *outside : own;
    Run run;
    connect(&downloader, &ClosureDownloader::progress, this, [&run] { ++run.progressSignals; });
    QSignalSpy finished(&downloader, &ClosureDownloader::finished);
    downloader.start(PackageIdent::parse(what).value());
    if (!finished.wait(60000))
        qWarning("the download did not finish");
    run.result = downloader.result();
    return run;
}

void tst_ClosureDownloader::resolvesInTheChannel()
{
    const Run run = download(QStringLiteral("acme/app"));
    QVERIFY(run.result && run.result->ok());
    // base has 1.0.0; 1.1.0 is newer but only in unstable.
    QCOMPARE(run.result->value().ident.toString(), App);
    QVERIFY(m_builder->count("/v1/depot/channels/acme/base/pkgs/app/latest") == 1);
}

void tst_ClosureDownloader::closureWithTwoSignersAndExactKeys()
{
    const Run run = download(App);
    QVERIFY2(run.result && run.result->ok(), qPrintable(run.result ? run.result->error() : QString()));
    const auto& outcome = run.result->value();
    QCOMPARE(outcome.closure.size(), 4);
    QCOMPARE(outcome.downloaded.size(), 4);
    QStringList names { canonical(App), canonical(Lib), canonical(GccLibs), canonical(Glibc) };
    names.sort();
    QCOMPARE(entries(m_artifacts), names);
    // Each signer's key by the revision in the artifacts, never /keys/latest.
    QCOMPARE(entries(m_keys),
        (QStringList { QStringLiteral("acme-20200101000000.pub"), QStringLiteral("core-20200101000000.pub") }));
    QCOMPARE(m_builder->count("/v1/depot/origins/core/keys/20200101000000"), 1);
    QCOMPARE(m_builder->count("/v1/depot/origins/acme/keys/20200101000000"), 1);
    QCOMPARE(m_builder->count("/v1/depot/origins/core/keys/latest"), 0);
    QVERIFY(run.progressSignals > 0);
    // What was stored is byte for byte what was published.
    for (const QString& member : { App, Lib, GccLibs, Glibc }) {
        QFile a(m_harts.value(member)), b(QDir(m_artifacts).filePath(canonical(member)));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY(a.readAll() == b.readAll());
    }
}

void tst_ClosureDownloader::presentMembersAreNotDownloaded()
{
    QVERIFY(QDir().mkpath(m_artifacts));
    QVERIFY(QFile::copy(m_harts.value(Glibc), QDir(m_artifacts).filePath(canonical(Glibc))));
    const Run run = download(App);
    QVERIFY(run.result && run.result->ok());
    QCOMPARE(run.result->value().alreadyPresent, 1);
    QCOMPARE(run.result->value().downloaded.size(), 3);
    QCOMPARE(m_builder->count("/v1/depot/pkgs/core/glibc"), 0);
    // A second run finds everything here and downloads nothing.
    const Run again = download(App);
    QVERIFY(again.result && again.result->ok());
    QCOMPARE(again.result->value().downloaded.size(), 0);
    QCOMPARE(m_builder->count("/v1/depot/pkgs/acme/app/1.0.0/20200101000004/download"), 1);
}

void tst_ClosureDownloader::contentLengthAndSlowServer()
{
    m_builder->setChunkedDownloads(false);
    m_builder->setTrickle(4096, 1);
    const Run run = download(Lib);
    QVERIFY2(run.result && run.result->ok(), qPrintable(run.result ? run.result->error() : QString()));
    QCOMPARE(run.result->value().downloaded.size(), 3);
    QVERIFY(run.progressSignals > 3);
}

void tst_ClosureDownloader::tamperedOrTruncatedLeavesNothing_data()
{
    QTest::addColumn<bool>("truncate");
    QTest::newRow("tampered") << false;
    QTest::newRow("truncated") << true;
}

void tst_ClosureDownloader::tamperedOrTruncatedLeavesNothing()
{
    QFETCH(bool, truncate);
    QFile original(m_harts.value(GccLibs));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray body = original.readAll();
    if (truncate)
        body.chop(body.size() / 3);
    else
        body[body.size() - 100] = char(body.at(body.size() - 100) ^ 0x01);
    m_builder->replaceBody(ident(GccLibs), body);
    const Run run = download(App);
    QVERIFY(run.result && !run.result->ok());
    QVERIFY2(run.result->error().contains(GccLibs), qPrintable(run.result->error()));
    QVERIFY(run.result->errorKind() == ErrorKind::Unverified || run.result->errorKind() == ErrorKind::Invalid);
    // Others may have landed, verified; never the spoilt one, and no temporary file.
    for (const QString& name : entries(m_artifacts)) {
        QVERIFY2(!name.startsWith(u'.'), qPrintable(name));
        QVERIFY(name != canonical(GccLibs));
    }
    for (const QString& name : entries(m_keys))
        QVERIFY2(!name.startsWith(u'.'), qPrintable(name));
}

void tst_ClosureDownloader::droppedConnectionIsRetriedThenRefused()
{
    m_builder->dropMidBody(ident(Glibc));
    BuilderClient::Options options = clientOptions();
    options.retries = 2;
    const Run run = download(Glibc, options);
    QVERIFY(run.result && !run.result->ok());
    // Qt 6.4 does not always report a chunked body cut by a closed connection; the download then
    // fails verification and is fetched again once. Either way it is sent more than once, and
    // nothing lands.
    QVERIFY2(run.result->errorKind() == ErrorKind::Network || run.result->errorKind() == ErrorKind::Unverified
            || run.result->errorKind() == ErrorKind::Invalid,
        qPrintable(run.result->error()));
    QVERIFY(m_builder->count("/v1/depot/pkgs/core/glibc/2.22/20200101000001/download") >= 2);
    QVERIFY2(entries(m_artifacts).isEmpty(), qPrintable(entries(m_artifacts).join(u' ')));
}

void tst_ClosureDownloader::cancelLeavesNothing()
{
    m_builder->setTrickle(8, 20); // seconds per artifact
    BuilderClient client(clientOptions());
    ClosureDownloader::Options o;
    o.artifactCache = m_artifacts;
    o.keyCache = m_keys;
    ClosureDownloader downloader(&client, o);
    QSignalSpy finished(&downloader, &ClosureDownloader::finished);
    downloader.start(ident(App));
    // The four members of the closure download at once (Options::parallel), and are cancelled
    // in the middle of their bodies.
    auto downloads = [this] { return int(m_builder->requestLines().filter(QStringLiteral("/download?")).size()); };
    QTRY_COMPARE_WITH_TIMEOUT(downloads(), 4, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(downloader.currentProgress().bytes > 0, 20000);
    QCOMPARE(downloader.currentProgress().packagesDone, 0);
    downloader.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(downloader.result()->isCancelled());
    QCOMPARE(entries(m_artifacts), QStringList());
    QCOMPARE(entries(m_keys), QStringList());
}

void tst_ClosureDownloader::retriesOn503NotOn404()
{
    m_builder->failNext("/v1/depot/pkgs/acme/lib", 2, 503);
    const Run run = download(Lib);
    QVERIFY2(run.result && run.result->ok(), qPrintable(run.result ? run.result->error() : QString()));
    // The metadata three times (503, 503, 200), then the download once.
    QCOMPARE(m_builder->count("/v1/depot/pkgs/acme/lib/1.0.0/20200101000003"), 4);
    QCOMPARE(m_builder->count("/v1/depot/pkgs/acme/lib/1.0.0/20200101000003/download"), 1);
    const Run missing = download(QStringLiteral("acme/nothing/1.0.0/20200101000000"));
    QVERIFY(missing.result && !missing.result->ok());
    QCOMPARE(missing.result->errorKind(), ErrorKind::NotFound);
    QCOMPARE(m_builder->count("/v1/depot/pkgs/acme/nothing"), 1);
}

void tst_ClosureDownloader::missingSaysWhichChannelsHaveIt()
{
    const Run run = download(QStringLiteral("acme/onlystable"));
    QVERIFY(run.result && !run.result->ok());
    QCOMPARE(run.result->errorKind(), ErrorKind::NotFound);
    const QString error = run.result->error();
    QVERIFY2(error.contains(QStringLiteral("not in channel base")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("stable (%1)").arg(StableOnly)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("unstable (%1)").arg(StableOnly)), qPrintable(error));
    const Run none = download(QStringLiteral("acme/nosuch"));
    QVERIFY(none.result && !none.result->ok());
    QVERIFY2(none.result->error().contains(QStringLiteral("nor in another channel")), qPrintable(none.result->error()));
}

void tst_ClosureDownloader::privateIsExplained()
{
    const Run anonymous = download(Hidden);
    QVERIFY(anonymous.result && !anonymous.result->ok());
    QCOMPARE(anonymous.result->errorKind(), ErrorKind::NotFound);
    QVERIFY2(anonymous.result->error().contains(QStringLiteral("private")), qPrintable(anonymous.result->error()));
    m_builder->addToken(QStringLiteral("member-token"), { QStringLiteral("acme") });
    BuilderClient::Options options = clientOptions();
    options.settings.token = QStringLiteral("member-token");
    const Run member = download(Hidden, options);
    QVERIFY2(member.result && member.result->ok(), qPrintable(member.result ? member.result->error() : QString()));
}

void tst_ClosureDownloader::tokenRules()
{
    const Run anonymous = download(Glibc);
    QVERIFY(anonymous.result && anonymous.result->ok());
    for (const QByteArray& request : m_builder->requests())
        QVERIFY2(!request.toLower().contains("authorization:"), request.constData());

    m_builder->addToken(QStringLiteral("good-token"));
    QVERIFY(QDir(m_artifacts).removeRecursively() && QDir(m_keys).removeRecursively());
    BuilderClient::Options options = clientOptions();
    options.settings.token = QStringLiteral("good-token");
    const int before = int(m_builder->requests().size());
    const Run withToken = download(Glibc, options);
    QVERIFY(withToken.result && withToken.result->ok());
    for (const QByteArray& request : m_builder->requests().mid(before)) {
        const bool key = request.contains("/keys/");
        // Key downloads never carry it (hab's fetch_origin_key).
        QCOMPARE(request.contains("Authorization: Bearer good-token")
                || request.contains("authorization: Bearer good-token"),
            !key);
    }

    options.settings.token = QStringLiteral("stale-token");
    const Run refused = download(Glibc, options);
    QVERIFY(refused.result && !refused.result->ok());
    QVERIFY2(refused.result->error().contains(QStringLiteral("401")), qPrintable(refused.result->error()));
    QVERIFY(!refused.result->error().contains(QStringLiteral("stale-token")));
}

void tst_ClosureDownloader::licenceAndTarget()
{
    m_builder->setRestrictedChannels({ QStringLiteral("base") }, {}, {});
    const Run anonymous = download(Glibc);
    QVERIFY(anonymous.result && !anonymous.result->ok());
    QVERIFY2(anonymous.result->error().contains(QStringLiteral("401")), qPrintable(anonymous.result->error()));
    m_builder->addToken(QStringLiteral("no-licence"), {}, false);
    BuilderClient::Options options = clientOptions();
    options.settings.token = QStringLiteral("no-licence");
    const Run unlicensed = download(Glibc, options);
    QVERIFY(unlicensed.result && !unlicensed.result->ok());
    QVERIFY2(unlicensed.result->error().contains(QStringLiteral("403")), qPrintable(unlicensed.result->error()));
    QVERIFY(unlicensed.result->error().contains(QStringLiteral("licence")));
    QVERIFY(entries(m_artifacts).isEmpty());

    // A target Builder does not serve: 422 on the download route.
    BuilderClient::Options arm = clientOptions();
    arm.target = QStringLiteral("aarch64-linux");
    BuilderClient client(arm);
    BuilderReply* reply = client.downloadArtifact(ident(Glibc), m_caches->filePath(QStringLiteral("x.part")));
    QSignalSpy done(reply, &BuilderReply::finished);
    QVERIFY(done.wait(20000));
    QCOMPARE(reply->httpStatus(), 422);
    QCOMPARE(reply->error().kind, ErrorKind::Invalid);
    QVERIFY2(reply->error().message.contains(QStringLiteral("aarch64-linux")), qPrintable(reply->error().message));
    QCOMPARE(reply->attempts(), 1);
}

void tst_ClosureDownloader::searchPagesBeyond50()
{
    BuilderClient client(clientOptions());
    QList<PackageIdent> all;
    int range = 0;
    for (int page = 0; page < 5; ++page) {
        BuilderReply* reply = client.search(QStringLiteral("many"), range, true);
        QSignalSpy done(reply, &BuilderReply::finished);
        QVERIFY(done.wait(20000));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message));
        const auto parsed = BuilderPage::fromJson(reply->body(), QStringLiteral("search"));
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(reply->httpStatus(), parsed->hasMore() ? 206 : 200);
        all += parsed->items;
        if (!parsed->hasMore())
            break;
        range = parsed->rangeEnd + 1;
    }
    QCOMPARE(all.size(), 120);
    QCOMPARE(QSet<PackageIdent>(all.cbegin(), all.cend()).size(), 120);
    QCOMPARE(m_builder->count("/v1/depot/pkgs/search/many"), 3);
}

void tst_ClosureDownloader::onPremisesBehindHttpsAndAPrefix()
{
    // An on-premises Builder behind a reverse proxy: HTTPS with the site's own CA, under /bldr
    // (no /v1 added to a URL with a path), the artifacts streamed through.
    QTemporaryDir certs;
    QString why;
    QVERIFY2(makeTestCertificates(certs.path(), &why), qPrintable(why));
    NginxProcess nginx;
    NginxProcess::Options nginxOptions;
    nginxOptions.certDir = certs.path();
    nginxOptions.proxyTo = m_builder->url();
    if (!nginx.start(&why, nginxOptions))
        QFAIL(qPrintable(QStringLiteral("nginx did not start: ") + why));
    const QUrl prefixed = nginx.url(QStringLiteral("/bldr"));
    QCOMPARE(prefixed.scheme(), QStringLiteral("https"));

    // Without the CA the certificate is not trusted: refused at once (never retried), nothing kept.
    auto settings = BuilderSettings::resolve({ prefixed.toString(), QStringLiteral("base"), {}, {} },
        QProcessEnvironment(), m_dir.filePath(QStringLiteral("no-cli.toml")));
    QVERIFY2(settings, qPrintable(settings.error()));
    QCOMPARE(settings->apiRoot(), prefixed);
    BuilderClient::Options options = clientOptions();
    options.settings = settings.value();
    const Run untrusted = download(QStringLiteral("acme/app"), options);
    QVERIFY(untrusted.result && !untrusted.result->ok());
    QCOMPARE(untrusted.result->errorKind(), ErrorKind::Network);
    QCOMPARE(m_builder->count("/v1/depot/channels/acme/base/pkgs/app/latest"), 0);
    QVERIFY(entries(m_artifacts).isEmpty());

    settings = BuilderSettings::resolve(
        { prefixed.toString(), QStringLiteral("base"), {}, certs.filePath(QStringLiteral("ca.pem")) },
        QProcessEnvironment(), m_dir.filePath(QStringLiteral("no-cli.toml")));
    QVERIFY2(settings, qPrintable(settings.error()));
    options.settings = settings.value();
    const Run trusted = download(QStringLiteral("acme/app"), options);
    QVERIFY2(trusted.result && trusted.result->ok(), qPrintable(trusted.result ? trusted.result->error() : QString()));
    QCOMPARE(trusted.result->value().downloaded.size(), 4);
    QCOMPARE(m_builder->count("/v1/depot/channels/acme/base/pkgs/app/latest"), 1);

    // Or the CA in hab's SSL cache folder, which hab reads every file of (native_tls_wrapper/readers.rs).
    QTemporaryDir sslCache;
    QVERIFY(QFile::copy(certs.filePath(QStringLiteral("ca.pem")), sslCache.filePath(QStringLiteral("site-ca.pem"))));
    settings = BuilderSettings::resolve({ prefixed.toString(), QStringLiteral("base"), {}, {} }, QProcessEnvironment(),
        m_dir.filePath(QStringLiteral("no-cli.toml")));
    options.settings = settings.value();
    options.sslCacheDir = sslCache.path();
    QVERIFY(QDir(m_artifacts).removeRecursively());
    const Run fromSslCache = download(QStringLiteral("acme/app"), options);
    QVERIFY2(fromSslCache.result && fromSslCache.result->ok(),
        qPrintable(fromSslCache.result ? fromSslCache.result->error() : QString()));
}

void tst_ClosureDownloader::mirrorWithoutXFilenameIsRefused()
{
    // A static mirror answers the same paths but without Builder's x-filename header, which hab
    // requires (builder.rs download): refused, nothing kept, as hab refuses it.
    const QByteArray metadata
        = R"({"ident":{"origin":"core","name":"glibc","version":"2.22","release":"20200101000001"},
        "target":"x86_64-linux","deps":[],"tdeps":[],"exposes":[]})";
    CannedHttpServer mirror(200, metadata);
    QFile hart(m_harts.value(Glibc));
    QVERIFY(hart.open(QIODevice::ReadOnly));
    mirror.setFile("/v1/depot/pkgs/core/glibc/2.22/20200101000001/download?target=x86_64-linux", hart.readAll());
    QVERIFY(mirror.listen());
    BuilderClient::Options options = clientOptions();
    options.settings.url = mirror.url();
    const Run run = download(Glibc, options);
    QVERIFY(run.result && !run.result->ok());
    QVERIFY2(run.result->error().contains(QStringLiteral("x-filename")), qPrintable(run.result->error()));
    QVERIFY2(entries(m_artifacts).isEmpty(), qPrintable(entries(m_artifacts).join(u' ')));
}

void tst_ClosureDownloader::redirectToAnotherHostDropsTheToken()
{
    // A front that redirects every call to another server: followed (reqwest's default), and the
    // token stays with the host it was given for (reqwest's remove_sensitive_headers).
    CannedHttpServer front(302, QByteArray(), "text/plain");
    front.addHeader("Location",
        m_builder->url().toString().toUtf8() + "/v1/depot/pkgs/core/glibc/2.22/20200101000001?target=x86_64-linux");
    QVERIFY(front.listen());
    BuilderClient::Options options = clientOptions();
    options.settings.url = front.url();
    options.settings.token = QStringLiteral("front-token");
    BuilderClient client(options);
    BuilderReply* reply = client.package(ident(Glibc));
    QSignalSpy done(reply, &BuilderReply::finished);
    QVERIFY(done.wait(20000));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message));
    QCOMPARE(BuilderPackage::fromJson(reply->body(), QString())->ident.toString(), Glibc);
    QCOMPARE(front.requests().size(), 1);
    QVERIFY(front.requests().first().contains("Bearer front-token"));
    QCOMPARE(m_builder->requests().size(), 1);
    QVERIFY(!m_builder->requests().first().toLower().contains("authorization:"));
}

QTEST_GUILESS_MAIN(tst_ClosureDownloader)
#include "tst_closuredownloader.moc"
