// SPDX-License-Identifier: Apache-2.0
#include "marathonerrorpath.h"

#include "orderedjson.h"

#include <QRegularExpression>
#include <QStringList>

namespace habmesos {

QString MarathonErrorPath::toFieldPath(QStringView serverPath)
{
    QString path = serverPath.trimmed().toString();
    if (path == u"self" || path == u"/" || path.isEmpty())
        return {};
    // The old attribute form ("apps[43].value") separates levels with '.'; the new one starts
    // with '/' and separates with '/' only, since env names and labels may contain dots.
    if (!path.startsWith(u'/'))
        path.replace(u'.', u'/');
    // Indices: "(1)" (1.x) and "[1]" (0.x) both become "/1".
    static const QRegularExpression index(QStringLiteral("[\\(\\[](\\d+)[\\)\\]]"));
    path.replace(index, QStringLiteral("/\\1"));
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    // The deprecated fields, as our model holds them.
    if (parts.size() >= 2 && parts[0] == u"ports")
        parts = QStringList { QStringLiteral("portDefinitions"), parts[1], QStringLiteral("port") } + parts.mid(2);
    else if (parts.size() >= 2 && parts[0] == u"uris")
        parts = QStringList { QStringLiteral("fetch"), parts[1], QStringLiteral("uri") } + parts.mid(2);
    if (parts.last() == u"self")
        parts.removeLast();
    return parts.join(u'/');
}

FieldProblems MarathonErrorPath::problemsFromBody(const QByteArray& body)
{
    FieldProblems out;
    const Result<OrderedJson> doc = OrderedJson::parse(body);
    if (!doc || !doc->isObject()) {
        const QString text = QString::fromUtf8(body).trimmed().left(500);
        out.append({ QString(), text, FieldProblem::Severity::Error });
        return out;
    }
    auto add = [&](const QString& path, const OrderedJson& errors) {
        const QString field = toFieldPath(path);
        if (errors.isString()) {
            out.append({ field, errors.toString(), FieldProblem::Severity::Error });
        } else if (errors.isArray()) {
            for (const OrderedJson& e : errors.items()) {
                if (e.isString())
                    out.append({ field, e.toString(), FieldProblem::Severity::Error });
            }
        }
    };
    auto entries = [&](const OrderedJson& list) {
        for (const OrderedJson& d : list.items()) {
            if (!d.isObject())
                continue;
            const OrderedJson* path = d.find(u"path");
            if (!path)
                path = d.find(u"attribute");
            const OrderedJson* errors = d.find(u"errors");
            if (!errors)
                errors = d.find(u"error");
            if (errors)
                add(path && path->isString() ? path->toString() : QString(), *errors);
        }
    };
    const OrderedJson* message = doc->find(u"message");
    const QString messageText = message && message->isString() ? message->toString() : QString();
    const OrderedJson* details = doc->find(u"details");
    if (details && details->isArray())
        entries(*details);
    if (const OrderedJson* errors = doc->find(u"errors"); errors && errors->isArray())
        entries(*errors);
    if (out.isEmpty()) {
        QString text = messageText;
        if (details && details->isString())
            text = text.isEmpty() ? details->toString() : text + QStringLiteral(": ") + details->toString();
        out.append({ QString(), text, FieldProblem::Severity::Error });
    }
    return out;
}

} // namespace habmesos
