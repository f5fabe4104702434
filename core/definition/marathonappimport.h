// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "definition/exportsettings.h"
#include "definition/orderedjsonreader.h"
#include "marathon/habitatappbuilder.h"
#include "package/packageident.h"
#include "result.h"

#include <QByteArrayView>
#include <QCborMap>
#include <QCoreApplication>
#include <QStringList>

namespace habmesos {

// Opens a Marathon app definition (a file the window saved, an operator's own app, an app from a
// server) for editing, in two steps: which Habitat package it runs (packageOf), and, once that
// package's facts are known, the settings that make AppDerivation derive the same app
// (settingsFor). What the settings cannot say is kept as written (ExportSettings::keptFields) and
// named in the notes, never dropped without a word.
class MarathonAppImport
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::MarathonAppImport)
public:
    // The app object of a definition: a JSON object, or a server's {"app": {...}} answer. Errors
    // say what is wrong and where (`where`: the position of a syntax error, for the editor).
    static Result<QCborMap> parse(QByteArrayView json, OrderedJsonReader::Position* where = nullptr);

    // The package the app runs: origin/name from its command (“/init.sh run origin/name”), version
    // and release from its tarball's name (origin-name-version-release.tgz) among its downloads.
    // The error names what is missing when it is not a Habitat app made this way.
    struct Package
    {
        PackageIdent ident; // version and release empty when no tarball names them
        QString tarballName; // empty when none was found
    };
    static Result<Package> packageOf(const QCborMap& app);

    struct Imported
    {
        ExportSettings settings;
        QStringList kept; // the top-level fields kept as written
        // For the operator: what was kept, what the settings write differently, what was left out.
        QStringList notes;
    };
    // The settings (the preferences and the package taken from `base`) that derive `app` for a
    // package with `facts` (its tarballFileName set). Fails only on a field of the wrong type
    // ("cpus" that is text), naming it.
    static Result<Imported> settingsFor(
        const QCborMap& app, const HabitatPackageFacts& facts, const ExportSettings& base);

    // What a server adds to an app it answers with (its state, not the definition): left out.
    static QStringList serverStatusFields();

private:
    static Status checkTypes(const QCborMap& app);
    // The service options the app says (HabitatServiceApp's variables, label, secrets, secret
    // files and data volume), taken out of `app` so that the other readers do not see them;
    // `instances` and `appId` are the app's, for the ring's default name and discovery
    // (marathonappimportservice.cpp).
    static HabitatServiceOptions readService(QCborMap& app, int instances, const QString& appId);
};

} // namespace habmesos
