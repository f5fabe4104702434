// SPDX-License-Identifier: Apache-2.0
#include "cli/publisharguments.h"

#include "cli/secretinput.h"
#include "definition/exportarguments.h"
#include "marathon/httpurl.h"
#include "marathon/marathonclient.h"

#include <cmath>

namespace habmesos {

namespace {

using Option = QCommandLineOption;
using Plan = PublishArguments::Plan;

QString dashed(const Option& option)
{
    return ExportArguments::dashed(option);
}

// A URL option: http or https, and no credentials in it (they would be visible in `ps`).
Result<QUrl> httpUrl(const Option& option, const QString& text)
{
    Result<QUrl> url = HttpUrl::parse(text);
    if (!url)
        return url.errorWithContext(dashed(option) + QStringLiteral(": "));
    return url;
}

} // namespace

PublishArguments::PublishArguments()
    : jsonOnly(QStringLiteral("json-only"), tr("Print the JSON without building the tarball"))
    , upload(QStringLiteral("upload"),
          tr("After building, HTTP PUT the tarball to URL (WebDAV, a pre-signed URL; a URL ending in / gets the "
             "tarball's name appended), or “marathon”: the artifact store of the --deploy server (Marathon 0.7 to "
             "1.4). The fetch URI in the JSON is then the uploaded file"),
          QStringLiteral("URL"))
    , uploadUser(QStringLiteral("upload-user"),
          tr("HTTP Basic user for --upload URL; the password comes from --upload-password-file or "
             "$HABMESOS_UPLOAD_PASSWORD"),
          QStringLiteral("USER"))
    , uploadPasswordFile(QStringLiteral("upload-password-file"),
          tr("Read the --upload-user's password from FILE (- for standard input)"), QStringLiteral("FILE"))
    , uploadDeadline(QStringLiteral("upload-deadline"),
          tr("Give up an upload that has not finished within SECONDS (default 3600)"), QStringLiteral("SECONDS"))
    , deploy(QStringLiteral("deploy"),
          tr("Create the app on this Marathon (http(s)://host:8080, https://cluster/service/marathon), or update it "
             "when it exists. The JSON is printed first all the same"),
          QStringLiteral("URL"))
    , force(QStringLiteral("force"),
          tr("When running deployments lock the app, cancel them and deploy anyway (Marathon's force=true)"))
    , wait(QStringLiteral("wait"), tr("Follow the deployment until the app's tasks run, each change on standard error"))
    , waitTimeout(
          QStringLiteral("wait-timeout"), tr("Give up waiting after SECONDS (default 600)"), QStringLiteral("SECONDS"))
    , requestDeadline(QStringLiteral("request-deadline"),
          tr("Give up a call to Marathon that has not answered completely within SECONDS (default 120)"),
          QStringLiteral("SECONDS"))
    , user(QStringLiteral("user"),
          tr("Log in to Marathon as USER with HTTP Basic (or to DC/OS, with --dcos-login); the password comes from "
             "--password-file or $HABMESOS_MARATHON_PASSWORD"),
          QStringLiteral("USER"))
    , passwordFile(QStringLiteral("password-file"), tr("Read the password from FILE (- for standard input)"),
          QStringLiteral("FILE"))
    , tokenFile(QStringLiteral("token-file"),
          tr("Read a DC/OS authentication token from FILE (- for standard input); without --user and --token-file, "
             "$HABMESOS_MARATHON_TOKEN is used when set"),
          QStringLiteral("FILE"))
    , dcosLogin(QStringLiteral("dcos-login"),
          tr("Exchange --user and the password for a DC/OS token at the cluster's login endpoint, instead of HTTP "
             "Basic"))
    , caFile(QStringLiteral("ca-file"),
          tr("Trust the CA certificates in FILE (PEM or DER) besides the system's, for --deploy and --upload"),
          QStringLiteral("FILE"))
{ }

QList<QCommandLineOption> PublishArguments::options() const
{
    return { jsonOnly, upload, uploadUser, uploadPasswordFile, uploadDeadline, deploy, force, wait, waitTimeout,
        requestDeadline, user, passwordFile, tokenFile, dcosLogin, caFile };
}

Result<Plan> PublishArguments::decode(const QCommandLineParser& parser, bool fetchUriGiven) const
{
    auto usage = [](const QString& message) { return Result<Plan>::failure(ErrorKind::Invalid, message); };
    Plan plan;
    plan.jsonOnly = parser.isSet(jsonOnly);
    plan.uploading = parser.isSet(upload);
    plan.toArtifactStore = plan.uploading && parser.value(upload) == u"marathon";
    const bool deploying = parser.isSet(deploy);
    for (const Option* needsDeploy : { &force, &wait, &waitTimeout, &requestDeadline }) {
        if (parser.isSet(*needsDeploy) && !deploying)
            return usage(tr("%1 is for --deploy").arg(dashed(*needsDeploy)));
    }
    for (const Option* credential : { &user, &passwordFile, &tokenFile, &dcosLogin }) {
        if (parser.isSet(*credential) && !deploying)
            return usage(tr("%1 is for --deploy (and --upload marathon)").arg(dashed(*credential)));
    }
    if (plan.toArtifactStore && !deploying)
        return usage(tr("--upload marathon uses the artifact store of the --deploy server; give --deploy URL"));
    if (plan.uploading && plan.jsonOnly)
        return usage(tr("--upload needs the tarball, which --json-only does not build"));
    // Without a tarball the local file:// fallback names nothing: every agent would fail to fetch it.
    if (deploying && plan.jsonOnly && !fetchUriGiven)
        return usage(tr("--deploy with --json-only needs --uri: where the agents download the tarball"));
    if ((parser.isSet(uploadUser) || parser.isSet(uploadPasswordFile)) && (!plan.uploading || plan.toArtifactStore))
        return usage(tr("--upload-user and --upload-password-file are for --upload URL"));
    if (parser.isSet(uploadPasswordFile) && !parser.isSet(uploadUser))
        return usage(tr("--upload-password-file needs --upload-user"));
    if (parser.isSet(user) && parser.isSet(tokenFile))
        return usage(tr("give either --user (with a password) or --token-file, not both"));
    if (parser.isSet(dcosLogin) && !parser.isSet(user))
        return usage(tr("--dcos-login needs --user (the DC/OS uid)"));
    if (parser.isSet(passwordFile) && !parser.isSet(user))
        return usage(tr("--password-file needs --user"));
    int fromStdin = 0;
    for (const Option* file : { &passwordFile, &tokenFile, &uploadPasswordFile })
        fromStdin += parser.isSet(*file) && parser.value(*file) == u"-";
    if (fromStdin > 1)
        return usage(tr("only one secret can be read from standard input (-)"));
    if (deploying) {
        const auto url = httpUrl(deploy, parser.value(deploy));
        if (!url)
            return usage(url.error());
        plan.deployUrl = *url;
    }
    if (plan.uploading && !plan.toArtifactStore) {
        const auto url = httpUrl(upload, parser.value(upload));
        if (!url)
            return usage(url.error());
        plan.uploadUrl = *url;
    }
    if (parser.isSet(uploadDeadline) && !plan.uploading)
        return usage(tr("--upload-deadline is for --upload"));

    // A number of seconds in (0, 7 days] as milliseconds.
    auto milliseconds = [&](const Option& option, int fallbackMs) -> Result<int> {
        if (!parser.isSet(option))
            return fallbackMs;
        bool ok = false;
        const double seconds = parser.value(option).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 7 * 24 * 3600)
            return Result<int>::failure(
                tr("%1: “%2” is not a number of seconds").arg(dashed(option), parser.value(option)));
        return int(std::ceil(seconds * 1000));
    };
    const auto waitMs = milliseconds(waitTimeout, 600 * 1000);
    const auto requestMs = milliseconds(requestDeadline, MarathonClient::Options {}.deadlineMs);
    const auto uploadMs = milliseconds(uploadDeadline, TarballUploader::Options {}.deadlineMs);
    for (const Result<int>* ms : { &waitMs, &requestMs, &uploadMs }) {
        if (!*ms)
            return usage(ms->error());
    }
    plan.waitTimeoutMs = *waitMs;
    plan.requestDeadlineMs = *requestMs;
    plan.force = parser.isSet(force);
    plan.wait = parser.isSet(wait);
    plan.caFile = parser.value(caFile);

    if (parser.isSet(user)) {
        QString password;
        if (parser.isSet(passwordFile)) {
            const auto read = SecretInput::fromFile(parser.value(passwordFile), dashed(passwordFile));
            if (!read)
                return usage(read.error());
            password = *read;
        } else {
            password = SecretInput::fromEnvironment("HABMESOS_MARATHON_PASSWORD");
            if (password.isEmpty())
                return usage(tr("--user needs a password: --password-file FILE, or $HABMESOS_MARATHON_PASSWORD"));
        }
        plan.auth = parser.isSet(dcosLogin) ? MarathonAuth::dcosLogin(parser.value(user), password)
                                            : MarathonAuth::basic(parser.value(user), password);
    } else if (parser.isSet(tokenFile)) {
        const auto read = SecretInput::fromFile(parser.value(tokenFile), dashed(tokenFile));
        if (!read)
            return usage(read.error());
        plan.auth = MarathonAuth::dcosToken(*read);
    } else if (deploying) {
        if (const QString token = SecretInput::fromEnvironment("HABMESOS_MARATHON_TOKEN"); !token.isEmpty())
            plan.auth = MarathonAuth::dcosToken(token);
    }
    plan.uploadOptions.caFile = plan.caFile;
    plan.uploadOptions.deadlineMs = *uploadMs;
    if (parser.isSet(uploadUser)) {
        plan.uploadOptions.user = parser.value(uploadUser);
        if (parser.isSet(uploadPasswordFile)) {
            const auto read = SecretInput::fromFile(parser.value(uploadPasswordFile), dashed(uploadPasswordFile));
            if (!read)
                return usage(read.error());
            plan.uploadOptions.password = *read;
        } else {
            plan.uploadOptions.password = SecretInput::fromEnvironment("HABMESOS_UPLOAD_PASSWORD");
            if (plan.uploadOptions.password.isEmpty())
                return usage(
                    tr("--upload-user needs a password: --upload-password-file FILE, or $HABMESOS_UPLOAD_PASSWORD"));
        }
    }
    if (parser.isSet(caFile)) {
        // Read now: a wrong path should fail before the export, not after it.
        const auto tls = MarathonClient::tlsConfiguration(plan.caFile);
        if (!tls)
            return usage(dashed(caFile) + QStringLiteral(": ") + tls.error());
    }
    return plan;
}

} // namespace habmesos
