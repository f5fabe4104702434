// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace habmesos {

// One name/value pair of `env` or `labels`. Kept as an ordered list, not a map, so that what the
// operator typed keeps its order in the preview and in the file.
struct MarathonKeyValue
{
    QString key;
    QString value;
    bool operator==(const MarathonKeyValue&) const = default;
};
using MarathonKeyValues = QList<MarathonKeyValue>;

// `portDefinitions[]` (RAML network.PortDefinition).
struct MarathonPortDefinition
{
    int port = 0; // 0: a dynamic host port
    QString protocol = QStringLiteral("tcp"); // tcp, udp or "udp,tcp"
    QString name; // empty: no name
    MarathonKeyValues labels;
    bool operator==(const MarathonPortDefinition&) const = default;
};

// `fetch[]` (RAML artifact.Artifact). Defaults are Marathon's.
struct MarathonFetch
{
    QString uri;
    bool extract = true;
    bool executable = false;
    bool cache = false;
    QString destPath; // empty: not written
    bool operator==(const MarathonFetch&) const = default;

    // What Marathon makes of a deprecated `uris` entry: extracted only when the URI's path ends in
    // an archive suffix (.tar .tar.gz .tar.bz2 .tar.xz .gz .tgz .tbz2 .txz .zip; AppNormalization).
    static bool extractedFromUris(const QString& uri);
};

// `healthChecks[]` (RAML healthCheck.AppHealthCheck). Unset optionals are left to Marathon's defaults.
struct MarathonHealthCheck
{
    QString protocol = QStringLiteral("HTTP"); // HTTP HTTPS TCP COMMAND MESOS_HTTP MESOS_HTTPS MESOS_TCP
    std::optional<QString> path;
    std::optional<int> portIndex;
    std::optional<int> port;
    std::optional<QString> command; // written as {"value": command}
    std::optional<int> gracePeriodSeconds;
    std::optional<int> intervalSeconds;
    std::optional<int> timeoutSeconds;
    std::optional<int> maxConsecutiveFailures;
    std::optional<bool> ignoreHttp1xx;
    bool operator==(const MarathonHealthCheck&) const = default;
};

// One `constraints[]` entry: [field, OPERATOR] or [field, OPERATOR, value].
struct MarathonConstraint
{
    QString field;
    QString op;
    std::optional<QString> value;
    bool operator==(const MarathonConstraint&) const = default;
};

// An environment variable whose value is a secret: `"KEY": {"secret": "<name>"}` (RAML
// EnvVarSecret), the name declared in `secrets`. Written after the plain variables.
struct MarathonSecretEnv
{
    QString key;
    QString secret;
    bool operator==(const MarathonSecretEnv&) const = default;
};

// One `secrets` declaration: `"<name>": {"source": "<secret store path>"}`. Marathon takes them
// only with --enable_features secrets (DC/OS has it).
struct MarathonSecret
{
    QString name;
    QString source;
    bool operator==(const MarathonSecret&) const = default;
};

// A local persistent volume (RAML volumes.AppPersistentVolume) in `container: {type: MESOS}`; a
// relative containerPath is a directory in the sandbox. It makes the app resident (MarathonValidator
// checks what Marathon requires of those).
struct MarathonPersistentVolume
{
    QString containerPath;
    int sizeMiB = 0;
    QString mode = QStringLiteral("RW");
    bool operator==(const MarathonPersistentVolume&) const = default;
};

struct MarathonUpgradeStrategy
{
    double minimumHealthCapacity = 1.0;
    double maximumOverCapacity = 1.0;
    bool operator==(const MarathonUpgradeStrategy&) const = default;
};

// The Marathon application definition as an operator edits it: a plain value, no validation (see
// MarathonValidator) and no JSON (see MarathonJsonWriter). Only the fields we
// offer are modelled; the defaults are those of Habitat's original Mesos exporter (0.5 CPUs,
// 256 MiB, no disk, one instance), not Marathon's.
class MarathonApp
{
public:
    static constexpr double DefaultCpus = 0.5;
    static constexpr double DefaultMem = 256;
    static constexpr double DefaultDisk = 0;
    static constexpr int DefaultInstances = 1;

    QString id;
    std::optional<QString> cmd;
    std::optional<QStringList> args; // only to report "cmd and args" from imported JSON; we never build it
    std::optional<QString> user;
    double cpus = DefaultCpus;
    double mem = DefaultMem;
    double disk = DefaultDisk;
    int instances = DefaultInstances;
    MarathonKeyValues env;
    QList<MarathonSecretEnv> secretEnv; // in `env`, after the plain variables
    QList<MarathonFetch> fetch;
    QList<MarathonPortDefinition> portDefinitions;
    bool requirePorts = false;
    QList<MarathonHealthCheck> healthChecks;
    MarathonKeyValues labels;
    QList<MarathonConstraint> constraints;
    std::optional<MarathonUpgradeStrategy> upgradeStrategy;
    // Seconds between the executor's SIGTERM and its SIGKILL; nullopt: Mesos' default of 3 s.
    std::optional<int> taskKillGracePeriodSeconds;
    // Relaunch backoff; nullopt: Marathon's defaults (1 s, 1.15, 300 s; 3600 s before 1.8).
    std::optional<int> backoffSeconds;
    std::optional<double> backoffFactor;
    std::optional<int> maxLaunchDelaySeconds;
    // Only offers of these roles; empty: not written, so Marathon's --default_accepted_resource_roles.
    QStringList acceptedResourceRoles;
    // Written as `container: {type: MESOS, volumes: [...]}` when not empty.
    QList<MarathonPersistentVolume> persistentVolumes;
    QList<MarathonSecret> secrets;
    // `unreachableStrategy: "disabled"`, which resident apps need; false: not written.
    bool unreachableDisabled = false;
    // Fields of an opened definition that the model cannot express ("container", "secrets", a
    // second download, ...), written back as they were read (MarathonJsonWriter): members in
    // their order, string keys. Never built here; the operator's, through ExportSettings.
    QCborMap keptFields;

    // The value of env `key`, or nullopt.
    std::optional<QString> envValue(QStringView key) const;
    // Replaces the value of `key` in place, or appends it.
    void setEnv(const QString& key, const QString& value);
    // Removes `key`; true if it was there.
    bool removeEnv(QStringView key);
    // The secret env reference for `key`, or nullopt.
    std::optional<QString> secretEnvValue(QStringView key) const;
    // A resident app: one with a persistent volume.
    bool isResident() const { return !persistentVolumes.isEmpty(); }

    bool operator==(const MarathonApp&) const = default;
};

} // namespace habmesos
