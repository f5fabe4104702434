// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonerror.h"

#include "marathon/marathonerrorpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace habmesos {

namespace {

// Text from a non-JSON body: Jetty's pages carry the reason in <pre>, nginx/OpenResty in <title>.
QString textOfBody(const QByteArray& body)
{
    const QString text = QString::fromUtf8(body.left(64 * 1024));
    for (const char* pattern :
        { "<pre>\\s*(.*?)\\s*</pre>", "<title>\\s*(.*?)\\s*</title>", "<h1>\\s*(.*?)\\s*</h1>" }) {
        const QRegularExpression re(QString::fromLatin1(pattern),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        const auto m = re.match(text);
        if (m.hasMatch())
            return m.captured(1).simplified();
    }
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    plain = plain.simplified();
    if (plain.size() > 300)
        plain = plain.left(300) + QStringLiteral("…");
    return plain;
}

QString joinProblems(const FieldProblems& problems)
{
    QStringList lines;
    for (const FieldProblem& p : problems)
        lines.append(
            QStringLiteral("  %1: %2")
                .arg(p.field.isEmpty() ? MarathonError::tr("(the whole app definition)") : p.field, p.message));
    return lines.join(u'\n');
}

// Marathon's details in both forms: [{path, errors[]}] (0.15+) and [{attribute, error}] (before).
FieldProblems problemsOf(const QJsonArray& details)
{
    FieldProblems out;
    for (const QJsonValue& v : details) {
        const QJsonObject d = v.toObject();
        if (d.contains(QStringLiteral("path"))) {
            const QString field = MarathonErrorPath::toFieldPath(d.value(QStringLiteral("path")).toString());
            const QJsonArray errors = d.value(QStringLiteral("errors")).toArray();
            for (const QJsonValue& e : errors)
                out.append({ field, MarathonError::describeErrorKey(e.toString()) });
            if (errors.isEmpty())
                out.append({ field, MarathonError::tr("is not valid") });
        } else if (d.contains(QStringLiteral("attribute"))) {
            out.append({ MarathonErrorPath::toFieldPath(d.value(QStringLiteral("attribute")).toString()),
                d.value(QStringLiteral("error")).toString() });
        }
    }
    return out;
}

} // namespace

MarathonError::MarathonError(Kind kind, QString message, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_message(std::move(message))
{ }

Error MarathonError::toError() const
{
    ErrorKind kind = ErrorKind::Network;
    switch (m_kind) {
    case Kind::None:
    case Kind::InvalidJson:
    case Kind::Validation:
        kind = ErrorKind::Invalid;
        break;
    case Kind::Canceled:
        kind = ErrorKind::Cancelled;
        break;
    case Kind::File:
        kind = ErrorKind::Io;
        break;
    default:
        break;
    }
    return { kind, m_message };
}

QString MarathonError::describeErrorKey(const QString& key)
{
    // Play JSON's keys, as the RAML-generated readers of Marathon 1.5+ report them.
    static const struct
    {
        const char* key;
        const char* text;
    } known[] = {
        { "error.path.missing", QT_TRANSLATE_NOOP("habmesos::MarathonError", "is required but missing") },
        { "error.expected.jsstring", QT_TRANSLATE_NOOP("habmesos::MarathonError", "must be a string") },
        { "error.expected.jsnumber", QT_TRANSLATE_NOOP("habmesos::MarathonError", "must be a number") },
        { "error.expected.jsboolean", QT_TRANSLATE_NOOP("habmesos::MarathonError", "must be true or false") },
        { "error.expected.jsarray", QT_TRANSLATE_NOOP("habmesos::MarathonError", "must be a list") },
        { "error.expected.jsobject", QT_TRANSLATE_NOOP("habmesos::MarathonError", "must be an object") },
        { "error.min", QT_TRANSLATE_NOOP("habmesos::MarathonError", "is below the allowed minimum") },
        { "error.max", QT_TRANSLATE_NOOP("habmesos::MarathonError", "is above the allowed maximum") },
        { "error.minLength", QT_TRANSLATE_NOOP("habmesos::MarathonError", "must not be empty (too short)") },
        { "error.maxLength", QT_TRANSLATE_NOOP("habmesos::MarathonError", "is too long") },
        { "error.pattern", QT_TRANSLATE_NOOP("habmesos::MarathonError", "does not have the required form") },
        { "error.unknown.enum.literal",
            QT_TRANSLATE_NOOP("habmesos::MarathonError", "is not one of the allowed values") },
    };
    for (const auto& k : known) {
        if (key == QLatin1String(k.key))
            return QStringLiteral("%1 (%2)").arg(tr(k.text), key);
    }
    return key;
}

MarathonError MarathonError::fromHttp(int status, const QByteArray& body, const Context& context)
{
    MarathonError e;
    e.m_httpStatus = status;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject json = doc.object();
    const bool isJson = parseError.error == QJsonParseError::NoError && doc.isObject();
    if (isJson) {
        e.m_serverMessage = json.value(QStringLiteral("message")).toString();
        if (e.m_serverMessage.isEmpty()) // DC/OS IAM answers {"title", "description"}
            e.m_serverMessage = QStringList { json.value(QStringLiteral("title")).toString(),
                json.value(QStringLiteral("description")).toString() }
                                    .filter(QRegularExpression(QStringLiteral(".")))
                                    .join(QStringLiteral(": "));
        const QJsonValue details = json.value(QStringLiteral("details"));
        if (details.isString())
            e.m_details = details.toString();
        else if (details.isArray())
            e.m_problems = problemsOf(details.toArray());
        else if (json.value(QStringLiteral("errors")).isArray()) // Marathon 0.7's {"errors":[{attribute,error}]}
            e.m_problems = problemsOf(json.value(QStringLiteral("errors")).toArray());
        for (const QJsonValue& d : json.value(QStringLiteral("deployments")).toArray())
            e.m_deploymentIds.append(d.toObject().value(QStringLiteral("id")).toString());
    } else {
        e.m_serverMessage = textOfBody(body);
    }

    const QString where = context.server.isEmpty() ? QString() : tr(" at %1").arg(context.server);
    const QString head
        = context.operation.isEmpty() ? tr("Marathon%1").arg(where) : tr("%1%2").arg(context.operation, where);
    const QString said = e.m_serverMessage.isEmpty() ? QString() : QStringLiteral(": ") + e.m_serverMessage;
    QString what;
    switch (status) {
    case 400:
        e.m_kind = Kind::InvalidJson;
        what = tr("Marathon could not read the request (HTTP 400%1)").arg(said);
        if (!e.m_details.isEmpty())
            what += QStringLiteral(": ") + e.m_details;
        break;
    case 401: {
        e.m_kind = Kind::Unauthorized;
        what = tr("the credentials were not accepted (HTTP 401; sent: %1)").arg(context.authTried);
        const QByteArray challenge = context.wwwAuthenticate.trimmed();
        if (challenge.toLower().startsWith("basic"))
            what += tr("; the server asks for HTTP Basic credentials (%1)").arg(QString::fromLatin1(challenge));
        else if (challenge.toLower().startsWith("acsjwt"))
            what += tr("; the server asks for a DC/OS token (log in, or give a valid token)");
        if (isJson && !e.m_serverMessage.isEmpty())
            what += QStringLiteral(" (") + e.m_serverMessage + u')';
        what += tr(". Check the user name and password or token.");
        break;
    }
    case 403:
        e.m_kind = Kind::Forbidden;
        what = tr("not allowed (HTTP 403%1); the credentials (%2) were accepted but lack the permission for this")
                   .arg(said, context.authTried);
        break;
    case 404:
        e.m_kind = Kind::NotFound;
        what = tr("not found (HTTP 404%1)").arg(said);
        break;
    case 409:
        if (!e.m_deploymentIds.isEmpty()) {
            e.m_kind = Kind::Locked;
            what = tr("the app is locked by running deployment(s) %1 (HTTP 409). Wait for them to finish, or force "
                      "the change, which cancels them.")
                       .arg(e.m_deploymentIds.join(QStringLiteral(", ")));
        } else {
            e.m_kind = Kind::AlreadyExists;
            what = tr("conflict (HTTP 409%1). To change an existing app, update it instead of creating it.").arg(said);
        }
        break;
    case 422:
        if (isJson && e.m_serverMessage == QLatin1String("Invalid JSON")) {
            e.m_kind = Kind::InvalidJson;
            what = tr("Marathon could not read the app definition (HTTP 422 Invalid JSON)");
        } else if (!e.m_problems.isEmpty()) {
            e.m_kind = Kind::Validation;
            what = tr("the app definition is not valid (HTTP 422%1)").arg(said);
        } else {
            e.m_kind = Kind::Validation;
            what = tr("Marathon refused the request (HTTP 422%1)").arg(said);
        }
        break;
    default:
        if ((status == 502 || status == 503)
            && e.m_serverMessage.contains(QLatin1String("Could not determine the current leader"))) {
            e.m_kind = Kind::NoLeader;
            what = tr("Marathon has no leader at the moment (HTTP %1: Could not determine the current leader). Retry "
                      "in a moment; if it lasts, check the Marathon instances and ZooKeeper.")
                       .arg(status);
        } else {
            e.m_kind = Kind::HttpError;
            what = tr("the server answered HTTP %1%2").arg(status).arg(said);
        }
    }
    if (e.m_kind == Kind::InvalidJson && !e.m_problems.isEmpty())
        what += u':';
    e.m_message = head + QStringLiteral(": ") + what;
    if (!e.m_problems.isEmpty())
        e.m_message += u'\n' + joinProblems(e.m_problems);
    return e;
}

namespace {

// OpenSSL's words for a TLS record that is no TLS record: what a plain HTTP server's "HTTP/1.1 400"
// (or its HTML page) looks like to a client that sent a ClientHello.
bool plainHttpAnswer(const QString& qtMessage)
{
    for (const char* words :
        { "wrong version number", "packet length too long", "http request", "record layer failure" })
        if (qtMessage.contains(QLatin1String(words), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

MarathonError MarathonError::fromNetwork(QNetworkReply::NetworkError error, const QString& qtMessage,
    const QList<QSslError>& sslErrors, bool timedOut, const Context& context)
{
    const QString head = context.operation.isEmpty() ? tr("Marathon") : context.operation;
    const QString server = context.server;
    if (timedOut || error == QNetworkReply::TimeoutError)
        return { Kind::Timeout,
            tr("%1: %2 did not answer in time. Check the URL, and that the server is up and "
               "reachable.")
                .arg(head, server) };
    if (sslErrors.isEmpty() && error == QNetworkReply::SslHandshakeFailedError && plainHttpAnswer(qtMessage))
        // No certificate was looked at: the server answered the TLS hello in plain text. A CA file
        // would not help; the URL's scheme (or port) is wrong.
        return { Kind::Tls,
            tr("%1: %2 does not speak TLS: it answered the https:// request as a plain HTTP server does. Use "
               "http:// in the server's URL, or the port where it serves HTTPS (Marathon's default is 8443).")
                .arg(head, server) };
    if (!sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        QStringList reasons;
        for (const QSslError& s : sslErrors)
            reasons.append(s.errorString());
        reasons.removeDuplicates();
        const QString why = reasons.isEmpty() ? qtMessage : reasons.join(QStringLiteral("; "));
        return { Kind::Tls,
            tr("%1: the TLS connection to %2 failed: %3. If the server uses its own certificate "
               "authority (DC/OS, self-signed), give its CA certificate file.")
                .arg(head, server, why) };
    }
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return { Kind::ConnectionRefused,
            tr("%1: the connection to %2 was refused; nothing listens there. Check the URL and port, and "
               "that the server runs.")
                .arg(head, server) };
    case QNetworkReply::HostNotFoundError:
        return { Kind::HostNotFound, tr("%1: the host of %2 is unknown. Check the URL.").arg(head, server) };
    case QNetworkReply::OperationCanceledError:
        return { Kind::Canceled, tr("%1: canceled.").arg(head) };
    default:
        return { Kind::Network, tr("%1: the connection to %2 failed: %3").arg(head, server, qtMessage) };
    }
}

} // namespace habmesos
