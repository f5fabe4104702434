// SPDX-License-Identifier: Apache-2.0
// HabitatServiceApp: HABMESOS_SUP_ARGS (the `hab sup run` options) and the syntax of the values
// the service options hold.
#include "marathon/habitatserviceapp.h"

#include "marathon/habitatappbuilder.h"
#include "marathon/httpurl.h"

#include <QRegularExpression>

namespace habmesos {

namespace {

using Options = HabitatServiceOptions;

// The spellings of `hab sup run` (HAB components/hab/src/cli_v4/utils.rs, SharedLoad: --group,
// --topology, --strategy, --update-condition, --channel, --url/-u, --health-check-interval,
// --bind (num_args 1.., so init.sh puts the package before the options), --binding-mode; the
// values are the clap value_enum names of habitat_sup_protocol's Topology, UpdateStrategy,
// UpdateCondition and BindingMode).
const QString group = QStringLiteral("--group");
const QString topology = QStringLiteral("--topology");
const QString strategy = QStringLiteral("--strategy");
const QString updateCondition = QStringLiteral("--update-condition");
const QString channel = QStringLiteral("--channel");
const QString url = QStringLiteral("--url");
const QString healthCheckInterval = QStringLiteral("--health-check-interval");
const QString bind = QStringLiteral("--bind");
const QString bindingMode = QStringLiteral("--binding-mode");

bool validBind(const HabitatPackageFacts& facts, const Options::Bind& b)
{
    return HabitatServiceApp::hasBind(facts, b.name) && HabitatServiceApp::isToken(b.name) && !b.name.contains(u':')
        && HabitatServiceApp::isServiceGroup(b.serviceGroup);
}

} // namespace

bool HabitatServiceApp::isBuilderUrl(const QString& value)
{
    return isToken(value) && HttpUrl::parse(value).ok();
}

bool HabitatServiceApp::hasBind(const HabitatPackageFacts& facts, const QString& name)
{
    for (const auto* list : { &facts.binds, &facts.bindsOptional }) {
        for (const auto& [bindName, exports] : *list) {
            if (bindName == name)
                return true;
        }
    }
    return false;
}

bool HabitatServiceApp::isToken(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._:/@%+=,~-]+$"));
    return re.match(value).hasMatch();
}

bool HabitatServiceApp::isGroupName(const QString& value)
{
    // ServiceGroup's group part is [^.@]+ (HAB components/core/src/service.rs FROM_STR_RE).
    return isToken(value) && !value.contains(u'.') && !value.contains(u'@');
}

bool HabitatServiceApp::isServiceGroup(const QString& value)
{
    // HAB components/core/src/service.rs: \A(?P<service>[^.]+)\.(?P<group>[^.@]+)(@(?P<organization>.+))?\z
    static const QRegularExpression re(QStringLiteral("^[^.]+\\.[^.@]+(@.+)?$"));
    return isToken(value) && re.match(value).hasMatch();
}

bool HabitatServiceApp::isRingName(const QString& value)
{
    // A label value and a word in Marathon's task list query (label=habmesos.ring==NAME).
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$"));
    return re.match(value).hasMatch();
}

bool HabitatServiceApp::isPeer(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:([0-9]{1,5}))?$"));
    const QRegularExpressionMatch m = re.match(value);
    if (!m.hasMatch())
        return false;
    return m.captured(3).isEmpty() || (m.captured(3).toInt() >= 1 && m.captured(3).toInt() <= 65535);
}

QStringList HabitatServiceApp::supArgs(const Options& s, const HabitatPackageFacts& facts)
{
    QStringList a;
    if (!s.group.isEmpty() && HabitatServiceApp::isGroupName(s.group))
        a << group << s.group;
    // Habitat's defaults (standalone, none, latest, strict) are left to it.
    if (s.topology != Options::Topology::Standalone)
        a << topology << Options::topologyNames().value(int(s.topology));
    if (s.strategy != Options::UpdateStrategy::None)
        a << strategy << Options::strategyNames().value(int(s.strategy));
    if (s.updateCondition != Options::UpdateCondition::Latest)
        a << updateCondition << Options::conditionNames().value(int(s.updateCondition));
    if (!s.channel.isEmpty() && isToken(s.channel))
        a << channel << s.channel;
    if (!s.builderUrl.isEmpty() && isBuilderUrl(s.builderUrl))
        a << url << s.builderUrl;
    if (s.healthCheckIntervalSeconds && *s.healthCheckIntervalSeconds >= 1)
        a << healthCheckInterval << QString::number(*s.healthCheckIntervalSeconds);
    for (const Options::Bind& b : s.binds) {
        if (validBind(facts, b))
            a << bind << b.name + u':' + b.serviceGroup;
    }
    if (s.bindingMode != Options::BindingMode::Strict)
        a << bindingMode << Options::bindingModeNames().value(int(s.bindingMode));
    return a;
}

bool HabitatServiceApp::readSupArgs(const QString& value, Options& s)
{
    const QStringList words = value.split(u' ', Qt::SkipEmptyParts);
    if (words.size() % 2 != 0)
        return false;
    Options out = s;
    out.group.clear();
    out.topology = Options::Topology::Standalone;
    out.strategy = Options::UpdateStrategy::None;
    out.updateCondition = Options::UpdateCondition::Latest;
    out.channel.clear();
    out.builderUrl.clear();
    out.healthCheckIntervalSeconds.reset();
    out.binds.clear();
    out.bindingMode = Options::BindingMode::Strict;
    for (qsizetype i = 0; i < words.size(); i += 2) {
        const QString& option = words[i];
        const QString& v = words[i + 1];
        if (option == group)
            out.group = v;
        else if (option == topology && Options::topologyNames().indexOf(v) > 0)
            out.topology = Options::Topology(Options::topologyNames().indexOf(v));
        else if (option == strategy && Options::strategyNames().indexOf(v) > 0)
            out.strategy = Options::UpdateStrategy(Options::strategyNames().indexOf(v));
        else if (option == updateCondition && Options::conditionNames().indexOf(v) > 0)
            out.updateCondition = Options::UpdateCondition(Options::conditionNames().indexOf(v));
        else if (option == channel)
            out.channel = v;
        else if (option == url)
            out.builderUrl = v;
        else if (option == healthCheckInterval && v.toInt() >= 1 && QString::number(v.toInt()) == v)
            out.healthCheckIntervalSeconds = v.toInt();
        else if (option == bind && v.indexOf(u':') > 0)
            out.binds.append({ v.section(u':', 0, 0), v.section(u':', 1) });
        else if (option == bindingMode && Options::bindingModeNames().indexOf(v) > 0)
            out.bindingMode = Options::BindingMode(Options::bindingModeNames().indexOf(v));
        else
            return false;
    }
    s = out;
    return true;
}

} // namespace habmesos
