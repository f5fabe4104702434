// SPDX-License-Identifier: Apache-2.0
#include "export/rootfslayout.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;

namespace {

PackageIdent ident(const char* s)
{
    return PackageIdent::parse(QString::fromLatin1(s)).value();
}

RootfsLayout::Inputs inputs()
{
    RootfsLayout::Inputs in;
    in.service = ident("demo/webapp/1.2.3/20240101120000");
    in.svcUser = QStringLiteral("hab");
    in.svcGroup = QStringLiteral("hab");
    in.busybox = ident("core/busybox-static/1.35.0/20240101120000");
    in.busyboxBins = { QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("bash") };
    in.hab = ident("core/hab/1.6.1245/20240101120000");
    in.sup = ident("core/hab-sup/1.6.1245/20240101120000");
    in.launcher = ident("core/hab-launcher/17797/20240101120000");
    in.cacerts = ident("core/cacerts/2024.01.01/20240101120000");
    in.pathOrder = {
        { in.service, { QStringLiteral("/hab/pkgs/demo/webapp/1.2.3/20240101120000/bin") } },
        { in.busybox, { QStringLiteral("/hab/pkgs/core/busybox-static/1.35.0/20240101120000/bin") } },
        { in.hab, { QStringLiteral("/hab/pkgs/core/hab/1.6.1245/20240101120000/bin") } },
        { in.sup,
            { QStringLiteral("/hab/pkgs/core/busybox-static/1.35.0/20240101120000/bin") } }, // duplicate on purpose
    };
    in.publicKeys = { { QStringLiteral("demo-20231231000000"), QByteArray("SIG-PUB-1\ndemo-20231231000000\n\nxx") } };
    return in;
}

const RootfsLayout::Item* find(const QList<RootfsLayout::Item>& items, const QString& path)
{
    for (const auto& item : items) {
        if (item.path == path)
            return &item;
    }
    return nullptr;
}

} // namespace

class tst_RootfsLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layout();
    void accounts_data();
    void accounts();
    void refusesBadNames_data();
    void refusesBadNames();
    void initScriptParsesAndDispatches();
};

void tst_RootfsLayout::layout()
{
    const auto items = RootfsLayout::build(inputs());
    QVERIFY2(items.ok(), qPrintable(items.error()));
    struct Expect
    {
        const char* path;
        RootfsLayout::Item::Type type;
        quint32 mode;
    };
    using T = RootfsLayout::Item::Type;
    for (const Expect& e : { Expect { "tmp", T::Directory, 01777 }, Expect { "var/tmp", T::Directory, 01777 },
             Expect { "root", T::Directory, 0750 }, Expect { "dev", T::Directory, 0755 },
             Expect { "proc", T::Directory, 0755 }, Expect { "sys", T::Directory, 0755 },
             Expect { "init.sh", T::File, 0755 }, Expect { ".hab_pkg", T::File, 0644 },
             Expect { "etc/passwd", T::File, 0644 }, Expect { "etc/group", T::File, 0644 },
             Expect { "etc/nsswitch.conf", T::File, 0644 }, Expect { "bin/sh", T::Symlink, 0777 },
             Expect { "bin/bash", T::Symlink, 0777 }, Expect { "hab/bin/hab", T::Symlink, 0777 },
             Expect { "hab/cache/keys/demo-20231231000000.pub", T::File, 0444 },
             Expect { ".habmesos", T::Directory, 0755 }, Expect { ".habmesos/busybox", T::Symlink, 0777 } }) {
        const auto* item = find(items.value(), QString::fromLatin1(e.path));
        QVERIFY2(item, e.path);
        QCOMPARE(item->type, e.type);
        QCOMPARE(item->mode, e.mode);
    }
    QCOMPARE(find(items.value(), "bin/sh")->linkTarget,
        QStringLiteral("/hab/pkgs/core/busybox-static/1.35.0/20240101120000/bin/sh"));
    // Relative: the Marathon command runs it in the sandbox, outside the chroot.
    QCOMPARE(find(items.value(), ".habmesos/busybox")->linkTarget,
        QStringLiteral("../hab/pkgs/core/busybox-static/1.35.0/20240101120000/bin/busybox"));
    QCOMPARE(find(items.value(), "hab/bin/hab")->linkTarget,
        QStringLiteral("/hab/pkgs/core/hab/1.6.1245/20240101120000/bin/hab"));
    QCOMPARE(find(items.value(), "etc/ssl")->linkTarget,
        QStringLiteral("/hab/pkgs/core/cacerts/2024.01.01/20240101120000/ssl"));
    QCOMPARE(find(items.value(), ".hab_pkg")->contents, QByteArray("demo/webapp/1.2.3/20240101120000\n"));
    // Sorted, so the tarball is reproducible.
    for (qsizetype i = 1; i < items->size(); ++i)
        QVERIFY(items->at(i - 1).path < items->at(i).path);
    // PATH: package order, duplicates dropped, /hab/bin and /bin last.
    QCOMPARE(RootfsLayout::searchPath(inputs()),
        QStringLiteral("/hab/pkgs/demo/webapp/1.2.3/20240101120000/bin:"
                       "/hab/pkgs/core/busybox-static/1.35.0/20240101120000/bin:"
                       "/hab/pkgs/core/hab/1.6.1245/20240101120000/bin:/hab/bin:/bin"));
}

void tst_RootfsLayout::accounts_data()
{
    // The cases of Habitat's container exporter (svc_users_and_groups).
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("users");
    QTest::addColumn<QStringList>("groups");
    QTest::newRow("hab/hab") << "hab"
                             << "hab" << QStringList { "hab:x:42:42:hab User:/:/bin/false" }
                             << QStringList { "hab:x:42:hab" };
    QTest::newRow("default") << ""
                             << "" << QStringList { "hab:x:42:42:hab User:/:/bin/false" }
                             << QStringList { "hab:x:42:hab" };
    QTest::newRow("root/root") << "root"
                               << "root" << QStringList { "hab:x:84:84:hab User:/:/bin/false" }
                               << QStringList { "hab:x:84:hab" };
    QTest::newRow("root/hab") << "root"
                              << "hab" << QStringList { "hab:x:84:42:hab User:/:/bin/false" }
                              << QStringList { "hab:x:42:hab" };
    QTest::newRow("root/www") << "root"
                              << "www" << QStringList { "hab:x:84:84:hab User:/:/bin/false" }
                              << QStringList { "www:x:42:", "hab:x:84:hab" };
    QTest::newRow("hab/root") << "hab"
                              << "root" << QStringList { "hab:x:42:84:hab User:/:/bin/false" }
                              << QStringList { "hab:x:84:hab" };
    QTest::newRow("hab/www") << "hab"
                             << "www" << QStringList { "hab:x:42:42:hab User:/:/bin/false" }
                             << QStringList { "www:x:42:hab" };
    QTest::newRow("nginx/www") << "nginx"
                               << "www"
                               << QStringList { "nginx:x:42:42:nginx User:/:/bin/false",
                                      "hab:x:84:84:hab User:/:/bin/false" }
                               << QStringList { "www:x:42:nginx", "hab:x:84:hab" };
}

void tst_RootfsLayout::accounts()
{
    QFETCH(QString, user);
    QFETCH(QString, group);
    QFETCH(QStringList, users);
    QFETCH(QStringList, groups);
    const QStringList passwd = QString::fromUtf8(RootfsLayout::passwd(user, group)).split(u'\n', Qt::SkipEmptyParts);
    const QStringList grp = QString::fromUtf8(RootfsLayout::group(user, group)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(passwd.first(), QStringLiteral("root:x:0:0:root:/root:/bin/sh"));
    QCOMPARE(passwd.mid(passwd.size() - users.size()), users);
    QCOMPARE(grp.mid(grp.size() - groups.size()), groups);
    // Every line has the seven (passwd) and four (group) fields.
    for (const QString& line : passwd)
        QCOMPARE(line.count(u':'), 6);
    for (const QString& line : grp)
        QCOMPARE(line.count(u':'), 3);
}

void tst_RootfsLayout::refusesBadNames_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("applet");
    QTest::newRow("colon in user") << "evil:x:0:0"
                                   << "sh";
    QTest::newRow("newline in user") << "a\nroot::0:0::/:/bin/sh"
                                     << "sh";
    QTest::newRow("applet with slash") << "hab"
                                       << "../../etc/passwd";
    QTest::newRow("applet dotdot") << "hab"
                                   << "..";
}

void tst_RootfsLayout::refusesBadNames()
{
    QFETCH(QString, user);
    QFETCH(QString, applet);
    auto in = inputs();
    in.svcUser = user;
    in.busyboxBins = { applet };
    const auto items = RootfsLayout::build(in);
    QVERIFY(!items.ok());
    QVERIFY(!items.error().isEmpty());
}

void tst_RootfsLayout::initScriptParsesAndDispatches()
{
    // Run the script with busybox's sh, `hab` replaced by a function that records its arguments:
    // the dispatch must hand the package and the environment to `hab sup run`.
    const QString busybox = QStandardPaths::findExecutable(QStringLiteral("busybox"));
    if (busybox.isEmpty())
        QSKIP("busybox is not installed");
    QTemporaryDir dir;
    const QByteArray script = RootfsLayout::initScript(inputs());
    QVERIFY(script.startsWith("#!/hab/pkgs/core/busybox-static/1.35.0/20240101120000/bin/sh\n"));
    // POSIX shells don't let a function shadow the special builtin exec, so the recording
    // function is called in its place.
    const QByteArray body = script.mid(script.indexOf('\n') + 1).replace("exec hab ", "hab ");
    QCOMPARE(script.count("exec hab sup"), 5);
    auto run = [&](const QStringList& args) {
        QFile f(dir.filePath("t.sh"));
        f.open(QIODevice::WriteOnly);
        f.write("hab() { echo \"hab $* PATH=$PATH LAUNCH=$HAB_LAUNCH_BINARY SUP=$HAB_SUP_BINARY X=$X\"; }\n");
        f.write(body);
        f.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("X"), QStringLiteral("passed-through"));
        p.setProcessEnvironment(env);
        p.start(busybox, QStringList { QStringLiteral("sh"), dir.filePath("t.sh") } + args);
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    };
    const QString plain = run({});
    QVERIFY2(plain.startsWith("hab sup run demo/webapp PATH=/hab/pkgs/demo/webapp/1.2.3/20240101120000/bin:"),
        qPrintable(plain));
    QVERIFY2(
        plain.contains("LAUNCH=/hab/pkgs/core/hab-launcher/17797/20240101120000/bin/hab-launch"), qPrintable(plain));
    QVERIFY2(plain.contains("SUP=/hab/pkgs/core/hab-sup/1.6.1245/20240101120000/bin/hab-sup"), qPrintable(plain));
    QVERIFY2(plain.endsWith("X=passed-through"), qPrintable(plain));
    QVERIFY2(run({ QStringLiteral("--peer"), QStringLiteral("10.0.0.1") })
                 .startsWith("hab sup run demo/webapp --peer 10.0.0.1"),
        "options go to hab sup run");
    QVERIFY(run({ QStringLiteral("run"), QStringLiteral("demo/webapp") }).startsWith("hab sup run demo/webapp PATH="));
    QVERIFY(run({ QStringLiteral("--version") }).startsWith("hab sup --version"));
}

QTEST_GUILESS_MAIN(tst_RootfsLayout)
#include "tst_rootfslayout.moc"
