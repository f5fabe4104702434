// SPDX-License-Identifier: Apache-2.0
// `habmesos export --deploy/--upload` against servers that misbehave (tests/support/
// faultyhttpserver.h): the command ends on its deadline or at the first sign of a damaged answer,
// with exit code 9 (deploy) or 8 (upload) and one line that says what happened; never 0.
#include "support/cannedhttpserver.h"
#include "support/faultyhttpserver.h"
#include "support/processrunner.h"
#include "support/testpaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;
using habmesos::test::CannedHttpServer;
using habmesos::test::FaultyHttpServer;

namespace {

struct Run
{
    int code = -1;
    QString err;
};

} // namespace

class tst_ExportFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deployTrickle();
    void deployAnswersHtml();
    void deployCutShort();
    void uploadTrickle();
    void deadlineArguments_data();
    void deadlineArguments();

private:
    QTemporaryDir m_home;

    // The binary runs while this process's event loop serves the faulty servers (ProcessRunner).
    Run run(const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/cache"));
        for (const char* name : { "HABMESOS_MARATHON_PASSWORD", "HABMESOS_MARATHON_TOKEN", "HABMESOS_UPLOAD_PASSWORD" })
            env.remove(QString::fromLatin1(name));
        test::ProcessRunner runner(test::habmesosBinary(), QStringList { QStringLiteral("export") } + arguments);
        const test::ProcessRunner::Outcome done = runner.setEnvironment(env).run();
        Run r;
        r.code = done.code();
        r.err = done.finished() ? QString::fromUtf8(done.err) : done.describe();
        return r;
    }
    QStringList jsonOnly(const QStringList& more) const
    {
        return QStringList { QStringLiteral("--demo"), QStringLiteral("--json-only"), QStringLiteral("--uri"),
            QStringLiteral("http://files.example/"), QStringLiteral("--output-dir"), m_home.path() }
        + more;
    }
};

void tst_ExportFaults::initTestCase()
{
    QVERIFY(m_home.isValid());
}

void tst_ExportFaults::deployTrickle()
{
    FaultyHttpServer marathon(FaultyHttpServer::Fault::Trickle);
    QVERIFY(marathon.listen());
    const Run r = run(jsonOnly({ QStringLiteral("--deploy"), marathon.url().toString(),
        QStringLiteral("--request-deadline"), QStringLiteral("1.5") }));
    QCOMPARE(r.code, 9);
    QVERIFY2(r.err.contains(QLatin1String("did not finish answering within 1.5 s")), qPrintable(r.err));
}

void tst_ExportFaults::deployAnswersHtml()
{
    // A 200 from something that is not Marathon must not read as "created".
    CannedHttpServer portal(200, "<html><body>Sign in</body></html>", "text/html");
    QVERIFY(portal.listen());
    const Run r = run(jsonOnly({ QStringLiteral("--deploy"), portal.url().toString() }));
    QCOMPARE(r.code, 9);
    QVERIFY2(r.err.contains(QLatin1String("is not Marathon's JSON (it starts with")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("created")), qPrintable(r.err));
}

void tst_ExportFaults::deployCutShort()
{
    FaultyHttpServer marathon(FaultyHttpServer::Fault::CutShort, 201);
    QVERIFY(marathon.listen());
    const Run r = run(jsonOnly({ QStringLiteral("--deploy"), marathon.url().toString() }));
    QCOMPARE(r.code, 9);
    QVERIFY2(r.err.contains(QLatin1String("was cut short")), qPrintable(r.err));
}

void tst_ExportFaults::uploadTrickle()
{
    FaultyHttpServer store(FaultyHttpServer::Fault::Trickle, 201);
    QVERIFY(store.listen());
    const Run r = run({ QStringLiteral("--demo"), QStringLiteral("--output-dir"), m_home.path(),
        QStringLiteral("--upload"), store.url().toString() + QStringLiteral("/store/"),
        QStringLiteral("--upload-deadline"), QStringLiteral("2") });
    QCOMPARE(r.code, 8);
    QVERIFY2(r.err.contains(QLatin1String("did not finish answering within 2 s")), qPrintable(r.err));
}

void tst_ExportFaults::deadlineArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("negative") << QStringList { "--deploy", "http://m:8080", "--request-deadline", "-1" }
                              << "--request-deadline: “-1” is not a number of seconds";
    QTest::newRow("not a number") << QStringList { "--upload", "http://s/", "--upload-deadline", "soon" }
                                  << "--upload-deadline: “soon” is not a number of seconds";
    QTest::newRow("without --deploy") << QStringList { "--request-deadline", "5" }
                                      << "--request-deadline is for --deploy";
    QTest::newRow("without --upload") << QStringList { "--upload-deadline", "5" }
                                      << "--upload-deadline is for --upload";
}

void tst_ExportFaults::deadlineArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const Run r = run(QStringList { QStringLiteral("--demo") } + arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_ExportFaults)
#include "tst_exportfaults.moc"
