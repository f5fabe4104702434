// SPDX-License-Identifier: Apache-2.0
#include "marathon/supervisorcensus.h"

#include "logging.h"
#include "marathon/replyguard.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace habmesos {

SupervisorCensus::SupervisorCensus(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
{
    // A redirect would carry the token elsewhere; the gateway never sends one.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (m_options.parallel < 1)
        m_options.parallel = 1;
}

SupervisorCensus::~SupervisorCensus()
{
    ++m_generation;
    for (const QPointer<QNetworkReply>& reply : std::as_const(m_running)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

void SupervisorCensus::ask(const QList<MarathonTask>& tasks, int httpPortIndex)
{
    cancel();
    ++m_generation;
    m_answers.clear();
    m_pending.clear();
    for (int i = 0; i < tasks.size(); ++i) {
        Answer a;
        a.task = tasks[i];
        const QString address = a.task.address();
        if (httpPortIndex >= 0 && httpPortIndex < a.task.ports.size() && a.task.ports[httpPortIndex] > 0
            && !address.isEmpty()) {
            // An IPv6 address needs brackets beside its port.
            const bool v6 = QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol;
            a.endpoint = (v6 ? u'[' + address + u']' : address) + u':' + QString::number(a.task.ports[httpPortIndex]);
        }
        m_answers.append(a);
        m_pending.append(i);
    }
    if (m_answers.isEmpty()) {
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation)
                    Q_EMIT finished(m_answers);
            },
            Qt::QueuedConnection);
        return;
    }
    // Asynchronously, even for answers known at once, so callers connect after asking.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation)
                startNext();
        },
        Qt::QueuedConnection);
}

void SupervisorCensus::cancel()
{
    ++m_generation;
    m_pending.clear();
    const auto running = std::exchange(m_running, {});
    for (const QPointer<QNetworkReply>& reply : running) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void SupervisorCensus::startNext()
{
    while (!m_pending.isEmpty() && m_running.size() < m_options.parallel) {
        const int index = m_pending.takeFirst();
        Answer& a = m_answers[index];
        const Failure early = a.task.state != u"TASK_RUNNING" ? Failure::NotRunning
            : a.endpoint.isEmpty()                            ? Failure::NoPort
                                                              : Failure::None;
        if (early != Failure::None) {
            Answer done = a;
            done.failure = early;
            done.error = failureText(done, early, {});
            complete(index, done);
            continue;
        }
        QNetworkRequest request(QUrl(QStringLiteral("http://") + a.endpoint + QStringLiteral("/census")));
        request.setTransferTimeout(m_options.timeoutMs);
        request.setRawHeader("Accept", "application/json");
        if (!m_options.token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_options.token.toUtf8());
        qCDebug(lcNetwork) << "GET" << request.url().toString() << (m_options.token.isEmpty() ? "" : "(with a token)");
        QNetworkReply* reply = m_nam->get(request);
        new ReplyGuard(reply, { m_options.deadlineMs, m_options.maxReplyBytes });
        m_running.append(reply);
        connect(reply, &QNetworkReply::finished, this, [this, index, reply] { handleFinished(index, reply); });
    }
    if (m_pending.isEmpty() && m_running.isEmpty())
        Q_EMIT finished(m_answers);
}

void SupervisorCensus::handleFinished(int index, QNetworkReply* reply)
{
    reply->deleteLater();
    m_running.removeAll(reply);
    Answer a = m_answers[index];
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = status != 0 && reply->isOpen() ? reply->readAll() : QByteArray();
    const auto* guard = reply->findChild<ReplyGuard*>();
    qCDebug(lcNetwork) << "census of" << a.task.id << status << reply->error();

    if (guard && guard->tripped() != ReplyGuard::Tripped::No) {
        a.failure = guard->tripped() == ReplyGuard::Tripped::Deadline ? Failure::Timeout : Failure::NotCensus;
        a.error = guard->message(tr("Asking task %1 for its census").arg(a.task.id), a.endpoint);
    } else if (status == 0) {
        const QNetworkReply::NetworkError e = reply->error();
        if (e == QNetworkReply::ConnectionRefusedError)
            a.failure = Failure::Refused;
        else if (e == QNetworkReply::OperationCanceledError || e == QNetworkReply::TimeoutError)
            a.failure = Failure::Timeout;
        else
            a.failure = Failure::Network;
        a.error = failureText(a, a.failure, reply->errorString());
    } else if (status == 401) {
        a.failure = Failure::Unauthorized;
        a.error = failureText(a, a.failure, {});
    } else if (status < 200 || status >= 300) {
        a.failure = Failure::HttpError;
        a.error = failureText(a, a.failure, QString::number(status));
    } else if (const QString cut = ReplyGuard::cutShortMessage(*reply, body, tr("the census")); !cut.isEmpty()) {
        a.failure = Failure::Network;
        a.error = failureText(a, a.failure, cut);
    } else {
        Result<Census> census = Census::fromJson(body);
        if (census) {
            a.census = std::move(census).value();
        } else {
            a.failure = Failure::NotCensus;
            a.error = failureText(a, a.failure, census.error());
        }
    }
    complete(index, a);
    startNext();
}

void SupervisorCensus::complete(int index, Answer answer)
{
    m_answers[index] = answer;
    Q_EMIT answered(index, answer);
}

QString SupervisorCensus::failureText(const Answer& a, Failure failure, const QString& detail) const
{
    const QString task
        = a.endpoint.isEmpty() ? tr("Task %1").arg(a.task.id) : tr("Task %1 at %2").arg(a.task.id, a.endpoint);
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::NotRunning:
        return tr("%1 is %2, not running: its Supervisor cannot be asked yet. Ask again once Marathon shows it "
                  "running.")
            .arg(task, a.task.state);
    case Failure::NoPort:
        return tr("%1 has no port for the Supervisor's HTTP gateway (hab-http) in Marathon's task list; it may still "
                  "be starting. Reload, or give the app a port named hab-http.")
            .arg(task);
    case Failure::Refused:
        return tr("%1: nothing listens there (connection refused). The Supervisor may not have started yet, or "
                  "listens on another port: look at the task's log.")
            .arg(task);
    case Failure::Timeout:
        return tr("%1 did not answer within %n second(s). A firewall may block the agent's ports from here, or the "
                  "agent is down.",
            nullptr, (m_options.timeoutMs + 999) / 1000)
            .arg(task);
    case Failure::Unauthorized:
        return m_options.token.isEmpty()
            ? tr("%1: the Supervisor's gateway asks for a token (the app sets HAB_SUP_GATEWAY_AUTH_TOKEN). Enter "
                 "the gateway token and ask again.")
                  .arg(task)
            : tr("%1: the Supervisor's gateway refused the token. Enter the app's gateway token again.").arg(task);
    case Failure::HttpError:
        return tr("%1 answered HTTP %2 instead of the census. Is the port named hab-http the Supervisor's HTTP "
                  "gateway?")
            .arg(task, detail);
    case Failure::NotCensus:
        return tr("%1 did not answer with a Supervisor census (%2). Is the port named hab-http the Supervisor's "
                  "HTTP gateway?")
            .arg(task, detail);
    case Failure::Network:
        return tr("%1 could not be asked: %2").arg(task, detail);
    }
    return {};
}

} // namespace habmesos
