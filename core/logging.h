// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

// One category per engine area; enable with QT_LOGGING_RULES="habmesos.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcPackage)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcMarathon)
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
Q_DECLARE_LOGGING_CATEGORY(lcBuilder)
