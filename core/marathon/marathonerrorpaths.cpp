// SPDX-License-Identifier: Apache-2.0
#include "marathonerrorpaths.h"

#include <QStringList>

namespace habmesos::MarathonErrorPaths {

QString toFieldPath(const QString& serverPath)
{
    QString path = serverPath.trimmed();
    if (path.isEmpty() || path == u"/" || path == u"self")
        return {};
    const bool playStyle = path.startsWith(u'/');
    QStringList out;
    // Play JSON paths: "/a(1)/b"; the old attribute form: "a[1].b". Written by hand: the two
    // grammars are tiny and a regular expression would hide the index handling.
    QString segment;
    auto flush = [&] {
        if (!segment.isEmpty())
            out.append(segment);
        segment.clear();
    };
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == u'/' || (!playStyle && c == u'.')) {
            flush();
        } else if (c == u'(' || c == u'[') {
            flush();
            const QChar close = c == u'(' ? u')' : u']';
            const qsizetype end = path.indexOf(close, i + 1);
            if (end < 0) {
                segment = path.mid(i);
                break;
            }
            out.append(path.mid(i + 1, end - i - 1));
            i = end;
        } else {
            segment.append(c);
        }
    }
    flush();
    return out.join(u'/');
}

} // namespace habmesos::MarathonErrorPaths
