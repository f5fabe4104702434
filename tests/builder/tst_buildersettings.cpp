// SPDX-License-Identifier: Apache-2.0
// Which Builder, channel and token: hab's precedence (option, environment, cli.toml, default),
// the /v1 rule, and what is refused before any request is made.
#include "builder/buildersettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;

class TestBuilderSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString cliToml(const QByteArray& text)
    {
        const QString path = m_dir.filePath(QStringLiteral("cli-%1.toml").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString noFile() const { return m_dir.filePath(QStringLiteral("absent/cli.toml")); }
    int m_files = 0;

private Q_SLOTS:
    void defaults()
    {
        const auto s = BuilderSettings::resolve({}, QProcessEnvironment(), noFile());
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->url, QUrl(QStringLiteral("https://bldr.habitat.sh")));
        QCOMPARE(s->urlFrom, BuilderSettings::From::Default);
        QCOMPARE(s->channel, QStringLiteral("base"));
        QCOMPARE(s->channelFrom, BuilderSettings::From::Default);
        QVERIFY(s->token.isEmpty());
        // Nothing asked for a Builder: the export must not reach the public one on its own.
        QVERIFY(!s->configured);
        QCOMPARE(s->apiRoot(), QUrl(QStringLiteral("https://bldr.habitat.sh/v1")));
        QVERIFY(s->describeChannel().contains(QStringLiteral("base")));
    }

    void precedence()
    {
        const QString config = cliToml("bldr_url = \"https://from-config.example\"\nauth_token = \"config-token\"\n");
        QProcessEnvironment env;
        auto s = BuilderSettings::resolve({}, env, config);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->url.host(), QStringLiteral("from-config.example"));
        QCOMPARE(s->urlFrom, BuilderSettings::From::ConfigFile);
        QCOMPARE(s->token, QStringLiteral("config-token"));
        QCOMPARE(s->tokenFrom, BuilderSettings::From::ConfigFile);
        QVERIFY(s->configured);

        env.insert(QStringLiteral("HAB_DEPOT_URL"), QStringLiteral("https://legacy.example"));
        s = BuilderSettings::resolve({}, env, config);
        QCOMPARE(s->url.host(), QStringLiteral("legacy.example"));
        QCOMPARE(s->sourceDetail, QStringLiteral("HAB_DEPOT_URL"));

        env.insert(QStringLiteral("HAB_BLDR_URL"), QStringLiteral("https://from-env.example/"));
        env.insert(QStringLiteral("HAB_AUTH_TOKEN"), QStringLiteral("env-token\n"));
        env.insert(QStringLiteral("HAB_BLDR_CHANNEL"), QStringLiteral("stable"));
        s = BuilderSettings::resolve({}, env, config);
        QCOMPARE(s->url.host(), QStringLiteral("from-env.example"));
        QCOMPARE(s->urlFrom, BuilderSettings::From::Environment);
        QCOMPARE(s->sourceDetail, QStringLiteral("HAB_BLDR_URL"));
        QCOMPARE(s->token, QStringLiteral("env-token"));
        QCOMPARE(s->channel, QStringLiteral("stable"));
        QCOMPARE(s->channelFrom, BuilderSettings::From::Environment);
        QVERIFY(s->describeUrl().contains(QStringLiteral("HAB_BLDR_URL")));

        s = BuilderSettings::resolve(
            { QStringLiteral("http://opt.example:9636"), QStringLiteral("unstable"), QStringLiteral("opt-token"), {} },
            env, config);
        QCOMPARE(s->url, QUrl(QStringLiteral("http://opt.example:9636")));
        QCOMPARE(s->urlFrom, BuilderSettings::From::Option);
        QCOMPARE(s->channel, QStringLiteral("unstable"));
        QCOMPARE(s->token, QStringLiteral("opt-token"));
        QCOMPARE(s->tokenFrom, BuilderSettings::From::Option);
    }

    void configuredOnlyWhenAsked()
    {
        QProcessEnvironment env;
        // A channel or token from the environment alone does not point anywhere.
        env.insert(QStringLiteral("HAB_BLDR_CHANNEL"), QStringLiteral("stable"));
        env.insert(QStringLiteral("HAB_AUTH_TOKEN"), QStringLiteral("t"));
        QVERIFY(!BuilderSettings::resolve({}, env, noFile())->configured);
        QVERIFY(BuilderSettings::resolve({ {}, QStringLiteral("stable"), {}, {} }, env, noFile())->configured);
        QVERIFY(
            BuilderSettings::resolve({ QStringLiteral("https://b.example"), {}, {}, {} }, env, noFile())->configured);
    }

    void apiRoot_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("root");
        // builder-api-client/src/builder.rs: /v1 only when the path is exactly "/".
        QTest::newRow("bare host") << "https://bldr.example"
                                   << "https://bldr.example/v1";
        QTest::newRow("slash") << "https://bldr.example/"
                               << "https://bldr.example/v1";
        QTest::newRow("v1 kept") << "https://bldr.example/v1"
                                 << "https://bldr.example/v1";
        QTest::newRow("prefix kept") << "https://bldr.example/bldr"
                                     << "https://bldr.example/bldr";
        QTest::newRow("port") << "http://10.0.0.5:9636"
                              << "http://10.0.0.5:9636/v1";
    }
    void apiRoot()
    {
        QFETCH(QString, given);
        QFETCH(QString, root);
        const auto s = BuilderSettings::resolve({ given, {}, {}, {} }, QProcessEnvironment(), noFile());
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->apiRoot().toString(), root);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ftp") << "ftp://bldr.example"
                             << ""
                             << ""
                             << "not an http(s) URL";
        QTest::newRow("no host") << "https://"
                                 << ""
                                 << ""
                                 << "not an http(s) URL";
        QTest::newRow("user info") << "https://me:secret@bldr.example"
                                   << ""
                                   << ""
                                   << "no user name or password";
        QTest::newRow("query") << "https://bldr.example/?x=1"
                               << ""
                               << ""
                               << "no query";
        QTest::newRow("channel with slash") << ""
                                            << "a/b"
                                            << ""
                                            << "not a channel name";
        QTest::newRow("token with space") << ""
                                          << ""
                                          << "two words"
                                          << "white space";
    }
    void refusals()
    {
        QFETCH(QString, url);
        QFETCH(QString, channel);
        QFETCH(QString, token);
        QFETCH(QString, expected);
        const auto s = BuilderSettings::resolve({ url, channel, token, {} }, QProcessEnvironment(), noFile());
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(expected), qPrintable(s.error()));
        // A secret never appears in a message.
        QVERIFY(!s.error().contains(QStringLiteral("secret")));
        if (!token.isEmpty())
            QVERIFY(!s.error().contains(token));
    }

    void malformedConfigNamesTheFile()
    {
        const QString config = cliToml("bldr_url = \n");
        const auto s = BuilderSettings::resolve({}, QProcessEnvironment(), config);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(config), qPrintable(s.error()));
        const auto wrongType = BuilderSettings::resolve({}, QProcessEnvironment(), cliToml("bldr_url = 3\n"));
        QVERIFY(!wrongType.ok());
        QVERIFY2(wrongType.error().contains(QStringLiteral("bldr_url")), qPrintable(wrongType.error()));
        // Other keys hab writes are left alone.
        QVERIFY(BuilderSettings::resolve({}, QProcessEnvironment(), cliToml("origin = \"acme\"\nctl_secret = \"x\"\n"))
                    .ok());
    }

    void missingCaFile()
    {
        const auto s = BuilderSettings::resolve(
            { {}, {}, {}, m_dir.filePath(QStringLiteral("none.pem")) }, QProcessEnvironment(), noFile());
        QVERIFY(!s.ok());
        QCOMPARE(s.errorKind(), ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestBuilderSettings)
#include "tst_buildersettings.moc"
