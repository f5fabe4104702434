// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace habmesos {

// A JSON value whose objects keep their members in the order they were written or read.
//
// Written by hand because QJsonObject sorts its keys: the application definition is read by
// people (preview, file, clipboard), who expect `id` first and the rest in a fixed, sensible
// order, and an imported file should come back with its env and labels in the order it had.
// Output follows RFC 8259 (escapes for '"', '\\' and all control characters; UTF-8 otherwise);
// numbers are written in their shortest round-trip form, integral values without a fraction.
class OrderedJson
{
public:
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };
    using Member = std::pair<QString, OrderedJson>;

    OrderedJson() = default;
    OrderedJson(bool b);
    OrderedJson(double n);
    OrderedJson(int n);
    OrderedJson(const QString& s);
    OrderedJson(const char* s);
    static OrderedJson array();
    static OrderedJson object();

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    double toDouble() const { return m_number; }
    const QString& toString() const { return m_string; }
    const QList<OrderedJson>& items() const { return m_items; }
    const QList<Member>& members() const { return m_members; }
    // The member `key`, or nullptr.
    const OrderedJson* find(QStringView key) const;

    // Arrays: append. Objects: append a member (no check for duplicates; the writer never makes any).
    OrderedJson& append(OrderedJson value);
    OrderedJson& insert(const QString& key, OrderedJson value);

    enum class Style
    {
        Indented,
        Compact
    };
    // Indented: two spaces per level, "key": value, a final newline. Compact: no whitespace at all.
    QByteArray serialize(Style style = Style::Indented) const;

    // Strict RFC 8259 parse of a whole document. Errors say where: "line 3, column 7: ...".
    // Duplicate keys in one object are refused (which one would Marathon take?). Nesting is
    // limited to 64 levels so hostile input cannot exhaust the stack.
    static Result<OrderedJson> parse(const QByteArray& text);

    // A JSON string literal with RFC 8259 escaping.
    static QString quote(QStringView text);
    // The shortest text that reads back as `value`; "256" rather than "256.0"; "null" for NaN/inf.
    static QString formatNumber(double value);

    static QString typeName(Type type);

private:
    void write(QString& out, Style style, int depth) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    QString m_string;
    QList<OrderedJson> m_items;
    QList<Member> m_members;
};

} // namespace habmesos
