// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonappid.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace habmesos {

QString MarathonAppId::segmentPattern()
{
    // mesosphere/marathon src/main/scala/mesosphere/marathon/state/PathId.scala, ID_PATH_SEGMENT_PATTERN
    return QStringLiteral(
        "^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])|(\\.|\\.\\.)$");
}

QStringList MarathonAppId::reservedLastSegments()
{
    return { QStringLiteral("restart"), QStringLiteral("tasks"), QStringLiteral("versions"), QStringLiteral("."),
        QStringLiteral("..") };
}

bool MarathonAppId::isValidSegment(QStringView segment)
{
    // "Fully match", as Marathon's validator does: the pattern's own ^...$ bind only to its two
    // alternatives, so anchor the whole.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(segmentPattern()));
    return re.match(segment).hasMatch();
}

FieldProblems MarathonAppId::validate(const QString& id, const QString& field)
{
    FieldProblems out;
    auto error = [&](const QString& message) { out.append({ field, message, FieldProblem::Severity::Error }); };
    if (id.isEmpty()) {
        error(tr("The application ID must not be empty: give one such as /team/app."));
        return out;
    }
    QStringList segments = id.split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty()) {
        error(tr("The application ID needs a name after the /, such as /team/app."));
        return out;
    }
    for (const QString& segment : segments) {
        // Marathon reports its pattern once per id; the operator gets the first segment that breaks it.
        if (!isValidSegment(segment)) {
            error(tr("The application ID may use lower-case letters, digits and hyphens, segments separated by / "
                     "(a segment starts and ends with a letter or digit, dots may separate such names); "
                     "\"%1\" does not fit.")
                      .arg(segment));
            break;
        }
    }
    if (reservedLastSegments().contains(segments.last()))
        error(tr("The application ID cannot end in \"%1\": Marathon keeps %2 for its own addresses; add a name "
                 "after it or choose another.")
                  .arg(segments.last(), reservedLastSegments().join(QStringLiteral(", "))));
    return out;
}

QString MarathonAppId::sanitizeSegment(QStringView segment, QStringList* changes)
{
    bool lowered = false;
    bool underscores = false;
    QStringList replaced;
    QString mapped;
    mapped.reserve(segment.size());
    for (const QChar c : segment) {
        if (c >= u'A' && c <= u'Z') {
            mapped.append(c.toLower());
            lowered = true;
        } else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.') {
            mapped.append(c);
        } else if (c == u'_') {
            mapped.append(u'-');
            underscores = true;
        } else {
            mapped.append(u'-');
            const QString shown = QStringLiteral("'%1'").arg(c);
            if (!replaced.contains(shown))
                replaced.append(shown);
        }
    }
    bool trimmed = false;
    bool droppedEmpty = false;
    QStringList labels;
    for (QString label : mapped.split(u'.')) {
        qsizetype start = 0;
        qsizetype end = label.size();
        while (start < end && label[start] == u'-')
            ++start;
        while (end > start && label[end - 1] == u'-')
            --end;
        if (start != 0 || end != label.size())
            trimmed = true;
        label = label.mid(start, end - start);
        if (label.isEmpty()) {
            droppedEmpty = true;
            continue;
        }
        labels.append(label);
    }
    if (changes) {
        if (lowered)
            changes->append(tr("upper case letters were made lower case"));
        if (underscores)
            changes->append(tr("'_' became '-'"));
        if (!replaced.isEmpty())
            changes->append(tr("%1 became '-'").arg(replaced.join(QStringLiteral(", "))));
        if (trimmed)
            changes->append(tr("'-' was removed where a label began or ended"));
        if (droppedEmpty)
            changes->append(tr("empty labels between dots were removed"));
    }
    return labels.join(u'.');
}

MarathonAppId::FromPackage MarathonAppId::fromPackage(const QString& origin, const QString& name)
{
    FromPackage out;
    auto error = [&](const QString& message) {
        out.problems.append({ QStringLiteral("id"), message, FieldProblem::Severity::Error });
    };
    QStringList changes;
    const QString o = sanitizeSegment(origin, &changes);
    const QString n = sanitizeSegment(name, &changes);
    changes.removeDuplicates();
    if (o.isEmpty() || n.isEmpty()) {
        error(tr("the package %1/%2 gives no usable Marathon id: a Marathon id segment needs at least one "
                 "lowercase letter or digit; enter an id by hand")
                  .arg(origin, name));
        return out;
    }
    if (reservedLastSegments().contains(n)) {
        error(tr("the package name \"%1\" cannot be the last part of a Marathon id: Marathon reserves %2 for its "
                 "own URLs; enter an id by hand, such as /%3/%1-app")
                  .arg(n, reservedLastSegments().join(QStringLiteral(", ")), o));
        return out;
    }
    out.id = QStringLiteral("/%1/%2").arg(o, n);
    if (!changes.isEmpty()) {
        out.problems.append({ QStringLiteral("id"),
            tr("the Marathon id is %1, not /%2/%3: %4. Marathon ids are DNS labels (lowercase letters, digits, "
               "'-' and '.', each label starting and ending with a letter or digit). Packages whose names differ "
               "only in these characters (such as a_b and a-b) get the same id, so check that it does not clash "
               "with another application.")
                .arg(out.id, origin, name, changes.join(QStringLiteral("; "))),
            FieldProblem::Severity::Warning });
    }
    return out;
}

} // namespace habmesos
