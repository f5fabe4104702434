// SPDX-License-Identifier: Apache-2.0
#include "marathon/habitatserviceapp.h"

#include "dnslabel.h"
#include "marathon/habitatappbuilder.h"
#include "marathon/httpurl.h"

#include <QRegularExpression>
#include <QUrl>

namespace habmesos {

namespace {

using Options = HabitatServiceOptions;

void error(FieldProblems& problems, const QString& field, const QString& message)
{
    problems.append({ field, message, FieldProblem::Severity::Error });
}

void warn(FieldProblems& problems, const QString& field, const QString& message)
{
    problems.append({ field, message, FieldProblem::Severity::Warning });
}

void setLabel(MarathonApp& app, const QString& key, const QString& value)
{
    for (MarathonKeyValue& kv : app.labels) {
        if (kv.key == key) {
            kv.value = value;
            return;
        }
    }
    app.labels.append({ key, value });
}

// Our plain variables: the operator's value of the same name gives way, said so.
void setOwnEnv(MarathonApp& app, const QString& key, const QString& value, FieldProblems& problems)
{
    if (const std::optional<QString> old = app.envValue(key); old && *old != value)
        warn(problems, QStringLiteral("env/") + key,
            HabitatServiceApp::tr("%1 is made from the service options, so the value set here is replaced; change "
                                  "the service options instead")
                .arg(key));
    app.setEnv(key, value);
}

// hab: service_load -> spec.validate -> Error::MissingRequiredBind, and the Supervisor exits.
QString missingBind(const HabitatPackageFacts& facts, const QString& name, const QStringList& exports)
{
    return HabitatServiceApp::tr(
        "%1/%2 requires the bind “%3” to a service group exporting %4; without it the Supervisor refuses to start "
        "the service and Marathon restarts the task for ever: give it, e.g. --bind %3:service.group")
        .arg(facts.origin, facts.name, name,
            exports.isEmpty() ? HabitatServiceApp::tr("nothing in particular") : exports.join(QStringLiteral(", ")));
}

} // namespace

void HabitatServiceApp::check(const HabitatPackageFacts& facts, const Options& s, FieldProblems& problems)
{
    const QString token
        = HabitatServiceApp::tr("one word without blanks, quotes or characters such as $ ; & | * ? ( ) < > \\");
    if (!s.group.isEmpty() && !HabitatServiceApp::isGroupName(s.group))
        error(problems, QStringLiteral("service/group"),
            HabitatServiceApp::tr(
                "The service group “%1” must be %2, and without “.” or “@” (Habitat's service.group@organization "
                "uses them); e.g. prod")
                .arg(s.group, token));
    if (!s.channel.isEmpty() && !HabitatServiceApp::isToken(s.channel))
        error(problems, QStringLiteral("service/channel"),
            HabitatServiceApp::tr("The channel “%1” must be %2, e.g. stable").arg(s.channel, token));
    if (!s.builderUrl.isEmpty() && !HabitatServiceApp::isBuilderUrl(s.builderUrl))
        error(problems, QStringLiteral("service/builderUrl"),
            HabitatServiceApp::tr(
                "The Builder URL “%1” must be an http or https URL without blanks, quotes, a user or a password, "
                "e.g. https://bldr.habitat.sh")
                .arg(s.builderUrl));
    if (s.healthCheckIntervalSeconds && *s.healthCheckIntervalSeconds < 1)
        error(problems, QStringLiteral("service/healthCheckIntervalSeconds"),
            HabitatServiceApp::tr(
                "The health check interval must be at least 1 second (it is %1); leave it empty for Habitat's 30")
                .arg(*s.healthCheckIntervalSeconds));
    QStringList seen;
    for (const Options::Bind& b : s.binds) {
        const QString field = QStringLiteral("service/binds/") + b.name;
        if (seen.contains(b.name))
            error(problems, field, HabitatServiceApp::tr("The bind “%1” is given twice: remove one.").arg(b.name));
        seen.append(b.name);
        if (!HabitatServiceApp::hasBind(facts, b.name)) {
            QStringList names;
            for (const auto* list : { &facts.binds, &facts.bindsOptional }) {
                for (const auto& [name, exports] : *list)
                    names.append(name);
            }
            error(problems, field,
                names.isEmpty() ? HabitatServiceApp::tr("%1/%2 has no binds, so there is no bind “%3”: remove it.")
                                      .arg(facts.origin, facts.name, b.name)
                                : HabitatServiceApp::tr("%1/%2 has no bind “%3”; its binds are %4.")
                                      .arg(facts.origin, facts.name, b.name, names.join(QStringLiteral(", "))));
        } else if (!HabitatServiceApp::isServiceGroup(b.serviceGroup)) {
            error(problems, field,
                HabitatServiceApp::tr(
                    "The bind “%1”: “%2” is not a service group; write service.group or service.group@organization "
                    "(e.g. postgresql.default), %3")
                    .arg(b.name, b.serviceGroup, token));
        }
    }
    for (const auto& [name, exports] : facts.binds) {
        if (std::none_of(
                s.binds.begin(), s.binds.end(), [&name = name](const Options::Bind& b) { return b.name == name; }))
            error(problems, QStringLiteral("service/binds/") + name, missingBind(facts, name, exports));
    }
}

QList<HabitatServiceApp::SecretSlot> HabitatServiceApp::secretSlots()
{
    return { { &Options::ringKey, Options::ringKeyVariable(), QStringLiteral("ring-key"),
                 QStringLiteral("service/ringKey") },
        { &Options::gatewayToken, Options::gatewayTokenVariable(), QStringLiteral("gateway-token"),
            QStringLiteral("service/gatewayToken") },
        { &Options::marathonAuth, Options::marathonAuthVariable(), QStringLiteral("marathon-auth"),
            QStringLiteral("service/marathonAuth") } };
}

Options::Discovery HabitatServiceApp::discovery(const Options& service, int instances)
{
    if (service.discovery != Options::Discovery::Automatic)
        return service.discovery;
    // Without Marathon's address the tasks cannot ask for the ring's members (apply() says so).
    return wantsRing(service, instances) && !service.marathonUrl.isEmpty() ? Options::Discovery::Marathon
                                                                           : Options::Discovery::Alone;
}

bool HabitatServiceApp::wantsRing(const Options& service, int instances)
{
    return instances >= 2 || !service.ring.isEmpty();
}

QString HabitatServiceApp::defaultRingName(const QString& appId)
{
    QString name = DnsLabel::slug(appId);
    if (name.size() > 63) { // one DNS label
        name.truncate(63);
        if (name.endsWith(u'-'))
            name.chop(1);
    }
    return name.isEmpty() ? QStringLiteral("habitat") : name;
}

QString HabitatServiceApp::ringName(const Options& service, const QString& appId)
{
    return service.ring.isEmpty() ? defaultRingName(appId) : service.ring;
}

QStringList HabitatServiceApp::missingBinds(const HabitatPackageFacts& facts, const Options& service)
{
    QStringList out;
    for (const auto& [name, exports] : facts.binds) {
        if (std::none_of(service.binds.begin(), service.binds.end(),
                [&name = name](const Options::Bind& b) { return b.name == name; }))
            out << missingBind(facts, name, exports);
    }
    return out;
}

void HabitatServiceApp::apply(
    MarathonApp& app, const HabitatPackageFacts& facts, const Options& s, FieldProblems& problems)
{
    if (const QStringList args = supArgs(s, facts); !args.isEmpty())
        setOwnEnv(app, Options::supArgsVariable(), args.join(u' '), problems);

    // The ring.
    const Options::Discovery discovery = HabitatServiceApp::discovery(s, app.instances);
    if (s.discovery == Options::Discovery::Automatic && wantsRing(s, app.instances) && s.marathonUrl.isEmpty())
        // Chosen for the operator, so not an error: an export without --deploy still works.
        warn(problems, QStringLiteral("service/marathonUrl"),
            tr("The tasks would find each other in Marathon's task list, but Marathon's address is not known, so "
               "each task gossips alone: give it (--ring-marathon URL), deploy with --deploy (its server is used), "
               "or choose the discovery “alone” to say so"));
    if (!s.ring.isEmpty() && !isRingName(s.ring))
        error(problems, QStringLiteral("service/ring"),
            tr("The ring name “%1” may use letters, digits, “.”, “_” and “-”, starts and ends with a letter or digit, "
               "and has at most 63 characters")
                .arg(s.ring));
    if (discovery == Options::Discovery::Marathon) {
        const QString ring = ringName(s, app.id);
        setLabel(app, Options::ringLabel(), ring);
        setOwnEnv(app, Options::ringVariable(), ring, problems);
        if (s.marathonUrl.isEmpty())
            error(problems, QStringLiteral("service/marathonUrl"),
                tr("The ring's tasks find each other in Marathon's task list, so they need Marathon's address: give "
                   "it (--ring-marathon URL), or deploy with --deploy, whose server is used"));
        else if (!isToken(s.marathonUrl) || !HttpUrl::parse(s.marathonUrl))
            error(problems, QStringLiteral("service/marathonUrl"),
                tr("Marathon's address “%1” must be an http or https URL without blanks, quotes, a user or a "
                   "password (the tasks' credentials go into the Marathon credentials secret)")
                    .arg(s.marathonUrl));
        else {
            setOwnEnv(app, Options::marathonUrlVariable(), s.marathonUrl, problems);
            // The tasks ask with the tarball's busybox: its TLS checks no certificate, and busybox
            // 1.35 offers only signature algorithms that OpenSSL 3 servers refuse at their default
            // security level ("no suitable signature algorithm", tried against `openssl s_server`);
            // with credentials the loop does not use https at all (docs/RINGS.md).
            if (QUrl(s.marathonUrl).scheme() == u"https")
                warn(problems, QStringLiteral("service/marathonUrl"),
                    s.marathonAuth.isSet()
                        ? tr("The tasks cannot send Marathon's credentials over https (busybox could only put them on "
                             "a command line), so they would never find each other: give them Marathon's http "
                             "address inside the cluster, e.g. --ring-marathon http://marathon.mesos:8080")
                        : tr("The tasks ask Marathon with busybox, whose TLS checks no certificate and fails with "
                             "servers that refuse SHA-1 signatures: prefer Marathon's http address inside the "
                             "cluster, e.g. --ring-marathon http://marathon.mesos:8080"));
        }
    } else if (discovery == Options::Discovery::Peers) {
        if (s.peers.isEmpty())
            error(problems, QStringLiteral("service/peers"),
                tr("The ring's members are fixed peers, and none is given: add one (host or host:port of a permanent "
                   "Supervisor, e.g. a bastion app), or choose another discovery"));
        QStringList valid;
        for (const QString& peer : s.peers) {
            if (isPeer(peer))
                valid.append(peer);
            else
                error(problems, QStringLiteral("service/peers"),
                    tr("The peer “%1” is not host or host:port (a port from 1 to 65535)").arg(peer));
        }
        if (!valid.isEmpty())
            setOwnEnv(app, Options::peersVariable(), valid.join(u' '), problems);
    }
    if (discovery != Options::Discovery::Peers && !s.peers.isEmpty())
        warn(problems, QStringLiteral("service/peers"),
            tr("The peers are used only when the ring's members are fixed peers; they are left out"));
    if (s.topology == Options::Topology::Leader) {
        if (discovery == Options::Discovery::Alone)
            error(problems, QStringLiteral("service/topology"),
                tr("The leader topology elects a leader among the ring's members, and this app's tasks form no ring: "
                   "choose another discovery, or the standalone topology"));
        else if (s.ring.isEmpty() && app.instances < 3)
            error(problems, QStringLiteral("service/topology"),
                tr("The leader topology needs at least three members, and the app has %n instance(s): set 3 or more "
                   "instances, share the ring with other apps (a ring name), or choose the standalone topology",
                    nullptr, app.instances));
        else if (!s.ring.isEmpty())
            warn(problems, QStringLiteral("service/topology"),
                tr("The leader topology needs at least three members in the ring “%1”: make sure the apps sharing it "
                   "have three instances together")
                    .arg(s.ring));
    }

    // Secrets: references or files, never their values.
    for (const SecretSlot& slot : secretSlots()) {
        const Options::Secret& secret = s.*slot.member;
        if (app.envValue(slot.variable)) {
            error(problems, QStringLiteral("env/") + slot.variable,
                tr("%1 is a secret, and in the environment it would be written in plain text into the app's "
                   "definition, which everyone who can read the app sees: remove the variable, and give it as a "
                   "Marathon secret or a file in the service options instead")
                    .arg(slot.variable));
            app.removeEnv(slot.variable); // never into the JSON
        }
        if (!secret.isSet())
            continue;
        if (slot.member == &Options::marathonAuth && discovery != Options::Discovery::Marathon)
            warn(problems, slot.field,
                tr("The Marathon credentials are used only when the ring's members come from Marathon's task list"));
        if (secret.source == Options::Secret::Source::MarathonSecret) {
            if (secret.reference.contains(QRegularExpression(QStringLiteral("\\s")))) {
                error(problems, slot.field, tr("The secret's path “%1” must not contain blanks").arg(secret.reference));
                continue;
            }
            app.secrets.append({ slot.name, secret.reference });
            app.secretEnv.append({ slot.variable, slot.name });
        } else {
            const QUrl uri(secret.reference);
            if (!uri.isValid() || (uri.scheme().isEmpty() && !secret.reference.startsWith(u'/'))) {
                error(problems, slot.field,
                    tr("“%1” is neither a URL nor an absolute path on the agents: give where the Mesos fetcher "
                       "downloads the secret's file from")
                        .arg(secret.reference));
                continue;
            }
            MarathonFetch f;
            f.uri = secret.reference;
            f.extract = false; // the file as it is
            f.cache = false; // a changed secret must be fetched again
            f.destPath = Options::secretFilePath(slot.name);
            app.fetch.append(f);
        }
    }

    // The data volume: Marathon's resident apps (MarathonValidator checks the strategies it needs).
    if (s.dataVolumeMiB) {
        if (*s.dataVolumeMiB < 1) {
            error(problems, QStringLiteral("service/dataVolumeMiB"),
                tr("The data volume needs a size of at least 1 MiB (it is %1); leave it empty for none")
                    .arg(*s.dataVolumeMiB));
        } else {
            app.persistentVolumes = { { Options::dataVolumePath(), *s.dataVolumeMiB, QStringLiteral("RW") } };
            // Marathon's resident default (state/UpgradeStrategy.scala: 0.5, 0); an operator's own
            // strategy stays, and MarathonValidator says when Marathon would refuse it.
            if (!app.upgradeStrategy)
                app.upgradeStrategy = MarathonUpgradeStrategy { 0.5, 0 };
            app.unreachableDisabled = true;
        }
    }
}

} // namespace habmesos