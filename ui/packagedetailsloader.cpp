// SPDX-License-Identifier: Apache-2.0
#include "ui/packagedetailsloader.h"

#include "ui/backgroundpool.h"
#include "package/closureresolver.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace habmesos {

PackageDetailsLoader::PackageDetailsLoader(QObject* parent)
    : QObject(parent)
{
    m_resolve = [](const PackageRef& ref, const PackageRepository& repository, const KeyCache& keys,
                    const std::atomic_bool* cancel) {
        // Unverified members are shown as such in the details, not hidden behind an error.
        ClosureResolver::Options options;
        options.requireVerified = false;
        return ClosureResolver(repository, keys, options).resolve(ref, cancel);
    };
}

PackageDetailsLoader::~PackageDetailsLoader()
{
    // Workers hold their own copies and their own cancel flag; they finish on the pool.
    cancel();
}

void PackageDetailsLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
    m_pending = false;
}

void PackageDetailsLoader::load(const PackageRef& ref, const PackageRepository& repository, const QString& keyDir)
{
    cancel();
    const quint64 generation = m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_pending = true;
    ++m_running;
    Q_EMIT started(ref);

    auto* watcher = new QFutureWatcher<PackageClosure>(this);
    connect(watcher, &QFutureWatcher<PackageClosure>::finished, this, [this, watcher, generation, ref] {
        watcher->deleteLater();
        --m_running;
        if (generation != m_generation) {
            ++m_dropped;
            return;
        }
        m_pending = false;
        Q_EMIT loaded(ref, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        backgroundPool(), [resolve = m_resolve, ref, repository, keys = KeyCache(keyDir), cancelFlag = m_cancel] {
            return resolve(ref, repository, keys, cancelFlag.get());
        }));
}

} // namespace habmesos
