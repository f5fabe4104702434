// SPDX-License-Identifier: Apache-2.0
// What Marathon answers: error bodies (MarathonError::fromHttp, with MarathonErrorPath for the
// field paths in them), app definitions as GET /v2/apps/{id} returns them or as imported
// (MarathonJsonReader, on OrderedJson, our own JSON parser). The input's first line is the HTTP
// status and, after a space, the WWW-Authenticate challenge ("401 Basic realm=x"); the rest is
// the body.
#include "fuzz/fuzzsupport.h"

#include "marathon/marathonerror.h"
#include "marathon/marathonerrorpath.h"
#include "marathon/marathonjsonreader.h"
#include "marathon/marathonjsonwriter.h"
#include "marathon/marathonvalidator.h"
#include "marathon/orderedjson.h"

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

// Writing what was parsed and parsing that again gives the same text.
void checkJson(const QByteArray& body)
{
    const auto doc = OrderedJson::parse(body);
    if (!doc)
        return;
    for (const auto style : { OrderedJson::Style::Compact, OrderedJson::Style::Indented }) {
        const QByteArray written = doc->serialize(style);
        const auto again = OrderedJson::parse(written);
        FUZZ_CHECK(again, QString::fromUtf8(written) + u'\n' + again.error());
        FUZZ_CHECK(again->serialize(style) == written, QString::fromUtf8(written));
    }
}

// An app read from JSON is written and read back unchanged.
void checkApp(const QByteArray& body)
{
    FieldProblems ignored;
    const auto app = MarathonJsonReader::read(body, &ignored);
    if (!app)
        return;
    MarathonValidator::validate(app.value());
    for (const QByteArray& written :
        { MarathonJsonWriter::write(app.value()), MarathonJsonWriter::writeCompact(app.value()) }) {
        const auto again = MarathonJsonReader::read(written);
        FUZZ_CHECK(again, QString::fromUtf8(written) + u'\n' + again.error());
        FUZZ_CHECK(again.value() == app.value(), QString::fromUtf8(written));
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
    checkApp(body);
    // Paths as Marathon writes them ("/portDefinitions(1)/name", "apps[43].value").
    for (const QByteArray& line : body.split('\n').mid(0, 16)) {
        const QString field = MarathonErrorPath::toFieldPath(QString::fromUtf8(line));
        FUZZ_CHECK(!field.startsWith(u'/') && !field.endsWith(u'/') && !field.contains(QLatin1String("//")), field);
    }
    return 0;
}
