// SPDX-License-Identifier: Apache-2.0
#include "package/packagemetadata.h"

#include "package/packagetarget.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <functional>
#include <limits>

namespace habmesos {

namespace {

const QStringList& knownFiles()
{
    static const QStringList files = {
        QStringLiteral("IDENT"),
        QStringLiteral("TARGET"),
        QStringLiteral("DEPS"),
        QStringLiteral("TDEPS"),
        QStringLiteral("EXPOSES"),
        QStringLiteral("EXPORTS"),
        QStringLiteral("BINDS"),
        QStringLiteral("BINDS_OPTIONAL"),
        QStringLiteral("SVC_USER"),
        QStringLiteral("SVC_GROUP"),
        QStringLiteral("PATH"),
        QStringLiteral("RUNTIME_PATH"),
        QStringLiteral("SHUTDOWN_SIGNAL"),
        QStringLiteral("SHUTDOWN_TIMEOUT"),
        QStringLiteral("PACKAGE_TYPE"),
        QStringLiteral("MANIFEST"),
        QStringLiteral("default.toml"),
    };
    return files;
}

// The lines of a metadata file, each trimmed (Habitat trims, so CRLF and trailing blanks pass),
// numbered from 1. Blank lines are kept so that line numbers in errors match the file.
struct Line
{
    int number;
    QString text;
};

class Reader
{
    // The file's tr() context, stated so that lupdate files these strings under it too.
    Q_DECLARE_TR_FUNCTIONS(habmesos::PackageMetadata)
public:
    Reader(const QString& source, const QString& file)
        : m_source(source)
        , m_file(file)
    { }

    // Decodes the whole file as UTF-8; metadata is text and anything else is a broken package.
    bool decode(const QByteArray& bytes, QList<Line>* lines)
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (decoder.hasError()) {
            m_error = where() + tr("not UTF-8 text");
            return false;
        }
        int number = 0;
        for (QStringView line : QStringView(text).split(u'\n')) {
            ++number;
            const QString trimmed = line.trimmed().toString();
            for (QChar c : trimmed) {
                if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                    m_error = where(number) + tr("control character in the text");
                    return false;
                }
            }
            lines->append({ number, trimmed });
        }
        return true;
    }

    QString where(int line = 0) const
    {
        QString s = m_source + QStringLiteral(": ") + m_file + QStringLiteral(": ");
        if (line > 0)
            s += tr("line %1: ").arg(line);
        return s;
    }

    QString m_source;
    QString m_file;
    QString m_error;
};

QString shown(const QString& text)
{
    return text.size() > 80 ? text.left(80) + QStringLiteral("…") : text;
}

template <typename T> Result<T> fail(const QString& message)
{
    return Result<T>::failure(message);
}

// The single non-empty line of a one-value file, or an error when there are more.
Result<QString> singleLine(const QByteArray& bytes, const QString& file, const QString& source)
{
    Reader r(source, file);
    QList<Line> lines;
    if (!r.decode(bytes, &lines))
        return fail<QString>(r.m_error);
    QString value;
    for (const Line& l : lines) {
        if (l.text.isEmpty())
            continue;
        if (!value.isNull())
            return fail<QString>(r.where(l.number)
                + PackageMetadata::tr("expected a single line, found another: “%1”").arg(shown(l.text)));
        value = l.text;
    }
    if (value.isNull())
        return fail<QString>(r.where() + PackageMetadata::tr("the file is empty"));
    return value;
}

// A single word: SVC_USER, SVC_GROUP and SHUTDOWN_SIGNAL end up in /etc/passwd, shell lines and
// JSON, so separators and whitespace are refused rather than passed on.
Result<QString> singleWord(const QByteArray& bytes, const QString& file, const QString& source,
    const std::function<bool(const QString&)>& valid, const char* expected)
{
    auto value = singleLine(bytes, file, source);
    if (!value)
        return value;
    if (value->size() > 256 || !valid(value.value()))
        return fail<QString>(source + QStringLiteral(": ") + file + QStringLiteral(": ")
            + PackageMetadata::tr("“%1” is not %2").arg(shown(*value), PackageMetadata::tr(expected)));
    return value;
}

Result<QList<QPair<QString, QString>>> parseExports(const QByteArray& bytes, const QString& file, const QString& source)
{
    using R = Result<QList<QPair<QString, QString>>>;
    Reader r(source, file);
    QList<Line> lines;
    if (!r.decode(bytes, &lines))
        return R::failure(r.m_error);
    QList<QPair<QString, QString>> out;
    for (const Line& l : lines) {
        if (l.text.isEmpty())
            continue;
        const qsizetype eq = l.text.indexOf(u'=');
        const QString key = eq < 0 ? QString() : l.text.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : l.text.mid(eq + 1).trimmed();
        if (key.isEmpty() || value.isEmpty() || key.contains(u' ') || value.contains(u' '))
            return R::failure(
                r.where(l.number) + PackageMetadata::tr("expected name=config.key, found “%1”").arg(shown(l.text)));
        out.append({ key, value });
    }
    return out;
}

Result<QList<QPair<QString, QStringList>>> parseBinds(
    const QByteArray& bytes, const QString& file, const QString& source)
{
    using R = Result<QList<QPair<QString, QStringList>>>;
    Reader r(source, file);
    QList<Line> lines;
    if (!r.decode(bytes, &lines))
        return R::failure(r.m_error);
    QList<QPair<QString, QStringList>> out;
    for (const Line& l : lines) {
        if (l.text.isEmpty())
            continue;
        const qsizetype eq = l.text.indexOf(u'=');
        const QString name = eq < 0 ? QString() : l.text.left(eq).trimmed();
        const QStringList exports = eq < 0 ? QStringList() : l.text.mid(eq + 1).split(u' ', Qt::SkipEmptyParts);
        if (name.isEmpty() || name.contains(u' ') || exports.isEmpty())
            return R::failure(r.where(l.number)
                + PackageMetadata::tr("expected bind=export1 export2 …, found “%1”").arg(shown(l.text)));
        out.append({ name, exports });
    }
    return out;
}

Result<QStringList> parsePathList(const QByteArray& bytes, const QString& file, const QString& source)
{
    Reader r(source, file);
    QList<Line> lines;
    if (!r.decode(bytes, &lines))
        return fail<QStringList>(r.m_error);
    QStringList out;
    int seen = 0;
    for (const Line& l : lines) {
        if (l.text.isEmpty())
            continue;
        if (++seen > 1)
            return fail<QStringList>(r.where(l.number) + PackageMetadata::tr("expected a single ':'-separated line"));
        for (const QString& part : l.text.split(u':', Qt::SkipEmptyParts)) {
            // These end up in the container's init script: absolute directories only, and none
            // of the characters a shell would act on, whatever quoting the writer uses.
            static const QRegularExpression unsafe(QStringLiteral("[\\s'\"`$\\\\;&|<>()*?\\[\\]]"));
            const QString entry = part.trimmed();
            if (!entry.startsWith(u'/') || unsafe.match(entry).hasMatch())
                return fail<QStringList>(r.where(l.number)
                    + PackageMetadata::tr("“%1” is not an absolute directory without shell metacharacters")
                          .arg(shown(entry)));
            out.append(entry);
        }
    }
    return out;
}

Result<QList<quint16>> parseExposes(const QByteArray& bytes, const QString& file, const QString& source)
{
    Reader r(source, file);
    QList<Line> lines;
    if (!r.decode(bytes, &lines))
        return fail<QList<quint16>>(r.m_error);
    QList<quint16> out;
    int seen = 0;
    for (const Line& l : lines) {
        if (l.text.isEmpty())
            continue;
        if (++seen > 1)
            return fail<QList<quint16>>(r.where(l.number)
                + PackageMetadata::tr("expected one line of space-separated ports, found another line"));
        for (const QString& word : l.text.split(u' ', Qt::SkipEmptyParts)) {
            bool ok = false;
            const uint port = word.toUInt(&ok);
            if (!ok || port == 0 || port > 65535)
                return fail<QList<quint16>>(
                    r.where(l.number) + PackageMetadata::tr("“%1” is not a port number (1–65535)").arg(shown(word)));
            out.append(quint16(port));
        }
    }
    return out;
}

} // namespace

bool PackageMetadata::isMetadataFile(QStringView nameInPrefix)
{
    if (nameInPrefix.startsWith(u"hooks/")) {
        const QStringView hook = nameInPrefix.mid(6);
        return !hook.isEmpty() && !hook.contains(u'/');
    }
    return knownFiles().contains(nameInPrefix);
}

qint64 PackageMetadata::sizeLimit(QStringView nameInPrefix)
{
    if (nameInPrefix == u"MANIFEST" || nameInPrefix == u"default.toml")
        return MaxLargeMetaFileSize;
    return MaxMetaFileSize;
}

Status PackageMetadata::checkFileSize(const QString& source, const QString& nameInPrefix, qint64 size)
{
    if (size <= sizeLimit(nameInPrefix))
        return success();
    return Status::failure(source + QStringLiteral(": ") + nameInPrefix + QStringLiteral(": ")
        + tr("%1 bytes, more than the %2 a metadata file may have").arg(size).arg(sizeLimit(nameInPrefix)));
}

Status PackageMetadata::addHook(QMap<QString, QByteArray>* files, const QString& nameInPrefix, const QString& source)
{
    files->insert(nameInPrefix, QByteArray());
    // The hooks sort together in the map: count that run only.
    qsizetype hooks = 0;
    for (auto it = files->lowerBound(QStringLiteral("hooks/")); it != files->cend() && it.key().startsWith(u"hooks/");
         ++it)
        ++hooks;
    if (hooks > MaxHooks)
        return Status::failure(tr("%1: more than %2 files in hooks/").arg(source).arg(MaxHooks));
    return success();
}

bool PackageMetadata::isValidAccountName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("\\A[a-z_][a-z0-9_-]*\\$?\\z"));
    return name.size() <= MaxAccountNameLength && re.match(name).hasMatch();
}

Result<QList<PackageIdent>> PackageMetadata::parseIdentList(
    const QByteArray& contents, const QString& file, const QString& source)
{
    Reader r(source, file);
    QList<Line> lines;
    if (!r.decode(contents, &lines))
        return fail<QList<PackageIdent>>(r.m_error);
    QList<PackageIdent> out;
    out.reserve(lines.size());
    for (const Line& l : lines) {
        if (l.text.isEmpty())
            continue;
        auto ident = PackageIdent::parse(l.text);
        if (!ident)
            return fail<QList<PackageIdent>>(r.where(l.number) + ident.error());
        if (!ident->isFullyQualified())
            return fail<QList<PackageIdent>>(
                r.where(l.number) + tr("“%1” is not fully qualified (origin/name/version/release)").arg(shown(l.text)));
        out.append(ident.value());
    }
    return out;
}

Result<PackageMetadata> PackageMetadata::parse(const QMap<QString, QByteArray>& files, const QString& source)
{
    using R = Result<PackageMetadata>;
    PackageMetadata m;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (!isMetadataFile(it.key()))
            continue;
        if (const Status size = checkFileSize(source, it.key(), it.value().size()); !size)
            return R::failure(size.error());
    }

    const auto identText = files.constFind(QStringLiteral("IDENT"));
    if (identText == files.constEnd())
        return R::failure(tr("%1: no IDENT file: not a Habitat package").arg(source));
    {
        auto line = singleLine(*identText, QStringLiteral("IDENT"), source);
        if (!line)
            return R::failure(line.error());
        auto ident = PackageIdent::parse(line.value());
        if (!ident)
            return R::failure(source + QStringLiteral(": IDENT: ") + ident.error());
        if (!ident->isFullyQualified())
            return R::failure(
                tr("%1: IDENT: “%2” is not fully qualified (origin/name/version/release)").arg(source, shown(*line)));
        m.ident = ident.value();
    }

    const auto targetText = files.constFind(QStringLiteral("TARGET"));
    if (targetText == files.constEnd())
        return R::failure(tr("%1: no TARGET file").arg(source));
    {
        auto line = singleLine(*targetText, QStringLiteral("TARGET"), source);
        if (!line)
            return R::failure(line.error());
        if (!PackageTarget::isWellFormed(line.value()))
            return R::failure(tr("%1: TARGET: “%2” is not a package target (architecture-system, e.g. x86_64-linux)")
                                  .arg(source, shown(*line)));
        m.target = line.value();
    }

    for (const char* name : { "DEPS", "TDEPS" }) {
        const QString file = QString::fromLatin1(name);
        const auto it = files.constFind(file);
        if (it == files.constEnd())
            continue;
        auto list = parseIdentList(*it, file, source);
        if (!list)
            return R::failure(list.error());
        (file == u"DEPS" ? m.deps : m.tdeps) = list.value();
    }

    if (const auto it = files.constFind(QStringLiteral("EXPOSES")); it != files.constEnd()) {
        auto ports = parseExposes(*it, it.key(), source);
        if (!ports)
            return R::failure(ports.error());
        m.exposes = ports.value();
    }
    if (const auto it = files.constFind(QStringLiteral("EXPORTS")); it != files.constEnd()) {
        auto exports = parseExports(*it, it.key(), source);
        if (!exports)
            return R::failure(exports.error());
        m.exports = exports.value();
    }
    for (const char* name : { "BINDS", "BINDS_OPTIONAL" }) {
        const auto it = files.constFind(QString::fromLatin1(name));
        if (it == files.constEnd())
            continue;
        auto binds = parseBinds(*it, it.key(), source);
        if (!binds)
            return R::failure(binds.error());
        (it.key() == u"BINDS" ? m.binds : m.bindsOptional) = binds.value();
    }

    static const QRegularExpression signal(QStringLiteral("\\A[A-Za-z][A-Za-z0-9+]*\\z"));
    static const QRegularExpression packageType(QStringLiteral("\\A(native|standard)\\z"));
    auto matches = [](const QRegularExpression& re) {
        return [&re](const QString& value) { return re.match(value).hasMatch(); };
    };
    struct Word
    {
        const char* file;
        QString* out;
        std::function<bool(const QString&)> valid;
        const char* expected;
    };
    // The accounts follow the rule the image's /etc/passwd needs (RootfsLayout uses it too), so
    // that a package an export cannot use is refused when its metadata is read, not at the end.
    const Word words[] = {
        { "SVC_USER", &m.svcUser, isValidAccountName,
            QT_TRANSLATE_NOOP("habmesos::PackageMetadata",
                "a user name (lowercase letters, digits, “_” and “-”, not starting with a digit or “-”, "
                "at most 32 characters)") },
        { "SVC_GROUP", &m.svcGroup, isValidAccountName,
            QT_TRANSLATE_NOOP("habmesos::PackageMetadata",
                "a group name (lowercase letters, digits, “_” and “-”, not starting with a digit or “-”, "
                "at most 32 characters)") },
        { "SHUTDOWN_SIGNAL", &m.shutdownSignal, matches(signal),
            QT_TRANSLATE_NOOP("habmesos::PackageMetadata", "a signal name") },
        { "PACKAGE_TYPE", &m.packageType, matches(packageType),
            QT_TRANSLATE_NOOP("habmesos::PackageMetadata", "a package type (native or standard)") },
    };
    for (const Word& w : words) {
        const auto it = files.constFind(QString::fromLatin1(w.file));
        if (it == files.constEnd())
            continue;
        auto value = singleWord(*it, it.key(), source, w.valid, w.expected);
        if (!value)
            return R::failure(value.error());
        *w.out = value.value();
    }

    if (const auto it = files.constFind(QStringLiteral("SHUTDOWN_TIMEOUT")); it != files.constEnd()) {
        auto line = singleLine(*it, it.key(), source);
        if (!line)
            return R::failure(line.error());
        bool ok = false;
        const uint seconds = line->toUInt(&ok);
        if (!ok || seconds > uint(std::numeric_limits<int>::max()))
            return R::failure(
                tr("%1: SHUTDOWN_TIMEOUT: “%2” is not a number of seconds").arg(source, shown(line.value())));
        m.shutdownTimeout = int(seconds);
    }

    for (const char* name : { "PATH", "RUNTIME_PATH" }) {
        const auto it = files.constFind(QString::fromLatin1(name));
        if (it == files.constEnd())
            continue;
        auto list = parsePathList(*it, it.key(), source);
        if (!list)
            return R::failure(list.error());
        (it.key() == u"PATH" ? m.path : m.runtimePath) = list.value();
    }

    if (const auto it = files.constFind(QStringLiteral("default.toml")); it != files.constEnd()) {
        m.defaultToml = *it;
        m.hasDefaultToml = true;
    }
    if (const auto it = files.constFind(QStringLiteral("MANIFEST")); it != files.constEnd())
        m.manifest = *it;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (it.key().startsWith(u"hooks/") && isMetadataFile(it.key()))
            m.hooks.append(it.key().mid(6));
    }
    return m;
}

} // namespace habmesos
