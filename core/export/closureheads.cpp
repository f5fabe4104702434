// SPDX-License-Identifier: Apache-2.0
#include "export/closureheads.h"

#include "export/exportprogress.h"

#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QWaitCondition>

#include <algorithm>
#include <limits>
#include <numeric>

namespace habmesos {

namespace {

// The pool runs higher priorities first: heads that read programs (the longest), then larger files.
int priorityOf(qint64 bytes, bool readsPrograms)
{
    const int bySize = int(std::min<qint64>(bytes / 1024, std::numeric_limits<int>::max() / 4));
    return readsPrograms ? std::numeric_limits<int>::max() / 2 + bySize : bySize;
}

} // namespace

ClosureHeads ClosureHeads::read(QThreadPool& pool, const QList<Initial>& initial, const Locate& locate,
    const KeyCache& keys, ExportProgress& progress, const std::atomic_bool* cancel)
{
    QMutex mutex;
    QWaitCondition idle;
    int pending = 0;
    qint64 scheduledBytes = 0;
    QSet<PackageIdent> seen;
    QList<std::optional<Result<ArtifactHead>>> initialHeads(initial.size());
    ClosureHeads out;

    // Under the mutex.
    auto finishOne = [&] {
        if (--pending == 0)
            idle.wakeAll();
    };
    auto scheduleMembers = [&](const Result<ArtifactHead>& head) {
        if (!head)
            return;
        for (const PackageIdent& dep : head->artifact.metadata.tdeps) {
            if (seen.contains(dep))
                continue;
            seen.insert(dep);
            const std::optional<PackageRef> ref = locate(dep);
            if (!ref)
                continue;
            ++pending;
            scheduledBytes += ref->size;
            pool.start(
                [&, ref = *ref] {
                    Result<ArtifactHead> member
                        = ArtifactHead::read(ref.path, keys, {}, QStringLiteral("TDEPS"), cancel);
                    progress.add(ref.size);
                    const QMutexLocker lock(&mutex);
                    out.members.insert(ref.ident, std::move(member));
                    finishOne();
                },
                priorityOf(ref->size, false));
        }
    };

    QMutexLocker lock(&mutex);
    for (const Initial& job : initial)
        seen.insert(job.ref.ident);
    // A free thread takes a job at once, so the order of submission matters as much as priorities.
    QList<qsizetype> order(initial.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return priorityOf(initial[a].ref.size, !initial[a].binFiles.isEmpty())
            > priorityOf(initial[b].ref.size, !initial[b].binFiles.isEmpty());
    });
    for (const qsizetype i : std::as_const(order)) {
        ++pending;
        scheduledBytes += initial[i].ref.size;
        pool.start(
            [&, i] {
                const Initial& job = initial[i];
                Result<ArtifactHead> head = ArtifactHead::read(job.ref.path, keys, job.binFiles, job.readUpTo, cancel);
                progress.add(job.ref.size);
                const QMutexLocker lock(&mutex);
                scheduleMembers(head);
                initialHeads[i] = std::move(head);
                finishOne();
            },
            priorityOf(initial[i].ref.size, !initial[i].binFiles.isEmpty()));
    }
    // Progress from this thread only (ExportProgress's contract), while the pool works.
    qint64 reported = 0;
    while (pending > 0) {
        idle.wait(&mutex, ExportProgress::IntervalMs);
        progress.addToTotal(scheduledBytes - reported);
        reported = scheduledBytes;
        lock.unlock();
        progress.report();
        lock.relock();
    }
    progress.addToTotal(scheduledBytes - reported);
    for (std::optional<Result<ArtifactHead>>& head : initialHeads)
        out.initial.append(std::move(*head));
    return out;
}

} // namespace habmesos
