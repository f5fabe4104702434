// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "definition/exportsettings.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace habmesos {

// ExportSettings as JSON, every field as it is (hand-edited ports and command, kept fields, unset
// optionals), for the window's session: what is read back equals what was written. Versioned: a
// newer format is refused with a message rather than read wrongly.
class ExportSettingsJson
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::ExportSettingsJson)
public:
    static constexpr int Version = 1;
    static QByteArray encode(const ExportSettings& settings);
    static Result<ExportSettings> decode(QByteArrayView json);
};

} // namespace habmesos
