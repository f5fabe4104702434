// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "package/keycache.h"
#include "package/packageclosure.h"
#include "ui/packagerefmetatype.h"
#include "package/packagerepository.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace habmesos {

// Resolves and verifies a package's closure in the background (ClosureResolver on the thread
// pool). Only the newest request is answered: picking another package cancels the one running,
// and a result that arrives for an older request is dropped (hotspot's job tracker).
class PackageDetailsLoader : public QObject
{
    Q_OBJECT
public:
    using Resolve = std::function<PackageClosure(const PackageRef& ref, const PackageRepository& repository,
        const KeyCache& keys, const std::atomic_bool* cancel)>;

    explicit PackageDetailsLoader(QObject* parent = nullptr);
    ~PackageDetailsLoader() override;

    // Tests substitute the resolution; the default is ClosureResolver.
    void setResolve(Resolve resolve) { m_resolve = std::move(resolve); }

    // `repository` is copied for the worker; it must know `ref` (scanned, or addArtifact).
    void load(const PackageRef& ref, const PackageRepository& repository, const QString& keyDir);
    void cancel();
    bool isLoading() const { return m_running > 0 && m_pending; }
    // How many results were dropped because a newer request came (for tests and logs).
    int droppedResults() const { return m_dropped; }

Q_SIGNALS:
    void started(const habmesos::PackageRef& ref);
    void loaded(const habmesos::PackageRef& ref, const habmesos::PackageClosure& closure);

private:
    Resolve m_resolve;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_running = 0;
    bool m_pending = false;
    int m_dropped = 0;
};

} // namespace habmesos
