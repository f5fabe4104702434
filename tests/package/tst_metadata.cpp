// SPDX-License-Identifier: Apache-2.0
// PackageMetadata: every metadata file format, CRLF and trailing blanks, and bad lines.
#include "package/packagemetadata.h"

#include <QTest>

#include <algorithm>

using namespace habmesos;

namespace {

QMap<QString, QByteArray> base()
{
    return {
        { QStringLiteral("IDENT"), "acme/rocket/1.2.3/20200101000000\n" },
        { QStringLiteral("TARGET"), "x86_64-linux\n" },
    };
}

Result<PackageMetadata> parseWith(const QString& file, const QByteArray& contents)
{
    auto files = base();
    files.insert(file, contents);
    return PackageMetadata::parse(files, QStringLiteral("a.hart"));
}

} // namespace

class tst_Metadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void minimal();
    void everyFormat();
    void crlfAndTrailingWhitespace();
    void missingRequired();
    void badFiles_data();
    void badFiles();
    void sizeLimits();
    void accountNames_data();
    void accountNames();
    void hooksAreNamesOnly();
    void metadataFileNames();
    void identList();
};

void tst_Metadata::minimal()
{
    const auto m = PackageMetadata::parse(base(), QStringLiteral("a.hart"));
    QVERIFY2(m.ok(), qPrintable(m.error()));
    QCOMPARE(m->ident.toString(), QStringLiteral("acme/rocket/1.2.3/20200101000000"));
    QCOMPARE(m->target, QStringLiteral("x86_64-linux"));
    QVERIFY(m->deps.isEmpty());
    QVERIFY(!m->isService());
    QVERIFY(!m->hasRunHook());
    QVERIFY(!m->hasDefaultToml);
    QCOMPARE(m->shutdownTimeout, -1);
}

void tst_Metadata::everyFormat()
{
    auto files = base();
    files.insert("DEPS", "core/glibc/2.22/20160612063629\ncore/openssl/1.0.2j/20161214010236\n");
    files.insert("TDEPS",
        "core/glibc/2.22/20160612063629\ncore/openssl/1.0.2j/20161214010236\ncore/zlib/1.2.8/"
        "20161015000012\n");
    files.insert("EXPOSES", "80 443\n");
    files.insert("EXPORTS", "port=server.port\nssl-port=ssl.port\n");
    files.insert("BINDS", "database=port host\n");
    files.insert("BINDS_OPTIONAL", "cache=port\nqueue=host port\n");
    files.insert("SVC_USER", "hab\n");
    files.insert("SVC_GROUP", "hab\n");
    files.insert(
        "PATH", "/hab/pkgs/acme/rocket/1.2.3/20200101000000/bin:/hab/pkgs/acme/rocket/1.2.3/20200101000000/sbin\n");
    files.insert("RUNTIME_PATH", "/a/bin:/b/bin::/c/bin\n");
    files.insert("SHUTDOWN_SIGNAL", "TERM\n");
    files.insert("SHUTDOWN_TIMEOUT", "8\n");
    files.insert("PACKAGE_TYPE", "native\n");
    files.insert("default.toml", "[server]\nport = 80\n");
    files.insert("MANIFEST", "# acme / rocket\n");
    files.insert("hooks/run", "#!/bin/sh\n");
    files.insert("hooks/health-check", "");
    const auto m = PackageMetadata::parse(files, QStringLiteral("a.hart"));
    QVERIFY2(m.ok(), qPrintable(m.error()));
    QCOMPARE(m->deps.size(), 2);
    QCOMPARE(m->deps[1].toString(), QStringLiteral("core/openssl/1.0.2j/20161214010236"));
    QCOMPARE(m->tdeps.size(), 3);
    QCOMPARE(m->exposes, (QList<quint16> { 80, 443 }));
    QCOMPARE(m->exports.size(), 2);
    QCOMPARE(m->exports[1].first, QStringLiteral("ssl-port"));
    QCOMPARE(m->exports[1].second, QStringLiteral("ssl.port"));
    QCOMPARE(m->binds.size(), 1);
    QCOMPARE(m->binds[0].first, QStringLiteral("database"));
    QCOMPARE(m->binds[0].second, (QStringList { "port", "host" }));
    QCOMPARE(m->bindsOptional.size(), 2);
    QCOMPARE(m->bindsOptional[1].second, (QStringList { "host", "port" }));
    QCOMPARE(m->svcUser, QStringLiteral("hab"));
    QCOMPARE(m->svcGroup, QStringLiteral("hab"));
    QVERIFY(m->isService());
    QCOMPARE(m->path.size(), 2);
    QCOMPARE(m->path[1], QStringLiteral("/hab/pkgs/acme/rocket/1.2.3/20200101000000/sbin"));
    QCOMPARE(m->runtimePath, (QStringList { "/a/bin", "/b/bin", "/c/bin" }));
    QCOMPARE(m->shutdownSignal, QStringLiteral("TERM"));
    QCOMPARE(m->shutdownTimeout, 8);
    QCOMPARE(m->packageType, QStringLiteral("native"));
    QVERIFY(m->hasDefaultToml);
    QCOMPARE(m->defaultToml, QByteArray("[server]\nport = 80\n"));
    QCOMPARE(m->manifest, QByteArray("# acme / rocket\n"));
    QVERIFY(m->hasRunHook());
    QCOMPARE(m->hooks.size(), 2);
    QVERIFY(m->hooks.contains("health-check"));
}

void tst_Metadata::crlfAndTrailingWhitespace()
{
    QMap<QString, QByteArray> files {
        { "IDENT", "acme/rocket/1.2.3/20200101000000 \r\n" },
        { "TARGET", "x86_64-linux\r\n\r\n" },
        { "TDEPS", "core/a/1/20200101000000\r\ncore/b/2/20200101000000  \r\n" },
        { "EXPOSES", "80 443 \r\n" },
        { "EXPORTS", "port=server.port\r\n" },
        { "SVC_USER", "hab\r\n" },
        { "SHUTDOWN_TIMEOUT", "30\r\n" },
    };
    const auto m = PackageMetadata::parse(files, QStringLiteral("a.hart"));
    QVERIFY2(m.ok(), qPrintable(m.error()));
    QCOMPARE(m->ident.release(), QStringLiteral("20200101000000"));
    QCOMPARE(m->target, QStringLiteral("x86_64-linux"));
    QCOMPARE(m->tdeps.size(), 2);
    QCOMPARE(m->tdeps[1].name(), QStringLiteral("b"));
    QCOMPARE(m->exposes, (QList<quint16> { 80, 443 }));
    QCOMPARE(m->exports[0].second, QStringLiteral("server.port"));
    QCOMPARE(m->svcUser, QStringLiteral("hab"));
    QCOMPARE(m->shutdownTimeout, 30);
}

void tst_Metadata::missingRequired()
{
    auto noIdent = base();
    noIdent.remove("IDENT");
    auto r = PackageMetadata::parse(noIdent, "a.hart");
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith("a.hart") && r.error().contains("IDENT"), qPrintable(r.error()));
    auto noTarget = base();
    noTarget.remove("TARGET");
    r = PackageMetadata::parse(noTarget, "a.hart");
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains("TARGET"), qPrintable(r.error()));
}

void tst_Metadata::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("ident partial") << "IDENT" << QByteArray("acme/rocket/1.2.3\n")
                                   << "IDENT: “acme/rocket/1.2.3” is not fully qualified";
    QTest::newRow("ident invalid") << "IDENT" << QByteArray("Acme/rocket/1.2.3/20200101000000\n") << "IDENT: ";
    QTest::newRow("ident two lines") << "IDENT"
                                     << QByteArray("acme/rocket/1.2.3/20200101000000\nacme/x/1/20200101000000\n")
                                     << "IDENT: line 2";
    QTest::newRow("ident empty") << "IDENT" << QByteArray("\n") << "IDENT: the file is empty";
    QTest::newRow("target bad") << "TARGET" << QByteArray("x86_64\n") << "TARGET: “x86_64”";
    QTest::newRow("tdeps partial line 3")
        << "TDEPS" << QByteArray("core/a/1/20200101000000\ncore/b/1/20200101000000\ncore/c\n") << "TDEPS: line 3";
    QTest::newRow("deps garbage") << "DEPS" << QByteArray("not an ident\n") << "DEPS: line 1";
    QTest::newRow("exposes word") << "EXPOSES" << QByteArray("80 http\n") << "EXPOSES: line 1: “http” is not a port";
    QTest::newRow("exposes too big") << "EXPOSES" << QByteArray("70000\n") << "“70000” is not a port";
    QTest::newRow("exposes zero") << "EXPOSES" << QByteArray("0\n") << "“0” is not a port";
    QTest::newRow("exposes two lines") << "EXPOSES" << QByteArray("80\n443\n") << "EXPOSES: line 2";
    QTest::newRow("exports no =") << "EXPORTS" << QByteArray("port=server.port\nhost\n") << "EXPORTS: line 2";
    QTest::newRow("exports empty value") << "EXPORTS" << QByteArray("port=\n") << "EXPORTS: line 1";
    QTest::newRow("binds no exports") << "BINDS" << QByteArray("database=\n") << "BINDS: line 1";
    QTest::newRow("binds optional no =") << "BINDS_OPTIONAL" << QByteArray("a=b\ncache\n") << "BINDS_OPTIONAL: line 2";
    QTest::newRow("svc user colon") << "SVC_USER" << QByteArray("root:0\n") << "SVC_USER: “root:0” is not a user name";
    QTest::newRow("svc user two") << "SVC_USER" << QByteArray("hab\nroot\n") << "SVC_USER: line 2";
    QTest::newRow("svc group space") << "SVC_GROUP" << QByteArray("a b\n") << "SVC_GROUP";
    // What the image's /etc/passwd cannot hold is refused here, not at the end of an export.
    QTest::newRow("svc user dot") << "SVC_USER" << QByteArray("web.admin\n")
                                  << "SVC_USER: “web.admin” is not a user name";
    QTest::newRow("svc user upper case") << "SVC_USER" << QByteArray("Hab\n") << "SVC_USER: “Hab” is not a user name";
    QTest::newRow("svc user too long") << "SVC_USER" << QByteArray(33, 'a') + '\n' << "SVC_USER: “aaaaaaaaa";
    QTest::newRow("svc group digit first")
        << "SVC_GROUP" << QByteArray("1hab\n") << "SVC_GROUP: “1hab” is not a group name";
    QTest::newRow("signal") << "SHUTDOWN_SIGNAL" << QByteArray("TERM;rm\n") << "SHUTDOWN_SIGNAL";
    QTest::newRow("timeout") << "SHUTDOWN_TIMEOUT" << QByteArray("-1\n") << "SHUTDOWN_TIMEOUT: “-1”";
    QTest::newRow("package type") << "PACKAGE_TYPE" << QByteArray("composite\n") << "PACKAGE_TYPE";
    QTest::newRow("path two lines") << "PATH" << QByteArray("/a\n/b\n") << "PATH: line 2";
    QTest::newRow("path relative") << "PATH" << QByteArray("/a/bin:bin\n") << "PATH: line 1: “bin” is not an absolute";
    QTest::newRow("path command substitution")
        << "RUNTIME_PATH" << QByteArray("/a/bin:/b/$(reboot)\n") << "RUNTIME_PATH: line 1: “/b/$(reboot)”";
    QTest::newRow("path backtick") << "PATH" << QByteArray("/a`id`\n") << "PATH: line 1";
    QTest::newRow("path quote") << "PATH" << QByteArray("/a'b\n") << "PATH: line 1";
    QTest::newRow("path space") << "PATH" << QByteArray("/a b\n") << "PATH: line 1";
    QTest::newRow("path semicolon") << "PATH" << QByteArray("/a;b\n") << "PATH: line 1";
    QTest::newRow("not utf8") << "SVC_USER" << QByteArray("h\xff\xfe\n") << "SVC_USER: not UTF-8";
    QTest::newRow("control char") << "EXPORTS" << QByteArray("a=b\x01\n") << "EXPORTS: line 1: control character";
}

void tst_Metadata::badFiles()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, contents);
    QFETCH(QString, mentions);
    const auto m = parseWith(file, contents);
    QVERIFY(!m.ok());
    QVERIFY2(m.error().startsWith("a.hart: "), qPrintable(m.error()));
    QVERIFY2(m.error().contains(mentions), qPrintable(m.error()));
}

void tst_Metadata::sizeLimits()
{
    auto m = parseWith("TDEPS", QByteArray(PackageMetadata::MaxMetaFileSize + 1, '\n'));
    QVERIFY(!m.ok());
    QVERIFY2(m.error().contains("TDEPS") && m.error().contains("more than"), qPrintable(m.error()));
    m = parseWith("MANIFEST", QByteArray(PackageMetadata::MaxMetaFileSize + 1, 'x'));
    QVERIFY2(m.ok(), qPrintable(m.error()));
    QCOMPARE(m->manifest.size(), PackageMetadata::MaxMetaFileSize + 1);
}

void tst_Metadata::accountNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("hab") << "hab" << true;
    QTest::newRow("root") << "root" << true;
    QTest::newRow("underscore first") << "_apt" << true;
    QTest::newRow("dash and digits") << "www-data2" << true;
    QTest::newRow("machine account") << "host$" << true;
    QTest::newRow("32 characters") << QString(32, u'a') << true;
    QTest::newRow("33 characters") << QString(33, u'a') << false;
    QTest::newRow("upper case") << "Hab" << false;
    QTest::newRow("dot") << "web.admin" << false;
    QTest::newRow("digit first") << "1hab" << false;
    QTest::newRow("dash first") << "-hab" << false;
    QTest::newRow("colon") << "a:b" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_Metadata::accountNames()
{
    // One rule for SVC_USER/SVC_GROUP, the one /etc/passwd needs (RootfsLayout applies it too).
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(PackageMetadata::isValidAccountName(name), valid);
    if (name.isEmpty())
        return;
    for (const char* file : { "SVC_USER", "SVC_GROUP" }) {
        const auto m = parseWith(QString::fromLatin1(file), name.toUtf8() + '\n');
        QVERIFY2(m.ok() == valid, qPrintable(m.ok() ? name : m.error()));
    }
}

void tst_Metadata::hooksAreNamesOnly()
{
    QMap<QString, QByteArray> files;
    for (int i = 0; i < PackageMetadata::MaxHooks; ++i)
        QVERIFY(PackageMetadata::addHook(&files, QStringLiteral("hooks/h%1").arg(i), QStringLiteral("a.hart")).ok());
    QVERIFY(std::all_of(files.cbegin(), files.cend(), [](const QByteArray& contents) { return contents.isEmpty(); }));
    const Status tooMany = PackageMetadata::addHook(&files, QStringLiteral("hooks/run"), QStringLiteral("a.hart"));
    QVERIFY(!tooMany.ok());
    QVERIFY2(tooMany.error().startsWith("a.hart: more than 1024 files in hooks/"), qPrintable(tooMany.error()));

    QVERIFY(PackageMetadata::checkFileSize(
        QStringLiteral("a.hart"), QStringLiteral("TDEPS"), PackageMetadata::MaxMetaFileSize)
                .ok());
    const Status big = PackageMetadata::checkFileSize(
        QStringLiteral("a.hart"), QStringLiteral("TDEPS"), PackageMetadata::MaxMetaFileSize + 1);
    QVERIFY(!big.ok());
    QVERIFY2(big.error().startsWith("a.hart: TDEPS: ") && big.error().contains("more than"), qPrintable(big.error()));
}

void tst_Metadata::metadataFileNames()
{
    QVERIFY(PackageMetadata::isMetadataFile(u"IDENT"));
    QVERIFY(PackageMetadata::isMetadataFile(u"BINDS_OPTIONAL"));
    QVERIFY(PackageMetadata::isMetadataFile(u"default.toml"));
    QVERIFY(PackageMetadata::isMetadataFile(u"hooks/run"));
    QVERIFY(!PackageMetadata::isMetadataFile(u"hooks/"));
    QVERIFY(!PackageMetadata::isMetadataFile(u"hooks/a/b"));
    QVERIFY(!PackageMetadata::isMetadataFile(u"bin/IDENT"));
    QVERIFY(!PackageMetadata::isMetadataFile(u"FILES"));
    QCOMPARE(PackageMetadata::sizeLimit(u"MANIFEST"), PackageMetadata::MaxLargeMetaFileSize);
    QCOMPARE(PackageMetadata::sizeLimit(u"IDENT"), PackageMetadata::MaxMetaFileSize);
}

void tst_Metadata::identList()
{
    auto list = PackageMetadata::parseIdentList("a/b/1/20200101000000\n\nc/d/2/20200101000000", "TDEPS", "x");
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list->size(), 2);
    list = PackageMetadata::parseIdentList("a/b/1/20200101000000\n\nc/d/2\n", "TDEPS", "x");
    QVERIFY(!list.ok());
    QVERIFY2(list.error().startsWith("x: TDEPS: line 3: "), qPrintable(list.error()));
}

QTEST_GUILESS_MAIN(tst_Metadata)
#include "tst_metadata.moc"
