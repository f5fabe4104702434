// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace habmesos {

// How the Supervisor runs the service and which ring it joins: the options of `hab sup run`
// (HAB components/hab/src/cli_v4/sup/sup_run.rs, svc_load options) that make sense for a task,
// plus where the ring's members are learnt and the secrets it needs. A plain value, part of
// ExportSettings (`service`) and HabitatAppOptions (`service`); see docs/RINGS.md for why the
// ring is formed the way it is.
//
// What reaches the task (the contract between the app's JSON and the code in the tarball):
//  - HABMESOS_SUP_ARGS (plain env): the `hab sup run` options below, as the command line spells
//    them (--group, --topology, --strategy, --update-condition, --channel, --url,
//    --health-check-interval, --bind (repeated), --binding-mode); tokens without blanks or
//    shell-special characters, so init.sh passes them unquoted with globbing off.
//  - the ring: label `habmesos.ring` = ringName() on every app of the ring (the task list query
//    selects by it), env HABMESOS_RING = ringName(), HABMESOS_MARATHON_URL = marathonUrl;
//    or, for Discovery::Peers, HABMESOS_RING_PEERS = the peers separated by blanks.
//  - secrets, never plain: env HAB_RING_KEY, HAB_SUP_GATEWAY_AUTH_TOKEN and HABMESOS_MARATHON_AUTH
//    as Marathon secret references (DC/OS), or files fetched into the sandbox at
//    secretFilePath(...) (extract: false, cache: false), which the task reads and removes.
//  - data: a persistent local volume at dataVolumePath() in the sandbox, which the task binds
//    onto /hab/svc/<name>/data inside the chroot.
struct HabitatServiceOptions
{
    // One `--bind name:service.group[@organization]`.
    struct Bind
    {
        QString name; // the package's bind name (BINDS / BINDS_OPTIONAL)
        QString serviceGroup; // service.group[@organization]
        bool operator==(const Bind&) const = default;
    };
    // Where a secret comes from. None: not set.
    struct Secret
    {
        enum class Source
        {
            None,
            MarathonSecret, // `reference` is the secret store path (DC/OS, --enable_features secrets)
            File, // `reference` is a URI the fetcher downloads (the operator protects it)
        };
        Source source = Source::None;
        QString reference;
        bool isSet() const { return source != Source::None && !reference.isEmpty(); }
        bool operator==(const Secret&) const = default;
    };
    enum class Topology
    {
        Standalone,
        Leader, // needs at least three members
    };
    enum class UpdateStrategy
    {
        None,
        AtOnce,
        Rolling,
    };
    enum class UpdateCondition
    {
        Latest,
        TrackChannel,
    };
    enum class BindingMode
    {
        Strict,
        Relaxed,
    };
    enum class Discovery
    {
        Automatic, // Marathon when instances >= 2 or a ring name is given, otherwise Alone
        Alone, // no ring: every task gossips by itself
        Marathon, // the ring's tasks from Marathon's task list (apps labelled habmesos.ring)
        Peers, // fixed permanent peers (a bastion app), host[:port] each
    };

    QString group; // empty: Habitat's "default"
    Topology topology = Topology::Standalone;
    UpdateStrategy strategy = UpdateStrategy::None;
    UpdateCondition updateCondition = UpdateCondition::Latest;
    QString channel; // empty: Habitat's default (stable)
    QString builderUrl; // --url, for updates; empty: Habitat's default
    std::optional<int> healthCheckIntervalSeconds; // --health-check-interval
    QList<Bind> binds;
    BindingMode bindingMode = BindingMode::Strict;

    Discovery discovery = Discovery::Automatic;
    QString ring; // the ring's name; empty: the app's own (made from the app id)
    QString marathonUrl; // what the tasks ask for the task list; empty: the server deployed to
    QStringList peers; // Discovery::Peers: host[:port]

    Secret ringKey; // HAB_RING_KEY: the ring's symmetric key (SYM-SEC-1 contents)
    Secret gatewayToken; // HAB_SUP_GATEWAY_AUTH_TOKEN
    Secret marathonAuth; // HABMESOS_MARATHON_AUTH: the Authorization header value for the task list

    std::optional<int> dataVolumeMiB; // a persistent local volume for /hab/svc/<name>/data

    bool operator==(const HabitatServiceOptions&) const = default;

    // The sandbox-relative paths and names of the contract above.
    static QString supArgsVariable() { return QStringLiteral("HABMESOS_SUP_ARGS"); }
    static QString ringLabel() { return QStringLiteral("habmesos.ring"); }
    static QString ringVariable() { return QStringLiteral("HABMESOS_RING"); }
    static QString marathonUrlVariable() { return QStringLiteral("HABMESOS_MARATHON_URL"); }
    static QString peersVariable() { return QStringLiteral("HABMESOS_RING_PEERS"); }
    static QString ringKeyVariable() { return QStringLiteral("HAB_RING_KEY"); }
    static QString gatewayTokenVariable() { return QStringLiteral("HAB_SUP_GATEWAY_AUTH_TOKEN"); }
    static QString marathonAuthVariable() { return QStringLiteral("HABMESOS_MARATHON_AUTH"); }
    // ring-key, gateway-token, marathon-auth
    static QString secretFilePath(const QString& name) { return QStringLiteral(".habmesos/secrets/") + name; }
    static QString dataVolumePath() { return QStringLiteral("habmesos-data"); }

    // Each enum's spellings, indexed by its values: Habitat's own where `hab sup run` has the
    // option (leader, at-once, track-channel, relaxed), so the Supervisor's arguments, the command
    // line and the settings file all read and write the same words.
    static const QStringList& topologyNames();
    static const QStringList& strategyNames();
    static const QStringList& conditionNames();
    static const QStringList& bindingModeNames();
    static const QStringList& discoveryNames();
    static const QStringList& secretSourceNames();
};

} // namespace habmesos
