// SPDX-License-Identifier: Apache-2.0
#include "marathon/habitatserviceoptions.h"

namespace habmesos {

const QStringList& HabitatServiceOptions::topologyNames()
{
    static const QStringList names { QStringLiteral("standalone"), QStringLiteral("leader") };
    return names;
}

const QStringList& HabitatServiceOptions::strategyNames()
{
    static const QStringList names { QStringLiteral("none"), QStringLiteral("at-once"), QStringLiteral("rolling") };
    return names;
}

const QStringList& HabitatServiceOptions::conditionNames()
{
    static const QStringList names { QStringLiteral("latest"), QStringLiteral("track-channel") };
    return names;
}

const QStringList& HabitatServiceOptions::bindingModeNames()
{
    static const QStringList names { QStringLiteral("strict"), QStringLiteral("relaxed") };
    return names;
}

const QStringList& HabitatServiceOptions::discoveryNames()
{
    static const QStringList names { QStringLiteral("auto"), QStringLiteral("alone"), QStringLiteral("marathon"),
        QStringLiteral("peers") };
    return names;
}

const QStringList& HabitatServiceOptions::secretSourceNames()
{
    static const QStringList names { QStringLiteral("none"), QStringLiteral("marathon-secret"),
        QStringLiteral("file") };
    return names;
}

} // namespace habmesos
