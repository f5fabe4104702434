// SPDX-License-Identifier: Apache-2.0
// The harts layout's export (HartsExport, ArtifactHead, XzPayloadSize): the closure's .hart files
// as they were signed, the bootstrap and what it holds, what stays the same between releases, and
// every refusal leaving the output folder as it was.
#include "export/artifacthead.h"
#include "export/exportjob.h"
#include "export/hartsexport.h"
#include "export/xzpayloadsize.h"
#include "package/artifactinspector.h"
#include "package/hartheader.h"
#include "support/fixturebuilder.h"
#include "support/supervisorfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;
using namespace habmesos::test;

namespace {

const QString Rel = QStringLiteral("20200101000000");
const QString NextRel = QStringLiteral("20200102000000");
const QByteArray StandInHab = "#!/bin/sh\necho hab \"$@\"\n";

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

PackageSpec service(const QString& release, const QString& glibc)
{
    PackageSpec app;
    app.ident = QStringLiteral("demo/app/1.0.0/") + release;
    app.deps = { glibc };
    app.executables = { { QStringLiteral("bin/app"), QByteArrayLiteral("#!/bin/sh\necho app\n") } };
    app.files = { { QStringLiteral("share/big.dat"), QByteArray(2 << 20, 'z') } };
    app.metadata = {
        { QStringLiteral("SVC_USER"), "hab\n" },
        { QStringLiteral("SVC_GROUP"), "hab\n" },
        { QStringLiteral("EXPOSES"), "8080\n" },
        { QStringLiteral("EXPORTS"), "port=http.port\n" },
        { QStringLiteral("default.toml"), "[http]\nport = 8080\n" },
        { QStringLiteral("hooks/run"), "#!/bin/sh\nexec app\n" },
        { QStringLiteral("PATH"), SupervisorFixture::pathOf(app.ident) },
    };
    return app;
}

// Every entry of a folder, hidden ones too: nothing may be left behind by a refused export.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList tarMembers(const QString& tarball)
{
    QProcess p;
    p.start(QStringLiteral("tar"), { QStringLiteral("-tvzf"), tarball });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return { QStringLiteral("(tar failed)") };
    return QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

QByteArray tarMember(const QString& tarball, const QString& member)
{
    QProcess p;
    p.start(QStringLiteral("tar"), { QStringLiteral("-xzOf"), tarball, member });
    return p.waitForFinished(60000) && p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

} // namespace

class tst_HartsExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportsBootstrapAndArtifacts();
    void bootstrapSameAcrossReleases();
    void headStopsAfterMetadataOnlyInOrder();
    void payloadSizeFromIndex();
    void refusesUnverifiedLeavingNothing_data();
    void refusesUnverifiedLeavingNothing();
    void refusesMissingAndInstalledOnly();
    void cancelLeavesNothing();

private:
    ExportOptions options(const QString& package, const QString& outDir) const
    {
        ExportOptions o;
        o.layout = DeploymentLayout::Harts;
        o.package = package;
        o.artifactCache = m_builder->directory();
        o.keyDir = m_builder->keyDirectory();
        o.installedRoot = m_dir.filePath(QStringLiteral("none/hab/pkgs"));
        o.outputDir = outDir;
        return o;
    }
    QString newOutDir(const QString& name)
    {
        const QString dir = m_dir.filePath(QStringLiteral("out/") + name);
        QDir().mkpath(dir);
        return dir;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<FixtureBuilder> m_builder;
    SupervisorFixture m_supervisor;
};

void tst_HartsExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_builder = std::make_unique<FixtureBuilder>(m_dir.filePath(QStringLiteral("cache")));
    m_supervisor.release = Rel;
    m_supervisor.busybox = SupervisorFixture::debianBusybox();
    m_supervisor.hab = StandInHab;
    m_supervisor.habExtras = { { QStringLiteral("bin/hab-helper"), QByteArrayLiteral("#!/bin/sh\n") } };
    QVERIFY2(m_supervisor.build(*m_builder).ok(), "the Supervisor's packages");
    for (const QString& r : { Rel, NextRel }) {
        const auto built = m_builder->build(service(r, m_supervisor.glibc()));
        QVERIFY2(built.ok(), qPrintable(built.error()));
    }
}

void tst_HartsExport::exportsBootstrapAndArtifacts()
{
    const QString out = newOutDir(QStringLiteral("first"));
    const auto result = ExportJob(options(QStringLiteral("demo/app/1.0.0/") + Rel, out)).run();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->layout, DeploymentLayout::Harts);
    QVERIFY(HartsExport::isBootstrapFileName(result->tarballName));
    QCOMPARE(result->service.exposes, QList<quint16> { 8080 });
    QVERIFY(result->service.hasDefaultToml);

    // The closure: the service first, each .hart byte for byte as signed, under its canonical name.
    QSet<QString> idents;
    for (qsizetype i = 0; i < result->harts.size(); ++i) {
        const ExportResult::Hart& h = result->harts[i];
        idents.insert(h.ident.toString());
        QCOMPARE(h.fileName, HartsExport::canonicalFileName(h.ident, QStringLiteral("x86_64-linux")));
        QCOMPARE(h.path, QDir(out).filePath(h.fileName));
        QCOMPARE(readBytes(h.path), readBytes(result->packages[i].path));
        QCOMPARE(h.bytes, QFileInfo(h.path).size());
        QVERIFY(h.unpackedBytes > 0);
        QCOMPARE(result->packages[i].verification, Verification::Verified);
    }
    QCOMPARE(result->harts.first().ident.toString(), QStringLiteral("demo/app/1.0.0/") + Rel);
    QCOMPARE(idents,
        (QSet<QString> { QStringLiteral("demo/app/1.0.0/") + Rel, m_supervisor.glibc(), m_supervisor.busyboxIdent(),
            QStringLiteral("core/hab/1.6.0/") + Rel, QStringLiteral("core/hab-sup/1.6.0/") + Rel,
            QStringLiteral("core/hab-launcher/17797/") + Rel, QStringLiteral("core/cacerts/2020.01.01/") + Rel }));
    // Nothing else in the folder: the bootstrap and the .hart files.
    QCOMPARE(entries(out).size(), result->harts.size() + 1);

    // The bootstrap: no package, but busybox, hab's bin/, keys, /etc and init.sh.
    const QStringList members = tarMembers(result->tarballPath);
    QVERIFY2(members.filter(QRegularExpression(QStringLiteral(" \\./hab/pkgs/[^ ]"))).isEmpty(),
        qPrintable(members.join(u'\n')));
    QCOMPARE(tarMember(result->tarballPath, QStringLiteral("./.habmesos/busybox")), m_supervisor.busybox);
    QCOMPARE(tarMember(result->tarballPath, QStringLiteral("./.habmesos/bin/hab")), StandInHab);
    QCOMPARE(tarMember(result->tarballPath, QStringLiteral("./.habmesos/bin/hab-helper")), QByteArray("#!/bin/sh\n"));
    QVERIFY(!tarMember(result->tarballPath, QStringLiteral("./hab/cache/keys/core-20200101000000.pub")).isEmpty());
    QVERIFY(!tarMember(result->tarballPath, QStringLiteral("./etc/passwd")).isEmpty());
    QVERIFY(members.filter(QStringLiteral("./bin/sh -> /.habmesos/busybox")).size() == 1);
    const QString init = QString::fromUtf8(tarMember(result->tarballPath, QStringLiteral("./init.sh")));
    QVERIFY2(init.startsWith(QLatin1String("#!/.habmesos/busybox sh\n")), qPrintable(init));
    QVERIFY2(init.contains(QLatin1String(
                 "install_harts() ( unset HAB_RING_KEY HAB_SUP_GATEWAY_AUTH_TOKEN HABMESOS_MARATHON_AUTH; "
                 "HAB_FEAT_OFFLINE_INSTALL=1 /.habmesos/bin/hab pkg install --offline \"$@\" )")),
        qPrintable(init));
    QVERIFY2(init.contains(QLatin1String("install_harts /hab/cache/artifacts/*.hart")), qPrintable(init));
    // The waves: glibc and busybox before what needs them (hab, the Supervisor, the Launcher, the
    // service), which can then be installed at once.
    for (const ExportResult::Hart& h : result->harts) {
        const bool leaf
            = QStringList { QStringLiteral("glibc"), QStringLiteral("busybox-static"), QStringLiteral("cacerts") }
                  .contains(h.ident.name());
        QCOMPARE(h.wave, leaf ? 0 : 1);
    }
    QVERIFY2(!init.contains(Rel.left(8)) || !init.contains(QLatin1String("demo/app/1.0.0")), qPrintable(init));
    // The same inputs give the same bytes, and so the same name.
    const QString again = newOutDir(QStringLiteral("again"));
    const auto second = ExportJob(options(QStringLiteral("demo/app/1.0.0/") + Rel, again)).run();
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second->tarballName, result->tarballName);
    QCOMPARE(readBytes(second->tarballPath), readBytes(result->tarballPath));
    // Exporting into the same folder again keeps every file as it is.
    const auto third = ExportJob(options(QStringLiteral("demo/app/1.0.0/") + Rel, out)).run();
    QVERIFY2(third.ok(), qPrintable(third.error()));
    QCOMPARE(entries(out).size(), result->harts.size() + 1);
}

void tst_HartsExport::bootstrapSameAcrossReleases()
{
    const QString out = newOutDir(QStringLiteral("releases"));
    const auto first = ExportJob(options(QStringLiteral("demo/app/1.0.0/") + Rel, out)).run();
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const auto next = ExportJob(options(QStringLiteral("demo/app/1.0.0/") + NextRel, out)).run();
    QVERIFY2(next.ok(), qPrintable(next.error()));
    QCOMPARE(next->tarballName, first->tarballName);
    QSet<QString> before, after;
    for (const ExportResult::Hart& h : first->harts)
        before.insert(h.fileName);
    for (const ExportResult::Hart& h : next->harts)
        after.insert(h.fileName);
    const QString nextIdent = QStringLiteral("demo/app/1.0.0/") + NextRel;
    const QString nextHart
        = HartsExport::canonicalFileName(PackageIdent::parse(nextIdent).value(), QStringLiteral("x86_64-linux"));
    QCOMPARE(after - before, QSet<QString> { nextHart });
}

void tst_HartsExport::headStopsAfterMetadataOnlyInOrder()
{
    // The same package, its payload in name order and with the metadata files last.
    FixtureBuilder b(m_dir.filePath(QStringLiteral("heads")));
    const auto dep = b.build(QStringLiteral("demo/dep/1.0.0/") + Rel);
    QVERIFY2(dep.ok(), qPrintable(dep.error()));
    PackageSpec sorted = service(Rel, QStringLiteral("demo/dep/1.0.0/") + Rel);
    sorted.ident = QStringLiteral("demo/sorted/1.0.0/") + Rel;
    PackageSpec unsorted = sorted;
    unsorted.ident = QStringLiteral("demo/unsorted/1.0.0/") + Rel;
    unsorted.sorted = false;
    for (const PackageSpec& spec : { sorted, unsorted }) {
        const auto path = b.build(spec);
        QVERIFY2(path.ok(), qPrintable(path.error()));
        const auto head = ArtifactHead::read(path.value(), b.keyCache(), {});
        QVERIFY2(head.ok(), qPrintable(head.error()));
        const auto full = ArtifactInspector::inspectArtifact(path.value(), b.keyCache());
        QVERIFY2(full.ok(), qPrintable(full.error()));
        // Whatever the order, the same metadata and the same verdict over the whole payload.
        QCOMPARE(head->artifact.metadata.tdeps, full->metadata.tdeps);
        QCOMPARE(head->artifact.metadata.exposes, full->metadata.exposes);
        QCOMPARE(head->artifact.metadata.defaultToml, full->metadata.defaultToml);
        QCOMPARE(head->artifact.metadata.hooks, full->metadata.hooks);
        QCOMPARE(head->artifact.verification, Verification::Verified);
        QCOMPARE(head->artifact.payloadHash, full->payloadHash);
        // In name order the 2 MiB after the metadata (share/) are hashed, not decompressed.
        QCOMPARE(head->readToEnd, !spec.sorted);
    }
    // A payload spoilt after the metadata is still caught, by the hash.
    const auto spoilt = b.flipPayloadByte(
        QDir(b.directory()).filePath(QStringLiteral("demo-sorted-1.0.0-") + Rel + QStringLiteral("-x86_64-linux.hart")),
        QStringLiteral("spoilt.hart"));
    QVERIFY2(spoilt.ok(), qPrintable(spoilt.error()));
    const auto head = ArtifactHead::read(spoilt.value(), b.keyCache(), {});
    QVERIFY(!head.ok() || head->artifact.verification != Verification::Verified);
}

void tst_HartsExport::payloadSizeFromIndex()
{
    const QString hart = QDir(m_builder->directory())
                             .filePath(QStringLiteral("demo-app-1.0.0-") + Rel + QStringLiteral("-x86_64-linux.hart"));
    QFile f(hart);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto header = HartHeader::read(f, hart);
    QVERIFY2(header.ok(), qPrintable(header.error()));
    QProcess xz;
    xz.start(QStringLiteral("sh"),
        { QStringLiteral("-c"), QStringLiteral("tail -c +%1 \"$0\" | xz -dc | wc -c").arg(header->payloadOffset() + 1),
            hart });
    QVERIFY(xz.waitForFinished(60000) && xz.exitCode() == 0);
    const qint64 expected = xz.readAllStandardOutput().trimmed().toLongLong();
    QVERIFY(expected > (2 << 20));
    QCOMPARE(XzPayloadSize::uncompressedSize(hart, header->payloadOffset()), std::optional<qint64>(expected));
    // Not xz data: nothing, rather than a guess.
    QCOMPARE(XzPayloadSize::uncompressedSize(hart, 0), std::optional<qint64>());
}

void tst_HartsExport::refusesUnverifiedLeavingNothing_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("payload spoilt") << QStringLiteral("flip");
    QTest::newRow("unknown signer") << QStringLiteral("unknown");
}

void tst_HartsExport::refusesUnverifiedLeavingNothing()
{
    QFETCH(QString, how);
    // A cache of its own: the service's dependency is the bad one.
    FixtureBuilder b(m_dir.filePath(QStringLiteral("bad-") + how));
    SupervisorFixture supervisor = m_supervisor;
    QVERIFY(supervisor.build(b).ok());
    PackageSpec dep;
    dep.ident = QStringLiteral("demo/dep/1.0.0/") + Rel;
    dep.files = { { QStringLiteral("share/x.txt"), QByteArray(64 << 10, 'x') } };
    if (how == u"unknown") {
        dep.signer = QStringLiteral("stranger");
        dep.publishSigner = false;
    }
    auto depPath = b.build(dep);
    QVERIFY2(depPath.ok(), qPrintable(depPath.error()));
    if (how == u"flip") {
        // The payload's last byte (the xz stream footer): the cache's scan, which decompresses up to
        // IDENT, still sees the package; only the hash can tell.
        const QString original = depPath.value();
        QFile file(original);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto header = HartHeader::read(file, original);
        QVERIFY(header.ok());
        const qint64 late = file.size() - header->payloadOffset() - 1;
        const auto spoilt = b.flipPayloadByte(original, QStringLiteral("spoilt.tmp"), late);
        QVERIFY2(spoilt.ok(), qPrintable(spoilt.error()));
        QVERIFY(QFile::remove(original) && QFile::rename(spoilt.value(), original));
    }
    QVERIFY(b.build(service(Rel, dep.ident)).ok());
    const QString out = newOutDir(QStringLiteral("refused-") + how);
    ExportOptions o = options(QStringLiteral("demo/app"), out);
    o.artifactCache = b.directory();
    o.keyDir = b.keyDirectory();
    o.allowUnverified = true; // no way around it in this layout: hab would refuse it on the agent
    const auto result = ExportJob(o).run();
    QVERIFY(!result.ok());
    QVERIFY2(result.errorKind() == ErrorKind::Unverified, qPrintable(result.error()));
    QVERIFY2(result.error().contains(QLatin1String("demo-dep-1.0.0")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QLatin1String("hab checks every signature again")), qPrintable(result.error()));
    QCOMPARE(entries(out), QStringList());
}

void tst_HartsExport::refusesMissingAndInstalledOnly()
{
    FixtureBuilder b(m_dir.filePath(QStringLiteral("missing")));
    QVERIFY(m_supervisor.build(b).ok());
    const auto dep = b.build(QStringLiteral("demo/dep/1.0.0/") + Rel);
    QVERIFY(dep.ok());
    QVERIFY(b.build(service(Rel, QStringLiteral("demo/dep/1.0.0/") + Rel)).ok());
    // Installed, then gone from the cache: the harts layout has nothing to ship.
    const QString root = m_dir.filePath(QStringLiteral("installed"));
    QVERIFY(FixtureBuilder::installTo(dep.value(), root).ok());
    QVERIFY(QFile::remove(dep.value()));
    const QString out = newOutDir(QStringLiteral("missing"));
    ExportOptions o = options(QStringLiteral("demo/app"), out);
    o.artifactCache = b.directory();
    o.keyDir = b.keyDirectory();
    o.installedRoot = root + QStringLiteral("/hab/pkgs");
    auto result = ExportJob(o).run();
    QVERIFY(!result.ok());
    QCOMPARE(result.errorKind(), ErrorKind::NotFound);
    QVERIFY2(result.error().contains(QLatin1String("demo/dep/1.0.0"))
            && result.error().contains(QLatin1String("only installed")),
        qPrintable(result.error()));
    o.useInstalled = false;
    result = ExportJob(o).run();
    QVERIFY(!result.ok());
    QCOMPARE(result.errorKind(), ErrorKind::NotFound);
    QVERIFY2(result.error().contains(QLatin1String("demo/dep/1.0.0")), qPrintable(result.error()));
    QCOMPARE(entries(out), QStringList());
}

void tst_HartsExport::cancelLeavesNothing()
{
    const QString out = newOutDir(QStringLiteral("cancelled"));
    ExportOptions o = options(QStringLiteral("demo/app/1.0.0/") + Rel, out);
    std::atomic_bool cancel = true;
    o.cancel = &cancel;
    const auto result = ExportJob(o).run();
    QVERIFY(!result.ok());
    QCOMPARE(result.errorKind(), ErrorKind::Cancelled);
    QCOMPARE(entries(out), QStringList());
}

QTEST_GUILESS_MAIN(tst_HartsExport)
#include "tst_hartsexport.moc"
