// SPDX-License-Identifier: Apache-2.0
#include "cli/inspectcommand.h"
#include "package/keycache.h"
#include "package/packageclosure.h"
#include "package/packageident.h"
#include "package/packagemetadata.h"
#include "translations/translations.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace habmesos;

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void overrideVariable();
    void germanIsEmbedded();
    void englishLoadsOnlyPlurals();
    void germanStringsComeOutInGerman();
    void catalogueIsComplete();
};

void tst_Translations::cleanup()
{
    // Each function starts in English, whatever ran before: the catalogues installed are the
    // application's children (Translations::install), and a deleted translator is uninstalled.
    qDeleteAll(qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly));
    qunsetenv(Translations::OverrideVariable);
}

void tst_Translations::overrideVariable()
{
    qputenv(Translations::OverrideVariable, "de_AT");
    QCOMPARE(Translations::uiLocale().language(), QLocale::German);
    qputenv(Translations::OverrideVariable, "");
    QCOMPARE(Translations::uiLocale(), QLocale::system());
    qunsetenv(Translations::OverrideVariable);
    QCOMPARE(Translations::uiLocale(), QLocale::system());
}

void tst_Translations::germanIsEmbedded()
{
    QVERIFY2(Translations::availableLanguages().contains(QStringLiteral("de")),
        qPrintable(Translations::availableLanguages().join(u',')));
}

void tst_Translations::englishLoadsOnlyPlurals()
{
    // English needs only its plural forms ("1 second", "2 seconds"), and gets no translated Qt.
    const QStringList english = Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(english.value(0), QStringLiteral("habmesos_en"));
    for (const QString& catalogue : english)
        QVERIFY2(catalogue.endsWith(QLatin1String("_en")), qPrintable(catalogue));
    QCOMPARE(Translations::install(qApp, QLocale::c()), QStringList { QStringLiteral("habmesos_en") });
    QCOMPARE(
        QCoreApplication::translate("habmesos::JsonPreview", "%n error(s)", nullptr, 1), QStringLiteral("1 error"));
    QCOMPARE(
        QCoreApplication::translate("habmesos::JsonPreview", "%n error(s)", nullptr, 3), QStringLiteral("3 errors"));
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("Habitat to Mesos exporter"));
}

void tst_Translations::germanStringsComeOutInGerman()
{
    // As main() will do it, with the language from the environment (an Austrian desktop still gets
    // the German catalogue).
    qputenv(Translations::OverrideVariable, "de_AT");
    const QStringList loaded = Translations::install(qApp);
    qunsetenv(Translations::OverrideVariable);
    QVERIFY2(loaded.contains(QStringLiteral("habmesos_de")), qPrintable(loaded.join(u',')));
    QVERIFY2(loaded.contains(QStringLiteral("qtbase_de")), qPrintable(loaded.join(u',')));

    // The user interface (tr() in a QObject).
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("Habitat-nach-Mesos-Exporter"));

    // The engine's messages, through the engine's own code: a member function's tr()...
    const auto ident = PackageIdent::parse(u"no-slash-here");
    QVERIFY(!ident.ok());
    QVERIFY2(ident.error().contains(QStringLiteral("ist keine Paketkennung")), qPrintable(ident.error()));
    const auto badOrigin = PackageIdent::parse(u"Core!/nginx");
    QVERIFY(!badOrigin.ok());
    QVERIFY2(badOrigin.error().contains(QStringLiteral("ungültige Origin")), qPrintable(badOrigin.error()));
    const auto key = KeyCache(QStringLiteral("/nonexistent")).publicSigningKey(QStringLiteral("x"));
    QVERIFY(!key.ok());
    QCOMPARE(key.error(), QStringLiteral("„x“ ist kein Schlüsselname"));
    // ...and a free function in an engine .cpp calling its class's tr().
    const auto metadata = PackageMetadata::parse({ { QStringLiteral("IDENT"), QByteArray() } }, QStringLiteral("x"));
    QVERIFY(!metadata.ok());
    QVERIFY2(metadata.error().contains(QStringLiteral("Die Datei ist leer")), qPrintable(metadata.error()));

    // The command line's messages, through its own code.
    PackageClosure notFound;
    notFound.request = QStringLiteral("acme/nothing");
    const QString text = InspectCommand::toText(notFound);
    QVERIFY2(text.contains(QStringLiteral("Anfrage:")) && text.contains(QStringLiteral("nein")), qPrintable(text));

    // Settings errors (a class that is not a QObject: Q_DECLARE_TR_FUNCTIONS).
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Settings settings(blocker.fileName() + QStringLiteral("/habmesos.conf"));
    const Status status = settings.sync();
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QStringLiteral("kann nicht angelegt werden")), qPrintable(status.error()));

    // Qt's own strings come from qtbase_de.
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Abbrechen"));
}

void tst_Translations::catalogueIsComplete()
{
    // Whoever runs update_translations translates what it found: no unfinished or empty messages.
    QFile ts(QStringLiteral(HABMESOS_SOURCE_DIR "/translations/habmesos_de.ts"));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList untranslated;
    QString source;
    QStringList contextless; // lupdate could not tell whose tr() it was: never found at run time
    bool inContext = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"context") {
            inContext = true;
        } else if (xml.name() == u"name" && inContext) {
            inContext = false;
            if (xml.readElementText().isEmpty())
                contextless << QStringLiteral("a context without a name");
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const bool unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            const bool obsolete = xml.attributes().value(QStringLiteral("type")) == u"vanished"
                || xml.attributes().value(QStringLiteral("type")) == u"obsolete";
            // A plural (%n) holds one <numerusform> per grammatical number; each needs its text.
            QString text;
            bool emptyForm = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement()) // </translation>; readElementText() consumes </numerusform>
                    break;
                if (xml.isCharacters() && !xml.isWhitespace()) {
                    text += xml.text();
                } else if (xml.isStartElement()) {
                    const QString form = xml.readElementText();
                    emptyForm = emptyForm || form.isEmpty();
                    text += form;
                }
            }
            if (obsolete)
                continue;
            ++messages;
            if (unfinished || text.isEmpty() || emptyForm)
                untranslated << source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE_GT(messages, 40);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
    QVERIFY2(contextless.isEmpty(), "a tr() through an alias or a free function: lupdate files it under no context");
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
