// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace habmesos::test {

// ../shared beside the checkout, or an empty string when this clone has none.
QString sharedDir();
// ../shared/fixtures/habitat, or empty when absent.
QString habitatFixtures();
// The built habmesos executable.
QString habmesosBinary();
// The built stout-extract executable (stoutextract.h).
QString stoutExtractBinary();
QString sourceDir();

} // namespace habmesos::test

// Skips the current test when the workplace's shared/ folder is not beside the checkout.
#define HABMESOS_REQUIRE_FIXTURES()                                                                                    \
    do {                                                                                                               \
        if (habmesos::test::habitatFixtures().isEmpty())                                                               \
            QSKIP("../shared/fixtures/habitat is not present in this checkout");                                       \
    } while (false)
