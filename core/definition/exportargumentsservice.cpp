// SPDX-License-Identifier: Apache-2.0
// ExportArguments: the service options (hab sup run's, the ring, secrets, the data volume) to and
// from `habmesos export` arguments. Values are checked for their syntax here; what depends on the
// package (its binds) and on the app (instances) is AppDerivation's, as problems on service/ keys.
#include "definition/exportarguments.h"

#include "marathon/habitatserviceapp.h"
#include "marathon/httpurl.h"

namespace habmesos {

namespace {

using Options = HabitatServiceOptions;

// A value among `names` (the option's words), as the enum's index.
template <typename E>
Result<E> oneOf(
    const QCommandLineParser& parser, const QCommandLineOption& option, const QStringList& names, E fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString value = parser.value(option).trimmed();
    const qsizetype i = names.indexOf(value);
    if (i < 0)
        return Result<E>::failure(ExportArguments::tr("%1: “%2” is not one of %3")
                                      .arg(ExportArguments::dashed(option), value, names.join(QStringLiteral(", "))));
    return E(i);
}

const QStringList& topologies = HabitatServiceOptions::topologyNames();
const QStringList& strategies = HabitatServiceOptions::strategyNames();
const QStringList& conditions = HabitatServiceOptions::conditionNames();
const QStringList& bindingModes = HabitatServiceOptions::bindingModeNames();
const QStringList& discoveries = HabitatServiceOptions::discoveryNames();

} // namespace

Result<HabitatServiceOptions> ExportArguments::decodeService(const QCommandLineParser& parser) const
{
    using R = Result<HabitatServiceOptions>;
    auto usage = [](const QString& message) { return R::failure(ErrorKind::Invalid, message); };
    const QString oneWord = tr("one word without blanks, quotes or characters such as $ ; & | * ?");
    Options s;
    if (parser.isSet(group)) {
        s.group = parser.value(group).trimmed();
        if (!HabitatServiceApp::isGroupName(s.group))
            return usage(
                tr("%1: “%2” is not a group name: %3, and without “.” or “@”").arg(dashed(group), s.group, oneWord));
    }
    const auto t = oneOf(parser, topology, topologies, s.topology);
    const auto st = oneOf(parser, strategy, strategies, s.strategy);
    const auto c = oneOf(parser, updateCondition, conditions, s.updateCondition);
    const auto b = oneOf(parser, bindingMode, bindingModes, s.bindingMode);
    const auto d = oneOf(parser, ringDiscovery, discoveries, s.discovery);
    if (!t)
        return usage(t.error());
    if (!st)
        return usage(st.error());
    if (!c)
        return usage(c.error());
    if (!b)
        return usage(b.error());
    if (!d)
        return usage(d.error());
    s.topology = *t;
    s.strategy = *st;
    s.updateCondition = *c;
    s.bindingMode = *b;
    s.discovery = *d;
    if (parser.isSet(channel)) {
        s.channel = parser.value(channel).trimmed();
        if (!HabitatServiceApp::isToken(s.channel))
            return usage(tr("%1: “%2” is not a channel name: %3").arg(dashed(channel), s.channel, oneWord));
    }
    if (parser.isSet(builderUrl)) {
        s.builderUrl = parser.value(builderUrl).trimmed();
        const auto url = HttpUrl::parse(s.builderUrl);
        if (!url)
            return usage(dashed(builderUrl) + QStringLiteral(": ") + url.error());
        if (!HabitatServiceApp::isToken(s.builderUrl))
            return usage(tr("%1: “%2” must be %3").arg(dashed(builderUrl), s.builderUrl, oneWord));
    }
    if (parser.isSet(healthCheckInterval)) {
        bool ok = false;
        const int seconds = parser.value(healthCheckInterval).trimmed().toInt(&ok);
        if (!ok || seconds < 1)
            return usage(tr("%1: “%2” is not a whole number of seconds, 1 or more")
                             .arg(dashed(healthCheckInterval), parser.value(healthCheckInterval)));
        s.healthCheckIntervalSeconds = seconds;
    }
    for (const QString& text : parser.values(bind)) {
        const qsizetype colon = text.indexOf(u':');
        const Options::Bind one { text.left(colon).trimmed(), text.mid(colon + 1).trimmed() };
        if (colon <= 0 || !HabitatServiceApp::isToken(one.name) || !HabitatServiceApp::isServiceGroup(one.serviceGroup))
            return usage(tr("%1: “%2” is not NAME:SERVICE.GROUP or NAME:SERVICE.GROUP@ORGANIZATION (e.g. "
                            "database:postgresql.default), %3")
                             .arg(dashed(bind), text, oneWord));
        s.binds.append(one);
    }
    if (parser.isSet(ringName)) {
        s.ring = parser.value(ringName).trimmed();
        if (!HabitatServiceApp::isRingName(s.ring))
            return usage(tr("%1: “%2” is not a ring name: letters, digits, “.”, “_” and “-”, starting and ending with "
                            "a letter or digit, at most 63 characters")
                             .arg(dashed(ringName), s.ring));
    }
    for (const QString& text : parser.values(peer)) {
        if (!HabitatServiceApp::isPeer(text.trimmed()))
            return usage(tr("%1: “%2” is not HOST or HOST:PORT (a port from 1 to 65535)").arg(dashed(peer), text));
        s.peers.append(text.trimmed());
    }
    if (!s.peers.isEmpty()) {
        if (parser.isSet(ringDiscovery) && s.discovery != Options::Discovery::Peers)
            return usage(tr("%1 makes the ring's members fixed peers, and %2 says %3: leave one of them out")
                             .arg(dashed(peer), dashed(ringDiscovery), parser.value(ringDiscovery)));
        s.discovery = Options::Discovery::Peers;
    }
    if (parser.isSet(ringMarathon)) {
        s.marathonUrl = parser.value(ringMarathon).trimmed();
        const auto url = HttpUrl::parse(s.marathonUrl);
        if (!url)
            return usage(dashed(ringMarathon) + QStringLiteral(": ") + url.error());
        if (!HabitatServiceApp::isToken(s.marathonUrl))
            return usage(tr("%1: “%2” must be %3").arg(dashed(ringMarathon), s.marathonUrl, oneWord));
    }
    const QList<std::tuple<Options::Secret Options::*, const QCommandLineOption*, const QCommandLineOption*>> secrets {
        { &Options::ringKey, &ringKeySecret, &ringKeyFile },
        { &Options::gatewayToken, &gatewayTokenSecret, &gatewayTokenFile },
        { &Options::marathonAuth, &marathonAuthSecret, &marathonAuthFile },
    };
    for (const auto& [member, secretOption, fileOption] : secrets) {
        if (parser.isSet(*secretOption) && parser.isSet(*fileOption))
            return usage(tr("give either %1 or %2, not both").arg(dashed(*secretOption), dashed(*fileOption)));
        const QCommandLineOption* given = parser.isSet(*secretOption) ? secretOption
            : parser.isSet(*fileOption)                               ? fileOption
                                                                      : nullptr;
        if (!given)
            continue;
        const QString reference = parser.value(*given).trimmed();
        if (reference.isEmpty())
            return usage(tr("%1: give the secret's %2, or leave the option out")
                             .arg(dashed(*given), given == secretOption ? tr("path") : tr("address")));
        s.*member = { given == secretOption ? Options::Secret::Source::MarathonSecret : Options::Secret::Source::File,
            reference };
    }
    if (parser.isSet(dataVolume)) {
        bool ok = false;
        const int mib = parser.value(dataVolume).trimmed().toInt(&ok);
        if (!ok || mib < 1)
            return usage(tr("%1: “%2” is not a whole number of MiB, 1 or more")
                             .arg(dashed(dataVolume), parser.value(dataVolume)));
        s.dataVolumeMiB = mib;
    }
    return s;
}

void ExportArguments::encodeService(const ExportArguments& o, const HabitatServiceOptions& s, Encoded& out)
{
    QStringList& a = out.arguments;
    auto option = [&a](const QCommandLineOption& opt, const QString& value) { a.append(dashed(opt) + u'=' + value); };
    if (!s.group.isEmpty())
        option(o.group, s.group);
    if (s.topology != Options::Topology::Standalone)
        option(o.topology, topologies.value(int(s.topology)));
    if (s.strategy != Options::UpdateStrategy::None)
        option(o.strategy, strategies.value(int(s.strategy)));
    if (s.updateCondition != Options::UpdateCondition::Latest)
        option(o.updateCondition, conditions.value(int(s.updateCondition)));
    if (!s.channel.isEmpty())
        option(o.channel, s.channel);
    if (!s.builderUrl.isEmpty())
        option(o.builderUrl, s.builderUrl);
    if (s.healthCheckIntervalSeconds)
        option(o.healthCheckInterval, QString::number(*s.healthCheckIntervalSeconds));
    for (const Options::Bind& b : s.binds)
        option(o.bind, b.name + u':' + b.serviceGroup);
    if (s.bindingMode != Options::BindingMode::Strict)
        option(o.bindingMode, bindingModes.value(int(s.bindingMode)));
    if (!s.ring.isEmpty())
        option(o.ringName, s.ring);
    // --peer says "peers" by itself; peers kept under another discovery have no option.
    if (s.discovery == Options::Discovery::Peers && !s.peers.isEmpty()) {
        for (const QString& p : s.peers)
            option(o.peer, p);
    } else {
        if (s.discovery != Options::Discovery::Automatic)
            option(o.ringDiscovery, discoveries.value(int(s.discovery)));
        if (!s.peers.isEmpty())
            out.notExpressed.append(tr("the peers, which the ring's discovery does not use"));
    }
    if (!s.marathonUrl.isEmpty())
        option(o.ringMarathon, s.marathonUrl);
    for (const auto& [member, secretOption, fileOption] :
        { std::tuple { &Options::ringKey, &o.ringKeySecret, &o.ringKeyFile },
            std::tuple { &Options::gatewayToken, &o.gatewayTokenSecret, &o.gatewayTokenFile },
            std::tuple { &Options::marathonAuth, &o.marathonAuthSecret, &o.marathonAuthFile } }) {
        const Options::Secret& secret = s.*member;
        if (secret.isSet())
            option(secret.source == Options::Secret::Source::MarathonSecret ? *secretOption : *fileOption,
                secret.reference);
    }
    if (s.dataVolumeMiB)
        option(o.dataVolume, QString::number(*s.dataVolumeMiB));
}

} // namespace habmesos
