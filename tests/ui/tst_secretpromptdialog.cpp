// SPDX-License-Identifier: Apache-2.0
#include "ui/secretpromptdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace habmesos;

namespace {

MarathonServer server(MarathonServer::Auth auth)
{
    return MarathonServer { QStringLiteral("staging"), QUrl(QStringLiteral("https://bob:old@marathon.example.com/")),
        auth, QStringLiteral("alice"), {} };
}

} // namespace

class tst_SecretPromptDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwordWithKeyring();
    void tokenWithoutKeyring();
};

void tst_SecretPromptDialog::passwordWithKeyring()
{
    SecretPromptDialog dialog(server(MarathonServer::Auth::Basic), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* edit = dialog.findChild<QLineEdit*>();
    QVERIFY(edit);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());

    // The prompt names the user and the server, never the password typed into the URL.
    const QString prompt = dialog.findChildren<QLabel*>().first()->text();
    QVERIFY2(
        prompt.contains(QStringLiteral("alice")) && prompt.contains(QStringLiteral("https://marathon.example.com")),
        qPrintable(prompt));
    QVERIFY(!prompt.contains(QStringLiteral("old")));

    QTest::keyClicks(edit, QStringLiteral("s3cret"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.secret(), QStringLiteral("s3cret"));
    auto* remember = dialog.findChild<QCheckBox*>();
    QVERIFY(remember->isVisible());
    QVERIFY(dialog.remember());
    remember->setChecked(false);
    QVERIFY(!dialog.remember());
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_SecretPromptDialog::tokenWithoutKeyring()
{
    SecretPromptDialog dialog(server(MarathonServer::Auth::DcosToken), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("Token")));
    // No keyring: no "remember" choice, and a plain statement of what happens instead.
    QVERIFY(!dialog.findChild<QCheckBox*>()->isVisible());
    bool noteShown = false;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        noteShown |= label->isVisible() && label->text().contains(QStringLiteral("never written to disk"));
    QVERIFY(noteShown);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(), QStringLiteral("eyJhbGciOi"));
    QVERIFY(!dialog.remember());
    QCOMPARE(dialog.secret(), QStringLiteral("eyJhbGciOi"));
}

QTEST_MAIN(tst_SecretPromptDialog)
#include "tst_secretpromptdialog.moc"
