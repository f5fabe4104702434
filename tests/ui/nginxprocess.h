// SPDX-License-Identifier: Apache-2.0
#pragma once
// Debian's nginx with a configuration of its own in a temporary folder, accepting WebDAV PUT on /
// (as tests/marathon/tst_tarballuploader.cpp starts it).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <unistd.h>

namespace habmesos::test {

class NginxProcess
{
public:
    ~NginxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished(10000);
            }
        }
    }

    bool start(QString* error)
    {
        const QString nginx = QStringLiteral("/usr/sbin/nginx");
        if (!QFile::exists(nginx)) {
            *error = QStringLiteral("no /usr/sbin/nginx");
            return false;
        }
        if (!m_dir.isValid())
            return false;
        QDir(m_dir.path()).mkpath(QStringLiteral("www"));
        QDir(m_dir.path()).mkpath(QStringLiteral("tmp"));
        for (int attempt = 0; attempt < 3; ++attempt) {
            {
                QTcpServer probe;
                if (!probe.listen(QHostAddress::LocalHost, 0))
                    return false;
                m_port = probe.serverPort();
            }
            const QString d = m_dir.path();
            const QByteArray conf
                = QStringLiteral("%1daemon off;\nmaster_process on;\nworker_processes 1;\npid %2/nginx.pid;\n"
                                 "error_log %2/error.log;\nevents { worker_connections 64; }\n"
                                 "http {\n access_log %2/access.log;\n"
                                 " client_body_temp_path %2/tmp/body;\n proxy_temp_path %2/tmp/proxy;\n"
                                 " fastcgi_temp_path %2/tmp/fastcgi;\n uwsgi_temp_path %2/tmp/uwsgi;\n"
                                 " scgi_temp_path %2/tmp/scgi;\n"
                                 " server {\n  listen 127.0.0.1:%3;\n"
                                 "  location / { root %2/www; dav_methods PUT; create_full_put_path on;\n"
                                 "   dav_access user:rw group:r all:r; client_max_body_size 0; }\n"
                                 " }\n}\n")
                      .arg(geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), d)
                      .arg(m_port)
                      .toUtf8();
            QFile f(m_dir.filePath(QStringLiteral("nginx.conf")));
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return false;
            f.write(conf);
            f.close();
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            m_process.start(nginx,
                { QStringLiteral("-p"), d, QStringLiteral("-e"), d + QStringLiteral("/error.log"), QStringLiteral("-c"),
                    f.fileName() });
            if (!m_process.waitForStarted(30000)) {
                *error = m_process.errorString();
                return false;
            }
            for (int i = 0; i < 300 && m_process.state() == QProcess::Running; ++i) {
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, m_port);
                if (s.waitForConnected(1000))
                    return true;
                QTest::qWait(100);
            }
            m_process.waitForFinished(5000);
            QFile log(m_dir.filePath(QStringLiteral("error.log")));
            log.open(QIODevice::ReadOnly);
            *error = QString::fromUtf8(m_process.readAll() + log.readAll());
        }
        return false;
    }

    QUrl url(const QString& path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }
    QString wwwPath(const QString& path) const { return m_dir.path() + QStringLiteral("/www") + path; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace habmesos::test
