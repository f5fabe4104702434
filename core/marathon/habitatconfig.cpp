// SPDX-License-Identifier: Apache-2.0
#include "marathon/habitatconfig.h"

#include "marathon/tomlshape.h"
#include "marathon/tomltext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <toml++/toml.h>

namespace habmesos {

namespace {

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
        keys.append(TomlText::fromStd(key.str()));
        if (const toml::table* t = node.as_table(); t && !t->is_inline())
            collect(*t, keys, out);
        else
            out.append({ keys, TomlText::value(node), node.source().begin });
    }
}

TomlShape measure(std::string_view text)
{
    return TomlShape::measure(text, HabitatConfig::MaxOverrideDepth, HabitatConfig::MaxConfigItems);
}

QString tooManyItems(const QString& sourceName)
{
    return HabitatConfig::tr(
        "%1: more than %L2 keys and array items, far more than a service's configuration holds; refused "
        "before reading it")
        .arg(sourceName)
        .arg(HabitatConfig::MaxConfigItems);
}

// Parses a whole document; the error carries the position.
Result<QList<Leaf>> parseLeaves(const QString& text, const QString& sourceName)
{
    const QByteArray utf8 = text.toUtf8();
    const std::string_view view(utf8.constData(), size_t(utf8.size()));
    // A package's default.toml as deep as `a.a.a… = 1` would overflow toml++'s recursion, and one
    // of millions of keys or items would take hundreds of megabytes of its nodes.
    const TomlShape shape = measure(view);
    if (shape.depth > HabitatConfig::MaxOverrideDepth)
        return Result<QList<Leaf>>::failure(HabitatConfig::tr("%1: it nests deeper than %2 levels")
                                                .arg(sourceName)
                                                .arg(HabitatConfig::MaxOverrideDepth));
    if (shape.items > HabitatConfig::MaxConfigItems)
        return Result<QList<Leaf>>::failure(tooManyItems(sourceName));
    try {
        const toml::table table = toml::parse(view);
        QList<Leaf> leaves;
        collect(table, {}, leaves);
        // toml++ keeps keys sorted; show them as the file has them.
        std::stable_sort(leaves.begin(), leaves.end(), [](const Leaf& a, const Leaf& b) {
            return a.position.line != b.position.line ? a.position.line < b.position.line
                                                      : a.position.column < b.position.column;
        });
        return leaves;
    } catch (const toml::parse_error& e) {
        return Result<QList<Leaf>>::failure(HabitatConfig::tr("%1: line %2, column %3: %4")
                                                .arg(sourceName)
                                                .arg(e.source().begin.line)
                                                .arg(e.source().begin.column)
                                                .arg(TomlText::fromStd(e.description())));
    }
}

// One TOML value, normalized, or an error.
Result<QString> normalizeValue(const QString& text)
{
    if (text.contains(u'\n') && !text.contains(QStringLiteral("\"\"\"")) && !text.contains(QStringLiteral("'''")))
        return Result<QString>::failure(HabitatConfig::tr("a value must be on one line"));
    try {
        const QByteArray utf8 = QStringLiteral("v = %1\n").arg(text).toUtf8();
        const toml::table table = toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
        if (table.size() != 1 || !table.contains("v"))
            return Result<QString>::failure(
                HabitatConfig::tr("expected one TOML value, such as 8080, \"text\", true or [1, 2]"));
        return TomlText::value(*table.get("v"));
    } catch (const toml::parse_error& e) {
        return Result<QString>::failure(HabitatConfig::tr("not a TOML value (%1); text needs quotes, as in \"info\"")
                                            .arg(TomlText::fromStd(e.description())));
    }
}

// A JSON value as a TOML node; hab accepts a JSON object for HAB_<PKG>.
Result<std::unique_ptr<toml::node>> fromJson(const QJsonValue& value, const QString& at, int depth)
{
    using R = Result<std::unique_ptr<toml::node>>;
    if (depth > HabitatConfig::MaxOverrideDepth)
        return R::failure(HabitatConfig::tr("it nests deeper than %1 levels").arg(HabitatConfig::MaxOverrideDepth));
    auto utf8 = [](const QString& text, std::string* out) {
        if (!QStringView(text).isValidUtf16())
            return false;
        *out = text.toStdString();
        return true;
    };
    switch (value.type()) {
    case QJsonValue::Bool:
        return R(std::make_unique<toml::value<bool>>(value.toBool()));
    case QJsonValue::Double: {
        // Qt keeps a JSON integer that fits as an integer. It also turns a float with an integral
        // value (5.0, 1e3) into one, where hab's serde_json keeps a float: a known difference.
        const QVariant v = value.toVariant();
        if (v.typeId() == QMetaType::LongLong)
            return R(std::make_unique<toml::value<int64_t>>(v.toLongLong()));
        return R(std::make_unique<toml::value<double>>(value.toDouble()));
    }
    case QJsonValue::String: {
        std::string text;
        if (!utf8(value.toString(), &text))
            return R::failure(HabitatConfig::tr("the JSON string at %1 is not valid Unicode").arg(at));
        return R(std::make_unique<toml::value<std::string>>(std::move(text)));
    }
    case QJsonValue::Array: {
        auto array = std::make_unique<toml::array>();
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            auto item = fromJson(items.at(i), QStringLiteral("%1/%2").arg(at).arg(i), depth + 1);
            if (!item)
                return item;
            array->push_back(std::move(*item.value()));
        }
        return R(std::move(array));
    }
    case QJsonValue::Object: {
        auto table = std::make_unique<toml::table>();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            std::string key;
            if (!utf8(it.key(), &key))
                return R::failure(HabitatConfig::tr("a JSON key at %1 is not valid Unicode")
                                      .arg(at.isEmpty() ? QStringLiteral("/") : at));
            auto item = fromJson(it.value(), at + u'/' + it.key(), depth + 1);
            if (!item)
                return item;
            table->insert(key, std::move(*item.value()));
        }
        return R(std::move(table));
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return R::failure(HabitatConfig::tr("the JSON null at %1 has no TOML equivalent").arg(at));
}

struct Placed
{
    QStringList keys;
    const toml::node* node;
    toml::source_position position;
};

// Every value under `table` with its whole key path. Tables, inline or not, are opened, so the
// only tables left are in arrays. An empty table stays as `{}`, unless a wired key lies under it:
// the wired key's line makes that table.
void flatten(const toml::table& table, const QStringList& prefix, const QList<QStringList>& wired, QList<Placed>& out)
{
    for (const auto& [key, node] : table) {
        QStringList keys = prefix;
        keys.append(TomlText::fromStd(key.str()));
        const toml::table* t = node.as_table();
        if (t && !t->empty()) {
            flatten(*t, keys, wired, out);
            continue;
        }
        if (t && std::any_of(wired.begin(), wired.end(), [&](const QStringList& w) {
                return w.size() > keys.size() && w.mid(0, keys.size()) == keys;
            }))
            continue;
        out.append({ keys, &node, node.source().begin });
    }
}

QString elided(const QString& text)
{
    return text.size() > 60 ? text.left(57) + QStringLiteral("…") : text;
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

Result<HabitatConfig::Override> HabitatConfig::normalizeOverride(
    const QString& text, const QList<QStringList>& wiredKeys, const QString& sourceName)
{
    using R = Result<Override>;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > MaxOverrideBytes)
        return R::failure(tr("it is larger than 8 MiB"));
    const std::string_view view(utf8.constData(), size_t(utf8.size()));
    // The depth bound reads the text as TOML; JSON (which Qt parses with a depth limit of its
    // own) may look deep to it, so a text too deep for toml++ is still tried as JSON. The count
    // bounds both: its commas count as items either way.
    const TomlShape shape = measure(view);
    if (shape.items > MaxConfigItems)
        return R::failure(sourceName.isEmpty() ? tr("it has more than %L1 keys and array items, far more than a "
                                                    "service's configuration holds; refused before reading it")
                                                     .arg(MaxConfigItems)
                                               : tooManyItems(sourceName));
    const bool tooDeep = shape.depth > MaxOverrideDepth;
    toml::table root;
    QString tomlError;
    if (tooDeep) {
        tomlError = tr("it nests deeper than %1 levels").arg(MaxOverrideDepth);
    } else {
        try {
            root = toml::parse(view);
        } catch (const toml::parse_error& e) {
            tomlError = tr("it is neither TOML nor a JSON object, so the Supervisor would refuse it: line %1, "
                           "column %2: %3")
                            .arg(e.source().begin.line)
                            .arg(e.source().begin.column)
                            .arg(TomlText::fromStd(e.description()));
        }
    }
    if (!tomlError.isEmpty()) {
        QJsonParseError jsonError;
        const QJsonDocument json = QJsonDocument::fromJson(utf8, &jsonError);
        if (jsonError.error != QJsonParseError::NoError || !json.isObject())
            return R::failure(tomlError);
        auto converted = fromJson(json.object(), QString(), 1);
        if (!converted)
            return R::failure(converted.error());
        root = std::move(*converted.value()->as_table());
    }

    Override out;
    for (const QStringList& keys : wiredKeys) {
        if (keys.isEmpty())
            continue;
        toml::table* parent = &root;
        for (qsizetype i = 0; parent && i + 1 < keys.size(); ++i) {
            toml::node* node = parent->get(keys[i].toStdString());
            if (node && !node->is_table())
                return R::failure(
                    tr("%1 follows the port Marathon assigns, so %2 must be a table, not %3")
                        .arg(dottedKey(keys), dottedKey(keys.mid(0, i + 1)), elided(TomlText::value(*node))));
            parent = node ? node->as_table() : nullptr;
        }
        const std::string last = keys.last().toStdString();
        if (const toml::node* node = parent ? parent->get(last) : nullptr) {
            out.removed.append({ keys, elided(TomlText::value(*node)) });
            parent->erase(last);
        }
    }

    QList<Placed> placed;
    flatten(root, {}, wiredKeys, placed);
    // toml++ keeps keys sorted; keep the operator's order (JSON's is lost already: sorted it stays).
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
        return a.position.line != b.position.line ? a.position.line < b.position.line
                                                  : a.position.column < b.position.column;
    });
    QStringList lines;
    for (const Placed& p : placed)
        lines.append(dottedKey(p.keys) + QStringLiteral(" = ") + TomlText::value(*p.node));
    out.toml = lines.join(u'\n');
    return out;
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
