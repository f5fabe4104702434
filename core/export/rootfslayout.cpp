// SPDX-License-Identifier: Apache-2.0
#include "export/rootfslayout.h"

#include "export/ringpeerscript.h"
#include "marathon/habitatlaunchcommand.h"
#include "marathon/habitatserviceapp.h"
#include "package/packagemetadata.h"

#include <algorithm>

namespace habmesos {

namespace {

QString prefixOf(const PackageIdent& ident)
{
    return QStringLiteral("/") + ident.installPath();
}

struct Accounts
{
    QStringList users; // passwd lines
    QStringList groups; // group lines
};

QString userLine(const QString& name, int uid, int gid)
{
    return QStringLiteral("%1:x:%2:%3:%1 User:/:/bin/false").arg(name).arg(uid).arg(gid);
}

QString groupLine(const QString& name, int gid, const QStringList& members)
{
    return QStringLiteral("%1:x:%2:%3").arg(name).arg(gid).arg(members.join(u','));
}

// The container exporter's svc_users_and_groups: the service user and group get 42; a hab
// user and group (84) is added whenever the service's own accounts don't provide one, because
// packages such as nginx run as root yet drop privileges to hab.
Accounts serviceAccounts(QString user, QString group)
{
    if (user.isEmpty())
        user = QStringLiteral("hab");
    if (group.isEmpty())
        group = QStringLiteral("hab");
    const int id = RootfsLayout::ServiceId;
    const int habId = RootfsLayout::HabId;
    const QString hab = QStringLiteral("hab");
    Accounts a;
    if (user == u"root") {
        if (group == u"root") {
            a.users << userLine(hab, habId, habId);
            a.groups << groupLine(hab, habId, { hab });
        } else if (group == hab) {
            a.users << userLine(hab, habId, id);
            a.groups << groupLine(hab, id, { hab });
        } else {
            a.groups << groupLine(group, id, {});
            a.users << userLine(hab, habId, habId);
            a.groups << groupLine(hab, habId, { hab });
        }
    } else if (user == hab) {
        if (group == hab) {
            a.users << userLine(hab, id, id);
            a.groups << groupLine(hab, id, { hab });
        } else if (group == u"root") {
            a.users << userLine(hab, id, habId);
            a.groups << groupLine(hab, habId, { hab });
        } else {
            a.users << userLine(hab, id, id);
            a.groups << groupLine(group, id, { hab });
        }
    } else {
        a.users << userLine(user, id, id);
        a.groups << groupLine(group, id, { user });
        a.users << userLine(hab, habId, habId);
        a.groups << groupLine(hab, habId, { hab });
    }
    return a;
}

QByteArray joinLines(const QStringList& lines)
{
    return (lines.join(u'\n') + u'\n').toUtf8();
}

} // namespace

QByteArray RootfsLayout::passwd(const QString& svcUser, const QString& svcGroup)
{
    QStringList lines = {
        QStringLiteral("root:x:0:0:root:/root:/bin/sh"),
        QStringLiteral("bin:x:1:1:bin:/bin:/bin/false"),
        QStringLiteral("daemon:x:2:2:daemon:/sbin:/bin/false"),
        QStringLiteral("nobody:x:65534:65534:nobody:/:/bin/false"),
    };
    lines += serviceAccounts(svcUser, svcGroup).users;
    return joinLines(lines);
}

QByteArray RootfsLayout::group(const QString& svcUser, const QString& svcGroup)
{
    QStringList lines = {
        QStringLiteral("root:x:0:"),
        QStringLiteral("bin:x:1:"),
        QStringLiteral("daemon:x:2:"),
        QStringLiteral("tty:x:5:"),
        QStringLiteral("nogroup:x:65534:"),
    };
    lines += serviceAccounts(svcUser, svcGroup).groups;
    return joinLines(lines);
}

QString RootfsLayout::searchPath(const Inputs& inputs)
{
    QStringList dirs;
    // The bootstrap names no package's release: hab and busybox by their links, and the
    // Supervisor gives the service the PATH its own metadata makes.
    if (inputs.bootstrap)
        return QStringLiteral("/hab/bin:/bin");
    for (const PackageBins& pkg : inputs.pathOrder) {
        for (const QString& dir : pkg.path) {
            if (!dir.isEmpty() && !dirs.contains(dir))
                dirs.append(dir);
        }
    }
    for (const QString& dir : { QStringLiteral("/hab/bin"), QStringLiteral("/bin") }) {
        if (!dirs.contains(dir))
            dirs.append(dir);
    }
    return dirs.join(u':');
}

QByteArray RootfsLayout::initScript(const Inputs& inputs)
{
    // Like the container exporter's init.sh, with the Launcher and Supervisor binaries named
    // explicitly: `hab sup run` would otherwise try to download chef/hab-launcher, and the task
    // has no reason to have network access to Builder.
    const QString shell = inputs.bootstrap ? QStringLiteral("/.habmesos/busybox sh")
                                           : prefixOf(inputs.busybox) + QStringLiteral("/bin/sh");
    const QString svc = inputs.service.shortName();
    QString s;
    s += QStringLiteral("#!") + shell + u'\n';
    // The bootstrap's names no release: it stays the same from one release to the next.
    s += QStringLiteral("# Starts the Habitat Supervisor for %1 (%2).\n")
             .arg(svc, inputs.bootstrap ? QStringLiteral("the installed release") : inputs.service.toString());
    s += QStringLiteral("# Arguments are passed to `hab sup`; the environment is passed through unchanged.\n");
    s += QStringLiteral("export PATH=\"%1\"\n").arg(searchPath(inputs));
    if (inputs.bootstrap) {
        // The harts layout: the fetcher put each .hart, as signed, into the artifact cache; hab
        // installs them all offline (both the variable and the flag are needed: Habitat's
        // cli_v4/pkg/install.rs), checking every signature against /hab/cache/keys again, and takes
        // each dependency from the cache by its canonical name.
        // The Marathon command names them in waves (HABMESOS_INSTALL: "o/n/v/r o/n/v/r|o/n/v/r"):
        // each one's dependencies are in earlier waves, so those of a wave are installed at once.
        // By ident, not by file: hab then reads each artifact's metadata once, from the cache
        // (install.rs reads a file argument's metadata before it copies it into the cache and
        // reads it again there).
        const QString failed = QStringLiteral(
            "{ echo \"habmesos: hab pkg install of the fetched packages failed (above): the task cannot start\" >&2; "
            "exit 1; }");
        // hab runs the packages' install hooks: none of the task's secrets reaches them (the
        // Supervisor gets them afterwards, the Marathon credentials only the ring's peer loop).
        QStringList secrets;
        for (const HabitatServiceApp::SecretSlot& slot : HabitatServiceApp::secretSlots())
            secrets << slot.variable;
        s += QStringLiteral(
            "install_harts() ( unset %1; HAB_FEAT_OFFLINE_INSTALL=1 %2 pkg install --offline \"$@\" )\n")
                 .arg(secrets.join(u' '), bootstrapHab());
        s += QStringLiteral("if [ -n \"${%1-}\" ]; then\n").arg(HabitatLaunchCommand::installVariable());
        s += QStringLiteral("  rest=$%1\n").arg(HabitatLaunchCommand::installVariable());
        s += QStringLiteral("  while [ -n \"$rest\" ]; do\n");
        s += QStringLiteral("    wave=${rest%%|*}\n");
        s += QStringLiteral("    case $rest in *'|'*) rest=${rest#*|};; *) rest=;; esac\n");
        s += QStringLiteral("    pids=\n");
        s += QStringLiteral("    for p in $wave; do install_harts \"$p\" & pids=\"$pids $!\"; done\n");
        s += QStringLiteral("    bad=\n");
        s += QStringLiteral("    for p in $pids; do wait \"$p\" || bad=1; done\n");
        s += QStringLiteral("    [ -z \"$bad\" ] || %1\n").arg(failed);
        s += QStringLiteral("  done\n");
        s += QStringLiteral("else\n");
        s += QStringLiteral("  install_harts /hab/cache/artifacts/*.hart || %1\n").arg(failed);
        s += QStringLiteral("fi\n");
        s += QStringLiteral("unset %1\n").arg(HabitatLaunchCommand::installVariable());
    }
    s += QStringLiteral("export HAB_LAUNCH_BINARY=\"${HAB_LAUNCH_BINARY:-%1/bin/hab-launch}\"\n")
             .arg(prefixOf(inputs.launcher));
    s += QStringLiteral("export HAB_SUP_BINARY=\"${HAB_SUP_BINARY:-%1/bin/hab-sup}\"\n").arg(prefixOf(inputs.sup));
    // HABMESOS_SUP_ARGS: the Supervisor's options (HabitatServiceOptions), words without blanks
    // or shell-special characters, expanded unquoted with globbing off.
    s += QStringLiteral("set -f\n");
    // The ring (docs/RINGS.md): the peer file is kept filled by a loop that dies with the
    // container; --peer-watch-file, never --peer, which resolves once and stops the Supervisor
    // on a name that does not resolve. The Marathon credentials are the loop's only.
    s += QStringLiteral("peers=\n");
    s += QStringLiteral("ring() {\n");
    s += QStringLiteral("  if [ -n \"${HABMESOS_RING-}${HABMESOS_RING_PEERS-}\" ]; then\n");
    s += QStringLiteral("    %1 /%2 </dev/null &\n").arg(shell, RingPeerScript::imagePath());
    s += QStringLiteral("    peers=\"--peer-watch-file %1\"\n").arg(RingPeerScript::peerWatchFile());
    s += QStringLiteral("  fi\n");
    s += QStringLiteral("  unset HABMESOS_MARATHON_AUTH\n");
    s += QStringLiteral("}\n");
    s += QStringLiteral("case \"$1\" in\n");
    s += QStringLiteral("  -h|--help|help|-V|--version) exec hab sup \"$@\";;\n");
    s += QStringLiteral("  '') ring; exec hab sup run %1 $HABMESOS_SUP_ARGS $peers;;\n").arg(svc);
    s += QStringLiteral("  -*) ring; exec hab sup run %1 \"$@\" $HABMESOS_SUP_ARGS $peers;;\n").arg(svc);
    // The ident first: --bind takes one or more values and would swallow a word after it.
    s += QStringLiteral("  run) ring; exec hab sup \"$@\" $HABMESOS_SUP_ARGS $peers;;\n");
    s += QStringLiteral("  *) exec hab sup \"$@\";;\n");
    s += QStringLiteral("esac\n");
    return s.toUtf8();
}

Result<QList<RootfsLayout::Item>> RootfsLayout::build(const Inputs& in)
{
    using R = Result<QList<Item>>;
    if (!in.service.isFullyQualified())
        return R::failure(tr("the service package %1 is not fully qualified").arg(in.service.toString()));
    for (const QString& name : { in.svcUser, in.svcGroup }) {
        // The rule PackageMetadata already applies to SVC_USER/SVC_GROUP; checked again because
        // anything else could break /etc/passwd, whoever filled in the inputs.
        if (!name.isEmpty() && !PackageMetadata::isValidAccountName(name))
            return R::failure(tr("%1: SVC_USER/SVC_GROUP “%2” is not a valid account name")
                                  .arg(in.service.toString(), name.left(64)));
    }
    for (const PackageIdent* ident : { &in.busybox, &in.hab, &in.sup, &in.launcher }) {
        if (!ident->isFullyQualified())
            return R::failure(
                tr("the Supervisor's packages are incomplete: %1 is not fully qualified").arg(ident->toString()));
    }

    QList<Item> items;
    auto dir = [&](const QString& path, quint32 mode = 0755) {
        items.append({ path, Item::Type::Directory, mode, {}, {} });
    };
    auto file = [&](const QString& path, QByteArray contents, quint32 mode = 0644) {
        items.append({ path, Item::Type::File, mode, std::move(contents), {} });
    };
    auto link = [&](const QString& path, const QString& target) {
        items.append({ path, Item::Type::Symlink, 0777, {}, target });
    };

    // What the Marathon command runs outside the chroot (HabitatLaunchCommand): the static
    // busybox, by a relative link so it resolves in the sandbox, wherever that is.
    dir(QStringLiteral(".habmesos"));
    if (in.bootstrap) {
        // The harts layout: nothing is installed before init.sh runs, so the bootstrap carries
        // the programs themselves.
        if (in.bootstrap->busybox.isEmpty())
            return R::failure(tr("%1: bin/busybox is empty").arg(in.busybox.toString()));
        file(QStringLiteral(".habmesos/busybox"), in.bootstrap->busybox, 0755);
        dir(QStringLiteral(".habmesos/bin"));
        for (const auto& [name, contents] : in.bootstrap->habBin) {
            if (name.isEmpty() || name.contains(u'/') || name.startsWith(u'.'))
                return R::failure(tr("%1: “%2” is not a program name").arg(in.hab.toString(), name.left(64)));
            file(QStringLiteral(".habmesos/bin/") + name, contents, 0755);
        }
        dir(QStringLiteral("hab/cache/artifacts"));
    } else {
        link(QStringLiteral(".habmesos/busybox"),
            QStringLiteral("..") + prefixOf(in.busybox) + QStringLiteral("/bin/busybox"));
    }
    const QString busyboxProgram
        = in.bootstrap ? QStringLiteral("/.habmesos/busybox") : prefixOf(in.busybox) + QStringLiteral("/bin/busybox");
    dir(QStringLiteral("bin"));
    dir(QStringLiteral("dev"));
    dir(QStringLiteral("etc"));
    dir(QStringLiteral("hab"));
    dir(QStringLiteral("hab/bin"));
    dir(QStringLiteral("hab/cache"));
    dir(QStringLiteral("hab/cache/keys"));
    dir(QStringLiteral("proc"));
    dir(QStringLiteral("root"), 0750);
    dir(QStringLiteral("sys"));
    dir(QStringLiteral("tmp"), 01777);
    dir(QStringLiteral("var"));
    dir(QStringLiteral("var/tmp"), 01777);

    // The applets: every name in busybox's bin/, so that sh, bash and the usual tools resolve.
    const QString busyboxBin = prefixOf(in.busybox) + QStringLiteral("/bin/");
    for (const QString& applet : in.busyboxBins) {
        if (applet.isEmpty() || applet.contains(u'/') || applet == u"." || applet == u"..")
            return R::failure(tr("%1: “%2” is not a program name").arg(in.busybox.toString(), applet.left(64)));
        link(QStringLiteral("bin/") + applet, in.bootstrap ? busyboxProgram : busyboxBin + applet);
    }
    link(QStringLiteral("hab/bin/hab"), prefixOf(in.hab) + QStringLiteral("/bin/hab"));

    file(QStringLiteral("etc/passwd"), passwd(in.svcUser, in.svcGroup));
    file(QStringLiteral("etc/group"), group(in.svcUser, in.svcGroup));
    file(QStringLiteral("etc/nsswitch.conf"),
        "passwd: files\ngroup: files\nshadow: files\nhosts: files dns\nnetworks: files\n"
        "protocols: files\nservices: files\nethers: files\nrpc: files\n");
    // Filled with the agent's own at start by the Marathon command; present so it can be.
    file(QStringLiteral("etc/hosts"), QByteArray());
    file(QStringLiteral("etc/resolv.conf"), QByteArray());
    if (in.cacerts)
        link(QStringLiteral("etc/ssl"), prefixOf(*in.cacerts) + QStringLiteral("/ssl"));

    for (const auto& [name, contents] : in.publicKeys) {
        if (name.contains(u'/') || name.startsWith(u'.'))
            return R::failure(tr("“%1” is not a key name").arg(name.left(64)));
        file(QStringLiteral("hab/cache/keys/") + name + QStringLiteral(".pub"), contents, 0444);
    }

    file(QStringLiteral("init.sh"), initScript(in), 0755);
    file(RingPeerScript::imagePath(), RingPeerScript::script(busyboxProgram), 0755);
    // Not in the bootstrap, which must stay the same from one release of the service to the next.
    if (!in.bootstrap)
        file(QStringLiteral(".hab_pkg"), (in.service.toString() + u'\n').toUtf8());

    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.path < b.path; });
    for (qsizetype i = 1; i < items.size(); ++i) {
        if (items[i].path == items[i - 1].path)
            return R::failure(tr("two items at %1 in the image").arg(items[i].path));
    }
    return items;
}

} // namespace habmesos
