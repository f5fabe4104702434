// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace habmesos {

// The `cmd` that starts a Habitat package from the fetched tarball on a Mesos agent.
//
// Mesos runs `cmd` with /bin/sh -c, as the app's `user` (root: mount and chroot need it), in the
// task sandbox, where the fetcher has unpacked the tarball's root filesystem. Everything but the
// shell itself comes from the tarball's static busybox (.habmesos/busybox, RootfsLayout), so the
// agent's own tools and their versions do not matter. The task's shell (steps()):
//  1. `set -e`; checks that Marathon assigned every port the command uses ($PORT<n>); points the
//     Supervisor's listeners at them (HAB_LISTEN_GOSSIP, HAB_LISTEN_HTTP, HAB_LISTEN_CTL) and puts
//     the configuration keys that follow a port in front of HAB_<PKG> (top-level dotted keys;
//     HabitatAppBuilder::finish keeps the operator's part free of [table] headers);
//  2. refuses to go on if a directory it writes to is a symbolic link (it runs as root outside
//     the chroot), copies the agent's resolv.conf and hosts into etc/, and makes tmp and var/tmp
//     1777 (Mesos >= 1.7 extracts without ARCHIVE_EXTRACT_PERM, which drops the sticky bit);
//     reads the secret files the fetcher put at HabitatServiceOptions::secretFilePath() into
//     their variables and removes them, and keeps the gateway token and port in 0600 files for
//     the COMMAND health check (gatewayHealthCommand());
//  3. checks that it can create a private mount and PID namespace, and stops with a clear
//     message if not: nothing is ever mounted in the agent's namespace;
//  4. starts the container (containerSteps()) in new mount and PID namespaces, in a session of
//     its own and outside its own process tree: Mesos kills a task by SIGTERM to the task's
//     whole process tree, process groups and sessions (stout os::killtree), which would hit the
//     service directly; Habitat's Supervisor must stop it instead, with the package's
//     SHUTDOWN_SIGNAL and SHUTDOWN_TIMEOUT. On SIGTERM the shell passes the stop to the
//     container, then waits for it to end (within taskKillGracePeriodSeconds) and exits with the
//     Supervisor's status. It holds a FIFO open so that the container dies with it should Mesos
//     SIGKILL it when the grace period is over.
// The container (pid 1 of its PID namespace; when it exits the kernel kills whatever is left in
// it, and the mounts go with the namespace) mounts proc, a read-only sysfs and a minimal /dev
// (null, zero, full, random, urandom, tty, a devpts of its own, a 1777 tmpfs at dev/shm), then
// binds the persistent volume (habmesos-data in the sandbox, a link or a directory) onto
// hab/svc/<name>/data, then runs `chroot . /init.sh run <origin/name>` (init.sh runs
// `hab sup run` with HABMESOS_SUP_ARGS and, for a ring, --peer-watch-file: docs/RINGS.md; as the container
// exporter's does) and forwards TERM/INT/HUP to it: the Launcher turns that into the Supervisor's
// orderly stop. The environment (HAB_LICENSE, HAB_<PKG>, Marathon's variables) passes through
// chroot and init.sh to hab unchanged.
//
// Ports are referred to by index ($PORT0, $PORT1, ...), which Marathon sets for every port in
// every version and in both flavours. $PORT_<NAME> is not used: Marathon only upper-cases the
// name (EnvironmentHelper.portsEnv), so "hab-gossip" becomes PORT_HAB-GOSSIP, which sh cannot
// expand, and the legacy `ports` field has no names at all. The indices are baked in, so when
// the port list changes (added, removed, reordered) the command must be built again.
class HabitatLaunchCommand
{
public:
    struct ConfigPort
    {
        QString tomlKey; // a TOML dotted key, e.g. http.port (HabitatConfig::dottedKey)
        int portIndex = 0;
    };
    struct Spec
    {
        QString serviceIdent; // origin/name, as `hab sup run` takes it
        QString configEnvVar; // HAB_<PKG>
        std::optional<int> gossipPortIndex;
        std::optional<int> httpPortIndex;
        std::optional<int> controlPortIndex; // HAB_LISTEN_CTL, on 127.0.0.1
        QList<ConfigPort> configPorts;
        // The harts layout: the packages init.sh installs, wave by wave (those of one wave at
        // once), passed as HABMESOS_INSTALL ("o/n/v/r o/n/v/r|o/n/v/r": idents, which hab takes
        // from the artifact cache by their canonical names); empty: init.sh installs every fetched
        // .hart in turn.
        QList<QStringList> installWaves;
    };
    static QString installVariable() { return QStringLiteral("HABMESOS_INSTALL"); }

    static QString build(const Spec& spec);
    // The steps of build(), one per element (build() joins them with joinSteps()).
    static QStringList steps(const Spec& spec);
    // The steps of the process that waits for the container, outside the task's process tree
    // and session, and records its exit status.
    static QStringList monitorSteps(const Spec& spec);
    // The steps the container's busybox sh runs (pid 1 of its namespaces) before it becomes the
    // Launcher.
    static QStringList containerSteps(const Spec& spec);
    // Steps as one sh line.
    static QString joinSteps(const QStringList& steps);
    // The secret files the task reads (HabitatServiceOptions::secretFilePath(name)) and the
    // variable each fills: ring-key, gateway-token, marathon-auth.
    static QList<std::pair<QString, QString>> secretFiles();
    // The COMMAND health check that asks the Supervisor's gateway for `path` with the gateway
    // token, which the task keeps in a 0600 file when HAB_SUP_GATEWAY_AUTH_TOKEN is set.
    static QString gatewayHealthCommand(const QString& path);
    // The tarball's static busybox, relative to the sandbox.
    static QString busyboxPath();

    // `text` as one sh word: unchanged when it only has characters sh leaves alone, otherwise in
    // single quotes ('\'' for a quote inside).
    static QString shellQuote(QStringView text);
};

} // namespace habmesos
