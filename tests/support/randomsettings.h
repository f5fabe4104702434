// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "definition/exportsettings.h"
#include "marathon/habitatappbuilder.h"

#include <QRandomGenerator>

namespace habmesos {

// Settings for the round-trip tests (the command line, the session, an opened definition): a
// random choice for every field the command line can say, for a package where each matters.
class RandomSettings
{
public:
    static HabitatPackageFacts webAppFacts();
    static ExportSettings generate(QRandomGenerator& random);
    // generate() and what only the window can say: a hand-edited command and ports, kept fields.
    static ExportSettings generateWithEdits(QRandomGenerator& random);
    // Valid service options for webAppFacts() (part of generate()).
    static void generateService(QRandomGenerator& random, HabitatServiceOptions& options);
};

} // namespace habmesos
