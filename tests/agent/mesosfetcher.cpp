// SPDX-License-Identifier: Apache-2.0
#include "agent/mesosfetcher.h"

#include "support/processrunner.h"
#include "support/testwait.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include <sys/stat.h>

namespace habmesos::test {

MesosFetcher::MesosFetcher(Mode mode, QString cacheDirectory, QString extractTool, qint64 cacheCapacity)
    : m_mode(mode)
    , m_extractTool(std::move(extractTool))
    , m_cache(std::move(cacheDirectory), cacheCapacity)
{ }

Result<QString> MesosFetcher::basename(const QString& uri)
{
    if (uri.contains(u'\\') || uri.contains(u'\'') || uri.contains(QChar(0)))
        return Result<QString>::failure(QStringLiteral("Illegal characters in URI"));
    const qsizetype index = uri.indexOf(QStringLiteral("://"));
    if (index > 1) {
        const QString path = uri.mid(index + 3);
        if (!path.contains(u'/') || path.size() <= path.indexOf(u'/') + 1)
            return Result<QString>::failure(QStringLiteral("Malformed URI (missing path): ") + uri);
        return path.mid(path.lastIndexOf(u'/') + 1);
    }
    // stout Path::basename: the part after the last '/', trailing '/'s ignored.
    QString p = uri;
    while (p.size() > 1 && p.endsWith(u'/'))
        p.chop(1);
    return p.mid(p.lastIndexOf(u'/') + 1);
}

bool MesosFetcher::isArchiveName(const QString& name)
{
    for (const char* suffix : { ".tar", ".tgz", ".tar.gz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz", ".zip", ".gz" }) {
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

Status MesosFetcher::run(const QString& program, const QStringList& args, const QString& stdinFile,
    const QString& stdoutFile, bool cLocaleOnly)
{
    ProcessRunner p(program, args);
    if (!stdinFile.isEmpty())
        p.setStdinFile(stdinFile);
    if (!stdoutFile.isEmpty())
        p.setStdoutFile(stdoutFile);
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    if (cLocaleOnly)
        env.remove(QStringLiteral("PATH"));
    const ProcessRunner::Outcome done = p.setEnvironment(env).run();
    if (!done.ok())
        return Status::failure(done.describe());
    return success();
}

Result<bool> MesosFetcher::extract(const QString& file, const QString& sandbox)
{
    auto tarLike = [&] {
        for (const char* s : { ".tar", ".tgz", ".tar.gz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz" }) {
            if (file.endsWith(QLatin1String(s)))
                return true;
        }
        return false;
    };
    Status done = success();
    if (tarLike() || file.endsWith(QLatin1String(".zip"))) {
        if (m_mode == Mode::Mesos17) {
            done = run(m_extractTool, { file, sandbox, QStringLiteral("--secure-nodotdot") }, {}, {}, true);
        } else if (file.endsWith(QLatin1String(".zip"))) {
            done = run(QStringLiteral("unzip"), { QStringLiteral("-o"), QStringLiteral("-d"), sandbox, file });
        } else {
            done = run(QStringLiteral("tar"), { QStringLiteral("-C"), sandbox, QStringLiteral("-xf"), file });
        }
    } else if (file.endsWith(QLatin1String(".gz"))) {
        const QString target = QDir(sandbox).filePath(QFileInfo(file.chopped(3)).fileName());
        done = run(QStringLiteral("gunzip"), { QStringLiteral("-d"), QStringLiteral("-c") }, file, target);
    } else {
        return false;
    }
    if (!done)
        return Result<bool>::failure(
            QStringLiteral("Failed to extract archive '%1' to '%2': %3").arg(file, sandbox, done.error()));
    return true;
}

Status MesosFetcher::transfer(const QString& rawUri, const QString& destination)
{
    const QString uri = QString(rawUri).remove(QRegularExpression(QStringLiteral("^\\s+")));
    const bool fileUri = uri.startsWith(QLatin1String("file://"));
    if (fileUri || !uri.contains(QLatin1String("://"))) {
        QString path = uri;
        if (path.startsWith(QLatin1String("file://localhost")))
            path = path.mid(16);
        else if (fileUri)
            path = path.mid(7);
        if (fileUri && !path.startsWith(u'/'))
            return Status::failure(QStringLiteral("File URI only supports absolute paths"));
        if (!path.startsWith(u'/'))
            return Status::failure(QStringLiteral("A relative path was passed for the resource but the Mesos "
                                                  "framework home was not specified"));
        if (QFileInfo(path).isDir())
            return Status::failure(QStringLiteral("`source` was a directory"));
        QFile::remove(destination);
        QFile in(path);
        QFile out(destination);
        if (!in.open(QIODevice::ReadOnly))
            return Status::failure(path + QStringLiteral(": ") + in.errorString());
        if (!out.open(QIODevice::WriteOnly))
            return Status::failure(destination + QStringLiteral(": ") + out.errorString());
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (out.write(chunk) != chunk.size())
                return Status::failure(destination + QStringLiteral(": ") + out.errorString());
        }
        return success();
    }
    if (!uri.startsWith(QLatin1String("http://")) && !uri.startsWith(QLatin1String("https://")))
        return Status::failure(QStringLiteral("the stand-in fetches file, http and https URIs only: ") + uri);
    QNetworkAccessManager manager;
    QNetworkRequest request { QUrl(uri) };
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QFile out(destination);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::failure(destination + QStringLiteral(": ") + out.errorString());
    QNetworkReply* reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] { out.write(reply->readAll()); });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(WaitMs, &loop, &QEventLoop::quit);
    loop.exec();
    out.write(reply->readAll());
    out.close();
    const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString error = reply->isFinished() ? reply->errorString() : QStringLiteral("timed out");
    const bool finished = reply->isFinished();
    const QNetworkReply::NetworkError networkError = reply->error();
    delete reply;
    if (!finished || (code == 0 && networkError != QNetworkReply::NoError))
        return Status::failure(QStringLiteral("Error downloading resource: ") + error);
    if (code != 200)
        return Status::failure(QStringLiteral("Error downloading resource, received HTTP return code %1").arg(code));
    return success();
}

Result<qint64> MesosFetcher::fetchSize(const QString& uri)
{
    const bool fileUri = uri.startsWith(QLatin1String("file://"));
    if (fileUri || !uri.contains(QLatin1String("://"))) {
        const QString path = uri.startsWith(QLatin1String("file://localhost")) ? uri.mid(16)
            : fileUri                                                          ? uri.mid(7)
                                                                               : uri;
        const QFileInfo info(path);
        if (!info.exists())
            return Result<qint64>::failure(
                QStringLiteral("Could not determine file size for: '%1', error: No such file or directory").arg(path));
        return info.size();
    }
    if (!uri.startsWith(QLatin1String("http://")) && !uri.startsWith(QLatin1String("https://")))
        return Result<qint64>::failure(QStringLiteral("the stand-in sizes file, http and https URIs only: ") + uri);
    // stout net::contentLength: curl NOBODY (HEAD) following redirects, the length curl learnt.
    QNetworkAccessManager manager;
    QNetworkRequest request { QUrl(uri) };
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = manager.head(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(WaitMs, &loop, &QEventLoop::quit);
    loop.exec();
    const bool finished = reply->isFinished();
    const bool connected = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const QString error = reply->errorString();
    delete reply;
    if (!finished || !connected)
        return Result<qint64>::failure(QStringLiteral("Error fetching content length: ") + error);
    if (!length.isValid())
        return Result<qint64>::failure(QStringLiteral("Error fetching content length: unknown content length"));
    if (length.toLongLong() == 0)
        return Result<qint64>::failure(QStringLiteral("URI reported content-length 0: ") + uri);
    return length.toLongLong();
}

Result<bool> MesosFetcher::place(const Item& item, const QString& source, const QString& path, const QString& sandbox)
{
    // fetchFromCache: executable copies and chmods; extract unpacks an archive straight from the
    // cache; anything else is copied.
    if (!item.executable && item.extract) {
        auto extracted = extract(source, sandbox);
        if (!extracted || extracted.value())
            return extracted;
    }
    QFile::remove(path);
    if (!QFile::copy(source, path))
        return Result<bool>::failure(QStringLiteral("cannot copy %1 to %2").arg(source, path));
    if (item.executable && ::chmod(QFile::encodeName(path).constData(), 0755) != 0)
        return Result<bool>::failure(QStringLiteral("Failed to chmod executable '%1'").arg(path));
    return false;
}

QList<MesosFetcher::Outcome> MesosFetcher::fetch(const QList<Item>& items, const QString& sandbox, const QString& user)
{
    QList<Outcome> out;
    for (const Item& item : items) {
        auto name = basename(item.uri);
        if (!name) {
            Outcome o;
            o.uri = item.uri;
            o.error = QStringLiteral("Could not fetch: ") + name.error();
            out.append(o);
            return out;
        }
    }
    // FetcherProcess::fetch: the cache is decided for every URI before anything is downloaded;
    // the entries this task uses are referenced until it is done, so that none is evicted.
    QList<FetcherCache::Entry*> entries(items.size(), nullptr);
    QList<bool> created(items.size(), false);
    QStringList notes(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].cache)
            continue;
        const QString key = FetcherCache::key(user, items[i].uri);
        FetcherCache::Entry* entry = m_cache.get(key);
        if (!entry) {
            entry = m_cache.create(user, key, basename(items[i].uri).value());
            const Result<qint64> size = fetchSize(items[i].uri);
            Status reserved = size ? m_cache.reserve(entry, size.value())
                                   : Status::failure(QStringLiteral("Could not determine size of cache file for '%1' "
                                                                    "with error: %2")
                                                         .arg(key, size.error()));
            if (!size)
                m_cache.remove(entry);
            if (!reserved) {
                notes[i] = QStringLiteral("Reverting to fetching directly into the sandbox for '%1', due to failure "
                                          "to fetch through the cache, with error: %2")
                               .arg(items[i].uri, reserved.error());
                continue;
            }
            created[i] = true;
        }
        ++entry->references;
        entries[i] = entry;
    }
    auto release = [&](bool fetched) {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (!entries[i])
                continue;
            --entries[i]->references;
            if (!created[i])
                continue;
            if (!fetched) {
                m_cache.remove(entries[i]); // perhaps partly downloaded
            } else if (const Status adjusted = m_cache.adjust(entries[i]); !adjusted) {
                // Mesos logs it; the task has its file, the cache does not keep it.
                qWarning("fetcher cache: %s", qPrintable(adjusted.error()));
            }
        }
    };

    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item& item = items[i];
        Outcome o;
        o.uri = item.uri;
        o.cacheNote = notes[i];
        auto failed = [&](const QString& error) {
            o.error = error;
            out.append(o);
            release(false);
            return out;
        };
        const QString outputFile = item.destPath.isEmpty() ? basename(item.uri).value() : item.destPath;
        if (!item.destPath.isEmpty()) {
            const QString dir = QFileInfo(item.destPath).path();
            if (dir != u'.' && !QDir().mkpath(sandbox + u'/' + dir))
                return failed(QStringLiteral("Unable to create subdirectory %1 in sandbox").arg(dir));
        }
        // stout path::join: one '/' between, none doubled.
        QString rel = outputFile;
        if (rel.startsWith(u'/'))
            rel.remove(0, 1);
        const QString path = sandbox + u'/' + rel;
        o.localName = rel;

        if (FetcherCache::Entry* entry = entries[i]) {
            if (created[i] && !QFileInfo::exists(entry->file)) {
                QDir().mkpath(QFileInfo(entry->file).path());
                if (Status s = transfer(item.uri, entry->file); !s)
                    return failed(s.error());
                o.downloaded = true;
                o.bytes = QFileInfo(entry->file).size();
            }
            o.fromCache = true;
            auto placed = place(item, entry->file, path, sandbox);
            if (!placed)
                return failed(placed.error());
            if (placed.value()) {
                o.extracted = true;
                o.localName = QStringLiteral("(cache) ") + QFileInfo(entry->file).fileName();
            }
            o.ok = true;
            out.append(o);
            continue;
        }

        if (Status s = transfer(item.uri, path); !s)
            return failed(s.error());
        o.downloaded = true;
        o.bytes = QFileInfo(path).size();
        if (item.executable) {
            if (::chmod(QFile::encodeName(path).constData(), 0755) != 0)
                return failed(QStringLiteral("Failed to chmod executable '%1'").arg(path));
        } else if (item.extract) {
            auto extracted = extract(path, sandbox);
            if (!extracted)
                return failed(extracted.error());
            o.extracted = extracted.value();
        }
        o.ok = true;
        out.append(o);
    }
    release(true);
    return out;
}

} // namespace habmesos::test
