// SPDX-License-Identifier: Apache-2.0
// The stand-in's state, its connections and how answers go out; the routes are in
// standinbuilderroutes.cpp.
#include "support/standinbuilder.h"

#include "package/artifactinspector.h"
#include "package/keycache.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sodium.h>

namespace habmesos::test {

namespace {

// hab core PackageArchive::checksum: the hex BLAKE2b-256 of the whole file.
QString fileChecksum(const QByteArray& bytes)
{
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(bytes.constData()),
        quint64(bytes.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), sizeof hash).toHex());
}

// form-urlencoded, as serde_urlencoded reads a query: '+' is a space.
QString formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

} // namespace

StandinBuilder::StandinBuilder()
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            m_connections.insert(socket, Connection {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_connections.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

StandinBuilder::~StandinBuilder() = default;

bool StandinBuilder::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl StandinBuilder::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

Status StandinBuilder::addArtifact(const QString& hartPath, const QStringList& channels, Visibility visibility)
{
    // Builder reads the upload with PackageArchive and checks no signature (pkgs.rs
    // do_upload_package_finish): an empty key cache reads it all and leaves it unverified.
    const Result<PackageArtifact> artifact = ArtifactInspector::inspectArtifact(
        hartPath, KeyCache(QDir::temp().filePath(QStringLiteral("standinbuilder-no-keys"))));
    if (!artifact)
        return Status::failure(
            QStringLiteral("Builder would refuse %1 (422 ds:up:0): %2").arg(hartPath, artifact.error()));
    const PackageMetadata& meta = artifact->metadata;
    if (!m_targets.contains(meta.target))
        return Status::failure(
            QStringLiteral("Builder would refuse %1 (501): target %2 not enabled").arg(hartPath, meta.target));
    const QString type = meta.packageType == u"native" ? QStringLiteral("Native") : QStringLiteral("Standard");
    for (const Release& r : std::as_const(m_releases)) {
        if (r.ident == meta.ident && r.target == meta.target)
            return Status::failure(QStringLiteral("Builder would refuse %1 (409): %2 for %3 is there already")
                                       .arg(hartPath, meta.ident.toString(), meta.target));
        if (r.ident.origin() == meta.ident.origin() && r.ident.name() == meta.ident.name() && r.target == meta.target
            && r.packageType != type)
            return Status::failure(QStringLiteral("Builder would refuse %1 (422): package type mismatch; "
                                                  "expected '%2', found '%3'")
                                       .arg(hartPath, r.packageType, type));
    }
    QFile file(hartPath);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QStringLiteral("%1: %2").arg(hartPath, file.errorString()));
    const QByteArray bytes = file.readAll();

    Release release;
    release.ident = meta.ident;
    release.target = meta.target;
    release.deps = meta.deps;
    release.tdeps = meta.tdeps;
    release.exposes = meta.exposes;
    release.manifest = QString::fromUtf8(meta.manifest);
    release.config = QString::fromUtf8(meta.defaultToml);
    release.packageType = type;
    release.checksum = fileChecksum(bytes);
    release.path = hartPath;
    release.size = bytes.size();
    release.id = m_nextId++;
    release.visibility = visibility;
    release.createdAt = QDateTime::currentDateTimeUtc();
    release.channels.insert(QStringLiteral("unstable"), release.createdAt);
    for (const QString& channel : channels) {
        release.channels.insert(channel, release.createdAt);
        m_channels[meta.ident.origin()].insert(channel);
    }
    m_releases.append(release);
    return success();
}

void StandinBuilder::addKeys(const QString& directory)
{
    const QDir dir(directory);
    for (const QString& name : dir.entryList({ QStringLiteral("*.pub") }, QDir::Files)) {
        const QString stem = name.chopped(4);
        const qsizetype dash = stem.lastIndexOf(u'-');
        if (dash <= 0)
            continue;
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            m_keys[stem.left(dash)].insert(stem.mid(dash + 1), file.readAll());
    }
}

void StandinBuilder::promote(const PackageIdent& ident, const QString& channel)
{
    for (Release& r : m_releases) {
        if (r.ident == ident)
            r.channels.insert(channel, QDateTime::currentDateTimeUtc());
    }
    m_channels[ident.origin()].insert(channel);
}

void StandinBuilder::addToken(const QString& token, const QStringList& memberOf, bool licensed)
{
    m_tokens.insert(token, Token { memberOf, licensed });
}

void StandinBuilder::setRestrictedChannels(
    const QStringList& restrictedIfPresent, const QStringList& unrestricted, const QStringList& partiallyUnrestricted)
{
    m_restricted = restrictedIfPresent;
    m_unrestricted = unrestricted;
    m_partiallyUnrestricted = partiallyUnrestricted;
}

void StandinBuilder::setEnabledTargets(const QStringList& targets)
{
    m_targets = targets;
}

void StandinBuilder::failNext(const QByteArray& pathPrefix, int count, int status)
{
    m_failures.append({ pathPrefix, count });
    m_failureStatus.append(status);
}

void StandinBuilder::setChunkedDownloads(bool chunked)
{
    m_chunked = chunked;
}

void StandinBuilder::dropMidBody(const PackageIdent& ident)
{
    m_dropMidBody.insert(ident);
}

void StandinBuilder::replaceBody(const PackageIdent& ident, QByteArray body)
{
    m_replacedBodies.insert(ident, std::move(body));
}

void StandinBuilder::setTrickle(int bytesPerTick, int tickMs)
{
    m_tricklePerTick = bytesPerTick;
    m_trickleMs = tickMs;
}

QStringList StandinBuilder::requestLines() const
{
    QStringList out;
    for (const QByteArray& request : m_requests)
        out.append(QString::fromLatin1(request.left(request.indexOf("\r\n"))));
    return out;
}

int StandinBuilder::count(const QByteArray& pathPrefix) const
{
    int n = 0;
    for (const QByteArray& request : m_requests) {
        const qsizetype at = request.indexOf(' ') + 1;
        if (request.mid(at, request.indexOf(' ', at) - at).startsWith(pathPrefix))
            ++n;
    }
    return n;
}

void StandinBuilder::onData(QTcpSocket* socket)
{
    Connection& connection = m_connections[socket];
    connection.reader.append(socket->readAll());
    while (std::optional<QByteArray> request = connection.reader.next())
        connection.queued.append(*request);
    if (!connection.busy)
        serveNext(socket);
}

void StandinBuilder::serveNext(QTcpSocket* socket)
{
    Connection& connection = m_connections[socket];
    if (connection.closeAfter || connection.queued.isEmpty())
        return;
    const QByteArray raw = connection.queued.takeFirst();
    m_requests.append(raw);
    connection.busy = true;
    bool close = false;
    const Response response = handle(raw, &close);
    connection.closeAfter = close;
    if (response.drop) {
        socket->abort();
        return;
    }
    send(socket, response, raw.startsWith("HEAD "), close);
}

StandinBuilder::Response StandinBuilder::handle(const QByteArray& raw, bool* close)
{
    Request request;
    const QByteArray head = raw.left(raw.indexOf("\r\n\r\n"));
    QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.takeFirst().trimmed().split(' ');
    if (requestLine.size() != 3) {
        *close = true;
        return Response { 400 };
    }
    request.method = requestLine[0];
    request.version = requestLine[2];
    QByteArray target = requestLine[1];
    const qsizetype question = target.indexOf('?');
    request.rawPath = question < 0 ? target : target.left(question);
    for (const QByteArray& line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (colon > 0 && !request.headers.contains(name))
            request.headers.insert(name, line.mid(colon + 1).trimmed());
    }
    *close = request.version == "HTTP/1.0" || request.headers.value("connection").toLower() == "close";
    if (question >= 0) {
        for (const QByteArray& pair : target.mid(question + 1).split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            request.query.append({ formDecode(pair.left(eq < 0 ? pair.size() : eq)),
                formDecode(eq < 0 ? QByteArray() : pair.mid(eq + 1)) });
        }
    }

    for (qsizetype i = 0; i < m_failures.size(); ++i) {
        if (m_failures[i].second > 0 && request.rawPath.startsWith(m_failures[i].first)) {
            --m_failures[i].second;
            const int status = m_failureStatus[i];
            Response fault { status };
            fault.add("Content-Type", "application/json");
            fault.body = QJsonDocument(
                QJsonObject { { QStringLiteral("code"), status },
                    { QStringLiteral("msg"), QString::fromLatin1(HttpRequestReader::reasonPhrase(status)) } })
                             .toJson(QJsonDocument::Compact);
            return fault;
        }
    }

    // middleware.rs authentication_middleware, in front of every route.
    if (request.headers.contains("authorization")) {
        const QByteArray value = request.headers.value("authorization");
        for (const char c : value) {
            // HeaderValue::to_str().unwrap() panics on anything but visible ASCII and tabs: the
            // worker drops the connection.
            if ((uchar(c) < 32 && c != '\t') || uchar(c) > 126)
                return Response { 0, {}, {}, false, {}, true };
        }
        const QList<QByteArray> parts = value.simplified().split(' ');
        if (parts.size() != 2 || parts[0] != "Bearer" || !m_tokens.contains(QString::fromLatin1(parts[1])))
            return Response { 401 };
        request.session = m_tokens.value(QString::fromLatin1(parts[1]));
    }
    return route(request);
}

void StandinBuilder::send(QTcpSocket* socket, const Response& response, bool head, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + HttpRequestReader::reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    const bool chunked = response.download && m_chunked && !head;
    out += chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                   : "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "\r\n";
    if (head || response.body.isEmpty() || !response.download) {
        socket->write(out + (head ? QByteArray() : response.body) + (chunked ? "0\r\n\r\n" : ""));
        finished(socket, close);
        return;
    }
    socket->write(out);
    const bool drop = m_dropMidBody.contains(response.ident);
    const QByteArray body = drop ? response.body.left(response.body.size() / 2) : response.body;
    const int piece = m_tricklePerTick > 0 ? m_tricklePerTick : int(qMax<qsizetype>(body.size(), 1));
    const int tickMs = m_tricklePerTick > 0 ? m_trickleMs : 0;
    // Pieces go out from a timer so that a slow server is slow and the client sees a partial body.
    auto* timer = new QTimer(socket);
    auto offset = std::make_shared<qsizetype>(0);
    QPointer<QTcpSocket> guard(socket);
    connect(timer, &QTimer::timeout, socket, [this, guard, timer, offset, body, piece, chunked, drop, close] {
        if (!guard)
            return;
        const QByteArray part = body.mid(*offset, piece);
        *offset += part.size();
        if (!part.isEmpty())
            guard->write(chunked ? QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n" : part);
        if (*offset < body.size())
            return;
        timer->deleteLater();
        if (drop) {
            guard->flush();
            guard->disconnectFromHost();
            return;
        }
        if (chunked)
            guard->write("0\r\n\r\n");
        finished(guard, close);
    });
    timer->start(tickMs);
}

void StandinBuilder::finished(QTcpSocket* socket, bool close)
{
    if (close) {
        socket->disconnectFromHost();
        return;
    }
    m_connections[socket].busy = false;
    // Later, not now: a pipelined request must not recurse into this answer's stack.
    QTimer::singleShot(0, socket, [this, socket] {
        if (m_connections.contains(socket))
            serveNext(socket);
    });
}

} // namespace habmesos::test
