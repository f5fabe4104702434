// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/habitatappbuilder.h"

namespace habmesos::test {

// A realistic service package: a web shop front that listens on 8080 and 8443.
inline HabitatPackageFacts storefrontFacts()
{
    HabitatPackageFacts f;
    f.origin = QStringLiteral("acme");
    f.name = QStringLiteral("storefront");
    f.version = QStringLiteral("1.4.2");
    f.release = QStringLiteral("20260301120000");
    f.exposes = { 8080, 8443 };
    f.exports = { { QStringLiteral("port"), QStringLiteral("http.port") },
        { QStringLiteral("ssl-port"), QStringLiteral("https.port") } };
    f.defaultToml = QStringLiteral("# storefront\n"
                                   "worker_processes = 4\n"
                                   "log_level = \"info\"\n"
                                   "\n"
                                   "[http]\n"
                                   "listen = \"0.0.0.0\"\n"
                                   "port = 8080\n"
                                   "\n"
                                   "[https]\n"
                                   "port = 8443\n"
                                   "cert = \"/hab/svc/storefront/config/cert.pem\"\n"
                                   "ciphers = [\"ECDHE-RSA-AES128-GCM-SHA256\", \"ECDHE-RSA-AES256-GCM-SHA384\"]\n");
    f.svcUser = QStringLiteral("hab");
    f.svcGroup = QStringLiteral("hab");
    f.tarballFileName = QStringLiteral("acme-storefront-1.4.2-20260301120000.tgz");
    f.fetchUri = QStringLiteral("https://artifacts.example.com/mesos/acme-storefront-1.4.2-20260301120000.tgz");
    return f;
}

} // namespace habmesos::test
