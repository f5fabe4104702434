// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldproblem.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace habmesos {

// A failed call to Marathon (or to an upload target), turned into something a person can act on:
// what kind of failure, the HTTP status, Marathon's own message and details, the fields concerned.
class MarathonError
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::MarathonError)
public:
    enum class Kind
    {
        None,
        InvalidJson, // 400 (and 422 "Invalid JSON" from 1.5 on): the body is not what Marathon reads
        Validation, // 422 "Object is not valid" (or the pre-1.0 attribute/error form)
        AlreadyExists, // 409 on POST: an app with that id exists
        Locked, // 409 with `deployments`: the app is being deployed; force is possible
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404 (app or route)
        NoLeader, // 502/503 "Could not determine the current leader"
        NoArtifactStore, // the server has no /v2/artifacts (Marathon 1.5+)
        HttpError, // any other HTTP status
        Timeout, // no answer within the transfer timeout
        ConnectionRefused,
        HostNotFound,
        Tls, // certificate not trusted, handshake failed
        Network, // any other transport failure
        BadResponse, // a success status with a body we cannot read
        Canceled, // the caller canceled
        File, // a local file could not be read
    };

    // What the client knew while the call ran; used to make the message precise.
    struct Context
    {
        QString operation; // "creating app /acme/redis"
        QString server; // "marathon.example.com:8080" (never with credentials)
        QString authTried; // MarathonAuth::describe()
        QByteArray wwwAuthenticate; // the 401's challenge
    };

    MarathonError() = default;
    MarathonError(Kind kind, QString message, int httpStatus = 0);

    // From an HTTP answer with a status >= 400 (JSON, Jetty's HTML pages, or anything else).
    static MarathonError fromHttp(int status, const QByteArray& body, const Context& context);
    // From a transport failure; sslErrors are those the reply reported (never ignored).
    static MarathonError fromNetwork(QNetworkReply::NetworkError error, const QString& qtMessage,
        const QList<QSslError>& sslErrors, bool timedOut, const Context& context);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // The whole text for a person: operation, what happened, what to do.
    const QString& message() const { return m_message; }
    // Marathon's own `message`, and `details` when it is a string (400).
    const QString& serverMessage() const { return m_serverMessage; }
    const QString& details() const { return m_details; }
    // 422 details, mapped to our field paths ("portDefinitions/1/name").
    const FieldProblems& fieldProblems() const { return m_problems; }
    // 409 locked: the deployments that hold the app.
    const QStringList& deploymentIds() const { return m_deploymentIds; }
    bool canForce() const { return m_kind == Kind::Locked; }
    // As the engine's Error: the server or the way to it failed (refused, unreachable, timed out,
    // nonsense) is ErrorKind::Network; a definition it cannot accept is Invalid; a local file Io;
    // the caller's cancel Cancelled.
    Error toError() const;

    // A readable phrase for one of Play's error keys ("error.min" -> "is below the minimum").
    static QString describeErrorKey(const QString& key);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_message;
    QString m_serverMessage;
    QString m_details;
    FieldProblems m_problems;
    QStringList m_deploymentIds;
};

} // namespace habmesos
