// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportedpackage.h"
#include "export/rootfslayout.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace habmesos {

class KeyCache;
class SupervisorRoles;
class TarballWriter;

// The rest of the image after the packages, as the tarball's last segment: RootfsLayout's items
// (/etc, /init.sh, the links into the Supervisor's packages, the origins' public keys) for the
// exported packages, and the directories above every package prefix. The synthesized members
// carry the service's build time, so the same packages give the same bytes.
class RootfsWriter
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::RootfsWriter)
public:
    // `packages`: in tarball order, the service first. Returns what the members take once
    // extracted (TarEntry::diskUsage()).
    static Result<qint64> write(const QList<ExportedPackage>& packages, const SupervisorRoles& roles,
        const KeyCache& keys, TarballWriter& writer, std::optional<RootfsLayout::Bootstrap> bootstrap = std::nullopt);
};

} // namespace habmesos
