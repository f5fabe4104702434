// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace habmesos {

// Loads the user-interface language: habmesos' own catalogue (embedded under :/i18n) and Qt's
// qtbase catalogue for the same language (standard dialogs and buttons).
class Translations
{
public:
    // The variable that overrides the system locale, e.g. HABMESOS_LANG=de or HABMESOS_LANG=C
    // (for tests and for users who want another language than their desktop's).
    static constexpr const char* OverrideVariable = "HABMESOS_LANG";

    // $HABMESOS_LANG when set and not empty, else QLocale::system().
    static QLocale uiLocale();
    // The languages habmesos has a catalogue for, e.g. {"de"}.
    static QStringList availableLanguages();
    // Installs the catalogues for locale on app (the translators are children of app). Returns the
    // names of the catalogues that were loaded, e.g. {"habmesos_de", "qtbase_de"}; empty for English
    // or a language without a catalogue.
    static QStringList install(QCoreApplication* app, const QLocale& locale = uiLocale());
};

} // namespace habmesos
