// SPDX-License-Identifier: Apache-2.0
#include "package/packageident.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace habmesos {

namespace {

struct SplitVersion
{
    QList<quint64> parts;
    std::optional<QString> extension;
};

// Habitat's split_version: the first run of digits and dots is the number, whatever follows is
// the extension (one leading '-' dropped). Unanchored, like Habitat's regex.
std::optional<SplitVersion> splitVersion(QStringView version)
{
    qsizetype start = 0;
    while (start < version.size() && !(version[start].isDigit() || version[start] == u'.'))
        ++start;
    if (start == version.size())
        return std::nullopt;
    qsizetype end = start;
    while (end < version.size() && (version[end].isDigit() || version[end] == u'.'))
        ++end;
    SplitVersion out;
    for (QStringView part : version.mid(start, end - start).split(u'.')) {
        bool ok = false;
        const quint64 n = part.toULongLong(&ok);
        if (!ok)
            return std::nullopt;
        out.parts.append(n);
    }
    if (end < version.size()) {
        QString ext = version.mid(end).toString();
        if (ext.size() > 1 && ext.front() == u'-')
            ext.remove(0, 1);
        out.extension = ext;
    }
    return out;
}

std::strong_ordering compareText(QStringView a, QStringView b)
{
    const int c = a.compare(b);
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

} // namespace

PackageIdent::PackageIdent(QString origin, QString name, QString version, QString release)
    : m_origin(std::move(origin))
    , m_name(std::move(name))
    , m_version(std::move(version))
    , m_release(std::move(release))
{ }

bool PackageIdent::isValidOrigin(QStringView origin)
{
    static const QRegularExpression re(QStringLiteral("\\A[a-z0-9][a-z0-9_-]*\\z"));
    return origin.size() <= 255 && re.match(origin).hasMatch();
}

bool PackageIdent::isValidName(QStringView name)
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Za-z0-9_-]+\\z"));
    return re.match(name).hasMatch();
}

bool PackageIdent::isValidVersion(QStringView version)
{
    // Habitat only forbids '/', which splits the ident; whitespace and control characters
    // would break every file and command the version ends up in, so they are refused too.
    if (version.isEmpty() || version.size() > 255)
        return false;
    for (QChar c : version) {
        if (c == u'/' || c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

bool PackageIdent::isValidRelease(QStringView release)
{
    static const QRegularExpression re(QStringLiteral("\\A[0-9]{14}\\z"));
    return re.match(release).hasMatch();
}

Result<PackageIdent> PackageIdent::parse(QStringView text)
{
    const QString shown = text.toString();
    const auto parts = text.split(u'/');
    if (parts.size() < 2 || parts.size() > 4)
        return Result<PackageIdent>::failure(
            tr("“%1” is not a package identifier: expected origin/name[/version[/release]]").arg(shown));
    if (!isValidOrigin(parts[0]))
        return Result<PackageIdent>::failure(
            tr("“%1”: invalid origin “%2” (lowercase letters, digits, '-' and '_', starting with a letter or digit)")
                .arg(shown, parts[0].toString()));
    if (!isValidName(parts[1]))
        return Result<PackageIdent>::failure(
            tr("“%1”: invalid package name “%2” (letters, digits, '-' and '_' only)").arg(shown, parts[1].toString()));
    PackageIdent ident(parts[0].toString(), parts[1].toString());
    if (parts.size() >= 3) {
        if (!isValidVersion(parts[2]))
            return Result<PackageIdent>::failure(tr("“%1”: invalid version “%2”").arg(shown, parts[2].toString()));
        ident.m_version = parts[2].toString();
    }
    if (parts.size() == 4) {
        if (!isValidRelease(parts[3]))
            return Result<PackageIdent>::failure(
                tr("“%1”: invalid release “%2” (expected 14 digits, YYYYMMDDhhmmss)").arg(shown, parts[3].toString()));
        ident.m_release = parts[3].toString();
    }
    return ident;
}

QString PackageIdent::toString() const
{
    QString s = m_origin + u'/' + m_name;
    if (!m_version.isEmpty()) {
        s += u'/' + m_version;
        if (!m_release.isEmpty())
            s += u'/' + m_release;
    }
    return s;
}

QString PackageIdent::shortName() const
{
    return m_origin + u'/' + m_name;
}

QString PackageIdent::archiveStem() const
{
    return m_origin + u'-' + m_name + u'-' + m_version + u'-' + m_release;
}

QString PackageIdent::installPath() const
{
    return QStringLiteral("hab/pkgs/") + toString();
}

bool PackageIdent::satisfies(const PackageIdent& wanted) const
{
    if (m_origin != wanted.m_origin || m_name != wanted.m_name)
        return false;
    if (!wanted.m_version.isEmpty() && m_version != wanted.m_version)
        return false;
    if (!wanted.m_release.isEmpty() && m_release != wanted.m_release)
        return false;
    return true;
}

std::strong_ordering PackageIdent::compareVersions(QStringView a, QStringView b)
{
    const auto sa = splitVersion(a);
    const auto sb = splitVersion(b);
    // Habitat compares a pair as text as soon as one of them is not numeric, which is not
    // transitive ("9" < "10" numerically, but "10" < "5.." < "9" as text): which package a partial
    // ident resolved to then hung on QHash's per-process iteration order, and std::sort was given
    // an invalid order. Versions that are not numeric come first instead, as text among themselves.
    if (!sa || !sb)
        return sa ? std::strong_ordering::greater : sb ? std::strong_ordering::less : compareText(a, b);
    const qsizetype n = std::max(sa->parts.size(), sb->parts.size());
    for (qsizetype i = 0; i < n; ++i) {
        const quint64 x = i < sa->parts.size() ? sa->parts[i] : 0;
        const quint64 y = i < sb->parts.size() ? sb->parts[i] : 0;
        if (x != y)
            return x <=> y;
    }
    if (sa->extension && !sb->extension)
        return std::strong_ordering::less;
    if (!sa->extension && sb->extension)
        return std::strong_ordering::greater;
    if (!sa->extension && !sb->extension)
        return std::strong_ordering::equal;
    return compareText(*sa->extension, *sb->extension);
}

std::strong_ordering PackageIdent::operator<=>(const PackageIdent& other) const
{
    if (auto c = compareText(m_origin, other.m_origin); c != 0)
        return c;
    if (auto c = compareText(m_name, other.m_name); c != 0)
        return c;
    if (auto c = compareVersions(m_version, other.m_version); c != 0)
        return c;
    if (auto c = compareText(m_version, other.m_version); c != 0)
        return c; // "1.0" and "1.00" compare equal as versions but are different packages
    return compareText(m_release, other.m_release);
}

} // namespace habmesos
