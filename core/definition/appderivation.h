// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "definition/exportsettings.h"
#include "export/exportresult.h"
#include "fieldproblem.h"
#include "marathon/habitatappbuilder.h"
#include "marathon/habitatconfig.h"
#include "marathon/marathonapp.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace habmesos {

// The one way from (package facts, operator settings) to the Marathon application and its
// problems, for the window's preview and `habmesos export` alike: HabitatAppBuilder::build, then
// the operator's edits in a fixed order, then HabitatAppBuilder::finish, then the validator and
// what the legacy flavour loses. A rule about the app goes into the builder or here, never into a
// caller.
class AppDerivation
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::AppDerivation)
public:
    // A setting that does not fit this package (a port name it does not have, a configuration key
    // its default.toml cannot take): the command line's usage error, a problem on the field in the
    // window.
    struct SettingProblem
    {
        enum class Setting
        {
            PortNumbers, // ExportSettings::portNumbers
            Config, // ExportSettings::config
        };
        Setting setting;
        QString message;
    };

    struct Derived
    {
        MarathonApp app;
        HabitatConfig config; // default.toml with the operator's changes, for the editor
        // The builder's, the validator's and the legacy flavour's losses, each on its field; a
        // setting problem is among them as an error too.
        FieldProblems problems;
        QList<SettingProblem> settingProblems;
        HealthCheckSettings supervisorHealthCheck; // the check the settings change (defaultHealthCheck)
    };

    // `facts` without fetchUri: it comes from the settings (ExportSettings::fetchUriFor).
    static Derived derive(HabitatPackageFacts facts, const ExportSettings& settings);
    // The builder's options the settings make (for HabitatAppBuilder's helpers).
    static HabitatAppOptions builderOptions(const HabitatPackageFacts& facts, const ExportSettings& settings);
    // The harts layout's downloads an export wrote, as the facts take them (fetch URIs are
    // derive()'s).
    static QList<HabitatPackageFacts::Hart> hartsOf(const ExportResult& result);
    // The field a setting problem is shown on in the window.
    static QString fieldOf(const SettingProblem& problem, const HabitatPackageFacts& facts);
};

} // namespace habmesos
