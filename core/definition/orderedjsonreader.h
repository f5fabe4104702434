// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QCborValue>
#include <QCoreApplication>

namespace habmesos {

// Reads JSON into QCborValue, whose maps keep their members in the order the text has them.
//
// QJsonObject sorts its keys, and an operator's app definition (its env, its labels, the fields we
// keep as written) must come back in the operator's order, or a definition that is opened and saved
// changes for no reason. QJsonDocument still judges the text (its errors and their offsets are
// Qt's); only valid JSON reaches the small reader here. Integers stay integers (a 64-bit id is not
// rounded through a double).
class OrderedJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::OrderedJsonReader)
public:
    // Larger texts are refused before they are parsed: app definitions are a few kilobytes.
    static constexpr qsizetype MaxBytes = 4 * 1024 * 1024;
    // Deeper nesting is refused: Marathon's own schema nests a handful of levels.
    static constexpr int MaxDepth = 64;

    // Where a text stops being JSON: the byte offset, and the line and column (1-based, columns in
    // characters) a person finds it at.
    struct Position
    {
        qsizetype offset = -1;
        int line = 0;
        int column = 0;
    };

    // The error says what is wrong and where ("line 3, column 7: a comma is missing"); `where` gets
    // the position when the text is not JSON.
    static Result<QCborValue> read(QByteArrayView json, Position* where = nullptr);
    static Position positionOf(QByteArrayView text, qsizetype offset);
};

} // namespace habmesos
