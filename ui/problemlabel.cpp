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
    // Two lines kept: most messages fit, so the fields below stay where they are.
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // As tall as the text at the width it is given (a wrapped QLabel asks for the height of a
    // narrow guess, and pushes the fields below down).
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Problems"));
}

int ProblemLabel::heightForWidth(int width) const
{
    const int lines = 2 * fontMetrics().lineSpacing();
    if (text().isEmpty() || width <= 0)
        return lines;
    const QRect needed = fontMetrics().boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, text());
    return qMax(lines, needed.height());
}

QSize ProblemLabel::sizeHint() const
{
    return { QLabel::sizeHint().width() / 4, heightForWidth(width() > 0 ? width() : 400) };
}

QSize ProblemLabel::minimumSizeHint() const
{
    return { 0, heightForWidth(width() > 0 ? width() : 400) };
}

void ProblemLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateGeometry(); // another width, another height
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
    if (text != this->text()) {
        setText(text);
        updateGeometry();
    }
}

} // namespace habmesos
