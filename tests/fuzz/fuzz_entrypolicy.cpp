// SPDX-License-Identifier: Apache-2.0
// The tar member policy (EntryPolicy), member by member as a reader would give them, then the
// accepted members as the export writes them (TarEntry, FetcherNameCheck). One member a line:
//   <kind>[S][?] <octal mode> <size> <name>[<TAB><link target>]
// kind: f file, d directory, l symlink, h hardlink, c/b character/block device, p FIFO, s socket,
// u unknown; S marks a sparse file, ? a size the archive does not declare. A line
//   T <ident> <ident> ...
// gives the TDEPS finish() checks absolute links against; a first line
//   L <max entry size> <max total size> <max entries> <max path length>
// sets smaller limits.
#include "fuzz/fuzzsupport.h"

#include "package/entrypolicy.h"
#include "export/fetchernamecheck.h"
#include "export/tarentry.h"

#include <QDir>

#include <algorithm>

using namespace habmesos;
using Kind = EntryPolicy::Member::Kind;

namespace {

std::optional<EntryPolicy::Member> memberOf(const QByteArray& line)
{
    const QList<QByteArray> fields = line.split(' ');
    if (fields.size() < 4 || fields[0].isEmpty())
        return std::nullopt;
    EntryPolicy::Member m;
    switch (fields[0][0]) {
    case 'f':
        m.kind = Kind::File;
        break;
    case 'd':
        m.kind = Kind::Directory;
        break;
    case 'l':
        m.kind = Kind::Symlink;
        break;
    case 'h':
        m.kind = Kind::Hardlink;
        break;
    case 'c':
        m.kind = Kind::CharacterDevice;
        break;
    case 'b':
        m.kind = Kind::BlockDevice;
        break;
    case 'p':
        m.kind = Kind::Fifo;
        break;
    case 's':
        m.kind = Kind::Socket;
        break;
    default:
        m.kind = Kind::Unknown;
    }
    m.sparse = fields[0].contains('S');
    m.sizeKnown = !fields[0].contains('?');
    m.mode = fields[1].toUInt(nullptr, 8);
    m.size = fields[2].toLongLong();
    // The name is the rest of the line: it may hold spaces.
    const QByteArray rest = line.mid(fields[0].size() + fields[1].size() + fields[2].size() + 3);
    const qsizetype tab = rest.indexOf('\t');
    m.name = tab < 0 ? rest : rest.left(tab);
    m.linkTarget = tab < 0 ? QByteArray() : rest.mid(tab + 1);
    return m;
}

bool isInside(const QString& path, const QString& prefix)
{
    return path == prefix || path.startsWith(prefix + u'/');
}

TarEntry tarEntryOf(const PayloadEntry& e)
{
    switch (e.type) {
    case PayloadEntry::Type::Directory:
        return TarEntry::directory(e.path, e.mode);
    case PayloadEntry::Type::Symlink:
        return TarEntry::symlink(e.path, e.linkTarget);
    case PayloadEntry::Type::Hardlink:
        return TarEntry::hardlink(e.path, e.linkTarget);
    case PayloadEntry::Type::File:
        break;
    }
    return TarEntry::file(e.path, e.size, e.mode);
}

// What an accepted member must be, checked without the policy's own code.
void checkAccepted(
    const EntryPolicy& policy, const EntryPolicy::Member& m, const PayloadEntry& e, QList<PackageIdent>* linkedPackages)
{
    const QString shown = e.path;
    const QStringList parts = e.path.split(u'/');
    for (const QString& part : parts)
        FUZZ_CHECK(!part.isEmpty() && part != u"." && part != u"..", shown);
    FUZZ_CHECK(parts.first() == u"hab", shown);
    for (const QChar c : e.path)
        FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f, shown);
    if (e.type != PayloadEntry::Type::Directory)
        FUZZ_CHECK(policy.hasPrefix() && e.path.startsWith(policy.prefixPath() + u'/'), shown);
    else if (policy.hasPrefix() && parts.size() >= 6)
        FUZZ_CHECK(isInside(e.path, policy.prefixPath()), shown);

    // No privileges: setuid/setgid never pass, the sticky bit only on directories.
    FUZZ_CHECK((e.mode & 06000) == 0, shown);
    if (e.type != PayloadEntry::Type::Directory)
        FUZZ_CHECK((e.mode & 01000) == 0, shown);
    if (e.type != PayloadEntry::Type::Symlink)
        FUZZ_CHECK((e.mode | e.droppedModeBits) == (m.mode & 07777) && (e.mode & e.droppedModeBits) == 0, shown);
    if (e.type == PayloadEntry::Type::File)
        FUZZ_CHECK(e.size == m.size && e.size >= 0, shown);

    if (e.type == PayloadEntry::Type::Symlink) {
        const QString prefix = policy.prefixPath();
        if (e.linkTarget.startsWith(u'/')) {
            const QString cleaned = QDir::cleanPath(e.linkTarget);
            const QStringList steps = cleaned.split(u'/', Qt::SkipEmptyParts);
            if (!isInside(cleaned, u'/' + prefix)) {
                // Into another package: hab/pkgs/<o>/<n>/<v>/<r>, which finish() checks.
                FUZZ_CHECK(steps.size() >= 6 && steps[0] == u"hab" && steps[1] == u"pkgs", e.linkTarget);
                linkedPackages->append(PackageIdent(steps[2], steps[3], steps[4], steps[5]));
            }
        } else {
            const QString dir = e.path.left(e.path.lastIndexOf(u'/'));
            const QString resolved = QDir::cleanPath(dir + u'/' + e.linkTarget);
            FUZZ_CHECK(isInside(resolved, prefix), e.path + QStringLiteral(" -> ") + e.linkTarget);
        }
    }
    if (e.type == PayloadEntry::Type::Hardlink)
        FUZZ_CHECK(e.linkTarget.startsWith(policy.prefixPath() + u'/'), e.linkTarget);

    // The export writes it as it is, and refuses for Mesos' fetcher exactly the names it cannot extract.
    const TarEntry t = tarEntryOf(e);
    const Status valid = t.validate();
    FUZZ_CHECK(valid, valid.error());
    FUZZ_CHECK(TarEntry::normalizedPath(e.path) == e.path, shown);
    FUZZ_CHECK(FetcherNameCheck::check(AgentFetcher::GnuTar, QStringLiteral("o/n"), t), shown);
    const Status fetchable = FetcherNameCheck::check(AgentFetcher::Libarchive, QStringLiteral("o/n"), t);
    FUZZ_CHECK(bool(fetchable) == FetcherNameCheck::isPortable(t), shown);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QList<QByteArray> lines = fuzz::bytes(data, size).split('\n');
    EntryPolicy::Limits limits;
    if (!lines.isEmpty() && lines.first().startsWith("L ")) {
        const QList<QByteArray> l = lines.takeFirst().split(' ');
        limits.maxEntrySize = std::max<qint64>(0, l.value(1).toLongLong());
        limits.maxTotalSize = std::max<qint64>(0, l.value(2).toLongLong());
        limits.maxEntries = std::max<qint64>(0, l.value(3).toLongLong());
        limits.maxPathLength = std::max<qint64>(0, l.value(4).toLongLong());
    }
    EntryPolicy policy(QStringLiteral("fuzz.hart"), limits);
    QList<PackageIdent> tdeps;
    QList<PackageIdent> linkedPackages;
    for (const QByteArray& line : lines) {
        if (line.startsWith("T ")) {
            for (const QByteArray& word : line.mid(2).split(' ')) {
                if (const auto ident = PackageIdent::parse(QString::fromUtf8(word)); ident)
                    tdeps.append(ident.value());
            }
            continue;
        }
        const auto m = memberOf(line);
        if (!m)
            continue;
        const auto checked = policy.check(*m);
        if (!checked) {
            // A reader stops at the first refusal.
            FUZZ_CHECK(checked.error().startsWith(u"fuzz.hart: member “"), checked.error());
            for (const QChar c : EntryPolicy::displayName(m->name))
                FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f, EntryPolicy::displayName(m->name));
            return 0;
        }
        const Kind k = m->kind;
        FUZZ_CHECK(k == Kind::File || k == Kind::Directory || k == Kind::Symlink || k == Kind::Hardlink,
            QString::fromUtf8(line));
        FUZZ_CHECK(!m->sparse, QString::fromUtf8(line));
        checkAccepted(policy, *m, checked.value(), &linkedPackages);
        FUZZ_CHECK(policy.entryCount() <= limits.maxEntries, QString::number(policy.entryCount()));
        FUZZ_CHECK(policy.totalFileSize() <= limits.maxTotalSize, QString::number(policy.totalFileSize()));
    }
    const Status finished = policy.finish(tdeps);
    if (finished) {
        for (const PackageIdent& linked : linkedPackages)
            FUZZ_CHECK(tdeps.contains(linked), linked.toString());
    }
    return 0;
}
