// SPDX-License-Identifier: Apache-2.0
#include "cli/optionhelp.h"

#include <QStringList>

namespace habmesos {

QString OptionHelp::text(const QString& usage, const QString& description, const QList<Group>& groups,
    const QString& arguments, const QString& epilogue)
{
    auto namesOf = [](const QCommandLineOption& o) {
        QStringList names;
        for (const QString& n : o.names())
            names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
        QString text = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            text += QStringLiteral(" <%1>").arg(o.valueName());
        return text;
    };
    constexpr int column = 30;
    constexpr int width = 100;
    auto wrap = [&](const QString& text, int indent) {
        QStringList lines;
        QString current;
        for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
            if (!current.isEmpty() && indent + current.size() + 1 + word.size() > width) {
                lines.append(current);
                current.clear();
            }
            current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines.append(current);
        return lines.join(u'\n' + QString(indent, u' '));
    };
    QString out = usage + u'\n' + wrap(description, 0) + u'\n';
    for (const Group& group : groups) {
        out += u'\n' + group.title + QStringLiteral(":\n");
        for (const QCommandLineOption& o : group.options) {
            QString names = QStringLiteral("  ") + namesOf(o);
            if (names.size() + 2 > column)
                out += names + u'\n' + QString(column, u' ');
            else
                out += names.leftJustified(column);
            out += wrap(o.description(), column) + u'\n';
        }
    }
    return out + arguments + epilogue;
}

} // namespace habmesos
