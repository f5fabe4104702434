// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace habmesos::test {

// Runs tests/marathon/marathon_stub.py (the Marathon stand-in) on 127.0.0.1 and a free port, and
// talks to its /_stub control endpoint. Stops it when destroyed.
class MarathonStub
{
public:
    MarathonStub() = default;
    ~MarathonStub();
    MarathonStub(const MarathonStub&) = delete;
    MarathonStub& operator=(const MarathonStub&) = delete;

    // Starts the stub with these extra arguments; false (and errorText()) when it did not come up.
    // With --ssl-cert, caFile is the CA the control calls trust.
    bool start(const QStringList& arguments = {}, const QString& caFile = {});
    void stop();
    int port() const { return m_port; }
    // http(s)://127.0.0.1:<port>
    QUrl url() const;
    QString errorText() const { return m_error; }

    // Synchronous calls to /_stub/...: config (POST a JSON object), state, requests, fail, ...
    QJsonDocument control(const QByteArray& method, const QString& path, const QByteArray& body = {}) const;
    QJsonDocument config(const QByteArray& json) const
    {
        return control("POST", QStringLiteral("/_stub/config"), json);
    }
    // The requests the stub saw, oldest first, as "METHOD /path?query" (from /_stub/requests).
    QStringList requestsSeen() const;

private:
    QProcess m_process;
    int m_port = 0;
    bool m_https = false;
    QString m_caFile;
    QString m_error;
};

// Writes ca.pem (a test CA), server.pem and server.key (for 127.0.0.1, signed by the CA) into dir,
// with Debian's openssl. ext.cnf is left there too (a file that is no certificate).
bool makeTestCertificates(const QString& dir, QString* error);

} // namespace habmesos::test
