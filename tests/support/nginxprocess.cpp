// SPDX-License-Identifier: Apache-2.0
#include "support/nginxprocess.h"

#include "support/testnetwork.h"
#include "support/testwait.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

namespace habmesos::test {

NginxProcess::~NginxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(WaitMs)) {
            m_process.kill();
            m_process.waitForFinished(WaitMs);
        }
    }
}

bool NginxProcess::start(QString* error, const Options& options)
{
    const QString nginx = QStringLiteral("/usr/sbin/nginx");
    if (!QFile::exists(nginx)) {
        *error = QStringLiteral("no /usr/sbin/nginx");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    m_https = !options.certDir.isEmpty();
    const QString d = m_dir.path();
    for (const char* sub : { "www/readonly", "www/private", "tmp" })
        QDir(d).mkpath(QString::fromLatin1(sub));
    QString privateLocation;
    if (!options.basicUser.isEmpty()) {
        // {PLAIN}: nginx compares the password as it is.
        QFile users(d + QStringLiteral("/htpasswd"));
        if (!users.open(QIODevice::WriteOnly)) {
            *error = users.errorString();
            return false;
        }
        users.write(options.basicUser.toUtf8() + ":{PLAIN}" + options.basicPassword.toUtf8() + '\n');
        privateLocation
            = QStringLiteral("  location /private/ { root %1/www; dav_methods PUT; client_max_body_size 0;\n"
                             "   auth_basic \"habmesos test\"; auth_basic_user_file %1/htpasswd; }\n")
                  .arg(d);
    }
    if (options.proxyTo.isValid())
        privateLocation
            += QStringLiteral("  location /bldr/ { proxy_pass http://127.0.0.1:%1/v1/; proxy_http_version 1.1;\n"
                              "   proxy_buffering off; }\n")
                   .arg(options.proxyTo.port());
    const QString tls = m_https
        ? QStringLiteral(" ssl;\n  ssl_certificate %1/server.pem;\n  ssl_certificate_key %1/server.key")
              .arg(options.certDir)
        : QString();
    // nginx binds a port it is given: tried again if another process took it meanwhile.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = unusedLocalPort();
        if (m_port == 0) {
            *error = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        const QByteArray conf
            = QStringLiteral("%1daemon off;\nmaster_process on;\nworker_processes 1;\npid %2/nginx.pid;\n"
                             "error_log %2/error.log;\nevents { worker_connections 64; }\n"
                             "http {\n access_log %2/access.log;\n"
                             " client_body_temp_path %2/tmp/body;\n proxy_temp_path %2/tmp/proxy;\n"
                             " fastcgi_temp_path %2/tmp/fastcgi;\n uwsgi_temp_path %2/tmp/uwsgi;\n"
                             " scgi_temp_path %2/tmp/scgi;\n"
                             " server {\n  listen 127.0.0.1:%3%4;\n"
                             "  location / { root %2/www; dav_methods PUT; create_full_put_path on;\n"
                             "   dav_access user:rw group:r all:r; client_max_body_size 0; }\n"
                             "  location /readonly/ { root %2/www; }\n"
                             "%5"
                             " }\n}\n")
                  .arg(geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), d)
                  .arg(m_port)
                  .arg(tls, privateLocation)
                  .toUtf8();
        QFile f(d + QStringLiteral("/nginx.conf"));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = f.errorString();
            return false;
        }
        f.write(conf);
        f.close();
        const QString pidFile = d + QStringLiteral("/nginx.pid");
        QFile::remove(pidFile);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(nginx,
            { QStringLiteral("-p"), d, QStringLiteral("-e"), d + QStringLiteral("/error.log"), QStringLiteral("-c"),
                f.fileName() });
        if (!m_process.waitForStarted(WaitMs)) {
            *error = m_process.errorString();
            return false;
        }
        // nginx writes its pid file once its socket listens (ngx_init_cycle, then
        // ngx_create_pidfile), and exits when it cannot bind the port.
        if (!QTest::qWaitFor(
                [&] { return m_process.state() != QProcess::Running || QFile::exists(pidFile); }, WaitMs)) {
            *error = QStringLiteral("nginx neither listened nor exited within %1 s").arg(WaitMs / 1000);
            return false;
        }
        if (m_process.state() == QProcess::Running) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_port);
            if (s.waitForConnected(WaitMs))
                return true;
            *error = QStringLiteral("nginx runs but does not accept connections: ") + s.errorString();
            return false;
        }
        m_process.waitForFinished(WaitMs);
        QFile log(d + QStringLiteral("/error.log"));
        log.open(QIODevice::ReadOnly);
        *error = QString::fromUtf8(m_process.readAll() + log.readAll());
    }
    return false;
}

QUrl NginxProcess::url(const QString& path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_https ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port)
                    .arg(path));
}

QString NginxProcess::wwwPath(const QString& path) const
{
    return m_dir.path() + QStringLiteral("/www") + path;
}

} // namespace habmesos::test
