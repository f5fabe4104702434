// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldproblem.h"

#include <QLabel>

namespace habmesos {

// The full text of the problems of some fields, under them on the form (not only in a tooltip).
// It keeps two lines' height when empty, so the fields below do not move when a message appears;
// a longer message wraps and takes more.
class ProblemLabel : public QLabel
{
    Q_OBJECT
public:
    // `fields`: the field paths shown here; a path also takes its children ("env" takes "env/FOO").
    ProblemLabel(const QStringList& fields, QWidget* parent = nullptr);

    void setProblems(const FieldProblems& all);
    static bool covers(const QStringList& fields, const QString& field);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QStringList m_fields;
};

} // namespace habmesos
