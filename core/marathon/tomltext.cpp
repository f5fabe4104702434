// SPDX-License-Identifier: Apache-2.0
#include "marathon/tomltext.h"

#include "marathon/habitatconfig.h"

#include <charconv>
#include <cmath>
#include <sstream>

namespace habmesos {

QString TomlText::fromStd(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QString TomlText::value(const toml::node& node)
{
    if (const auto* s = node.as_string())
        return string(s->get());
    if (const auto* i = node.as_integer()) {
        const int64_t v = i->get();
        const auto flags = i->flags();
        // TOML has these forms for non-negative numbers only; keep the operator's.
        if (v >= 0 && (flags & toml::value_flags::format_as_hexadecimal) == toml::value_flags::format_as_hexadecimal)
            return QStringLiteral("0x") + QString::number(v, 16).toUpper();
        if (v >= 0 && (flags & toml::value_flags::format_as_octal) == toml::value_flags::format_as_octal)
            return QStringLiteral("0o") + QString::number(v, 8);
        if (v >= 0 && (flags & toml::value_flags::format_as_binary) == toml::value_flags::format_as_binary)
            return QStringLiteral("0b") + QString::number(v, 2);
        return QString::number(v);
    }
    if (const auto* f = node.as_floating_point())
        return floatingPoint(f->get());
    if (const auto* b = node.as_boolean())
        return b->get() ? QStringLiteral("true") : QStringLiteral("false");
    if (const auto* a = node.as_array()) {
        if (a->empty())
            return QStringLiteral("[]");
        QStringList items;
        for (const toml::node& item : *a)
            items.append(value(item));
        return QStringLiteral("[ ") + items.join(QStringLiteral(", ")) + QStringLiteral(" ]");
    }
    if (const auto* t = node.as_table()) {
        if (t->empty())
            return QStringLiteral("{}");
        QStringList items;
        for (const auto& [key, item] : *t)
            items.append(HabitatConfig::dottedKey({ fromStd(key.str()) }) + QStringLiteral(" = ") + value(item));
        return QStringLiteral("{ ") + items.join(QStringLiteral(", ")) + QStringLiteral(" }");
    }
    // Dates and times: toml++ writes them as TOML has them.
    std::ostringstream os;
    node.visit([&](auto&& n) { os << n; });
    return QString::fromStdString(os.str());
}

QString TomlText::string(std::string_view utf8)
{
    const QString text = fromStd(utf8);
    bool literal = !text.contains(u'\'');
    for (const QChar c : text)
        literal = literal && c.unicode() >= 0x20 && c.unicode() != 0x7f;
    if (literal)
        return u'\'' + text + u'\''; // as toml++ writes what needs no escape
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\b':
            out += QStringLiteral("\\b");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\f':
            out += QStringLiteral("\\f");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString TomlText::floatingPoint(double d)
{
    if (std::isnan(d))
        return QStringLiteral("nan");
    if (std::isinf(d))
        return d < 0 ? QStringLiteral("-inf") : QStringLiteral("inf");
    char buffer[64];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, d).ptr; // the shortest text that reads back
    QString text = QString::fromLatin1(buffer, end - buffer);
    if (!text.contains(u'.') && !text.contains(u'e'))
        text += QStringLiteral(".0"); // "5" would be an integer
    return text;
}

} // namespace habmesos
