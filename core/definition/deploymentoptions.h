// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldproblem.h"
#include "marathon/marathonapp.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace habmesos {

// How Marathon rolls the app out, relaunches it and where it may run: the fields of Marathon's
// form that are not about the package (upgrade strategy, backoff, accepted resource roles, the
// task's user, extra downloads). Unset optionals and empty lists are left out of the JSON, so
// Marathon's own defaults apply (the user: the builder's root). A plain value held by
// ExportSettings; applyTo() puts it into the app (MarathonJsonWriter writes it), fromJson() reads
// it back from an app's JSON.
struct DeploymentOptions
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::DeploymentOptions)
public:
    std::optional<MarathonUpgradeStrategy> upgradeStrategy; // nullopt: Marathon's 1 and 1
    std::optional<int> backoffSeconds; // nullopt: Marathon's 1
    std::optional<double> backoffFactor; // nullopt: Marathon's 1.15
    std::optional<int> maxLaunchDelaySeconds; // nullopt: Marathon's 300 (3600 before 1.8)
    QStringList acceptedResourceRoles; // empty: Marathon's --default_accepted_resource_roles
    // The Mesos task user; nullopt: root, which the launch command needs for mount and chroot.
    std::optional<QString> user;
    // Downloads after the tarball (which is always fetch[0]).
    QList<MarathonFetch> extraFetch;

    bool operator==(const DeploymentOptions&) const = default;
    bool isEmpty() const { return *this == DeploymentOptions(); }

    // Sets the app's fields; the extra downloads are appended to its fetch list.
    void applyTo(MarathonApp& app) const;
    // The options an app's JSON (Marathon's, or ours) holds; fetch[0] (or uris[0]) is taken to be the
    // tarball and is not among them. A value of the wrong type is left out with a warning on its
    // field in `problems`.
    static DeploymentOptions fromJson(const QJsonObject& app, FieldProblems* problems = nullptr);
    // The app JSON's top-level keys fromJson() reads (all of "fetch"/"uris" but the first entry).
    static QStringList jsonKeys();

    // One extra download as `--fetch` says it: URI[,extract=BOOL][,executable=BOOL][,cache=BOOL][,dest=PATH]
    // (dest last: it takes the rest). Marathon's defaults: extract true, executable and cache false.
    static Result<MarathonFetch> parseFetch(const QString& text);
    // The inverse of parseFetch; nullopt when the URI holds ",extract=" and the like, which
    // parseFetch would take for a flag.
    static std::optional<QString> formatFetch(const MarathonFetch& fetch);
};

} // namespace habmesos
