// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace habmesos {

// The `cmd` that starts a Habitat package from the fetched tarball on a Mesos agent.
//
// Mesos runs `cmd` with /bin/sh -c, as the app's `user` (root: mount and chroot need it), in the
// task sandbox, where the fetcher has unpacked the tarball's root filesystem. What it does, in
// order, as one `;`-separated line:
//  1. `set -e`; check that Marathon assigned every port the command uses ($PORT<n>);
//  2. point the Supervisor's listeners at those ports (HAB_LISTEN_GOSSIP, HAB_LISTEN_HTTP,
//     HAB_LISTEN_CTL) and put the service configuration keys that follow a port in front of the
//     HAB_<PKG> override (as top-level dotted keys, so they cannot land in an operator's table);
//  3. refuse to go on if proc, sys, dev or etc is a symbolic link (the command runs as root
//     outside the chroot, so `etc -> /etc` would make it replace the agent's own files), then
//     copy the agent's /etc/resolv.conf and /etc/hosts into the sandbox's etc/ (copies, not bind
//     mounts: nothing more to undo, and a symlink in the tarball cannot redirect the write);
//  4. install the cleanup (lazy unmount of dev, sys, proc on exit) and the signal forwarding;
//  5. mount proc, sysfs and a bind of /dev, as Habitat's original exporter did;
//  6. start `chroot . /init.sh run <origin/name>` in the background (the tarball's init.sh runs
//     `hab sup run <origin/name>`, as the container exporter's does), forward TERM/INT/HUP to it,
//     wait until it has really exited, and exit with its status.
// The environment (HAB_LICENSE, HAB_<PKG>, Marathon's variables) passes through chroot and
// init.sh to hab unchanged.
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
    };

    static QString build(const Spec& spec);
    // The steps of build(), one per element (build() joins them with "; ").
    static QStringList steps(const Spec& spec);

    // `text` as one sh word: unchanged when it only has characters sh leaves alone, otherwise in
    // single quotes ('\'' for a quote inside).
    static QString shellQuote(QStringView text);
};

} // namespace habmesos
