// SPDX-License-Identifier: Apache-2.0
#include "habitatlaunchcommand.h"

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
    s << QStringLiteral(
        "for d in proc sys dev etc; do if [ -L \"$d\" ]; then echo \"habmesos: $d is a symbolic link in the "
        "tarball; refusing to start\" >&2; exit 1; fi; done");
    s << QStringLiteral("mkdir -p proc sys dev etc");
    s << QStringLiteral("for f in resolv.conf hosts; do rm -f \"etc/$f\"; cp -L \"/etc/$f\" \"etc/$f\" || :; done");
    s << QStringLiteral("cleanup() { umount -l dev || :; umount -l sys || :; umount -l proc || :; }");
    s << QStringLiteral("pid=");
    s << QStringLiteral("trap cleanup EXIT");
    s << QStringLiteral(
        "trap 'if [ -n \"$pid\" ]; then kill -TERM \"$pid\" 2>/dev/null || :; else exit 143; fi' TERM INT HUP");
    s << QStringLiteral("mount -t proc proc proc");
    s << QStringLiteral("mount -t sysfs sys sys");
    s << QStringLiteral("mount -o bind /dev dev");
    s << QStringLiteral("set +e");
    s << QStringLiteral("chroot . /init.sh run %1 & pid=$!").arg(shellQuote(spec.serviceIdent));
    // A trapped signal interrupts `wait` (status > 128) while the Supervisor is still stopping.
    s << QStringLiteral("wait \"$pid\"; rc=$?");
    s << QStringLiteral("while [ \"$rc\" -gt 128 ] && kill -0 \"$pid\" 2>/dev/null; do wait \"$pid\"; rc=$?; done");
    s << QStringLiteral("exit \"$rc\"");
    return s;
}

QString HabitatLaunchCommand::build(const Spec& spec)
{
    return steps(spec).join(QStringLiteral("; "));
}

} // namespace habmesos
