// SPDX-License-Identifier: Apache-2.0
#include "definition/orderedjsonreader.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonDocument>
#include <QJsonParseError>

namespace habmesos {

namespace {

// A recursive descent over text QJsonDocument has accepted, so it only needs to follow valid JSON.
class Reader
{
public:
    explicit Reader(QByteArrayView text)
        : m_text(text)
    { }

    // nullopt when the nesting is deeper than MaxDepth.
    std::optional<QCborValue> value(int depth)
    {
        if (depth > OrderedJsonReader::MaxDepth)
            return std::nullopt;
        skipSpace();
        const char c = m_text[m_at];
        if (c == '{') {
            ++m_at;
            QCborMap map;
            skipSpace();
            if (m_text[m_at] == '}') {
                ++m_at;
                return QCborValue(map);
            }
            while (true) {
                skipSpace();
                const QString key = string();
                skipSpace();
                ++m_at; // ':'
                std::optional<QCborValue> item = value(depth + 1);
                if (!item)
                    return std::nullopt;
                map.insert(key, *item); // a repeated key keeps the first one's place, the last one's value
                skipSpace();
                if (m_text[m_at++] == '}')
                    return QCborValue(map);
            }
        }
        if (c == '[') {
            ++m_at;
            QCborArray array;
            skipSpace();
            if (m_text[m_at] == ']') {
                ++m_at;
                return QCborValue(array);
            }
            while (true) {
                std::optional<QCborValue> item = value(depth + 1);
                if (!item)
                    return std::nullopt;
                array.append(*item);
                skipSpace();
                if (m_text[m_at++] == ']')
                    return QCborValue(array);
            }
        }
        if (c == '"')
            return QCborValue(string());
        if (c == 't') {
            m_at += 4;
            return QCborValue(true);
        }
        if (c == 'f') {
            m_at += 5;
            return QCborValue(false);
        }
        if (c == 'n') {
            m_at += 4;
            return QCborValue(nullptr);
        }
        return number();
    }

private:
    void skipSpace()
    {
        while (m_at < m_text.size()
            && (m_text[m_at] == ' ' || m_text[m_at] == '\t' || m_text[m_at] == '\n' || m_text[m_at] == '\r'))
            ++m_at;
    }

    QString string()
    {
        ++m_at; // '"'
        QString out;
        qsizetype run = m_at;
        while (m_text[m_at] != '"') {
            if (m_text[m_at] != '\\') {
                ++m_at;
                continue;
            }
            out += QString::fromUtf8(m_text.sliced(run, m_at - run));
            const char e = m_text[m_at + 1];
            m_at += 2;
            switch (e) {
            case 'b':
                out += u'\b';
                break;
            case 'f':
                out += u'\f';
                break;
            case 'n':
                out += u'\n';
                break;
            case 'r':
                out += u'\r';
                break;
            case 't':
                out += u'\t';
                break;
            case 'u':
                // UTF-16 units: a surrogate pair is two escapes, and QString is UTF-16.
                out += QChar(char16_t(QByteArray(m_text.sliced(m_at, 4).data(), 4).toUShort(nullptr, 16)));
                m_at += 4;
                break;
            default:
                out += QChar::fromLatin1(e);
                break; // '"', '\\', '/'
            }
            run = m_at;
        }
        out += QString::fromUtf8(m_text.sliced(run, m_at - run));
        ++m_at;
        return out;
    }

    QCborValue number()
    {
        const qsizetype start = m_at;
        bool integral = true;
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c == '.' || c == 'e' || c == 'E')
                integral = false;
            else if (c != '-' && c != '+' && (c < '0' || c > '9'))
                break;
            ++m_at;
        }
        const QByteArray token = m_text.sliced(start, m_at - start).toByteArray();
        bool ok = false;
        if (integral) {
            const qint64 n = token.toLongLong(&ok);
            if (ok)
                return QCborValue(n);
        }
        return QCborValue(token.toDouble());
    }

    QByteArrayView m_text;
    qsizetype m_at = 0;
};

} // namespace

OrderedJsonReader::Position OrderedJsonReader::positionOf(QByteArrayView text, qsizetype offset)
{
    Position p;
    p.offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArrayView before = text.first(p.offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    p.line = int(before.count('\n')) + 1;
    p.column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return p;
}

Result<QCborValue> OrderedJsonReader::read(QByteArrayView json, Position* where)
{
    if (json.size() > MaxBytes)
        return Result<QCborValue>::failure(tr("the text is %1 MiB, more than the %2 MiB an app definition may have")
                                               .arg(QString::number(double(json.size()) / (1 << 20), 'f', 1))
                                               .arg(MaxBytes >> 20));
    QJsonParseError error;
    const QByteArray bytes = json.toByteArray();
    (void)QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const Position p = positionOf(json, error.offset);
        if (where)
            *where = p;
        return Result<QCborValue>::failure(
            tr("line %1, column %2: %3 (this is not JSON there)").arg(p.line).arg(p.column).arg(error.errorString()));
    }
    Reader reader(json);
    std::optional<QCborValue> value = reader.value(0);
    if (!value)
        return Result<QCborValue>::failure(tr("the JSON nests deeper than %1 levels").arg(MaxDepth));
    return *value;
}

} // namespace habmesos
