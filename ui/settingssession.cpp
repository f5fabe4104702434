// SPDX-License-Identifier: Apache-2.0
// Settings: the last session, kept apart from the preferences.
#include "ui/settings.h"

namespace habmesos {

namespace {
const QString sessionKey = QStringLiteral("Session/Settings");
const QString sessionSavedKey = QStringLiteral("Session/Saved");
const QString definitionPathKey = QStringLiteral("Session/DefinitionPath");
} // namespace

QByteArray Settings::session() const
{
    return stringValue(sessionKey).toUtf8();
}

void Settings::setSession(const QByteArray& session)
{
    setStringValue(sessionKey, QString::fromUtf8(session));
}

bool Settings::sessionSaved() const
{
    return m_settings->value(sessionSavedKey, false).toBool();
}

void Settings::setSessionSaved(bool saved)
{
    m_settings->setValue(sessionSavedKey, saved);
}

QString Settings::definitionPath() const
{
    return stringValue(definitionPathKey);
}

void Settings::setDefinitionPath(const QString& path)
{
    setStringValue(definitionPathKey, path);
}

} // namespace habmesos
