// SPDX-License-Identifier: Apache-2.0
#include "builder/closuredownloader.h"

#include "builder/builderclient.h"
#include "builder/builderpackage.h"
#include "builder/builderreply.h"
#include "logging.h"
#include "package/habpaths.h"
#include "package/hartheader.h"
#include "package/publicsigningkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryFile>

namespace habmesos {

ClosureDownloader::ClosureDownloader(BuilderClient* client, Options options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    if (m_options.artifactCache.isEmpty())
        m_options.artifactCache = HabPaths::artifactCache();
    if (m_options.keyCache.isEmpty())
        m_options.keyCache = HabPaths::keyCache();
    if (m_options.channel.isEmpty())
        m_options.channel = m_client->options().settings.channel;
    m_options.parallel = qMax(1, m_options.parallel);
    m_pool.setMaxThreadCount(m_options.parallel);
}

ClosureDownloader::~ClosureDownloader()
{
    if (m_running)
        stopAll();
}

QString ClosureDownloader::target() const
{
    return m_client->options().target;
}

QString ClosureDownloader::canonicalName(const PackageIdent& ident, const QString& target)
{
    return QStringLiteral("%1-%2-%3-%4-%5.hart")
        .arg(ident.origin(), ident.name(), ident.version(), ident.release(), target);
}

bool ClosureDownloader::isPresent(const Options& options, const QString& target, const PackageIdent& ident)
{
    const QString cache = options.artifactCache.isEmpty() ? HabPaths::artifactCache() : options.artifactCache;
    return QFileInfo(QDir(cache).filePath(canonicalName(ident, target))).isFile()
        || (options.alsoPresent && options.alsoPresent(ident));
}

void ClosureDownloader::start(const PackageIdent& ident)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress = {};
    m_outcome = {};
    m_result.reset();
    m_bytesDone = 0;
    for (const QString& dir : { m_options.artifactCache, m_options.keyCache }) {
        if (!QDir().mkpath(dir)) {
            // Asynchronously, as every other answer.
            QMetaObject::invokeMethod(
                this,
                [this, dir] {
                    fail(Error { ErrorKind::Io, tr("cannot create the folder %1").arg(dir) });
                },
                Qt::QueuedConnection);
            return;
        }
    }
    BuilderReply* reply
        = ident.isFullyQualified() ? m_client->package(ident) : m_client->latestInChannel(ident, m_options.channel);
    Q_EMIT activity(tr("looking up %1 on %2").arg(ident.toString(), m_client->server()));
    m_replies << reply;
    connect(reply, &BuilderReply::finished, this, [this, reply, ident] {
        reply->deleteLater();
        m_replies.removeAll(reply);
        resolved(reply, ident);
    });
}

void ClosureDownloader::cancel()
{
    fail(Error::cancelled());
}

void ClosureDownloader::resolved(const BuilderReply* reply, const PackageIdent& asked)
{
    if (!m_running)
        return;
    if (!reply->ok()) {
        if (reply->error().kind == ErrorKind::NotFound)
            explainMissing(asked);
        else
            fail(reply->error());
        return;
    }
    const auto package = BuilderPackage::fromJson(reply->body(), tr("looking up %1").arg(asked.toString()));
    if (!package)
        return fail(package.errorInfo());
    if (!package->ident.satisfies(asked))
        return fail(Error { ErrorKind::Network,
            tr("asked %1 for %2, it answered with %3")
                .arg(m_client->server(), asked.toString(), package->ident.toString()) });
    if (!package->target.isEmpty() && package->target != target())
        return fail(Error { ErrorKind::Invalid,
            tr("%1 on %2 is built for %3, not %4")
                .arg(package->ident.toString(), m_client->server(), package->target, target()) });
    m_outcome.ident = package->ident;
    m_outcome.closure << package->ident;
    for (const PackageIdent& dep : package->tdeps)
        if (!m_outcome.closure.contains(dep))
            m_outcome.closure << dep;
    for (const PackageIdent& member : std::as_const(m_outcome.closure)) {
        if (isPresent(m_options, target(), member)) {
            ++m_outcome.alreadyPresent;
            continue;
        }
        auto job = std::make_shared<Job>();
        job->ident = member;
        job->finalPath = QDir(m_options.artifactCache).filePath(canonicalName(member, target()));
        m_queue << job;
    }
    m_progress.packages = int(m_outcome.closure.size());
    m_progress.packagesDone = m_outcome.alreadyPresent;
    qCInfo(lcBuilder) << package->ident.toString() << "closure" << m_outcome.closure.size() << "to download"
                      << m_queue.size();
    emitProgress();
    if (m_queue.isEmpty())
        succeed();
    else
        startMore();
}

void ClosureDownloader::explainMissing(const PackageIdent& asked)
{
    if (asked.isFullyQualified())
        return fail(Error { ErrorKind::NotFound,
            tr("%1 for %2 is not on %3, or it is private (a private package needs a token of a member of origin %4)")
                .arg(asked.toString(), target(), m_client->server(), asked.origin()) });
    // As `hab pkg install` does (install.rs recommend_channels): look in the origin's other channels.
    BuilderReply* channels = m_client->originChannels(asked.origin());
    m_replies << channels;
    connect(channels, &BuilderReply::finished, this, [this, channels, asked] {
        channels->deleteLater();
        m_replies.removeAll(channels);
        if (!m_running)
            return;
        QStringList names;
        for (const QJsonValue& c : channels->json().array())
            if (const QString name = c.toObject().value(QStringLiteral("name")).toString();
                !name.isEmpty() && name != m_options.channel)
                names << name;
        if (!channels->ok() || names.isEmpty())
            return fail(Error { ErrorKind::NotFound,
                tr("%1 is not in channel %2 of %3 for %4, nor in another channel, or it is private (a private "
                   "package needs a token of a member of origin %5)")
                    .arg(asked.toString(), m_options.channel, m_client->server(), target(), asked.origin()) });
        auto found = std::make_shared<QMap<QString, QString>>();
        auto pending = std::make_shared<int>(int(names.size()));
        for (const QString& name : std::as_const(names)) {
            BuilderReply* latest = m_client->latestInChannel(asked, name);
            m_replies << latest;
            connect(latest, &BuilderReply::finished, this, [this, latest, asked, name, found, pending] {
                latest->deleteLater();
                m_replies.removeAll(latest);
                if (!m_running)
                    return;
                if (latest->ok())
                    if (const auto p = BuilderPackage::fromJson(latest->body(), QString()))
                        found->insert(name, p->ident.toString());
                if (--*pending > 0)
                    return;
                QStringList where;
                for (auto it = found->cbegin(); it != found->cend(); ++it)
                    where << QStringLiteral("%1 (%2)").arg(it.key(), it.value());
                fail(Error { ErrorKind::NotFound,
                    where.isEmpty()
                        ? tr("%1 is not in channel %2 of %3 for %4, nor in another channel, or it is private (a "
                             "private package needs a token of a member of origin %5)")
                              .arg(asked.toString(), m_options.channel, m_client->server(), target(), asked.origin())
                        : tr("%1 is not in channel %2 of %3 for %4; it is in: %5. Choose one of these channels.")
                              .arg(asked.toString(), m_options.channel, m_client->server(), target(),
                                  where.join(QStringLiteral(", "))) });
            });
        }
    });
}

void ClosureDownloader::startMore()
{
    while (m_running && m_active.size() < m_options.parallel && !m_queue.isEmpty()) {
        std::shared_ptr<Job> job = m_queue.takeFirst();
        QTemporaryFile temp(QDir(m_options.artifactCache).filePath(QStringLiteral(".habmesos-download-XXXXXX.part")));
        temp.setAutoRemove(false);
        if (!temp.open())
            return fail(Error { ErrorKind::Io,
                tr("cannot write into the artifact cache %1: %2").arg(m_options.artifactCache, temp.errorString()) });
        job->tempPath = temp.fileName();
        temp.close();
        m_active << job;
        Q_EMIT activity(tr("downloading %1").arg(job->ident.toString()));
        BuilderReply* reply = m_client->downloadArtifact(job->ident, job->tempPath);
        m_replies << reply;
        connect(reply, &BuilderReply::progress, this, [this, job](qint64 received, qint64 total) {
            job->received = received;
            job->total = total;
            emitProgress();
        });
        connect(reply, &BuilderReply::finished, this, [this, job, reply] {
            reply->deleteLater();
            m_replies.removeAll(reply);
            downloaded(job, reply);
        });
    }
}

} // namespace habmesos
