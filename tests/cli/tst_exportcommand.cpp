// SPDX-License-Identifier: Apache-2.0
// `habmesos export`, run as a user runs it: the built binary in a QProcess, on the built-in demo
// package (written into a temporary HOME), against the Marathon stub (tests/marathon) and a real
// nginx on loopback for uploads.
#include "cli/exportcommand.h"
#include "marathon/marathonstub.h"
#include "package/demopackages.h"
#include "support/fixturebuilder.h"
#include "support/nginxprocess.h"
#include "support/processrunner.h"
#include "support/testfiles.h"
#include "support/testnetwork.h"
#include "support/testpaths.h"
#include "support/testwait.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cmath>
#include <csignal>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace habmesos;
using habmesos::test::MarathonStub;
using habmesos::test::NginxProcess;
using habmesos::test::readAll;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

const QString TarballName = QStringLiteral("demo-hello-1.0.0-20240601120000.tgz");
const QString AppId = QStringLiteral("/demo/hello");
const QString Password = QStringLiteral("Sup3r-Secret-Pw");
const QString WrongPassword = QStringLiteral("Wr0ng-Secret-Pw");
const QString Token = QStringLiteral("tok-Secret-1234");
const QString UploadPassword = QStringLiteral("Upl0ad-Secret-Pw");

QJsonObject jsonOf(const Run& r)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    return e.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

// Every line of standard error starts with the command's name (one-line messages).
bool allLinesPrefixed(const QString& err)
{
    for (const QString& line : err.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(QStringLiteral("habmesos export: ")))
            return false;
    }
    return true;
}

} // namespace

// nginx is a test dependency (scripts/debian-packages.txt): only its absence skips; nginx present
// but not starting is a failure, as in tst_tarballuploader.
#define START_NGINX(nginx, ...)                                                                                        \
    do {                                                                                                               \
        QString why;                                                                                                   \
        if (!(nginx).start(&why __VA_OPT__(, ) __VA_ARGS__)) {                                                         \
            if (!QFile::exists(QStringLiteral("/usr/sbin/nginx")))                                                     \
                QSKIP("no /usr/sbin/nginx (Debian's nginx package)");                                                  \
            QFAIL(qPrintable(QStringLiteral("nginx did not start: ") + why));                                          \
        }                                                                                                              \
    } while (false)

#define START_STUB(stub, ...)                                                                                          \
    do {                                                                                                               \
        if (!(stub).start(__VA_ARGS__))                                                                                \
            QFAIL(qPrintable(QStringLiteral("the Marathon stub did not start: ") + (stub).errorText()));               \
    } while (false)

class tst_ExportCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void help();
    void basicExport();
    void jsonOnlyMakesNoTarball();
    void optionForms_data();
    void optionForms();
    void invalidValues_data();
    void invalidValues();
    void fixedPort();
    void fixedPortsAndAgentPorts();
    void agentPortsParsedStrictly_data();
    void agentPortsParsedStrictly();
    void noSupervisorPortsWarns();
    void diskSizedFromTheTarball();
    void diskFromTheOperator_data();
    void diskFromTheOperator();
    void healthCheck();
    void placement();
    void idAndConfiguration();
    void killGracePeriod();
    void deploymentOptions();
    void operatorsConfiguration();
    void jsonOnlyRefusesAnotherTarget();
    void requiredBindsRefused();
    void uploadToNginx();
    void hartsLayoutPublishesOnlyWhatIsMissing();
    void uploadRefused();
    void uploadWithPassword();
    void progressOnTerminal();
    void uploadToArtifactStore();
    void deployCreateWaitUpdate();
    void deployLockedAndForce();
    void deployGivesTheRingItsMarathon();
    void deployValidationError();
    void deployLegacyJson();
    void deployTaskFailure();
    void deployWaitTimeout();
    void basicAuth();
    void dcosLogin();
    void dcosToken();
    void caFile();
    void connectionRefused();
    void nonAsciiNames();
    void sameInEveryLocale();
    void notARegularFile();
    void killedExportRecovers();

private:
    QTemporaryDir m_home; // HOME, XDG dirs: the demo package is written here once
    std::unique_ptr<QTemporaryDir> m_tmp; // per test: output directory, secret files
    QString m_out;

    // `removeEnv`: variables taken out of the environment (after extraEnv is added: a locale test
    // removes LANG and the LC_ variables, then sets the one it wants through extraEnv).
    Run run(const QStringList& arguments, const QMap<QString, QString>& extraEnv = {}, const QByteArray& input = {},
        const QStringList& removeEnv = {}, const QString& subcommand = QStringLiteral("export"))
    {
        test::ProcessRunner runner(test::habmesosBinary(), QStringList { subcommand } + arguments);
        const test::ProcessRunner::Outcome done
            = runner.setEnvironment(environment(extraEnv, removeEnv)).setStdin(input).run();
        Run r;
        r.code = done.code(); // -2: a crash
        r.out = QString::fromUtf8(done.out);
        r.err = done.finished() ? QString::fromUtf8(done.err) : done.describe();
        return r;
    }
    QProcessEnvironment environment(const QMap<QString, QString>& extraEnv = {}, const QStringList& removeEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& name : removeEnv)
            env.remove(name);
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/cache"));
        for (const char* name : { "CPU", "MEM", "DISK", "INSTANCES", "HABMESOS_MARATHON_PASSWORD",
                 "HABMESOS_MARATHON_TOKEN", "HABMESOS_UPLOAD_PASSWORD", "HAB_CACHE_KEY_PATH" })
            env.remove(QString::fromLatin1(name));
        for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }
    // The demo package, JSON only, with a fetch URI: the quick form for deploy tests.
    QStringList quick(const QStringList& more = {}) const
    {
        return QStringList { QStringLiteral("--demo"), QStringLiteral("--json-only"), QStringLiteral("--uri"),
            QStringLiteral("http://files.example/"), QStringLiteral("--output-dir"), m_out }
        + more;
    }
    QString secretFile(const QString& name, const QString& secret)
    {
        const QString path = m_tmp->filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(secret.toUtf8() + '\n');
        return path;
    }
    // The demo packages in a cache of this test, plus intl/certs (a member name that is not
    // ASCII, signed by an origin key published into the demo's key directory): its .hart path.
    struct IntlCache
    {
        QString artifactCache;
        QString keyDir;
        QString intlHart;
    };
    std::optional<IntlCache> intlCache(QString* error)
    {
        const auto demo = DemoPackages::ensure(m_tmp->filePath(QStringLiteral("demo")));
        if (!demo) {
            *error = demo.error();
            return std::nullopt;
        }
        test::FixtureBuilder builder(m_tmp->filePath(QStringLiteral("intl")));
        test::PackageSpec spec;
        spec.ident = QStringLiteral("intl/certs/1.0.0/20200101000000");
        spec.files = { { QStringLiteral("ssl/certs/NetLock_Arany_=Class_Gold=_Főtanúsítvány.crt"), "cert" } };
        const auto hart = builder.build(spec);
        if (!hart) {
            *error = hart.error();
            return std::nullopt;
        }
        const QString pub = QStringLiteral("/intl-20200101000000.pub");
        if (!QFile::copy(builder.keyDirectory() + pub, demo->keyDir + pub)) {
            *error = QStringLiteral("cannot copy the intl key");
            return std::nullopt;
        }
        return IntlCache { demo->artifactCache, demo->keyDir, hart.value() };
    }
    static QStringList cacheArgs(const IntlCache& c)
    {
        return { QStringLiteral("--cache-dir"), c.artifactCache, QStringLiteral("--key-dir"), c.keyDir,
            QStringLiteral("--pkgs-dir"), QStringLiteral("/nonexistent") };
    }
    static bool sawRequest(const MarathonStub& stub, const QString& method, const QString& path)
    {
        return stub.requestsSeen().contains(method + u' ' + path);
    }
};

void tst_ExportCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFileInfo(test::habmesosBinary()).isExecutable(), qPrintable(test::habmesosBinary()));
}

void tst_ExportCommand::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_out = m_tmp->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(m_out));
}

void tst_ExportCommand::help()
{
    const Run r = run({ QStringLiteral("--help") });
    QCOMPARE(r.code, 0);
    for (const char* text : { "Upload:", "Deploy to Marathon:", "Credentials", "--upload <URL>", "--deploy <URL>",
             "--force", "--wait-timeout <SECONDS>", "--password-file <FILE>", "--token-file <FILE>", "--dcos-login",
             "--ca-file <FILE>", "--port <NAME=NUMBER>", "--kill-grace-period <SECONDS>", "HABMESOS_MARATHON_PASSWORD",
             "HABMESOS_MARATHON_TOKEN", "Exit status:", "  8   the upload failed", "  10  the deployment failed",
             "Deployment (Marathon's defaults unless given):", "--upgrade-min-health <FRACTION>",
             "--upgrade-max-over <FRACTION>", "--backoff <SECONDS>", "--backoff-factor <FACTOR>",
             "--max-launch-delay <SECONDS>", "--accepted-role <ROLE>", "--task-user <USER>", "--fetch <URI[,FLAGS]>" })
        QVERIFY2(r.out.contains(QLatin1String(text)), text);
    // No line wider than a terminal's 100 columns.
    for (const QString& line : r.out.split(u'\n'))
        QVERIFY2(line.size() <= 100, qPrintable(line));
}

void tst_ExportCommand::basicExport()
{
    const Run r = run({ QStringLiteral("--demo"), QStringLiteral("--output-dir"), m_out });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Standard output is exactly one JSON document.
    const QJsonObject app = jsonOf(r);
    QCOMPARE(app[QStringLiteral("id")].toString(), AppId);
    QVERIFY2(QFileInfo(m_out + u'/' + TarballName).size() > 0, qPrintable(r.err));
    QCOMPARE(app[QStringLiteral("fetch")][0][QStringLiteral("uri")].toString(),
        QUrl::fromLocalFile(m_out + u'/' + TarballName).toString());
    QVERIFY(!r.err.contains(u'{'));
    QVERIFY2(allLinesPrefixed(r.err), qPrintable(r.err));
}

void tst_ExportCommand::jsonOnlyMakesNoTarball()
{
    const Run r = run(quick());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(jsonOf(r)[QStringLiteral("fetch")][0][QStringLiteral("uri")].toString(),
        QStringLiteral("http://files.example/") + TarballName);
    QCOMPARE(QDir(m_out).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void tst_ExportCommand::optionForms_data()
{
    using Env = QMap<QString, QString>;
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<Env>("env");
    QTest::addColumn<double>("cpus");
    QTest::addColumn<double>("mem");
    QTest::newRow("defaults") << QStringList {} << Env {} << 0.5 << 256.0;
    QTest::newRow("--cpu=2") << QStringList { "--cpu=2" } << Env {} << 2.0 << 256.0;
    QTest::newRow("--cpu 2 --mem 64") << QStringList { "--cpu", "2", "--mem", "64" } << Env {} << 2.0 << 64.0;
    QTest::newRow("env") << QStringList {} << Env { { "CPU", "1.5" }, { "MEM", "512" } } << 1.5 << 512.0;
    QTest::newRow("option beats env") << QStringList { "--cpu", "3" } << Env { { "CPU", "1.5" }, { "MEM", "512" } }
                                      << 3.0 << 512.0;
}

void tst_ExportCommand::optionForms()
{
    QFETCH(QStringList, args);
    using Env = QMap<QString, QString>;
    QFETCH(Env, env);
    QFETCH(double, cpus);
    QFETCH(double, mem);
    const Run r = run(quick(args), env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject app = jsonOf(r);
    QCOMPARE(app[QStringLiteral("cpus")].toDouble(), cpus);
    QCOMPARE(app[QStringLiteral("mem")].toDouble(), mem);
}

void tst_ExportCommand::invalidValues_data()
{
    using Env = QMap<QString, QString>;
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<Env>("env");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cpu") << QStringList { "--cpu", "lots" } << Env {} << "--cpu: “lots” is not a number";
    QTest::newRow("env CPU") << QStringList {} << Env { { "CPU", "lots" } } << "--cpu: “lots” is not a number";
    QTest::newRow("instances") << QStringList { "--instances=1.5" } << Env {} << "not a whole number";
    QTest::newRow("instances huge") << QStringList { "--instances=3e9" } << Env {} << "--instances: 3e+09 is too large";
    QTest::newRow("instances infinite") << QStringList { "--instances=inf" } << Env {} << "is too large";

    QTest::newRow("kill grace negative") << QStringList {
        "--kill-grace-period=-1"
    } << Env {} << "--kill-grace-period: “-1” is not a whole number of seconds from 0 to 86400";
    QTest::newRow("kill grace too long") << QStringList { "--kill-grace-period", "86401" } << Env {}
                                         << "--kill-grace-period: “86401”";
    QTest::newRow("kill grace word") << QStringList { "--kill-grace-period", "ten" } << Env {}
                                     << "--kill-grace-period: “ten”";
    QTest::newRow("kill grace fraction") << QStringList { "--kill-grace-period", "1.5" } << Env {}
                                         << "--kill-grace-period: “1.5”";
    QTest::newRow("format") << QStringList { "--format", "zip" } << Env {} << "--format: “zip”";
    QTest::newRow("min health") << QStringList { "--upgrade-min-health", "2" } << Env {}
                                << "--upgrade-min-health: 2 is not between 0 and 1";
    QTest::newRow("max over word") << QStringList { "--upgrade-max-over=half" } << Env {}
                                   << "--upgrade-max-over: “half” is not a number";
    QTest::newRow("backoff fraction") << QStringList { "--backoff", "1.5" } << Env {}
                                      << "--backoff: “1.5” is not a whole number of seconds";
    QTest::newRow("backoff factor") << QStringList { "--backoff-factor", "0.5" } << Env {}
                                    << "--backoff-factor: the backoff factor must be at least 1";
    QTest::newRow("max launch delay") << QStringList { "--max-launch-delay=-1" } << Env {}
                                      << "--max-launch-delay: -1 is less than 0";
    QTest::newRow("role") << QStringList { "--accepted-role", "-ops" } << Env {}
                          << "--accepted-role: Role “-ops”: a role name cannot start with “-”.";
    QTest::newRow("task user") << QStringList { "--task-user=" } << Env {} << "--task-user: give a user name";
    QTest::newRow("fetch flag") << QStringList { "--fetch", "https://x/a,extract=no" } << Env {}
                                << "--fetch: extract takes true or false, not “no”";
    QTest::newRow("fetch relative") << QStringList { "--fetch", "tools/a.tgz" } << Env {}
                                    << "--fetch: “tools/a.tgz” is neither a URL nor an absolute path";
    QTest::newRow("env form") << QStringList { "--env", "NOVALUE" } << Env {} << "is not KEY=VALUE";
    QTest::newRow("port form") << QStringList { "--port", "hab-http" } << Env {} << "is not NAME=NUMBER";
    QTest::newRow("port range") << QStringList { "--port", "hab-http=70000" } << Env {} << "is not NAME=NUMBER";
    QTest::newRow("port name") << QStringList { "--port", "nope=80" } << Env {} << "no port named “nope”";
    QTest::newRow("health check form") << QStringList { "--health-check", "TCP" } << Env {} << "is not KEY=VALUE";
    QTest::newRow("health check key") << QStringList { "--health-check", "delay=5" } << Env {}
                                      << "unknown setting “delay”";
    QTest::newRow("health check value") << QStringList { "--health-check", "timeoutSeconds=soon" } << Env {}
                                        << "timeoutSeconds must be a whole number";
    QTest::newRow("health check both") << QStringList { "--health-check", "path=/", "--no-health-check" } << Env {}
                                       << "contradict each other";
    QTest::newRow("constraint form") << QStringList { "--constraint", "hostname" } << Env {} << "has no operator";
    QTest::newRow("constraint operator") << QStringList { "--constraint", "hostname:ONCE" } << Env {}
                                         << "the operator is one of";
    QTest::newRow("config form") << QStringList { "--config", "message" } << Env {}
                                 << "--config: “message” is not KEY=VALUE";
    QTest::newRow("config value") << QStringList { "--config", "message=hej" } << Env {} << "not a TOML value";
    QTest::newRow("label form") << QStringList { "--label", "team" } << Env {} << "--label: “team” is not KEY=VALUE";
    QTest::newRow("upload marathon") << QStringList { "--upload", "marathon" } << Env {} << "give --deploy URL";
    QTest::newRow("force alone") << QStringList { "--force" } << Env {} << "--force is for --deploy";
    QTest::newRow("deploy url") << QStringList { "--deploy", "ftp://m/" } << Env {} << "is not an http or https URL";
    QTest::newRow("password in url") << QStringList { "--deploy", "http://ops:Sup3r-Secret-Pw@m:8080" } << Env {}
                                     << "put no user or password in the URL";
    QTest::newRow("user without password")
        << QStringList { "--deploy", "http://m:8080", "--user", "ops" } << Env {} << "--user needs a password";
    QTest::newRow("missing password file")
        << QStringList { "--deploy", "http://m:8080", "--user", "ops", "--password-file", "/nonexistent/pw" } << Env {}
        << "--password-file: cannot read /nonexistent/pw";
    QTest::newRow("user and token") << QStringList { "--deploy", "http://m:8080", "--user", "ops", "--token-file",
        "/nonexistent/t" } << Env {} << "not both";
    QTest::newRow("wait timeout") << QStringList { "--deploy", "http://m:8080", "--wait", "--wait-timeout", "-3" }
                                  << Env {} << "--wait-timeout: “-3”";
}

void tst_ExportCommand::invalidValues()
{
    QFETCH(QStringList, args);
    using Env = QMap<QString, QString>;
    QFETCH(Env, env);
    QFETCH(QString, expected);
    const Run r = run(quick(args), env);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.err.count(u'\n') == 1 && r.err.startsWith(QStringLiteral("habmesos export: ")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.contains(Password));

    // So does --deploy, unless --uri says where the agents get it.
    const Run deploy = run({ QStringLiteral("--demo"), QStringLiteral("--json-only"), QStringLiteral("--output-dir"),
        m_out, QStringLiteral("--deploy"), QStringLiteral("http://127.0.0.1:1") });
    QCOMPARE(deploy.code, 2);
    QVERIFY2(deploy.err.contains(QLatin1String("--deploy with --json-only needs --uri")), qPrintable(deploy.err));

    // --upload needs the tarball.
    const Run upload = run(quick({ QStringLiteral("--upload"), QStringLiteral("http://127.0.0.1:1/") }));
    QCOMPARE(upload.code, 2);
    QVERIFY2(upload.err.contains(QLatin1String("--json-only")), qPrintable(upload.err));
}

void tst_ExportCommand::fixedPort()
{
    // One fixed port and the rest dynamic cannot be placed (requirePorts takes Marathon's service
    // ports literally): refused, naming the dynamic ports and the ways out.
    const Run some = run(quick({ QStringLiteral("--port"), QStringLiteral("hab-http=31631") }));
    QCOMPARE(some.code, 2);
    QVERIFY(some.out.isEmpty());
    for (const char* text : { "port, hab-gossip, hab-ctl", "--fixed-ports", "--port" })
        QVERIFY2(some.err.contains(QLatin1String(text)), qPrintable(some.err));
    QVERIFY2(some.err.count(u'\n') == 1, qPrintable(some.err));

    // Every port numbered, in the agents' range: placeable.
    const Run all = run(quick({ QStringLiteral("--port=port=31080"), QStringLiteral("--port=hab-gossip=31638"),
        QStringLiteral("--port=hab-http=31631"), QStringLiteral("--port=hab-ctl=31632") }));
    QVERIFY2(all.code == 0, qPrintable(all.err));
    const QJsonObject app = jsonOf(all);
    QVERIFY(app[QStringLiteral("requirePorts")].toBool());
    QList<int> numbers;
    for (const QJsonValue& pd : app[QStringLiteral("portDefinitions")].toArray())
        numbers.append(pd[QStringLiteral("port")].toInt());
    QCOMPARE(numbers, QList<int>({ 31080, 31638, 31631, 31632 }));
    QCOMPARE(app[QStringLiteral("upgradeStrategy")].toObject(),
        QJsonObject(
            { { QStringLiteral("minimumHealthCapacity"), 0.5 }, { QStringLiteral("maximumOverCapacity"), 0 } }));
    QVERIFY2(!all.err.contains(QStringLiteral("portDefinitions")), qPrintable(all.err));
}

void tst_ExportCommand::fixedPortsAndAgentPorts()
{
    // The package's own numbers: stock agents (31000-32000) offer none of them.
    const Run fixed = run(quick({ QStringLiteral("--fixed-ports") }));
    QCOMPARE(fixed.code, 7);
    QVERIFY(fixed.out.isEmpty());
    for (int i = 0; i < 4; ++i)
        QVERIFY2(fixed.err.contains(QStringLiteral("error: portDefinitions/%1/port: ").arg(i)), qPrintable(fixed.err));
    QVERIFY2(fixed.err.contains(QStringLiteral("31000-32000")), qPrintable(fixed.err));
    QVERIFY2(fixed.err.contains(QStringLiteral("--agent-ports")), qPrintable(fixed.err));

    // Agents that offer them, in both spellings; --port changes single numbers.
    for (const QStringList& ranges : { QStringList { QStringLiteral("--agent-ports=8000-9999") },
             QStringList { QStringLiteral("--agent-ports"), QStringLiteral("[31000-32000, 8000-8080]"),
                 QStringLiteral("--agent-ports=9600-9700") } }) {
        const Run r = run(quick(QStringList { QStringLiteral("--fixed-ports") } + ranges));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(jsonOf(r)[QStringLiteral("requirePorts")].toBool());
    }
    const Run moved = run(quick({ QStringLiteral("--fixed-ports"), QStringLiteral("--agent-ports=8000-9999"),
        QStringLiteral("--port=hab-http=9700") }));
    QVERIFY2(moved.code == 0, qPrintable(moved.err));
    QCOMPARE(jsonOf(moved)[QStringLiteral("portDefinitions")][2][QStringLiteral("port")].toInt(), 9700);
    // ... but not out of the range.
    const Run outside = run(quick({ QStringLiteral("--fixed-ports"), QStringLiteral("--agent-ports=8000-9999"),
        QStringLiteral("--port=hab-http=31631") }));
    QCOMPARE(outside.code, 7);
    QVERIFY2(
        outside.err.contains(QStringLiteral("error: portDefinitions/2/port: port 31631")), qPrintable(outside.err));
    QVERIFY2(outside.err.contains(QStringLiteral("8000-9999")), qPrintable(outside.err));
    // Two ports on one number.
    const Run twice = run(quick({ QStringLiteral("--fixed-ports"), QStringLiteral("--agent-ports=8000-9999"),
        QStringLiteral("--port=hab-http=9638") }));
    QCOMPARE(twice.code, 7);
    QVERIFY2(twice.err.contains(QStringLiteral("portDefinitions/2/port")), qPrintable(twice.err));

    // More than one instance: the advice to keep them apart.
    const Run many = run(quick({ QStringLiteral("--fixed-ports"), QStringLiteral("--agent-ports=8000-9999"),
        QStringLiteral("--instances=3") }));
    QVERIFY2(many.code == 0, qPrintable(many.err));
    QVERIFY2(many.err.contains(QStringLiteral("warning: constraints: ")), qPrintable(many.err));
    QVERIFY2(many.err.contains(QStringLiteral("hostname:UNIQUE")), qPrintable(many.err));

    // The help says what --fixed-ports needs.
    const Run help = run({ QStringLiteral("--help") });
    QVERIFY(help.out.contains(QStringLiteral("--agent-ports <LOW-HIGH>")));
    QVERIFY(help.out.contains(QStringLiteral("error unless --agent-ports")));
    QVERIFY(!help.out.contains(QStringLiteral("stay dynamic")));
    QVERIFY(help.out.contains(QStringLiteral("Marathon before 1.0")));
}

void tst_ExportCommand::agentPortsParsedStrictly_data()
{
    QTest::addColumn<QString>("ranges");
    QTest::newRow("one number") << "31000";
    QTest::newRow("reversed") << "32000-31000";
    QTest::newRow("trailing comma") << "31000-32000,";
    QTest::newRow("too high") << "31000-70000";
    QTest::newRow("words") << "ports:[31000-32000]";
    QTest::newRow("empty") << "";
}

void tst_ExportCommand::agentPortsParsedStrictly()
{
    QFETCH(QString, ranges);
    const Run r = run(quick({ QStringLiteral("--agent-ports"), ranges }));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("habmesos export: --agent-ports: ")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_ExportCommand::noSupervisorPortsWarns()
{
    // The Supervisor then binds its own ports, and the default health check is gone: both said.
    const Run r = run(quick({ QStringLiteral("--no-supervisor-ports") }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!jsonOf(r).contains(QStringLiteral("healthChecks")));
    QVERIFY2(r.err.contains(QStringLiteral("warning: portDefinitions: ")), qPrintable(r.err));
    for (const char* text : { "9638", "9631", "9632", "hostname:UNIQUE", "no health check" })
        QVERIFY2(r.err.contains(QLatin1String(text)), qPrintable(r.err));
    QVERIFY2(allLinesPrefixed(r.err), qPrintable(r.err));
    // With one instance per agent asked for, no such advice.
    const Run unique = run(quick({ QStringLiteral("--no-supervisor-ports"), QStringLiteral("--constraint"),
        QStringLiteral("hostname:UNIQUE") }));
    QVERIFY2(unique.code == 0, qPrintable(unique.err));
    QVERIFY2(unique.err.contains(QStringLiteral("9638")), qPrintable(unique.err));
    QVERIFY2(!unique.err.contains(QStringLiteral("add the constraint")), qPrintable(unique.err));
}

void tst_ExportCommand::diskSizedFromTheTarball()
{
    // After the export: the extracted tree, the tarball, and headroom.
    const Run r = run({ QStringLiteral("--demo"), QStringLiteral("--output-dir"), m_out, QStringLiteral("--uri"),
        QStringLiteral("http://files.example/") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const double disk = jsonOf(r)[QStringLiteral("disk")].toDouble();
    const qint64 tarball = QFileInfo(m_out + u'/' + TarballName).size();
    QVERIFY(tarball > 0);
    QVERIFY2(disk >= 64 + double(tarball) / (1 << 20), qPrintable(QString::number(disk)));
    QCOMPARE(disk, std::ceil(disk));
    QVERIFY2(!r.err.contains(QStringLiteral("disk")), qPrintable(r.err));
    // The operator's smaller value is kept, with a warning naming the need.
    const Run small = run({ QStringLiteral("--demo"), QStringLiteral("--output-dir"), m_out, QStringLiteral("--uri"),
        QStringLiteral("http://files.example/"), QStringLiteral("--disk=1") });
    QVERIFY2(small.code == 0, qPrintable(small.err));
    QCOMPARE(jsonOf(small)[QStringLiteral("disk")].toDouble(), 1.0);
    QVERIFY2(small.err.contains(QStringLiteral("warning: disk: The disk of 1 MiB is less than the %1 MiB").arg(disk)),
        qPrintable(small.err));

    // Without the tarball (--json-only) nothing sizes it: no disk, and a warning.
    const Run json = run(quick());
    QVERIFY2(json.code == 0, qPrintable(json.err));
    QCOMPARE(jsonOf(json)[QStringLiteral("disk")].toDouble(), 0.0);
    QVERIFY2(json.err.contains(QStringLiteral("warning: disk: ")), qPrintable(json.err));
}

void tst_ExportCommand::diskFromTheOperator_data()
{
    using Env = QMap<QString, QString>;
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<Env>("env");
    QTest::addColumn<double>("disk");
    QTest::addColumn<bool>("warned");
    QTest::newRow("--disk") << QStringList { "--disk=512" } << Env {} << 512.0 << false;
    QTest::newRow("--disk 0") << QStringList { "--disk", "0" } << Env {} << 0.0 << false;
    QTest::newRow("DISK") << QStringList {} << Env { { "DISK", "300" } } << 300.0 << false;
    QTest::newRow("option beats DISK") << QStringList { "--disk=200" } << Env { { "DISK", "300" } } << 200.0 << false;
    QTest::newRow("auto") << QStringList { "--disk=auto" } << Env { { "DISK", "300" } } << 0.0 << true;
    QTest::newRow("DISK auto") << QStringList {} << Env { { "DISK", "auto" } } << 0.0 << true;
}

void tst_ExportCommand::diskFromTheOperator()
{
    // --json-only: the need is unknown, so an operator's value is simply used.
    QFETCH(QStringList, args);
    using Env = QMap<QString, QString>;
    QFETCH(Env, env);
    QFETCH(double, disk);
    QFETCH(bool, warned);
    const Run r = run(quick(args), env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(jsonOf(r)[QStringLiteral("disk")].toDouble(), disk);
    QCOMPARE(r.err.contains(QStringLiteral("warning: disk: ")), warned);
    const Run wrong = run(quick({ QStringLiteral("--disk=much") }));
    QCOMPARE(wrong.code, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("--disk: “much” is not a number")), qPrintable(wrong.err));
}

void tst_ExportCommand::healthCheck()
{
    // The Supervisor's check, changed one setting at a time; the rest stays as it was.
    const Run changed = run(quick({ QStringLiteral("--health-check"), QStringLiteral("protocol=HTTP"),
        QStringLiteral("--health-check=gracePeriodSeconds=60") }));
    QVERIFY2(changed.code == 0, qPrintable(changed.err));
    const QJsonArray checks = jsonOf(changed)[QStringLiteral("healthChecks")].toArray();
    QCOMPARE(checks.size(), 1);
    const QJsonObject check = checks[0].toObject();
    QCOMPARE(check[QStringLiteral("protocol")].toString(), QStringLiteral("HTTP"));
    QCOMPARE(check[QStringLiteral("gracePeriodSeconds")].toInt(), 60);
    QCOMPARE(check[QStringLiteral("timeoutSeconds")].toInt(), 10);
    QVERIFY(check[QStringLiteral("path")].toString().endsWith(QStringLiteral("/default/health")));
    const QJsonArray ports = jsonOf(changed)[QStringLiteral("portDefinitions")].toArray();
    QCOMPARE(ports[check[QStringLiteral("portIndex")].toInt()][QStringLiteral("name")].toString(),
        QStringLiteral("hab-http"));

    // The default is Mesos' HTTP check; Marathon's own for Marathon before 1.0.
    const Run plain = run(quick());
    QCOMPARE(jsonOf(plain)[QStringLiteral("healthChecks")][0][QStringLiteral("protocol")].toString(),
        QStringLiteral("MESOS_HTTP"));
    const Run legacy = run(quick({ QStringLiteral("--legacy-json") }));
    QVERIFY2(legacy.code == 0, qPrintable(legacy.err));
    QCOMPARE(jsonOf(legacy)[QStringLiteral("healthChecks")][0][QStringLiteral("protocol")].toString(),
        QStringLiteral("HTTP"));

    // None at all.
    const Run none = run(quick({ QStringLiteral("--no-health-check") }));
    QVERIFY2(none.code == 0, qPrintable(none.err));
    QVERIFY(!jsonOf(none).contains(QStringLiteral("healthChecks")));

    // Without the Supervisor's ports, a check on the service's own port.
    const Run own = run(quick({ QStringLiteral("--no-supervisor-ports"), QStringLiteral("--health-check"),
        QStringLiteral("protocol=TCP"), QStringLiteral("--health-check"), QStringLiteral("portName=port") }));
    QVERIFY2(own.code == 0, qPrintable(own.err));
    const QJsonObject tcp = jsonOf(own)[QStringLiteral("healthChecks")].toArray().at(0).toObject();
    QCOMPARE(tcp[QStringLiteral("protocol")].toString(), QStringLiteral("TCP"));
    QCOMPARE(tcp[QStringLiteral("portIndex")].toInt(), 0);
    QVERIFY(!tcp.contains(QStringLiteral("path")));

    // A port the app does not have breaks Marathon's rules: exit 7, the field and the ports named.
    const Run wrong = run(quick({ QStringLiteral("--health-check=portName=admin") }));
    QCOMPARE(wrong.code, 7);
    QVERIFY2(wrong.err.contains(QStringLiteral("healthChecks/0/portIndex")), qPrintable(wrong.err));
    QVERIFY2(wrong.err.contains(QStringLiteral("“admin”")), qPrintable(wrong.err));
    QVERIFY(wrong.out.isEmpty());
}

void tst_ExportCommand::placement()
{
    const Run r = run(quick({ QStringLiteral("--constraint"), QStringLiteral("hostname:unique"),
        QStringLiteral("--constraint=rack:GROUP_BY:2"), QStringLiteral("--label"), QStringLiteral("team=pay=ments") }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject app = jsonOf(r);
    const QJsonArray constraints = app[QStringLiteral("constraints")].toArray();
    QCOMPARE(constraints.size(), 2);
    QCOMPARE(constraints[0].toArray(), QJsonArray({ QStringLiteral("hostname"), QStringLiteral("UNIQUE") }));
    QCOMPARE(constraints[1].toArray(),
        QJsonArray({ QStringLiteral("rack"), QStringLiteral("GROUP_BY"), QStringLiteral("2") }));
    QCOMPARE(app[QStringLiteral("labels")].toObject()[QStringLiteral("team")].toString(), QStringLiteral("pay=ments"));

    // Marathon's rules on them: exit 7 with the field named.
    const Run wrong = run(quick({ QStringLiteral("--constraint=hostname:MAX_PER:many") }));
    QCOMPARE(wrong.code, 7);
    QVERIFY2(wrong.err.contains(QStringLiteral("constraints/0/2")), qPrintable(wrong.err));
}

void tst_ExportCommand::idAndConfiguration()
{
    const Run r = run(quick({ QStringLiteral("--id=/payments/hello"), QStringLiteral("--config"),
        QStringLiteral("log.level=\"debug\""), QStringLiteral("--config=message='Hej'") }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject app = jsonOf(r);
    QCOMPARE(app[QStringLiteral("id")].toString(), QStringLiteral("/payments/hello"));
    const QString override = app[QStringLiteral("env")].toObject()[QStringLiteral("HAB_HELLO")].toString();
    QVERIFY2(override.contains(QStringLiteral("log.level = 'debug'")), qPrintable(override)); // TOML, normalized
    QVERIFY2(override.contains(QStringLiteral("message = 'Hej'")), qPrintable(override));

    // An id Marathon refuses: exit 7, on the field.
    const Run wrong = run(quick({ QStringLiteral("--id=Payments Hello") }));
    QCOMPARE(wrong.code, 7);
    QVERIFY2(wrong.err.contains(QStringLiteral("error: id: ")), qPrintable(wrong.err));
}

void tst_ExportCommand::killGracePeriod()
{
    // The package's SHUTDOWN_TIMEOUT (the demo states none: Habitat's 8 s) plus 10.
    const Run standard = run(quick());
    QVERIFY2(standard.code == 0, qPrintable(standard.err));
    QCOMPARE(jsonOf(standard)[QStringLiteral("taskKillGracePeriodSeconds")].toInt(), 18);

    const Run longer = run(quick({ QStringLiteral("--kill-grace-period"), QStringLiteral("45") }));
    QVERIFY2(longer.code == 0, qPrintable(longer.err));
    QCOMPARE(jsonOf(longer)[QStringLiteral("taskKillGracePeriodSeconds")].toInt(), 45);
    QVERIFY2(!longer.err.contains(QLatin1String("taskKillGracePeriodSeconds")), qPrintable(longer.err));

    // Shorter than the Supervisor may need: taken, with a warning on the field.
    const Run shorter = run(quick({ QStringLiteral("--kill-grace-period=0") }));
    QVERIFY2(shorter.code == 0, qPrintable(shorter.err));
    QCOMPARE(jsonOf(shorter)[QStringLiteral("taskKillGracePeriodSeconds")].toInt(), 0);
    QVERIFY2(shorter.err.contains(QLatin1String("warning: taskKillGracePeriodSeconds: 0 s is shorter than the 8 s")),
        qPrintable(shorter.err));
}

void tst_ExportCommand::deploymentOptions()
{
    const Run r = run(quick({ QStringLiteral("--upgrade-min-health"), QStringLiteral("0.5"),
        QStringLiteral("--upgrade-max-over=0.2"), QStringLiteral("--backoff"), QStringLiteral("1"),
        QStringLiteral("--backoff-factor"), QStringLiteral("1.15"), QStringLiteral("--max-launch-delay"),
        QStringLiteral("300"), QStringLiteral("--accepted-role"), QStringLiteral("slave_public"),
        QStringLiteral("--task-user"), QStringLiteral("nobody"), QStringLiteral("--fetch"),
        QStringLiteral("https://files.example/conf.tgz,cache=true"), QStringLiteral("--fetch"),
        QStringLiteral("https://files.example/tool,extract=false,executable=true,dest=bin/tool") }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject app = jsonOf(r);
    QCOMPARE(app[QStringLiteral("upgradeStrategy")].toObject(),
        (QJsonObject { { "minimumHealthCapacity", 0.5 }, { "maximumOverCapacity", 0.2 } }));
    QCOMPARE(app[QStringLiteral("backoffSeconds")].toInt(), 1);
    QCOMPARE(app[QStringLiteral("backoffFactor")].toDouble(), 1.15);
    QCOMPARE(app[QStringLiteral("maxLaunchDelaySeconds")].toInt(), 300);
    QCOMPARE(app[QStringLiteral("acceptedResourceRoles")].toArray(), QJsonArray { "slave_public" });
    QCOMPARE(app[QStringLiteral("user")].toString(), QStringLiteral("nobody"));
    const QJsonArray fetch = app[QStringLiteral("fetch")].toArray();
    QCOMPARE(fetch.size(), 3); // the tarball first
    QVERIFY(fetch[0][QStringLiteral("uri")].toString().startsWith(QLatin1String("http://files.example/")));
    QCOMPARE(fetch[1].toObject(),
        (QJsonObject { { "uri", "https://files.example/conf.tgz" }, { "extract", true }, { "executable", false },
            { "cache", true } }));
    QCOMPARE(fetch[2].toObject(),
        (QJsonObject { { "uri", "https://files.example/tool" }, { "extract", false }, { "executable", true },
            { "cache", false }, { "destPath", "bin/tool" } }));
    // Another task user is taken, with what it means for the launch command.
    QVERIFY2(r.err.contains(QLatin1String("warning: user: the launch command mounts")), qPrintable(r.err));

    // Legacy JSON: every URI in `uris`, and what it loses said.
    const Run legacy = run(quick({ QStringLiteral("--legacy-json"), QStringLiteral("--fetch"),
        QStringLiteral("https://files.example/tool,executable=true") }));
    QVERIFY2(legacy.code == 0, qPrintable(legacy.err));
    QCOMPARE(jsonOf(legacy)[QStringLiteral("uris")].toArray().size(), 2);
    QVERIFY2(legacy.err.contains(QLatin1String("fetch/1: the legacy \"uris\" field keeps only the URI")),
        qPrintable(legacy.err));

    // None given: nothing written, Marathon's defaults apply.
    const Run plain = run(quick());
    QVERIFY2(plain.code == 0, qPrintable(plain.err));
    for (const char* key : { "backoffSeconds", "backoffFactor", "maxLaunchDelaySeconds", "acceptedResourceRoles" })
        QVERIFY2(!jsonOf(plain).contains(QLatin1String(key)), key);
    QCOMPARE(jsonOf(plain)[QStringLiteral("user")].toString(), QStringLiteral("root"));
}

void tst_ExportCommand::operatorsConfiguration()
{
    // A [table] in the operator's HAB_HELLO (mesos-agent.md B6): written as dotted keys, so the
    // command's `http.port = $PORT0` line in front of it still makes valid TOML.
    const QString value = QStringLiteral("[http]\nlisten = \"127.0.0.1\"\n[[upstream]]\nhost = \"a\"\n[log]\nlevel = "
                                         "\"debug\"\nmotd = \"it's \\\"x\\\"\"");
    const Run r = run(quick({ QStringLiteral("--env"), QStringLiteral("HAB_HELLO=") + value }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString normal = jsonOf(r)[QStringLiteral("env")][QStringLiteral("HAB_HELLO")].toString();
    QCOMPARE(normal,
        QStringLiteral("http.listen = '127.0.0.1'\nupstream = [ { host = 'a' } ]\nlog.level = 'debug'\n"
                       "log.motd = \"it's \\\"x\\\"\""));
    if (QFile::exists(QStringLiteral("/usr/bin/python3"))) {
        test::ProcessRunner python(QStringLiteral("/usr/bin/python3"),
            { QStringLiteral("-c"), QStringLiteral("import tomllib, sys; tomllib.loads(sys.stdin.read())") });
        const test::ProcessRunner::Outcome parsed
            = python.setStdin((QStringLiteral("http.port = 31000\n") + normal).toUtf8()).run();
        QVERIFY2(parsed.ok(), qPrintable(parsed.describe()));
    }

    // The key the command sets: left out, with a warning.
    const Run wired = run(quick({ QStringLiteral("--env=HAB_HELLO=http.port = 1\nhttp.listen = '::'") }));
    QVERIFY2(wired.code == 0, qPrintable(wired.err));
    QCOMPARE(jsonOf(wired)[QStringLiteral("env")][QStringLiteral("HAB_HELLO")].toString(),
        QStringLiteral("http.listen = '::'"));
    QVERIFY2(wired.err.contains(QLatin1String("warning: env/HAB_HELLO: http.port follows the port Marathon assigns, "
                                              "so the value 1 set here is not used")),
        qPrintable(wired.err));

    // What can never be valid: exit 7, on the field.
    const Run conflict = run(quick({ QStringLiteral("--env=HAB_HELLO=http = 5") }));
    QCOMPARE(conflict.code, 7);
    QVERIFY2(conflict.err.contains(QLatin1String("error: env/HAB_HELLO: http.port follows the port Marathon assigns, "
                                                 "so http must be a table, not 5")),
        qPrintable(conflict.err));
    QVERIFY(conflict.out.isEmpty());
    const Run invalid = run(quick({ QStringLiteral("--env=HAB_HELLO=[http") }));
    QCOMPARE(invalid.code, 7);
    QVERIFY2(invalid.err.contains(QLatin1String("error: env/HAB_HELLO: it is neither TOML nor a JSON object")),
        qPrintable(invalid.err));
}

void tst_ExportCommand::jsonOnlyRefusesAnotherTarget()
{
    // The JSON alone is refused for what the export would refuse: no tarball can ever exist for it.
    QTemporaryDir dir;
    test::FixtureBuilder builder(dir.filePath(QStringLiteral("cache")));
    test::PackageSpec spec;
    spec.ident = QStringLiteral("acme/winsvc/1.0.0/20200101000000");
    spec.target = QStringLiteral("x86_64-windows");
    spec.metadata.insert(QStringLiteral("SVC_USER"), "hab\n");
    const auto hart = builder.build(spec);
    QVERIFY2(hart.ok(), qPrintable(hart.error()));
    const Run r = run(
        { QStringLiteral("--json-only"), QStringLiteral("--key-dir"), builder.keyDirectory(), QStringLiteral("--uri"),
            QStringLiteral("http://files.example/"), QStringLiteral("--output-dir"), m_out, hart.value() });
    QCOMPARE(r.code, int(ExportCommand::Unusable)); // not for Linux
    QVERIFY2(
        r.err.contains(QStringLiteral("is built for x86_64-windows; Mesos runs Linux containers")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_ExportCommand::requiredBindsRefused()
{
    // The Supervisor would refuse to start it (MissingRequiredBind) and Marathon would restart it
    // for ever: refused, naming each bind, and no JSON.
    QTemporaryDir dir;
    test::FixtureBuilder builder(dir.filePath(QStringLiteral("cache")));
    test::PackageSpec spec;
    spec.ident = QStringLiteral("acme/bound/1.0.0/20200101000000");
    spec.metadata.insert(QStringLiteral("SVC_USER"), "hab\n");
    spec.metadata.insert(QStringLiteral("BINDS"), "database=port host\ncache=port\n");
    const auto hart = builder.build(spec);
    QVERIFY2(hart.ok(), qPrintable(hart.error()));
    const Run r = run(
        { QStringLiteral("--json-only"), QStringLiteral("--key-dir"), builder.keyDirectory(), QStringLiteral("--uri"),
            QStringLiteral("http://files.example/"), QStringLiteral("--output-dir"), m_out, hart.value() });
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(QStringLiteral("service/binds/database: "))
            && r.err.contains(QStringLiteral("requires the bind “database” to a service group exporting port, host"))
            && r.err.contains(QStringLiteral("--bind database:service.group")),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("requires the bind “cache”")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // Given, the app binds them (the Supervisor's options in HABMESOS_SUP_ARGS).
    const Run bound = run({ QStringLiteral("--json-only"), QStringLiteral("--key-dir"), builder.keyDirectory(),
        QStringLiteral("--uri"), QStringLiteral("http://files.example/"), QStringLiteral("--output-dir"), m_out,
        QStringLiteral("--bind"), QStringLiteral("database:postgresql.default"),
        QStringLiteral("--bind=cache:redis.prod@acme"), hart.value() });
    QVERIFY2(bound.code == 0, qPrintable(bound.err));
    QVERIFY2(bound.out.contains(QStringLiteral(
                 "\"HABMESOS_SUP_ARGS\": \"--bind database:postgresql.default --bind cache:redis.prod@acme\"")),
        qPrintable(bound.out));
    // The export itself stops at the service, before the tarball exists.
    const Run full = run({ QStringLiteral("--key-dir"), builder.keyDirectory(), QStringLiteral("--cache-dir"),
        dir.filePath(QStringLiteral("cache")), QStringLiteral("--output-dir"), m_out, hart.value() });
    QVERIFY(full.code != 0);
    QVERIFY(full.out.isEmpty());
    QCOMPARE(QDir(m_out).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void tst_ExportCommand::uploadToNginx()
{
    NginxProcess nginx;
    START_NGINX(nginx);
    const Run r = run({ QStringLiteral("--demo"), QStringLiteral("--output-dir"), m_out, QStringLiteral("--upload"),
        nginx.url(QStringLiteral("/tarballs/")).toString() });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray local = readAll(m_out + u'/' + TarballName);
    QVERIFY(!local.isEmpty());
    QCOMPARE(readAll(nginx.wwwPath(QStringLiteral("/tarballs/")) + TarballName), local);
    QCOMPARE(jsonOf(r)[QStringLiteral("fetch")][0][QStringLiteral("uri")].toString(),
        nginx.url(QStringLiteral("/tarballs/")).toString() + TarballName);

    // --uri still names the download address when it differs.
    const Run named = run({ QStringLiteral("--demo"), QStringLiteral("--output-dir"), m_out, QStringLiteral("--upload"),
        nginx.url(QStringLiteral("/x.tgz")).toString(), QStringLiteral("--uri"),
        QStringLiteral("https://cdn.example/x.tgz") });
    QVERIFY2(named.code == 0, qPrintable(named.err));
    QCOMPARE(readAll(nginx.wwwPath(QStringLiteral("/x.tgz"))), local);
    QCOMPARE(jsonOf(named)[QStringLiteral("fetch")][0][QStringLiteral("uri")].toString(),
        QStringLiteral("https://cdn.example/x.tgz"));
}

void tst_ExportCommand::hartsLayoutPublishesOnlyWhatIsMissing()
{
    NginxProcess nginx;
    START_NGINX(nginx);
    const QString folder = nginx.url(QStringLiteral("/harts/")).toString();
    const QStringList args { QStringLiteral("--demo"), QStringLiteral("--layout"), QStringLiteral("harts"),
        QStringLiteral("--output-dir"), m_out, QStringLiteral("--upload"), folder };
    const Run first = run(args);
    QVERIFY2(first.code == 0, qPrintable(first.err));
    // Every file of the output folder is on the server, byte for byte, and the JSON fetches each from there.
    const QStringList local = QDir(m_out).entryList(QDir::Files);
    QVERIFY(local.size() >= 7);
    for (const QString& name : local)
        QCOMPARE(readAll(nginx.wwwPath(QStringLiteral("/harts/")) + name), readAll(m_out + u'/' + name));
    const QJsonArray fetch = jsonOf(first)[QStringLiteral("fetch")].toArray();
    QCOMPARE(fetch.size(), local.size());
    for (const QJsonValue& f : fetch) {
        const QString uri = f[QStringLiteral("uri")].toString();
        QVERIFY2(uri.startsWith(folder) && local.contains(uri.mid(folder.size())), qPrintable(uri));
        QVERIFY(f[QStringLiteral("cache")].toBool());
    }
    QVERIFY2(first.err.contains(QStringLiteral("%1 files sent").arg(local.size())), qPrintable(first.err));
    QVERIFY2(allLinesPrefixed(first.err), qPrintable(first.err));

    // Again: the server has every file with its size, so nothing is sent; the server's copy of
    // one file, replaced by other bytes of the same size, stays as it is.
    const QString probe = nginx.wwwPath(QStringLiteral("/harts/")) + local.first();
    QByteArray other = readAll(probe);
    other.fill('x');
    QFile f(probe);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(other) == other.size());
    f.close();
    const Run second = run(args);
    QVERIFY2(second.code == 0, qPrintable(second.err));
    QVERIFY2(second.err.contains(QStringLiteral("0 files sent (0.0 MiB), %1 there already").arg(local.size())),
        qPrintable(second.err));
    QCOMPARE(readAll(probe), other);
    QCOMPARE(jsonOf(second)[QStringLiteral("fetch")], jsonOf(first)[QStringLiteral("fetch")]);

    // Marathon's artifact store cannot serve it as the agents' cache needs.
    const Run store = run({ QStringLiteral("--demo"), QStringLiteral("--layout"), QStringLiteral("harts"),
        QStringLiteral("--output-dir"), m_out, QStringLiteral("--upload"), QStringLiteral("marathon"),
        QStringLiteral("--deploy"), QStringLiteral("http://127.0.0.1:1") });
    QCOMPARE(store.code, 2);
    QVERIFY2(store.err.contains(QLatin1String("artifact store")), qPrintable(store.err));
}

void tst_ExportCommand::uploadRefused()
{
    NginxProcess nginx;
    START_NGINX(nginx);
    const Run r = run({ QStringLiteral("--demo"), QStringLiteral("--output-dir"), m_out, QStringLiteral("--upload"),
        nginx.url(QStringLiteral("/readonly/")).toString() });
    QCOMPARE(r.code, 8);
    QVERIFY(r.out.isEmpty()); // no JSON with an address that holds nothing
    QVERIFY2(r.err.contains(QLatin1String("HTTP 405")), qPrintable(r.err));
    QVERIFY2(allLinesPrefixed(r.err), qPrintable(r.err));
}

void tst_ExportCommand::uploadWithPassword()
{
    NginxProcess nginx;
    START_NGINX(nginx, { QString(), QStringLiteral("uploader"), UploadPassword });
    const QStringList args { QStringLiteral("--demo"), QStringLiteral("--output-dir"), m_out,
        QStringLiteral("--upload"), nginx.url(QStringLiteral("/private/")).toString(), QStringLiteral("--upload-user"),
        QStringLiteral("uploader") };
    Run r = run(args, { { QStringLiteral("HABMESOS_UPLOAD_PASSWORD"), UploadPassword } });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(readAll(nginx.wwwPath(QStringLiteral("/private/")) + TarballName), readAll(m_out + u'/' + TarballName));
    QVERIFY(!r.err.contains(UploadPassword) && !r.out.contains(UploadPassword));

    r = run(args
        + QStringList { QStringLiteral("--upload-password-file"), secretFile(QStringLiteral("w"), WrongPassword) });
    QCOMPARE(r.code, 8);
    QVERIFY2(r.err.contains(QLatin1String("HTTP 401")), qPrintable(r.err));
    QVERIFY(!r.err.contains(WrongPassword));
}

void tst_ExportCommand::progressOnTerminal()
{
    // In this process, as on a terminal: progress goes to the error stream, the JSON stays clean.
    NginxProcess nginx;
    START_NGINX(nginx);
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path() + QStringLiteral("/data")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.path() + QStringLiteral("/cache")));
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    const int code
        = ExportCommand::run({ QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("--output-dir"),
                                 m_out, QStringLiteral("--upload"), nginx.url(QStringLiteral("/t/")).toString() },
            out, err, true);
    QVERIFY2(code == 0, qPrintable(errText));
    QVERIFY2(errText.contains(QLatin1String("\rexporting: ")), qPrintable(errText));
    QVERIFY2(errText.contains(QLatin1String("\ruploading: ")), qPrintable(errText));
    QVERIFY2(errText.contains(QLatin1String("(100%)")), qPrintable(errText));
    QVERIFY(QJsonDocument::fromJson(outText.toUtf8()).isObject());
}

void tst_ExportCommand::uploadToArtifactStore()
{
    // Marathon 1.4 has the artifact store: the tarball goes there and the JSON lists its URL.
    MarathonStub old;
    START_STUB(old, { QStringLiteral("--marathon-version"), QStringLiteral("1.4.13") });
    const QString url = old.url().toString();
    Run r = run({ QStringLiteral("--demo"), QStringLiteral("--output-dir"), m_out, QStringLiteral("--upload"),
        QStringLiteral("marathon"), QStringLiteral("--deploy"), url });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(jsonOf(r)[QStringLiteral("fetch")][0][QStringLiteral("uri")].toString(),
        url + QStringLiteral("/v2/artifacts/") + TarballName);
    QVERIFY(sawRequest(old, QStringLiteral("POST"), QStringLiteral("/v2/artifacts")));
    QVERIFY(sawRequest(old, QStringLiteral("POST"), QStringLiteral("/v2/apps")));

    // 1.5 and later have none: the upload fails, and nothing is deployed.
    MarathonStub current;
    START_STUB(current);
    r = run({ QStringLiteral("--demo"), QStringLiteral("--output-dir"), m_out, QStringLiteral("--upload"),
        QStringLiteral("marathon"), QStringLiteral("--deploy"), current.url().toString() });
    QCOMPARE(r.code, 8);
    QVERIFY2(r.err.contains(QLatin1String("no artifact store")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!sawRequest(current, QStringLiteral("POST"), QStringLiteral("/v2/apps")));
}

void tst_ExportCommand::deployCreateWaitUpdate()
{
    MarathonStub stub;
    START_STUB(stub);
    const QString url = stub.url().toString();
    Run r = run(quick({ QStringLiteral("--deploy"), url, QStringLiteral("--wait") }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(jsonOf(r)[QStringLiteral("id")].toString(), AppId); // stdout: the JSON only
    QVERIFY2(r.err.contains(QLatin1String("created app /demo/hello")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("habmesos export: Running (1/1 tasks running)")), qPrintable(r.err));
    QVERIFY2(allLinesPrefixed(r.err), qPrintable(r.err));
    const QJsonObject state = stub.control("GET", QStringLiteral("/_stub/state")).object();
    QCOMPARE(state[QStringLiteral("apps")][AppId][QStringLiteral("tasksRunning")].toInt(), 1);

    // Again, with other resources: an update.
    r = run(quick(
        { QStringLiteral("--deploy"), url, QStringLiteral("--wait"), QStringLiteral("--mem"), QStringLiteral("300") }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("updated app /demo/hello")), qPrintable(r.err));
    // What replacing changes is said first, in the operator's words: only the memory.
    QVERIFY2(
        r.err.contains(QStringLiteral("replacing it changes: mem: ")) && r.err.contains(QStringLiteral(" → 300\n")),
        qPrintable(r.err));
    QVERIFY(sawRequest(stub, QStringLiteral("PUT"), QStringLiteral("/v2/apps/demo/hello")));
    const QJsonObject after = stub.control("GET", QStringLiteral("/_stub/state")).object();
    QCOMPARE(after[QStringLiteral("apps")][AppId][QStringLiteral("mem")].toDouble(), 300.0);
}

void tst_ExportCommand::deployGivesTheRingItsMarathon()
{
    // Two instances form a ring from Marathon's task list: the server deployed to, unless
    // --ring-marathon names another; without either, each task gossips alone and a warning says so.
    MarathonStub stub;
    START_STUB(stub);
    const QString url = stub.url().toString();
    Run r = run(quick({ QStringLiteral("--deploy"), url, QStringLiteral("--instances"), QStringLiteral("2") }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonObject app = jsonOf(r);
    QCOMPARE(app[QStringLiteral("env")][QStringLiteral("HABMESOS_MARATHON_URL")].toString(), url);
    QCOMPARE(app[QStringLiteral("env")][QStringLiteral("HABMESOS_RING")].toString(), QStringLiteral("demo-hello"));
    QCOMPARE(app[QStringLiteral("labels")][QStringLiteral("habmesos.ring")].toString(), QStringLiteral("demo-hello"));

    r = run(quick({ QStringLiteral("--deploy"), url, QStringLiteral("--instances"), QStringLiteral("2"),
        QStringLiteral("--ring-marathon"), QStringLiteral("http://marathon.example:8080"),
        QStringLiteral("--force") })); // the first deployment may still run
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(jsonOf(r)[QStringLiteral("env")][QStringLiteral("HABMESOS_MARATHON_URL")].toString(),
        QStringLiteral("http://marathon.example:8080"));

    r = run(quick({ QStringLiteral("--instances"), QStringLiteral("2") }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!jsonOf(r)[QStringLiteral("env")].toObject().contains(QStringLiteral("HABMESOS_RING")));
    QVERIFY2(r.err.contains(QStringLiteral("warning: service/marathonUrl: ")), qPrintable(r.err));
}

void tst_ExportCommand::deployLockedAndForce()
{
    MarathonStub stub;
    START_STUB(stub);
    stub.config(R"({"hold_deployments": true})");
    const QString url = stub.url().toString();
    Run r = run(quick({ QStringLiteral("--deploy"), url }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray deployments
        = stub.control("GET", QStringLiteral("/_stub/state")).object()[QStringLiteral("deployments")].toArray();
    QCOMPARE(deployments.size(), 1);
    const QString id = deployments[0][QStringLiteral("id")].toString();

    r = run(quick({ QStringLiteral("--deploy"), url }));
    QCOMPARE(r.code, 9);
    QVERIFY(!jsonOf(r).isEmpty()); // the JSON came first all the same
    QVERIFY2(r.err.contains(id), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--force")), qPrintable(r.err));
    QVERIFY(!sawRequest(stub, QStringLiteral("PUT"), QStringLiteral("/v2/apps/demo/hello?force=true")));

    r = run(quick({ QStringLiteral("--deploy"), url, QStringLiteral("--force") }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(sawRequest(stub, QStringLiteral("PUT"), QStringLiteral("/v2/apps/demo/hello?force=true")));
}

void tst_ExportCommand::deployValidationError()
{
    // A rule of this cluster's own (a validation plugin) that no local check can know: Marathon's
    // 422 reaches the user on the field it names, one prefixed line each, and exit 9.
    MarathonStub stub;
    START_STUB(stub);
    stub.config(
        R"({"site_rules":[{"pointer":"/instances","minimum":2,"error":"this cluster runs at least 2 instances"}]})");
    const Run r = run(quick({ QStringLiteral("--deploy"), stub.url().toString() }));
    QCOMPARE(r.code, 9);
    QVERIFY(!jsonOf(r).isEmpty()); // the JSON came first all the same
    QVERIFY2(r.err.contains(QLatin1String("HTTP 422")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("\nhabmesos export: instances: this cluster runs at least 2 instances")),
        qPrintable(r.err));
    QVERIFY2(allLinesPrefixed(r.err), qPrintable(r.err));
    QVERIFY(stub.control("GET", QStringLiteral("/_stub/state"))[QStringLiteral("apps")].toObject().isEmpty());

    // What the rule asks for passes.
    const Run two = run(quick({ QStringLiteral("--deploy"), stub.url().toString(), QStringLiteral("--instances=2") }));
    QVERIFY2(two.code == 0, qPrintable(two.err));
}

void tst_ExportCommand::deployLegacyJson()
{
    // Marathon before 1.5 takes `uris` and `ports` (and later ones still do): the health check's
    // port index addresses the legacy ports, so the deployment goes through and runs.
    MarathonStub stub;
    START_STUB(stub, { QStringLiteral("--advance-on"), QStringLiteral("app-poll") });
    const Run r = run(quick({ QStringLiteral("--deploy"), stub.url().toString(), QStringLiteral("--legacy-json"),
        QStringLiteral("--wait") }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject sent = jsonOf(r);
    QVERIFY(sent.contains(QStringLiteral("ports")) && !sent.contains(QStringLiteral("portDefinitions")));
    QVERIFY(sent.contains(QStringLiteral("uris")) && !sent.contains(QStringLiteral("fetch")));
    QVERIFY(!sent[QStringLiteral("healthChecks")].toArray().isEmpty());
    QVERIFY2(r.err.contains(QLatin1String("created app /demo/hello")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("habmesos export: Running (1/1 tasks running)")), qPrintable(r.err));
    QVERIFY2(allLinesPrefixed(r.err), qPrintable(r.err));
    QVERIFY(sawRequest(stub, QStringLiteral("POST"), QStringLiteral("/v2/apps")));
}

void tst_ExportCommand::deployTaskFailure()
{
    MarathonStub stub;
    START_STUB(stub);
    stub.control("POST", QStringLiteral("/_stub/fail"), R"({"app": "/demo/hello", "message": "hab-launch crashed"})");
    const Run r = run(quick({ QStringLiteral("--deploy"), stub.url().toString(), QStringLiteral("--wait") }));
    QCOMPARE(r.code, 10);
    QVERIFY2(r.err.contains(QLatin1String("hab-launch crashed")), qPrintable(r.err));
}

void tst_ExportCommand::deployWaitTimeout()
{
    MarathonStub stub;
    START_STUB(stub);
    stub.config(R"({"hold_deployments": true})");
    const Run r = run(quick({ QStringLiteral("--deploy"), stub.url().toString(), QStringLiteral("--wait"),
        QStringLiteral("--wait-timeout"), QStringLiteral("1") }));
    QCOMPARE(r.code, 10);
    QVERIFY2(r.err.contains(QLatin1String("Timed out after 1 s")), qPrintable(r.err));
}

void tst_ExportCommand::basicAuth()
{
    MarathonStub stub;
    START_STUB(stub,
        { QStringLiteral("--auth"), QStringLiteral("basic"), QStringLiteral("--http-credentials"),
            QStringLiteral("ops:") + Password });
    const QString url = stub.url().toString();
    const QString right = secretFile(QStringLiteral("right"), Password);
    const QString wrong = secretFile(QStringLiteral("wrong"), WrongPassword);
    auto noSecrets = [](const Run& r) {
        return !r.out.contains(Password) && !r.err.contains(Password) && !r.out.contains(WrongPassword)
            && !r.err.contains(WrongPassword);
    };

    Run r = run(quick({ QStringLiteral("--deploy"), url, QStringLiteral("--user"), QStringLiteral("ops"),
        QStringLiteral("--password-file"), right, QStringLiteral("--wait") }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(noSecrets(r));

    r = run(quick({ QStringLiteral("--deploy"), url, QStringLiteral("--user"), QStringLiteral("ops"),
        QStringLiteral("--password-file"), wrong }));
    QCOMPARE(r.code, 9);
    QVERIFY2(r.err.contains(QLatin1String("HTTP 401")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("“ops”")), qPrintable(r.err));
    QVERIFY(noSecrets(r));

    // From the environment, and from standard input.
    // (Each successful deploy waits, so that the next one finds the app unlocked.)
    r = run(quick({ QStringLiteral("--deploy"), url, QStringLiteral("--user"), QStringLiteral("ops"),
                QStringLiteral("--wait") }),
        { { QStringLiteral("HABMESOS_MARATHON_PASSWORD"), Password } });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(noSecrets(r));
    r = run(quick({ QStringLiteral("--deploy"), url, QStringLiteral("--user"), QStringLiteral("ops"),
                QStringLiteral("--password-file"), QStringLiteral("-") }),
        {}, Password.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(noSecrets(r));

    // No credentials: the hint names the options (and only that: a disk given, none to warn about).
    r = run(quick({ QStringLiteral("--deploy"), url, QStringLiteral("--disk=64") }));
    QCOMPARE(r.code, 9);
    QVERIFY2(r.err.contains(QLatin1String("--password-file")), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1);
}

void tst_ExportCommand::dcosLogin()
{
    MarathonStub stub;
    START_STUB(stub,
        { QStringLiteral("--auth"), QStringLiteral("dcos"), QStringLiteral("--dcos-user"),
            QStringLiteral("alice:") + Password });
    const QString url = stub.url().toString() + QStringLiteral("/service/marathon");
    Run r = run(quick({ QStringLiteral("--deploy"), url, QStringLiteral("--user"), QStringLiteral("alice"),
        QStringLiteral("--dcos-login"), QStringLiteral("--password-file"), secretFile(QStringLiteral("pw"), Password),
        QStringLiteral("--wait") }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Running")), qPrintable(r.err));
    QVERIFY(sawRequest(stub, QStringLiteral("POST"), QStringLiteral("/acs/api/v1/auth/login")));
    QVERIFY(!r.err.contains(Password) && !r.out.contains(Password));

    r = run(quick({ QStringLiteral("--deploy"), url, QStringLiteral("--user"), QStringLiteral("alice"),
        QStringLiteral("--dcos-login"), QStringLiteral("--password-file"),
        secretFile(QStringLiteral("wrong"), WrongPassword) }));
    QCOMPARE(r.code, 9);
    QVERIFY2(r.err.contains(QStringLiteral("DC/OS login as “alice”")), qPrintable(r.err));
    QVERIFY(!r.err.contains(WrongPassword));
}

void tst_ExportCommand::dcosToken()
{
    MarathonStub stub;
    START_STUB(stub,
        { QStringLiteral("--auth"), QStringLiteral("dcos"), QStringLiteral("--dcos-token"),
            Token + QStringLiteral("=bob") });
    const QString url = stub.url().toString() + QStringLiteral("/service/marathon");
    Run r = run(quick({ QStringLiteral("--deploy"), url, QStringLiteral("--token-file"),
        secretFile(QStringLiteral("token"), Token), QStringLiteral("--wait") }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!r.err.contains(Token));
    r = run(quick({ QStringLiteral("--deploy"), url }), { { QStringLiteral("HABMESOS_MARATHON_TOKEN"), Token } });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!r.err.contains(Token));
}

void tst_ExportCommand::caFile()
{
    QTemporaryDir certs;
    QString why;
    QVERIFY2(test::makeTestCertificates(certs.path(), &why), qPrintable(why)); // openssl is a test dependency
    const QString ca = certs.filePath(QStringLiteral("ca.pem"));
    MarathonStub stub;
    START_STUB(stub,
        { QStringLiteral("--ssl-cert"), certs.filePath(QStringLiteral("server.pem")), QStringLiteral("--ssl-key"),
            certs.filePath(QStringLiteral("server.key")) },
        ca);
    const QString url = stub.url().toString();
    QVERIFY(url.startsWith(QLatin1String("https://")));
    Run r = run(quick({ QStringLiteral("--deploy"), url, QStringLiteral("--disk=64") }));
    QVERIFY2(r.code == 9, qPrintable(QStringLiteral("exit code %1: %2").arg(r.code).arg(r.err)));
    QVERIFY2(r.err.contains(QLatin1String("TLS")) && r.err.contains(QLatin1String("--ca-file")), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1);
    r = run(quick({ QStringLiteral("--deploy"), url, QStringLiteral("--ca-file"), ca, QStringLiteral("--wait") }));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // A file that holds no certificate is a usage error, before any work.
    r = run(quick({ QStringLiteral("--deploy"), url, QStringLiteral("--ca-file"), certs.filePath("ext.cnf") }));
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
}

void tst_ExportCommand::connectionRefused()
{
    const quint16 port = test::unusedLocalPort();
    QVERIFY(port != 0);
    const Run r = run(quick(
        { QStringLiteral("--deploy"), QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--disk=64") }));
    QCOMPARE(r.code, 9);
    QVERIFY2(r.err.contains(QLatin1String("was refused")), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY(!jsonOf(r).isEmpty());
}

// A member name Mesos 1.7 and later cannot extract: refused by default (exit 5, one line naming
// the package and the member), written with --mesos-agents 1.6; other values are usage errors.
void tst_ExportCommand::nonAsciiNames()
{
    QString error;
    const auto cache = intlCache(&error);
    QVERIFY2(cache, qPrintable(error));
    const QStringList args = cacheArgs(*cache)
        + QStringList { QStringLiteral("--cacerts-pkg"), cache->intlHart, QStringLiteral("--output-dir"), m_out,
              QStringLiteral("--uri"), QStringLiteral("http://files.example/"), DemoPackages::serviceIdent() };
    const Run refused = run(args);
    QCOMPARE(refused.code, int(ExportCommand::Unusable)); // unsafe for the agents
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(refused.err.count(u'\n'), 1);
    QVERIFY2(refused.err.startsWith(QStringLiteral("habmesos export: intl/certs/1.0.0/20200101000000: member "
                                                   "“hab/pkgs/intl/certs/1.0.0/20200101000000/ssl/certs/"
                                                   "NetLock_Arany_=Class_Gold=_Főtanúsítvány.crt”: the name is not "
                                                   "ASCII, and Mesos 1.7 and later cannot extract")),
        qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("--mesos-agents 1.6")), qPrintable(refused.err));
    QCOMPARE(QDir(m_out).entryList(QDir::Files | QDir::Hidden), QStringList());

    const Run explicit17 = run(QStringList { QStringLiteral("--mesos-agents"), QStringLiteral("1.7") } + args);
    QCOMPARE(explicit17.code, int(ExportCommand::Unusable));
    const Run for16 = run(QStringList { QStringLiteral("--mesos-agents=1.6") } + args);
    QVERIFY2(for16.code == 0, qPrintable(for16.err));
    QVERIFY(QFileInfo(m_out + u'/' + TarballName).size() > 0);

    const Run wrong = run(QStringList { QStringLiteral("--mesos-agents"), QStringLiteral("1.8") } + args);
    QCOMPARE(wrong.code, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("--mesos-agents: “1.8” is not one of 1.6")), qPrintable(wrong.err));
    QVERIFY(run({ QStringLiteral("--help") }).out.contains(QLatin1String("--mesos-agents <VERSION>")));
}

// export and inspect give the same bytes and the same messages whatever the C library's locale:
// UTF-8, unset, C, POSIX, and one that is not installed (the C library falls back to C).
void tst_ExportCommand::sameInEveryLocale()
{
    QString error;
    const auto cache = intlCache(&error);
    QVERIFY2(cache, qPrintable(error));
    const QStringList localeVariables { QStringLiteral("LANG"), QStringLiteral("LANGUAGE"), QStringLiteral("LC_ALL"),
        QStringLiteral("LC_CTYPE"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LC_COLLATE") };
    const QList<QPair<QString, QMap<QString, QString>>> locales {
        { QStringLiteral("C.UTF-8"), { { QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8") } } },
        { QStringLiteral("unset"), {} },
        { QStringLiteral("C"), { { QStringLiteral("LC_ALL"), QStringLiteral("C") } } },
        { QStringLiteral("POSIX"), { { QStringLiteral("LC_ALL"), QStringLiteral("POSIX") } } },
        { QStringLiteral("not installed"), { { QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8") } } },
    };
    auto hash = [](const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()
                                           : QByteArray("(missing)");
    };
    struct Outcome
    {
        QByteArray ascii, intl;
        QString refusal, inspected;
    };
    std::optional<Outcome> first;
    for (const auto& [name, env] : locales) {
        // Every export to the same folder, so that the fetch URIs in the JSON agree too.
        QDir(m_out).removeRecursively();
        QVERIFY(QDir().mkpath(m_out));
        // Sources of the demo's own cache are all ASCII: this is byte-identical to before.
        const Run ascii = run(
            cacheArgs(*cache) + QStringList { QStringLiteral("--output-dir"), m_out, DemoPackages::serviceIdent() },
            env, {}, localeVariables);
        QVERIFY2(ascii.code == 0, qPrintable(name + u' ' + ascii.err));
        Outcome o;
        o.ascii = hash(m_out + u'/' + TarballName);
        const QStringList intlArgs = cacheArgs(*cache)
            + QStringList { QStringLiteral("--cacerts-pkg"), cache->intlHart, QStringLiteral("--output-dir"), m_out,
                  DemoPackages::serviceIdent() };
        const Run refused = run(intlArgs, env, {}, localeVariables);
        QVERIFY2(refused.code == ExportCommand::Unusable, qPrintable(name + u' ' + refused.err));
        o.refusal = refused.err;
        const Run intl = run(QStringList { QStringLiteral("--mesos-agents"), QStringLiteral("1.6") } + intlArgs, env,
            {}, localeVariables);
        QVERIFY2(intl.code == 0, qPrintable(name + u' ' + intl.err));
        o.intl = hash(m_out + u'/' + TarballName);
        QVERIFY(o.intl != o.ascii);
        const Run inspected = run({ QStringLiteral("--json"), QStringLiteral("--key-dir"), cache->keyDir,
                                      QStringLiteral("--cache-dir"), cache->artifactCache, cache->intlHart },
            env, {}, localeVariables, QStringLiteral("inspect"));
        QVERIFY2(inspected.code == 0, qPrintable(name + u' ' + inspected.err));
        o.inspected = inspected.out;
        if (!first) {
            first = o;
            continue;
        }
        QVERIFY2(o.ascii == first->ascii, qPrintable(name));
        QVERIFY2(o.intl == first->intl, qPrintable(name));
        if (env.value(QStringLiteral("LC_ALL")).startsWith(QLatin1String("de"))) {
            // German messages (Qt picks the language from the variables, installed or not): the same
            // one line, translated, naming the same package and member.
            QCOMPARE(o.refusal.count(u'\n'), 1);
            QVERIFY2(o.refusal.contains(QStringLiteral("„hab/pkgs/intl/certs/1.0.0/20200101000000/ssl/certs/"
                                                       "NetLock_Arany_=Class_Gold=_Főtanúsítvány.crt“")),
                qPrintable(o.refusal));
            QVERIFY2(!o.inspected.isEmpty(), qPrintable(name));
            continue;
        }
        QCOMPARE(o.refusal, first->refusal);
        QCOMPARE(o.inspected, first->inspected);
    }
}

void tst_ExportCommand::notARegularFile()
{
    // A device, a FIFO or a directory where a .hart file was expected: said as such, naming the
    // path, at once (a FIFO is never opened for reading, /dev/zero never read).
    const QString fifo = m_tmp->filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString fifoHart = m_tmp->filePath(QStringLiteral("pipe.hart"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifoHart).constData(), 0600), 0);
    const QString dirHart = m_tmp->filePath(QStringLiteral("dir.hart"));
    QVERIFY(QDir().mkpath(dirHart));
    const QList<QPair<QString, QString>> cases { { QStringLiteral("/dev/zero"), QStringLiteral("a character device") },
        { fifo, QStringLiteral("a FIFO") }, { fifoHart, QStringLiteral("a FIFO") },
        { dirHart, QStringLiteral("a directory") } };
    for (const auto& [path, kind] : cases) {
        for (const QStringList& extra : { QStringList(), QStringList { QStringLiteral("--json-only") } }) {
            // A program that opened the FIFO would hang: the runner's bound makes that a failure here.
            const Run r = run(extra + QStringList { QStringLiteral("--output-dir"), m_out, path });
            QCOMPARE(r.code, int(ExportCommand::Unusable));
            QCOMPARE(r.err, QStringLiteral("habmesos export: %1: not a regular file (%2)\n").arg(path, kind));
        }
    }
    const Run missing = run({ QStringLiteral("--output-dir"), m_out, m_tmp->filePath(QStringLiteral("nothing")) });
    QCOMPARE(missing.code, int(ExportCommand::NotFound));
    QVERIFY2(missing.err.contains(m_tmp->filePath(QStringLiteral("nothing")) + QStringLiteral(": no such file")),
        qPrintable(missing.err));
    QCOMPARE(QDir(m_out).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void tst_ExportCommand::killedExportRecovers()
{
    // An export killed while it writes leaves its temporary files (nothing can remove them), never
    // the tarball; the next export to the same place succeeds and removes what the dead one left
    // (AtomicOutputFile: its lock died with it), in the output folder and in the segment cache.
    const auto demo = DemoPackages::ensure(m_tmp->filePath(QStringLiteral("demo")));
    QVERIFY2(demo.ok(), qPrintable(demo.error()));
    test::FixtureBuilder builder(m_tmp->filePath(QStringLiteral("big")));
    test::PackageSpec spec;
    spec.ident = QStringLiteral("big/certs/1.0.0/20200101000000");
    // 96 MiB that xz packs quickly (1 MiB of noise, repeated) but gzip, with its 32 KiB window,
    // cannot: the export takes a moment, making the fixture does not.
    QByteArray period(1 << 20, Qt::Uninitialized);
    QRandomGenerator(42).fillRange(reinterpret_cast<quint32*>(period.data()), period.size() / 4);
    spec.files = { { QStringLiteral("share/big.dat"), period.repeated(96) } };
    const auto hart = builder.build(spec);
    QVERIFY2(hart.ok(), qPrintable(hart.error()));
    const QString pub = QStringLiteral("/big-20200101000000.pub");
    QVERIFY(QFile::copy(builder.keyDirectory() + pub, demo->keyDir + pub));
    const QString segments = m_tmp->filePath(QStringLiteral("segments"));
    const QStringList args { QStringLiteral("--cache-dir"), demo->artifactCache, QStringLiteral("--key-dir"),
        demo->keyDir, QStringLiteral("--pkgs-dir"), QStringLiteral("/nonexistent"), QStringLiteral("--cacerts-pkg"),
        hart.value(), QStringLiteral("--segment-cache"), segments, QStringLiteral("--output-dir"), m_out,
        QStringLiteral("--uri"), QStringLiteral("http://files.example/"), DemoPackages::serviceIdent() };
    auto temporaries = [](const QString& dir) {
        return QDir(dir).entryList({ QStringLiteral(".*.partial-*") }, QDir::Files | QDir::Hidden);
    };

    test::ProcessRunner exporter(test::habmesosBinary(), QStringList { QStringLiteral("export") } + args);
    exporter.setEnvironment(environment());
    QVERIFY(exporter.start());
    // Killed once the tarball's temporary holds data: mid-write.
    const bool writing = QTest::qWaitFor(
        [&] {
            if (exporter.process().state() != QProcess::Running)
                return true;
            for (const QString& name : temporaries(m_out)) {
                if (QFileInfo(QDir(m_out).filePath(name)).size() > 0)
                    return true;
            }
            return false;
        },
        test::WaitMs);
    QVERIFY2(writing && exporter.process().state() == QProcess::Running,
        "the export ended before it could be killed while writing");
    QCOMPARE(::kill(pid_t(exporter.process().processId()), SIGKILL), 0);
    const test::ProcessRunner::Outcome killed = exporter.finish();
    QVERIFY2(killed.crashed, qPrintable(killed.describe()));
    const QStringList left = temporaries(m_out);
    QCOMPARE(left.size(), 1);
    QVERIFY2(left.first().startsWith(u'.' + TarballName + QStringLiteral(".partial-")), qPrintable(left.first()));
    QVERIFY(!QFile::exists(m_out + u'/' + TarballName));
    const QStringList deadSegments = temporaries(segments);
    qInfo() << "left by the killed export:" << left << deadSegments;

    const Run again = run(args);
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QVERIFY(QFileInfo(m_out + u'/' + TarballName).size() > (qint64(96) << 20));
    QCOMPARE(QDir(m_out).entryList(QDir::Files | QDir::Hidden), QStringList { TarballName });
    for (const QString& name : deadSegments)
        QVERIFY2(!QFile::exists(QDir(segments).filePath(name)), qPrintable(name));
    QCOMPARE(temporaries(segments), QStringList());
}

QTEST_GUILESS_MAIN(tst_ExportCommand)
#include "tst_exportcommand.moc"
