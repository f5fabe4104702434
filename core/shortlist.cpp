// SPDX-License-Identifier: Apache-2.0
#include "shortlist.h"

#include <QCoreApplication>

namespace habmesos {

QString ShortList::join(const QStringList& items, const QString& separator, qsizetype named)
{
    return join(items, items.size(), separator, named);
}

QString ShortList::join(const QStringList& firstItems, qsizetype total, const QString& separator, qsizetype named)
{
    const qsizetype shown = std::min({ firstItems.size(), total, std::max<qsizetype>(named, 1) });
    const QString joined = firstItems.mid(0, shown).join(separator);
    if (total <= shown)
        return joined;
    // %Ln: the count in the reader's digits and grouping ("9,995").
    return ShortList::tr("%1 … and %Ln more", nullptr, int(total - shown)).arg(joined);
}

} // namespace habmesos
