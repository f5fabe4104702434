// SPDX-License-Identifier: Apache-2.0
// default.toml and the operator's HAB_<PKG> override (HabitatConfig). The input is up to three
// texts separated by lines "%%": a package's default.toml, an override (TOML or a JSON object),
// and values for setValue(), one a line, set on the default's first key.
#include "fuzz/fuzzsupport.h"

#include "marathon/habitatconfig.h"

using namespace habmesos;

namespace {

QString both(const QString& a, const QString& b)
{
    return QStringLiteral("first:\n%1\nthen:\n%2").arg(a, b);
}

void checkParsed(const HabitatConfig& config)
{
    for (const HabitatConfig::Entry& e : config.entries()) {
        FUZZ_CHECK(!e.keys.isEmpty() && !e.changed && e.value == e.defaultValue, e.keys.join(u'.'));
        FUZZ_CHECK(config.find(e.keys) == &e, e.keys.join(u'.'));
    }
    FUZZ_CHECK(config.overrideToml().isEmpty(), config.overrideToml());
}

// What the editor writes after an override is applied reads back as the same changes.
void checkOverrideRoundTrip(const HabitatConfig& defaults, const HabitatConfig& edited)
{
    const QString written = edited.overrideToml();
    HabitatConfig again = defaults;
    const Status applied = again.applyOverride(written);
    FUZZ_CHECK(applied, both(written, applied.error()));
    FUZZ_CHECK(again.overrideToml() == written, both(written, again.overrideToml()));
}

void checkNormalized(const QString& text, const QList<QStringList>& wired)
{
    const auto normal = HabitatConfig::normalizeOverride(text, wired);
    if (!normal)
        return;
    // Normalizing is idempotent, and what it writes no longer holds the wired keys.
    const auto again = HabitatConfig::normalizeOverride(normal->toml, wired);
    FUZZ_CHECK(again, both(normal->toml, again.error()));
    FUZZ_CHECK(again->toml == normal->toml, both(normal->toml, again->toml));
    FUZZ_CHECK(again->removed.isEmpty(), normal->toml);
    const auto parsed = HabitatConfig::parse(normal->toml, QStringLiteral("override"));
    FUZZ_CHECK(parsed, both(normal->toml, parsed.error()));
    for (const QStringList& keys : wired)
        FUZZ_CHECK(!parsed->find(keys), both(keys.join(u'.'), normal->toml));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = fuzz::sections(fuzz::bytes(data, size), "%%");
    const QString defaultToml = QString::fromUtf8(parts.value(0));
    const QString overrideText = QString::fromUtf8(parts.value(1));

    // The wired keys are those a port would fill: two of the package's own keys, or the usual.
    QList<QStringList> wired = { { QStringLiteral("port") }, { QStringLiteral("http"), QStringLiteral("port") } };
    const auto config = HabitatConfig::parse(defaultToml);
    if (!config) {
        FUZZ_CHECK(config.error().startsWith(QLatin1String("default.toml: ")), config.error());
    } else {
        checkParsed(config.value());
        if (!config->entries().isEmpty())
            wired = { config->entries().first().keys, config->entries().last().keys };

        HabitatConfig edited = config.value();
        if (edited.applyOverride(overrideText))
            checkOverrideRoundTrip(config.value(), edited);

        if (!config->entries().isEmpty()) {
            const QStringList keys = config->entries().first().keys;
            for (const QString& value : QString::fromUtf8(parts.value(2)).split(u'\n').mid(0, 8)) {
                HabitatConfig set = config.value();
                if (!set.setValue(keys, value))
                    continue;
                FUZZ_CHECK(!set.find(keys)->value.isEmpty(), value);
                checkOverrideRoundTrip(config.value(), set);
                set.reset(keys);
                FUZZ_CHECK(set.overrideToml().isEmpty(), set.overrideToml());
            }
        }
    }
    checkNormalized(overrideText, wired);
    return 0;
}
