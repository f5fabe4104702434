// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace habmesos {

// A list in a one-line message: the first few items named, the rest counted ("a; b; c … and 9,995
// more"), so that thousands of items never make a line of hundreds of kilobytes that a terminal,
// a log or a label cannot show.
class ShortList
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::ShortList)
public:
    // The first `named` items joined by `separator`, then how many more there are.
    static QString join(const QStringList& items, const QString& separator, qsizetype named);
    // The same when only the first items were kept: `total` is how many there are in all.
    static QString join(const QStringList& firstItems, qsizetype total, const QString& separator, qsizetype named);
};

} // namespace habmesos
