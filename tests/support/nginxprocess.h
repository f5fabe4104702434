// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace habmesos::test {

// Debian's nginx (/usr/sbin/nginx) on 127.0.0.1 and a free port, with a configuration of its own in
// a temporary folder, for the upload tests:
//   /           accepts WebDAV PUT (folders made as needed)
//   /readonly/  refuses PUT (405)
//   /private/   accepts PUT from basicUser / basicPassword only (HTTP Basic), when they are given
//   /bldr/      proxies to Options::proxyTo's /v1/, when it is given
// Stopped when destroyed.
class NginxProcess
{
public:
    struct Options
    {
        QString certDir; // with server.pem and server.key (test::makeTestCertificates): HTTPS
        QString basicUser;
        QString basicPassword;
        // When set, /bldr/ is a reverse proxy to this server's /v1/ (an on-premises Builder behind a
        // path prefix), streaming answers as they come.
        QUrl proxyTo;
    };

    NginxProcess() = default;
    ~NginxProcess();
    NginxProcess(const NginxProcess&) = delete;
    NginxProcess& operator=(const NginxProcess&) = delete;

    // False, with the reason in `error` (nginx missing, its error log), when it did not come up.
    bool start(QString* error, const Options& options = {});

    QUrl url(const QString& path) const;
    // Where a file PUT at `path` lands.
    QString wwwPath(const QString& path) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_https = false;
};

} // namespace habmesos::test
