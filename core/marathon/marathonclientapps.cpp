// SPDX-License-Identifier: Apache-2.0
// MarathonClient's app endpoints (/v2/apps/...), apart from the transport in marathonclient.cpp.
// Shapes: shared/reference/marathon.md §3.1 and the RAML v2/apps.raml.
#include "marathon/marathonclient.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace habmesos {

namespace {

QString forceQuery(MarathonClient::Force force)
{
    return force == MarathonClient::Force::Yes ? QStringLiteral("force=true") : QString();
}

} // namespace

QString MarathonClient::appPath(const QString& appId) const
{
    // Verbatim: Marathon's route is /v2/apps/{id:.+}, slashes included.
    return QStringLiteral("/v2/apps") + (appId.startsWith(u'/') ? appId : u'/' + appId);
}

QJsonObject MarathonClient::definitionOnly(QJsonObject appInfo)
{
    // AppInfo's embeds (apps.raml "embed") and the server-set version: Marathon refuses an update
    // that names a version together with anything but the id ("The 'version' field may only be
    // combined with the 'id' field.", reference §2.7).
    for (const char* key : { "version", "versionInfo", "tasks", "tasksStaged", "tasksRunning", "tasksHealthy",
             "tasksUnhealthy", "deployments", "lastTaskFailure", "taskStats", "readinessCheckResults" })
        appInfo.remove(QLatin1String(key));
    return appInfo;
}

MarathonReply* MarathonClient::createApp(const QByteArray& appJson)
{
    // Name the app in messages when the body says which it is.
    const QString id = QJsonDocument::fromJson(appJson).object().value(QStringLiteral("id")).toString().left(200);
    return start("POST", QStringLiteral("/v2/apps"), {}, appJson,
        id.isEmpty() ? tr("Creating the app") : tr("Creating app %1").arg(id));
}

MarathonReply* MarathonClient::updateApp(const QString& appId, const QByteArray& appJson, Force force)
{
    return start("PUT", appPath(appId), forceQuery(force), appJson,
        force == Force::Yes ? tr("Updating app %1 (forced)").arg(appId) : tr("Updating app %1").arg(appId));
}

MarathonReply* MarathonClient::getApp(const QString& appId)
{
    return start("GET", appPath(appId), {}, {}, tr("Reading app %1").arg(appId));
}

MarathonReply* MarathonClient::listApps()
{
    // Counts are embedded by default "but this will change" (apps.raml): ask for both explicitly.
    return start("GET", QStringLiteral("/v2/apps"), QStringLiteral("embed=apps.counts&embed=apps.deployments"), {},
        tr("Listing the apps"));
}

MarathonReply* MarathonClient::appTasks(const QString& appId)
{
    return start("GET", appPath(appId) + QStringLiteral("/tasks"), {}, {}, tr("Listing the tasks of %1").arg(appId));
}

MarathonReply* MarathonClient::appVersions(const QString& appId)
{
    return start(
        "GET", appPath(appId) + QStringLiteral("/versions"), {}, {}, tr("Listing the versions of %1").arg(appId));
}

MarathonReply* MarathonClient::appVersion(const QString& appId, const QString& version)
{
    // A version is an ISO-8601 time ("2015-09-25T15:13:48.343Z"): nothing in it needs escaping in
    // a path, and QUrl escapes what would.
    return start("GET", appPath(appId) + QStringLiteral("/versions/") + version, {}, {},
        tr("Reading version %1 of %2").arg(version, appId));
}

MarathonReply* MarathonClient::rollBackApp(
    const QString& appId, const QString& version, const QJsonObject& definition, Force force)
{
    // The whole definition, replacing (partialUpdate=false): a field that version lacked must not
    // survive from the current one.
    QJsonObject body = definitionOnly(definition);
    body.insert(QStringLiteral("id"), appId);
    QString query = QStringLiteral("partialUpdate=false");
    if (force == Force::Yes)
        query += QStringLiteral("&force=true");
    return start("PUT", appPath(appId), query, QJsonDocument(body).toJson(QJsonDocument::Compact),
        tr("Rolling %1 back to version %2").arg(appId, version));
}

MarathonReply* MarathonClient::scaleApp(const QString& appId, int instances, Force force)
{
    // A partial update (the default) that names only the instances: a scaling deployment.
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("instances"), instances } }).toJson(QJsonDocument::Compact);
    return start("PUT", appPath(appId), forceQuery(force), body,
        tr("Scaling %1 to %n instance(s)", nullptr, instances).arg(appId));
}

MarathonReply* MarathonClient::restartApp(const QString& appId, Force force)
{
    return start(
        "POST", appPath(appId) + QStringLiteral("/restart"), forceQuery(force), {}, tr("Restarting %1").arg(appId));
}

MarathonReply* MarathonClient::deleteApp(const QString& appId)
{
    return start("DELETE", appPath(appId), {}, {}, tr("Deleting app %1").arg(appId));
}

MarathonReply* MarathonClient::listDeployments()
{
    return start("GET", QStringLiteral("/v2/deployments"), {}, {}, tr("Listing deployments"));
}

MarathonReply* MarathonClient::info()
{
    return start("GET", QStringLiteral("/v2/info"), {}, {}, tr("Reading Marathon's info"));
}

MarathonReply* MarathonClient::uploadArtifact(const QString& filePath)
{
    return start("POST", QStringLiteral("/v2/artifacts"), {}, {},
        tr("Uploading %1 to Marathon's artifact store").arg(QFileInfo(filePath).fileName()), filePath);
}

} // namespace habmesos
