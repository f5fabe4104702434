// SPDX-License-Identifier: Apache-2.0
// `habmesos fetch`, and `habmesos export` / `inspect` with a Builder, in process against the
// stand-in Builder (tests/support/standinbuilder.h): what comes from where, what the exit
// statuses say, that nothing is fetched unless a Builder was asked for, and that the token is
// read from a file and never echoed.
#include "cli/exportcommand.h"
#include "cli/fetchcommand.h"
#include "cli/inspectcommand.h"
#include "support/fixturebuilder.h"
#include "support/standinbuilder.h"
#include "support/supervisorfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace habmesos;
using namespace habmesos::test;

namespace {

const QString App = QStringLiteral("acme/web/1.0.0/20200101000003");
const QString Lib = QStringLiteral("acme/lib/1.0.0/20200101000002");
const QString Zlib = QStringLiteral("core/zlib/1.2/20200101000001");
const QString Release = QStringLiteral("20200101000000"); // the Supervisor's packages

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

template <typename Command> Run run(Command command, const QStringList& arguments)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    if constexpr (std::is_same_v<Command, int (*)(const QStringList&, QTextStream&, QTextStream&)>)
        r.code = command(arguments, out, err);
    else
        r.code = command(arguments, out, err, false);
    out.flush();
    err.flush();
    return r;
}

Run fetch(const QStringList& arguments)
{
    return run(static_cast<int (*)(const QStringList&, QTextStream&, QTextStream&, bool)>(&FetchCommand::run),
        QStringList { QStringLiteral("fetch") } + arguments);
}

Run exportCommand(const QStringList& arguments)
{
    return run(static_cast<int (*)(const QStringList&, QTextStream&, QTextStream&, bool)>(&ExportCommand::run),
        QStringList { QStringLiteral("export") } + arguments);
}

Run inspect(const QStringList& arguments)
{
    return run(static_cast<int (*)(const QStringList&, QTextStream&, QTextStream&)>(&InspectCommand::run),
        QStringList { QStringLiteral("inspect") } + arguments);
}

QStringList hartsIn(const QString& dir)
{
    return QDir(dir).entryList({ QStringLiteral("*.hart") }, QDir::Files, QDir::Name);
}

} // namespace

class tst_FetchCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fetchesTheClosure();
    void exitStatuses();
    void tokenFromAFileOnly();
    void exportFetchesWhatIsMissing();
    void exportWithoutBuilderAsksNobody();
    void inspectFetchesWithBuilder();

private:
    QStringList caches() const
    {
        return { QStringLiteral("--cache-dir"), m_artifacts, QStringLiteral("--key-dir"), m_keys };
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FixtureBuilder> m_fixtures;
    QStringList m_supervisorHarts;
    QHash<QString, QString> m_harts;
    std::unique_ptr<StandinBuilder> m_builder;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_artifacts;
    QString m_keys;
    QString m_url;
};

void tst_FetchCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // No Builder, channel or token from the machine running the tests, and no cli.toml of its user.
    for (const char* name : { "HAB_BLDR_URL", "HAB_DEPOT_URL", "HAB_BLDR_CHANNEL", "HAB_AUTH_TOKEN",
             "HAB_CACHE_KEY_PATH", "HAB_CACHE_ARTIFACT_PATH" })
        qunsetenv(name);
    qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
    m_fixtures = std::make_unique<FixtureBuilder>(m_dir.filePath(QStringLiteral("fixtures")));
    SupervisorFixture supervisor;
    supervisor.release = Release;
    supervisor.busybox = SupervisorFixture::debianBusybox();
    QStringList built;
    const Status s = supervisor.build(*m_fixtures, &built);
    QVERIFY2(s, qPrintable(s.error()));
    for (const QString& hart : QDir(m_fixtures->directory()).entryList({ QStringLiteral("*.hart") }))
        m_supervisorHarts << QDir(m_fixtures->directory()).filePath(hart);
    const auto chain = m_fixtures->buildChain({ App, Lib, Zlib });
    QVERIFY2(chain, qPrintable(chain.error()));
    for (int i = 0; i < 3; ++i)
        m_harts.insert(QStringList { App, Lib, Zlib }.at(i), chain->at(i));
}

void tst_FetchCommand::init()
{
    m_builder = std::make_unique<StandinBuilder>();
    for (const QString& hart : std::as_const(m_supervisorHarts))
        QVERIFY(m_builder->addArtifact(hart, { QStringLiteral("base") }));
    for (const QString& hart : std::as_const(m_harts))
        QVERIFY(m_builder->addArtifact(hart, { QStringLiteral("stable") }));
    m_builder->addKeys(m_fixtures->keyDirectory());
    QVERIFY(m_builder->listen());
    m_url = m_builder->url().toString();
    m_work = std::make_unique<QTemporaryDir>();
    m_artifacts = m_work->filePath(QStringLiteral("artifacts"));
    m_keys = m_work->filePath(QStringLiteral("keys"));
}

void tst_FetchCommand::fetchesTheClosure()
{
    const Run r = fetch(QStringList { QStringLiteral("-u"), m_url, QStringLiteral("-c"), QStringLiteral("stable"),
                            QStringLiteral("acme/web") }
        + caches());
    QVERIFY2(r.code == FetchCommand::Ok, qPrintable(r.err));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (const QString& ident : { App, Lib, Zlib })
        QVERIFY2(r.out.contains(ident + QStringLiteral(" downloaded ")), qPrintable(r.out));
    QCOMPARE(hartsIn(m_artifacts).size(), 3);
    // Where from, and the channel as chosen, on standard error.
    QVERIFY2(r.err.contains(QStringLiteral("channel stable (given)")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("3 of 3 package")), qPrintable(r.err));

    const int requests = int(m_builder->requests().size());
    const Run again = fetch(
        QStringList { QStringLiteral("-u"), m_url, QStringLiteral("-c"), QStringLiteral("stable"), App } + caches());
    QVERIFY2(again.code == FetchCommand::Ok, qPrintable(again.err));
    QCOMPARE(again.out.count(QStringLiteral(" present ")), 3);
    // Only the release's metadata was asked for.
    QCOMPARE(m_builder->requests().size(), requests + 1);
}

void tst_FetchCommand::exitStatuses()
{
    // The default channel is base, where acme/web is not: not found, with where it is.
    Run r = fetch(QStringList { QStringLiteral("-u"), m_url, QStringLiteral("acme/web") } + caches());
    QCOMPARE(r.code, int(FetchCommand::NotFound));
    QVERIFY2(r.err.contains(QStringLiteral("stable (%1)").arg(App)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("channel base (default)")), qPrintable(r.err));

    QFile original(m_harts.value(Lib));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray spoilt = original.readAll();
    spoilt[spoilt.size() - 64] = char(spoilt.at(spoilt.size() - 64) ^ 0x20);
    m_builder->replaceBody(PackageIdent::parse(Lib).value(), spoilt);
    r = fetch(QStringList { QStringLiteral("-u"), m_url, App } + caches());
    QVERIFY2(r.code == FetchCommand::VerificationFailed || r.code == FetchCommand::Unusable, qPrintable(r.err));
    QVERIFY2(r.err.contains(Lib), qPrintable(r.err));
    QVERIFY(!hartsIn(m_artifacts).contains(QStringLiteral("acme-lib-1.0.0-20200101000002-x86_64-linux.hart")));

    r = fetch(QStringList { QStringLiteral("-u"), QStringLiteral("ftp://nowhere"), App } + caches());
    QCOMPARE(r.code, int(FetchCommand::UsageError));
    r = fetch(caches());
    QCOMPARE(r.code, int(FetchCommand::UsageError));
    r = fetch(QStringList { QStringLiteral("--help") });
    QCOMPARE(r.code, int(FetchCommand::Ok));
    QVERIFY(r.out.contains(QStringLiteral("--auth <FILE>")));
}

void tst_FetchCommand::tokenFromAFileOnly()
{
    m_builder->addToken(QStringLiteral("s3cr3t-token"));
    // A token typed where the file goes is refused without being repeated.
    Run r = fetch(QStringList { QStringLiteral("-u"), m_url, QStringLiteral("-z"), QStringLiteral("s3cr3t-token"), App }
        + caches());
    QCOMPARE(r.code, int(FetchCommand::UsageError));
    QVERIFY(!r.err.contains(QStringLiteral("s3cr3t")));
    QVERIFY(m_builder->requests().isEmpty());

    const QString tokenFile = m_work->filePath(QStringLiteral("token"));
    QFile f(tokenFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("s3cr3t-token\n");
    f.close();
    r = fetch(QStringList { QStringLiteral("-u"), m_url, QStringLiteral("-z"), tokenFile, App } + caches());
    QVERIFY2(r.code == FetchCommand::Ok, qPrintable(r.err));
    QVERIFY(m_builder->requests().first().contains("Bearer s3cr3t-token\r\n"));
    QVERIFY(!r.err.contains(QStringLiteral("s3cr3t")) && !r.out.contains(QStringLiteral("s3cr3t")));
}

void tst_FetchCommand::exportFetchesWhatIsMissing()
{
    // Nothing here at all: the package and its closure from stable, the Supervisor's packages
    // from base (chef/ first, then core/, which is what the stand-in has).
    const QString out = m_work->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const Run r
        = exportCommand(QStringList { QStringLiteral("-u"), m_url, QStringLiteral("-c"), QStringLiteral("stable"),
                            QStringLiteral("--no-installed-packages"), QStringLiteral("--no-segment-cache"),
                            QStringLiteral("--output-dir"), out, QStringLiteral("--uri"),
                            QStringLiteral("http://files.example/"), QStringLiteral("acme/web") }
            + caches());
    if (r.code != ExportCommand::Ok)
        qWarning().noquote() << r.err;
    QCOMPARE(r.code, int(ExportCommand::Ok));
    const QJsonObject app = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(app.value(QStringLiteral("id")).toString(), QStringLiteral("/acme/web"));
    // All but core/cacerts, which the tarball takes only when it is named (--cacerts-pkg).
    QCOMPARE(hartsIn(m_artifacts).size(), 3 + m_supervisorHarts.size() - 1);
    QVERIFY(!hartsIn(m_artifacts).join(u' ').contains(QStringLiteral("cacerts")));
    QVERIFY2(r.err.contains(QStringLiteral("the Supervisor's hab-sup")), qPrintable(r.err));
    // -c is the Supervisor's update channel too: one Builder, one channel.
    QVERIFY2(app.value(QStringLiteral("cmd")).toString().contains(QStringLiteral("stable"))
            || QJsonDocument(app).toJson().contains("--channel"),
        qPrintable(QJsonDocument(app).toJson()));

    // Everything is here now: another export asks Builder nothing.
    const int requests = int(m_builder->requests().size());
    const Run again = exportCommand(
        QStringList { QStringLiteral("-u"), m_url, QStringLiteral("-c"), QStringLiteral("stable"),
            QStringLiteral("--no-installed-packages"), QStringLiteral("--json-only"), QStringLiteral("--uri"),
            QStringLiteral("http://files.example/"), QStringLiteral("acme/web") }
        + caches());
    QVERIFY2(again.code == ExportCommand::Ok, qPrintable(again.err));
    QCOMPARE(m_builder->requests().size(), requests);
}

void tst_FetchCommand::exportWithoutBuilderAsksNobody()
{
    const Run r = exportCommand(QStringList { QStringLiteral("--no-installed-packages"), QStringLiteral("--json-only"),
                                    QStringLiteral("--uri"), QStringLiteral("http://files.example/"), App }
        + caches());
    QCOMPARE(r.code, int(ExportCommand::NotFound));
    QVERIFY(m_builder->requests().isEmpty());
}

void tst_FetchCommand::inspectFetchesWithBuilder()
{
    const Run without = inspect(
        QStringList { QStringLiteral("--pkgs-dir"), m_work->filePath(QStringLiteral("none")), App } + caches());
    QCOMPARE(without.code, int(InspectCommand::NotFound));
    QVERIFY(m_builder->requests().isEmpty());
    // A .hart named by path: only its dependencies come from Builder.
    const Run file
        = inspect(QStringList { QStringLiteral("-u"), m_url, QStringLiteral("-c"), QStringLiteral("stable"),
                      QStringLiteral("--pkgs-dir"), m_work->filePath(QStringLiteral("none")), m_harts.value(App) }
            + caches());
    QVERIFY2(file.code == InspectCommand::Ok, qPrintable(file.err));
    QCOMPARE(hartsIn(m_artifacts).size(), 2);
    QCOMPARE(m_builder->count("/v1/depot/pkgs/acme/web/1.0.0/20200101000003/download"), 0);
    const Run with = inspect(QStringList { QStringLiteral("-u"), m_url, QStringLiteral("--pkgs-dir"),
                                 m_work->filePath(QStringLiteral("none")), QStringLiteral("--json"), App }
        + caches());
    QVERIFY2(with.code == InspectCommand::Ok, qPrintable(with.err));
    QVERIFY(QJsonDocument::fromJson(with.out.toUtf8()).object().value(QStringLiteral("ok")).toBool());
}

QTEST_GUILESS_MAIN(tst_FetchCommand)
#include "tst_fetchcommand.moc"
