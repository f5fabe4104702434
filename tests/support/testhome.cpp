// SPDX-License-Identifier: Apache-2.0
#include "support/testhome.h"

#include "package/keycache.h"
#include "package/packageident.h"
#include "package/packagerepository.h"

#include <QDir>

namespace habmesos::test {

Status TestHome::redirect(const QString& home, bool noHabitatCache)
{
    for (const char* name : { "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" }) {
        const QString dir = home + u'/' + QString::fromLatin1(name);
        if (!QDir().mkpath(dir))
            return Status::failure(QStringLiteral("cannot create %1").arg(dir), ErrorKind::Io);
        qputenv(name, QFile::encodeName(dir));
    }
    if (noHabitatCache)
        qputenv("HAB_CACHE_ARTIFACT_PATH", QFile::encodeName(home + QStringLiteral("/none")));
    return success();
}

Result<TestHome::Demo> TestHome::demo()
{
    using R = Result<Demo>;
    const auto location = DemoPackages::ensure();
    if (!location)
        return R::failure(location.error());
    Demo out;
    out.location = location.value();
    PackageRepository::Options options;
    options.artifactCache = out.location.artifactCache;
    options.useInstalled = false;
    PackageRepository repository(options);
    repository.scan();
    const auto ident = PackageIdent::parse(out.location.package);
    if (!ident)
        return R::failure(ident.error());
    const auto ref = repository.resolve(ident.value());
    if (!ref)
        return R::failure(
            QStringLiteral("the demo package %1 is not in %2").arg(out.location.package, options.artifactCache));
    out.closure = ClosureResolver(repository, KeyCache(out.location.keyDir)).resolve(*ref);
    if (!out.closure.rootFound())
        return R::failure(QStringLiteral("the demo package's closure has no root"));
    return out;
}

} // namespace habmesos::test
