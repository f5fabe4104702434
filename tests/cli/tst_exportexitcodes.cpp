// SPDX-License-Identifier: Apache-2.0
// `habmesos export` exits with one status per kind of failure, as `habmesos inspect` does, so a
// script can tell a missing package from a bad signature, a corrupt artifact or a full disk; each
// case prints one line saying what is wrong, and nothing on standard output.
#include "cli/exportcommand.h"
#include "support/fixturebuilder.h"
#include "support/processrunner.h"
#include "support/supervisorfixture.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;

class tst_ExportExitCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_builder = std::make_unique<test::FixtureBuilder>(m_dir->filePath(QStringLiteral("cache")));
        // What the tarball needs besides the service, so that only the scenario's fault stops it.
        test::SupervisorFixture supervisor;
        supervisor.release = QStringLiteral("20200101000000");
        supervisor.busybox = test::SupervisorFixture::debianBusybox();
        const Status built = supervisor.build(*m_builder);
        QVERIFY2(built, qPrintable(built.error()));
    }

    void exitCodePerKind_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("jsonOnly");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        for (const bool jsonOnly : { false, true }) {
            const char* suffix = jsonOnly ? " (json only)" : "";
            QTest::addRow("missing package%s", suffix)
                << QStringLiteral("missing") << jsonOnly << int(ExportCommand::NotFound)
                << QStringLiteral("acme/nothing");
            QTest::addRow("unknown signer%s", suffix)
                << QStringLiteral("unverified") << jsonOnly << int(ExportCommand::VerificationFailed)
                << QStringLiteral("acme-web");
            QTest::addRow("corrupt artifact%s", suffix)
                << QStringLiteral("corrupt") << jsonOnly << int(ExportCommand::Unusable)
                << QStringLiteral("corrupt.hart");
        }
        QTest::addRow("missing dependency")
            << QStringLiteral("dependency") << false << int(ExportCommand::NotFound) << QStringLiteral("acme/lib");
        QTest::addRow("output cannot be written")
            << QStringLiteral("unwritable") << false << int(ExportCommand::IoFailed) << QStringLiteral("not-a-folder");
    }
    void exitCodePerKind()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, jsonOnly);
        QFETCH(int, code);
        QFETCH(QString, message);
        QString keyDir = m_builder->keyDirectory();
        QString output = m_dir->filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(output));
        QString package = QStringLiteral("acme/web/1.0.0/20200101000000");
        if (scenario == u"missing") {
            package = QStringLiteral("acme/nothing");
        } else if (scenario == u"unverified") {
            test::PackageSpec spec;
            spec.ident = package;
            spec.publishSigner = false;
            const auto hart = m_builder->build(spec);
            QVERIFY2(hart, qPrintable(hart.error()));
            package = hart.value();
        } else if (scenario == u"corrupt") {
            const auto hart = m_builder->build(package);
            QVERIFY2(hart, qPrintable(hart.error()));
            const auto spoilt = m_builder->truncated(hart.value(), QStringLiteral("corrupt.hart"), 200);
            QVERIFY2(spoilt, qPrintable(spoilt.error()));
            package = spoilt.value();
        } else if (scenario == u"dependency") {
            test::PackageSpec spec;
            spec.ident = package;
            spec.deps = { QStringLiteral("acme/lib/1.0.0/20200101000000") }; // never built
            spec.tdeps = spec.deps;
            const auto hart = m_builder->build(spec);
            QVERIFY2(hart, qPrintable(hart.error()));
        } else if (scenario == u"unwritable") {
            QFile file(m_dir->filePath(QStringLiteral("not-a-folder")));
            QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the output folder should be: even root fails
            output = file.fileName() + QStringLiteral("/out");
            package = QStringLiteral("--demo");
        }
        QStringList arguments { QStringLiteral("export"), QStringLiteral("--output-dir"), output,
            QStringLiteral("--no-segment-cache"), QStringLiteral("--uri"), QStringLiteral("http://files.example/") };
        if (package != u"--demo")
            arguments += { QStringLiteral("--cache-dir"), m_builder->directory(), QStringLiteral("--key-dir"), keyDir,
                QStringLiteral("--no-installed-packages") };
        if (jsonOnly)
            arguments.append(QStringLiteral("--json-only"));
        arguments.append(package);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache-home")));
        env.remove(QStringLiteral("HAB_CACHE_KEY_PATH"));
        test::ProcessRunner runner(test::habmesosBinary(), arguments);
        const test::ProcessRunner::Outcome done = runner.setEnvironment(env).run();
        const QString err = QString::fromUtf8(done.err);
        QVERIFY2(done.finished() && !done.crashed, qPrintable(done.describe()));
        QVERIFY2(done.exitCode == code,
            qPrintable(QStringLiteral("exit %1, expected %2: %3").arg(done.exitCode).arg(code).arg(err)));
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(err.startsWith(QLatin1String("habmesos export: ")));
        QCOMPARE(done.out, QByteArray());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FixtureBuilder> m_builder;
};

QTEST_GUILESS_MAIN(tst_ExportExitCodes)
#include "tst_exportexitcodes.moc"
