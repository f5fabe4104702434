// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <utility>

namespace habmesos {

// A JSON value to write whose objects keep their members in the order they were inserted.
//
// Written by hand because QJsonObject sorts its keys: the application definition is read by
// people (preview, file, clipboard), who expect `id` first and the rest in a fixed, sensible
// order. Only a writer: to read JSON, use QJsonDocument. Output follows RFC 8259 (escapes for '"',
// '\\' and all control characters; UTF-8 otherwise); numbers are written in their shortest
// round-trip form, integral values without a fraction.
class OrderedJson
{
public:
    OrderedJson() = default; // null
    OrderedJson(bool b);
    OrderedJson(double n);
    OrderedJson(int n);
    OrderedJson(qint64 n); // exactly, also beyond 2^53 where a double would round it
    OrderedJson(const QString& s);
    OrderedJson(const char* s);
    static OrderedJson array();
    static OrderedJson object();

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

    // A JSON string literal with RFC 8259 escaping.
    static QString quote(QStringView text);
    // The shortest text that reads back as `value`; "256" rather than "256.0"; "null" for NaN/inf.
    static QString formatNumber(double value);

private:
    enum class Type
    {
        Null,
        Bool,
        Number,
        Integer,
        String,
        Array,
        Object
    };
    using Member = std::pair<QString, OrderedJson>;

    void write(QString& out, Style style, int depth) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    qint64 m_integer = 0;
    QString m_string;
    QList<OrderedJson> m_items;
    QList<Member> m_members;
};

} // namespace habmesos
