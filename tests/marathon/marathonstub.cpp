// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonstub.h"

#include "marathon/marathonclient.h"
#include "support/processrunner.h"
#include "support/testpaths.h"
#include "support/testwait.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace habmesos::test {

MarathonStub::~MarathonStub()
{
    stop();
}

bool MarathonStub::start(const QStringList& arguments, const QString& caFile)
{
    const QString script = sourceDir() + QStringLiteral("/tests/marathon/marathon_stub.py");
    m_https = arguments.contains(QStringLiteral("--ssl-cert"));
    m_caFile = caFile;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("/usr/bin/python3"),
        QStringList { script, QStringLiteral("--port"), QStringLiteral("0") } + arguments);
    if (!m_process.waitForStarted(WaitMs)) {
        m_error = m_process.errorString();
        return false;
    }
    // The stub prints "PORT <n>" once it listens.
    const QDeadlineTimer deadline(WaitMs);
    while (!m_process.canReadLine() && m_process.state() == QProcess::Running && !deadline.hasExpired())
        m_process.waitForReadyRead(int(deadline.remainingTime()));
    if (!m_process.canReadLine()) {
        m_error = m_process.state() == QProcess::Running
            ? QStringLiteral("the stub said nothing within %1 s").arg(WaitMs / 1000)
            : QStringLiteral("the stub exited");
        return false;
    }
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("PORT ")) {
        m_error = QStringLiteral("no port from the stub: ") + QString::fromUtf8(line);
        return false;
    }
    m_port = line.mid(5).toInt();
    return m_port > 0;
}

void MarathonStub::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(WaitMs)) {
        m_process.kill();
        m_process.waitForFinished(WaitMs);
    }
}

QUrl MarathonStub::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_https ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port));
}

QJsonDocument MarathonStub::control(const QByteArray& method, const QString& path, const QByteArray& body) const
{
    QNetworkAccessManager nam;
    QUrl u = url();
    u.setPath(path);
    QNetworkRequest request(u);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(WaitMs);
    if (m_https) // trust the test's CA, as the client does
        request.setSslConfiguration(MarathonClient::tlsConfiguration(m_caFile).value());
    QNetworkReply* reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    delete reply;
    return doc;
}

QStringList MarathonStub::requestsSeen() const
{
    QStringList out;
    for (const QJsonValue& v : control("GET", QStringLiteral("/_stub/requests")).array())
        out.append(v[QStringLiteral("method")].toString() + u' ' + v[QStringLiteral("path")].toString());
    return out;
}

bool makeTestCertificates(const QString& dir, QString* error)
{
    auto openssl = [&](const QStringList& args) {
        ProcessRunner runner(QStringLiteral("openssl"), args);
        const ProcessRunner::Outcome done = runner.setWorkingDirectory(dir).run();
        if (!done.ok())
            *error = done.describe();
        return done.ok();
    };
    QFile ext(dir + QStringLiteral("/ext.cnf"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=IP:127.0.0.1\n");
    ext.close();
    // A CA, and a server certificate for 127.0.0.1 signed by it.
    return openssl({ "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days",
               "2", "-subj", "/CN=habmesos test CA" })
        && openssl({ "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj",
            "/CN=127.0.0.1" })
        && openssl({ "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf" });
}

} // namespace habmesos::test
