// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <string_view>

#include <toml++/toml.h>

namespace habmesos {

// TOML values and keys written as text on one line, so that a value can follow a dotted key in
// the HAB_<PKG> override (HabitatConfig). Written here rather than by toml++'s own writer, which
// is left dates and times: it breaks arrays over lines by a width estimate that is undefined for
// floats below 0.1, NaN, infinities and INT64_MIN (marzer/tomlplusplus#276), and writes a string
// that starts with a newline as a multi-line literal string, whose first newline TOML drops on
// reading.
class TomlText
{
public:
    // One value: strings quoted and escaped, arrays and tables inline, integers in the operator's
    // base, floats as the shortest text that reads back, dates and times as toml++ writes them;
    // keys as HabitatConfig::dottedKey writes them.
    static QString value(const toml::node& node);
    static QString fromStd(std::string_view utf8);

private:
    static QString string(std::string_view utf8);
    static QString floatingPoint(double d);
};

} // namespace habmesos
