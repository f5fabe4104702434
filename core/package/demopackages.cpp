// SPDX-License-Identifier: Apache-2.0
#include "package/demopackages.h"

#include "package/hartwriter.h"
#include "package/packageident.h"
#include "package/secretsigningkey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace habmesos {

namespace {

const QString Release = QStringLiteral("20240601120000");
// Written last: its presence says the demo cache is complete.
const QString Marker = QStringLiteral("demo-complete");

struct DemoPackage
{
    QString ident;
    QStringList deps;
    QList<std::pair<QString, QByteArray>> metadata;
    QList<std::pair<QString, QByteArray>> executables;
    QList<std::pair<QString, QByteArray>> files;
    QList<std::pair<QString, QString>> symlinks;
};

QByteArray lines(const QStringList& idents)
{
    return idents.isEmpty() ? QByteArray() : (idents.join(u'\n') + u'\n').toUtf8();
}

Status writePackage(
    const DemoPackage& p, const SecretSigningKey& key, const QString& artifacts, const QStringList& tdeps)
{
    const auto ident = PackageIdent::parse(p.ident).value();
    const QString prefix = ident.installPath() + u'/';
    HartWriter writer;
    writer.addPackageDirectories(ident);
    writer.addFile(prefix + QStringLiteral("IDENT"), (p.ident + u'\n').toUtf8());
    writer.addFile(prefix + QStringLiteral("TARGET"), "x86_64-linux\n");
    if (!p.deps.isEmpty())
        writer.addFile(prefix + QStringLiteral("DEPS"), lines(p.deps));
    if (!tdeps.isEmpty())
        writer.addFile(prefix + QStringLiteral("TDEPS"), lines(tdeps));
    bool hasBin = false;
    for (const auto& [path, data] : p.executables) {
        writer.addFile(prefix + path, data, 0755);
        hasBin |= path.startsWith(QLatin1String("bin/"));
    }
    for (const auto& [path, target] : p.symlinks)
        writer.addSymlink(prefix + path, target);
    if (hasBin)
        writer.addFile(prefix + QStringLiteral("PATH"), (u'/' + prefix + QStringLiteral("bin\n")).toUtf8());
    for (const auto& [path, data] : p.metadata)
        writer.addFile(prefix + path, data, path.startsWith(QLatin1String("hooks/")) ? 0755 : 0644);
    for (const auto& [path, data] : p.files)
        writer.addFile(prefix + path, data);
    writer.addFile(prefix + QStringLiteral("MANIFEST"),
        QStringLiteral("# %1 / %2\n\nA package of habmesos's built-in demo.\n\n* __Version__: %3\n* __Release__: %4\n")
            .arg(ident.origin(), ident.name(), ident.version(), ident.release())
            .toUtf8());
    const QString file = QDir(artifacts).filePath(ident.archiveStem() + QStringLiteral("-x86_64-linux.hart"));
    return writer.write(file, key);
}

} // namespace

QString DemoPackages::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
}

Result<DemoPackages::Location> DemoPackages::ensure(const QString& directory)
{
    using R = Result<Location>;
    const QString root = directory.isEmpty() ? defaultDirectory() : directory;
    Location where { QDir(root).filePath(QStringLiteral("artifacts")), QDir(root).filePath(QStringLiteral("keys")),
        serviceIdent() };
    if (QFileInfo::exists(QDir(root).filePath(Marker)))
        return where;
    if (!QDir().mkpath(where.artifactCache) || !QDir().mkpath(where.keyDir))
        return R::failure(ErrorKind::Io, tr("cannot create the demo packages in %1").arg(root));

    const QDateTime revision = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    auto core = SecretSigningKey::generateToDirectory(QStringLiteral("core"), where.keyDir, revision);
    auto demo = SecretSigningKey::generateToDirectory(QStringLiteral("demo"), where.keyDir, revision);
    if (!core)
        return core.errorInfo();
    if (!demo)
        return demo.errorInfo();

    QByteArray busybox = QByteArrayLiteral("#!/bin/sh\necho 'busybox stand-in of the habmesos demo'\n");
    QFile real(QStringLiteral("/bin/busybox"));
    if (real.size() < (qint64(8) << 20) && real.open(QIODevice::ReadOnly))
        busybox = real.readAll();

    const QString glibc = QStringLiteral("core/glibc/2.36/") + Release;
    const QString bb = QStringLiteral("core/busybox-static/1.35.0/") + Release;
    const QString hab = QStringLiteral("core/hab/1.6.1245/") + Release;
    const QString sup = QStringLiteral("core/hab-sup/1.6.1245/") + Release;
    const QString launcher = QStringLiteral("core/hab-launcher/17797/") + Release;
    const QString cacerts = QStringLiteral("core/cacerts/2024.01.01/") + Release;
    const QByteArray standIn
        = "#!/bin/sh\n"
          "# A stand-in for Habitat's hab in habmesos's built-in demo: real exports use the real one.\n"
          "echo \"habmesos demo: hab $*\"\n";
    QList<DemoPackage> corePackages = {
        { glibc, {}, {}, {}, { { QStringLiteral("lib/README"), "The C library would live here.\n" } }, {} },
        { bb, {}, {}, { { QStringLiteral("bin/busybox"), busybox } }, {},
            { { QStringLiteral("bin/sh"), QStringLiteral("busybox") },
                { QStringLiteral("bin/bash"), QStringLiteral("busybox") } } },
        { cacerts, {}, {}, {}, { { QStringLiteral("ssl/cert.pem"), "# CA certificates would be here.\n" } }, {} },
        { hab, { glibc }, {}, { { QStringLiteral("bin/hab"), standIn } }, {}, {} },
        { launcher, { glibc }, {}, { { QStringLiteral("bin/hab-launch"), standIn } }, {}, {} },
        { sup, { bb, glibc }, {}, { { QStringLiteral("bin/hab-sup"), standIn } }, {}, {} },
    };
    for (const DemoPackage& p : corePackages) {
        QStringList tdeps = p.deps;
        if (p.ident == sup)
            tdeps = { bb, glibc };
        if (const Status s = writePackage(p, core.value(), where.artifactCache, tdeps); !s)
            return s.errorInfo();
    }
    const DemoPackage hello {
        serviceIdent(),
        { glibc, cacerts },
        { { QStringLiteral("SVC_USER"), "hab\n" }, { QStringLiteral("SVC_GROUP"), "hab\n" },
            { QStringLiteral("EXPOSES"), "8080\n" }, { QStringLiteral("EXPORTS"), "port=http.port\n" },
            { QStringLiteral("BINDS_OPTIONAL"), "database=port\n" }, { QStringLiteral("SHUTDOWN_SIGNAL"), "TERM\n" },
            { QStringLiteral("default.toml"),
                "# The demo service's configuration.\n"
                "message = \"Hello from Habitat on Mesos\"\n\n"
                "[http]\nport = 8080\nlisten = \"0.0.0.0\"\n\n"
                "[log]\nlevel = \"info\"\n" },
            { QStringLiteral("hooks/run"), "#!/bin/sh\nexec 2>&1\nexec hello {{cfg.http.port}}\n" } },
        { { QStringLiteral("bin/hello"),
            "#!/bin/sh\n# Serves a greeting on the port it is given.\n"
            "exec busybox httpd -f -p \"${1:-8080}\" -h \"$(dirname \"$0\")/../www\"\n" } },
        { { QStringLiteral("www/index.html"), "<h1>Hello from Habitat on Mesos</h1>\n" } },
        {},
    };
    if (const Status s = writePackage(hello, demo.value(), where.artifactCache, { glibc, cacerts }); !s)
        return s.errorInfo();

    QSaveFile marker(QDir(root).filePath(Marker));
    if (!marker.open(QIODevice::WriteOnly) || marker.write("habmesos demo packages\n") < 0 || !marker.commit())
        return R::failure(ErrorKind::Io, tr("cannot write %1").arg(marker.fileName()));
    return where;
}

} // namespace habmesos
