// SPDX-License-Identifier: Apache-2.0
#include "dnslabel.h"

namespace habmesos {

QString DnsLabel::slug(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QChar l = c.toLower();
        const bool kept = (l >= u'a' && l <= u'z') || (l >= u'0' && l <= u'9');
        if (kept)
            out += l;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    if (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

} // namespace habmesos
