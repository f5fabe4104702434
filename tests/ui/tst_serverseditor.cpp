// SPDX-License-Identifier: Apache-2.0
// The Marathon servers editor: adding, changing and removing servers, its checks, and that a
// password typed into a URL is dropped before the settings see it.
#include "marathon/marathonstub.h"
#include "support/testwait.h"
#include "ui/serverseditor.h"
#include "ui/settings.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;

class tst_ServersEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void problems();
    void addEditRemove();
    void passwordInUrlDropped();
    void typedTextKeptWhenSwitchingRows();
    void testConnection();
};

void tst_ServersEditor::problems()
{
    MarathonServer a { QStringLiteral("prod"), QUrl(QStringLiteral("https://m.example.com:8443")),
        MarathonServer::Auth::Basic, QStringLiteral("ops"), {} };
    QCOMPARE(ServersEditorDialog::problem({ a }), QString());
    MarathonServer noUser = a;
    noUser.userName.clear();
    QVERIFY(ServersEditorDialog::problem({ noUser }).contains(QLatin1String("user name")));
    MarathonServer token = noUser;
    token.auth = MarathonServer::Auth::DcosToken;
    QCOMPARE(ServersEditorDialog::problem({ token }), QString());
    QVERIFY(ServersEditorDialog::problem({ a, a }).contains(QLatin1String("twice")));
    MarathonServer ftp = a;
    ftp.url = QUrl(QStringLiteral("ftp://m.example.com"));
    QVERIFY(ServersEditorDialog::problem({ ftp }).contains(QLatin1String("http")));
    MarathonServer unnamed = a;
    unnamed.name = QStringLiteral("  ");
    QVERIFY(!ServersEditorDialog::problem({ unnamed }).isEmpty());
}

void tst_ServersEditor::addEditRemove()
{
    MarathonServer first { QStringLiteral("one"), QUrl(QStringLiteral("http://one:8080")), MarathonServer::Auth::None,
        {}, {} };
    ServersEditorDialog dialog({ first });
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("url"));
    auto* auth = dialog.findChild<QComboBox*>(QStringLiteral("auth"));
    auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("user"));
    auto* add = dialog.findChild<QPushButton*>(QStringLiteral("add"));
    auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("remove"));
    QVERIFY(name && url && auth && user && add && remove);
    QCOMPARE(name->text(), QStringLiteral("one"));

    add->click();
    name->clear();
    QTest::keyClicks(name, QStringLiteral("two"));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://two.example.com/service/marathon/"));
    auth->setCurrentIndex(auth->findData(int(MarathonServer::Auth::DcosLogin)));
    QVERIFY(user->isEnabled());
    QTest::keyClicks(user, QStringLiteral("alice"));
    if (const QString shots = qEnvironmentVariable("HABMESOS_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/serverseditor.png")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<MarathonServer> servers = dialog.servers();
    QCOMPARE(servers.size(), 2);
    QCOMPARE(servers[0], first);
    QCOMPARE(servers[1].name, QStringLiteral("two"));
    QCOMPARE(servers[1].url, QUrl(QStringLiteral("https://two.example.com/service/marathon")));
    QCOMPARE(servers[1].auth, MarathonServer::Auth::DcosLogin);
    QCOMPARE(servers[1].userName, QStringLiteral("alice"));

    ServersEditorDialog again(servers);
    again.findChild<QPushButton*>(QStringLiteral("remove"))->click();
    again.accept();
    QCOMPARE(again.servers().size(), 1);
    QCOMPARE(again.servers().first().name, QStringLiteral("two"));
}

void tst_ServersEditor::passwordInUrlDropped()
{
    ServersEditorDialog dialog({});
    dialog.findChild<QPushButton*>(QStringLiteral("add"))->click();
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("url"));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://ops:hunter2-secret@marathon.example.com:8080"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.servers().first().url, QUrl(QStringLiteral("http://marathon.example.com:8080")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("habmesos.conf"));
    {
        Settings settings(path);
        settings.setMarathonServers(dialog.servers());
        QVERIFY(settings.sync().ok());
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("marathon.example.com"));
    QVERIFY(!text.contains("hunter2"));

    // An invalid list is not accepted; the problem is shown.
    ServersEditorDialog bad({});
    bad.findChild<QPushButton*>(QStringLiteral("add"))->click();
    bad.findChild<QLineEdit*>(QStringLiteral("url"))->clear();
    QTest::keyClicks(bad.findChild<QLineEdit*>(QStringLiteral("url")), QStringLiteral("marathon:8080"));
    bad.accept();
    QVERIFY(bad.result() != int(QDialog::Accepted));
    QVERIFY(!bad.findChild<QLabel*>(QStringLiteral("problem"))->text().isEmpty());
}

void tst_ServersEditor::typedTextKeptWhenSwitchingRows()
{
    MarathonServer one { QStringLiteral("one"), QUrl(QStringLiteral("http://one:8080")), MarathonServer::Auth::None, {},
        {} };
    MarathonServer two { QStringLiteral("two"), QUrl(QStringLiteral("http://two:8080")), MarathonServer::Auth::None, {},
        {} };
    ServersEditorDialog dialog({ one, two });
    auto* list = dialog.findChild<QListWidget*>();
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("url"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
    QVERIFY(list && url && name);
    // Half typed, and not a URL yet (a space in the host).
    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://marathon one"));
    QTest::keyClicks(name, QStringLiteral(" prod"));
    list->setCurrentRow(1);
    QCOMPARE(url->text(), QStringLiteral("http://two:8080"));
    list->setCurrentRow(0);
    QCOMPARE(url->text(), QStringLiteral("http://marathon one"));
    QCOMPARE(name->text(), QStringLiteral("one prod"));
}

void tst_ServersEditor::testConnection()
{
    test::MarathonStub stub;
    QVERIFY2(stub.start(), qPrintable(stub.errorText()));
    MarathonServer server { QStringLiteral("stub"), stub.url(), MarathonServer::Auth::None, {}, {} };
    ServersEditorDialog dialog({ server });
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("testConnection"));
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("url"));
    QVERIFY(button && url);
    QSignalSpy tested(&dialog, &ServersEditorDialog::connectionTested);
    button->click();
    QVERIFY(tested.wait(test::WaitMs));
    QVERIFY2(tested.first().first().toBool(), qPrintable(dialog.testResult()));
    QCOMPARE(
        dialog.testResult(), QStringLiteral("Marathon 1.10.26 answers; the leader is 127.0.0.1:%1.").arg(stub.port()));

    // https:// against the plain HTTP stand-in: said so, not "give a CA file".
    QString https = stub.url().toString();
    https.replace(QLatin1String("http://"), QLatin1String("https://"));
    url->clear();
    QTest::keyClicks(url, https);
    button->click();
    QVERIFY(tested.wait(test::WaitMs));
    QVERIFY(!tested.last().first().toBool());
    QVERIFY2(dialog.testResult().contains(QLatin1String("does not speak TLS")), qPrintable(dialog.testResult()));
    QVERIFY2(dialog.testResult().contains(QLatin1String("http://")), qPrintable(dialog.testResult()));
    QVERIFY2(!dialog.testResult().contains(QLatin1String("CA")), qPrintable(dialog.testResult()));

    // Nothing listens: the clear error.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:%1").arg(port));
    button->click();
    QVERIFY(tested.wait(test::WaitMs));
    QVERIFY(!tested.last().first().toBool());
    QVERIFY2(dialog.testResult().contains(QLatin1String("refused")), qPrintable(dialog.testResult()));
}

QTEST_MAIN(tst_ServersEditor)
#include "tst_serverseditor.moc"
