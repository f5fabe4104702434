// SPDX-License-Identifier: Apache-2.0
#include "ui/problemlabel.h"

namespace habmesos {

ProblemLabel::ProblemLabel(const QStringList& fields, QWidget* parent)
    : QLabel(parent)
    , m_fields(fields)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMinimumHeight(fontMetrics().lineSpacing());
    setAccessibleName(tr("Problems"));
}

bool ProblemLabel::covers(const QStringList& fields, const QString& field)
{
    for (const QString& f : fields) {
        if (field == f || field.startsWith(f + u'/'))
            return true;
    }
    return false;
}

void ProblemLabel::setProblems(const FieldProblems& all)
{
    QStringList lines;
    bool error = false;
    for (const FieldProblem& p : all) {
        if (!covers(m_fields, p.field))
            continue;
        lines.append(p.message);
        error = error || p.severity == FieldProblem::Severity::Error;
    }
    // Errors red, warnings a dark amber: both readable on the light and the dark palettes' forms.
    setStyleSheet(error ? QStringLiteral("color: #c00000") : QStringLiteral("color: #a05a00"));
    const QString text = lines.join(u'\n');
    if (text != this->text())
        setText(text);
}

} // namespace habmesos
