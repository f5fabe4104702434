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

MesosFetcher::MesosFetcher(Mode mode, QString cacheDirectory, QString extractTool)
    : m_mode(mode)
    , m_cacheDir(std::move(cacheDirectory))
    , m_extractTool(std::move(extractTool))
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

QList<MesosFetcher::Outcome> MesosFetcher::fetch(const QList<Item>& items, const QString& sandbox)
{
    QList<Outcome> out;
    for (const Item& item : items) {
        auto name = basename(item.uri);
        if (!name) {
            out.append(
                { item.uri, {}, false, false, false, false, QStringLiteral("Could not fetch: ") + name.error() });
            return out;
        }
    }
    for (const Item& item : items) {
        Outcome o;
        o.uri = item.uri;
        auto failed = [&](const QString& error) {
            o.error = error;
            out.append(o);
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

        if (item.cache) {
            QString cached = m_cache.value(item.uri);
            if (cached.isEmpty()) {
                QString base = basename(item.uri).value();
                if (base.size() > 20)
                    base = base.left(10) + u'_' + base.right(10);
                cached = QStringLiteral("c%1-%2").arg(++m_serial).arg(base);
                QDir().mkpath(m_cacheDir);
                if (Status s = transfer(item.uri, m_cacheDir + u'/' + cached); !s) {
                    QFile::remove(m_cacheDir + u'/' + cached);
                    // Mesos reverts to fetching straight into the sandbox when the cache fails.
                    cached.clear();
                } else {
                    m_cache.insert(item.uri, cached);
                    o.downloaded = true;
                }
            }
            if (!cached.isEmpty()) {
                o.fromCache = true;
                const QString source = m_cacheDir + u'/' + cached;
                if (!item.executable && item.extract) {
                    auto extracted = extract(source, sandbox);
                    if (!extracted)
                        return failed(extracted.error());
                    if (extracted.value()) {
                        o.extracted = true;
                        o.localName = QStringLiteral("(cache) ") + cached;
                        o.ok = true;
                        out.append(o);
                        continue;
                    }
                }
                QFile::remove(path);
                if (!QFile::copy(source, path))
                    return failed(QStringLiteral("cannot copy %1 to %2").arg(source, path));
                if (item.executable && ::chmod(QFile::encodeName(path).constData(), 0755) != 0)
                    return failed(QStringLiteral("Failed to chmod executable '%1'").arg(path));
                o.ok = true;
                out.append(o);
                continue;
            }
        }

        if (Status s = transfer(item.uri, path); !s)
            return failed(s.error());
        o.downloaded = true;
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
    return out;
}

} // namespace habmesos::test
