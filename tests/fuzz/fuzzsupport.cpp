// SPDX-License-Identifier: Apache-2.0
#include "fuzz/fuzzsupport.h"

#include "sodiuminit.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

namespace habmesos::fuzz {

void initialize()
{
    // Lives for the whole process: libFuzzer never returns from its loop but through exit().
    static int argc = 1;
    static char name[] = "habmesos-fuzz";
    static char* argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    ensureSodium();
    // Errors are expected on almost every input; printing them would only slow the run down.
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
}

QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

QList<QByteArray> sections(const QByteArray& input, const QByteArray& marker)
{
    QList<QByteArray> out;
    QByteArray current;
    qsizetype start = 0;
    while (start <= input.size()) {
        qsizetype end = input.indexOf('\n', start);
        const bool last = end < 0;
        if (last)
            end = input.size();
        const QByteArray line = input.mid(start, end - start);
        if (line == marker) {
            out.append(current);
            current.clear();
        } else {
            current += line;
            if (!last)
                current += '\n';
        }
        start = end + 1;
    }
    out.append(current);
    return out;
}

void fail(const char* condition, const char* file, int line, const QString& detail)
{
    std::fprintf(stderr, "\n==fuzz== invariant broken at %s:%d: %s\n==fuzz== %s\n", file, line, condition,
        detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

} // namespace habmesos::fuzz
