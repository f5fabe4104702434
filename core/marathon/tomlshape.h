// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <string_view>

namespace habmesos {

// The shape of a TOML text, read without parsing it: how deep its tables and arrays nest, and how
// many keys, table headers and array items it has (upper bounds for valid TOML; a comma outside
// strings and comments counts as one more item, so a JSON text is bounded too). toml++ builds and
// frees nested tables recursively, so `a.a.a… = 1` of a few MiB would exhaust the stack, and
// `a = [1,1,1,…]` of 8 MiB takes half a gigabyte of nodes, before any check of the parsed tree
// could run: HabitatConfig measures a text first and refuses it past its bounds.
struct TomlShape
{
    int depth = 0;
    qint64 items = 0;

    // Stops reading once either count is past its limit (the text is refused then anyway).
    static TomlShape measure(std::string_view text, int depthLimit, qint64 itemLimit);
};

} // namespace habmesos
