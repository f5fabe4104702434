// SPDX-License-Identifier: Apache-2.0
#include "package/packageident.h"
#include "package/packagetarget.h"

#include <QTest>

using namespace habmesos;

class tst_PackageIdent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void versionOrder_data();
    void versionOrder();
    void versionOrderIsTransitive();
    void identOrder();
    void satisfies();
    void names();
    void targets();
};

void tst_PackageIdent::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("fully");
    QTest::newRow("short") << "core/redis" << false;
    QTest::newRow("version") << "core/redis/4.0.14" << false;
    QTest::newRow("full") << "core/redis/4.0.14/20190319155852" << true;
    QTest::newRow("underscore origin") << "foo_bar/the_last__dj/1.0.0/20180701125610" << true;
    QTest::newRow("digit origin") << "0xdeadbeef/x" << false;
    QTest::newRow("upper name") << "acme/MyApp" << false;
    QTest::newRow("dashed version") << "acme/rocket_one/foo-bar/20180701125610" << true;
}

void tst_PackageIdent::parseValid()
{
    QFETCH(QString, text);
    QFETCH(bool, fully);
    const auto ident = PackageIdent::parse(text);
    QVERIFY2(ident.ok(), qPrintable(ident.error()));
    QCOMPARE(ident->toString(), text);
    QCOMPARE(ident->isFullyQualified(), fully);
}

void tst_PackageIdent::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("one part") << "redis"
                              << "origin/name";
    QTest::newRow("five parts") << "a/b/1/20190319155852/x"
                                << "origin/name";
    QTest::newRow("upper origin") << "Core/redis"
                                  << "invalid origin";
    QTest::newRow("origin leading dash") << "-core/redis"
                                         << "invalid origin";
    QTest::newRow("origin with space") << "co re/redis"
                                       << "invalid origin";
    QTest::newRow("empty name") << "core/"
                                << "invalid package name";
    QTest::newRow("dotted name") << "acme/rocket.one"
                                 << "invalid package name";
    QTest::newRow("percent name") << "acme/rocket%one"
                                  << "invalid package name";
    QTest::newRow("empty version") << "core/redis//20190319155852"
                                   << "invalid version";
    QTest::newRow("short release") << "core/redis/1.0/2019"
                                   << "invalid release";
    QTest::newRow("letters release") << "core/redis/1.0/2019031915585x"
                                     << "invalid release";
    QTest::newRow("empty") << ""
                           << "origin/name";
}

void tst_PackageIdent::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto ident = PackageIdent::parse(text);
    QVERIFY(!ident.ok());
    QVERIFY2(ident.error().contains(mentions), qPrintable(ident.error()));
}

void tst_PackageIdent::versionOrder_data()
{
    // The cases of Habitat's own version_sort tests, plus the fallbacks it documents.
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("1.0<2.0") << "1.0"
                             << "2.0" << -1;
    QTest::newRow("1.0.0<2.0.0") << "1.0.0"
                                 << "2.0.0" << -1;
    QTest::newRow("2.0.1>2.0.0") << "2.0.1"
                                 << "2.0.0" << 1;
    QTest::newRow("equal") << "2.1.1"
                           << "2.1.1" << 0;
    QTest::newRow("four parts") << "2.1.1.4"
                                << "2.1.1.5" << -1;
    QTest::newRow("release-like") << "20150521131347"
                                  << "20150521131346" << 1;
    QTest::newRow("numeric not text") << "1.10.0"
                                      << "1.9.0" << 1;
    QTest::newRow("missing part is 0") << "1.0"
                                       << "1.0.0" << 0;
    QTest::newRow("alpha2>alpha1") << "1.0.0-alpha2"
                                   << "1.0.0-alpha1" << 1;
    QTest::newRow("beta1>alpha1000") << "1.0.0-beta1"
                                     << "1.0.0-alpha1000" << 1;
    QTest::newRow("plain beats extension") << "2.1.1"
                                           << "2.1.1-alpha2" << 1;
    QTest::newRow("extension below plain") << "2.1.1-alpha2"
                                           << "2.1.1" << -1;
    QTest::newRow("rc") << "2.1.1-alpha2"
                        << "3.2.0-rc.0" << -1;
    QTest::newRow("letter suffix") << "2016i"
                                   << "2016j" << -1;
    QTest::newRow("non-numeric falls back to text") << "random"
                                                    << "undefined" << -1;
    // Below every numeric version, whatever the text says: the order stays transitive.
    QTest::newRow("non-numeric below numeric") << "master"
                                               << "1.0" << -1;
    QTest::newRow("unreadable number below numeric") << "5.."
                                                     << "10" << -1;
}

void tst_PackageIdent::versionOrder()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const auto c = PackageIdent::compareVersions(a, b);
    QCOMPARE(c < 0 ? -1 : c > 0 ? 1 : 0, expected);
    const auto r = PackageIdent::compareVersions(b, a);
    QCOMPARE(r < 0 ? -1 : r > 0 ? 1 : 0, -expected);
}

void tst_PackageIdent::versionOrderIsTransitive()
{
    // Found by tests/fuzz/fuzz_packageident: comparing a pair as text as soon as one version was not
    // numeric made "10" > "9" but "10" < "5.." < "9", so the newest of a package's versions
    // depended on the order they were looked at.
    const QStringList versions = { QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("5.."),
        QStringLiteral("1.0"), QStringLiteral("1.0/20200101re/redis"), QStringLiteral("Cor)e/redis"),
        QStringLiteral("abc"), QStringLiteral("2.0-rc1"), QStringLiteral("99999999999999999999") };
    for (const QString& a : versions) {
        for (const QString& b : versions) {
            for (const QString& c : versions) {
                if (PackageIdent::compareVersions(a, b) <= 0 && PackageIdent::compareVersions(b, c) <= 0)
                    QVERIFY2(PackageIdent::compareVersions(a, c) <= 0, qPrintable(a + u' ' + b + u' ' + c));
            }
        }
    }
    QList<PackageIdent> idents;
    for (const char* v : { "5..", "10", "abc", "9" })
        idents.append(PackageIdent(
            QStringLiteral("acme"), QStringLiteral("x"), QString::fromLatin1(v), QStringLiteral("20200101000000")));
    std::sort(idents.begin(), idents.end());
    QStringList order;
    for (const PackageIdent& i : idents)
        order.append(i.version());
    QCOMPARE(order,
        QStringList({ QStringLiteral("5.."), QStringLiteral("abc"), QStringLiteral("9"), QStringLiteral("10") }));
}

void tst_PackageIdent::identOrder()
{
    QList<PackageIdent> idents;
    for (const char* s : { "core/redis/4.0.9/20190101000000", "core/redis/4.0.14/20180101000000",
             "core/redis/4.0.14/20190101000000", "core/redis/4.0.14-rc1/20200101000000" })
        idents.append(PackageIdent::parse(QString::fromLatin1(s)).value());
    std::sort(idents.begin(), idents.end());
    QCOMPARE(idents.last().toString(), QStringLiteral("core/redis/4.0.14/20190101000000"));
    QCOMPARE(idents.first().toString(), QStringLiteral("core/redis/4.0.9/20190101000000"));
    QCOMPARE(idents[1].toString(), QStringLiteral("core/redis/4.0.14-rc1/20200101000000"));
}

void tst_PackageIdent::satisfies()
{
    const auto full = PackageIdent::parse(u"acme/rocket/1.2.3/20180710122645").value();
    QVERIFY(full.satisfies(PackageIdent::parse(u"acme/rocket").value()));
    QVERIFY(full.satisfies(PackageIdent::parse(u"acme/rocket/1.2.3").value()));
    QVERIFY(full.satisfies(full));
    QVERIFY(!full.satisfies(PackageIdent::parse(u"acme/rocket/1.2.4").value()));
    QVERIFY(!full.satisfies(PackageIdent::parse(u"acme/rocket/1.2.3/20180710122646").value()));
    QVERIFY(!full.satisfies(PackageIdent::parse(u"other/rocket").value()));
}

void tst_PackageIdent::names()
{
    const auto ident = PackageIdent::parse(u"tom-petty/the_last__dj/1.0.0/20180701125610").value();
    QCOMPARE(ident.archiveStem(), QStringLiteral("tom-petty-the_last__dj-1.0.0-20180701125610"));
    QCOMPARE(ident.installPath(), QStringLiteral("hab/pkgs/tom-petty/the_last__dj/1.0.0/20180701125610"));
    QCOMPARE(ident.shortName(), QStringLiteral("tom-petty/the_last__dj"));
}

void tst_PackageIdent::targets()
{
    QVERIFY(PackageTarget::isWellFormed(u"x86_64-linux"));
    QVERIFY(PackageTarget::isWellFormed(u"x86_64-linux-kernel2"));
    QVERIFY(!PackageTarget::isWellFormed(u"x86_64"));
    QVERIFY(!PackageTarget::isWellFormed(u"X86-linux"));
    QVERIFY(!PackageTarget::isWellFormed(u"a-b-c-d"));
    QVERIFY(PackageTarget::isKnown(u"aarch64-linux"));
    QVERIFY(!PackageTarget::isKnown(u"riscv64-linux"));
    QVERIFY(PackageTarget::isLinux(u"x86_64-linux-kernel2"));
    QVERIFY(!PackageTarget::isLinux(u"x86_64-windows"));
}

QTEST_GUILESS_MAIN(tst_PackageIdent)
#include "tst_packageident.moc"
