// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace habmesos {

// The shell script in the tarball (.habmesos/ringpeers.sh) that keeps the Supervisor's
// --peer-watch-file filled with the addresses of the ring's other tasks; see docs/RINGS.md.
//
// init.sh starts it in the background inside the chroot (it dies with the container's PID
// namespace) when HABMESOS_RING or HABMESOS_RING_PEERS is set (HabitatServiceOptions). Every
// HABMESOS_RING_INTERVAL seconds (default 5) it asks
//   GET $HABMESOS_MARATHON_URL/v2/apps?label=habmesos.ring==$HABMESOS_RING&embed=apps.tasks
// (MAR v2/apps.raml: label selector, embed apps.tasks; types/task.raml: host, ports,
// ipAddresses, state), takes every TASK_RUNNING task but its own ($MESOS_TASK_ID), its port at
// the index of the port named gossipPortName() in its app's portDefinitions, and its IPv4
// address from ipAddresses, else its host (an IPv4 literal, or resolved by nslookup; skipped
// while it does not resolve); adds HABMESOS_RING_PEERS (host[:port], default 9638, names
// resolved the same way); and replaces the file (tmp + mv) when the list changed. Only IP:port
// lines are written: the Supervisor treats a line that does not resolve as fatal
// (HAB sup/src/manager/peer_watcher.rs).
//
// JSON is read by a small awk tokenizer (path=value, robust to key order and white space). Over
// http the request goes through busybox nc with the Authorization header (HABMESOS_MARATHON_AUTH)
// written by the shell's printf builtin into a pipe, so the secret is never on a command line;
// over https busybox wget is used, which can only send headers given on its command line, so the
// script refuses to send the secret there and says so (once). Busybox's TLS does not check
// certificates either.
class RingPeerScript
{
public:
    // `busybox` is the absolute path of the static busybox inside the chroot: the script never
    // relies on PATH, where a package's own awk or nc could come first.
    static QByteArray script(const QString& busybox);
    // Where the script is in the image (relative) and where it writes inside the chroot.
    static QString imagePath() { return QStringLiteral(".habmesos/ringpeers.sh"); }
    static QString peerWatchFile() { return QStringLiteral("/hab/sup/habmesos-peers"); }
    // The name HabitatAppBuilder gives the Supervisor's gossip port (tst_ringpeerscript checks
    // that both agree).
    static QString gossipPortName() { return QStringLiteral("hab-gossip"); }
    static int defaultGossipPort() { return 9638; }
    static QString intervalVariable() { return QStringLiteral("HABMESOS_RING_INTERVAL"); }
};

} // namespace habmesos
