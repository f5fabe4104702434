// SPDX-License-Identifier: Apache-2.0
// What Builder answers, read as a release (BuilderPackage: the latest-in-channel and package
// routes) and as a page of search results or a listing (BuilderPage). Either is read whole, every
// ident in it checked, or refused with a reason naming the operation.
#include "fuzz/fuzzsupport.h"

#include "builder/builderpackage.h"

using namespace habmesos;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString operation = QStringLiteral("looking up core/fuzz");

    const auto package = BuilderPackage::fromJson(body, operation);
    if (!package) {
        FUZZ_CHECK(package.error().startsWith(operation), package.error());
    } else {
        FUZZ_CHECK(package->ident.isFullyQualified(), package->ident.toString());
        FUZZ_CHECK(PackageIdent::parse(package->ident.toString()).ok(), package->ident.toString());
        for (const QList<PackageIdent>* list : { &package->deps, &package->tdeps })
            for (const PackageIdent& dep : *list)
                FUZZ_CHECK(dep.isFullyQualified() && PackageIdent::parse(dep.toString()).ok(), dep.toString());
    }

    const auto page = BuilderPage::fromJson(body, operation);
    if (!page) {
        FUZZ_CHECK(page.error().startsWith(operation), page.error());
    } else {
        for (const PackageIdent& item : page->items)
            FUZZ_CHECK(item.isValid() && PackageIdent::parse(item.toString()).ok(), item.toString());
    }
    return 0;
}
