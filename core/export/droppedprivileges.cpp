// SPDX-License-Identifier: Apache-2.0
#include "export/droppedprivileges.h"

#include "shortlist.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace habmesos {

namespace {

constexpr quint32 SetUid = 04000;
constexpr quint32 SetGid = 02000;

} // namespace

void DroppedPrivileges::add(const QString& member, quint32 droppedModeBits)
{
    const quint32 bits = droppedModeBits & (SetUid | SetGid);
    if (bits == 0)
        return;
    if (m_named.size() < Named)
        m_named.append({ member, bits });
    ++m_count;
}

QString DroppedPrivileges::warning(const PackageIdent& package) const
{
    if (isEmpty())
        return {};
    QStringList named;
    for (const auto& [member, bits] : m_named) {
        const QString which = bits == (SetUid | SetGid) ? tr("setuid and setgid")
            : bits == SetUid                            ? QStringLiteral("setuid")
                                                        : QStringLiteral("setgid");
        named.append(QStringLiteral("%1 (%2)").arg(member, which));
    }
    // Counted outside the call: lupdate (Qt 6.4) loops for ever on `min<qint64>(…)` among its arguments.
    const int count = int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
    return tr("%1: %n member(s) lost the setuid or setgid bit (the export does not let a package grant privileges in "
              "the container): %2",
        nullptr, count)
        .arg(package.toString(), ShortList::join(named, m_count, QStringLiteral(", "), Named));
}

QDataStream& operator<<(QDataStream& out, const DroppedPrivileges& dropped)
{
    return out << dropped.m_count << dropped.m_named;
}

QDataStream& operator>>(QDataStream& in, DroppedPrivileges& dropped)
{
    in >> dropped.m_count >> dropped.m_named;
    // A sidecar is read back, not trusted: a count that disagrees with the names is not used.
    if (dropped.m_count < dropped.m_named.size() || dropped.m_named.size() > DroppedPrivileges::Named)
        in.setStatus(QDataStream::ReadCorruptData);
    return in;
}

} // namespace habmesos
