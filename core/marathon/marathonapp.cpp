// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonapp.h"

namespace habmesos {

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

} // namespace habmesos
