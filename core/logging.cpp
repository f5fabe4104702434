// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

Q_LOGGING_CATEGORY(lcPackage, "habmesos.package", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "habmesos.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMarathon, "habmesos.marathon", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNetwork, "habmesos.network", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBuilder, "habmesos.builder", QtWarningMsg)
