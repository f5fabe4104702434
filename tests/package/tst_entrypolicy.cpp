// SPDX-License-Identifier: Apache-2.0
// EntryPolicy on its own: the member rules, fed directly (names a tar writer would not produce).
#include "package/entrypolicy.h"

#include <QTest>

using namespace habmesos;
using K = EntryPolicy::Member::Kind;

namespace {

const QByteArray P = "hab/pkgs/acme/rocket/1.0.0/20200101000000";

EntryPolicy::Member member(const QByteArray& name, K kind = K::File, const QByteArray& target = {}, qint64 size = 0)
{
    EntryPolicy::Member m;
    m.name = name;
    m.kind = kind;
    m.linkTarget = target;
    m.size = size;
    m.mode = kind == K::Directory ? 0755 : 0644;
    return m;
}

} // namespace

class tst_EntryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void prefixLearntFromFirstFullPath();
    void deferredLinks();
    void normalisedNames();
};

void tst_EntryPolicy::accepted_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("file") << P + "/bin/x" << int(K::File) << QByteArray();
    QTest::newRow("dot slash") << "./" + P + "/bin/y" << int(K::File) << QByteArray();
    QTest::newRow("utf8") << P + "/share/caf\xc3\xa9" << int(K::File) << QByteArray();
    QTest::newRow("link up to prefix") << P + "/a/b/c" << int(K::Symlink) << QByteArray("../../x");
    QTest::newRow("link to prefix itself") << P + "/a/self" << int(K::Symlink) << QByteArray("..");
    QTest::newRow("link trailing slash") << P + "/d" << int(K::Symlink) << QByteArray("lib/");
    QTest::newRow("link absolute own") << P + "/e" << int(K::Symlink) << "/" + P + "/bin";
    QTest::newRow("link absolute other") << P + "/f" << int(K::Symlink)
                                         << QByteArray("/hab/pkgs/core/glibc/2.22/20160612063629/lib/libc.so.6");
}

void tst_EntryPolicy::accepted()
{
    QFETCH(QByteArray, name);
    QFETCH(int, kind);
    QFETCH(QByteArray, target);
    EntryPolicy policy("t.hart");
    QVERIFY(policy.check(member(P + "/", K::Directory)).ok());
    const auto e = policy.check(member(name, K(kind), target));
    QVERIFY2(e.ok(), qPrintable(e.error()));
    QVERIFY(!e->path.startsWith("./"));
}

void tst_EntryPolicy::refused_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("what");
    QTest::newRow("empty") << QByteArray() << int(K::File) << QByteArray() << "empty name";
    QTest::newRow("just dot slash") << QByteArray("./") << int(K::File) << QByteArray() << "empty name";
    QTest::newRow("double slash") << P + "//x" << int(K::File) << QByteArray() << "empty path component";
    QTest::newRow("invalid utf8") << P + "/\xff\xfe" << int(K::File) << QByteArray() << "not valid UTF-8";
    QTest::newRow("nul") << P + QByteArray("/a\0b", 4) << int(K::File) << QByteArray() << "control characters";
    QTest::newRow("newline") << P + "/a\nb" << int(K::File) << QByteArray() << "control characters";
    QTest::newRow("long component") << P + "/" + QByteArray(256, 'a') << int(K::File) << QByteArray()
                                    << "longer than 255 bytes";
    QTest::newRow("two dot slashes") << "././" + P + "/x" << int(K::File) << QByteArray() << "“.” component";
    QTest::newRow("socket") << P + "/s" << int(K::Socket) << QByteArray() << "a socket";
    QTest::newRow("unknown type") << P + "/u" << int(K::Unknown) << QByteArray() << "unknown type";
    QTest::newRow("symlink empty") << P + "/l" << int(K::Symlink) << QByteArray() << "without a target";
    QTest::newRow("symlink control") << P + "/l" << int(K::Symlink) << QByteArray("a\x1b") << "not clean UTF-8";
    QTest::newRow("symlink above prefix")
        << P + "/l" << int(K::Symlink) << QByteArray("../r2/x") << "points outside the package prefix";
    QTest::newRow("symlink to other short")
        << P + "/l" << int(K::Symlink) << QByteArray("/hab/pkgs/core/glibc") << "points outside the package";
    QTest::newRow("symlink invalid other")
        << P + "/l" << int(K::Symlink) << QByteArray("/hab/pkgs/core/glibc/2.22/notarelease/lib")
        << "points outside the package";
    QTest::newRow("hardlink to prefix") << P + "/h" << int(K::Hardlink) << P << "outside the package prefix";
}

void tst_EntryPolicy::refused()
{
    QFETCH(QByteArray, name);
    QFETCH(int, kind);
    QFETCH(QByteArray, target);
    QFETCH(QString, what);
    EntryPolicy policy("t.hart");
    QVERIFY(policy.check(member(P + "/", K::Directory)).ok());
    const auto e = policy.check(member(name, K(kind), target));
    QVERIFY(!e.ok());
    QVERIFY2(e.error().startsWith("t.hart: member “"), qPrintable(e.error()));
    QVERIFY2(e.error().contains(what), qPrintable(e.error()));
    QVERIFY2(!e.error().contains('\n') && !e.error().contains(QChar(0x1b)), qPrintable(e.error()));
}

void tst_EntryPolicy::prefixLearntFromFirstFullPath()
{
    EntryPolicy policy("t.hart");
    QVERIFY(!policy.hasPrefix());
    QVERIFY(policy.check(member("hab/", K::Directory)).ok());
    QVERIFY(policy.check(member("hab/pkgs/acme/", K::Directory)).ok());
    QVERIFY(!policy.hasPrefix());
    QVERIFY(policy.check(member(P + "/bin/x")).ok()); // a file deep inside teaches the prefix too
    QVERIFY(policy.hasPrefix());
    QCOMPARE(policy.prefixPath(), QString::fromLatin1(P));
    QCOMPARE(policy.prefixIdent().toString(), QStringLiteral("acme/rocket/1.0.0/20200101000000"));
    QVERIFY(policy.check(member("hab/pkgs/acme/rocket/", K::Directory)).ok()); // parent after the fact
    const auto other = policy.check(member("hab/pkgs/acme/other/", K::Directory));
    QVERIFY(!other.ok());
    QVERIFY2(other.error().contains("outside the package prefix"), qPrintable(other.error()));
    QCOMPARE(policy.entryCount(), 5);
}

void tst_EntryPolicy::deferredLinks()
{
    EntryPolicy policy("t.hart");
    QVERIFY(policy.check(member(P + "/", K::Directory)).ok());
    QVERIFY(policy.check(member(P + "/a", K::Symlink, "/hab/pkgs/core/a/1/20200101000000/x")).ok());
    QVERIFY(policy.check(member(P + "/b", K::Symlink, "/hab/pkgs/core/b/1/20200101000000")).ok());
    const auto a = PackageIdent::parse(u"core/a/1/20200101000000").value();
    const auto b = PackageIdent::parse(u"core/b/1/20200101000000").value();
    QVERIFY(policy.finish({ a, b }).ok());
    const auto missing = policy.finish({ a });
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(QString::fromUtf8(P + "/b”")) && missing.error().contains("hab/pkgs/core/b/1/20200101000000"),
        qPrintable(missing.error()));
    QVERIFY(!policy.finish({}).ok());
}

void tst_EntryPolicy::normalisedNames()
{
    EntryPolicy policy("t.hart");
    auto d = policy.check(member("./" + P + "/", K::Directory));
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QCOMPARE(d->path, QString::fromLatin1(P));
    QVERIFY(policy.check(member(P + "/f", K::File, {}, 10)).ok());
    auto h = policy.check(member(P + "/g", K::Hardlink, "./" + P + "/f"));
    QVERIFY2(h.ok(), qPrintable(h.error()));
    QCOMPARE(h->linkTarget, QString::fromLatin1(P + "/f"));
    QCOMPARE(h->size, 0);
    QCOMPARE(policy.totalFileSize(), 10);
    // Same path spelt with "./" is the same member.
    const auto twice = policy.check(member("./" + P + "/f"));
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().contains("appears twice"), qPrintable(twice.error()));
}

QTEST_GUILESS_MAIN(tst_EntryPolicy)
#include "tst_entrypolicy.moc"
