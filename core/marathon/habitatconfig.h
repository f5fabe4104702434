// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace habmesos {

// A package's service configuration (default.toml), editable key by key, and the override the
// Supervisor reads from the environment variable HAB_<PKGNAME>.
//
// Every value that is not a table (numbers, strings, booleans, dates, arrays, inline tables) is
// one entry, in the order default.toml lists them. Values are TOML text ("8080", "'info'",
// "[ 1, 2 ]"). The override holds only what the operator changed, one dotted key per line at the
// top level (`http.port = 8081`), so that more keys can be put in front of it at start time
// without clashing with a table header. Parsing uses toml++ (Debian's libtomlplusplus-dev).
class HabitatConfig
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::HabitatConfig)
public:
    struct Entry
    {
        QStringList keys; // the path: {"http", "port"}
        QString defaultValue; // TOML text; empty for keys the override adds that default.toml lacks
        QString value; // TOML text, normalized
        bool changed = false;
    };

    // An empty text is an empty configuration. Errors name the source and the position:
    // "default.toml: line 3, column 5: ..."; callers name the package in `sourceName`
    // ("core/nginx/1.25.4/20240101000000/default.toml", HabitatAppBuilder::defaultTomlName()).
    static Result<HabitatConfig> parse(
        const QString& defaultToml, const QString& sourceName = QStringLiteral("default.toml"));

    const QList<Entry>& entries() const { return m_entries; }
    const Entry* find(const QStringList& keys) const;
    // The default of a key path, if default.toml has it.
    std::optional<QString> defaultValue(const QStringList& keys) const;

    // Sets one key to a TOML value ("8081", "\"debug\"", "[1, 2]"); the text must be exactly one
    // TOML value. Setting the default back clears the change. A key default.toml lacks is added.
    Status setValue(const QStringList& keys, const QString& tomlValue);
    void reset(const QStringList& keys);

    // The changed keys as TOML, "dotted.key = value" lines joined by '\n' (no final newline);
    // empty when nothing changed.
    // Keys in `exclude` are left out (they are set at start time, e.g. from a Marathon port).
    QString overrideToml(const QList<QStringList>& exclude = {}) const;
    // Applies an override such as overrideToml() wrote (or any TOML document): every value in it
    // becomes a change. Used to show an existing HAB_<PKG> value in the editor.
    Status applyOverride(const QString& overrideToml);

    // What normalizeOverride makes of the operator's own HAB_<PKG> text.
    struct Override
    {
        // Every leaf as a top-level dotted key, one per line ("http.keepalive = 5"), so that the
        // command's `key = $PORTn` lines can go in front of it; empty when nothing is left.
        QString toml;
        // The keys of `wiredKeys` the text set (they are left out), each with its value as TOML.
        QList<std::pair<QStringList, QString>> removed;
    };
    // hab reads HAB_<PKG> as TOML, then as a JSON object (templating/config.rs); either is accepted.
    // The keys in `wiredKeys` are taken out; a text that makes one of their parents something
    // other than a table (`http = 5` for http.port) is refused, as is one that is not TOML nor a
    // JSON object, is larger than MaxOverrideBytes, nests deeper than MaxOverrideDepth or has
    // more than MaxConfigItems keys and array items (that error names `sourceName` when given).
    static Result<Override> normalizeOverride(
        const QString& text, const QList<QStringList>& wiredKeys, const QString& sourceName = {});
    static constexpr qsizetype MaxOverrideBytes = 8 * 1024 * 1024;
    // Both bounds are checked by a scan of the text before toml++ reads it (parse() too): deeper
    // nesting would overflow its recursion, more items take memory in proportion (a 8 MiB
    // `a = [1,1,…]` is four million nodes). Real configurations have hundreds of keys.
    static constexpr int MaxOverrideDepth = 64;
    static constexpr qint64 MaxConfigItems = 100'000;

    // "HAB_" + the package name upper-cased with '-' as '_' (Habitat's rule for HAB_<PKGNAME>).
    static QString envVarName(QStringView packageName);
    // A TOML dotted key: bare segments where TOML allows ([A-Za-z0-9_-]+), quoted otherwise.
    static QString dottedKey(const QStringList& keys);
    // A Habitat EXPORTS config path ("http.port") as key segments.
    static QStringList splitExportPath(QStringView path);

private:
    QList<Entry> m_entries;
};

} // namespace habmesos
