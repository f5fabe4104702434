// SPDX-License-Identifier: Apache-2.0
#include "habitatconfig.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <sstream>
#include <string>

#include <toml++/toml.h>

namespace habmesos {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("HabitatConfig", text);
}

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString render(const toml::node& node)
{
    std::ostringstream os;
    node.visit([&](auto&& n) { os << n; });
    return QString::fromStdString(os.str());
}

struct Leaf
{
    QStringList keys;
    QString value;
    toml::source_position position;
};

// Every non-table value under `table`, depth first. Inline tables are values.
void collect(const toml::table& table, const QStringList& prefix, QList<Leaf>& out)
{
    for (const auto& [key, node] : table) {
        QStringList keys = prefix;
        keys.append(fromStd(key.str()));
        if (const toml::table* t = node.as_table(); t && !t->is_inline())
            collect(*t, keys, out);
        else
            out.append({ keys, render(node), node.source().begin });
    }
}

// Parses a whole document; the error carries the position.
Result<QList<Leaf>> parseLeaves(const QString& text, const QString& sourceName)
{
    try {
        const QByteArray utf8 = text.toUtf8();
        const toml::table table = toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
        QList<Leaf> leaves;
        collect(table, {}, leaves);
        // toml++ keeps keys sorted; show them as the file has them.
        std::stable_sort(leaves.begin(), leaves.end(), [](const Leaf& a, const Leaf& b) {
            return a.position.line != b.position.line ? a.position.line < b.position.line
                                                      : a.position.column < b.position.column;
        });
        return leaves;
    } catch (const toml::parse_error& e) {
        return Result<QList<Leaf>>::failure(tr("%1: line %2, column %3: %4")
                                                .arg(sourceName)
                                                .arg(e.source().begin.line)
                                                .arg(e.source().begin.column)
                                                .arg(fromStd(e.description())));
    }
}

// One TOML value, normalized, or an error.
Result<QString> normalizeValue(const QString& text)
{
    if (text.contains(u'\n') && !text.contains(QStringLiteral("\"\"\"")) && !text.contains(QStringLiteral("'''")))
        return Result<QString>::failure(tr("a value must be on one line"));
    try {
        const QByteArray utf8 = QStringLiteral("v = %1\n").arg(text).toUtf8();
        const toml::table table = toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
        if (table.size() != 1 || !table.contains("v"))
            return Result<QString>::failure(tr("expected one TOML value, such as 8080, \"text\", true or [1, 2]"));
        return render(*table.get("v"));
    } catch (const toml::parse_error& e) {
        return Result<QString>::failure(
            tr("not a TOML value (%1); text needs quotes, as in \"info\"").arg(fromStd(e.description())));
    }
}

} // namespace

Result<HabitatConfig> HabitatConfig::parse(const QString& defaultToml, const QString& sourceName)
{
    const auto leaves = parseLeaves(defaultToml, sourceName);
    if (!leaves)
        return Result<HabitatConfig>::failure(leaves.error());
    HabitatConfig config;
    for (const Leaf& leaf : *leaves)
        config.m_entries.append({ leaf.keys, leaf.value, leaf.value, false });
    return config;
}

const HabitatConfig::Entry* HabitatConfig::find(const QStringList& keys) const
{
    for (const Entry& e : m_entries) {
        if (e.keys == keys)
            return &e;
    }
    return nullptr;
}

std::optional<QString> HabitatConfig::defaultValue(const QStringList& keys) const
{
    const Entry* e = find(keys);
    if (!e || e->defaultValue.isEmpty())
        return std::nullopt;
    return e->defaultValue;
}

Status HabitatConfig::setValue(const QStringList& keys, const QString& tomlValue)
{
    if (keys.isEmpty() || keys.contains(QString()))
        return Status::failure(tr("a configuration key must not be empty"));
    const Result<QString> value = normalizeValue(tomlValue.trimmed());
    if (!value)
        return Status::failure(tr("%1: %2").arg(dottedKey(keys), value.error()));
    // A key below a value, or a value over a table, would make the override invalid TOML.
    for (const Entry& e : m_entries) {
        if (e.keys == keys)
            continue;
        const bool below = keys.size() > e.keys.size() && keys.mid(0, e.keys.size()) == e.keys;
        const bool above = e.keys.size() > keys.size() && e.keys.mid(0, keys.size()) == keys;
        if (below || above)
            return Status::failure(
                tr("%1: conflicts with the key %2 of the configuration").arg(dottedKey(keys), dottedKey(e.keys)));
    }
    for (Entry& e : m_entries) {
        if (e.keys == keys) {
            e.value = *value;
            e.changed = e.defaultValue.isEmpty() || e.value != e.defaultValue;
            return success();
        }
    }
    m_entries.append({ keys, QString(), *value, true });
    return success();
}

void HabitatConfig::reset(const QStringList& keys)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry& e = m_entries[i];
        if (e.keys != keys)
            continue;
        if (e.defaultValue.isEmpty()) {
            m_entries.removeAt(i);
        } else {
            e.value = e.defaultValue;
            e.changed = false;
        }
        return;
    }
}

QString HabitatConfig::overrideToml(const QList<QStringList>& exclude) const
{
    QStringList lines;
    for (const Entry& e : m_entries) {
        if (!e.changed || exclude.contains(e.keys))
            continue;
        lines.append(dottedKey(e.keys) + QStringLiteral(" = ") + e.value);
    }
    return lines.join(u'\n');
}

Status HabitatConfig::applyOverride(const QString& overrideText)
{
    const auto leaves = parseLeaves(overrideText, QStringLiteral("override"));
    if (!leaves)
        return Status::failure(leaves.error());
    for (const Leaf& leaf : *leaves) {
        if (Status s = setValue(leaf.keys, leaf.value); !s)
            return s;
    }
    return success();
}

QString HabitatConfig::envVarName(QStringView packageName)
{
    QString name = packageName.toString().toUpper();
    name.replace(u'-', u'_');
    return QStringLiteral("HAB_") + name;
}

QString HabitatConfig::dottedKey(const QStringList& keys)
{
    static const QRegularExpression bare(QStringLiteral("\\A[A-Za-z0-9_-]+\\z"));
    QStringList parts;
    for (const QString& k : keys) {
        if (bare.match(k).hasMatch()) {
            parts.append(k);
            continue;
        }
        QString quoted = QStringLiteral("\"");
        for (const QChar c : k) {
            if (c == u'"' || c == u'\\')
                quoted += u'\\' + QString(c);
            else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
            else
                quoted += c;
        }
        quoted += u'"';
        parts.append(quoted);
    }
    return parts.join(u'.');
}

QStringList HabitatConfig::splitExportPath(QStringView path)
{
    QStringList out;
    for (QStringView part : path.trimmed().split(u'.'))
        out.append(part.toString());
    return out;
}

} // namespace habmesos
