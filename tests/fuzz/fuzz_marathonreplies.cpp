// SPDX-License-Identifier: Apache-2.0
// What Marathon answers: error bodies (MarathonError::fromHttp, with MarathonErrorPath for the
// field paths in them); task lists (MarathonTask); and any JSON in them written again by our own
// writer (OrderedJson, which the app definitions go through). The same body read as a
// Supervisor's census (SupervisorCensus::Census), which the window asks each task for. The input's first line is the
// HTTP status and, after a space, the WWW-Authenticate challenge ("401 Basic realm=x"); the rest is the body.
#include "fuzz/fuzzsupport.h"

#include "marathon/marathonerror.h"
#include "marathon/marathonerrorpath.h"
#include "marathon/marathontask.h"
#include "marathon/orderedjson.h"
#include "marathon/supervisorcensus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace habmesos;

namespace {

void checkError(int status, const QByteArray& challenge, const QByteArray& body)
{
    MarathonError::Context context;
    context.operation = QStringLiteral("creating app /fuzz");
    context.server = QStringLiteral("marathon.example:8080");
    context.authTried = QStringLiteral("no credentials");
    context.wwwAuthenticate = challenge;
    const MarathonError e = MarathonError::fromHttp(status, body, context);
    FUZZ_CHECK(e.isError() && e.httpStatus() == status, e.message());
    FUZZ_CHECK(e.message().startsWith(QLatin1String("creating app /fuzz at marathon.example:8080: ")), e.message());
    FUZZ_CHECK(
        (e.kind() == MarathonError::Kind::Locked) == (status == 409 && !e.deploymentIds().isEmpty()), e.message());
    FUZZ_CHECK(e.canForce() == (e.kind() == MarathonError::Kind::Locked), e.message());
    for (const FieldProblem& p : e.fieldProblems())
        FUZZ_CHECK(
            !p.field.startsWith(u'/') && !p.field.endsWith(u'/') && !p.field.contains(QLatin1String("//")), p.field);
}

// A task list is read whole or refused with a reason; what is read holds what the RAML promises.
void checkTasks(const QByteArray& body)
{
    const Result<QList<MarathonTask>> tasks = MarathonTask::listFromJson(body);
    FUZZ_CHECK(tasks.ok() || !tasks.error().isEmpty(), QStringLiteral("a refusal without a reason"));
    if (!tasks.ok())
        return;
    for (const MarathonTask& t : tasks.value()) {
        FUZZ_CHECK(!t.id.isEmpty() && t.state.startsWith(QLatin1String("TASK_")), t.id);
        for (int port : t.ports)
            FUZZ_CHECK(port >= 0 && port <= 65535, QString::number(port));
        for (const MarathonTask::IpAddress& ip : t.ipAddresses)
            FUZZ_CHECK(ip.protocol == u"IPv4" || ip.protocol == u"IPv6", ip.protocol);
    }
}

// A census is read whole or refused with a reason; every member is listed under its own id.
void checkCensus(const QByteArray& body)
{
    const Result<SupervisorCensus::Census> census = SupervisorCensus::Census::fromJson(body);
    FUZZ_CHECK(census.ok() || !census.error().isEmpty(), QStringLiteral("a refusal without a reason"));
    if (!census.ok())
        return;
    QStringList ids;
    for (const SupervisorCensus::Member& m : census->members()) {
        FUZZ_CHECK(!ids.contains(m.memberId), m.memberId);
        FUZZ_CHECK(m.gossipPort >= 0 && m.gossipPort <= 65535, QString::number(m.gossipPort));
        ids.append(m.memberId);
    }
}

OrderedJson ordered(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return OrderedJson(value.toBool());
    case QJsonValue::Double:
        return OrderedJson(value.toDouble());
    case QJsonValue::String:
        return OrderedJson(value.toString());
    case QJsonValue::Array: {
        OrderedJson array = OrderedJson::array();
        for (const QJsonValue& item : value.toArray())
            array.append(ordered(item));
        return array;
    }
    case QJsonValue::Object: {
        OrderedJson object = OrderedJson::object();
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            object.insert(it.key(), ordered(it.value()));
        return object;
    }
    default:
        return OrderedJson();
    }
}

// Whatever JSON Qt reads, our writer writes as JSON that Qt reads back to the same text again:
// escaping and number formatting hold for any string and any number.
void checkJson(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isNull())
        return;
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    for (const auto style : { OrderedJson::Style::Compact, OrderedJson::Style::Indented }) {
        const QByteArray written = ordered(root).serialize(style);
        QJsonParseError error;
        const QJsonDocument again = QJsonDocument::fromJson(written, &error);
        FUZZ_CHECK(error.error == QJsonParseError::NoError, QString::fromUtf8(written) + u'\n' + error.errorString());
        const QJsonValue back = again.isArray() ? QJsonValue(again.array()) : QJsonValue(again.object());
        FUZZ_CHECK(ordered(back).serialize(style) == written, QString::fromUtf8(written));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype eol = input.indexOf('\n');
    const QByteArray first = eol < 0 ? input : input.left(eol);
    const QByteArray body = eol < 0 ? QByteArray() : input.mid(eol + 1);
    const qsizetype space = first.indexOf(' ');
    bool ok = false;
    int status = first.left(space < 0 ? first.size() : space).toInt(&ok);
    if (!ok || status < 400 || status > 599)
        status = 422;
    const QByteArray challenge = space < 0 ? QByteArray() : first.mid(space + 1);

    checkError(status, challenge, body);
    checkJson(body);
    checkTasks(body);
    checkCensus(body);
    // Paths as Marathon writes them ("/portDefinitions(1)/name", "apps[43].value").
    for (const QByteArray& line : body.split('\n').mid(0, 16)) {
        const QString field = MarathonErrorPath::toFieldPath(QString::fromUtf8(line));
        FUZZ_CHECK(!field.startsWith(u'/') && !field.endsWith(u'/') && !field.contains(QLatin1String("//")), field);
    }
    return 0;
}
