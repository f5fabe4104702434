// SPDX-License-Identifier: Apache-2.0
// `habmesos inspect`, run as a user runs it: the built binary in a QProcess, with no display, on
// the real Habitat fixtures (../shared) and on signed artifacts made by the FixtureBuilder.
#include "support/fixturebuilder.h"
#include "support/processrunner.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace habmesos;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

const QString happy = QStringLiteral("happyhumans-possums-8.1.4-20160427165340-x86_64-linux.hart");
const QString unhappy = QStringLiteral("unhappyhumans-possums-8.1.4-20160427165340-x86_64-linux.hart");
const QString happyIdent = QStringLiteral("happyhumans/possums/8.1.4/20160427165340");

} // namespace

class tst_InspectCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void helpAndVersionWithoutDisplay();
    void usageErrors_data();
    void usageErrors();
    void notFound();
    void fixtureVerifies();
    void fixtureJson();
    void fixtureUnknownSigner();
    void fixtureHashMismatch();
    void fixtureCorruptHeader();
    void fullClosure();
    void fullClosureJson();
    void missingDependenciesAllListed();
    void unknownSigner();
    void tampered();
    void truncated();
    void maliciousMemberNames_data();
    void maliciousMemberNames();
    void maliciousDependency();
    void installedPackage();
    void debugLoggingFollowsTheRules();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_cache; // empty unless a test fills it
    QString m_pkgs;
    QString m_home;

    // Runs the binary with an empty cache, no installed packages and no display; `logging` is
    // QT_LOGGING_RULES (none of the caller's).
    Run run(QStringList arguments, bool isolate = true, const QString& logging = QString()) const
    {
        if (isolate)
            arguments = QStringList {
                arguments.value(0), QStringLiteral("--cache-dir"), m_cache, QStringLiteral("--pkgs-dir=") + m_pkgs
            } + arguments.mid(1);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No display: the GUI would abort here, the subcommands must not need one.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        // Habitat's locations, in case a test forgets an option: nothing of the user's.
        env.insert(QStringLiteral("HOME"), m_home);
        env.remove(QStringLiteral("HAB_CACHE_KEY_PATH"));
        env.remove(QStringLiteral("HAB_CACHE_ARTIFACT_PATH"));
        env.insert(QStringLiteral("FS_ROOT"), m_home);
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        if (!logging.isEmpty())
            env.insert(QStringLiteral("QT_LOGGING_RULES"), logging);
        test::ProcessRunner runner(test::habmesosBinary(), arguments);
        const test::ProcessRunner::Outcome done = runner.setEnvironment(env).run();
        Run r;
        r.code = done.code();
        r.out = QString::fromUtf8(done.out);
        r.err = done.finished() ? QString::fromUtf8(done.err) : done.describe();
        return r;
    }

    static QString fixture(const QString& name) { return test::habitatFixtures() + u'/' + name; }

    std::unique_ptr<test::FixtureBuilder> m_builder;
    test::FixtureBuilder& builder()
    {
        if (!m_builder)
            m_builder = std::make_unique<test::FixtureBuilder>(m_tmp->path() + QStringLiteral("/built"));
        return *m_builder;
    }
    // Builds into the cache directory the command searches.
    QString build(test::PackageSpec spec)
    {
        Result<QString> built = builder().build(spec);
        if (!built) {
            qWarning("%s", qPrintable(built.error()));
            return {};
        }
        const QString target = m_cache + u'/' + QFileInfo(built.value()).fileName();
        QFile::remove(target);
        if (!QFile::copy(built.value(), target))
            return {};
        return target;
    }
    QStringList keyDir() { return { QStringLiteral("--key-dir"), builder().keyDirectory() }; }
};

static void verifyOneLine(const Run& r)
{
    const QString err = r.err;
    QVERIFY2(err.endsWith(u'\n'), qPrintable(err));
    QVERIFY2(err.count(u'\n') == 1, qPrintable(QStringLiteral("not one line: ") + err));
    QVERIFY2(err.startsWith(QStringLiteral("habmesos inspect: ")), qPrintable(err));
}

void tst_InspectCommand::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_cache = m_tmp->path() + QStringLiteral("/cache");
    m_pkgs = m_tmp->path() + QStringLiteral("/root/hab/pkgs");
    m_home = m_tmp->path() + QStringLiteral("/home");
    for (const QString& dir : { m_cache, m_pkgs, m_home })
        QVERIFY(QDir().mkpath(dir));
    m_builder.reset();
}

void tst_InspectCommand::helpAndVersionWithoutDisplay()
{
    const Run help = run({ QStringLiteral("--help") }, false);
    QCOMPARE(help.code, 0);
    QVERIFY2(help.out.contains(QStringLiteral("inspect")), qPrintable(help.out));
    const Run version = run({ QStringLiteral("--version") }, false);
    QCOMPARE(version.code, 0);
    QVERIFY2(version.out.startsWith(QStringLiteral("habmesos ")), qPrintable(version.out));
    const Run inspectHelp = run({ QStringLiteral("inspect"), QStringLiteral("--help") }, false);
    QCOMPARE(inspectHelp.code, 0);
    QVERIFY(inspectHelp.out.startsWith(QStringLiteral("Usage: habmesos inspect")));
    for (const char* text : { "--json", "--cache-dir", "--key-dir", "--pkgs-dir", "Exit status", "  4  verification" })
        QVERIFY2(inspectHelp.out.contains(QLatin1String(text)), text);
    QVERIFY(inspectHelp.err.isEmpty());
}

void tst_InspectCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no package") << QStringList { QStringLiteral("inspect") } << QStringLiteral("package");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("inspect"), QStringLiteral("--frobnicate"),
        QStringLiteral("core/x") } << QStringLiteral("frobnicate");
    QTest::newRow("bad ident") << QStringList { QStringLiteral("inspect"), QStringLiteral("Core!/x") }
                               << QStringLiteral("Core!");
    QTest::newRow("two packages") << QStringList { QStringLiteral("inspect"), QStringLiteral("core/a"),
        QStringLiteral("core/b") } << QStringLiteral("one package");
    QTest::newRow("missing value") << QStringList { QStringLiteral("inspect"), QStringLiteral("core/a"),
        QStringLiteral("--key-dir") }
                                   << QStringLiteral("key-dir");
}

void tst_InspectCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    // Not isolated: the arguments are exactly these.
    const Run r = run(arguments, false);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.count(u'\n') == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
}

void tst_InspectCommand::notFound()
{
    const Run r = run({ QStringLiteral("inspect"), QStringLiteral("core/nothing-here") });
    QCOMPARE(r.code, 3);
    verifyOneLine(r);
    QVERIFY2(r.err.contains(QStringLiteral("core/nothing-here")), qPrintable(r.err));
    const Run file = run({ QStringLiteral("inspect"), m_tmp->path() + QStringLiteral("/absent.hart") });
    QCOMPARE(file.code, 3);
    verifyOneLine(file);
    QVERIFY2(file.err.contains(QStringLiteral("absent.hart")), qPrintable(file.err));
}

void tst_InspectCommand::fixtureVerifies()
{
    HABMESOS_REQUIRE_FIXTURES();
    const Run r
        = run({ QStringLiteral("inspect"), QStringLiteral("--key-dir"), test::habitatFixtures(), fixture(happy) });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.out.contains(QStringLiteral("ident:            ") + happyIdent), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("target:           x86_64-linux")));
    QVERIFY(r.out.contains(QStringLiteral("signer:           happyhumans-20160424223347")));
    QVERIFY(r.out.contains(QStringLiteral("verification:     verified")));
    QVERIFY(r.out.contains(QStringLiteral("closure:          0 found, 0 missing, complete")));

    // --opt=value works as well as --opt value.
    const Run eq
        = run({ QStringLiteral("inspect"), QStringLiteral("--key-dir=") + test::habitatFixtures(), fixture(happy) });
    QCOMPARE(eq.code, 0);
    QCOMPARE(eq.out, r.out);

    // In the cache, found by ident (partial), the file name not mattering.
    QVERIFY(QFile::copy(fixture(happy), m_cache + QStringLiteral("/whatever.hart")));
    const Run byIdent = run({ QStringLiteral("inspect"), QStringLiteral("--key-dir"), test::habitatFixtures(),
        QStringLiteral("happyhumans/possums") });
    QVERIFY2(byIdent.code == 0, qPrintable(byIdent.err));
    QVERIFY(byIdent.out.contains(QStringLiteral("cached artifact ") + m_cache + QStringLiteral("/whatever.hart")));
}

void tst_InspectCommand::fixtureJson()
{
    HABMESOS_REQUIRE_FIXTURES();
    const Run r = run({ QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--key-dir"),
        test::habitatFixtures(), fixture(happy) });
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("ident")).toString(), happyIdent);
    QCOMPARE(o.value(QStringLiteral("target")).toString(), QStringLiteral("x86_64-linux"));
    QCOMPARE(o.value(QStringLiteral("signer")).toString(), QStringLiteral("happyhumans-20160424223347"));
    QCOMPARE(o.value(QStringLiteral("verification")).toString(), QStringLiteral("verified"));
    QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("explicit"));
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(-1), 0);
    const QJsonObject closure = o.value(QStringLiteral("closure")).toObject();
    QCOMPARE(closure.value(QStringLiteral("complete")).toBool(), true);
    QCOMPARE(closure.value(QStringLiteral("members")).toArray().size(), 1);
    QCOMPARE(closure.value(QStringLiteral("missing")).toArray().size(), 0);
    for (const char* key : { "exposes", "exports", "binds", "bindsOptional", "svcUser", "svcGroup", "issues" })
        QVERIFY2(o.contains(QLatin1String(key)), key);
}

void tst_InspectCommand::fixtureUnknownSigner()
{
    HABMESOS_REQUIRE_FIXTURES();
    const Run r = run({ QStringLiteral("inspect"), QStringLiteral("--key-dir"), m_tmp->path(), fixture(happy) });
    QCOMPARE(r.code, 4);
    verifyOneLine(r);
    QVERIFY2(r.err.contains(QStringLiteral("happyhumans-20160424223347")), qPrintable(r.err));
}

void tst_InspectCommand::fixtureHashMismatch()
{
    HABMESOS_REQUIRE_FIXTURES();
    const Run r
        = run({ QStringLiteral("inspect"), QStringLiteral("--key-dir"), test::habitatFixtures(), fixture(unhappy) });
    QCOMPARE(r.code, 4);
    verifyOneLine(r);
    QVERIFY2(r.err.contains(QStringLiteral("hash")), qPrintable(r.err));
    QVERIFY2(r.err.contains(unhappy), qPrintable(r.err));
    // Its TDEPS (1024 lines naming core/glibc) are missing as well: listed, not hidden.
    QVERIFY2(r.out.contains(QStringLiteral("missing core/glibc/")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("verification:     payload does not match its signature")));

    const Run json = run({ QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--key-dir"),
        test::habitatFixtures(), fixture(unhappy) });
    QCOMPARE(json.code, 4);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("verification")).toString(), QStringLiteral("hash-mismatch"));
    QCOMPARE(o.value(QStringLiteral("closure")).toObject().value(QStringLiteral("complete")).toBool(true), false);
}

void tst_InspectCommand::fixtureCorruptHeader()
{
    HABMESOS_REQUIRE_FIXTURES();
    const Run r = run({ QStringLiteral("inspect"), QStringLiteral("--key-dir"), test::habitatFixtures(),
        fixture(QStringLiteral("bogus_and_corrupt.hart")) });
    QCOMPARE(r.code, 5);
    verifyOneLine(r);
    QVERIFY2(r.err.contains(QStringLiteral("line 2")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("bogus_and_corrupt.hart")), qPrintable(r.err));

    // --json still prints one object, saying why; the reason also goes to stderr.
    const Run json = run({ QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--key-dir"),
        test::habitatFixtures(), fixture(QStringLiteral("bogus_and_corrupt.hart")) });
    QCOMPARE(json.code, 5);
    verifyOneLine(json);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), 5);
    QVERIFY2(o.value(QStringLiteral("error")).toString().contains(QStringLiteral("line 2")), qPrintable(json.out));
}

void tst_InspectCommand::fullClosure()
{
    // app -> web -> libc, and an older app that must not be chosen.
    test::PackageSpec libc { .ident = QStringLiteral("core/libc/2.36/20230101000000") };
    test::PackageSpec web { .ident = QStringLiteral("core/web/1.25.0/20230102000000"), .deps = { libc.ident } };
    test::PackageSpec app { .ident = QStringLiteral("acme/app/1.10.0/20230103000000"), .deps = { web.ident } };
    app.metadata = {
        { QStringLiteral("EXPOSES"), "8080 8443\n" },
        { QStringLiteral("EXPORTS"), "port=server.port\nssl-port=server.ssl\n" },
        { QStringLiteral("BINDS"), "db=port host\n" },
        { QStringLiteral("BINDS_OPTIONAL"), "cache=port\n" },
        { QStringLiteral("SVC_USER"), "app\n" },
        { QStringLiteral("SVC_GROUP"), "apps\n" },
        { QStringLiteral("hooks/run"), "#!/bin/sh\nexec app\n" },
    };
    test::PackageSpec old { .ident = QStringLiteral("acme/app/1.9.0/20230201000000") };
    for (const test::PackageSpec* spec : { &libc, &web, &app, &old })
        QVERIFY(!build(*spec).isEmpty());

    const Run r
        = run(QStringList { QStringLiteral("inspect") } + keyDir() + QStringList { QStringLiteral("acme/app") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.out.contains(QStringLiteral("ident:            acme/app/1.10.0/20230103000000")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("closure:          2 found, 0 missing, complete")));
    QVERIFY2(r.out.contains(QRegularExpression(
                 QStringLiteral("found +core/web/1.25.0/20230102000000  cached artifact \\S+  verified"))),
        qPrintable(r.out));
    QVERIFY(r.out.contains(
        QRegularExpression(QStringLiteral("found +core/libc/2.36/20230101000000  cached artifact \\S+  verified"))));
    QVERIFY(r.out.contains(QStringLiteral("exposes:          8080 8443")));
    QVERIFY(r.out.contains(QStringLiteral("exports:          port=server.port, ssl-port=server.ssl")));
    QVERIFY(r.out.contains(QStringLiteral("binds:            db=port host")));
    QVERIFY(r.out.contains(QStringLiteral("binds (optional): cache=port")));
    QVERIFY(r.out.contains(QStringLiteral("service user:     app")));
    QVERIFY(r.out.contains(QStringLiteral("service group:    apps")));
}

void tst_InspectCommand::fullClosureJson()
{
    test::PackageSpec libc { .ident = QStringLiteral("core/libc/2.36/20230101000000") };
    test::PackageSpec app { .ident = QStringLiteral("acme/app/1.0.0/20230103000000"), .deps = { libc.ident } };
    app.metadata = { { QStringLiteral("EXPOSES"), "8080\n" }, { QStringLiteral("EXPORTS"), "port=server.port\n" },
        { QStringLiteral("SVC_USER"), "hab\n" }, { QStringLiteral("SVC_GROUP"), "hab\n" } };
    QVERIFY(!build(libc).isEmpty());
    const QString appHart = build(app);
    QVERIFY(!appHart.isEmpty());
    const Run r
        = run(QStringList { QStringLiteral("inspect"), QStringLiteral("--json") } + keyDir() + QStringList { appHart });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("ident")).toString(), app.ident);
    QCOMPARE(o.value(QStringLiteral("signer")).toString(), QStringLiteral("acme-20200101000000"));
    QCOMPARE(o.value(QStringLiteral("exposes")).toArray(), QJsonArray({ 8080 }));
    QCOMPARE(o.value(QStringLiteral("exports")).toObject().value(QStringLiteral("port")).toString(),
        QStringLiteral("server.port"));
    QCOMPARE(o.value(QStringLiteral("svcUser")).toString(), QStringLiteral("hab"));
    const QJsonArray members = o.value(QStringLiteral("closure")).toObject().value(QStringLiteral("members")).toArray();
    QCOMPARE(members.size(), 2);
    QCOMPARE(members[0].toObject().value(QStringLiteral("ident")).toString(), libc.ident);
    QCOMPARE(members[0].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("cache"));
    QCOMPARE(members[0].toObject().value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(members[1].toObject().value(QStringLiteral("ident")).toString(), app.ident);
}

void tst_InspectCommand::missingDependenciesAllListed()
{
    const QString a = QStringLiteral("core/a/1.0/20230101000000");
    const QString b = QStringLiteral("core/b/1.0/20230101000000");
    const QString c = QStringLiteral("core/c/1.0/20230101000000");
    const QString app = QStringLiteral("acme/app/1.0/20230101000000");
    const QString aHart = build({ .ident = a });
    const QString bHart = build({ .ident = b, .deps = { a } });
    QVERIFY(!build({ .ident = c }).isEmpty());
    QVERIFY(!build({ .ident = app, .deps = { b, c } }).isEmpty());
    QVERIFY(QFile::remove(aHart));
    QVERIFY(QFile::remove(bHart));

    const Run r = run(QStringList { QStringLiteral("inspect") } + keyDir() + QStringList { app });
    QCOMPARE(r.code, 3);
    verifyOneLine(r);
    QVERIFY2(r.err.contains(a) && r.err.contains(b), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("required by ") + app), qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("missing ") + a), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("missing ") + b));
    QVERIFY(r.out.contains(QStringLiteral("1 found, 2 missing")));

    const Run json
        = run(QStringList { QStringLiteral("inspect"), QStringLiteral("--json") } + keyDir() + QStringList { app });
    QCOMPARE(json.code, 3);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
    const QJsonArray missing = o.value(QStringLiteral("closure")).toObject().value(QStringLiteral("missing")).toArray();
    QCOMPARE(missing.size(), 2);
}

void tst_InspectCommand::unknownSigner()
{
    const QString hart = build({ .ident = QStringLiteral("stranger/app/1.0/20230101000000"), .publishSigner = false });
    QVERIFY(!hart.isEmpty());
    const Run r = run(QStringList { QStringLiteral("inspect") } + keyDir() + QStringList { hart });
    QCOMPARE(r.code, 4);
    verifyOneLine(r);
    // The signer's named revision (the builder picks its revision) and that it is unknown.
    QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("stranger-\\d{14}"))), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("key cache")), qPrintable(r.err));
}

void tst_InspectCommand::tampered()
{
    const QString hart = build({ .ident = QStringLiteral("acme/app/1.0/20230101000000") });
    QVERIFY(!hart.isEmpty());
    const Result<QString> spoilt = builder().swappedPayload(hart,
        build({ .ident = QStringLiteral("acme/app/1.0/20230101000000"),
            .files = { { QStringLiteral("x"), "evil" } },
            .fileName = QStringLiteral("other.hart") }),
        QStringLiteral("tampered.hart"));
    QVERIFY2(spoilt.ok(), qPrintable(spoilt.error()));
    const Run r = run(QStringList { QStringLiteral("inspect") } + keyDir() + QStringList { spoilt.value() });
    QCOMPARE(r.code, 4);
    verifyOneLine(r);
    QVERIFY2(r.err.contains(QStringLiteral("hash")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("tampered.hart")), qPrintable(r.err));
}

void tst_InspectCommand::truncated()
{
    const QString hart = build({ .ident = QStringLiteral("acme/app/1.0/20230101000000"),
        .files = { { QStringLiteral("data"), QByteArray(20000, 'x') } } });
    QVERIFY(!hart.isEmpty());
    const Result<QString> cut = builder().truncated(hart, QStringLiteral("cut.hart"), QFileInfo(hart).size() / 2);
    QVERIFY2(cut.ok(), qPrintable(cut.error()));
    const Run r = run(QStringList { QStringLiteral("inspect") } + keyDir() + QStringList { cut.value() });
    QCOMPARE(r.code, 5);
    verifyOneLine(r);
    QVERIFY2(r.err.contains(QStringLiteral("cut.hart")), qPrintable(r.err));
}

void tst_InspectCommand::maliciousMemberNames_data()
{
    QTest::addColumn<QString>("member");
    QTest::newRow("dot-dot") << QStringLiteral("hab/pkgs/acme/app/1.0/20230101000000/../../../../../etc/passwd");
    QTest::newRow("absolute") << QStringLiteral("/etc/cron.d/evil");
    QTest::newRow("other package") << QStringLiteral("hab/pkgs/core/glibc/2.36/20230101000000/lib/libc.so.6");
}

void tst_InspectCommand::maliciousMemberNames()
{
    QFETCH(QString, member);
    test::PackageSpec spec { .ident = QStringLiteral("acme/app/1.0/20230101000000") };
    HartWriter::Member evil;
    evil.path = member;
    evil.data = "evil";
    spec.extraMembers = { evil };
    const QString hart = build(spec);
    QVERIFY(!hart.isEmpty());
    const Run r = run(QStringList { QStringLiteral("inspect") } + keyDir() + QStringList { hart });
    QCOMPARE(r.code, 5);
    verifyOneLine(r);
    QVERIFY2(r.err.contains(QFileInfo(hart).fileName()), qPrintable(r.err));
    QVERIFY2(r.err.contains(QFileInfo(member).fileName()), qPrintable(r.err));
}

void tst_InspectCommand::maliciousDependency()
{
    test::PackageSpec dep { .ident = QStringLiteral("core/dep/1.0/20230101000000") };
    HartWriter::Member evil;
    evil.path = QStringLiteral("hab/pkgs/core/dep/1.0/20230101000000/../../../../../../root/.ssh/authorized_keys");
    evil.data = "ssh-ed25519 AAAA";
    dep.extraMembers = { evil };
    const QString depHart = build(dep);
    QVERIFY(!depHart.isEmpty());
    QVERIFY(!build({ .ident = QStringLiteral("acme/app/1.0/20230101000000"), .deps = { dep.ident } }).isEmpty());
    const Run r
        = run(QStringList { QStringLiteral("inspect") } + keyDir() + QStringList { QStringLiteral("acme/app") });
    QCOMPARE(r.code, 5);
    verifyOneLine(r);
    QVERIFY2(r.err.contains(QFileInfo(depHart).fileName()), qPrintable(r.err));
}

void tst_InspectCommand::installedPackage()
{
    // An installed package (as hab pkg install leaves it) with a cached, signed dependency.
    const QString libc = QStringLiteral("core/libc/2.36/20230101000000");
    QVERIFY(!build({ .ident = libc }).isEmpty());
    const QString ident = QStringLiteral("acme/local/1.0/20230101000000");
    const QString dir = m_pkgs + u'/' + ident;
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/bin")));
    auto write = [&](const QString& name, const QByteArray& data) {
        QFile f(dir + u'/' + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    write(QStringLiteral("IDENT"), ident.toUtf8() + '\n');
    write(QStringLiteral("TARGET"), "x86_64-linux\n");
    write(QStringLiteral("DEPS"), libc.toUtf8() + '\n');
    write(QStringLiteral("TDEPS"), libc.toUtf8() + '\n');
    write(QStringLiteral("bin/local"), "#!/bin/sh\n");
    const Run r
        = run(QStringList { QStringLiteral("inspect") } + keyDir() + QStringList { QStringLiteral("acme/local") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QStringLiteral("source:           installed ") + QDir::cleanPath(dir)), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("closure:          1 found, 0 missing, complete")));
}

void tst_InspectCommand::debugLoggingFollowsTheRules()
{
    // The engine's debug messages are compiled into the normal build and stay quiet until
    // QT_LOGGING_RULES turns their category on.
    test::PackageSpec libc { .ident = QStringLiteral("core/libc/2.36/20230101000000") };
    QVERIFY(!build(libc).isEmpty());
    const QStringList arguments = QStringList { QStringLiteral("inspect") } + keyDir() + QStringList { libc.ident };
    const Run quiet = run(arguments);
    QCOMPARE(quiet.code, 0);
    QVERIFY2(quiet.err.isEmpty(), qPrintable(quiet.err));
    for (const QString& rules :
        { QStringLiteral("habmesos.*.debug=true"), QStringLiteral("habmesos.package.debug=true") }) {
        const Run verbose = run(arguments, true, rules);
        QCOMPARE(verbose.code, 0);
        QVERIFY2(verbose.err.contains(QRegularExpression(
                     QStringLiteral("habmesos.package: closure of \"?core/libc/2.36/20230101000000"))),
            qPrintable(rules + u'\n' + verbose.err));
        QCOMPARE(verbose.out, quiet.out);
    }
    // Another category's debug output on: not this one's.
    const Run other = run(arguments, true, QStringLiteral("habmesos.marathon.debug=true"));
    QVERIFY2(!other.err.contains(QStringLiteral("habmesos.package")), qPrintable(other.err));
}

QTEST_GUILESS_MAIN(tst_InspectCommand)
#include "tst_inspectcommand.moc"
