// SPDX-License-Identifier: Apache-2.0
#include "marathon/marathonappid.h"

#include <QTest>

using namespace habmesos;

class tst_MarathonAppId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromPackage_data();
    void fromPackage();
    void warningSaysWhat();
    void collisionsWarned();
    void refused_data();
    void refused();
    void validate_data();
    void validate();
    void sanitizedIdsValidate();
};

void tst_MarathonAppId::fromPackage_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("warned");
    QTest::newRow("plain") << "core"
                           << "redis"
                           << "/core/redis" << false;
    QTest::newRow("dashes inside") << "my-org"
                                   << "web-app"
                                   << "/my-org/web-app" << false;
    QTest::newRow("upper case name") << "acme"
                                     << "MyApp"
                                     << "/acme/myapp" << true;
    QTest::newRow("underscore origin") << "foo_bar"
                                       << "app"
                                       << "/foo-bar/app" << true;
    QTest::newRow("underscore name") << "acme"
                                     << "the_last__dj"
                                     << "/acme/the-last--dj" << true;
    QTest::newRow("leading dash") << "acme"
                                  << "-app"
                                  << "/acme/app" << true;
    QTest::newRow("trailing underscore") << "acme"
                                         << "app_"
                                         << "/acme/app" << true;
    QTest::newRow("edge underscores both") << "_acme_"
                                           << "__x__"
                                           << "/acme/x" << true;
    QTest::newRow("digits") << "0xdeadbeef"
                            << "7zip"
                            << "/0xdeadbeef/7zip" << false;
    QTest::newRow("invalid character") << "acme"
                                       << "a b%c"
                                       << "/acme/a-b-c" << true;
    QTest::newRow("dotted labels trimmed") << "acme"
                                           << "a-.-b"
                                           << "/acme/a.b" << true;
    QTest::newRow("reserved in origin is fine") << "tasks"
                                                << "app"
                                                << "/tasks/app" << false;
}

void tst_MarathonAppId::fromPackage()
{
    QFETCH(QString, origin);
    QFETCH(QString, name);
    QFETCH(QString, id);
    QFETCH(bool, warned);
    const auto r = MarathonAppId::fromPackage(origin, name);
    QCOMPARE(r.id, id);
    QVERIFY(MarathonAppId::validate(r.id).isEmpty());
    QCOMPARE(r.problems.size(), warned ? 1 : 0);
    if (warned) {
        QCOMPARE(r.problems[0].field, QStringLiteral("id"));
        QCOMPARE(r.problems[0].severity, FieldProblem::Severity::Warning);
    }
}

void tst_MarathonAppId::warningSaysWhat()
{
    const auto r = MarathonAppId::fromPackage(QStringLiteral("foo_bar"), QStringLiteral("My_App-"));
    QCOMPARE(r.id, QStringLiteral("/foo-bar/my-app"));
    QCOMPARE(r.problems.size(), 1);
    const QString& m = r.problems[0].message;
    QVERIFY2(m.startsWith(QStringLiteral("the Marathon id is /foo-bar/my-app, not /foo_bar/My_App-: ")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("'_' became '-'")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("upper case letters were made lower case")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("'-' was removed where a label began or ended")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("DNS labels")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("a_b and a-b")), qPrintable(m));
    // each kind of change is named once, although both segments had '_'
    QCOMPARE(m.count(QStringLiteral("'_' became '-'")), 1);
}

void tst_MarathonAppId::collisionsWarned()
{
    const auto underscore = MarathonAppId::fromPackage(QStringLiteral("acme"), QStringLiteral("a_b"));
    const auto dash = MarathonAppId::fromPackage(QStringLiteral("acme"), QStringLiteral("a-b"));
    QCOMPARE(underscore.id, dash.id);
    QVERIFY(dash.problems.isEmpty());
    QCOMPARE(underscore.problems.size(), 1);
    QVERIFY(underscore.problems[0].message.contains(QStringLiteral("get the same id")));
}

void tst_MarathonAppId::refused_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("tasks") << "acme"
                           << "tasks"
                           << "Marathon reserves restart, tasks, versions, ., ..";
    QTest::newRow("restart") << "acme"
                             << "restart"
                             << "cannot be the last part";
    QTest::newRow("Versions upper") << "acme"
                                    << "Versions"
                                    << "\"versions\" cannot be the last part";
    QTest::newRow("only punctuation") << "acme"
                                      << "__"
                                      << "no usable Marathon id";
    QTest::newRow("empty origin") << "_"
                                  << "app"
                                  << "no usable Marathon id";
}

void tst_MarathonAppId::refused()
{
    QFETCH(QString, origin);
    QFETCH(QString, name);
    QFETCH(QString, mentions);
    const auto r = MarathonAppId::fromPackage(origin, name);
    QVERIFY(r.id.isEmpty());
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems[0].field, QStringLiteral("id"));
    QCOMPARE(r.problems[0].severity, FieldProblem::Severity::Error);
    QVERIFY2(r.problems[0].message.contains(mentions), qPrintable(r.problems[0].message));
}

void tst_MarathonAppId::validate_data()
{
    // The rule in the operator's words, naming the first segment that breaks it (not Marathon's regex).
    const auto pattern = [](const QString& segment) {
        return QStringLiteral("The application ID may use lower-case letters, digits and hyphens, segments separated "
                              "by / (a segment starts and ends with a letter or digit, dots may separate such names); "
                              "\"%1\" does not fit.")
            .arg(segment);
    };
    const auto reserved = [](const QString& segment) {
        return QStringLiteral("The application ID cannot end in \"%1\": Marathon keeps restart, tasks, versions, ., .. "
                              "for its own addresses; add a name after it or choose another.")
            .arg(segment);
    };
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("valid") << "/core/redis" << QStringList();
    QTest::newRow("relative") << "core/redis" << QStringList();
    QTest::newRow("dotted version") << "/core/redis/4.0.14" << QStringList();
    QTest::newRow("single char") << "/a/b" << QStringList();
    QTest::newRow("trailing slash") << "/core/redis/" << QStringList();
    QTest::newRow("parent in the middle") << "/core/../redis" << QStringList();
    QTest::newRow("underscore") << "/core/my_app" << QStringList { pattern("my_app") };
    QTest::newRow("upper") << "/Core/app" << QStringList { pattern("Core") };
    QTest::newRow("leading dash") << "/core/-app" << QStringList { pattern("-app") };
    QTest::newRow("trailing dash label") << "/core/app-.x" << QStringList { pattern("app-.x") };
    QTest::newRow("beta version") << "/core/app/1.0_beta" << QStringList { pattern("1.0_beta") };
    QTest::newRow("two bad segments, one message") << "/Core/my_app" << QStringList { pattern("Core") };
    QTest::newRow("tasks") << "/core/tasks" << QStringList { reserved("tasks") };
    QTest::newRow("versions") << "/versions" << QStringList { reserved("versions") };
    QTest::newRow("dot last") << "/core/." << QStringList { reserved(".") };
    QTest::newRow("dotdot last") << "/core/.." << QStringList { reserved("..") };
    QTest::newRow("bad and reserved") << "/My_Org/restart" << QStringList { pattern("My_Org"), reserved("restart") };
    QTest::newRow("root") << "/" << QStringList { "The application ID needs a name after the /, such as /team/app." };
    QTest::newRow("empty") << "" << QStringList { "The application ID must not be empty: give one such as /team/app." };
}

void tst_MarathonAppId::validate()
{
    QFETCH(QString, id);
    QFETCH(QStringList, messages);
    QStringList got;
    for (const FieldProblem& p : MarathonAppId::validate(id)) {
        QCOMPARE(p.field, QStringLiteral("id"));
        QCOMPARE(p.severity, FieldProblem::Severity::Error);
        got << p.message;
    }
    QCOMPARE(got, messages);
}

void tst_MarathonAppId::sanitizedIdsValidate()
{
    // Whatever a package name holds, the id made from it is valid or refused, never invalid.
    const QString chars = QStringLiteral("aZ0_-.%é");
    int made = 0;
    int refused = 0;
    for (const QChar a : chars) {
        for (const QChar b : chars) {
            for (const QChar c : chars) {
                const QString name = QString(a) + b + c;
                const auto r = MarathonAppId::fromPackage(QStringLiteral("acme"), name);
                if (r.id.isEmpty()) {
                    ++refused;
                    continue;
                }
                ++made;
                QVERIFY2(MarathonAppId::validate(r.id).isEmpty(), qPrintable(name + u' ' + r.id));
            }
        }
    }
    // Refusing every name would pass the loop: ids must have been made (and checked) too.
    QVERIFY2(made > 0 && refused > 0, qPrintable(QStringLiteral("%1 made, %2 refused").arg(made).arg(refused)));
}

QTEST_GUILESS_MAIN(tst_MarathonAppId)
#include "tst_marathonappid.moc"
