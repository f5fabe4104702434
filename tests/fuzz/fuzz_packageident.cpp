// SPDX-License-Identifier: Apache-2.0
// Package identifiers (PackageIdent::parse) and Habitat's version order. The input's lines are
// parsed one by one; the first three are also compared as versions and as idents.
#include "fuzz/fuzzsupport.h"

#include "package/packageident.h"

#include <compare>

using namespace habmesos;

namespace {

int sign(std::strong_ordering o)
{
    return o < 0 ? -1 : o > 0 ? 1 : 0;
}

QString pair(const QString& a, const QString& b)
{
    return QStringLiteral("“%1” vs “%2”").arg(a, b);
}

// The order must be one std::sort can use: antisymmetric and transitive.
template <typename T, typename Compare> void checkOrder(const T& a, const T& b, const T& c, Compare compare)
{
    FUZZ_CHECK(compare(a, a) == 0, QStringLiteral("not reflexive"));
    FUZZ_CHECK(compare(a, b) == -compare(b, a), QStringLiteral("not antisymmetric"));
    const int ab = compare(a, b);
    const int bc = compare(b, c);
    if (ab <= 0 && bc <= 0)
        FUZZ_CHECK(compare(a, c) <= 0, QStringLiteral("not transitive (a <= b <= c, a > c)"));
    if (ab >= 0 && bc >= 0)
        FUZZ_CHECK(compare(a, c) >= 0, QStringLiteral("not transitive (a >= b >= c, a < c)"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QStringList lines = QString::fromUtf8(fuzz::bytes(data, size)).split(u'\n');
    QList<PackageIdent> idents;
    for (const QString& line : lines) {
        const auto ident = PackageIdent::parse(line);
        if (!ident)
            continue;
        // What parses is exactly what toString() writes, and parses again to the same ident.
        FUZZ_CHECK(ident->toString() == line, pair(ident->toString(), line));
        const auto again = PackageIdent::parse(ident->toString());
        FUZZ_CHECK(again && again.value() == ident.value(), line);
        FUZZ_CHECK(ident->isValid(), line);
        FUZZ_CHECK(PackageIdent::isValidOrigin(ident->origin()) && PackageIdent::isValidName(ident->name()), line);
        FUZZ_CHECK(ident->satisfies(ident.value()), line);
        FUZZ_CHECK(ident->installPath() == QStringLiteral("hab/pkgs/") + line, ident->installPath());
        if (ident->isFullyQualified()) {
            const auto partial = PackageIdent::parse(ident->shortName());
            FUZZ_CHECK(partial && ident->satisfies(partial.value()), ident->shortName());
        }
        idents.append(ident.value());
    }
    if (lines.size() >= 3)
        checkOrder(lines[0], lines[1], lines[2],
            [](const QString& a, const QString& b) { return sign(PackageIdent::compareVersions(a, b)); });
    if (idents.size() >= 3)
        checkOrder(idents[0], idents[1], idents[2],
            [](const PackageIdent& a, const PackageIdent& b) { return sign(a <=> b); });
    return 0;
}
