// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/packageident.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

class QDataStream;

namespace habmesos {

// The members of one package whose setuid or setgid bit the export dropped (EntryPolicy drops
// them: a package does not grant privileges inside the container), so that the export's report
// says so rather than a program failing later without a word. The first few are kept by name, all
// are counted: memory stays small whatever the package holds.
class DroppedPrivileges
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::DroppedPrivileges)
public:
    static constexpr int Named = 5;

    // `droppedModeBits` as PayloadEntry reports them; bits other than setuid and setgid are ignored.
    void add(const QString& member, quint32 droppedModeBits);
    bool isEmpty() const { return m_count == 0; }
    qint64 count() const { return m_count; }

    // "acme/app/…: 2 members lost the setuid or setgid bit (…): bin/ping (setuid), bin/wall (setgid)"
    QString warning(const PackageIdent& package) const;

    // For the segment cache's sidecar: a reused segment reports what a fresh one would.
    friend QDataStream& operator<<(QDataStream& out, const DroppedPrivileges& dropped);
    friend QDataStream& operator>>(QDataStream& in, DroppedPrivileges& dropped);

private:
    QList<std::pair<QString, quint32>> m_named; // member (relative to the package), the bits
    qint64 m_count = 0;
};

} // namespace habmesos
