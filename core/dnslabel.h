// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

namespace habmesos {

// A name made of lower-case ASCII letters, digits and single inner hyphens, as DNS labels, Marathon
// port names and ring names all want ("Web App__v2" → "web-app-v2").
class DnsLabel
{
public:
    // Every other character becomes "-"; runs of "-" are one; none at either end. May be empty.
    static QString slug(QStringView text);
};

} // namespace habmesos
