// SPDX-License-Identifier: Apache-2.0
#include "marathon/orderedjson.h"

#include <charconv>
#include <cmath>

namespace habmesos {

OrderedJson::OrderedJson(bool b)
    : m_type(Type::Bool)
    , m_bool(b)
{ }

OrderedJson::OrderedJson(double n)
    : m_type(Type::Number)
    , m_number(n)
{ }

OrderedJson::OrderedJson(int n)
    : m_type(Type::Number)
    , m_number(n)
{ }

OrderedJson::OrderedJson(qint64 n)
    : m_type(Type::Integer)
    , m_integer(n)
{ }

OrderedJson::OrderedJson(const QString& s)
    : m_type(Type::String)
    , m_string(s)
{ }

OrderedJson::OrderedJson(const char* s)
    : m_type(Type::String)
    , m_string(QString::fromUtf8(s))
{ }

OrderedJson OrderedJson::array()
{
    OrderedJson j;
    j.m_type = Type::Array;
    return j;
}

OrderedJson OrderedJson::object()
{
    OrderedJson j;
    j.m_type = Type::Object;
    return j;
}

OrderedJson& OrderedJson::append(OrderedJson value)
{
    m_items.append(std::move(value));
    return *this;
}

OrderedJson& OrderedJson::insert(const QString& key, OrderedJson value)
{
    m_members.append({ key, std::move(value) });
    return *this;
}

QString OrderedJson::quote(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(u'"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out.append(u"\\\"");
            break;
        case u'\\':
            out.append(u"\\\\");
            break;
        case u'\b':
            out.append(u"\\b");
            break;
        case u'\f':
            out.append(u"\\f");
            break;
        case u'\n':
            out.append(u"\\n");
            break;
        case u'\r':
            out.append(u"\\r");
            break;
        case u'\t':
            out.append(u"\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0')));
            else
                out.append(c);
        }
    }
    out.append(u'"');
    return out;
}

QString OrderedJson::formatNumber(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("null");
    if (value == 0)
        return QStringLiteral("0"); // also for -0
    // Shortest round-trip form: 0.5 stays "0.5", 0.1 is "0.1", 256.0 is "256", 0.0005 is not
    // "5e-04". Plain decimals while they are short; exponents only for extreme magnitudes.
    char buf[400];
    std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
    if (r.ec != std::errc() || r.ptr - buf > 21)
        r = std::to_chars(buf, buf + sizeof buf, value);
    if (r.ec != std::errc())
        return QStringLiteral("null");
    return QString::fromLatin1(buf, r.ptr - buf);
}

void OrderedJson::write(QString& out, Style style, int depth) const
{
    const bool indented = style == Style::Indented;
    auto newline = [&](int level) {
        if (indented) {
            out.append(u'\n');
            out.append(QString(level * 2, u' '));
        }
    };
    switch (m_type) {
    case Type::Null:
        out.append(u"null");
        break;
    case Type::Bool:
        out.append(m_bool ? u"true" : u"false");
        break;
    case Type::Number:
        out.append(formatNumber(m_number));
        break;
    case Type::Integer:
        out.append(QString::number(m_integer));
        break;
    case Type::String:
        out.append(quote(m_string));
        break;
    case Type::Array:
        if (m_items.isEmpty()) {
            out.append(u"[]");
            break;
        }
        out.append(u'[');
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (i)
                out.append(u',');
            newline(depth + 1);
            m_items[i].write(out, style, depth + 1);
        }
        newline(depth);
        out.append(u']');
        break;
    case Type::Object:
        if (m_members.isEmpty()) {
            out.append(u"{}");
            break;
        }
        out.append(u'{');
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            if (i)
                out.append(u',');
            newline(depth + 1);
            out.append(quote(m_members[i].first));
            out.append(indented ? u": " : u":");
            m_members[i].second.write(out, style, depth + 1);
        }
        newline(depth);
        out.append(u'}');
        break;
    }
}

QByteArray OrderedJson::serialize(Style style) const
{
    QString out;
    write(out, style, 0);
    if (style == Style::Indented)
        out.append(u'\n');
    return out.toUtf8();
}

} // namespace habmesos
