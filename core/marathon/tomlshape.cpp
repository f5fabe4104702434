// SPDX-License-Identifier: Apache-2.0
#include "marathon/tomlshape.h"

#include <algorithm>
#include <vector>

namespace habmesos {

TomlShape TomlShape::measure(std::string_view s, int depthLimit, qint64 itemLimit)
{
    TomlShape shape;
    struct Frame
    {
        bool inlineTable;
        int depth; // of the container itself
    };
    std::vector<Frame> stack;
    int tableDepth = 0; // of the last [table] header
    int segments = 1; // of the key being read
    int valueDepth = 0;
    bool keyMode = true;
    bool header = false;
    int& deepest = shape.depth;
    const size_t n = s.size();
    size_t i = 0;
    auto note = [&](int depth) { deepest = std::max(deepest, depth); };
    // At a quote: past the string. A one-line string ends at the line's end at the latest, so an
    // unclosed quote cannot hide what follows.
    auto skipString = [&] {
        const char q = s[i];
        const bool basic = q == '"';
        const std::string_view triple = basic ? std::string_view("\"\"\"") : std::string_view("'''");
        if (s.substr(i, 3) == triple) {
            i += 3;
            while (i < n) {
                if (basic && s[i] == '\\') {
                    i += 2;
                } else if (s.substr(i, 3) == triple) {
                    i += 3;
                    for (int extra = 0; extra < 2 && i < n && s[i] == q; ++extra)
                        ++i; // up to two quotes of the content may end it: """a"""""
                    return;
                } else {
                    ++i;
                }
            }
            return;
        }
        ++i;
        while (i < n && s[i] != '\n') {
            if (basic && s[i] == '\\' && i + 1 < n && s[i + 1] != '\n')
                i += 2;
            else if (s[i++] == q)
                return;
        }
    };
    while (i < n && shape.depth <= depthLimit && shape.items <= itemLimit) {
        const char c = s[i];
        if (c == '"' || c == '\'') {
            skipString();
            continue;
        }
        ++i;
        if (c == ',')
            ++shape.items;
        if (c == '#') {
            while (i < n && s[i] != '\n')
                ++i;
        } else if (c == '\n') {
            if (stack.empty()) {
                keyMode = true;
                header = false;
                segments = 1;
            }
        } else if (keyMode) {
            if (c == '.') {
                ++segments;
            } else if (c == '[' && stack.empty() && !header) {
                header = true;
                if (i < n && s[i] == '[') {
                    ++i;
                    ++segments; // an array of tables: the array, then its table
                }
            } else if (c == ']' && header) {
                tableDepth = segments;
                note(tableDepth);
                ++shape.items;
                header = false;
                segments = 1;
            } else if (c == '=' && !header) {
                ++shape.items;
                keyMode = false;
                valueDepth = (stack.empty() ? tableDepth : stack.back().depth) + segments;
                note(valueDepth);
            } else if (c == '}' && !stack.empty() && stack.back().inlineTable) {
                stack.pop_back(); // {}
                keyMode = false;
            }
        } else if (c == '[' || c == '{') {
            stack.push_back({ c == '{', valueDepth });
            if (c == '{') {
                keyMode = true;
                segments = 1;
            } else {
                valueDepth = stack.back().depth + 1;
                note(valueDepth);
            }
        } else if ((c == ']' || c == '}') && !stack.empty()) {
            stack.pop_back();
        } else if (c == ',' && !stack.empty()) {
            if (stack.back().inlineTable) {
                keyMode = true;
                segments = 1;
            } else {
                valueDepth = stack.back().depth + 1;
            }
        }
    }
    return shape;
}

} // namespace habmesos
