// SPDX-License-Identifier: Apache-2.0
#include "translations/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace habmesos {

namespace {
const QString catalogueDir = QStringLiteral(":/i18n");
const QString cataloguePrefix = QStringLiteral("habmesos");
} // namespace

QLocale Translations::uiLocale()
{
    const QString override = qEnvironmentVariable(OverrideVariable).trimmed();
    return override.isEmpty() ? QLocale::system() : QLocale(override);
}

QStringList Translations::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(catalogueDir).entryList({ cataloguePrefix + QStringLiteral("_*.qm") }, QDir::Files);
    for (const QString& file : files)
        languages << QFileInfo(file).completeBaseName().mid(cataloguePrefix.size() + 1);
    return languages;
}

QStringList Translations::install(QCoreApplication* app, const QLocale& locale)
{
    QStringList loaded;
    // QTranslator::load(QLocale, ...) tries each of locale.uiLanguages() ("de-DE", "de", ...), so a
    // de_AT desktop gets the German catalogue.
    // A plain QTranslator: every tr() context at run time is the one lupdate files the message under
    // (translations/README.md), so a lookup needs no second guess.
    auto* own = new QTranslator(app);
    if (own->load(locale, cataloguePrefix, QStringLiteral("_"), catalogueDir)) {
        QCoreApplication::installTranslator(own);
        loaded << QFileInfo(own->filePath()).completeBaseName();
    } else {
        // English, or a language without a catalogue (C, POSIX included): the sources are English,
        // and the English catalogue gives their plural forms ("1 second", "2 seconds").
        // No point in a translated Qt around an English application.
        if (own->load(QStringLiteral("habmesos_en"), catalogueDir)) {
            QCoreApplication::installTranslator(own);
            loaded << QFileInfo(own->filePath()).completeBaseName();
        } else {
            delete own;
        }
        return loaded;
    }
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        loaded << QFileInfo(qt->filePath()).completeBaseName();
    } else {
        delete qt;
    }
    return loaded;
}

} // namespace habmesos
