// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/marathonauth.h"
#include "marathon/marathonreply.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

namespace habmesos {

// Marathon's REST API (v2), asynchronous, on the thread it lives in (the GUI thread, or a headless
// command's event loop). Request bodies are the app JSON as bytes; app ids are used verbatim in
// the path ("/acme/redis" -> /v2/apps/acme/redis).
//
// HTTPS uses the system's CAs plus an optional CA file; certificate errors are never ignored.
// With a DC/OS login the token is kept in memory only; on a 401 the client logs in afresh and
// retries the call once.
class MarathonClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl url; // http(s)://host:8080, or https://cluster/service/marathon
        MarathonAuth auth;
        QString caFile; // PEM or DER; added to the system's CAs
        int timeoutMs = 30000; // per request, without any answer (QNetworkRequest::setTransferTimeout)
        int deadlineMs = 120 * 1000; // per request, from sending to the last byte of the answer
        int uploadDeadlineMs = 60 * 60 * 1000; // the same for uploadArtifact(), which sends a whole tarball
        qint64 maxReplyBytes = 32 * 1024 * 1024; // the largest answer read (an app with its tasks is well below)
    };
    enum class Force
    {
        No,
        Yes
    };

    explicit MarathonClient(Options options, QObject* parent = nullptr);
    ~MarathonClient() override;

    const Options& options() const { return m_options; }
    // "host:port", for messages.
    QString server() const;

    // POST /v2/apps
    MarathonReply* createApp(const QByteArray& appJson);
    // PUT /v2/apps/{id}; ?force=true only when the caller says so (it cancels running deployments).
    MarathonReply* updateApp(const QString& appId, const QByteArray& appJson, Force force = Force::No);
    // GET /v2/apps/{id}: {"app": AppInfo} with task counts, tasks, deployments, lastTaskFailure.
    MarathonReply* getApp(const QString& appId);
    // GET /v2/apps?embed=apps.counts&embed=apps.deployments: {"apps": [AppInfo]} with task counts
    // and the deployments in progress.
    MarathonReply* listApps();
    // GET /v2/apps/{id}/tasks: {"tasks": [Task]} (read with MarathonTask::listFromJson).
    MarathonReply* appTasks(const QString& appId);
    // GET /v2/apps/{id}/versions: {"versions": ["2015-09-25T15:13:48.343Z", ...]} (order not promised).
    MarathonReply* appVersions(const QString& appId);
    // GET /v2/apps/{id}/versions/{version}: the app as it was at that version.
    MarathonReply* appVersion(const QString& appId, const QString& version);
    // PUT /v2/apps/{id}?partialUpdate=false with that version's definition (server-set fields dropped).
    MarathonReply* rollBackApp(
        const QString& appId, const QString& version, const QJsonObject& definition, Force force = Force::No);
    // PUT /v2/apps/{id} {"instances": n}
    MarathonReply* scaleApp(const QString& appId, int instances, Force force = Force::No);
    // POST /v2/apps/{id}/restart
    MarathonReply* restartApp(const QString& appId, Force force = Force::No);
    // DELETE /v2/apps/{id} (Marathon's force defaults to true here: it cancels running deployments)
    MarathonReply* deleteApp(const QString& appId);
    // GET /v2/deployments
    MarathonReply* listDeployments();
    // GET /v2/info
    MarathonReply* info();
    // Marathon 0.7-1.4's artifact store: multipart POST /v2/artifacts, part "file", streamed from disk.
    MarathonReply* uploadArtifact(const QString& filePath);

    // An AppInfo (GET /v2/apps/{id}'s "app", a /versions/{v} answer) without what Marathon adds:
    // version, versionInfo, the task counts, tasks, deployments, lastTaskFailure.
    static QJsonObject definitionOnly(QJsonObject appInfo);

    // The system's CAs plus those in caFile (when given), or why the file cannot be used.
    static Result<QSslConfiguration> tlsConfiguration(const QString& caFile);

private:
    struct Call;
    MarathonReply* start(
        QByteArray method, QString path, QString query, QByteArray body, QString operation, QString filePath = {});
    void dispatch(const std::shared_ptr<Call>& call);
    void send(const std::shared_ptr<Call>& call);
    void handleFinished(const std::shared_ptr<Call>& call, QNetworkReply* reply);
    void login();
    void applyAuth(QNetworkRequest& request, Call& call) const;
    QNetworkRequest makeRequest(const QUrl& url) const;
    QString appPath(const QString& appId) const;

    Options m_options;
    QNetworkAccessManager* m_nam;
    Result<QSslConfiguration> m_tls;
    QString m_dcosToken; // from a DC/OS login; in memory only
    bool m_loginRunning = false;
    QList<std::shared_ptr<Call>> m_waitingForLogin;
};

} // namespace habmesos
