// SPDX-License-Identifier: Apache-2.0
#include "marathon/orderedjson.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

#include <charconv>
#include <cmath>

namespace habmesos {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OrderedJson", text);
}

constexpr int MaxDepth = 64;

class Parser
{
    // The file's tr() context, stated so that lupdate files these strings under it too.
    Q_DECLARE_TR_FUNCTIONS(OrderedJson)
public:
    explicit Parser(const QString& text)
        : m_text(text)
    { }

    Result<OrderedJson> document()
    {
        skipSpace();
        OrderedJson value;
        if (!parseValue(value, 0))
            return failure();
        skipSpace();
        if (m_pos < m_text.size()) {
            fail(tr("unexpected text after the end of the document"));
            return failure();
        }
        return value;
    }

private:
    Result<OrderedJson> failure() const
    {
        // Line and column of the failing position, both from 1.
        int line = 1;
        int column = 1;
        for (qsizetype i = 0; i < m_errorPos && i < m_text.size(); ++i) {
            if (m_text[i] == u'\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return Result<OrderedJson>::failure(tr("line %1, column %2: %3").arg(line).arg(column).arg(m_error));
    }

    bool fail(const QString& message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorPos = m_pos;
        }
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                break;
            ++m_pos;
        }
    }

    bool literal(QStringView word)
    {
        if (QStringView(m_text).mid(m_pos, word.size()) != word)
            return fail(tr("expected a JSON value"));
        m_pos += word.size();
        return true;
    }

    bool parseValue(OrderedJson& out, int depth)
    {
        if (m_pos >= m_text.size())
            return fail(tr("unexpected end of the document"));
        const QChar c = m_text[m_pos];
        switch (c.unicode()) {
        case u'{':
            return parseObject(out, depth);
        case u'[':
            return parseArray(out, depth);
        case u'"': {
            QString s;
            if (!parseString(s))
                return false;
            out = OrderedJson(s);
            return true;
        }
        case u't':
            out = OrderedJson(true);
            return literal(u"true");
        case u'f':
            out = OrderedJson(false);
            return literal(u"false");
        case u'n':
            out = OrderedJson();
            return literal(u"null");
        default:
            if (c == u'-' || (c >= u'0' && c <= u'9'))
                return parseNumber(out);
            return fail(tr("expected a JSON value, found '%1'").arg(c));
        }
    }

    bool parseNumber(OrderedJson& out)
    {
        // RFC 8259 grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        const qsizetype start = m_pos;
        auto digit = [&] { return m_pos < m_text.size() && m_text[m_pos] >= u'0' && m_text[m_pos] <= u'9'; };
        if (m_text[m_pos] == u'-')
            ++m_pos;
        if (!digit())
            return fail(tr("a number needs digits"));
        if (m_text[m_pos] == u'0') {
            ++m_pos;
            if (digit())
                return fail(tr("numbers must not have leading zeros"));
        } else {
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == u'.') {
            ++m_pos;
            if (!digit())
                return fail(tr("a decimal point must be followed by digits"));
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == u'e' || m_text[m_pos] == u'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == u'+' || m_text[m_pos] == u'-'))
                ++m_pos;
            if (!digit())
                return fail(tr("an exponent needs digits"));
            while (digit())
                ++m_pos;
        }
        const QByteArray latin = QStringView(m_text).mid(start, m_pos - start).toLatin1();
        double value = 0;
        const auto [ptr, ec] = std::from_chars(latin.constData(), latin.constData() + latin.size(), value);
        if (ec != std::errc() || ptr != latin.constData() + latin.size() || !std::isfinite(value)) {
            m_pos = start;
            return fail(tr("the number %1 is out of range").arg(QString::fromLatin1(latin)));
        }
        out = OrderedJson(value);
        return true;
    }

    bool hex4(char16_t& out)
    {
        if (m_pos + 4 > m_text.size())
            return fail(tr("\\u needs four hex digits"));
        bool ok = false;
        const uint v = QStringView(m_text).mid(m_pos, 4).toUInt(&ok, 16);
        for (int i = 0; i < 4; ++i) {
            if (!isxdigit(m_text[m_pos + i].toLatin1()))
                ok = false;
        }
        if (!ok)
            return fail(tr("\\u needs four hex digits"));
        m_pos += 4;
        out = char16_t(v);
        return true;
    }

    bool parseString(QString& out)
    {
        ++m_pos; // opening quote
        while (true) {
            if (m_pos >= m_text.size())
                return fail(tr("a string is not closed"));
            const QChar c = m_text[m_pos];
            if (c == u'"') {
                ++m_pos;
                return true;
            }
            if (c.unicode() < 0x20)
                return fail(tr("control characters must be escaped in strings"));
            if (c != u'\\') {
                out.append(c);
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (m_pos >= m_text.size())
                return fail(tr("a string is not closed"));
            const QChar e = m_text[m_pos++];
            switch (e.unicode()) {
            case u'"':
                out.append(u'"');
                break;
            case u'\\':
                out.append(u'\\');
                break;
            case u'/':
                out.append(u'/');
                break;
            case u'b':
                out.append(u'\b');
                break;
            case u'f':
                out.append(u'\f');
                break;
            case u'n':
                out.append(u'\n');
                break;
            case u'r':
                out.append(u'\r');
                break;
            case u't':
                out.append(u'\t');
                break;
            case u'u': {
                char16_t unit = 0;
                if (!hex4(unit))
                    return false;
                if (QChar::isHighSurrogate(unit)) {
                    char16_t low = 0;
                    if (QStringView(m_text).mid(m_pos, 2) != u"\\u")
                        return fail(tr("a high surrogate escape must be followed by a low one"));
                    m_pos += 2;
                    if (!hex4(low))
                        return false;
                    if (!QChar::isLowSurrogate(low))
                        return fail(tr("a high surrogate escape must be followed by a low one"));
                    out.append(QChar(unit));
                    out.append(QChar(low));
                } else if (QChar::isLowSurrogate(unit)) {
                    return fail(tr("a low surrogate escape without a high one"));
                } else {
                    out.append(QChar(unit));
                }
                break;
            }
            default:
                --m_pos;
                return fail(tr("unknown escape \\%1").arg(e));
            }
        }
    }

    bool parseArray(OrderedJson& out, int depth)
    {
        if (depth >= MaxDepth)
            return fail(tr("nested deeper than %1 levels").arg(MaxDepth));
        ++m_pos;
        out = OrderedJson::array();
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == u']') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            OrderedJson item;
            if (!parseValue(item, depth + 1))
                return false;
            out.append(std::move(item));
            skipSpace();
            if (m_pos >= m_text.size())
                return fail(tr("an array is not closed"));
            if (m_text[m_pos] == u']') {
                ++m_pos;
                return true;
            }
            if (m_text[m_pos] != u',')
                return fail(tr("expected ',' or ']' in an array"));
            ++m_pos;
        }
    }

    bool parseObject(OrderedJson& out, int depth)
    {
        if (depth >= MaxDepth)
            return fail(tr("nested deeper than %1 levels").arg(MaxDepth));
        ++m_pos;
        out = OrderedJson::object();
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == u'}') {
            ++m_pos;
            return true;
        }
        QSet<QString> seen; // find() is a linear scan: with it, many members would take quadratic time
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != u'"')
                return fail(tr("expected a quoted member name"));
            const qsizetype keyPos = m_pos;
            QString key;
            if (!parseString(key))
                return false;
            if (seen.contains(key)) {
                m_pos = keyPos;
                return fail(tr("the member \"%1\" appears twice").arg(key));
            }
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != u':')
                return fail(tr("expected ':' after a member name"));
            ++m_pos;
            skipSpace();
            OrderedJson value;
            if (!parseValue(value, depth + 1))
                return false;
            seen.insert(key);
            out.insert(key, std::move(value));
            skipSpace();
            if (m_pos >= m_text.size())
                return fail(tr("an object is not closed"));
            if (m_text[m_pos] == u'}') {
                ++m_pos;
                return true;
            }
            if (m_text[m_pos] != u',')
                return fail(tr("expected ',' or '}' in an object"));
            ++m_pos;
        }
    }

    const QString& m_text;
    qsizetype m_pos = 0;
    QString m_error;
    qsizetype m_errorPos = 0;
};

} // namespace

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

const OrderedJson* OrderedJson::find(QStringView key) const
{
    for (const Member& m : m_members) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
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

QString OrderedJson::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return tr("null");
    case Type::Bool:
        return tr("a boolean");
    case Type::Number:
        return tr("a number");
    case Type::String:
        return tr("a string");
    case Type::Array:
        return tr("an array");
    case Type::Object:
        return tr("an object");
    }
    return {};
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

Result<OrderedJson> OrderedJson::parse(const QByteArray& text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(text);
    if (decoder.hasError())
        return Result<OrderedJson>::failure(tr("the text is not valid UTF-8"));
    if (decoded.startsWith(QChar(0xfeff)))
        decoded.remove(0, 1); // a byte order mark some editors write
    Parser parser(decoded);
    return parser.document();
}

} // namespace habmesos
