// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageref.h"

#include <QMetaType>

// PackageRef in QVariant (the package tree's items) and in queued signals; declared once here,
// before any use, since core does not depend on QtGui's item types.
Q_DECLARE_METATYPE(habmesos::PackageRef)
