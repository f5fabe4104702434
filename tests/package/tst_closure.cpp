// SPDX-License-Identifier: Apache-2.0
// ClosureResolver on a made-up world: stand-in artifacts in a temporary cache and installed
// directories, read by an inspector that returns the metadata each test describes. This checks
// the resolution and its consistency rules on their own; tst_inspectcommand runs the same on
// real signed artifacts.
#include "package/closureresolver.h"
#include "package/keycache.h"
#include "package/packagerepository.h"

#include "support/fixturebuilder.h"
#include "support/testwait.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <memory>

using namespace habmesos;

namespace {

PackageIdent ident(const QString& text)
{
    return PackageIdent::parse(text).value();
}

QList<PackageIdent> idents(const QStringList& texts)
{
    QList<PackageIdent> list;
    for (const QString& t : texts)
        list.append(ident(t));
    return list;
}

QStringList texts(const QList<PackageIdent>& list)
{
    QStringList out;
    for (const PackageIdent& i : list)
        out.append(i.toString());
    return out;
}

void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(data), data.size());
}

// What the made-up packages say about themselves, by file path or directory.
struct World
{
    struct Package
    {
        PackageMetadata metadata;
        Verification verification = Verification::Verified;
        QString error; // the inspection fails with this
    };
    QMutex mutex;
    QHash<QString, Package> byPath;
    QStringList inspected; // every path inspected, in any order
};

} // namespace

class tst_Closure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void severalLevelsDeep();
    void partialRootIsNewest();
    void allMissingReportedAtOnce();
    void cycleIsAWarningAndEnds();
    void inconsistentTdeps();
    void unverifiedMember();
    void unreadableMember();
    void unreadableRoot();
    void targetMismatch();
    void installedMembers();
    void rootNotFound();
    void cancelled();
    void manyMembersInTdepsOrder();
    void fromEveryThreadOfTheGlobalPool();
    void realClosure();
    void realProblems();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_cache;
    QString m_pkgs;
    std::shared_ptr<World> m_world;
    std::unique_ptr<KeyCache> m_keys;

    // A package in the artifact cache (deps and tdeps as ident texts).
    World::Package& artifact(const QString& identText, const QStringList& deps = {}, const QStringList& tdeps = {},
        const QString& target = QStringLiteral("x86_64-linux"))
    {
        const QString path = QDir::cleanPath(
            m_cache + u'/' + QString(identText).replace(u'/', u'-') + u'-' + target + QStringLiteral(".hart"));
        writeFile(path, "FAKE-HART\n" + identText.toUtf8() + "\n" + target.toUtf8() + "\n");
        return describe(path, identText, deps, tdeps, target);
    }
    World::Package& installed(const QString& identText, const QStringList& deps = {}, const QStringList& tdeps = {})
    {
        const QString dir = QDir::cleanPath(m_pkgs + u'/' + identText);
        writeFile(dir + QStringLiteral("/IDENT"), identText.toUtf8() + "\n");
        writeFile(dir + QStringLiteral("/TARGET"), "x86_64-linux\n");
        World::Package& p = describe(dir, identText, deps, tdeps, QStringLiteral("x86_64-linux"));
        p.verification = Verification::Unsigned;
        return p;
    }
    World::Package& describe(const QString& path, const QString& identText, const QStringList& deps,
        const QStringList& tdeps, const QString& target)
    {
        World::Package p;
        p.metadata.ident = ident(identText);
        p.metadata.target = target;
        p.metadata.deps = idents(deps);
        p.metadata.tdeps = idents(tdeps);
        m_world->byPath.insert(path, p);
        return m_world->byPath[path];
    }

    PackageRepository repository() const
    {
        PackageRepository::Options options;
        options.artifactCache = m_cache;
        options.installedRoot = m_pkgs;
        auto world = m_world;
        PackageRepository repo(options, [world](const QString& path) -> Result<PackageArtifact> {
            QMutexLocker lock(&world->mutex);
            if (!world->byPath.contains(path))
                return Result<PackageArtifact>::failure(path + QStringLiteral(": unknown"));
            PackageArtifact a;
            a.metadata = world->byPath.value(path).metadata;
            return a;
        });
        repo.scan();
        return repo;
    }

    ClosureResolver::Inspector inspector() const
    {
        auto world = m_world;
        auto read = [world](const QString& path, PackageArtifact::Source source) -> Result<PackageArtifact> {
            QMutexLocker lock(&world->mutex);
            world->inspected.append(path);
            const World::Package p = world->byPath.value(path);
            if (!p.error.isEmpty())
                return Result<PackageArtifact>::failure(p.error);
            PackageArtifact a;
            a.source = source;
            a.path = path;
            a.metadata = p.metadata;
            a.verification = p.verification;
            if (p.verification == Verification::UnknownSigner)
                a.verificationDetail
                    = path + QStringLiteral(": signed by acme-20200101000000, which is not in the key cache");
            return a;
        };
        ClosureResolver::Inspector inspector;
        inspector.inspectArtifact = [read](const QString& path, const KeyCache&, const std::atomic_bool*) {
            return read(path, PackageArtifact::Source::Artifact);
        };
        inspector.inspectInstalled = [read](const QString& dir, const std::atomic_bool*) {
            return read(dir, PackageArtifact::Source::Installed);
        };
        return inspector;
    }

    PackageClosure resolve(
        const QString& root, ClosureResolver::Options options = {}, const std::atomic_bool* cancel = nullptr)
    {
        const PackageRepository repo = repository();
        ClosureResolver resolver(repo, *m_keys, options, inspector());
        return resolver.resolve(ident(root), cancel);
    }
};

static QStringList memberIdents(const PackageClosure& closure)
{
    QStringList list;
    for (const PackageClosure::Member& m : closure.members)
        list.append(m.ident().toString());
    return list;
}

static QList<PackageClosure::Issue> issuesOf(const PackageClosure& closure, PackageClosure::Issue::Kind kind)
{
    QList<PackageClosure::Issue> list;
    for (const PackageClosure::Issue& issue : closure.issues)
        if (issue.kind == kind)
            list.append(issue);
    return list;
}

static QString describeIssues(const PackageClosure& closure)
{
    QStringList lines;
    for (const PackageClosure::Issue& issue : closure.issues)
        lines.append(PackageClosure::Issue::kindKey(issue.kind) + QStringLiteral(": ") + issue.message);
    return lines.join(u'\n');
}

void tst_Closure::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_cache = m_tmp->path() + QStringLiteral("/cache");
    m_pkgs = m_tmp->path() + QStringLiteral("/pkgs");
    QDir().mkpath(m_cache);
    QDir().mkpath(m_pkgs);
    m_world = std::make_shared<World>();
    m_keys = std::make_unique<KeyCache>(m_tmp->path() + QStringLiteral("/keys"));
}

void tst_Closure::severalLevelsDeep()
{
    // app -> web -> ssl -> libc; app -> libc. TDEPS in the order the build wrote them.
    const QString libc = QStringLiteral("core/glibc/2.36/20230101000000");
    const QString ssl = QStringLiteral("core/openssl/3.0.8/20230102000000");
    const QString web = QStringLiteral("core/nginx/1.25.0/20230103000000");
    const QString app = QStringLiteral("acme/app/1.0.0/20230104000000");
    artifact(libc);
    artifact(ssl, { libc }, { libc });
    artifact(web, { ssl }, { ssl, libc });
    artifact(app, { web, libc }, { web, ssl, libc });
    // Not in the closure: never read.
    artifact(QStringLiteral("core/unrelated/1.0/20230101000000"));

    const PackageClosure closure = resolve(app);
    QVERIFY2(closure.issues.isEmpty(), qPrintable(describeIssues(closure)));
    QVERIFY(closure.isComplete());
    QCOMPARE(closure.root, ident(app));
    QCOMPARE(closure.target, QStringLiteral("x86_64-linux"));
    QCOMPARE(memberIdents(closure), QStringList({ web, ssl, libc, app }));
    QCOMPARE(closure.rootMember()->ident(), ident(app));
    for (const PackageClosure::Member& m : closure.members) {
        QVERIFY(m.inspected);
        QVERIFY(m.isVerified());
        QCOMPARE(m.ref.source, PackageRef::Source::CachedArtifact);
    }
    QCOMPARE(m_world->inspected.size(), 4);
    QVERIFY(closure.missing.isEmpty());
}

void tst_Closure::partialRootIsNewest()
{
    artifact(QStringLiteral("acme/app/1.10.0/20230101000000"));
    artifact(QStringLiteral("acme/app/1.9.0/20230201000000"));
    const PackageClosure closure = resolve(QStringLiteral("acme/app"));
    QVERIFY(closure.isComplete());
    QCOMPARE(closure.root, ident(QStringLiteral("acme/app/1.10.0/20230101000000")));
    QCOMPARE(closure.request, QStringLiteral("acme/app"));
    QCOMPARE(closure.members.size(), 1);
}

void tst_Closure::allMissingReportedAtOnce()
{
    const QString a = QStringLiteral("core/a/1/20230101000000");
    const QString b = QStringLiteral("core/b/1/20230101000000");
    const QString c = QStringLiteral("core/c/1/20230101000000");
    const QString d = QStringLiteral("core/d/1/20230101000000");
    const QString e = QStringLiteral("core/e/1/20230101000000");
    const QString app = QStringLiteral("acme/app/1/20230101000000");
    // b, d and e are missing; e is needed by d, which is itself missing.
    artifact(a, { b }, { b });
    artifact(c);
    artifact(app, { a, c, d }, { a, b, c, d, e });
    // A broken file in the cache that is probably d: its problem is attached as a hint.
    writeFile(m_cache + QStringLiteral("/core-d-1-20230101000000-x86_64-linux.hart"), "broken");

    const PackageClosure closure = resolve(app);
    QVERIFY(!closure.isComplete());
    QCOMPARE(memberIdents(closure), QStringList({ a, c, app }));
    QCOMPARE(closure.missing.size(), 3);
    QCOMPARE(closure.missing[0].ident, ident(b));
    QCOMPARE(texts(closure.missing[0].requiredBy), QStringList({ a }));
    QCOMPARE(closure.missing[1].ident, ident(d));
    QCOMPARE(texts(closure.missing[1].requiredBy), QStringList({ app }));
    QVERIFY2(closure.missing[1].hint.contains(QStringLiteral("core-d-1-20230101000000-x86_64-linux.hart")),
        qPrintable(closure.missing[1].hint));
    QVERIFY(closure.missing[0].hint.isEmpty());
    const QList<PackageClosure::Issue> unreadable = issuesOf(closure, PackageClosure::Issue::Kind::Unreadable);
    QCOMPARE(unreadable.size(), 1);
    QCOMPARE(unreadable.first().package, ident(d));
    QCOMPARE(closure.missing[2].ident, ident(e));
    QCOMPARE(texts(closure.missing[2].requiredBy), QStringList({ app })); // from TDEPS: d is absent
    // The present ones were still read completely.
    for (const PackageClosure::Member& m : closure.members)
        QVERIFY(m.inspected);
}

void tst_Closure::cycleIsAWarningAndEnds()
{
    const QString a = QStringLiteral("core/a/1/20230101000000");
    const QString b = QStringLiteral("core/b/1/20230101000000");
    const QString c = QStringLiteral("core/c/1/20230101000000");
    const QString app = QStringLiteral("acme/app/1/20230101000000");
    artifact(a, { b }, { b, c, a });
    artifact(b, { c }, { c, a, b });
    artifact(c, { a }, { a, b, c });
    artifact(app, { a }, { a, b, c });

    const PackageClosure closure = resolve(app);
    const QList<PackageClosure::Issue> cycles = issuesOf(closure, PackageClosure::Issue::Kind::Cycle);
    QCOMPARE(cycles.size(), 1);
    QVERIFY(!cycles.first().isError());
    QVERIFY2(
        cycles.first().message.contains(a) && cycles.first().message.contains(b) && cycles.first().message.contains(c),
        qPrintable(cycles.first().message));
    // A package naming itself in its TDEPS is odd but inside the closure: no other issue.
    QCOMPARE(closure.issues.size(), 1);
    QVERIFY(closure.isComplete()); // warnings do not make it incomplete
    QCOMPARE(memberIdents(closure), QStringList({ a, b, c, app }));
}

void tst_Closure::inconsistentTdeps()
{
    const QString a = QStringLiteral("core/a/1/20230101000000");
    const QString x = QStringLiteral("core/x/1/20230101000000");
    const QString y = QStringLiteral("core/y/1/20230101000000");
    const QString app = QStringLiteral("acme/app/1/20230101000000");
    artifact(x);
    artifact(y);
    artifact(a, { x }, { x }); // x is not in app's TDEPS
    artifact(app, { a, y }, { a }); // y is in app's DEPS but not its TDEPS

    const PackageClosure closure = resolve(app);
    QVERIFY(!closure.isComplete());
    QVERIFY(closure.missing.isEmpty());
    const QList<PackageClosure::Issue> issues = issuesOf(closure, PackageClosure::Issue::Kind::Inconsistent);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues[0].package, ident(a));
    QVERIFY2(issues[0].message.contains(x) && issues[0].message.contains(app), qPrintable(issues[0].message));
    QCOMPARE(issues[1].package, ident(app));
    QVERIFY2(issues[1].message.contains(y), qPrintable(issues[1].message));
    QVERIFY(issues[0].isError());
    // The outsiders are not pulled in.
    QCOMPARE(memberIdents(closure), QStringList({ a, app }));
}

void tst_Closure::unverifiedMember()
{
    const QString a = QStringLiteral("core/a/1/20230101000000");
    const QString app = QStringLiteral("acme/app/1/20230101000000");
    artifact(a).verification = Verification::UnknownSigner;
    artifact(app, { a }, { a });

    const PackageClosure strict = resolve(app);
    QVERIFY(!strict.isComplete());
    const QList<PackageClosure::Issue> issues = issuesOf(strict, PackageClosure::Issue::Kind::Unverified);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().isError());
    QCOMPARE(issues.first().package, ident(a));
    QVERIFY2(
        issues.first().message.contains(QStringLiteral("not in the key cache")), qPrintable(issues.first().message));
    QVERIFY(!strict.member(ident(a))->isVerified());
    QVERIFY(strict.member(ident(app))->isVerified());

    ClosureResolver::Options lenient;
    lenient.requireVerified = false;
    const PackageClosure allowed = resolve(app, lenient);
    QVERIFY2(allowed.isComplete(), qPrintable(describeIssues(allowed)));
    QCOMPARE(issuesOf(allowed, PackageClosure::Issue::Kind::Unverified).size(), 1);
    QVERIFY(!allowed.issues.first().isError());
    QVERIFY(!allowed.member(ident(a))->isVerified()); // still marked
}

void tst_Closure::unreadableMember()
{
    const QString a = QStringLiteral("core/a/1/20230101000000");
    const QString b = QStringLiteral("core/b/1/20230101000000");
    const QString app = QStringLiteral("acme/app/1/20230101000000");
    artifact(a).error = QStringLiteral("a.hart: member “../../etc/passwd” leaves the package");
    artifact(b);
    artifact(app, { a, b }, { a, b });
    const PackageClosure closure = resolve(app);
    QVERIFY(!closure.isComplete());
    const QList<PackageClosure::Issue> issues = issuesOf(closure, PackageClosure::Issue::Kind::Unreadable);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().package, ident(a));
    QVERIFY(issues.first().message.contains(QStringLiteral("../../etc/passwd")));
    QVERIFY(!closure.member(ident(a))->inspected);
    QVERIFY(closure.member(ident(b))->inspected);
}

void tst_Closure::unreadableRoot()
{
    const QString app = QStringLiteral("acme/app/1/20230101000000");
    artifact(app, {}, { QStringLiteral("core/a/1/20230101000000") }).error = QStringLiteral("app.hart: truncated");
    const PackageClosure closure = resolve(app);
    QVERIFY(!closure.isComplete());
    QVERIFY(closure.rootFound());
    QCOMPARE(closure.members.size(), 1);
    QCOMPARE(closure.issues.size(), 1);
    QCOMPARE(closure.issues.first().kind, PackageClosure::Issue::Kind::Unreadable);
    QCOMPARE(closure.issues.first().message, QStringLiteral("app.hart: truncated"));
}

void tst_Closure::targetMismatch()
{
    const QString a = QStringLiteral("core/a/1/20230101000000");
    const QString b = QStringLiteral("core/b/1/20230101000000");
    const QString app = QStringLiteral("acme/app/1/20230101000000");
    artifact(a, {}, {}, QStringLiteral("aarch64-linux")); // only for another target
    // b is indexed as x86_64-linux but says otherwise when read completely.
    artifact(b).metadata.target = QStringLiteral("x86_64-windows");
    artifact(app, { a, b }, { a, b });
    const PackageClosure closure = resolve(app);
    QVERIFY(!closure.isComplete());
    QVERIFY(closure.missing.isEmpty()); // located, but wrong
    const QList<PackageClosure::Issue> issues = issuesOf(closure, PackageClosure::Issue::Kind::TargetMismatch);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues[0].package, ident(a));
    QVERIFY2(issues[0].message.contains(QStringLiteral("aarch64-linux")), qPrintable(issues[0].message));
    QCOMPARE(issues[1].package, ident(b));
    QVERIFY(issues[1].isError());
}

void tst_Closure::installedMembers()
{
    const QString a = QStringLiteral("core/a/1/20230101000000");
    const QString b = QStringLiteral("core/b/1/20230101000000");
    const QString app = QStringLiteral("acme/app/1/20230101000000");
    installed(a);
    installed(b);
    artifact(b); // the artifact wins over the installed copy
    artifact(app, { a, b }, { a, b });
    const PackageClosure closure = resolve(app);
    QVERIFY2(closure.isComplete(), qPrintable(describeIssues(closure)));
    QCOMPARE(closure.member(ident(a))->ref.source, PackageRef::Source::Installed);
    QCOMPARE(closure.member(ident(a))->artifact.verification, Verification::Unsigned);
    QCOMPARE(closure.member(ident(b))->ref.source, PackageRef::Source::CachedArtifact);
    QVERIFY(!m_world->inspected.contains(QDir::cleanPath(m_pkgs + u'/' + b)));

    ClosureResolver::Options signedOnly;
    signedOnly.acceptInstalled = false;
    const PackageClosure strict = resolve(app, signedOnly);
    QVERIFY(!strict.isComplete());
    const QList<PackageClosure::Issue> issues = issuesOf(strict, PackageClosure::Issue::Kind::Unsigned);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().package, ident(a));
}

void tst_Closure::rootNotFound()
{
    artifact(QStringLiteral("acme/other/1/20230101000000"));
    const PackageClosure closure = resolve(QStringLiteral("acme/app"));
    QVERIFY(!closure.rootFound());
    QVERIFY(!closure.isComplete());
    QCOMPARE(closure.issues.size(), 1);
    QCOMPARE(closure.issues.first().kind, PackageClosure::Issue::Kind::RootNotFound);
    QVERIFY(closure.issues.first().message.contains(QStringLiteral("acme/app")));
    QVERIFY(closure.members.isEmpty());
}

void tst_Closure::cancelled()
{
    const QString a = QStringLiteral("core/a/1/20230101000000");
    const QString app = QStringLiteral("acme/app/1/20230101000000");
    artifact(a);
    artifact(app, { a }, { a });
    std::atomic_bool cancel { true };
    const PackageClosure closure = resolve(app, {}, &cancel);
    QVERIFY(closure.cancelled);
    QVERIFY(!closure.isComplete());
    QVERIFY(m_world->inspected.isEmpty());
}

void tst_Closure::manyMembersInTdepsOrder()
{
    QStringList deps;
    for (int i = 0; i < 40; ++i) {
        deps.append(QStringLiteral("core/p%1/1/20230101000000").arg(i));
        artifact(deps.last());
    }
    const QString app = QStringLiteral("acme/app/1/20230101000000");
    artifact(app, deps, deps);
    const PackageRepository repo = repository();
    ClosureResolver resolver(repo, *m_keys, {}, inspector());
    // Read in parallel, listed in order.
    const PackageClosure closure = resolver.resolve(ident(app));
    QVERIFY(closure.isComplete());
    QCOMPARE(closure.members.size(), 41);
    QCOMPARE(memberIdents(closure).mid(0, 40), deps); // deterministic: TDEPS order
}

// The same resolution on signed artifacts, read and verified by ArtifactInspector.
void tst_Closure::realClosure()
{
    test::FixtureBuilder builder(m_tmp->path() + QStringLiteral("/built"));
    const QStringList chain { QStringLiteral("acme/app/1.0/20230104000000"),
        QStringLiteral("core/web/1.0/20230103000000"), QStringLiteral("core/ssl/1.0/20230102000000"),
        QStringLiteral("core/libc/1.0/20230101000000") };
    const Result<QStringList> built = builder.buildChain(chain);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    PackageRepository::Options options;
    options.artifactCache = builder.directory();
    options.installedRoot = m_pkgs;
    PackageRepository repo(options);
    repo.scan();
    QVERIFY2(repo.problems().isEmpty(), qPrintable(repo.problems().value(0).reason));
    const KeyCache keys = builder.keyCache();
    ClosureResolver resolver(repo, keys);
    const PackageClosure closure = resolver.resolve(ident(QStringLiteral("acme/app")));
    QVERIFY2(closure.isComplete(), qPrintable(describeIssues(closure)));
    QCOMPARE(closure.members.size(), 4);
    QCOMPARE(closure.members.last().ident(), ident(chain.first()));
    QStringList order = memberIdents(closure).mid(0, 3);
    QStringList tdeps = texts(closure.rootMember()->artifact.metadata.tdeps);
    QCOMPARE(order, tdeps);
    for (const PackageClosure::Member& m : closure.members) {
        QVERIFY(m.isVerified());
        QCOMPARE(m.artifact.signer, m.ident().origin() + QStringLiteral("-20200101000000"));
    }
}

void tst_Closure::realProblems()
{
    test::FixtureBuilder builder(m_tmp->path() + QStringLiteral("/built"));
    const QString libc = QStringLiteral("core/libc/1.0/20230101000000");
    const QString stranger = QStringLiteral("stranger/lib/1.0/20230101000000");
    const QString arm = QStringLiteral("core/armlib/1.0/20230101000000");
    const QString gone = QStringLiteral("core/gone/1.0/20230101000000");
    QVERIFY(builder.build({ .ident = libc }).ok());
    QVERIFY(builder.build({ .ident = stranger, .publishSigner = false }).ok());
    QVERIFY(builder.build({ .ident = arm, .target = QStringLiteral("aarch64-linux") }).ok());
    const Result<QString> goneHart = builder.build({ .ident = gone });
    QVERIFY(goneHart.ok());
    QVERIFY(
        builder.build({ .ident = QStringLiteral("acme/app/1.0/20230102000000"), .deps = { libc, stranger, arm, gone } })
            .ok());
    QVERIFY(QFile::remove(goneHart.value()));

    PackageRepository::Options options;
    options.artifactCache = builder.directory();
    options.installedRoot = m_pkgs;
    PackageRepository repo(options);
    repo.scan();
    const KeyCache keys = builder.keyCache();
    ClosureResolver resolver(repo, keys);
    const PackageClosure closure = resolver.resolve(ident(QStringLiteral("acme/app")));
    QVERIFY(!closure.isComplete());
    QCOMPARE(closure.missing.size(), 1);
    QCOMPARE(closure.missing.first().ident, ident(gone));
    const QList<PackageClosure::Issue> unverified = issuesOf(closure, PackageClosure::Issue::Kind::Unverified);
    QCOMPARE(unverified.size(), 1);
    QCOMPARE(unverified.first().package, ident(stranger));
    QCOMPARE(closure.member(ident(stranger))->artifact.verification, Verification::UnknownSigner);
    const QList<PackageClosure::Issue> mismatch = issuesOf(closure, PackageClosure::Issue::Kind::TargetMismatch);
    QCOMPARE(mismatch.size(), 1);
    QCOMPARE(mismatch.first().package, ident(arm));
    QVERIFY(closure.member(ident(libc))->isVerified());
}

void tst_Closure::fromEveryThreadOfTheGlobalPool()
{
    // Callers that occupy every thread of the global pool (an application's own jobs) and each
    // scan and resolve: the engine fans out on pools of its own, so none waits for the others.
    QStringList deps;
    for (int i = 0; i < 12; ++i) {
        deps.append(QStringLiteral("core/q%1/1/20230101000000").arg(i));
        artifact(deps.last());
    }
    const QString app = QStringLiteral("acme/app/1/20230101000000");
    artifact(app, deps, deps);
    QThreadPool* global = QThreadPool::globalInstance();
    const int threads = global->maxThreadCount();
    global->setMaxThreadCount(2);
    std::atomic_int complete { 0 };
    for (int i = 0; i < 2; ++i) {
        global->start([&] {
            PackageRepository repo = repository();
            ClosureResolver resolver(repo, *m_keys, {}, inspector());
            if (resolver.resolve(ident(app)).members.size() == 13)
                ++complete;
        });
    }
    const bool finished = global->waitForDone(test::WaitMs);
    global->setMaxThreadCount(threads);
    QVERIFY(finished);
    QCOMPARE(complete.load(), 2);
}

QTEST_GUILESS_MAIN(tst_Closure)
#include "tst_closure.moc"
