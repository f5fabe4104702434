// SPDX-License-Identifier: Apache-2.0
#include "package/closureresolver.h"

#include "logging.h"
#include "package/keycache.h"
#include "package/packagerepository.h"

#include "package/artifactinspector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <QThreadPool>

#include <algorithm>

namespace habmesos {

namespace {

using Issue = PackageClosure::Issue;

Issue makeIssue(Issue::Kind kind, Issue::Severity severity, const PackageIdent& package, QString message)
{
    Issue issue;
    issue.kind = kind;
    issue.severity = severity;
    issue.package = package;
    // One line: the CLI prints messages as its one-line reason.
    issue.message = message.replace(u'\n', QStringLiteral("; "));
    return issue;
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Depth-first search for cycles in the DEPS graph among the members. Each cycle is reported once,
// as the path that closes it; nodes are visited once, so this ends on any graph.
class CycleFinder
{
public:
    explicit CycleFinder(const QHash<PackageIdent, QList<PackageIdent>>& edges)
        : m_edges(edges)
    { }

    QList<QList<PackageIdent>> find(const QList<PackageIdent>& order)
    {
        for (const PackageIdent& node : order)
            if (m_state.value(node) == Unvisited)
                visit(node);
        return m_cycles;
    }

private:
    enum State
    {
        Unvisited,
        OnStack,
        Done
    };

    void visit(const PackageIdent& node)
    {
        m_state.insert(node, OnStack);
        m_stack.append(node);
        for (const PackageIdent& next : m_edges.value(node)) {
            const State state = m_state.value(next, Unvisited);
            if (state == OnStack) {
                QList<PackageIdent> cycle = m_stack.mid(m_stack.lastIndexOf(next));
                cycle.append(next);
                m_cycles.append(cycle);
            } else if (state == Unvisited && m_edges.contains(next)) {
                visit(next);
            }
        }
        m_stack.removeLast();
        m_state.insert(node, Done);
    }

    const QHash<PackageIdent, QList<PackageIdent>>& m_edges;
    QHash<PackageIdent, State> m_state;
    QList<PackageIdent> m_stack;
    QList<QList<PackageIdent>> m_cycles;
};

} // namespace

ClosureResolver::Inspector ClosureResolver::Inspector::standard()
{
    Inspector inspector;
    inspector.inspectArtifact = [](const QString& path, const KeyCache& keys, const std::atomic_bool* cancel) {
        return ArtifactInspector::inspectArtifact(path, keys, cancel);
    };
    inspector.inspectInstalled = [](const QString& dir, const std::atomic_bool* cancel) {
        return ArtifactInspector::inspectInstalled(dir, cancel);
    };
    return inspector;
}

ClosureResolver::ClosureResolver(const PackageRepository& repository, const KeyCache& keys)
    : ClosureResolver(repository, keys, Options())
{ }

ClosureResolver::ClosureResolver(
    const PackageRepository& repository, const KeyCache& keys, Options options, Inspector inspector)
    : m_repository(repository)
    , m_keys(keys)
    , m_options(options)
    , m_inspector(
          inspector.inspectArtifact && inspector.inspectInstalled ? std::move(inspector) : Inspector::standard())
{ }

Result<PackageArtifact> ClosureResolver::inspect(const PackageRef& ref, const std::atomic_bool* cancel) const
{
    if (ref.source == PackageRef::Source::Installed)
        return m_inspector.inspectInstalled(ref.path, cancel);
    return m_inspector.inspectArtifact(ref.path, m_keys, cancel);
}

PackageClosure ClosureResolver::resolve(const PackageIdent& ident, const std::atomic_bool* cancel) const
{
    std::optional<PackageRef> ref = m_repository.resolve(ident);
    if (!ref)
        ref = m_repository.resolve(ident, QString());
    if (!ref) {
        PackageClosure closure;
        closure.request = ident.toString();
        const QString target = m_repository.options().target;
        closure.issues.append(makeIssue(Issue::Kind::RootNotFound, Issue::Severity::Error, ident,
            target.isEmpty() ? tr("%1 is not in the artifact cache (%2) nor installed (%3)")
                                   .arg(ident.toString(), shown(m_repository.artifactCacheDir()),
                                       shown(m_repository.installedRoot()))
                             : tr("%1 (%4) is not in the artifact cache (%2) nor installed (%3)")
                                   .arg(ident.toString(), shown(m_repository.artifactCacheDir()),
                                       shown(m_repository.installedRoot()), target)));
        return closure;
    }
    PackageClosure closure = resolve(*ref, cancel);
    closure.request = ident.toString();
    return closure;
}

PackageClosure ClosureResolver::resolve(const PackageRef& rootRef, const std::atomic_bool* cancel) const
{
    PackageClosure closure;
    closure.request = rootRef.path;
    closure.root = rootRef.ident;
    closure.target = rootRef.target;

    auto cancelled = [&] { return cancel && cancel->load(); };
    auto finishCancelled = [&] {
        closure.cancelled = true;
        closure.issues.append(
            makeIssue(Issue::Kind::Cancelled, Issue::Severity::Error, closure.root, Error::cancelled().message));
        return closure;
    };

    // The root first: its TDEPS say what else to read.
    PackageClosure::Member rootMember;
    rootMember.ref = rootRef;
    if (cancelled())
        return finishCancelled();
    if (Result<PackageArtifact> inspected = inspect(rootRef, cancel)) {
        rootMember.artifact = std::move(inspected).value();
        rootMember.inspected = true;
    } else {
        rootMember.error = inspected.error();
    }
    if (cancelled())
        return finishCancelled();
    if (!rootMember.inspected) {
        closure.members.append(rootMember);
        closure.issues.append(
            makeIssue(Issue::Kind::Unreadable, Issue::Severity::Error, rootRef.ident, rootMember.error));
        return closure;
    }

    // Locate the TDEPS, in their order, once each.
    QList<PackageIdent> wanted;
    QSet<PackageIdent> inClosure { rootRef.ident };
    for (const PackageIdent& dep : rootMember.artifact.metadata.tdeps) {
        if (inClosure.contains(dep))
            continue;
        inClosure.insert(dep);
        wanted.append(dep);
    }
    QList<PackageClosure::Member> deps;
    QList<PackageIdent> missing;
    for (const PackageIdent& dep : std::as_const(wanted)) {
        // Prefer the root's target; a copy for another target is still located, to say so.
        std::optional<PackageRef> ref = m_repository.find(dep, closure.target);
        if (!ref)
            ref = m_repository.find(dep, QString());
        if (!ref) {
            missing.append(dep);
            continue;
        }
        PackageClosure::Member member;
        member.ref = *ref;
        deps.append(member);
    }

    // Read every member completely, in parallel.
    // A pool of this resolution's own (see PackageRepository::scan).
    QThreadPool pool;
    QtConcurrent::blockingMap(&pool, deps, [&](PackageClosure::Member& member) {
        if (cancelled())
            return;
        if (Result<PackageArtifact> inspected = inspect(member.ref, cancel)) {
            member.artifact = std::move(inspected).value();
            member.inspected = true;
        } else {
            member.error = inspected.error();
        }
    });
    if (cancelled())
        return finishCancelled();

    closure.members = deps;
    closure.members.append(rootMember);

    // Each member on its own.
    for (const PackageClosure::Member& member : std::as_const(closure.members)) {
        const PackageIdent& ident = member.ref.ident;
        const QString path = shown(member.ref.path);
        if (!member.inspected) {
            closure.issues.append(makeIssue(Issue::Kind::Unreadable, Issue::Severity::Error, ident, member.error));
            continue;
        }
        const PackageMetadata& meta = member.artifact.metadata;
        if (meta.ident != ident)
            closure.issues.append(makeIssue(Issue::Kind::Inconsistent, Issue::Severity::Error, ident,
                tr("%1: IDENT is now %2, expected %3 (the file changed since it was scanned)")
                    .arg(path, meta.ident.toString(), ident.toString())));
        if (meta.target != closure.target)
            closure.issues.append(makeIssue(Issue::Kind::TargetMismatch, Issue::Severity::Error, ident,
                tr("%1 (%2) is built for %3, but %4 is built for %5")
                    .arg(ident.toString(), path, meta.target, closure.root.toString(), closure.target)));
        switch (member.artifact.verification) {
        case Verification::Verified:
            break;
        case Verification::Unsigned:
            if (member.ref.source != PackageRef::Source::Installed || !m_options.acceptInstalled)
                closure.issues.append(makeIssue(Issue::Kind::Unsigned, Issue::Severity::Error, ident,
                    tr("%1: %2 is installed, not a signed artifact; its signature cannot be checked")
                        .arg(path, ident.toString())));
            break;
        default: {
            // The reader's detail names the file and the key; else a plain description.
            const QString detail = member.artifact.verificationDetail.isEmpty()
                ? tr("%1: %2").arg(path, verificationText(member.artifact.verification))
                : member.artifact.verificationDetail;
            closure.issues.append(makeIssue(Issue::Kind::Unverified,
                m_options.requireVerified ? Issue::Severity::Error : Issue::Severity::Warning, ident, detail));
            break;
        }
        }
    }

    // Consistency: whatever a member depends on must be inside the root's closure.
    const QString rootText = closure.root.toString();
    for (const PackageClosure::Member& member : std::as_const(closure.members)) {
        if (!member.inspected)
            continue;
        const PackageMetadata& meta = member.artifact.metadata;
        QList<PackageIdent> outside;
        for (const QList<PackageIdent>* list : { &meta.deps, &meta.tdeps })
            for (const PackageIdent& dep : *list)
                if (!inClosure.contains(dep) && !outside.contains(dep))
                    outside.append(dep);
        for (const PackageIdent& dep : std::as_const(outside)) {
            const bool isRoot = member.ref.ident == closure.root;
            closure.issues.append(makeIssue(Issue::Kind::Inconsistent, Issue::Severity::Error, member.ref.ident,
                isRoot ? tr("%1 depends on %2, which is not in its own TDEPS").arg(rootText, dep.toString())
                       : tr("%1 depends on %2, which is not in the TDEPS of %3")
                             .arg(member.ref.ident.toString(), dep.toString(), rootText)));
        }
    }

    // Missing: who needs each one. DEPS say it directly; when no present package names it in its
    // DEPS (its direct dependent is missing too), name those whose TDEPS contain it.
    const QList<PackageRepository::Problem> repositoryProblems
        = missing.isEmpty() ? QList<PackageRepository::Problem>() : m_repository.problems();
    for (const PackageIdent& dep : std::as_const(missing)) {
        PackageClosure::Missing entry;
        entry.ident = dep;
        for (const PackageClosure::Member& member : std::as_const(closure.members))
            if (member.inspected && member.artifact.metadata.deps.contains(dep))
                entry.requiredBy.append(member.ref.ident);
        if (entry.requiredBy.isEmpty())
            for (const PackageClosure::Member& member : std::as_const(closure.members))
                if (member.inspected && member.artifact.metadata.tdeps.contains(dep))
                    entry.requiredBy.append(member.ref.ident);
        const QString stem = dep.archiveStem() + u'-';
        const QString installed = u'/' + dep.installPath();
        for (const PackageRepository::Problem& problem : repositoryProblems) {
            const QString name = QFileInfo(problem.path).fileName();
            if ((name.startsWith(stem) && name.endsWith(QLatin1String(".hart"))) || problem.path.endsWith(installed)) {
                entry.hint = problem.reason;
                // Most likely the dependency itself, unreadable or unsafe: say so, not only "missing".
                closure.issues.append(makeIssue(Issue::Kind::Unreadable, Issue::Severity::Error, dep, problem.reason));
                break;
            }
        }
        closure.missing.append(entry);
    }

    // Cycles in DEPS among the present members.
    QHash<PackageIdent, QList<PackageIdent>> edges;
    QList<PackageIdent> order;
    for (const PackageClosure::Member& member : std::as_const(closure.members)) {
        if (!member.inspected)
            continue;
        order.append(member.ref.ident);
        edges.insert(member.ref.ident, member.artifact.metadata.deps);
    }
    for (const QList<PackageIdent>& cycle : CycleFinder(edges).find(order)) {
        QStringList names;
        for (const PackageIdent& ident : cycle)
            names.append(ident.toString());
        closure.issues.append(makeIssue(Issue::Kind::Cycle, Issue::Severity::Warning, cycle.first(),
            tr("dependency cycle: %1").arg(names.join(QStringLiteral(" → ")))));
    }

    qCDebug(lcPackage) << "closure of" << rootText << ":" << closure.members.size() << "members,"
                       << closure.missing.size() << "missing," << closure.issues.size() << "issues";
    return closure;
}

} // namespace habmesos
