// SPDX-License-Identifier: Apache-2.0
#include "marathon/portplacement.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace habmesos {

Result<PortRanges> PortPlacement::parseRanges(const QString& text)
{
    QString body = text.trimmed();
    if (body.startsWith(u'[') && body.endsWith(u']'))
        body = body.mid(1, body.size() - 2);
    if (body.trimmed().isEmpty())
        return Result<PortRanges>::failure(tr("no port range given: write LOW-HIGH, e.g. 31000-32000"));
    static const QRegularExpression rangeRe(QStringLiteral("^([0-9]{1,5})-([0-9]{1,5})$"));
    PortRanges out;
    for (const QString& part : body.split(u',')) {
        const QString range = part.trimmed();
        const QRegularExpressionMatch m = rangeRe.match(range);
        const int low = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int high = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (!m.hasMatch() || low < 1 || high > 65535 || low > high)
            return Result<PortRanges>::failure(
                tr("“%1” is not a port range LOW-HIGH with 1 ≤ LOW ≤ HIGH ≤ 65535").arg(range));
        out.append({ low, high });
    }
    return out;
}

QString PortPlacement::formatRanges(const PortRanges& ranges)
{
    QStringList parts;
    for (const PortRange& r : ranges)
        parts.append(QStringLiteral("%1-%2").arg(r.low).arg(r.high));
    return parts.join(QStringLiteral(", "));
}

bool PortPlacement::contains(const PortRanges& ranges, int port)
{
    for (const PortRange& r : ranges) {
        if (r.contains(port))
            return true;
    }
    return false;
}

QStringList PortPlacement::dynamicPorts(const MarathonApp& app)
{
    QStringList out;
    for (qsizetype i = 0; i < app.portDefinitions.size(); ++i) {
        const MarathonPortDefinition& p = app.portDefinitions[i];
        if (p.port == 0)
            out.append(p.name.isEmpty() ? QStringLiteral("#%1").arg(i) : p.name);
    }
    return out;
}

bool PortPlacement::hasUniqueHostname(const MarathonApp& app)
{
    for (const MarathonConstraint& c : app.constraints) {
        if (c.field == QLatin1String("hostname") && c.op.compare(QLatin1String("UNIQUE"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void PortPlacement::check(MarathonApp& app, const PortRanges& agentPorts, FieldProblems& problems)
{
    if (!app.requirePorts || app.portDefinitions.isEmpty())
        return;
    const QString offered = formatRanges(agentPorts);
    for (qsizetype i = 0; i < app.portDefinitions.size(); ++i) {
        const int port = app.portDefinitions[i].port;
        const QString field = QStringLiteral("portDefinitions/%1/port").arg(i);
        if (port == 0) {
            // Marathon gives it a service port from 10000-20000 and, with requirePorts, wants
            // exactly that number from an agent.
            problems.append({ field,
                tr("the app requires its ports on the agents as numbered (requirePorts), but this one has no "
                   "number: Marathon would pick one from 10000–20000 and wait for an agent offering it, while the "
                   "agents offer %1; give every port a number, or none")
                    .arg(offered),
                FieldProblem::Severity::Error });
        } else if (!contains(agentPorts, port)) {
            problems.append({ field,
                tr("port %1 is not among the ports the agents offer (%2), so Marathon would wait for ever for an "
                   "offer; pick a port in that range, or, if the agents' --resources offer it, add it to the "
                   "agents' port ranges (--agent-ports, or “Agents offer” on the Ports page)")
                    .arg(port)
                    .arg(offered),
                FieldProblem::Severity::Error });
        }
    }
    // Duplicate numbers are refused by MarathonValidator ("ports must be unique"), as Marathon does.
    if (app.instances > 1 && !hasUniqueHostname(app))
        problems.append({ QStringLiteral("constraints"),
            tr("fixed ports allow one task per agent: with %1 instances, add the constraint hostname:UNIQUE so "
               "that Marathon places each on an agent of its own")
                .arg(app.instances),
            FieldProblem::Severity::Warning });
    if (!app.upgradeStrategy)
        app.upgradeStrategy = fixedPortsUpgradeStrategy();
}

} // namespace habmesos
