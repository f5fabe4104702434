// SPDX-License-Identifier: Apache-2.0
#include "marathon/habitatlaunchcommand.h"

#include "marathon/habitatserviceoptions.h"

#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace habmesos {

QString HabitatLaunchCommand::shellQuote(QStringView text)
{
    static const QRegularExpression safe(QStringLiteral("\\A[A-Za-z0-9_./:=@%+,-]+\\z"));
    if (safe.match(text).hasMatch())
        return text.toString();
    QString out = QStringLiteral("'");
    for (const QChar c : text) {
        if (c == u'\'')
            out += QStringLiteral("'\\''");
        else
            out += c;
    }
    out += u'\'';
    return out;
}

QString HabitatLaunchCommand::joinSteps(const QStringList& steps)
{
    // "a & ; b" is not sh: a step that ends in the background is followed by a space only.
    QString out;
    for (const QString& step : steps) {
        if (!out.isEmpty())
            out += out.endsWith(u'&') ? QStringLiteral(" ") : QStringLiteral("; ");
        out += step;
    }
    return out;
}

QList<std::pair<QString, QString>> HabitatLaunchCommand::secretFiles()
{
    using O = HabitatServiceOptions;
    return { { QStringLiteral("ring-key"), O::ringKeyVariable() },
        { QStringLiteral("gateway-token"), O::gatewayTokenVariable() },
        { QStringLiteral("marathon-auth"), O::marathonAuthVariable() } };
}

QString HabitatLaunchCommand::gatewayHealthCommand(const QString& path)
{
    // A Mesos COMMAND check runs on the agent in the task's sandbox, with the executor's
    // environment rather than the task's: the port and the token come from the files the task
    // wrote (steps()). The request goes through nc from the shell's printf builtin, so the token
    // is on no command line.
    return QStringLiteral(
        "cd \"${MESOS_SANDBOX:-.}\" && bb=%1 && read -r p <.habmesos/gateway-port && read -r t "
        "<.habmesos/gateway-token "
        "&& printf 'GET %s HTTP/1.0\\r\\nHost: 127.0.0.1\\r\\nAuthorization: Bearer %s\\r\\n\\r\\n' %2 \"$t\" | "
        "\"$bb\" timeout 20 \"$bb\" nc 127.0.0.1 \"$p\" | \"$bb\" awk 'NR == 1 { ok = ($2 == \"200\") } END { exit !ok "
        "}'")
        .arg(busyboxPath(), shellQuote(path));
}

QString HabitatLaunchCommand::busyboxPath()
{
    return QStringLiteral(".habmesos/busybox");
}

QStringList HabitatLaunchCommand::containerSteps(const Spec& spec)
{
    QStringList s;
    s << QStringLiteral("set -e");
    s << QStringLiteral("bb=%1").arg(busyboxPath());
    // unshare --propagation private did this already; stated again so that no mount below can
    // ever propagate back into the agent's namespace, whichever unshare ran.
    s << QStringLiteral("\"$bb\" mount --make-rprivate /");
    // A proc of this PID namespace: the service sees its own processes only.
    s << QStringLiteral("\"$bb\" mount -t proc -o nosuid,nodev,noexec proc proc");
    s << QStringLiteral("\"$bb\" mount -t sysfs -o ro,nosuid,nodev,noexec sysfs sys");
    // A minimal /dev rather than the agent's: the usual character devices bound one by one, a
    // devpts of our own, and a world-writable tmpfs for POSIX shared memory.
    s << QStringLiteral("\"$bb\" mount -t tmpfs -o nosuid,noexec,mode=0755,size=1024k habmesos-dev dev");
    s << QStringLiteral("for n in null zero full random urandom tty; do : >\"dev/$n\"; \"$bb\" mount -o bind "
                        "\"/dev/$n\" \"dev/$n\"; done");
    s << QStringLiteral("\"$bb\" mkdir dev/pts dev/shm");
    s << QStringLiteral(
        "\"$bb\" mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5,nosuid,noexec devpts dev/pts");
    s << QStringLiteral("\"$bb\" mount -t tmpfs -o nosuid,nodev,mode=1777 shm dev/shm");
    s << QStringLiteral("\"$bb\" ln -s pts/ptmx dev/ptmx");
    s << QStringLiteral("\"$bb\" ln -s /proc/self/fd dev/fd");
    s << QStringLiteral("\"$bb\" ln -s /proc/self/fd/0 dev/stdin");
    s << QStringLiteral("\"$bb\" ln -s /proc/self/fd/1 dev/stdout");
    s << QStringLiteral("\"$bb\" ln -s /proc/self/fd/2 dev/stderr");
    // The persistent volume (HabitatServiceOptions::dataVolumePath()): a symlink to the agent's
    // volume directory with filesystem/posix (MESOS isolators/filesystem/posix.cpp), a directory
    // with filesystem/linux. An absolute link does not resolve inside the chroot, so its target
    // is bound onto the service's data directory here, in the container's own mount namespace.
    // From inside it: busybox mount cuts a source path at '#', which Marathon's volume ids hold
    // (<app>#<containerPath>#<uuid>).
    const QString name = spec.serviceIdent.section(u'/', 1, 1);
    const QString data = QStringLiteral("hab/svc/%1/data").arg(name);
    s << QStringLiteral(
        "if [ -e %1 ] || [ -L %1 ]; then here=$(pwd -P); t=$(\"$bb\" readlink -f %1 || :); odd=; case \"$t\" in "
        "''|/) odd=1;; \"$here/%1\") ;; \"$here\"|\"$here\"/*) odd=1;; esac; case \"$here/\" in \"$t\"/*) odd=1;; "
        "esac; [ -d \"$t\" ] || odd=1; for d in hab hab/svc hab/svc/%2 %3; do if [ -L \"$d\" ]; then odd=1; fi; done; "
        "if [ -n "
        "\"$odd\" ]; then echo \"habmesos: the data volume %1 resolves to '$t', which is not a directory of its own "
        "outside the sandbox (or hab/svc/%2 is a symbolic link in the tarball); refusing to start: check the app's "
        "persistent volume\" >&2; exit 1; fi; \"$bb\" mkdir -p %3; (cd \"$t\" && exec \"$here/$bb\" mount -o bind . "
        "\"$here\"/%3); fi")
             .arg(HabitatServiceOptions::dataVolumePath(), shellQuote(name), shellQuote(data));
    // Our pid as the agent sees it (the agent's /proc is still at /proc here). After the exec it
    // is the Launcher's: the task's shell asks it to stop with TERM, which it turns into the
    // Supervisor's own stop (SHUTDOWN_SIGNAL to the service, SHUTDOWN_TIMEOUT).
    s << QStringLiteral("read -r self rest </proc/self/stat");
    s << QStringLiteral("echo \"$self\" >.habmesos/keeper.pid");
    // The Launcher becomes pid 1 of the namespace, as in Habitat's container images; when it
    // ends, the kernel kills whatever is left in the namespace, and its mounts go with it.
    s << QStringLiteral("exec \"$bb\" chroot . /init.sh run %1").arg(shellQuote(spec.serviceIdent));
    return s;
}

QStringList HabitatLaunchCommand::monitorSteps(const Spec& spec)
{
    QStringList s;
    s << QStringLiteral("bb=%1").arg(busyboxPath());
    // The task's shell holds the other end of this FIFO. When it is gone before the container
    // has ended, Mesos has killed it (its grace period is over): so is the container.
    s << QStringLiteral("(read -r line <.habmesos/alive || :; if [ ! -e .habmesos/status ] && [ -s "
                        ".habmesos/keeper.pid ]; then kill -KILL \"$(\"$bb\" cat .habmesos/keeper.pid)\" 2>/dev/null "
                        "|| :; fi) </dev/null >/dev/null 2>&1 &");
    // In the foreground: a program started with & would ignore SIGINT and SIGQUIT for good, and
    // so would the service, which may have to stop on one of them (SHUTDOWN_SIGNAL).
    s << QStringLiteral("\"$bb\" unshare -m -p -f --propagation private \"$bb\" sh -c %1 habmesos-container")
             .arg(shellQuote(joinSteps(containerSteps(spec))));
    s << QStringLiteral("echo \"$?\" >.habmesos/status.new");
    s << QStringLiteral("\"$bb\" mv -f .habmesos/status.new .habmesos/status");
    return s;
}

QStringList HabitatLaunchCommand::steps(const Spec& spec)
{
    QStringList s;
    s << QStringLiteral("set -e");

    std::set<int> used;
    if (spec.gossipPortIndex)
        used.insert(*spec.gossipPortIndex);
    if (spec.httpPortIndex)
        used.insert(*spec.httpPortIndex);
    if (spec.controlPortIndex)
        used.insert(*spec.controlPortIndex);
    for (const ConfigPort& p : spec.configPorts)
        used.insert(p.portIndex);
    if (!used.empty()) {
        QStringList checks;
        for (int i : used)
            checks << QStringLiteral("\"${PORT%1:?Marathon assigned no port %1}\"").arg(i);
        s << QStringLiteral(": ") + checks.join(u' ');
    }

    QStringList listen;
    if (spec.gossipPortIndex)
        listen << QStringLiteral("HAB_LISTEN_GOSSIP=\"0.0.0.0:$PORT%1\"").arg(*spec.gossipPortIndex);
    if (spec.httpPortIndex)
        listen << QStringLiteral("HAB_LISTEN_HTTP=\"0.0.0.0:$PORT%1\"").arg(*spec.httpPortIndex);
    if (spec.controlPortIndex)
        listen << QStringLiteral("HAB_LISTEN_CTL=\"127.0.0.1:$PORT%1\"").arg(*spec.controlPortIndex);
    if (!listen.isEmpty())
        s << QStringLiteral("export ") + listen.join(u' ');
    if (!spec.installWaves.isEmpty()) {
        // Fully qualified idents only (no blank, '|' or glob character): init.sh splits them.
        static const QRegularExpression ident(
            QStringLiteral("\\A[A-Za-z0-9_-]+/[A-Za-z0-9_-]+/[A-Za-z0-9._+-]+/[0-9]{14}\\z"));
        QStringList waves;
        bool plain = true;
        for (const QStringList& wave : spec.installWaves) {
            for (const QString& package : wave)
                plain = plain && ident.match(package).hasMatch();
            waves << wave.join(u' ');
        }
        if (plain)
            s << QStringLiteral("export %1=%2").arg(installVariable(), shellQuote(waves.join(u'|')));
    }

    if (!spec.configPorts.isEmpty() && !spec.configEnvVar.isEmpty()) {
        // In front of the operator's override: top-level dotted keys must precede any [table].
        QStringList lines;
        for (const ConfigPort& p : spec.configPorts)
            lines << shellQuote(QString(p.tomlKey + QStringLiteral(" = ")))
                    + QStringLiteral("\"$PORT%1\"").arg(p.portIndex);
        const QString& var = spec.configEnvVar;
        s << QStringLiteral("export %1=\"$(printf '%s\\n' %2 \"${%1-}\")\"").arg(var, lines.join(u' '));
    }

    // The command runs as root outside the chroot: a symlink in the tarball (etc -> /etc) would
    // make it mount over, or replace files of, the agent itself.
    s << QStringLiteral("for d in .habmesos proc sys dev etc tmp var var/tmp; do if [ -L \"$d\" ]; then echo "
                        "\"habmesos: $d is a symbolic link in the tarball; refusing to start\" >&2; exit 1; fi; done");
    s << QStringLiteral("bb=%1").arg(busyboxPath());
    s << QStringLiteral("if [ ! -x \"$bb\" ]; then echo \"habmesos: $bb is missing: the sandbox does not hold a "
                        "habmesos tarball\" >&2; exit 1; fi");
    // Secrets fetched as files are read into the Supervisor's variables and removed; nothing
    // here prints them. The gateway token is kept in a 0600 file for the COMMAND health check
    // (HabitatAppBuilder::placeHealthCheck), which cannot take it from a command line.
    QStringList secrets;
    for (const auto& [file, variable] : secretFiles())
        secrets << file + u':' + variable;
    s << QStringLiteral("for x in %1; do f=\"%2${x%%:*}\"; v=${x#*:}; if [ -L \"$f\" ]; then echo \"habmesos: $f is "
                        "a symbolic link; refusing to read it\" >&2; exit 1; fi; if [ -f \"$f\" ]; then eval "
                        "\"$v=\\$(\\\"\\$bb\\\" cat \\\"\\$f\\\")\"; export \"$v\"; \"$bb\" rm -f \"$f\"; fi; done")
             .arg(secrets.join(u' '), HabitatServiceOptions::secretFilePath(QString()));
    s << QStringLiteral("\"$bb\" rm -f .habmesos/gateway-token .habmesos/gateway-port");
    if (spec.httpPortIndex)
        s << QStringLiteral("if [ -n \"${HAB_SUP_GATEWAY_AUTH_TOKEN-}\" ]; then (umask 077; printf '%s\\n' "
                            "\"$HAB_SUP_GATEWAY_AUTH_TOKEN\" >.habmesos/gateway-token; echo \"$PORT%1\" "
                            ">.habmesos/gateway-port); fi")
                 .arg(*spec.httpPortIndex);
    s << QStringLiteral("\"$bb\" mkdir -p proc sys dev etc tmp var/tmp");
    s << QStringLiteral("for f in resolv.conf hosts; do \"$bb\" rm -f \"etc/$f\"; \"$bb\" cp -L \"/etc/$f\" \"etc/$f\" "
                        "|| :; done");
    // Mesos 1.7 and later extract without ARCHIVE_EXTRACT_PERM, which drops the sticky bit.
    s << QStringLiteral("\"$bb\" chmod 1777 tmp var/tmp");
    // Every mount happens in a mount namespace of the container's own, which the kernel drops
    // with its last process, however the task ends (Mesos' SIGKILL runs no cleanup).
    s << QStringLiteral(
        "if ! \"$bb\" unshare -m -p -f --propagation private \"$bb\" true; then echo \"habmesos: cannot create a "
        "private mount and PID namespace on this agent, so nothing was mounted: the task must run as root "
        "(\\\"user\\\": \\\"root\\\") and the agent must allow unshare(2) (no capability or seccomp isolation that "
        "forbids it)\" >&2; exit 1; fi");
    s << QStringLiteral("\"$bb\" rm -f .habmesos/keeper.pid .habmesos/status .habmesos/alive");
    s << QStringLiteral("\"$bb\" mkfifo -m 0600 .habmesos/alive");
    s << QStringLiteral("exec 3<>.habmesos/alive");
    // The container leaves this shell's process tree and session: Mesos' kill signals both, and
    // the Supervisor, not Mesos, must stop the service. A setsid that is already a session leader
    // forks and returns at once, so this runs in the foreground (see monitorSteps()).
    s << QStringLiteral("\"$bb\" setsid \"$bb\" setsid \"$bb\" sh -c %1 habmesos-monitor 3>&- </dev/null")
             .arg(shellQuote(joinSteps(monitorSteps(spec))));
    s << QStringLiteral("stop=");
    s << QStringLiteral("keeper=");
    s << QStringLiteral("trap 'stop=1' TERM INT HUP");
    s << QStringLiteral("n=0; while [ ! -s .habmesos/keeper.pid ] && [ ! -e .habmesos/status ] && [ \"$n\" -lt 600 ]; "
                        "do n=$((n+1)); \"$bb\" usleep 100000 & wait $! || :; done");
    s << QStringLiteral("keeper=$(\"$bb\" cat .habmesos/keeper.pid 2>/dev/null || :)");
    s << QStringLiteral("if [ -z \"$keeper\" ] && [ ! -e .habmesos/status ]; then echo \"habmesos: the container did "
                        "not start within a minute\" >&2; exit 1; fi");
    // pid 1 of a namespace ignores a TERM it does not handle: the stop is passed on once the
    // Launcher catches TERM (SigCgt, bit 15 - 1), not before.
    s << QStringLiteral("gone=0; asked=");
    s << QStringLiteral(
        "while [ ! -e .habmesos/status ] && [ \"$gone\" -lt 5 ]; do if [ -n \"$stop\" ] && [ -z \"$asked\" ]; then "
        "c=$(\"$bb\" awk '/^SigCgt:/ { print substr($2, length($2) - 7) }' \"/proc/$keeper/status\" 2>/dev/null || :); "
        "if [ -n \"$c\" ] && [ $((0x$c & 16384)) -ne 0 ]; then kill -TERM \"$keeper\" 2>/dev/null || :; asked=1; fi; "
        "fi; "
        "if ! kill -0 \"$keeper\" 2>/dev/null; then gone=$((gone+1)); fi; \"$bb\" sleep 1 & wait $! || :; done");
    s << QStringLiteral("if [ -e .habmesos/status ]; then exit \"$(\"$bb\" cat .habmesos/status)\"; fi");
    s << QStringLiteral("echo \"habmesos: the container ended without an exit status\" >&2");
    s << QStringLiteral("exit 1");
    return s;
}

QString HabitatLaunchCommand::build(const Spec& spec)
{
    return joinSteps(steps(spec));
}

} // namespace habmesos
