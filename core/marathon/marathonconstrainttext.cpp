// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonconstrainttext.h"

#include "marathon/marathonvalidator.h"

#include <QCoreApplication>

namespace habmesos {

Result<MarathonConstraint> MarathonConstraintText::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    const qsizetype first = trimmed.indexOf(u':');
    const QStringList operators = MarathonValidator::constraintOperators();
    auto wrong = [&](const QString& why) {
        return Result<MarathonConstraint>::failure(
            MarathonConstraintText::tr("“%1” is not field:OPERATOR[:value]: %2").arg(text, why));
    };
    if (first == 0 || trimmed.isEmpty())
        return wrong(MarathonConstraintText::tr("it names no field, such as hostname"));
    if (first < 0)
        return wrong(MarathonConstraintText::tr("it has no operator, such as UNIQUE"));
    const qsizetype second = trimmed.indexOf(u':', first + 1);
    MarathonConstraint c;
    c.field = trimmed.left(first).trimmed();
    c.op = trimmed.mid(first + 1, second < 0 ? -1 : second - first - 1).trimmed().toUpper();
    if (!operators.contains(c.op))
        return wrong(MarathonConstraintText::tr("the operator is one of %1").arg(operators.join(QStringLiteral(", "))));
    if (second >= 0)
        c.value = trimmed.mid(second + 1);
    return c;
}

QString MarathonConstraintText::format(const MarathonConstraint& constraint)
{
    QString text = constraint.field + u':' + constraint.op;
    if (constraint.value)
        text += u':' + *constraint.value;
    return text;
}

} // namespace habmesos
