// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <array>

namespace habmesos {

// The packages the tarball runs the service with, as the operator names them (partial idents
// allowed); empty: the newest of chef/X or core/X present, as Habitat's exporters default to chef/
// since 2025 and to core/ before. One value for the settings, the export and the command line.
struct SupervisorPackages
{
    enum class Part
    {
        Hab,
        Sup,
        Launcher,
        Busybox,
        Cacerts, // optional: included when present
    };
    static constexpr std::array<Part, 5> parts { Part::Hab, Part::Sup, Part::Launcher, Part::Busybox, Part::Cacerts };

    QString hab;
    QString sup;
    QString launcher;
    QString busybox;
    QString cacerts;

    QString& operator[](Part part)
    {
        switch (part) {
        case Part::Hab:
            return hab;
        case Part::Sup:
            return sup;
        case Part::Launcher:
            return launcher;
        case Part::Busybox:
            return busybox;
        case Part::Cacerts:
            return cacerts;
        }
        return hab;
    }
    const QString& operator[](Part part) const { return const_cast<SupervisorPackages&>(*this)[part]; }
    // The package's name without origin: "hab", "hab-sup", "hab-launcher", "busybox-static", "cacerts".
    static QString packageName(Part part)
    {
        switch (part) {
        case Part::Hab:
            return QStringLiteral("hab");
        case Part::Sup:
            return QStringLiteral("hab-sup");
        case Part::Launcher:
            return QStringLiteral("hab-launcher");
        case Part::Busybox:
            return QStringLiteral("busybox-static");
        case Part::Cacerts:
            return QStringLiteral("cacerts");
        }
        return {};
    }
    bool operator==(const SupervisorPackages&) const = default;
};

} // namespace habmesos
