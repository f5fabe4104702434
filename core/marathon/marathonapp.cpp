// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonapp.h"

#include <QUrl>

namespace habmesos {

bool MarathonFetch::extractedFromUris(const QString& uri)
{
    static const QStringList suffixes { QStringLiteral(".tar"), QStringLiteral(".tar.gz"), QStringLiteral(".tar.bz2"),
        QStringLiteral(".tar.xz"), QStringLiteral(".gz"), QStringLiteral(".tgz"), QStringLiteral(".tbz2"),
        QStringLiteral(".txz"), QStringLiteral(".zip") };
    const QString path = QUrl(uri).path();
    for (const QString& suffix : suffixes) {
        if (path.endsWith(suffix))
            return true;
    }
    return false;
}

std::optional<QString> MarathonApp::envValue(QStringView key) const
{
    for (const MarathonKeyValue& kv : env) {
        if (kv.key == key)
            return kv.value;
    }
    return std::nullopt;
}

void MarathonApp::setEnv(const QString& key, const QString& value)
{
    for (MarathonKeyValue& kv : env) {
        if (kv.key == key) {
            kv.value = value;
            return;
        }
    }
    env.append({ key, value });
}

bool MarathonApp::removeEnv(QStringView key)
{
    return env.removeIf([&](const MarathonKeyValue& kv) { return kv.key == key; }) > 0;
}

std::optional<QString> MarathonApp::secretEnvValue(QStringView key) const
{
    for (const MarathonSecretEnv& e : secretEnv) {
        if (e.key == key)
            return e.secret;
    }
    return std::nullopt;
}

} // namespace habmesos
